#include <net/OpenSslLifetime.h>

#include <openssl/crypto.h>

void skipOpenSslCleanupAtExit()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
}
