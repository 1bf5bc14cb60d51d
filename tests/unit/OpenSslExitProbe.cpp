// Says on standard output whether OpenSSL cleaned up at exit: "skip" asks for no cleanup first, as
// the executables do; "default" leaves OpenSSL's own behaviour, so the test can tell the probe works.
#include <net/OpenSslLifetime.h>

#include <openssl/crypto.h>

#include <cstdio>
#include <cstring>

namespace
{
void reportCleanup()
{
    std::fputs("cleanup ran\n", stdout);
    std::fflush(stdout);
}
} // namespace

int main(int argc, char* argv[])
{
    if (argc == 2 && std::strcmp(argv[1], "skip") == 0)
        skipOpenSslCleanupAtExit();
    // What Qt's TLS backend or libpq does later: an ordinary initialisation.
    OPENSSL_init_crypto(OPENSSL_INIT_LOAD_CRYPTO_STRINGS, nullptr);
    OPENSSL_atexit(reportCleanup);
    std::fputs("exiting\n", stdout);
    return 0;
}
