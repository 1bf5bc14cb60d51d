// Job counts of 50 BullMQ queues, as the Queues page refreshes them: our QueueRepository::counts (every
// queue's list and sorted-set lengths in one pipeline) against Bull Board's way, `Queue.getJobCounts()`
// of the real bullmq package for each queue (tests/bench/node/bullboard_counts.mjs), measured in the same
// run on the same queues, on the single Redis and on the Redis Cluster. Both must count the same jobs.
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/queues/QueueRepository.h>
#include <net/RedisClient.h>
#include <net/RedisConfig.h>

#include "BenchSupport.h"

#include <QProcess>
#include <QStandardPaths>

namespace
{
constexpr int kQueues = 50;
constexpr int kJobsPerQueue = 200;
constexpr int kRuns = 40;

QByteArray runNode(const QString& mode, const QString& prefix, const QString& redisUrl, QString* why)
{
    QProcess node;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("TS_INTEROP_DIR"), QStringLiteral(TS_BENCH_INTEROP_DIR));
    environment.insert(QStringLiteral("TS_REDIS_URL"), redisUrl);
    node.setProcessEnvironment(environment);
    node.start(QStringLiteral("node"),
               {QStringLiteral(TS_BENCH_NODE_DIR "/bullboard_counts.mjs"),
                mode,
                prefix,
                QString::number(kQueues),
                QString::number(kJobsPerQueue),
                QString::number(kRuns)});
    if (!node.waitForFinished(300000) || node.exitCode() != 0) {
        *why = QStringLiteral("node %1 failed: %2").arg(mode, QString::fromUtf8(node.readAllStandardError()));
        return {};
    }
    return node.readAllStandardOutput().trimmed();
}

int measureOn(const QString& label, RedisClient* redis, const QString& redisUrl, const QString& prefix)
{
    using namespace Bench;
    QString why;
    runNode(QStringLiteral("clean"), prefix, redisUrl, &why);
    if (why.isEmpty())
        runNode(QStringLiteral("setup"), prefix, redisUrl, &why);
    if (!why.isEmpty()) {
        QTextStream(stderr) << why << Qt::endl;
        return 1;
    }
    const QByteArray bullBoardLine = runNode(QStringLiteral("measure"), prefix, redisUrl, &why);
    const QJsonObject bullBoard = QJsonDocument::fromJson(bullBoardLine).object();
    if (bullBoard.isEmpty()) {
        QTextStream(stderr) << "bullboard_counts: " << why << bullBoardLine << Qt::endl;
        return 1;
    }

    QueueRepository queues(redis, prefix);
    QStringList names;
    for (int i = 0; i < kQueues; ++i)
        names << QStringLiteral("bench-queue-%1").arg(i, 2, 10, QLatin1Char('0'));
    qint64 jobs = 0;
    const Stats ours = measure(kRuns, [&] {
        auto future = queues.counts(names);
        awaitFuture(future, 30000);
        const auto fetched = future.result();
        if (!fetched.ok())
            qFatal("counts: %s", qPrintable(fetched.error));
        jobs = 0;
        for (const QueueCounts& counts : fetched.value) {
            for (auto it = counts.byState.begin(); it != counts.byState.end(); ++it)
                jobs += it.value();
        }
    });
    runNode(QStringLiteral("clean"), prefix, redisUrl, &why);
    if (jobs != qint64(bullBoard.value(QStringLiteral("jobs")).toDouble()))
        qFatal("we counted %lld jobs, bullmq %lld", jobs, qint64(bullBoard.value(QStringLiteral("jobs")).toDouble()));
    const Stats theirs{bullBoard.value(QStringLiteral("p50_ms")).toDouble(),
                       bullBoard.value(QStringLiteral("p95_ms")).toDouble(),
                       bullBoard.value(QStringLiteral("runs")).toInt()};
    report(QStringLiteral("queues.counts_50_queues_") + label,
           ours,
           QStringLiteral("bullmq %1 Queue.getJobCounts() per queue (Bull Board), Node %2")
               .arg(bullBoard.value(QStringLiteral("bullmq")).toString(),
                    bullBoard.value(QStringLiteral("node")).toString()),
           theirs,
           {{QStringLiteral("queues"), kQueues}, {QStringLiteral("jobs"), double(jobs)}});
    return 0;
}
} // namespace

int runQueuesBench()
{
    if (QStandardPaths::findExecutable(QStringLiteral("node")).isEmpty()) {
        QTextStream(stderr) << "queues: node not found (scripts/bootstrap installs it)" << Qt::endl;
        return 1;
    }
    auto single = TestServers::adminRedis();
    int failures = measureOn(
        QStringLiteral("single_node"), single.get(), qEnvironmentVariable("TS_REDIS_URL"), QStringLiteral("bench"));
    const QString clusterUrl = qEnvironmentVariable("TS_REDIS_CLUSTER_URL");
    if (clusterUrl.isEmpty()) {
        QTextStream(stderr) << "queues: TS_REDIS_CLUSTER_URL is not set (scripts/services start --cluster)" << Qt::endl;
        return failures + 1;
    }
    QString error;
    RedisClient cluster(RedisConfig::fromUrl(clusterUrl, &error), TestServers::adminSecrets().redisPassword);
    cluster.connectToServer();
    failures += measureOn(QStringLiteral("cluster"), &cluster, clusterUrl, QStringLiteral("{bench}"));
    return failures;
}
