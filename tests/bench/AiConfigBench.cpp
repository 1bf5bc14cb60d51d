// From a rollback being confirmed to Redis holding the new effective AI configuration of every affected
// tenant, with the notice published (issue 19): ai_config_rollback, then AiConfigPusher (ai_config:{tenant}
// of each queued tenant, PUBLISH on plan_changes, ai_config_push_done). For one tenant's overrides, and for
// the global defaults, which reach every tenant that does not set the field itself. Baseline, same run:
// the same push when every tenant is queued (a sync that rewrites everything instead of the tenants the
// change reached). After each run the bench checks Redis holds the model the rollback restored.
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/plans/AiConfigPusher.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include "BenchSupport.h"

#include <QTextStream>

namespace
{
PgResult sql(PgSession* pg, const QString& statement, const QVariantList& params = {})
{
    return TestServers::exec(pg, statement, params);
}

int currentVersion(PgSession* pg, const QString& tenant)
{
    return sql(pg,
               QStringLiteral("SELECT coalesce(max(version), 0) FROM ai_configs WHERE tenant_id IS NOT DISTINCT FROM "
                              "?::uuid"),
               {tenant.isEmpty() ? QVariant() : QVariant(tenant)})
        .scalar()
        .toInt();
}

bool pushAll(PgSession* pg, RedisClient* redis, qint64* pushed = nullptr)
{
    auto future = AiConfigPusher(pg, redis).push();
    if (!awaitFuture(future, 120000) || !future.result().ok()) {
        QTextStream(stderr) << "push failed: " << (future.isFinished() ? future.result().error : QString()) << Qt::endl;
        return false;
    }
    if (pushed)
        *pushed = future.result().value.pushed;
    return true;
}

// Two versions of the subject (a tenant, or the global defaults for an empty id) to alternate between.
bool twoVersions(PgSession* pg, const QString& tenant, int* first, int* second)
{
    const QVariant subject = tenant.isEmpty() ? QVariant() : QVariant(tenant);
    for (const char* config : {R"({"model":"gpt-4o-mini","temperature":0.2,"rag":false})",
                               R"({"model":"gpt-4.1-mini","temperature":0.7,"rag":true})"}) {
        const PgResult saved = sql(pg,
                                   QStringLiteral("SELECT ai_config_set(?::uuid, nullif(?, 0), ?::jsonb, 'bench')"),
                                   {subject, currentVersion(pg, tenant), QString::fromLatin1(config)});
        if (!saved.ok()) {
            QTextStream(stderr) << saved.error << Qt::endl;
            return false;
        }
    }
    *second = currentVersion(pg, tenant);
    *first = *second - 1;
    return true;
}

// Rolls the subject back to the version it is not at, pushes, and checks Redis for `probe`.
bool rollbackAndPush(PgSession* pg,
                     RedisClient* redis,
                     const QString& tenant,
                     int first,
                     int second,
                     const QString& probe,
                     qint64* pushed)
{
    const QVariant subject = tenant.isEmpty() ? QVariant() : QVariant(tenant);
    const QString model
        = sql(pg, QStringLiteral("SELECT ai_effective_config(?::uuid) ->> 'model'"), {probe}).scalar().toString();
    const int target = model == QLatin1String("gpt-4o-mini") ? second : first;
    const PgResult back = sql(pg,
                              QStringLiteral("SELECT ai_config_rollback(?::uuid, ?, ?, 'bench rollback')"),
                              {subject, target, currentVersion(pg, tenant)});
    if (!back.ok()) {
        QTextStream(stderr) << back.error << Qt::endl;
        return false;
    }
    return pushAll(pg, redis, pushed);
}
} // namespace

int runAiConfigBench()
{
    using namespace Bench;
    auto pg = TestServers::adminPg();
    auto redis = TestServers::adminRedis();
    const int tenants = sql(pg.get(), QStringLiteral("SELECT count(*) FROM tenants")).scalar().toInt();
    const QString tenant
        = sql(pg.get(), QStringLiteral("SELECT id::text FROM tenants ORDER BY id LIMIT 1")).scalar().toString();
    // A tenant that sets nothing itself, so the global rollback reaches it: the probe of the global runs.
    const QString follower = sql(pg.get(),
                                 QStringLiteral("SELECT id::text FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM "
                                                "ai_configs c WHERE c.tenant_id = t.id) ORDER BY id OFFSET 1 LIMIT 1"))
                                 .scalar()
                                 .toString();
    if (tenants == 0 || tenant.isEmpty() || follower.isEmpty())
        return 1;
    int failures = 0;
    // Start from Redis up to date, then measure the rewrite of every tenant (the baseline).
    sql(pg.get(),
        QStringLiteral("INSERT INTO ai_config_push_pending (tenant_id, cause) SELECT id, 'bench' FROM tenants ON "
                       "CONFLICT DO NOTHING"));
    if (!pushAll(pg.get(), redis.get()))
        return 1;
    qint64 everyone = 0;
    const Stats baseline = measure(5, [&] {
        sql(pg.get(),
            QStringLiteral("INSERT INTO ai_config_push_pending (tenant_id, cause) SELECT id, 'bench' FROM tenants ON "
                           "CONFLICT DO NOTHING"));
        if (!pushAll(pg.get(), redis.get(), &everyone))
            ++failures;
    });

    const auto run = [&](const QString& name, const QString& subject, const QString& probe, int runs, double target) {
        int first = 0;
        int second = 0;
        if (!twoVersions(pg.get(), subject, &first, &second) || !pushAll(pg.get(), redis.get())) {
            ++failures;
            return;
        }
        qint64 pushed = 0;
        int wrong = 0;
        const Stats ours = measure(runs, [&] {
            if (!rollbackAndPush(pg.get(), redis.get(), subject, first, second, probe, &pushed))
                ++failures;
        });
        // Honesty check after the runs: Redis has what PostgreSQL says, for the probe tenant.
        const QByteArray held = TestServers::redis(redis.get(), {"HGET", RedisKeys::aiConfig(probe), "model"}).text;
        const QString expected
            = sql(pg.get(), QStringLiteral("SELECT ai_effective_config(?::uuid) ->> 'model'"), {probe})
                  .scalar()
                  .toString();
        if (held != expected.toUtf8())
            ++wrong;
        failures += wrong;
        report(name,
               ours,
               QStringLiteral("push_every_tenant"),
               baseline,
               {{QStringLiteral("tenants"), tenants},
                {QStringLiteral("tenants_pushed_per_rollback"), pushed},
                {QStringLiteral("baseline_tenants_pushed"), everyone},
                {QStringLiteral("redis_matches_postgres"), wrong == 0},
                {QStringLiteral("target_p95_ms"), target}});
    };
    run(QStringLiteral("ai_config.rollback_one_tenant_to_redis"), tenant, tenant, 20, 1000);
    run(QStringLiteral("ai_config.rollback_global_to_redis"), QString(), follower, 7, 5000);
    return failures;
}
