#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/platform/MigrationRunner.h>
#include <net/PgSession.h>

#include <QRandomGenerator>
#include <QTest>

// Migrations on a database of their own, created and dropped by this test.
class TestMigrations : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<PgSession> m_db;
    QString m_dbName;

    MigrationReport migrate(PgSession* session, const QList<Migration>& migrations = MigrationRunner::bundled())
    {
        auto future = MigrationRunner::run(session, migrations);
        if (!awaitFuture(future, 120000))
            return MigrationReport{QStringLiteral("timed out"), {}, 0};
        return future.result();
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_dbName = QStringLiteral("ts_migrations_%1").arg(QRandomGenerator::global()->bounded(1000000));
        // An identifier cannot be bound; this one is ours (fixed prefix and digits).
        QVERIFY(TestServers::exec(m_admin.get(), QStringLiteral("CREATE DATABASE ") + m_dbName).ok());
        PgConfig config = TestServers::adminProfile().pg;
        config.database = m_dbName;
        m_db = std::make_unique<PgSession>(config, TestServers::adminSecrets().pgPassword);
        m_db->open();
    }

    void cleanupTestCase()
    {
        m_db.reset();
        if (m_admin && !m_dbName.isEmpty())
            TestServers::exec(m_admin.get(),
                              QStringLiteral("DROP DATABASE IF EXISTS ") + m_dbName + QStringLiteral(" WITH (FORCE)"));
    }

    void appliesEverythingOnAFreshDatabase()
    {
        const MigrationReport report = migrate(m_db.get());
        QVERIFY2(report.ok(), qPrintable(report.error));
        QCOMPARE(report.applied.size(), MigrationRunner::bundled().size());
        QCOMPARE(report.alreadyApplied, 0);
        const PgResult tables
            = TestServers::exec(m_db.get(),
                                QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' "
                                               "AND tablename = ANY (?::text[])"),
                                {QStringLiteral("{plans,tenants,tenant_limit_overrides,tenant_members,"
                                                "model_prices,usage_daily,usage_monthly,workflows,executions,"
                                                "execution_nodes,quota_alerts,audit_log,sealed_provider_keys,"
                                                "platform_settings}")});
        QCOMPARE(tables.scalar().toInt(), 14);
    }

    void secondRunIsANoOp()
    {
        const MigrationReport report = migrate(m_db.get());
        QVERIFY2(report.ok(), qPrintable(report.error));
        QVERIFY(report.applied.isEmpty());
        QCOMPARE(report.alreadyApplied, MigrationRunner::bundled().size());
    }

    void changedMigrationIsRefused()
    {
        auto migrations = MigrationRunner::bundled();
        migrations[0].checksum = QByteArray(64, 'a');
        const MigrationReport report = migrate(m_db.get(), migrations);
        QVERIFY(!report.ok());
        QVERIFY2(report.error.contains(QLatin1String("changed after it was applied")), qPrintable(report.error));
    }

    void failedMigrationLeavesNothingBehind()
    {
        auto migrations = MigrationRunner::bundled();
        migrations.append({99,
                           QStringLiteral("099_broken.sql"),
                           QStringLiteral("CREATE TABLE half_done (id int); SELECT no_such_function();"),
                           QByteArray(64, 'b')});
        const MigrationReport report = migrate(m_db.get(), migrations);
        QVERIFY(!report.ok());
        QVERIFY(report.error.contains(QLatin1String("rolled back")));
        QVERIFY(
            TestServers::exec(m_db.get(), QStringLiteral("SELECT to_regclass('half_done') IS NULL")).scalar().toBool());
        QCOMPARE(
            TestServers::exec(m_db.get(), QStringLiteral("SELECT count(*) FROM schema_migrations WHERE version = 99"))
                .scalar()
                .toInt(),
            0);
    }

    void everyTenantScopedTableHasRowLevelSecurity()
    {
        const PgResult result = TestServers::exec(
            m_db.get(),
            QStringLiteral("SELECT c.relname FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid "
                           "WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') "
                           "AND NOT c.relispartition AND a.attname = 'tenant_id' AND NOT c.relrowsecurity"));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QStringList unprotected;
        for (const auto& row : result.rows)
            unprotected << row.first().toString();
        QVERIFY2(unprotected.isEmpty(), qPrintable(unprotected.join(u',')));
    }

    void auditLogIsAppendOnlyEvenForTheOwner()
    {
        const PgResult written = TestServers::exec(
            m_db.get(),
            QStringLiteral(
                "SELECT audit_write(NULL, 'test.append', 'test', '1', NULL, '{\"a\": 1}'::jsonb, 'migration test')"));
        QVERIFY2(written.ok(), qPrintable(written.error));
        for (const QString& sql : {QStringLiteral("UPDATE audit_log SET reason = 'changed'"),
                                   QStringLiteral("DELETE FROM audit_log"),
                                   QStringLiteral("TRUNCATE audit_log")}) {
            const PgResult refused = TestServers::exec(m_db.get(), sql);
            QVERIFY2(!refused.ok(), qPrintable(sql));
            QVERIFY2(refused.error.contains(QLatin1String("append-only")), qPrintable(refused.error));
        }
        QCOMPARE(TestServers::exec(m_db.get(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE reason = 'migration test'"))
                     .scalar()
                     .toInt(),
                 1);
    }

    void usagePartitionsAreCreatedPerMonth()
    {
        const PgResult created = TestServers::exec(
            m_db.get(), QStringLiteral("SELECT ensure_usage_partitions('2026-01-15', '2026-03-02')"));
        QVERIFY2(created.ok(), qPrintable(created.error));
        QCOMPARE(created.scalar().toInt(), 3);
        QCOMPARE(
            TestServers::exec(m_db.get(), QStringLiteral("SELECT ensure_usage_partitions('2026-01-15', '2026-03-02')"))
                .scalar()
                .toInt(),
            0);
        // A UTC month boundary lands in the right partition.
        QVERIFY(
            TestServers::exec(m_db.get(),
                              QStringLiteral("INSERT INTO usage_events (tenant_id, ts, model, provider, prompt_tokens, "
                                             "completion_tokens, cost_usd) VALUES (gen_random_uuid(), "
                                             "'2026-02-01 00:00:00+00', 'm', 'openai', 1, 1, 0)"))
                .ok());
        QCOMPARE(
            TestServers::exec(m_db.get(), QStringLiteral("SELECT count(*) FROM usage_events_2026_02")).scalar().toInt(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "TestMigrations.moc"
