#include "Cli.h"
#include "CrashDumps.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    keepSecretsOutOfCrashDumps(); // first: before a password can be read
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TenantScope"));
    QCoreApplication::setApplicationName(QStringLiteral("TenantScope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TS_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    Cli cli(out, err);
    return cli.run(QCoreApplication::arguments());
}
