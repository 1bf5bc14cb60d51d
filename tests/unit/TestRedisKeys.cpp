#include <models/platform/RedisKeys.h>
#include <models/tenants/TenantRepository.h>

#include <QTest>

class TestRedisKeys : public QObject
{
    Q_OBJECT

private slots:
    void contractLayout()
    {
        const QString t = QStringLiteral("6f1c0b8e-0000-4000-8000-000000000001");
        QCOMPARE(RedisKeys::usageDaily(t, QDate(2026, 3, 7)),
                 QByteArray("usage:6f1c0b8e-0000-4000-8000-000000000001:daily:2026-03-07"));
        QCOMPARE(RedisKeys::usageMonthly(t, QDate(2026, 3, 1)),
                 QByteArray("usage:6f1c0b8e-0000-4000-8000-000000000001:monthly:2026-03"));
        QCOMPARE(RedisKeys::usagePlatformDaily(QDate(2026, 3, 7)), QByteArray("usage:platform:daily:2026-03-07"));
        QCOMPARE(RedisKeys::rateLimitRequests(t),
                 QByteArray("rate_limit:6f1c0b8e-0000-4000-8000-000000000001:request"));
        QCOMPARE(RedisKeys::rateLimitTokens(t), QByteArray("rate_limit:6f1c0b8e-0000-4000-8000-000000000001:token"));
        QCOMPARE(RedisKeys::concurrent(t), QByteArray("concurrent:6f1c0b8e-0000-4000-8000-000000000001"));
        QCOMPARE(RedisKeys::quotaExceeded(t), QByteArray("quota_exceeded:6f1c0b8e-0000-4000-8000-000000000001"));
        QCOMPARE(RedisKeys::limits(t), QByteArray("limits:6f1c0b8e-0000-4000-8000-000000000001"));
        QCOMPARE(RedisKeys::bull(QStringLiteral("workflow-runs"), "wait"), QByteArray("bull:workflow-runs:wait"));
    }

    void tenantAdminAclCoversOnlyItsKeys()
    {
        const auto rules = RedisAcl::tenantAdminRules(QStringLiteral("abc"));
        QVERIFY(rules.contains("%R~usage:abc:*"));
        QVERIFY(rules.contains("-@all"));
        for (const QByteArray& rule : rules) {
            if (rule.contains('~'))
                QVERIFY2(rule.contains("abc"), rule.constData());
            QVERIFY2(rule != "+scan" && rule != "+keys", "tenant admins must not list key names");
        }
    }

    // Allowlists only: a category (+@read, +@connection, +@scripting) carries commands no role needs.
    void noRoleIsGrantedACategory()
    {
        for (const QList<QByteArray>& rules : {RedisAcl::tenantAdminRules(QStringLiteral("abc")),
                                               RedisAcl::supportRules(),
                                               RedisAcl::financeRules(),
                                               RedisAcl::platformAdminRules()}) {
            QVERIFY(rules.contains("-@all"));
            for (const QByteArray& rule : rules)
                QVERIFY2(!rule.startsWith("+@") && rule != "allcommands", rule.constData());
        }
    }

    void likePatternEscapesWildcards()
    {
        QCOMPARE(TenantRepository::likePattern(QStringLiteral("50%_off\\")), QStringLiteral("%50\\%\\_off\\\\%"));
    }
};

QTEST_GUILESS_MAIN(TestRedisKeys)
#include "TestRedisKeys.moc"
