#include <LagProbe.h>
#include <Screenshots.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <models/operations/PlanOperations.h>
#include <models/plans/AuditRepository.h>
#include <models/plans/AuditTableModel.h>
#include <models/plans/LimitsPusher.h>
#include <models/plans/PlanDraft.h>
#include <models/plans/PlanFields.h>
#include <models/plans/PlanRepository.h>
#include <models/platform/ConnectionStatus.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <ui/plans/PlansPage.h>
#include <ui/platform/MainWindow.h>

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxStallMs = 1000;
#else
constexpr qint64 kMaxStallMs = 50;
#endif

// The Plans page in a real main window, offscreen, on the private servers: edit with undo and redo, save
// and push, a concurrent change refused with the edit kept and re-applied, the stale-Redis banner, and the
// audit log with its CSV export.
class TestPlansPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<RedisClient> m_redis;
    QJsonObject m_original;
    qint64 m_newIncluded = 0;

    PlansPage* page() const { return m_window->plansPage(); }

    PgResult sql(const QString& statement, const QVariantList& params = {})
    {
        return TestServers::exec(m_admin.get(), statement, params);
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        m_services = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setServices({m_services->tenants(),
                               m_services->usage(),
                               m_services->costs(),
                               new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get()),
                               m_services->executions(),
                               m_services->executionActions(),
                               m_services->executionFeed(),
                               m_services->queues(),
                               m_services->jobActions(),
                               m_services->plans(),
                               m_services->planOperations(),
                               m_services->audit()});
        m_services->connectAll();
        QVERIFY(page());
    }

    void cleanupTestCase()
    {
        if (m_original.isEmpty())
            return;
        PlanRepository repository(m_admin.get());
        auto plans = repository.plans();
        QVERIFY(awaitFuture(plans));
        for (const Plan& plan : plans.result().value) {
            if (plan.id != QLatin1String("professional"))
                continue;
            const QJsonObject back = [&] {
                QJsonObject changes;
                for (const PlanFields::Change& c : PlanFields::diff(plan.fields, m_original))
                    changes.insert(c.field, c.after);
                return changes;
            }();
            if (!back.isEmpty())
                awaitFuture(repository.updatePlan(plan.id, plan.version, back, QStringLiteral("test restore")));
        }
        awaitFuture(LimitsPusher(m_admin.get(), m_redis.get()).push());
    }

    void loadsWithoutStalling()
    {
        LagProbe probe;
        probe.start();
        QSignalSpy loaded(page(), &PlansPage::loaded);
        m_window->showPage(MainWindow::PlansPageIndex);
        QVERIFY(loaded.wait(10000));
        const qint64 stall = probe.stop();
        qInfo("plans page load: worst event-loop stall %lld ms", stall);
        QVERIFY2(stall <= kMaxStallMs, qPrintable(QString::number(stall)));
        page()->selectPlan(QStringLiteral("professional"));
        QTRY_COMPARE_WITH_TIMEOUT(page()->draft()->base().id, QStringLiteral("professional"), 5000);
        m_original = page()->draft()->base().fields;
        Screenshots::save(m_window.get(), QStringLiteral("plans"));
    }

    void editsUndoAndRedo()
    {
        PlanDraft* draft = page()->draft();
        const qint64 included = draft->value(QStringLiteral("included_tokens")).toInteger();
        m_newIncluded = included + 2000000;
        const QJsonValue runs = draft->value(QStringLiteral("monthly_runs"));
        page()->editField(QStringLiteral("included_tokens"), double(included + 1000000));
        page()->editField(QStringLiteral("included_tokens"), double(m_newIncluded)); // typing: one undo step
        page()->editField(QStringLiteral("monthly_runs"),
                          runs.isNull() ? QJsonValue(5000) : QJsonValue(QJsonValue::Null));
        QCOMPARE(draft->diff().size(), 2);
        draft->undoStack()->undo();
        QCOMPARE(draft->diff().size(), 1);
        QCOMPARE(draft->value(QStringLiteral("monthly_runs")), runs);
        draft->undoStack()->undo();
        QVERIFY(!draft->hasChanges());
        draft->undoStack()->redo();
        QCOMPARE(draft->value(QStringLiteral("included_tokens")).toInteger(), m_newIncluded);
        // A bad value is named and blocks the save; fixing it clears the problem.
        page()->editField(QStringLiteral("overage_per_1k"), QStringLiteral("0.015"));
        QVERIFY(draft->firstProblem().contains(QLatin1String("overage_per_1k")));
        draft->undoStack()->undo();
        QVERIFY(draft->firstProblem().isEmpty());
    }

    void savesAndPushesToRedis()
    {
        const int version = page()->draft()->base().version;
        QSignalSpy saved(page(), &PlansPage::saved);
        QSignalSpy pushed(page(), &PlansPage::pushed);
        page()->save(QStringLiteral("GUI test: more tokens"));
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(page()->message()));
        // One operation saves and pushes: the push is reported with the save, or shortly after it.
        QTRY_VERIFY_WITH_TIMEOUT(pushed.count() > 0, 20000);
        QVERIFY2(pushed.first().at(0).toBool(), qPrintable(page()->message()));
        QTRY_COMPARE_WITH_TIMEOUT(page()->draft()->base().version, version + 1, 5000);
        const QString tenant
            = sql(QStringLiteral("SELECT id::text FROM tenants WHERE plan_id = 'professional' AND id NOT IN "
                                 "(SELECT tenant_id FROM tenant_limit_overrides) LIMIT 1"))
                  .scalar()
                  .toString();
        QCOMPARE(TestServers::redis(m_redis.get(), {"HGET", RedisKeys::limits(tenant), "included_tokens"}).text,
                 QByteArray::number(m_newIncluded));
        QTRY_COMPARE_WITH_TIMEOUT(page()->pendingTenants(), 0, 15000);
    }

    void aConcurrentChangeIsRefusedAndTheEditKept()
    {
        PlanDraft* draft = page()->draft();
        const int version = draft->base().version;
        const qint64 concurrent = draft->value(QStringLiteral("max_concurrent")).toInteger() + 1;
        const qint64 rpm = draft->value(QStringLiteral("requests_per_minute")).toInteger() + 7;
        page()->editField(QStringLiteral("max_concurrent"), double(concurrent));
        // Someone else saves first, from another session.
        QVERIFY(sql(QStringLiteral(
                        "SELECT plan_update('professional', ?, jsonb_build_object('requests_per_minute', ?::int), "
                        "'someone else')"),
                    {version, rpm})
                    .ok());
        QSignalSpy saved(page(), &PlansPage::saved);
        page()->save(QStringLiteral("GUI test: my edit"));
        QVERIFY(saved.wait(10000));
        QVERIFY(!saved.first().at(0).toBool());
        QVERIFY2(page()->message().contains(QLatin1String("was changed by")), qPrintable(page()->message()));
        QCOMPARE(draft->value(QStringLiteral("max_concurrent")).toInteger(), concurrent); // nothing lost
        // Re-applied on their version: both changes, no overwrite.
        QSignalSpy rebased(page(), &PlansPage::rebased);
        page()->reapplyOnLatest();
        QVERIFY(rebased.wait(10000));
        QCOMPARE(draft->base().version, version + 1);
        QCOMPARE(draft->value(QStringLiteral("requests_per_minute")).toInteger(), rpm);
        QCOMPARE(draft->diff().size(), 1);
        saved.clear();
        // The page says "saved" before its push to Redis ends; the push takes every pending tenant, so the
        // next test would lose the ones it plants if this push were still running (seen in a CI run).
        QSignalSpy pushedAfterSave(page(), &PlansPage::pushed);
        page()->save(QStringLiteral("GUI test: my edit, re-applied"));
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(page()->message()));
        QVERIFY(pushedAfterSave.count() > 0 || pushedAfterSave.wait(20000));
    }

    void staleRedisIsShownUntilPushed()
    {
        // A save whose push did not happen (another tool, or Redis down at the time).
        const int version = sql(QStringLiteral("SELECT version FROM plans WHERE id = 'professional'")).scalar().toInt();
        QVERIFY(
            sql(QStringLiteral("SELECT plan_update('professional', ?, jsonb_build_object('tokens_per_minute', "
                               "(SELECT tokens_per_minute + 1 FROM plans WHERE id = 'professional')), 'no push yet')"),
                {version})
                .ok());
        page()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(page()->pendingTenants() > 0, 10000);
        QSignalSpy pushed(page(), &PlansPage::pushed);
        page()->pushLimits();
        QVERIFY(pushed.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(page()->pendingTenants(), 0, 10000);
    }

    void anEditSurvivesALostConnection()
    {
        // A page whose PostgreSQL is gone: the save fails plainly and the edit stays, ready to save later.
        PgConfig config = TestServers::adminProfile().pg;
        config.port = 1;
        PgSession gone(config, QStringLiteral("x"));
        gone.open();
        PlanRepository plans(&gone);
        LimitsPusher pusher(&gone, m_redis.get());
        PlanOperations operations(&plans, &pusher, m_redis.get());
        AuditRepository audit(&gone);
        PlansPage offline(&plans, &operations, &audit);
        offline.draft()->load(page()->draft()->base());
        offline.editField(QStringLiteral("max_concurrent"), 42);
        QSignalSpy saved(&offline, &PlansPage::saved);
        offline.save(QStringLiteral("saved while offline"));
        // Refused in microseconds, the answer may come before save() returns (a continuation on a finished
        // future runs at once on its own thread), so the spy is counted, not waited on.
        QTRY_VERIFY_WITH_TIMEOUT(saved.count() > 0, 20000);
        QVERIFY(!saved.first().at(0).toBool());
        QVERIFY2(offline.message().contains(QLatin1String("your edit is kept")), qPrintable(offline.message()));
        QCOMPARE(offline.draft()->value(QStringLiteral("max_concurrent")).toInteger(), 42);
        QVERIFY(offline.draft()->hasChanges());
    }

    void auditLogShowsTheChangesAndExports()
    {
        QSignalSpy loaded(page(), &PlansPage::auditLoaded);
        page()->showAudit();
        QVERIFY(loaded.wait(10000));
        QVERIFY(page()->auditModel()->rowCount() > 0);
        QCOMPARE(page()->auditModel()->entries().first().action, QStringLiteral("plan.update"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("audit.csv"));
        QString error;
        QVERIFY2(page()->exportAuditCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray csv = file.readAll();
        QVERIFY(csv.startsWith("When,Who,Action"));
        QVERIFY(csv.contains("plan.update"));
    }
};

QTEST_MAIN(TestPlansPage)
#include "TestPlansPage.moc"
