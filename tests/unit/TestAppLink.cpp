#include <models/platform/AppLink.h>

#include <QTest>

class TestAppLink : public QObject
{
    Q_OBJECT

private slots:
    void readsBothKinds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("id");
        const QString id = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        QTest::newRow("tenant") << QStringLiteral("tenantscope://tenant/") + id << int(AppLink::Kind::Tenant) << id;
        QTest::newRow("execution") << QStringLiteral("tenantscope://execution/") + id << int(AppLink::Kind::Execution)
                                   << id;
        QTest::newRow("upper case") << QStringLiteral("TenantScope://TENANT/") + id.toUpper()
                                    << int(AppLink::Kind::Tenant) << id;
        QTest::newRow("trailing slash") << QStringLiteral("tenantscope://execution/") + id + QLatin1Char('/')
                                        << int(AppLink::Kind::Execution) << id;
        QTest::newRow("spaces around (a paste)")
            << QStringLiteral("  tenantscope://tenant/") + id + QStringLiteral(" \n") << int(AppLink::Kind::Tenant)
            << id;
    }

    void readsBothKinds()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QString, id);
        QString error;
        const auto link = AppLink::parse(text, &error);
        QVERIFY2(link, qPrintable(error));
        QCOMPARE(int(link->kind), kind);
        QCOMPARE(link->id, id);
        // What "Copy link" writes reads back as the same link.
        const auto again = AppLink::parse(link->toString(), &error);
        QVERIFY(again);
        QCOMPARE(again->toString(), link->toString());
    }

    void refusesEverythingElse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        const QString id = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        QTest::newRow("other scheme") << QStringLiteral("https://tenant/") + id
                                      << QStringLiteral("Not a TenantScope link");
        QTest::newRow("empty") << QString() << QStringLiteral("Not a TenantScope link");
        QTest::newRow("unknown kind") << QStringLiteral("tenantscope://plan/") + id << QStringLiteral("not \"plan\"");
        QTest::newRow("no id") << QStringLiteral("tenantscope://tenant/") << QStringLiteral("UUID");
        QTest::newRow("not a uuid") << QStringLiteral("tenantscope://tenant/acme") << QStringLiteral("UUID");
        QTest::newRow("braced uuid") << QStringLiteral("tenantscope://tenant/{") + id + QLatin1Char('}')
                                     << QStringLiteral("Not a TenantScope link"); // braces are not URL characters
        QTest::newRow("two segments") << QStringLiteral("tenantscope://tenant/") + id + QStringLiteral("/x")
                                      << QStringLiteral("UUID");
        QTest::newRow("query") << QStringLiteral("tenantscope://tenant/") + id + QStringLiteral("?x=1")
                               << QStringLiteral("no user, port, query");
        QTest::newRow("user") << QStringLiteral("tenantscope://me@tenant/") + id << QStringLiteral("no user, port");
        QTest::newRow("port") << QStringLiteral("tenantscope://tenant:1/") + id << QStringLiteral("no user, port");
        QTest::newRow("script") << QStringLiteral("javascript:alert(1)") << QStringLiteral("Not a TenantScope link");
    }

    void refusesEverythingElse()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!AppLink::parse(text, &error));
        QVERIFY2(error.contains(says), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAppLink)
#include "TestAppLink.moc"
