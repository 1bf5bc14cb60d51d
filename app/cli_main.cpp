#include "cli/Cli.h"
#include <app/CrashDumps.h>
#include <net/OpenSslLifetime.h>

#include <QCoreApplication>
#include <QTranslator>

int main(int argc, char* argv[])
{
    skipOpenSslCleanupAtExit(); // before anything touches OpenSSL
    keepSecretsOutOfCrashDumps(); // before a password can be read
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantScope"));
    QCoreApplication::setApplicationName(QStringLiteral("TenantScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TS_VERSION));
    QTranslator pluralForms; // English only: "%n tenant(s)" reads "1 tenant", "2 tenants"
    if (pluralForms.load(QStringLiteral("tenantscope_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&pluralForms);
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
