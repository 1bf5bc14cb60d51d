#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/plans/AiConfigPusher.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <cmath>

// The AI configuration and feature flags of the platform contract (migration 017), on the real server:
// versions checked by the server, a rollback that restores exactly the earlier effective configuration,
// percentage rollouts that are stable and add up, bad input refused with nothing changed, the tenants
// queued for the Redis push being exactly those whose effective configuration changed, and each role's
// part (platform admins everything, support a tenant's overrides, a tenant admin reads its own).
class TestAiConfig : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    QStringList m_logins;
    QStringList m_flags; // created by this run, removed at the end
    QString m_tenantA;
    QString m_tenantB;
    QString m_reason = QStringLiteral("ai config test");

    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_pg.get(), statement, params);
    }

    static QJsonObject json(const QVariant& value)
    {
        return QJsonDocument::fromJson(value.toString().toUtf8()).object();
    }

    QJsonObject effective(const QString& tenant)
    {
        const PgResult result = sql(QStringLiteral("SELECT ai_effective_config(?::uuid)::text"), {tenant});
        return result.ok() ? json(result.scalar()) : QJsonObject{{QStringLiteral("error"), result.error}};
    }

    // The configuration a gateway acts on: without the version numbers, which a rollback moves forward.
    static QJsonObject withoutVersions(QJsonObject config)
    {
        config.remove(QStringLiteral("global_version"));
        config.remove(QStringLiteral("tenant_version"));
        return config;
    }

    int version(const QString& tenant)
    {
        return sql(QStringLiteral("SELECT coalesce(max(version), 0) FROM ai_configs WHERE tenant_id IS NOT DISTINCT "
                                  "FROM ?::uuid"),
                   {tenant.isEmpty() ? QVariant() : QVariant(tenant)})
            .scalar()
            .toInt();
    }

    int flagVersion(const QString& key)
    {
        return sql(QStringLiteral("SELECT coalesce(max(version), 0) FROM feature_flag_versions WHERE key = ?"), {key})
            .scalar()
            .toInt();
    }

    PgResult setConfig(const QString& tenant, const QJsonObject& config, PgSession* as = nullptr)
    {
        const int expected = version(tenant);
        return TestServers::exec(as ? as : m_pg.get(),
                                 QStringLiteral("SELECT ai_config_set(?::uuid, nullif(?, 0), ?::jsonb, ?)::text"),
                                 {tenant.isEmpty() ? QVariant() : QVariant(tenant),
                                  expected,
                                  QString::fromUtf8(QJsonDocument(config).toJson(QJsonDocument::Compact)),
                                  m_reason});
    }

    PgResult setFlag(const QString& key, const QJsonObject& changes, PgSession* as = nullptr)
    {
        if (!m_flags.contains(key))
            m_flags << key;
        return TestServers::exec(as ? as : m_pg.get(),
                                 QStringLiteral("SELECT flag_set(?, nullif(?, 0), ?::jsonb, ?)::text"),
                                 {key,
                                  flagVersion(key),
                                  QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)),
                                  m_reason});
    }

    QSet<QString> tenantsWithFlagOn(const QString& key)
    {
        const PgResult rows = sql(QStringLiteral("SELECT e.tenant_id::text FROM ts_ai_effective(ARRAY(SELECT id FROM "
                                                 "tenants)) e WHERE (e.config -> 'flags' ->> ?)::boolean"),
                                  {key});
        QSet<QString> on;
        for (const QVariantList& row : rows.rows)
            on.insert(row.at(0).toString());
        return on;
    }

    std::unique_ptr<PgSession> login(const QString& role, const QString& tenant = {})
    {
        return TestServers::sessionOfNewLogin(m_pg.get(), QStringLiteral("ts_test_ai"), role, tenant, &m_logins);
    }

    Fetched<AiConfigPusher::Result> push(RedisClient* redis = nullptr)
    {
        auto future = AiConfigPusher(m_pg.get(), redis ? redis : m_redis.get()).push();
        if (!awaitFuture(future, 60000))
            return {QStringLiteral("timed out"), {}};
        return future.result();
    }

    int pendingCount() { return sql(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")).scalar().toInt(); }

    // What Redis holds for each tenant, as the hash's fields and values.
    QHash<QString, QHash<QByteArray, QByteArray>> redisConfigs()
    {
        QHash<QString, QHash<QByteArray, QByteArray>> all;
        const PgResult tenants = sql(QStringLiteral("SELECT id::text FROM tenants"));
        for (const QVariantList& row : tenants.rows) {
            const QString id = row.at(0).toString();
            all.insert(id, TestServers::redis(m_redis.get(), {"HGETALL", RedisKeys::aiConfig(id)}).toHash());
        }
        return all;
    }

    // Redis holds exactly PostgreSQL's effective configuration, for every tenant.
    void compareRedisWithPostgres()
    {
        const PgResult rows = sql(QStringLiteral("SELECT tenant_id::text, config::text FROM "
                                                 "ts_ai_effective(ARRAY(SELECT id FROM tenants))"));
        QVERIFY(rows.rows.size() >= 100);
        for (const QVariantList& row : rows.rows) {
            const QString id = row.at(0).toString();
            const RedisCommand expected = AiConfigPusher::hashOf(id, row.at(1).toString().toUtf8());
            QHash<QByteArray, QByteArray> fields;
            for (int i = 2; i + 1 < expected.size(); i += 2)
                fields.insert(expected.at(i), expected.at(i + 1));
            const QHash<QByteArray, QByteArray> held
                = TestServers::redis(m_redis.get(), {"HGETALL", RedisKeys::aiConfig(id)}).toHash();
            QVERIFY2(held == fields, qPrintable(id));
        }
    }

    qint64 auditCount() { return sql(QStringLiteral("SELECT count(*) FROM audit_log")).scalar().toLongLong(); }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        const PgResult tenants
            = sql(QStringLiteral("SELECT id::text FROM tenants WHERE plan_id = 'starter' ORDER BY id LIMIT 2"));
        QVERIFY2(tenants.rows.size() == 2, "needs two starter tenants (demo data)");
        m_tenantA = tenants.rows.at(0).at(0).toString();
        m_tenantB = tenants.rows.at(1).at(0).toString();
    }

    void cleanupTestCase()
    {
        if (!m_pg)
            return;
        for (const QString& key : std::as_const(m_flags))
            sql(QStringLiteral("DELETE FROM feature_flags WHERE key = ?"), {key});
        const PgResult tenants = sql(QStringLiteral("SELECT id::text FROM tenants"));
        for (const QVariantList& row : tenants.rows)
            TestServers::redis(m_redis.get(), {"DEL", RedisKeys::aiConfig(row.at(0).toString())});
        sql(QStringLiteral("DELETE FROM ai_config_push_pending"));
        sql(QStringLiteral("DELETE FROM ai_configs WHERE tenant_id = ANY (?::uuid[])"),
            {QStringLiteral("{%1,%2}").arg(m_tenantA, m_tenantB)});
        for (const QString& name : std::as_const(m_logins)) {
            sql(QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {name});
            sql(QStringLiteral("DROP ROLE IF EXISTS ") + name);
        }
    }

    void effectiveConfigurationLayersTheTenantOverTheGlobalDefaults()
    {
        PgResult saved = setConfig({},
                                   {{QStringLiteral("model"), QStringLiteral("gpt-4o-mini")},
                                    {QStringLiteral("fallback_model"), QStringLiteral("claude-3-5-haiku")},
                                    {QStringLiteral("system_prompt"), QStringLiteral("You are helpful.")},
                                    {QStringLiteral("prompt_version"), QStringLiteral("v1")},
                                    {QStringLiteral("temperature"), 0.3},
                                    {QStringLiteral("max_tokens"), 1024},
                                    {QStringLiteral("rag"), false}});
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        saved = setConfig(m_tenantA,
                          {{QStringLiteral("model"), QStringLiteral("gpt-4o")}, {QStringLiteral("rag"), true}});
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        const QJsonObject a = effective(m_tenantA);
        QCOMPARE(a.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o")); // the tenant's own
        QCOMPARE(a.value(QStringLiteral("rag")).toBool(), true);
        QCOMPARE(a.value(QStringLiteral("fallback_model")).toString(), QStringLiteral("claude-3-5-haiku")); // global
        QCOMPARE(a.value(QStringLiteral("temperature")).toDouble(), 0.3);
        QCOMPARE(a.value(QStringLiteral("max_tokens")).toInt(), 1024);
        const QJsonObject b = effective(m_tenantB);
        QCOMPARE(b.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(b.value(QStringLiteral("rag")).toBool(), false);
        QVERIFY(b.value(QStringLiteral("tenant_version")).isNull());
    }

    // The Redis push queue holds exactly the tenants whose effective configuration changed: a global model
    // change passes over a tenant that sets its own model.
    void aChangeQueuesExactlyTheTenantsItChanges()
    {
        QVERIFY(sql(QStringLiteral("DELETE FROM ai_config_push_pending")).ok());
        const PgResult global = sql(QStringLiteral("SELECT model FROM ai_configs WHERE tenant_id IS NULL ORDER BY "
                                                   "version DESC LIMIT 1"));
        const QString next = global.scalar().toString() == QLatin1String("gpt-4.1-mini")
            ? QStringLiteral("gpt-4o-mini")
            : QStringLiteral("gpt-4.1-mini");
        const QJsonObject before = json(
            sql(QStringLiteral("SELECT ts_ai_config_json(c)::text FROM ai_configs c WHERE tenant_id IS NULL ORDER BY "
                               "version DESC LIMIT 1"))
                .scalar());
        QJsonObject changed = before;
        changed.remove(QStringLiteral("version"));
        changed.insert(QStringLiteral("model"), next);
        const PgResult saved = setConfig({}, changed);
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        const int withOwnModel
            = sql(QStringLiteral("SELECT count(DISTINCT tenant_id) FROM (SELECT DISTINCT ON "
                                 "(tenant_id) tenant_id, model FROM ai_configs WHERE tenant_id IS NOT "
                                 "NULL ORDER BY tenant_id, version DESC) t WHERE model IS NOT NULL"))
                  .scalar()
                  .toInt();
        const int tenants = sql(QStringLiteral("SELECT count(*) FROM tenants")).scalar().toInt();
        QVERIFY(withOwnModel >= 1); // tenant A, from the test before
        QCOMPARE(json(saved.scalar()).value(QStringLiteral("affected_tenants")).toInt(), tenants - withOwnModel);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")).scalar().toInt(),
                 tenants - withOwnModel);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM ai_config_push_pending WHERE tenant_id = ?::uuid"), {m_tenantA})
                .scalar()
                .toInt(),
            0);
        // The pusher's read, then its acknowledgement: nothing left pending.
        const PgResult pending = sql(QStringLiteral("SELECT array_agg(tenant_id)::text, max(read_at) FROM "
                                                    "ai_config_pending(100000)"));
        QVERIFY2(pending.ok(), qPrintable(pending.error));
        QVERIFY(sql(QStringLiteral("SELECT ai_config_push_done(?::uuid[], ?::timestamptz)"),
                    {pending.rows.first().at(0), pending.rows.first().at(1)})
                    .ok());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")).scalar().toInt(), 0);
    }

    void rollbackRestoresExactlyTheEarlierEffectiveConfiguration()
    {
        QVERIFY2(setFlag(QStringLiteral("test-rollback-flag"),
                         {{QStringLiteral("enabled"), true},
                          {QStringLiteral("rollout"), QStringLiteral("tenants")},
                          {QStringLiteral("tenants"), QJsonArray{m_tenantA}}})
                     .ok(),
                 "flag");
        const QJsonObject earlierA = effective(m_tenantA);
        const QJsonObject earlierB = effective(m_tenantB);
        const int globalAt = version({});
        const int tenantAt = version(m_tenantA);
        const int flagAt = flagVersion(QStringLiteral("test-rollback-flag"));
        // A bad release: another model everywhere, the tenant's prompt replaced, the flag on for everyone.
        QVERIFY(setConfig({},
                          {{QStringLiteral("model"), QStringLiteral("gpt-4o")},
                           {QStringLiteral("temperature"), 1.5},
                           {QStringLiteral("rag"), true}})
                    .ok());
        QVERIFY(setConfig(m_tenantA,
                          {{QStringLiteral("system_prompt"), QStringLiteral("Answer in pirate speak.")},
                           {QStringLiteral("max_tokens"), 50}})
                    .ok());
        QVERIFY(
            setFlag(QStringLiteral("test-rollback-flag"), {{QStringLiteral("rollout"), QStringLiteral("all")}}).ok());
        QVERIFY(withoutVersions(effective(m_tenantA)) != withoutVersions(earlierA));
        QVERIFY(withoutVersions(effective(m_tenantB)) != withoutVersions(earlierB));

        const qint64 auditBefore = auditCount();
        PgResult back
            = sql(QStringLiteral("SELECT ai_config_rollback(NULL, ?, ?, ?)"), {globalAt, version({}), m_reason});
        QVERIFY2(back.ok(), qPrintable(back.error));
        back = sql(QStringLiteral("SELECT ai_config_rollback(?::uuid, ?, ?, ?)"),
                   {m_tenantA, tenantAt, version(m_tenantA), m_reason});
        QVERIFY2(back.ok(), qPrintable(back.error));
        back = sql(QStringLiteral("SELECT flag_rollback('test-rollback-flag', ?, ?, ?)"),
                   {flagAt, flagVersion(QStringLiteral("test-rollback-flag")), m_reason});
        QVERIFY2(back.ok(), qPrintable(back.error));
        QCOMPARE(withoutVersions(effective(m_tenantA)), withoutVersions(earlierA));
        QCOMPARE(withoutVersions(effective(m_tenantB)), withoutVersions(earlierB));
        // Each rollback is a new version that says which one it restored, and is audited.
        QCOMPARE(
            sql(QStringLiteral("SELECT rolled_back_to FROM ai_configs WHERE tenant_id IS NULL ORDER BY version DESC "
                               "LIMIT 1"))
                .scalar()
                .toInt(),
            globalAt);
        QCOMPARE(version({}), globalAt + 2);
        QCOMPARE(auditCount(), auditBefore + 3);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log) AND "
                                    "action IN ('ai_config.rollback', 'flag.rollback') AND reason = ?"),
                     {m_reason})
                     .scalar()
                     .toInt(),
                 3);
    }

    // The push writes what PostgreSQL says to every queued tenant's hash and nothing else is left pending; a
    // rollback pushed afterwards gives Redis back exactly what it held before the bad change.
    void redisHoldsTheEffectiveConfigurationAndARollbackRestoresIt()
    {
        sql(QStringLiteral("INSERT INTO ai_config_push_pending (tenant_id, cause) SELECT id, 'test' FROM tenants "
                           "ON CONFLICT DO NOTHING"));
        const auto all = push();
        QVERIFY2(all.ok(), qPrintable(all.error));
        QCOMPARE(all.value.pushed, qint64(sql(QStringLiteral("SELECT count(*) FROM tenants")).scalar().toInt()));
        QCOMPARE(pendingCount(), 0);
        compareRedisWithPostgres();
        const auto before = redisConfigs();
        QVERIFY(before.value(m_tenantB).contains("flags"));

        const int globalAt = version({});
        QVERIFY(setConfig({},
                          {{QStringLiteral("model"), QStringLiteral("gpt-4.1-mini")},
                           {QStringLiteral("system_prompt"), QStringLiteral("A bad release.")},
                           {QStringLiteral("max_tokens"), 7}})
                    .ok());
        QVERIFY(pendingCount() > 0);
        const auto changed = push();
        QVERIFY2(changed.ok(), qPrintable(changed.error));
        QCOMPARE(pendingCount(), 0);
        compareRedisWithPostgres();
        QCOMPARE(redisConfigs().value(m_tenantB).value("max_tokens"), QByteArray("7"));

        // Redis down: the rollback stands in PostgreSQL, its tenants stay pending, and say so.
        const PgResult back
            = sql(QStringLiteral("SELECT ai_config_rollback(NULL, ?, ?, ?)"), {globalAt, version({}), m_reason});
        QVERIFY2(back.ok(), qPrintable(back.error));
        const int queued = pendingCount();
        QVERIFY(queued > 0);
        RedisConfig config = TestServers::adminProfile().redis;
        config.port = 1;
        config.connectTimeoutMs = 500;
        RedisClient gone(config, QStringLiteral("x"));
        gone.connectToServer();
        const auto failed = push(&gone);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error.contains(QLatin1String("pending")), qPrintable(failed.error));
        QCOMPARE(pendingCount(), queued);
        // Redis back: the push completes the rollback, and Redis is as it was, field for field, except the
        // global version number the rollback moved forward.
        const auto restored = push();
        QVERIFY2(restored.ok(), qPrintable(restored.error));
        QCOMPARE(restored.value.pushed, qint64(queued));
        QCOMPARE(pendingCount(), 0);
        compareRedisWithPostgres();
        auto after = redisConfigs();
        for (auto it = after.begin(); it != after.end(); ++it) {
            QHash<QByteArray, QByteArray> was = before.value(it.key());
            it->remove("global_version");
            was.remove("global_version");
            QVERIFY2(*it == was, qPrintable(it.key()));
        }
    }

    void percentageRolloutsAreStableAndAddUp()
    {
        const QString key = QStringLiteral("test-percentage-flag");
        const int tenants = sql(QStringLiteral("SELECT count(*) FROM tenants")).scalar().toInt();
        QVERIFY(tenants >= 100);
        QSet<QString> previous;
        for (const int percentage : {0, 10, 25, 50, 75, 100}) {
            const PgResult saved = setFlag(key,
                                           {{QStringLiteral("enabled"), true},
                                            {QStringLiteral("rollout"), QStringLiteral("percentage")},
                                            {QStringLiteral("percentage"), percentage}});
            QVERIFY2(saved.ok(), qPrintable(saved.error));
            const QSet<QString> on = tenantsWithFlagOn(key);
            QCOMPARE(tenantsWithFlagOn(key), on); // the same answer when asked again
            // Raising the percentage only adds tenants: nobody who had it loses it.
            QVERIFY2(on.contains(previous), qPrintable(QStringLiteral("%1 %").arg(percentage)));
            // On and off add up to every tenant, and the share is the percentage within four standard deviations.
            const int off = sql(QStringLiteral("SELECT count(*) FROM ts_ai_effective(ARRAY(SELECT id FROM tenants)) e "
                                               "WHERE NOT (e.config -> 'flags' ->> ?)::boolean"),
                                {key})
                                .scalar()
                                .toInt();
            QCOMPARE(int(on.size()) + off, tenants);
            const double expected = tenants * percentage / 100.0;
            const double sigma = std::sqrt(tenants * (percentage / 100.0) * (1 - percentage / 100.0));
            QVERIFY2(std::abs(on.size() - expected) <= 4 * sigma + 0.5,
                     qPrintable(QStringLiteral("%1 %: %2 of %3").arg(percentage).arg(on.size()).arg(tenants)));
            previous = on;
        }
        QCOMPARE(int(previous.size()), tenants); // 100 %
        // Another flag at the same percentage picks other tenants (independent buckets per flag).
        const QString other = QStringLiteral("test-percentage-other");
        QVERIFY(setFlag(key, {{QStringLiteral("percentage"), 50}}).ok());
        QVERIFY(setFlag(other,
                        {{QStringLiteral("enabled"), true},
                         {QStringLiteral("rollout"), QStringLiteral("percentage")},
                         {QStringLiteral("percentage"), 50}})
                    .ok());
        QVERIFY(tenantsWithFlagOn(key) != tenantsWithFlagOn(other));
        // A plan change does not move a tenant in or out of a percentage rollout.
        const QSet<QString> before = tenantsWithFlagOn(key);
        QVERIFY(
            sql(QStringLiteral("UPDATE tenants SET plan_id = 'professional' WHERE id = ?::uuid"), {m_tenantB}).ok());
        QCOMPARE(tenantsWithFlagOn(key), before);
        QVERIFY(sql(QStringLiteral("UPDATE tenants SET plan_id = 'starter' WHERE id = ?::uuid"), {m_tenantB}).ok());
    }

    void rolloutByPlanAndByTenantList()
    {
        const QString key = QStringLiteral("test-plan-flag");
        QVERIFY(setFlag(key,
                        {{QStringLiteral("enabled"), true},
                         {QStringLiteral("rollout"), QStringLiteral("plans")},
                         {QStringLiteral("plans"), QJsonArray{QStringLiteral("enterprise")}}})
                    .ok());
        const int enterprise
            = sql(QStringLiteral("SELECT count(*) FROM tenants WHERE plan_id = 'enterprise'")).scalar().toInt();
        QCOMPARE(int(tenantsWithFlagOn(key).size()), enterprise);
        QVERIFY(setFlag(key,
                        {{QStringLiteral("rollout"), QStringLiteral("tenants")},
                         {QStringLiteral("tenants"), QJsonArray{m_tenantA, m_tenantB}}})
                    .ok());
        QCOMPARE(tenantsWithFlagOn(key), (QSet<QString>{m_tenantA, m_tenantB}));
        QVERIFY(setFlag(key, {{QStringLiteral("enabled"), false}}).ok());
        QVERIFY(tenantsWithFlagOn(key).isEmpty());
    }

    void badInputIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown model") << "config"
                                       << R"({"model":"gpt-9-ultra"})"
                                       << "not in the price table";
        QTest::newRow("unknown fallback") << "config"
                                          << R"({"fallback_model":"nope"})"
                                          << "not in the price table";
        QTest::newRow("temperature") << "config"
                                     << R"({"temperature":2.5})"
                                     << "not between 0 and 2";
        QTest::newRow("max tokens") << "config"
                                    << R"({"max_tokens":0})"
                                    << "whole number from 1 to 1000000";
        QTest::newRow("unknown field") << "config"
                                       << R"({"top_p":0.9})"
                                       << "unknown AI configuration field";
        QTest::newRow("prompt too long") << "prompt"
                                         << ""
                                         << "at most 32000";
        QTest::newRow("percentage over 100") << "flag"
                                             << R"({"rollout":"percentage","percentage":101})"
                                             << "not a whole number from 0 to 100";
        QTest::newRow("percentage negative") << "flag"
                                             << R"({"percentage":-1})"
                                             << "not a whole number from 0 to 100";
        QTest::newRow("percentage fraction") << "flag"
                                             << R"({"percentage":12.5})"
                                             << "not a whole number from 0 to 100";
        QTest::newRow("no such tenant") << "flag"
                                        << R"({"rollout":"tenants","tenants":["00000000-0000-0000-0000-00000000abcd"]})"
                                        << "is not a tenant";
        QTest::newRow("not a tenant id") << "flag"
                                         << R"({"tenants":["acme"]})"
                                         << "must be a tenant id";
        QTest::newRow("no such plan") << "flag"
                                      << R"({"plans":["platinum"]})"
                                      << "is not a plan";
        QTest::newRow("bad rollout") << "flag"
                                     << R"({"rollout":"half"})"
                                     << "rollout:";
        QTest::newRow("stale config") << "stale-config"
                                      << ""
                                      << "was changed by";
        QTest::newRow("stale flag") << "stale-flag"
                                    << ""
                                    << "was changed by";
    }

    void badInputIsRefusedAndChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QString, input);
        QFETCH(QString, message);
        const QString key = QStringLiteral("test-bad-input-flag");
        if (flagVersion(key) == 0)
            QVERIFY(setFlag(key, {{QStringLiteral("enabled"), false}}).ok());
        const QJsonObject configBefore = effective(m_tenantA);
        const int flagBefore = flagVersion(key);
        const int tenantBefore = version(m_tenantA);
        const qint64 auditBefore = auditCount();
        PgResult refused;
        if (kind == QLatin1String("config"))
            refused = sql(QStringLiteral("SELECT ai_config_set(?::uuid, nullif(?, 0), ?::jsonb, ?)"),
                          {m_tenantA, tenantBefore, input, m_reason});
        else if (kind == QLatin1String("prompt"))
            refused = setConfig(m_tenantA, {{QStringLiteral("system_prompt"), QString(32001, u'x')}});
        else if (kind == QLatin1String("flag"))
            refused = sql(QStringLiteral("SELECT flag_set(?, ?, ?::jsonb, ?)"), {key, flagBefore, input, m_reason});
        else if (kind == QLatin1String("stale-config"))
            refused = sql(QStringLiteral("SELECT ai_config_set(?::uuid, ?, '{\"rag\":true}', ?)"),
                          {m_tenantA, tenantBefore - 1, m_reason});
        else
            refused = sql(QStringLiteral("SELECT flag_set(?, ?, '{\"enabled\":true}', ?)"),
                          {key, flagBefore + 1, m_reason});
        QVERIFY2(!refused.ok(), qPrintable(kind + QStringLiteral(" was accepted")));
        QVERIFY2(refused.error.contains(message), qPrintable(refused.error));
        QCOMPARE(effective(m_tenantA), configBefore);
        QCOMPARE(flagVersion(key), flagBefore);
        QCOMPARE(version(m_tenantA), tenantBefore);
        QCOMPARE(auditCount(), auditBefore);
    }

    // Asked of the server with real logins: support edits a tenant's overrides only, finance reads, a tenant
    // admin reads its own effective configuration and nothing else.
    void eachRoleDoesExactlyItsPart()
    {
        auto support = login(QStringLiteral("support"));
        auto finance = login(QStringLiteral("finance"));
        auto tenantAdmin = login(QStringLiteral("tenant_admin"), m_tenantA);
        QVERIFY(support && finance && tenantAdmin);

        PgResult result
            = setConfig(m_tenantB, {{QStringLiteral("prompt_version"), QStringLiteral("support-1")}}, support.get());
        QVERIFY2(result.ok(), qPrintable(result.error));
        result = setConfig({}, {{QStringLiteral("rag"), true}}, support.get());
        QCOMPARE(result.errorKind, PgErrorKind::Permission);
        QVERIFY2(result.error.contains(QLatin1String("platform_admin can")), qPrintable(result.error));
        result = setFlag(QStringLiteral("test-role-flag"), {{QStringLiteral("enabled"), true}}, support.get());
        QCOMPARE(result.errorKind, PgErrorKind::Permission);
        result = setConfig(m_tenantB, {{QStringLiteral("rag"), true}}, finance.get());
        QCOMPARE(result.errorKind, PgErrorKind::Permission);
        result = TestServers::exec(finance.get(), QStringLiteral("SELECT ai_effective_config(?::uuid)"), {m_tenantB});
        QVERIFY2(result.ok(), qPrintable(result.error));

        result = TestServers::exec(
            tenantAdmin.get(), QStringLiteral("SELECT ai_effective_config(?::uuid)::text"), {m_tenantA});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(json(result.scalar()).value(QStringLiteral("tenant")).toString(), m_tenantA);
        result
            = TestServers::exec(tenantAdmin.get(), QStringLiteral("SELECT ai_effective_config(?::uuid)"), {m_tenantB});
        QCOMPARE(result.errorKind, PgErrorKind::Permission);
        QVERIFY2(result.error.contains(QLatin1String("not permitted")), qPrintable(result.error));
        result = TestServers::exec(tenantAdmin.get(), QStringLiteral("SELECT count(*) FROM feature_flags"));
        QCOMPARE(result.errorKind, PgErrorKind::Permission);
        // Its own history and the global defaults, nobody else's overrides.
        result
            = TestServers::exec(tenantAdmin.get(),
                                QStringLiteral("SELECT count(*) FILTER (WHERE tenant_id IS NOT NULL AND tenant_id <> "
                                               "?::uuid), count(*) FILTER (WHERE tenant_id IS NULL) FROM ai_configs"),
                                {m_tenantA});
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.rows.first().at(0).toInt(), 0);
        QVERIFY(result.rows.first().at(1).toInt() > 0);
        result = setConfig(m_tenantA, {{QStringLiteral("rag"), false}}, tenantAdmin.get());
        QCOMPARE(result.errorKind, PgErrorKind::Permission);
    }
};

QTEST_GUILESS_MAIN(TestAiConfig)
#include "TestAiConfig.moc"
