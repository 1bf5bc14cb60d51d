#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/PlanOperations.h>
#include <models/plans/LimitsPusher.h>
#include <models/plans/PlanFields.h>
#include <models/plans/PlanRepository.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QJsonDocument>
#include <QTest>

// Plan and override editing on the real servers: versions checked by the server (a concurrent edit is
// refused, nothing lost), every server-side rule, the audit record in the same transaction, Redis limits
// equal to PostgreSQL after a save and after a push, Redis down leaving the tenants visibly pending, and
// roles: finance edits plans, support edits overrides, a tenant admin reads and changes nothing.
class TestPlans : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    QStringList m_logins;
    QJsonObject m_starter; // as it was, restored at the end
    qint64 m_auditStart = 0; // the audit log outlives every run: count only this run's records

    template <typename T> T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 60000))
            qFatal("timed out");
        return future.result();
    }

    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_pg.get(), statement, params);
    }

    Plan plan(PlanRepository& repository, const QString& id)
    {
        for (const Plan& p : wait(repository.plans()).value)
            if (p.id == id)
                return p;
        return {};
    }

    std::unique_ptr<PgSession> login(const QString& role, const QString& tenant = {})
    {
        return TestServers::sessionOfNewLogin(m_pg.get(), QStringLiteral("ts_test_plan"), role, tenant, &m_logins);
    }

    // Redis's limits:{tenant} hash equals tenant_effective_limits, for every tenant of the plan.
    void compareRedisWithPostgres(const QString& planId)
    {
        const PgResult rows = sql(LimitsPusher::effectiveLimitsSql() + QStringLiteral("WHERE plan_id = ?"), {planId});
        QVERIFY(!rows.rows.isEmpty());
        for (const QVariantList& row : rows.rows) {
            const QHash<QByteArray, QByteArray> hash
                = TestServers::redis(m_redis.get(), {"HGETALL", RedisKeys::limits(row.at(0).toString())}).toHash();
            const auto expect
                = [](const QVariant& v) { return v.isNull() ? QByteArray("unlimited") : v.toString().toUtf8(); };
            QCOMPARE(hash.value("plan"), row.at(1).toString().toUtf8());
            QCOMPARE(hash.value("included_tokens"), expect(row.at(2)));
            QCOMPARE(hash.value("max_concurrent"), expect(row.at(3)));
            QCOMPARE(hash.value("monthly_runs"), expect(row.at(6)));
            QCOMPARE(hash.value("allowed_models"), row.at(7).toString().toUtf8());
        }
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        PlanRepository repository(m_pg.get());
        m_starter = plan(repository, QStringLiteral("starter")).fields;
        m_auditStart = sql(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).scalar().toLongLong();
        QVERIFY(!m_starter.isEmpty());
    }

    void cleanupTestCase()
    {
        PlanRepository repository(m_pg.get());
        const Plan now = plan(repository, QStringLiteral("starter"));
        if (!PlanFields::diff(now.fields, m_starter).isEmpty())
            wait(repository.updatePlan(
                QStringLiteral("starter"), now.version, m_starter, QStringLiteral("test restore")));
        wait(LimitsPusher(m_pg.get(), m_redis.get()).push());
        for (const QString& name : std::as_const(m_logins)) {
            sql(QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {name});
            sql(QStringLiteral("DROP ROLE IF EXISTS ") + name);
        }
    }

    void savingBumpsTheVersionAuditsAndPushes()
    {
        PlanRepository repository(m_pg.get());
        const Plan before = plan(repository, QStringLiteral("starter"));
        const qint64 auditBefore
            = sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'plan.update'")).scalar().toLongLong();
        const QJsonObject changes{{QStringLiteral("included_tokens"), 2750000},
                                  {QStringLiteral("overage_per_1k"), QStringLiteral("0.04")},
                                  {QStringLiteral("monthly_runs"), QJsonValue(QJsonValue::Null)}};
        const auto saved = wait(repository.updatePlan(
            QStringLiteral("starter"), before.version, changes, QStringLiteral("pricing review")));
        QVERIFY2(saved.ok(), qPrintable(saved.error));
        QCOMPARE(saved.value.version, before.version + 1);
        QCOMPARE(saved.value.affectedTenants, before.tenants);
        const Plan after = plan(repository, QStringLiteral("starter"));
        QCOMPARE(after.fields.value(QStringLiteral("included_tokens")).toInteger(), 2750000);
        QCOMPARE(after.fields.value(QStringLiteral("overage_per_1k")).toString(), QStringLiteral("0.04"));
        QVERIFY(after.fields.value(QStringLiteral("monthly_runs")).isNull()); // unlimited, explicitly
        QCOMPARE(after.updatedBy, TestServers::adminProfile().pg.user);
        const PgResult audit
            = sql(QStringLiteral("SELECT before->>'included_tokens', after->>'included_tokens', reason "
                                 "FROM audit_log WHERE action = 'plan.update' ORDER BY id DESC LIMIT 1"));
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'plan.update'")).scalar().toLongLong(),
            auditBefore + 1);
        QCOMPARE(audit.rows.first().at(0).toString(),
                 before.fields.value(QStringLiteral("included_tokens")).toVariant().toString());
        QCOMPARE(audit.rows.first().at(1).toString(), QStringLiteral("2750000"));
        QCOMPARE(audit.rows.first().at(2).toString(), QStringLiteral("pricing review"));
        // Every tenant of the plan waits for its Redis push, visibly; the push clears them.
        QCOMPARE(wait(repository.pushState()).value.pendingTenants, before.tenants);
        const auto pushed = wait(LimitsPusher(m_pg.get(), m_redis.get()).push());
        QVERIFY2(pushed.ok(), qPrintable(pushed.error));
        QCOMPARE(pushed.value.pushed, before.tenants);
        QCOMPARE(wait(repository.pushState()).value.pendingTenants, 0);
        compareRedisWithPostgres(QStringLiteral("starter"));
    }

    void aConcurrentEditIsRefusedAndNothingIsLost()
    {
        auto other = TestServers::adminPg();
        PlanRepository mine(m_pg.get());
        PlanRepository theirs(other.get());
        const Plan start = plan(mine, QStringLiteral("starter"));
        // Both editors opened version N; theirs saves first.
        const auto first = wait(theirs.updatePlan(QStringLiteral("starter"),
                                                  start.version,
                                                  {{QStringLiteral("max_concurrent"), 3}},
                                                  QStringLiteral("their edit")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        const auto second = wait(mine.updatePlan(QStringLiteral("starter"),
                                                 start.version,
                                                 {{QStringLiteral("max_concurrent"), 4}},
                                                 QStringLiteral("my edit")));
        QVERIFY(!second.ok());
        QVERIFY(second.value.conflict);
        QVERIFY2(second.error.contains(QLatin1String("was changed by")), qPrintable(second.error));
        QVERIFY2(second.error.contains(QStringLiteral("version %1").arg(start.version + 1)), qPrintable(second.error));
        const Plan now = plan(mine, QStringLiteral("starter"));
        QCOMPARE(now.fields.value(QStringLiteral("max_concurrent")).toInteger(), 3); // theirs stands
        QCOMPARE(now.version, start.version + 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE reason = 'my edit' AND id > ?"), {m_auditStart})
                .scalar()
                .toInt(),
            0);
        // Reloaded, the same edit goes through.
        QVERIFY(wait(mine.updatePlan(QStringLiteral("starter"),
                                     now.version,
                                     {{QStringLiteral("max_concurrent"), 4}},
                                     QStringLiteral("my edit, again")))
                    .ok());
    }

    void theServerRefusesBadValuesAndChangesNothing_data()
    {
        QTest::addColumn<QString>("changes");
        QTest::addColumn<QString>("named");
        QTest::newRow("negative limit") << "{\"included_tokens\": -5}"
                                        << "included_tokens";
        QTest::newRow("zero concurrency") << "{\"max_concurrent\": 0}"
                                          << "max_concurrent";
        QTest::newRow("fraction") << "{\"monthly_runs\": 1.5}"
                                  << "monthly_runs";
        QTest::newRow("text limit") << "{\"tokens_per_minute\": \"lots\"}"
                                    << "tokens_per_minute";
        QTest::newRow("sub-cent price") << "{\"overage_per_1k\": \"0.015\"}"
                                        << "overage_per_1k";
        QTest::newRow("negative price") << "{\"base_price\": -1}"
                                        << "base_price";
        QTest::newRow("not money") << "{\"base_price\": \"free\"}"
                                   << "base_price";
        QTest::newRow("unknown model") << "{\"allowed_models\": [\"gpt-4o-mini\", \"gpt-99\"]}"
                                       << "gpt-99";
        QTest::newRow("models not a list") << "{\"allowed_models\": \"gpt-4o\"}"
                                           << "allowed_models";
        QTest::newRow("unknown field") << "{\"discount\": 10}"
                                       << "discount";
        QTest::newRow("nothing") << "{}"
                                 << "nothing to change";
    }

    void theServerRefusesBadValuesAndChangesNothing()
    {
        QFETCH(QString, changes);
        QFETCH(QString, named);
        PlanRepository repository(m_pg.get());
        const Plan before = plan(repository, QStringLiteral("starter"));
        // Straight to the server function, past our own validation: the server is the last word.
        const PgResult refused = sql(QStringLiteral("SELECT plan_update('starter', ?, ?::jsonb, 'bad value test')"),
                                     {before.version, changes});
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(named), qPrintable(refused.error));
        QCOMPARE(plan(repository, QStringLiteral("starter")).version, before.version);
        // Our own validation names the same field before any round trip.
        const QJsonObject parsed = QJsonDocument::fromJson(changes.toUtf8()).object();
        if (!parsed.isEmpty() && named != QLatin1String("gpt-99"))
            QVERIFY(!PlanRepository::validateChanges(parsed, false, {}).isEmpty());
    }

    void theAuditRecordIsInTheSameTransaction()
    {
        // A failure after the update (the audit insert refuses) must leave neither the change nor a record.
        QVERIFY(sql(QStringLiteral("CREATE FUNCTION pg_temp.refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                                   "$$BEGIN IF NEW.reason = 'force a failure' THEN RAISE EXCEPTION 'forced'; END IF; "
                                   "RETURN NEW; END$$"))
                    .ok());
        QVERIFY(sql(QStringLiteral("CREATE TRIGGER ts_test_refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW "
                                   "EXECUTE FUNCTION pg_temp.refuse_audit()"))
                    .ok());
        PlanRepository repository(m_pg.get());
        const Plan before = plan(repository, QStringLiteral("starter"));
        const qint64 pending = wait(repository.pushState()).value.pendingTenants;
        const auto failed = wait(repository.updatePlan(QStringLiteral("starter"),
                                                       before.version,
                                                       {{QStringLiteral("included_tokens"), 1234567}},
                                                       QStringLiteral("force a failure")));
        sql(QStringLiteral("DROP TRIGGER ts_test_refuse_audit ON audit_log"));
        QVERIFY(!failed.ok());
        const Plan after = plan(repository, QStringLiteral("starter"));
        QCOMPARE(after.version, before.version);
        QCOMPARE(after.fields.value(QStringLiteral("included_tokens")),
                 before.fields.value(QStringLiteral("included_tokens")));
        QCOMPARE(wait(repository.pushState()).value.pendingTenants, pending);
    }

    void redisDownLeavesTheTenantsVisiblyPending()
    {
        PlanRepository repository(m_pg.get());
        const Plan before = plan(repository, QStringLiteral("starter"));
        QVERIFY(wait(repository.updatePlan(QStringLiteral("starter"),
                                           before.version,
                                           {{QStringLiteral("included_tokens"), 2600000}},
                                           QStringLiteral("redis down test")))
                    .ok());
        RedisConfig config = TestServers::adminProfile().redis;
        config.port = 1;
        config.connectTimeoutMs = 500;
        RedisClient gone(config, QStringLiteral("x"));
        gone.connectToServer();
        const auto failed = wait(LimitsPusher(m_pg.get(), &gone).push());
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error.contains(QLatin1String("pending")), qPrintable(failed.error));
        const PushState stale = wait(repository.pushState()).value;
        QCOMPARE(stale.pendingTenants, before.tenants);
        QVERIFY(stale.oldest.isValid());
        // Redis back: the push completes it, and Redis equals PostgreSQL.
        QVERIFY(wait(LimitsPusher(m_pg.get(), m_redis.get()).push()).ok());
        QCOMPARE(wait(repository.pushState()).value.pendingTenants, 0);
        compareRedisWithPostgres(QStringLiteral("starter"));
    }

    // The operations layer: one call saves and pushes; with Redis gone the save stands and says so.
    void planOperationSavesThenPushes()
    {
        PlanRepository repository(m_pg.get());
        LimitsPusher pusher(m_pg.get(), m_redis.get());
        PlanOperations operations(&repository, &pusher, m_redis.get());
        Plan before = plan(repository, QStringLiteral("starter"));
        const qint64 included = before.fields.value(QStringLiteral("included_tokens")).toInteger() + 1000;
        const auto change = wait(operations
                                     .savePlan(QStringLiteral("starter"),
                                               before.version,
                                               {{QStringLiteral("included_tokens"), double(included)}},
                                               QStringLiteral("operations test"))
                                     .done);
        QVERIFY2(change.ok(), qPrintable(change.error));
        QCOMPARE(change.value.saved.version, before.version + 1);
        QVERIFY2(change.value.pushed(), qPrintable(change.value.pushError));
        QCOMPARE(change.value.pushedTenants, before.tenants);
        QCOMPARE(wait(repository.pushState()).value.pendingTenants, 0);
        compareRedisWithPostgres(QStringLiteral("starter"));

        // A stale version is refused before anything is pushed, and says it is a conflict.
        const auto stale = wait(operations
                                    .savePlan(QStringLiteral("starter"),
                                              before.version,
                                              {{QStringLiteral("included_tokens"), double(included + 1)}},
                                              QStringLiteral("stale editor"))
                                    .done);
        QVERIFY(!stale.ok());
        QVERIFY(stale.value.saved.conflict);

        RedisConfig config = TestServers::adminProfile().redis;
        config.port = 1;
        config.connectTimeoutMs = 500;
        RedisClient gone(config, QStringLiteral("x"));
        gone.connectToServer();
        LimitsPusher offline(m_pg.get(), &gone);
        PlanOperations withoutRedis(&repository, &offline, &gone);
        before = plan(repository, QStringLiteral("starter"));
        const auto saved = wait(withoutRedis
                                    .savePlan(QStringLiteral("starter"),
                                              before.version,
                                              {{QStringLiteral("included_tokens"), double(included + 2)}},
                                              QStringLiteral("redis down"))
                                    .done);
        QVERIFY2(saved.ok(), qPrintable(saved.error)); // the save is the change
        QVERIFY(!saved.value.pushed());
        QVERIFY2(saved.value.pushError.contains(QLatin1String("pending")), qPrintable(saved.value.pushError));
        QCOMPARE(wait(repository.pushState()).value.pendingTenants, before.tenants);
        QVERIFY(wait(operations.pushLimits()).ok());
        compareRedisWithPostgres(QStringLiteral("starter"));
    }

    void mergeOverrideKeepsWhatItDoesNotName()
    {
        const QString tenant
            = sql(QStringLiteral("SELECT id::text FROM tenants WHERE plan_id = 'starter' AND id NOT IN "
                                 "(SELECT tenant_id FROM tenant_limit_overrides) ORDER BY id DESC LIMIT 1"))
                  .scalar()
                  .toString();
        PlanRepository repository(m_pg.get());
        LimitsPusher pusher(m_pg.get(), m_redis.get());
        PlanOperations operations(&repository, &pusher, m_redis.get());
        const QDateTime until = QDateTime::currentDateTimeUtc().addDays(3).addMSecs(0);
        auto first = wait(operations.mergeOverride(
            tenant, {{QStringLiteral("max_concurrent"), 20}}, until, QStringLiteral("launch week")));
        QVERIFY2(first.ok(), qPrintable(first.error));
        QVERIFY(first.value.pushed());
        // A second change names another field only: the first stays, and so does the expiry.
        auto second = wait(operations.mergeOverride(
            tenant, {{QStringLiteral("requests_per_minute"), 900}}, {}, QStringLiteral("more requests")));
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(sql(QStringLiteral("SELECT max_concurrent || ' ' || requests_per_minute || ' ' || "
                                    "(expires_at > now() + interval '2 days') FROM tenant_limit_overrides "
                                    "WHERE tenant_id = ?::uuid"),
                     {tenant})
                     .scalar()
                     .toString(),
                 QStringLiteral("20 900 true"));
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", RedisKeys::limits(tenant), "max_concurrent"}).text,
                 QByteArray("20"));
        // Dropping every field ("plan") removes the override, and Redis follows the plan again.
        auto cleared = wait(operations.mergeOverride(tenant,
                                                     {{QStringLiteral("max_concurrent"), QJsonValue::Null},
                                                      {QStringLiteral("requests_per_minute"), QJsonValue::Null}},
                                                     {},
                                                     QStringLiteral("back to the plan")));
        QVERIFY2(cleared.ok(), qPrintable(cleared.error));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM tenant_limit_overrides WHERE tenant_id = ?::uuid"), {tenant})
                     .scalar()
                     .toInt(),
                 0);
        QCOMPARE(
            TestServers::redis(m_redis.get(), {"HGET", RedisKeys::limits(tenant), "max_concurrent"}).text,
            sql(QStringLiteral("SELECT max_concurrent::text FROM plans WHERE id = 'starter'")).scalar().toByteArray());
    }

    void overridesHaveVersionsExpiriesAndAPush()
    {
        const QString tenant
            = sql(QStringLiteral("SELECT id::text FROM tenants WHERE plan_id = 'starter' AND id NOT IN "
                                 "(SELECT tenant_id FROM tenant_limit_overrides) ORDER BY id LIMIT 1"))
                  .scalar()
                  .toString();
        PlanRepository repository(m_pg.get());
        const QDateTime week = QDateTime::currentDateTimeUtc().addDays(7);
        const auto set = wait(repository.setOverride(
            tenant, std::nullopt, {{QStringLiteral("included_tokens"), 9000000}}, week, QStringLiteral("launch week")));
        QVERIFY2(set.ok(), qPrintable(set.error));
        QCOMPARE(sql(QStringLiteral("SELECT included_tokens FROM tenant_effective_limits WHERE tenant_id = ?::uuid"),
                     {tenant})
                     .scalar()
                     .toLongLong(),
                 9000000);
        // Someone who saw no override cannot create one over it.
        const auto stale = wait(repository.setOverride(
            tenant, std::nullopt, {{QStringLiteral("max_concurrent"), 9}}, {}, QStringLiteral("second editor")));
        QVERIFY(!stale.ok());
        QVERIFY(stale.value.conflict);
        QVERIFY(wait(LimitsPusher(m_pg.get(), m_redis.get()).push({tenant})).ok());
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", RedisKeys::limits(tenant), "included_tokens"}).text,
                 QByteArray("9000000"));
        // An expired override no longer counts.
        sql(QStringLiteral(
                "UPDATE tenant_limit_overrides SET expires_at = now() - interval '1 second' WHERE tenant_id = ?::uuid"),
            {tenant});
        QVERIFY(sql(QStringLiteral("SELECT included_tokens FROM tenant_effective_limits WHERE tenant_id = ?::uuid"),
                    {tenant})
                    .scalar()
                    .toLongLong()
                != 9000000);
        QVERIFY(wait(repository.clearOverride(tenant, set.value.version, QStringLiteral("launch over"))).ok());
        QVERIFY(wait(LimitsPusher(m_pg.get(), m_redis.get()).push()).ok());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = ? AND action LIKE 'override.%' "
                                    "AND id > ?"),
                     {tenant, m_auditStart})
                     .scalar()
                     .toInt(),
                 2);
    }

    void rolesDecideWhoEditsWhat()
    {
        const QString tenant
            = sql(QStringLiteral("SELECT id::text FROM tenants ORDER BY id LIMIT 1")).scalar().toString();
        auto tenantAdmin = login(QStringLiteral("tenant_admin"), tenant);
        auto finance = login(QStringLiteral("finance"));
        auto support = login(QStringLiteral("support"));
        QVERIFY(tenantAdmin && finance && support);

        // A tenant admin reads its plan and limits, and changes nothing.
        PlanRepository asTenant(tenantAdmin.get());
        const auto plans = wait(asTenant.plans());
        QVERIFY2(plans.ok(), qPrintable(plans.error));
        QVERIFY(!plans.value.isEmpty());
        QCOMPARE(TestServers::exec(tenantAdmin.get(), QStringLiteral("SELECT count(*) FROM tenant_effective_limits"))
                     .scalar()
                     .toInt(),
                 1);
        const Plan starter = plan(asTenant, QStringLiteral("starter"));
        QVERIFY(!wait(asTenant.updatePlan(QStringLiteral("starter"),
                                          starter.version,
                                          {{QStringLiteral("max_concurrent"), 50}},
                                          QStringLiteral("tenant admin try")))
                     .ok());
        QVERIFY(!wait(asTenant.setOverride(tenant,
                                           std::nullopt,
                                           {{QStringLiteral("max_concurrent"), 50}},
                                           {},
                                           QStringLiteral("tenant admin try")))
                     .ok());
        QVERIFY(!TestServers::exec(tenantAdmin.get(), QStringLiteral("UPDATE plans SET max_concurrent = 50")).ok());

        // Support raises one tenant's limit, but does not change plans; finance the other way round.
        PlanRepository asSupport(support.get());
        QVERIFY(!wait(asSupport.updatePlan(QStringLiteral("starter"),
                                           starter.version,
                                           {{QStringLiteral("max_concurrent"), 50}},
                                           QStringLiteral("support try")))
                     .ok());
        std::optional<int> existing;
        for (const LimitOverride& o : wait(asSupport.overrides()).value)
            if (o.tenantId == tenant)
                existing = o.version;
        const auto raised = wait(asSupport.setOverride(
            tenant, existing, {{QStringLiteral("max_concurrent"), 20}}, {}, QStringLiteral("ticket 99")));
        QVERIFY2(raised.ok(), qPrintable(raised.error));
        QVERIFY(wait(asSupport.clearOverride(tenant, raised.value.version, QStringLiteral("ticket 99 closed"))).ok());
        PlanRepository asFinance(finance.get());
        QVERIFY(
            !wait(
                 asFinance.setOverride(
                     tenant, std::nullopt, {{QStringLiteral("max_concurrent"), 20}}, {}, QStringLiteral("finance try")))
                 .ok());
        const auto priced = wait(asFinance.updatePlan(QStringLiteral("starter"),
                                                      starter.version,
                                                      {{QStringLiteral("base_price"), QStringLiteral("59.00")}},
                                                      QStringLiteral("finance pricing")));
        QVERIFY2(priced.ok(), qPrintable(priced.error));
        QCOMPARE(sql(QStringLiteral("SELECT actor FROM audit_log WHERE reason = 'finance pricing' AND id > ?"),
                     {m_auditStart})
                     .scalar()
                     .toString(),
                 m_logins.at(1));
    }
};

QTEST_GUILESS_MAIN(TestPlans)
#include "TestPlans.moc"
