#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>

class AsyncSteps;
class PgSession;
class RedisClient;

struct DemoDataOptions
{
    enum class Size
    {
        Small,
        Large,
        XLarge, // ten times large: for benchmarks, not for CI
    };

    Size size = Size::Small;
    quint32 seed = 42;
    int tenants = 200;
    int days = 45;
    qint64 events = 150000;
    int executions = 4000;
    // The "now" the data is generated around, truncated to the minute; invalid means the current time.
    QDateTime anchor;

    static DemoDataOptions forSize(Size size, quint32 seed);
};

// Fills PostgreSQL and Redis with consistent, reproducible demo data (same seed: same tenants, executions and
// nodes, whatever the time; same seed and anchor: same data).
// The PostgreSQL part is set-based SQL (resources/sql/demo) in one transaction; the Redis part is
// derived from what was committed and written in pipelined batches. Refuses non-loopback servers: it
// replaces the platform's data.
class DemoDataGenerator : public QObject
{
    Q_OBJECT

public:
    // The demo queue is written under queuePrefix (the profile's BullMQ prefix; {bull} on a cluster).
    DemoDataGenerator(PgSession* pg, RedisClient* redis, const QString& queuePrefix, QObject* parent = nullptr);

    // Empty string on success, else what failed.
    QFuture<QString> run(const DemoDataOptions& options);
    void cancel();

signals:
    void progress(const QString& step, int index, int total);
    void stepFinished(const QString& step, qint64 elapsedMs);

private:
    QFuture<QString> pgStep(const QString& sql, const QVariantList& params = {});

    PgSession* m_pg;
    RedisClient* m_redis;
    QByteArray m_queuePrefix;
    AsyncSteps* m_steps = nullptr;
};
