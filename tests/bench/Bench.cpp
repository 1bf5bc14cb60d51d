// tenantscope-bench: every benchmark, one JSON line per measurement, each with a baseline measured in the
// same run. Runs on whatever data the servers of TS_PG_URL/TS_REDIS_URL hold (best: demo-data --size large).
#include <TestServers.h>

#include <QApplication>
#include <QTextStream>

int runTenantsBench();
int runUsageCostsBench();
int runChartBench();
int runExecutionsBench();
int runStreamBench();
int runStartupBench();
int runMemoryBench();
int runRedisBench();
int runQueuesBench();
int runJobSearchBench();
int runAiConfigBench();

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen"); // charts are painted into images; no window needed
    QApplication app(argc, argv);
    const QString only = app.arguments().value(1);
    int failures = 0;
    if (only == QLatin1String("chart"))
        return runChartBench();
    if (only == QLatin1String("stream"))
        return runStreamBench();
    if (only == QLatin1String("startup"))
        return runStartupBench();
    QString why;
    if (!TestServers::available(&why)) {
        QTextStream(stderr) << why << Qt::endl;
        return 1;
    }
    if (only.isEmpty() || only == QLatin1String("tenants"))
        failures += runTenantsBench();
    if (only.isEmpty() || only == QLatin1String("usage"))
        failures += runUsageCostsBench();
    if (only.isEmpty() || only == QLatin1String("executions"))
        failures += runExecutionsBench();
    if (only == QLatin1String("memory"))
        return runMemoryBench();
    if (only.isEmpty() || only == QLatin1String("redis"))
        failures += runRedisBench();
    if (only.isEmpty() || only == QLatin1String("queues"))
        failures += runQueuesBench();
    if (only == QLatin1String("jobsearch")) // 1M jobs: only when asked
        return runJobSearchBench();
    if (only.isEmpty() || only == QLatin1String("flags"))
        failures += runAiConfigBench();
    if (only.isEmpty())
        failures += runChartBench();
    return failures == 0 ? 0 : 1;
}
