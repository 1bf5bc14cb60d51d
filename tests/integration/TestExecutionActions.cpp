#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/executions/ExecutionActions.h>
#include <models/executions/ExecutionFeed.h>
#include <models/executions/ExecutionRepository.h>
#include <net/PgSession.h>

#include <QSignalSpy>
#include <QTest>

// Retry, resume and cancel through the platform's audited server functions, on executions of two tenants
// the test creates (and deletes): state rules, one retry only, checkpoints carried over, audit in the same
// transaction, role and tenant checks by the server, live notices, error groups and bulk actions.
class TestExecutionActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    QStringList m_logins;
    QString m_tenantA;
    QString m_tenantB;
    QString m_workflowA;
    QString m_workflowB;

    template <typename T> T wait(QFuture<T> future)
    {
        if (!awaitFuture(future, 60000))
            qFatal("timed out");
        return future.result();
    }

    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_pg.get(), statement, params);
        if (!result.ok())
            qWarning("%s: %s", qPrintable(statement), qPrintable(result.error));
        return result;
    }

    // A failed execution with three completed nodes and a failed fourth, or one in `status` without nodes.
    QString execution(const QString& tenant, const QString& workflow, const QString& status)
    {
        const bool failed = status == QLatin1String("failed");
        const QString id
            = sql(QStringLiteral(
                      "INSERT INTO executions (tenant_id, workflow_id, status, started_at, finished_at, error_code, "
                      "error_message, queue) VALUES (?::uuid, ?::uuid, ?, now() - interval '1 minute', "
                      "CASE WHEN ? IN ('failed', 'succeeded', 'cancelled') THEN now() END, ?, ?, 'workflow-runs') "
                      "RETURNING id::text"),
                  {tenant,
                   workflow,
                   status,
                   status,
                   failed ? QVariant(QStringLiteral("provider_429")) : QVariant(),
                   failed ? QVariant(QStringLiteral("429 Too Many Requests from the test, request 7731")) : QVariant()})
                  .scalar()
                  .toString();
        if (failed) {
            sql(QStringLiteral(
                    "INSERT INTO execution_nodes (execution_id, seq, tenant_id, node_key, node_type, status, "
                    "started_at, finished_at, model, prompt_tokens, completion_tokens, cost_usd, output, "
                    "error_code, error_message) "
                    "SELECT ?::uuid, s, ?::uuid, 'node_' || s, CASE WHEN s = 4 THEN 'llm' ELSE 'tool' END, "
                    "CASE WHEN s = 4 THEN 'failed' ELSE 'succeeded' END, now() - interval '50 seconds', now(), "
                    "CASE WHEN s = 4 THEN (SELECT model FROM model_prices WHERE provider = 'openai' LIMIT 1) END, "
                    "100, 10, 0.001, CASE WHEN s < 4 THEN jsonb_build_object('step', s) END, "
                    "CASE WHEN s = 4 THEN 'provider_429' END, CASE WHEN s = 4 THEN '429 from the test' END "
                    "FROM generate_series(1, 4) s"),
                {id, tenant});
        } else if (status == QLatin1String("running")) {
            sql(QStringLiteral("INSERT INTO execution_nodes (execution_id, seq, tenant_id, node_key, node_type, "
                               "status, started_at) VALUES (?::uuid, 1, ?::uuid, 'node_1', 'llm', 'running', now())"),
                {id, tenant});
        }
        return id;
    }

    std::unique_ptr<PgSession> login(const QString& role, const QString& tenant)
    {
        return TestServers::sessionOfNewLogin(m_pg.get(), QStringLiteral("ts_test_act"), role, tenant, &m_logins);
    }

    void removeTestTenants() { sql(QStringLiteral("DELETE FROM tenants WHERE slug LIKE 'ts-test-actions-%'")); }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        removeTestTenants();
        const QString plan = sql(QStringLiteral("SELECT id FROM plans ORDER BY id LIMIT 1")).scalar().toString();
        for (QString* tenant : {&m_tenantA, &m_tenantB}) {
            *tenant = sql(QStringLiteral("INSERT INTO tenants (slug, name, plan_id) VALUES ('ts-test-actions-' || "
                                         "substr(md5(random()::text), 1, 8), 'Actions test', ?) RETURNING id::text"),
                          {plan})
                          .scalar()
                          .toString();
            QVERIFY(!tenant->isEmpty());
        }
        m_workflowA = sql(QStringLiteral("INSERT INTO workflows (tenant_id, name) VALUES (?::uuid, 'Actions A') "
                                         "RETURNING id::text"),
                          {m_tenantA})
                          .scalar()
                          .toString();
        m_workflowB = sql(QStringLiteral("INSERT INTO workflows (tenant_id, name) VALUES (?::uuid, 'Actions B') "
                                         "RETURNING id::text"),
                          {m_tenantB})
                          .scalar()
                          .toString();
    }

    void cleanupTestCase()
    {
        removeTestTenants();
        for (const QString& name : std::as_const(m_logins)) {
            sql(QStringLiteral("DELETE FROM tenant_members WHERE db_role = ?"), {name});
            sql(QStringLiteral("DROP ROLE IF EXISTS ") + name);
        }
    }

    void retryQueuesANewExecutionOnceAndAuditsIt()
    {
        const QString failed = execution(m_tenantA, m_workflowA, QStringLiteral("failed"));
        ExecutionActions actions(m_pg.get());
        const auto retried = wait(actions.run(ExecutionActions::Kind::Retry, failed, QStringLiteral("customer asked")));
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        const PgResult fresh
            = sql(QStringLiteral("SELECT status, retry_of::text, resume_from, requested_by, (SELECT count(*) FROM "
                                 "execution_nodes WHERE execution_id = e.id) FROM executions e WHERE id = ?::uuid"),
                  {retried.value});
        QCOMPARE(fresh.rows.size(), 1);
        QCOMPARE(fresh.rows.first().at(0).toString(), QStringLiteral("queued"));
        QCOMPARE(fresh.rows.first().at(1).toString(), failed);
        QVERIFY(fresh.rows.first().at(2).isNull()); // from the start
        QCOMPARE(fresh.rows.first().at(3).toString(), TestServers::adminProfile().pg.user);
        QCOMPARE(fresh.rows.first().at(4).toInt(), 0);
        // The original keeps its trace.
        QCOMPARE(sql(QStringLiteral("SELECT status FROM executions WHERE id = ?::uuid"), {failed}).scalar().toString(),
                 QStringLiteral("failed"));
        const PgResult audit
            = sql(QStringLiteral("SELECT action, reason, actor, tenant_id::text, after->>'new_execution' "
                                 "FROM audit_log WHERE object_id = ? ORDER BY id"),
                  {failed});
        QCOMPARE(audit.rows.size(), 1);
        QCOMPARE(audit.rows.first().at(0).toString(), QStringLiteral("execution.retry"));
        QCOMPARE(audit.rows.first().at(1).toString(), QStringLiteral("customer asked"));
        QCOMPARE(audit.rows.first().at(3).toString(), m_tenantA);
        QCOMPARE(audit.rows.first().at(4).toString(), retried.value);

        // Whoever asks next, and however: refused, with who did it, and nothing written.
        const auto twice = wait(actions.run(ExecutionActions::Kind::Resume, failed, QStringLiteral("again please")));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error.contains(QLatin1String("already retried")), qPrintable(twice.error));
        QVERIFY2(twice.error.contains(retried.value), qPrintable(twice.error));
        QVERIFY2(!twice.error.contains(QLatin1String("CONTEXT")), qPrintable(twice.error));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = ?"), {failed}).scalar().toInt(),
                 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM executions WHERE retry_of = ?::uuid"), {failed}).scalar().toInt(),
            1);
    }

    void concurrentRetriesFromTwoSessionsRunOnce()
    {
        const QString failed = execution(m_tenantA, m_workflowA, QStringLiteral("failed"));
        auto other = TestServers::adminPg();
        ExecutionActions mine(m_pg.get());
        ExecutionActions theirs(other.get());
        auto first = mine.run(ExecutionActions::Kind::Retry, failed, QStringLiteral("race one"));
        auto second = theirs.run(ExecutionActions::Kind::Retry, failed, QStringLiteral("race two"));
        const auto a = wait(first);
        const auto b = wait(second);
        QCOMPARE(int(a.ok()) + int(b.ok()), 1);
        QCOMPARE(
            sql(QStringLiteral("SELECT count(*) FROM executions WHERE retry_of = ?::uuid"), {failed}).scalar().toInt(),
            1);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = ?"), {failed}).scalar().toInt(),
                 1);
    }

    void resumeCarriesCompletedCheckpointsOver()
    {
        const QString failed = execution(m_tenantA, m_workflowA, QStringLiteral("failed"));
        ExecutionActions actions(m_pg.get());
        const auto resumed = wait(actions.run(ExecutionActions::Kind::Resume, failed, QStringLiteral("provider back")));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error));
        ExecutionRepository repository(m_pg.get());
        const auto detail = wait(repository.detail(resumed.value));
        QVERIFY2(detail.ok(), qPrintable(detail.error));
        QCOMPARE(detail.value.summary.resumeFrom, 4);
        QCOMPARE(detail.value.summary.retryOf, failed);
        QCOMPARE(detail.value.nodes.size(), 3); // the failed node runs again; the three before it do not
        for (const ExecutionNode& node : detail.value.nodes) {
            QCOMPARE(node.status, QStringLiteral("succeeded"));
            QCOMPARE(node.output, QStringLiteral("{\"step\": %1}").arg(node.seq));
            QCOMPARE(node.promptTokens, 0); // not run, not paid again
        }
        QCOMPARE(sql(QStringLiteral("SELECT action FROM audit_log WHERE object_id = ?"), {failed}).scalar().toString(),
                 QStringLiteral("execution.resume"));
    }

    void cancelStopsRunningWorkAndRefusesFinishedWork()
    {
        const QString running = execution(m_tenantA, m_workflowA, QStringLiteral("running"));
        const QString done = execution(m_tenantA, m_workflowA, QStringLiteral("succeeded"));
        ExecutionActions actions(m_pg.get());
        const auto cancelled
            = wait(actions.run(ExecutionActions::Kind::Cancel, running, QStringLiteral("runaway loop")));
        QVERIFY2(cancelled.ok(), qPrintable(cancelled.error));
        QCOMPARE(cancelled.value, QStringLiteral("running"));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM executions WHERE id = ?::uuid"), {running}).scalar().toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM execution_nodes WHERE execution_id = ?::uuid"), {running})
                     .scalar()
                     .toString(),
                 QStringLiteral("cancelled"));
        const auto refused = wait(actions.run(ExecutionActions::Kind::Cancel, done, QStringLiteral("too late")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QLatin1String("succeeded already")), qPrintable(refused.error));
        QCOMPARE(sql(QStringLiteral("SELECT status FROM executions WHERE id = ?::uuid"), {done}).scalar().toString(),
                 QStringLiteral("succeeded"));
        // A cancelled execution can be retried; a succeeded one cannot.
        QVERIFY(wait(actions.run(ExecutionActions::Kind::Retry, running, QStringLiteral("try again"))).ok());
        QVERIFY(!wait(actions.run(ExecutionActions::Kind::Retry, done, QStringLiteral("try again"))).ok());
    }

    void badRequestsAreRefusedAndChangeNothing()
    {
        const QString failed = execution(m_tenantA, m_workflowA, QStringLiteral("failed"));
        ExecutionActions actions(m_pg.get());
        QVERIFY(!wait(actions.run(ExecutionActions::Kind::Retry, failed, QStringLiteral("  "))).ok());
        QVERIFY(!wait(actions.run(ExecutionActions::Kind::Retry,
                                  QStringLiteral("x'; DROP TABLE executions; --"),
                                  QStringLiteral("injection")))
                     .ok());
        // Checked by the server too, not only by our validation.
        const PgResult noReason
            = TestServers::exec(m_pg.get(), QStringLiteral("SELECT execution_retry(?::uuid, false, 'ab')"), {failed});
        QVERIFY(!noReason.ok());
        const auto vanished = wait(actions.run(ExecutionActions::Kind::Retry,
                                               QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                               QStringLiteral("gone")));
        QVERIFY(!vanished.ok());
        QVERIFY2(vanished.error.contains(QLatin1String("was not found")), qPrintable(vanished.error));
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_log WHERE object_id = ?"), {failed}).scalar().toInt(),
                 0);
    }

    void theServerChecksRolesAndTenants()
    {
        const QString ownFailed = execution(m_tenantA, m_workflowA, QStringLiteral("failed"));
        const QString otherFailed = execution(m_tenantB, m_workflowB, QStringLiteral("failed"));
        auto tenantAdmin = login(QStringLiteral("tenant_admin"), m_tenantA);
        auto finance = login(QStringLiteral("finance"), {});
        auto support = login(QStringLiteral("support"), {});
        QVERIFY(tenantAdmin && finance && support);

        const auto foreign = wait(ExecutionActions(tenantAdmin.get())
                                      .run(ExecutionActions::Kind::Retry, otherFailed, QStringLiteral("not mine")));
        QVERIFY(!foreign.ok());
        QVERIFY2(foreign.error.contains(QLatin1String("not found, or your login may not act")),
                 qPrintable(foreign.error));
        const auto byFinance = wait(
            ExecutionActions(finance.get()).run(ExecutionActions::Kind::Retry, ownFailed, QStringLiteral("finance")));
        QVERIFY(!byFinance.ok());
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM executions WHERE retry_of IN (?::uuid, ?::uuid)"),
                     {ownFailed, otherFailed})
                     .scalar()
                     .toInt(),
                 0);

        const auto own = wait(ExecutionActions(tenantAdmin.get())
                                  .run(ExecutionActions::Kind::Resume, ownFailed, QStringLiteral("my own workflow")));
        QVERIFY2(own.ok(), qPrintable(own.error));
        const auto bySupport = wait(ExecutionActions(support.get())
                                        .run(ExecutionActions::Kind::Retry, otherFailed, QStringLiteral("ticket 42")));
        QVERIFY2(bySupport.ok(), qPrintable(bySupport.error));
        // The audit log names the login that acted, whatever it claims.
        QCOMPARE(
            sql(QStringLiteral("SELECT actor FROM audit_log WHERE object_id = ?"), {otherFailed}).scalar().toString(),
            m_logins.at(2));
        // Nobody writes the execution tables directly but the platform admin.
        QVERIFY(!TestServers::exec(support.get(),
                                   QStringLiteral("UPDATE executions SET status = 'queued' WHERE id = ?::uuid"),
                                   {otherFailed})
                     .ok());
    }

    // A notice only wakes the listener: its payload is empty, and the feed re-reads what changed after the
    // last change number it saw, under its own login's row-level security.
    void changesArriveThroughTheFeedUnderEachLogin()
    {
        QSignalSpy notices(m_pg.get(), &PgSession::notification);
        auto admin = login(QStringLiteral("tenant_admin"), m_tenantA);
        QVERIFY(admin);
        ExecutionFeed staffFeed(m_pg.get());
        ExecutionFeed ownFeed(admin.get());
        QSignalSpy staffChanged(&staffFeed, &ExecutionFeed::changed);
        QSignalSpy ownChanged(&ownFeed, &ExecutionFeed::changed);
        QTest::qWait(500); // both feeds know where "now" is

        const QString other = execution(m_tenantB, m_workflowB, QStringLiteral("queued"));
        QTRY_VERIFY_WITH_TIMEOUT(!staffChanged.isEmpty(), 5000);
        QCOMPARE(staffChanged.last().at(0).toStringList(), QStringList{other});
        const QString own = execution(m_tenantA, m_workflowA, QStringLiteral("queued"));
        QTRY_VERIFY_WITH_TIMEOUT(!ownChanged.isEmpty(), 5000);
        // The tenant admin's feed never names the other tenant's execution.
        for (const QList<QVariant>& change : std::as_const(ownChanged))
            QVERIFY(!change.at(0).toStringList().contains(other));
        QCOMPARE(ownChanged.last().at(0).toStringList(), QStringList{own});

        ownChanged.clear();
        QVERIFY(wait(ExecutionActions(m_pg.get()).run(ExecutionActions::Kind::Cancel, own, QStringLiteral("stop it")))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(!ownChanged.isEmpty(), 5000);
        QVERIFY(ownChanged.last().at(0).toStringList().contains(own));

        int executionNotices = 0;
        for (const QList<QVariant>& notice : std::as_const(notices)) {
            const QString channel = notice.at(0).toString();
            if (channel == ExecutionFeed::channel() || channel == QLatin1String("ts_execution_requests")) {
                ++executionNotices;
                QCOMPARE(notice.at(1).toString(), QString());
            }
        }
        QVERIFY(executionNotices >= 2);
    }

    // Retry and cancel leave a request row (who, when, what) for the platform's dispatcher; a notice anyone
    // sends adds none and changes nothing.
    void requestsAreRowsAndForgedNoticesChangeNothing()
    {
        const QString failed = execution(m_tenantB, m_workflowB, QStringLiteral("failed"));
        const QString queued = execution(m_tenantB, m_workflowB, QStringLiteral("queued"));
        auto support = login(QStringLiteral("support"), {});
        QVERIFY(support);
        const auto retried = wait(
            ExecutionActions(support.get()).run(ExecutionActions::Kind::Retry, failed, QStringLiteral("ticket 1")));
        QVERIFY2(retried.ok(), qPrintable(retried.error));
        QVERIFY(
            wait(
                ExecutionActions(support.get()).run(ExecutionActions::Kind::Cancel, queued, QStringLiteral("ticket 2")))
                .ok());
        const PgResult requests
            = sql(QStringLiteral(
                      "SELECT r.action, r.requested_by, r.tenant_id::text FROM execution_requests r JOIN executions e "
                      "ON e.id = r.execution_id WHERE e.id = ?::uuid OR e.retry_of = ?::uuid ORDER BY r.id"),
                  {queued, failed});
        QCOMPARE(requests.rows.size(), 2);
        QCOMPARE(requests.rows.at(0).value(0).toString(), QStringLiteral("run"));
        QCOMPARE(requests.rows.at(1).value(0).toString(), QStringLiteral("cancel"));
        QCOMPARE(requests.rows.at(0).value(1).toString(), m_logins.last());
        QCOMPARE(requests.rows.at(1).value(2).toString(), m_tenantB);

        // A tenant admin of A forges the old contract's payloads for B's executions.
        auto forger = login(QStringLiteral("tenant_admin"), m_tenantA);
        QVERIFY(forger);
        const QString other = execution(m_tenantB, m_workflowB, QStringLiteral("failed"));
        const auto snapshot = [&] {
            return sql(QStringLiteral("SELECT (SELECT count(*) FROM execution_requests), (SELECT count(*) FROM "
                                      "executions WHERE tenant_id = ?::uuid), (SELECT status FROM executions WHERE "
                                      "id = ?::uuid), (SELECT count(*) FROM audit_log WHERE tenant_id = ?::uuid)"),
                       {m_tenantB, other, m_tenantB})
                .rows.value(0);
        };
        const QVariantList before = snapshot();
        for (const QString& payload : {QStringLiteral("{\"action\": \"run\", \"id\": \"%1\"}").arg(other),
                                       QStringLiteral("{\"action\": \"cancel\", \"id\": \"%1\"}").arg(queued)}) {
            QVERIFY(TestServers::exec(
                        forger.get(), QStringLiteral("SELECT pg_notify('ts_execution_requests', ?)"), {payload})
                        .ok());
        }
        // Nor can it write a request row itself, or act on B's execution.
        QVERIFY(!TestServers::exec(forger.get(),
                                   QStringLiteral("INSERT INTO execution_requests (tenant_id, execution_id, action) "
                                                  "VALUES (?::uuid, ?::uuid, 'run')"),
                                   {m_tenantB, other})
                     .ok());
        QVERIFY(
            !wait(ExecutionActions(forger.get()).run(ExecutionActions::Kind::Retry, other, QStringLiteral("forged")))
                 .ok());
        QCOMPARE(snapshot(), before);
    }

    void errorGroupsCountWhatSqlCounts()
    {
        ExecutionRepository repository(m_pg.get());
        ExecutionRepository::Filter filter;
        filter.from = QDateTime::currentDateTimeUtc().addDays(-30);
        const auto groups = wait(repository.errorGroups(filter, 500));
        QVERIFY2(groups.ok(), qPrintable(groups.error));
        qint64 total = 0;
        for (const ErrorGroup& group : groups.value) {
            total += group.count;
            QVERIFY(!group.signature.contains(QRegularExpression(QStringLiteral("\\d"))));
            QVERIFY(!group.sampleId.isEmpty());
        }
        const qint64 expected = sql(QStringLiteral("SELECT count(*) FROM executions WHERE status = 'failed' AND "
                                                   "created_at >= now() - interval '30 days'"))
                                    .scalar()
                                    .toLongLong();
        QCOMPARE(total, expected);
        // Our test failures group together, with their provider, separately from the demo's.
        filter.tenantId = m_tenantA;
        const auto mine = wait(repository.errorGroups(filter));
        QCOMPARE(mine.value.size(), 1);
        QCOMPARE(mine.value.first().provider, QStringLiteral("openai"));
        QCOMPARE(mine.value.first().signature, QStringLiteral("<n> Too Many Requests from the test, request <n>"));
    }

    void bulkActionReportsProgressAndStopsWhenCancelled()
    {
        QStringList ids;
        for (int i = 0; i < 6; ++i)
            ids << execution(m_tenantB, m_workflowB, QStringLiteral("failed"));
        ids.insert(2, execution(m_tenantB, m_workflowB, QStringLiteral("succeeded"))); // refused, kept going
        ExecutionActions actions(m_pg.get());
        BulkExecutionAction bulk(actions, ExecutionActions::Kind::Retry, ids, QStringLiteral("bulk test"));
        QSignalSpy progress(&bulk, &BulkExecutionAction::progress);
        QSignalSpy finished(&bulk, &BulkExecutionAction::finished);
        bulk.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(bulk.done(), 7);
        QCOMPARE(bulk.succeeded(), 6);
        QCOMPARE(bulk.refusals().size(), 1);
        QCOMPARE(bulk.refusals().first().executionId, ids.at(2));
        QCOMPARE(progress.last().at(0).toInt(), 7);

        QStringList more;
        for (int i = 0; i < 5; ++i)
            more << execution(m_tenantB, m_workflowB, QStringLiteral("failed"));
        BulkExecutionAction stopped(actions, ExecutionActions::Kind::Retry, more, QStringLiteral("bulk stop"));
        QSignalSpy stoppedDone(&stopped, &BulkExecutionAction::finished);
        connect(&stopped, &BulkExecutionAction::progress, &stopped, [&stopped](int done, int) {
            if (done == 2)
                stopped.cancel();
        });
        stopped.start();
        QVERIFY(stoppedDone.wait(30000));
        QVERIFY(stopped.wasCancelled());
        QCOMPARE(stopped.done(), 2);
        QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM executions WHERE retry_of = ANY (?::uuid[])"),
                     {QStringLiteral("{%1}").arg(more.join(u','))})
                     .scalar()
                     .toInt(),
                 2);
    }
};

QTEST_GUILESS_MAIN(TestExecutionActions)
#include "TestExecutionActions.moc"
