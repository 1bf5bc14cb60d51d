// tenantscope-bench: every benchmark, one JSON line per measurement, each with a baseline measured in the
// same run. Runs on whatever data the servers of TS_PG_URL/TS_REDIS_URL hold (best: demo-data --size large).
#include <TestServers.h>

#include <QCoreApplication>
#include <QTextStream>

int runTenantsBench();
int runUsageCostsBench();

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QString why;
    if (!TestServers::available(&why)) {
        QTextStream(stderr) << why << Qt::endl;
        return 1;
    }
    const QString only = app.arguments().value(1);
    int failures = 0;
    if (only.isEmpty() || only == QLatin1String("tenants"))
        failures += runTenantsBench();
    if (only.isEmpty() || only == QLatin1String("usage"))
        failures += runUsageCostsBench();
    return failures == 0 ? 0 : 1;
}
