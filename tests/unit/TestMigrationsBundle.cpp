#include <models/platform/MigrationRunner.h>

#include <QTest>

class TestMigrationsBundle : public QObject
{
    Q_OBJECT

private slots:
    void numberedInOrderWithoutGaps()
    {
        const auto migrations = MigrationRunner::bundled();
        QVERIFY(migrations.size() >= 5);
        for (int i = 0; i < migrations.size(); ++i) {
            QCOMPARE(migrations.at(i).version, i + 1);
            QVERIFY(!migrations.at(i).sql.trimmed().isEmpty());
            QCOMPARE(migrations.at(i).checksum.size(), 64);
        }
    }

    void everyTenantScopedTableHasRowLevelSecurity()
    {
        QString all;
        for (const auto& migration : MigrationRunner::bundled())
            all += migration.sql;
        for (const char* table : {"tenants",
                                  "tenant_limit_overrides",
                                  "tenant_members",
                                  "usage_events",
                                  "usage_daily",
                                  "usage_monthly",
                                  "workflows",
                                  "executions",
                                  "execution_nodes",
                                  "quota_alerts",
                                  "audit_log",
                                  "sealed_provider_keys"}) {
            QVERIFY2(all.contains(QStringLiteral("CREATE TABLE %1 ").arg(QLatin1String(table))), table);
            QVERIFY2(all.contains(QStringLiteral("'%1'").arg(QLatin1String(table))), table); // in the RLS loop
        }
    }
};

QTEST_GUILESS_MAIN(TestMigrationsBundle)
#include "TestMigrationsBundle.moc"
