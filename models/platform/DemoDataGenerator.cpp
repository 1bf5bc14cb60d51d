#include <models/platform/DemoDataGenerator.h>

#include <models/common/Logging.h>
#include <models/platform/DemoRedisWriter.h>

#include <async/AsyncSteps.h>
#include <async/Guarded.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
QString readResource(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}
} // namespace

DemoDataOptions DemoDataOptions::forSize(Size size, quint32 seed)
{
    DemoDataOptions options;
    options.size = size;
    options.seed = seed;
    if (size == Size::Large) {
        options.tenants = 10000;
        options.days = 90;
        options.events = 10000000;
        options.executions = 200000;
    } else if (size == Size::XLarge) {
        options.tenants = 100000;
        options.days = 90;
        options.events = 100000000;
        options.executions = 400000;
    }
    return options;
}

DemoDataGenerator::DemoDataGenerator(PgSession* pg, RedisClient* redis, const QString& queuePrefix, QObject* parent)
    : QObject(parent)
    , m_pg(pg)
    , m_redis(redis)
    , m_queuePrefix(queuePrefix.toUtf8())
{
}

QFuture<QString> DemoDataGenerator::pgStep(const QString& sql, const QVariantList& params)
{
    return stepResult(m_pg->query(sql, params), [](const PgResult& result) { return result.error; });
}

void DemoDataGenerator::cancel()
{
    if (m_steps)
        m_steps->cancel();
    m_pg->cancelRunningQuery();
}

QFuture<QString> DemoDataGenerator::run(const DemoDataOptions& options)
{
    if (!m_pg->config().isLoopback() || !m_redis->config().isLoopback()) {
        QPromise<QString> refused;
        refused.start();
        refused.addResult(tr("Demo data replaces the platform's data, so it only runs against servers on this "
                             "machine (loopback)."));
        refused.finish();
        return refused.future();
    }
    delete m_steps;
    m_steps = new AsyncSteps(this);
    connect(m_steps, &AsyncSteps::stepStarted, this, &DemoDataGenerator::progress);
    connect(m_steps, &AsyncSteps::stepFinished, this, [this](const QString& label, int, qint64 ms) {
        emit stepFinished(label, ms);
    });

    // One session, one transaction: temp tables carry the plan from step to step, and a failure
    // anywhere leaves the database as it was.
    m_steps->add(tr("preparing"), [this, options] {
        const QStringList setup = {
            QStringLiteral("SET max_parallel_workers_per_gather = 0"), // one process: reproducible random()
            QStringLiteral("SET work_mem = '256MB'"),
            QStringLiteral("BEGIN"),
            QStringLiteral("DROP TABLE IF EXISTS pg_temp.demo_params, pg_temp.demo_plan_models, pg_temp.demo_tenants, "
                           "pg_temp.demo_quota_targets, pg_temp.demo_exec, pg_temp.demo_nodes, pg_temp.demo_retries"),
            QStringLiteral("CREATE TEMP TABLE demo_params (seed bigint, tenants int, days int, events bigint, "
                           "executions int, anchor timestamptz) ON COMMIT DROP"),
        };
        return m_pg->query(setup.join(QStringLiteral(";\n")))
            .then(
                QCoreApplication::instance(),
                guarded(this,
                        [this, options](const PgResult& result) {
                            if (!result.ok())
                                return pgStep(QStringLiteral("ROLLBACK")).then([error = result.error](const QString&) {
                                    return error;
                                });
                            const QString anchor = options.anchor.isValid()
                                ? options.anchor.toUTC().toString(Qt::ISODateWithMs)
                                : QString();
                            return pgStep(
                                QStringLiteral("INSERT INTO demo_params VALUES (?, ?, ?, ?, ?, "
                                               "date_trunc('minute', coalesce(nullif(?, '')::timestamptz, now())))"),
                                {qint64(options.seed),
                                 options.tenants,
                                 options.days,
                                 options.events,
                                 options.executions,
                                 anchor});
                        }))
            .unwrap();
    });
    const QDir scripts(QStringLiteral(":/sql/demo"));
    int scriptIndex = 0;
    for (const QString& file : scripts.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const QString sql = readResource(scripts.filePath(file));
        QString label = file;
        label.remove(QStringLiteral(".sql"));
        // Each script starts from its own seed, so what one script draws cannot shift the next one's
        // numbers: the month-to-date top-up in 03 draws more or fewer values depending on the anchor
        // minute, and must not change which executions fail in 04.
        const double seed = double((quint64(options.seed) + quint64(scriptIndex++) * 7919u) % 1000000u) / 1000000.0;
        m_steps->add(label, [this, sql, seed] {
            return pgStep(QStringLiteral("SELECT setseed(?)"), {seed})
                .then(QCoreApplication::instance(),
                      guarded(this,
                              [this, sql](const QString& error) {
                                  if (!error.isEmpty())
                                      return QtFuture::makeReadyFuture(error);
                                  return pgStep(sql);
                              }))
                .unwrap();
        });
    }
    m_steps->add(tr("audit"), [this, options] {
        const QJsonObject after{{QStringLiteral("seed"), qint64(options.seed)},
                                {QStringLiteral("tenants"), options.tenants},
                                {QStringLiteral("days"), options.days},
                                {QStringLiteral("events"), options.events},
                                {QStringLiteral("executions"), options.executions}};
        return pgStep(QStringLiteral("SELECT audit_write(NULL, 'demo_data.load', 'database', NULL, NULL, ?::jsonb, ?)"),
                      {QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)),
                       QStringLiteral("tenantscope-cli demo-data")});
    });
    m_steps->add(tr("commit"), [this] {
        return pgStep(QStringLiteral("DROP TABLE IF EXISTS pg_temp.demo_plan_models, pg_temp.demo_tenants, "
                                     "pg_temp.demo_quota_targets, pg_temp.demo_exec, pg_temp.demo_nodes, "
                                     "pg_temp.demo_retries; COMMIT; ANALYZE"));
    });

    auto* writer = new DemoRedisWriter(m_pg, m_redis, m_queuePrefix, options.seed, m_steps);
    writer->addSteps(m_steps);

    return m_steps->start().then(QCoreApplication::instance(), guarded(this, [this](const QString& error) {
                                     if (!error.isEmpty()) {
                                         qCWarning(lcDemo) << "demo data failed:" << error;
                                         // The transaction may still be open if a PostgreSQL step failed.
                                         m_pg->query(QStringLiteral("ROLLBACK"));
                                     }
                                     return error;
                                 }));
}
