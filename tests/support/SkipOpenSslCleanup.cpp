// Linked into every test executable (an object library, so it is never dropped): the tests run
// threads that may outlive main() as the executables do, so they skip OpenSSL's exit cleanup as
// gui_main and cli_main do (net/OpenSslLifetime.h says why), before main() starts.
#include <net/OpenSslLifetime.h>

namespace
{
const bool kOpenSslCleanupSkipped = (skipOpenSslCleanupAtExit(), true);
}
