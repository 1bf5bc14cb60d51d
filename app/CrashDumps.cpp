#include <app/CrashDumps.h>

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#elif defined(Q_OS_MACOS)
#include <sys/resource.h>
#endif

bool keepSecretsOutOfCrashDumps()
{
    if (qEnvironmentVariableIntValue("TS_ALLOW_CORE_DUMPS") == 1)
        return false;
#if defined(Q_OS_LINUX)
    return prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0;
#elif defined(Q_OS_MACOS)
    const rlimit none{0, 0};
    return setrlimit(RLIMIT_CORE, &none) == 0;
#else
    // Windows Error Reporting writes a dump only when the machine's policy asks for one.
    return false;
#endif
}
