#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/executions/ExecutionRepository.h>
#include <models/operations/TraceOperations.h>
#include <net/PgSession.h>

#include <QTest>

// Executions, filtered and paged on the server, and one execution with its nodes; checked against SQL
// of the test's own, and against row-level security.
class TestExecutions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    QStringList m_logins;

    template <typename T> T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 60000))
            qFatal("timed out");
        return future.result();
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
    }

    void cleanupTestCase()
    {
        for (const QString& login : std::as_const(m_logins)) {
            TestServers::exec(m_pg.get(), QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {login});
            TestServers::exec(m_pg.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login);
        }
    }

    void filtersByStatusAndErrorText()
    {
        ExecutionRepository repository(m_pg.get());
        ExecutionRepository::Filter filter;
        filter.status = QStringLiteral("failed");
        filter.errorText = QStringLiteral("too many REQUESTS"); // case-insensitive substring
        filter.limit = 1000;
        const auto rows = wait(repository.list(filter));
        QVERIFY2(rows.ok(), qPrintable(rows.error));
        const qint64 expected
            = TestServers::exec(m_pg.get(),
                                QStringLiteral("SELECT count(*) FROM executions WHERE status = 'failed' "
                                               "AND position('too many requests' in lower(error_message)) > 0"))
                  .scalar()
                  .toLongLong();
        QVERIFY(expected > 0);
        QCOMPARE(rows.value.size(), expected);
        for (const ExecutionSummary& e : rows.value) {
            QCOMPARE(e.status, QStringLiteral("failed"));
            QVERIFY(e.errorMessage.contains(QLatin1String("Too Many Requests")));
        }
        for (int i = 1; i < rows.value.size(); ++i)
            QVERIFY(rows.value.at(i - 1).createdAt >= rows.value.at(i).createdAt); // newest first
    }

    void wildcardsAndQuotesAreLiteral()
    {
        ExecutionRepository repository(m_pg.get());
        ExecutionRepository::Filter filter;
        filter.limit = 1000;
        for (const QString& hostile :
             {QStringLiteral("%"), QStringLiteral("_"), QStringLiteral("'; DROP TABLE executions; --")}) {
            filter.errorText = hostile;
            const auto rows = wait(repository.list(filter));
            QVERIFY2(rows.ok(), qPrintable(rows.error));
            const qint64 expected
                = TestServers::exec(
                      m_pg.get(),
                      QStringLiteral("SELECT count(*) FROM executions WHERE position(? in error_message) > 0"),
                      {hostile})
                      .scalar()
                      .toLongLong();
            QCOMPARE(rows.value.size(), std::min<qint64>(expected, 1000));
        }
        QVERIFY(TestServers::exec(m_pg.get(), QStringLiteral("SELECT count(*) FROM executions")).scalar().toLongLong()
                > 0);
    }

    void keysetPagesAddUp()
    {
        ExecutionRepository repository(m_pg.get());
        ExecutionRepository::Filter filter;
        filter.limit = 100;
        const auto whole = wait(repository.list(filter));
        filter.limit = 50;
        const auto first = wait(repository.list(filter));
        filter.beforeCursor = first.value.last().cursor;
        filter.beforeId = first.value.last().id;
        const auto second = wait(repository.list(filter));
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(first.value.size() + second.value.size(), whole.value.size());
        for (int i = 0; i < 50; ++i) {
            QCOMPARE(first.value.at(i).id, whole.value.at(i).id);
            QCOMPARE(second.value.at(i).id, whole.value.at(50 + i).id);
        }
    }

    void showHasTheNodesAndTheFailure()
    {
        const QString id
            = TestServers::exec(m_pg.get(),
                                QStringLiteral("SELECT id::text FROM executions WHERE status = 'failed' LIMIT 1"))
                  .scalar()
                  .toString();
        ExecutionRepository repository(m_pg.get());
        const auto detail = wait(repository.detail(id));
        QVERIFY2(detail.ok(), qPrintable(detail.error));
        const qint64 nodes
            = TestServers::exec(
                  m_pg.get(), QStringLiteral("SELECT count(*) FROM execution_nodes WHERE execution_id = ?::uuid"), {id})
                  .scalar()
                  .toLongLong();
        QCOMPARE(detail.value.nodes.size(), nodes);
        for (int i = 0; i < detail.value.nodes.size(); ++i)
            QCOMPARE(detail.value.nodes.at(i).seq, i + 1);
        const ExecutionNode& failed = detail.value.nodes.last();
        QCOMPARE(failed.status, QStringLiteral("failed"));
        QCOMPARE(failed.errorCode, detail.value.summary.errorCode);
        QVERIFY(failed.errorStack.contains(QLatin1String("    at ")));
        QVERIFY(detail.value.nodes.first().input.startsWith(u'{')); // JSON text, as stored
        const auto missing = wait(repository.detail(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(missing.error.contains(QLatin1String("not found")));
        QVERIFY(
            wait(repository.detail(QStringLiteral("1 OR 1=1"))).error.contains(QLatin1String("not an execution id")));
    }

    void badFiltersAreRefusedBeforeTheServer()
    {
        ExecutionRepository::Filter filter;
        filter.status = QStringLiteral("exploded");
        QVERIFY(filter.validate().contains(QLatin1String("Unknown status")));
        filter.status.clear();
        filter.tenantId = QStringLiteral("acme");
        QVERIFY(filter.validate().contains(QLatin1String("not a tenant id")));
    }

    void tenantAdminSeesOnlyItsExecutions()
    {
        const PgResult two
            = TestServers::exec(m_pg.get(),
                                QStringLiteral("SELECT tenant_id::text, count(*) FROM executions GROUP BY 1 "
                                               "ORDER BY 2 DESC LIMIT 2"));
        QCOMPARE(two.rows.size(), 2);
        const QString own = two.rows.at(0).at(0).toString();
        const QString other = two.rows.at(1).at(0).toString();
        const QString password = TestServers::randomSecret();
        const QString login = TestServers::createLogin(
            m_pg.get(), QStringLiteral("ts_test_exec"), QStringLiteral("tenant_admin"), password);
        QVERIFY(!login.isEmpty());
        m_logins << login;
        QVERIFY(TestServers::exec(m_pg.get(),
                                  QStringLiteral("INSERT INTO tenant_members (tenant_id, db_role) VALUES (?::uuid, ?)"),
                                  {own, login})
                    .ok());
        PgConfig config = TestServers::adminProfile().pg;
        config.user = login;
        PgSession pg(config, password);
        pg.open();
        ExecutionRepository repository(&pg);
        ExecutionRepository::Filter filter;
        filter.limit = 1000;
        const auto rows = wait(repository.list(filter));
        QVERIFY2(rows.ok(), qPrintable(rows.error));
        QCOMPARE(rows.value.size(), std::min<qint64>(two.rows.at(0).at(1).toLongLong(), 1000));
        for (const ExecutionSummary& e : rows.value)
            QCOMPARE(e.tenantId, own);
        filter.tenantId = other; // asking explicitly for another tenant changes nothing
        QVERIFY(wait(repository.list(filter)).value.isEmpty());
        const QString foreign
            = TestServers::exec(m_pg.get(),
                                QStringLiteral("SELECT id::text FROM executions WHERE tenant_id = ?::uuid LIMIT 1"),
                                {other})
                  .scalar()
                  .toString();
        QVERIFY(wait(repository.detail(foreign)).error.contains(QLatin1String("not permitted")));
        // A compare needs both runs: one of a tenant the login may not see is refused, in either place.
        const QString mine
            = TestServers::exec(m_pg.get(),
                                QStringLiteral("SELECT id::text FROM executions WHERE tenant_id = ?::uuid LIMIT 1"),
                                {own})
                  .scalar()
                  .toString();
        TraceOperations traces(&repository);
        for (const auto& [first, second] : {std::pair{mine, foreign}, std::pair{foreign, mine}}) {
            const auto compared = wait(traces.compare(first, second));
            QVERIFY2(compared.error.contains(foreign) && compared.error.contains(QLatin1String("not permitted")),
                     qPrintable(compared.error));
        }
        const auto own2 = wait(traces.compare(mine, mine));
        QVERIFY2(own2.ok(), qPrintable(own2.error));
        QCOMPARE(own2.value.comparison.changed, 0);
    }
};

QTEST_GUILESS_MAIN(TestExecutions)
#include "TestExecutions.moc"
