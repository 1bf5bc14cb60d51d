#include <LagProbe.h>
#include <ProviderPeer.h>
#include <TestServers.h>
#include <app/PageServicesOf.h>
#include <models/executions/ExecutionFeed.h>
#include <models/executions/ExecutionListModel.h>
#include <models/operations/Operations.h>
#include <models/plans/PlanDraft.h>
#include <models/platform/ConnectionStatus.h>
#include <models/playground/ChatSession.h>
#include <models/queues/QueueModels.h>
#include <models/usage/UsageTableModel.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <ui/common/StatePanel.h>
#include <ui/executions/ExecutionsPage.h>
#include <ui/plans/PlansPage.h>
#include <ui/platform/MainWindow.h>
#include <ui/playground/PlaygroundPage.h>
#include <ui/queues/QueuesPage.h>
#include <ui/usage/UsagePage.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxStallMs = 1000;
#else
constexpr qint64 kMaxStallMs = 50;
#endif
// From the moment a server accepts connections again to the app showing it connected.
constexpr qint64 kMaxReconnectMs = 2000;

// Fault injection on the real private servers, through the real main window (offscreen): PostgreSQL and
// Redis are stopped with a fast shutdown and with kill -9 in the middle of a page load, a live refresh, a
// plan save, a job retry and a stream, then started again (scripts/services fault|revive). The window must
// not crash or stall, must show the state, reconnect by itself within 2 s of the server being back, read
// again what is visible, keep every unsaved edit, and an action in flight must be done exactly once or
// plainly not done, as the servers (not the app) say. Also: a 30 s query is cancelled from the status bar.
class TestFaults : public QObject
{
    Q_OBJECT

private:
    struct Figures
    {
        int faults = 0;
        int survived = 0;
        qint64 worstReconnectMs = 0;
        qint64 worstStallMs = 0;
        int editsLost = 0;
        int actionsDoneTwice = 0;
        int inFlightDone = 0; // actions in flight at the fault that the servers completed (reported done)
        int inFlightNotDone = 0; // ... that the servers did not complete (reported not done)
    };

    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    ConnectionStatus* m_status = nullptr;
    QTemporaryDir m_home;
    Figures m_figures;
    QString m_queue;

    // The window's own view of the servers.
    ConnectionState pgState() const { return m_status->postgresState(); }
    ConnectionState redisState() const { return m_status->redisState(); }

    // Runs scripts/services with the event loop turning (the lag probe watches it meanwhile).
    static bool services(const QStringList& args, QString* output = nullptr)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(QStringLiteral("bash"), QStringList{QStringLiteral(TS_SOURCE_DIR "/scripts/services")} + args);
        // Waited for through the event loop: waitForStarted() would block the very thread the probe measures.
        if (!QTest::qWaitFor([&] { return process.state() != QProcess::Starting; }, 5000)
            || process.error() == QProcess::FailedToStart)
            return false;
        const bool done = QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 90000);
        const QString text = QString::fromUtf8(process.readAll());
        if (output)
            *output = text;
        if (!done || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("scripts/services %s failed: %s", qPrintable(args.join(u' ')), qPrintable(text));
            return false;
        }
        return true;
    }

    // Fresh admin connections for the checks (the window's own connections are what is under test).
    static std::unique_ptr<PgSession> checkPg() { return TestServers::adminPg(); }

    // Stops `server` ("pg" or "redis") the way `how` says ("fast" or "kill"), waits until the window shows
    // it lost, starts it again and measures how long the window takes to show it connected.
    bool faultAndRevive(const QString& server, const QString& how, const std::function<void()>& whileDown = {})
    {
        ++m_figures.faults;
        const auto state = [&] { return server == QLatin1String("pg") ? pgState() : redisState(); };
        if (!services({QStringLiteral("fault"), server, how}))
            return false;
        // The window notices by itself (PostgreSQL: the idle check; Redis: the socket closes).
        if (!QTest::qWaitFor([&] { return state() != ConnectionState::Connected; }, 5000)) {
            qWarning("%s %s: the window still says connected 5 s after the server went away",
                     qPrintable(server),
                     qPrintable(how));
            return false;
        }
        if (whileDown)
            whileDown();
        if (!services({QStringLiteral("revive"), server}))
            return false;
        QElapsedTimer back;
        back.start();
        if (!QTest::qWaitFor([&] { return state() == ConnectionState::Connected; }, 10000)) {
            qWarning("%s %s: not reconnected 10 s after the server was back", qPrintable(server), qPrintable(how));
            return false;
        }
        const qint64 ms = back.elapsed();
        qInfo("fault %s %s: reconnected %lld ms after the server was back", qPrintable(server), qPrintable(how), ms);
        m_figures.worstReconnectMs = std::max(m_figures.worstReconnectMs, ms);
        if (ms > kMaxReconnectMs)
            return false;
        ++m_figures.survived;
        return true;
    }

    void noteStall(LagProbe& probe, const char* what)
    {
        const qint64 stall = probe.stop();
        qInfo("%s: worst event-loop stall %lld ms (%lld ms on the wall clock, run-queue waits included)",
              what,
              stall,
              probe.worstRawMs());
        m_figures.worstStallMs = std::max(m_figures.worstStallMs, stall);
        QVERIFY2(stall <= kMaxStallMs, qPrintable(QStringLiteral("%1: %2 ms").arg(QLatin1String(what)).arg(stall)));
    }

    // A new queue (m_queue) holding one failed job, id "1"; its keys' prefix.
    QByteArray failedJobInNewQueue(RedisClient* redis, const QString& name)
    {
        m_queue = QStringLiteral("%1-%2").arg(name).arg(QDateTime::currentMSecsSinceEpoch());
        const QByteArray prefix = "bull:" + m_queue.toUtf8() + ':';
        const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        TestServers::redis(redis, {"HSET", prefix + "meta", "opts.maxLenEvents", "10000"});
        TestServers::redis(redis,
                           {"HSET",
                            prefix + "1",
                            "name",
                            "fault-job",
                            "data",
                            "{}",
                            "opts",
                            "{}",
                            "timestamp",
                            now,
                            "atm",
                            "1",
                            "failedReason",
                            "boom",
                            "finishedOn",
                            now,
                            "priority",
                            "0"});
        TestServers::redis(redis, {"ZADD", prefix + "failed", now, "1"});
        return prefix;
    }

    static void howColumns()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("fast shutdown") << QStringLiteral("fast");
        QTest::newRow("kill -9") << QStringLiteral("kill");
    }

    static StatePanel* listStateOf(ExecutionsPage* page)
    {
        return page->findChild<StatePanel*>(QStringLiteral("executionListState"));
    }

    // A side session that holds `lockSql` for 30 s in one transaction, so what the window asks waits.
    struct Blocker
    {
        std::unique_ptr<PgSession> session;
        QFuture<PgResult> held;
        void release()
        {
            if (session && !held.isFinished())
                session->cancelRunningQuery();
            (void)QTest::qWaitFor([&] { return held.isFinished(); }, 10000);
        }
    };
    static Blocker block(const QString& lockSql, const QVariantList& params = {})
    {
        Blocker blocker{TestServers::adminPg(), {}};
        blocker.held = blocker.session->transaction({{lockSql, params}, {QStringLiteral("SELECT pg_sleep(30)"), {}}});
        return blocker;
    }
    // Until the server has a backend of ours waiting for a lock (what the window asked is in flight).
    static bool someoneWaitsForALock()
    {
        auto pg = checkPg();
        return QTest::qWaitFor(
            [&] {
                return TestServers::exec(pg.get(),
                                         QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                                                        "current_database() AND wait_event_type = 'Lock'"))
                           .scalar()
                           .toInt()
                    > 0;
            },
            10000);
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, (m_home.path() + u'/' + QString::fromLatin1(name)).toUtf8());
        QString out;
        QVERIFY2(services({QStringLiteral("status")}, &out), qPrintable(out));
        ConnectionProfile profile = TestServers::adminProfile();
        // These faults are the primary's: every page reads there (test_standby covers the standby's own).
        profile.useStandby = false;
        profile.name = QStringLiteral("faults-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        PageServices pages = pageServicesOf(*m_services, m_status, profile.name);
        pages.alerts = nullptr; // no background alert evaluation in this test
        pages.alertMonitor = nullptr;
        m_window->setServices(pages);
        m_services->connectAll();
        QTRY_VERIFY_WITH_TIMEOUT(pgState() == ConnectionState::Connected && redisState() == ConnectionState::Connected,
                                 10000);
    }

    void cleanupTestCase()
    {
        // Whatever failed above, the servers are left running for the tests after this one.
        QVERIFY(services({QStringLiteral("revive"), QStringLiteral("pg")}));
        QVERIFY(services({QStringLiteral("revive"), QStringLiteral("redis")}));
        if (!m_queue.isEmpty()) {
            auto redis = TestServers::adminRedis();
            for (const char* suffix : {"meta", "failed", "wait", "marker", "events", "1"})
                TestServers::redis(redis.get(), {"DEL", "bull:" + m_queue.toUtf8() + ':' + suffix});
        }
        qInfo(
            "FAULT SUMMARY: %d faults injected, %d survived, worst reconnect %lld ms after the server was back, "
            "worst event-loop stall %lld ms, unsaved edits lost %d, actions done twice %d, actions in flight done once "
            "%d, not done (and said so) %d",
            m_figures.faults,
            m_figures.survived,
            m_figures.worstReconnectMs,
            m_figures.worstStallMs,
            m_figures.editsLost,
            m_figures.actionsDoneTwice,
            m_figures.inFlightDone,
            m_figures.inFlightNotDone);
    }

    // Each case starts with both servers up and the window connected, whatever the case before did.
    void init()
    {
        QVERIFY(services({QStringLiteral("revive"), QStringLiteral("pg")}));
        QVERIFY(services({QStringLiteral("revive"), QStringLiteral("redis")}));
        QTRY_VERIFY_WITH_TIMEOUT(pgState() == ConnectionState::Connected && redisState() == ConnectionState::Connected,
                                 10000);
    }

    // A page load waiting on the server (a table locked elsewhere): the status bar offers to cancel it,
    // and cancelling stops it at once, with the page saying so.
    void slowQueryIsCancelledFromTheStatusBar()
    {
        ExecutionsPage* page = m_window->executionsPage();
        QVERIFY(page);
        m_window->showPage(MainWindow::ExecutionsPageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
        Blocker blocker = block(QStringLiteral("LOCK TABLE executions IN ACCESS EXCLUSIVE MODE"));
        QVERIFY(QTest::qWaitFor([&] { return !blocker.held.isFinished(); }, 100));
        QTest::qWait(200); // the lock is taken
        LagProbe probe;
        probe.start();
        QSignalSpy loaded(page, &ExecutionsPage::loaded);
        page->reload();
        QVERIFY(someoneWaitsForALock());
        auto* cancel = m_window->findChild<QPushButton*>(QStringLiteral("cancelQuery"));
        QVERIFY(cancel);
        QTRY_VERIFY_WITH_TIMEOUT(cancel->isVisible(), 3000);
        QElapsedTimer clock;
        clock.start();
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 5000);
        const qint64 ms = clock.elapsed();
        qInfo("a query waiting 30 s was cancelled %lld ms after the click", ms);
        QVERIFY(ms < 1000);
        QVERIFY2(listStateOf(page)->currentMessage().contains(QLatin1String("Cancelled")),
                 qPrintable(listStateOf(page)->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(!cancel->isVisible(), 2000);
        noteStall(probe, "cancel a 30 s query");
        blocker.release();
        page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && listStateOf(page)->isShowingContent(), 10000);
    }

    void pageLoadSurvivesPostgresFaults_data() { howColumns(); }
    // The Executions page is loading (its query waits for a lock) when PostgreSQL goes: it shows the
    // error, the status bar the state, and once the server is back the page is read again by itself.
    void pageLoadSurvivesPostgresFaults()
    {
        QFETCH(QString, how);
        ExecutionsPage* page = m_window->executionsPage();
        m_window->showPage(MainWindow::ExecutionsPageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
        page->setErrorFilter(QStringLiteral("Too Many Requests")); // an edit of the user's, kept through it all
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
        Blocker blocker = block(QStringLiteral("LOCK TABLE executions IN ACCESS EXCLUSIVE MODE"));
        QTest::qWait(200);
        LagProbe probe;
        probe.start();
        page->reload();
        QVERIFY(someoneWaitsForALock());
        QVERIFY(page->isLoading());
        QVERIFY(faultAndRevive(QStringLiteral("pg"), how, [&] {
            // Not hung: the load failed plainly, or (a fast shutdown ends the lock holder first) it finished.
            QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 5000);
            QVERIFY2(listStateOf(page)->isShowingContent() || !listStateOf(page)->currentMessage().isEmpty(),
                     "the error state says nothing");
            QCOMPARE(pgState(), ConnectionState::Reconnecting);
        }));
        (void)QTest::qWaitFor([&] { return blocker.held.isFinished(); }, 5000);
        // Read again without the user asking, the filter still applied.
        QTRY_VERIFY2_WITH_TIMEOUT(!page->isLoading() && listStateOf(page)->isShowingContent(),
                                  qPrintable(listStateOf(page)->currentMessage()),
                                  5000);
        QVERIFY(page->listModel()->rowCount() > 0);
        if (page->filter().errorText != QLatin1String("Too Many Requests"))
            ++m_figures.editsLost;
        QCOMPARE(page->filter().errorText, QStringLiteral("Too Many Requests"));
        noteStall(probe, qPrintable(QStringLiteral("page load, PostgreSQL %1").arg(how)));
        page->setErrorFilter({});
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 20000);
    }

    // The live execution feed (LISTEN) comes back with the connection: a change after the restart is seen.
    void liveFeedResubscribesAfterRestart()
    {
        QSignalSpy changed(m_services->executionFeed(), &ExecutionFeed::changed);
        auto pg = checkPg();
        // A real change: the notice carries nothing, the feed re-reads what changed.
        QVERIFY(TestServers::exec(pg.get(),
                                  QStringLiteral("UPDATE executions SET error_message = error_message WHERE id = "
                                                 "(SELECT id FROM executions ORDER BY created_at DESC LIMIT 1)"))
                    .ok());
        QVERIFY(QTest::qWaitFor([&] { return changed.count() > 0; }, 5000));
    }

    void liveRefreshSurvivesRedisFaults_data() { howColumns(); }
    // The Usage page merges today's live counters from Redis on a timer: with Redis gone it says so and
    // keeps PostgreSQL's figures; with Redis back it is live again.
    void liveRefreshSurvivesRedisFaults()
    {
        QFETCH(QString, how);
        UsagePage* page = m_window->usagePage();
        m_window->showPage(MainWindow::UsagePageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->tableModel()->rowCount() > 0, 20000);
        QSignalSpy loaded(page, &UsagePage::loaded);
        LagProbe probe;
        probe.start();
        page->reload(); // a refresh in flight as Redis goes
        QVERIFY(faultAndRevive(QStringLiteral("redis"), how, [&] {
            // The next refresh (live every 5 s) or an explicit one shows PostgreSQL's figures, saying why.
            loaded.clear();
            page->reload();
            QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 10000));
            QVERIFY(page->tableModel()->rowCount() > 0);
            QCOMPARE(redisState(), ConnectionState::Reconnecting);
        }));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading(), 5000);
        QVERIFY(page->tableModel()->rowCount() > 0);
        noteStall(probe, qPrintable(QStringLiteral("live refresh, Redis %1").arg(how)));
    }

    void planSaveInFlight_data() { howColumns(); }
    // A plan save waiting for its row when PostgreSQL goes: not saved (the database says so: same version,
    // no audit record), the edit kept; saved again once back: exactly one new version and one record.
    void planSaveInFlight()
    {
        QFETCH(QString, how);
        PlansPage* page = m_window->plansPage();
        m_window->showPage(MainWindow::PlansPageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        page->selectPlan(QStringLiteral("starter"));
        QTRY_COMPARE_WITH_TIMEOUT(page->draft()->base().id, QStringLiteral("starter"), 5000);
        const int version = page->draft()->base().version;
        const qint64 runs = page->draft()->value(QStringLiteral("monthly_runs")).toInteger();
        const qint64 wanted = runs + 7;
        page->editField(QStringLiteral("monthly_runs"), double(wanted));
        const QString reason = QStringLiteral("fault test %1 %2").arg(how).arg(QDateTime::currentMSecsSinceEpoch());
        auto pg = checkPg();
        const auto audited = [&] {
            return TestServers::exec(pg.get(),
                                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'plan.update' "
                                                    "AND object_id = 'starter' AND reason = ?"),
                                     {reason})
                .scalar()
                .toInt();
        };

        Blocker blocker = block(QStringLiteral("SELECT 1 FROM plans WHERE id = 'starter' FOR UPDATE"));
        QTest::qWait(200);
        LagProbe probe;
        probe.start();
        QSignalSpy saved(page, &PlansPage::saved);
        page->save(reason);
        QVERIFY(someoneWaitsForALock());
        bool reportedSaved = false;
        QString report;
        QVERIFY(faultAndRevive(QStringLiteral("pg"), how, [&] {
            QVERIFY(QTest::qWaitFor([&] { return saved.count() > 0; }, 5000));
            reportedSaved = saved.first().at(0).toBool();
            report = page->message();
        }));
        (void)QTest::qWaitFor([&] { return blocker.held.isFinished(); }, 5000);
        pg = checkPg();
        const auto versionNow = [&] {
            return TestServers::exec(pg.get(), QStringLiteral("SELECT version FROM plans WHERE id = 'starter'"))
                .scalar()
                .toInt();
        };
        // The shutdown ends the lock holder and the waiting save at the same moment, so the save may win
        // the race and commit first. Either outcome is right when the app says what the database did.
        if (reportedSaved) {
            ++m_figures.inFlightDone;
            QCOMPARE(versionNow(), version + 1);
            QCOMPARE(audited(), 1);
        } else {
            ++m_figures.inFlightNotDone;
            QVERIFY2(report.contains(QLatin1String("Not saved")), qPrintable(report));
            QCOMPARE(versionNow(), version);
            QCOMPARE(audited(), 0);
            // The edit is still there, through the reload that followed the reconnect.
            QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 5000);
            if (page->draft()->value(QStringLiteral("monthly_runs")).toInteger() != wanted)
                ++m_figures.editsLost;
            QCOMPARE(page->draft()->value(QStringLiteral("monthly_runs")).toInteger(), wanted);
            QVERIFY(page->draft()->hasChanges());

            // Saved again: exactly once.
            saved.clear();
            page->save(reason);
            QVERIFY(QTest::qWaitFor([&] { return saved.count() > 0; }, 10000));
            QVERIFY2(saved.first().at(0).toBool(), qPrintable(page->message()));
            QCOMPARE(versionNow(), version + 1);
        }
        if (audited() != 1)
            ++m_figures.actionsDoneTwice;
        QCOMPARE(audited(), 1);
        noteStall(probe, qPrintable(QStringLiteral("plan save, PostgreSQL %1").arg(how)));
        // Back as it was (a new version, audited as the test's own).
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->draft()->base().version, version + 1, 10000);
        page->editField(QStringLiteral("monthly_runs"), double(runs));
        saved.clear();
        page->save(QStringLiteral("fault test restore"));
        QVERIFY(QTest::qWaitFor([&] { return saved.count() > 0; }, 10000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(page->message()));
    }

    void jobRetryInFlight_data() { howColumns(); }
    // A job retry sent while Redis holds writes (CLIENT PAUSE) and then goes: not done (the job is still
    // failed and not waiting, after Redis reloaded its append-only file), no audit record; retried once back:
    // waiting exactly once, one record.
    void jobRetryInFlight()
    {
        QFETCH(QString, how);
        auto redis = TestServers::adminRedis();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const QByteArray prefix = failedJobInNewQueue(redis.get(), QStringLiteral("fault-test"));

        QueuesPage* page = m_window->queuesPage();
        m_window->showPage(MainWindow::QueuesPageIndex);
        page->discover();
        QTRY_VERIFY_WITH_TIMEOUT(page->countsModel()->rowOf(m_queue) >= 0, 10000);
        page->selectQueue(m_queue);
        QTRY_VERIFY_WITH_TIMEOUT(
            page->jobsModel()->rowCount() == 1 && page->jobsModel()->jobs().first().queue == m_queue, 10000);
        QSignalSpy jobLoaded(page, &QueuesPage::jobLoaded);
        page->openJob(QStringLiteral("1"));
        QVERIFY(QTest::qWaitFor([&] { return jobLoaded.count() > 0; }, 10000));
        const QString reason = QStringLiteral("fault retry %1 %2").arg(how).arg(now);
        auto pg = checkPg();
        const auto audited = [&] {
            return TestServers::exec(pg.get(),
                                     QStringLiteral("SELECT count(*) FROM audit_log WHERE object_type = 'bullmq_job' "
                                                    "AND reason = ?"),
                                     {reason})
                .scalar()
                .toInt();
        };

        LagProbe probe;
        probe.start();
        // Writes wait: the retry is in flight, answered by nobody, when Redis goes.
        QCOMPARE(TestServers::redis(redis.get(), {"CLIENT", "PAUSE", "20000", "WRITE"}).text, QByteArray("OK"));
        QSignalSpy acted(page, &QueuesPage::actionFinished);
        page->performAction(JobActions::Kind::Retry, reason);
        QTest::qWait(300);
        QCOMPARE(acted.count(), 0);
        QVERIFY(faultAndRevive(QStringLiteral("redis"), how, [&] {
            QVERIFY(QTest::qWaitFor([&] { return acted.count() > 0; }, 5000));
            QCOMPARE(acted.first().at(0).toBool(), false);
        }));
        redis = TestServers::adminRedis();
        pg = checkPg();
        QVERIFY2(TestServers::redis(redis.get(), {"ZSCORE", prefix + "failed", "1"}).type == RedisReply::Type::String,
                 "the job is no longer failed after a retry that was reported not done");
        QVERIFY(TestServers::redis(redis.get(), {"LPOS", prefix + "wait", "1"}).isNil());
        QCOMPARE(audited(), 0);
        ++m_figures.inFlightNotDone;

        acted.clear();
        page->openJob(QStringLiteral("1"));
        QTest::qWait(200);
        page->performAction(JobActions::Kind::Retry, reason);
        QVERIFY(QTest::qWaitFor([&] { return acted.count() > 0; }, 10000));
        QVERIFY2(acted.first().at(0).toBool(), qPrintable(page->actionMessage()));
        const RedisReply positions = TestServers::redis(redis.get(), {"LPOS", prefix + "wait", "1", "COUNT", "0"});
        if (positions.elements.size() != 1 || audited() != 1)
            ++m_figures.actionsDoneTwice;
        QCOMPARE(positions.elements.size(), 1);
        QCOMPARE(audited(), 1);
        QVERIFY(TestServers::redis(redis.get(), {"ZSCORE", prefix + "failed", "1"}).isNil());
        noteStall(probe, qPrintable(QStringLiteral("job retry, Redis %1").arg(how)));
        for (const char* suffix : {"meta", "failed", "wait", "marker", "events", "1"})
            TestServers::redis(redis.get(), {"DEL", prefix + suffix});
    }

    void queuesLoadSurvivesRedisFaults_data() { howColumns(); }
    // The Queues page is loading a queue's jobs (Redis holds every command: CLIENT PAUSE ALL) when Redis
    // goes: the list says so, and once Redis is back the page reads its queues and jobs again by itself.
    void queuesLoadSurvivesRedisFaults()
    {
        QFETCH(QString, how);
        QueuesPage* page = m_window->queuesPage();
        m_window->showPage(MainWindow::QueuesPageIndex);
        page->discover();
        QTRY_VERIFY_WITH_TIMEOUT(page->countsModel()->rowOf(QStringLiteral("workflow-runs")) >= 0, 10000);
        page->selectQueue(QStringLiteral("workflow-runs"));
        page->setState(QStringLiteral("failed"));
        QTRY_VERIFY_WITH_TIMEOUT(page->jobsModel()->rowCount() > 0, 10000);
        auto redis = TestServers::adminRedis();
        QCOMPARE(TestServers::redis(redis.get(), {"CLIENT", "PAUSE", "20000", "ALL"}).text, QByteArray("OK"));
        LagProbe probe;
        probe.start();
        QSignalSpy loaded(page, &QueuesPage::jobsLoaded);
        page->setState(QStringLiteral("completed")); // a load, answered by nobody while paused
        QTest::qWait(200);
        QCOMPARE(loaded.count(), 0);
        QVERIFY(faultAndRevive(QStringLiteral("redis"), how, [&] {
            QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 5000)); // failed plainly, not hung
        }));
        // Read again without the user asking: the completed jobs are listed.
        const auto listed = [page] {
            return page->jobsModel()->rowCount() > 0
                && page->jobsModel()->jobs().first().state == QLatin1String("completed");
        };
        QVERIFY2(
            QTest::qWaitFor(listed, 10000),
            qPrintable(QStringLiteral("%1 rows, first %2; %3")
                           .arg(page->jobsModel()->rowCount())
                           .arg(page->jobsModel()->rowCount() ? page->jobsModel()->jobs().first().state : QString())
                           .arg(page->actionMessage())));
        noteStall(probe, qPrintable(QStringLiteral("queues load, Redis %1").arg(how)));
    }

    void usageLoadSurvivesPostgresFaults_data() { howColumns(); }
    // The Usage page is reading its rollups (waiting for a lock) when PostgreSQL goes: it says so, and the
    // page is read again by itself once the server is back.
    void usageLoadSurvivesPostgresFaults()
    {
        QFETCH(QString, how);
        UsagePage* page = m_window->usagePage();
        m_window->showPage(MainWindow::UsagePageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->tableModel()->rowCount() > 0, 20000);
        Blocker blocker = block(QStringLiteral("LOCK TABLE usage_daily, usage_daily_model, usage_hourly_model, "
                                               "usage_monthly, usage_monthly_model IN ACCESS EXCLUSIVE MODE"));
        QTest::qWait(200);
        LagProbe probe;
        probe.start();
        QSignalSpy loaded(page, &UsagePage::loaded);
        page->reload();
        QVERIFY(someoneWaitsForALock());
        QVERIFY(faultAndRevive(
            QStringLiteral("pg"), how, [&] { QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0; }, 5000)); }));
        (void)QTest::qWaitFor([&] { return blocker.held.isFinished(); }, 5000);
        loaded.clear();
        QVERIFY(QTest::qWaitFor([&] { return loaded.count() > 0 && !page->isLoading(); }, 10000));
        QVERIFY(page->tableModel()->rowCount() > 0);
        noteStall(probe, qPrintable(QStringLiteral("usage load, PostgreSQL %1").arg(how)));
    }

    void planPushSurvivesRedisFaults_data() { howColumns(); }
    // A plan save commits in PostgreSQL and then writes the tenants' limits to Redis, which holds every
    // command and goes: the save is done once (one version, one audit record), the page says the limits
    // are still to be pushed, and pushing once Redis is back clears them.
    void planPushSurvivesRedisFaults()
    {
        QFETCH(QString, how);
        PlansPage* page = m_window->plansPage();
        m_window->showPage(MainWindow::PlansPageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 20000);
        page->selectPlan(QStringLiteral("starter"));
        QTRY_COMPARE_WITH_TIMEOUT(page->draft()->base().id, QStringLiteral("starter"), 5000);
        const int version = page->draft()->base().version;
        const qint64 runs = page->draft()->value(QStringLiteral("monthly_runs")).toInteger();
        page->editField(QStringLiteral("monthly_runs"), double(runs + 3));
        const QString reason = QStringLiteral("fault push %1 %2").arg(how).arg(QDateTime::currentMSecsSinceEpoch());
        auto pg = checkPg();
        auto redis = TestServers::adminRedis();
        QCOMPARE(TestServers::redis(redis.get(), {"CLIENT", "PAUSE", "20000", "ALL"}).text, QByteArray("OK"));
        LagProbe probe;
        probe.start();
        QSignalSpy saved(page, &PlansPage::saved);
        QSignalSpy pushed(page, &PlansPage::pushed);
        page->save(reason);
        QVERIFY(QTest::qWaitFor([&] { return saved.count() > 0; }, 10000));
        QVERIFY2(saved.first().at(0).toBool(), qPrintable(page->message()));
        QVERIFY(faultAndRevive(QStringLiteral("redis"), how, [&] {
            QVERIFY(QTest::qWaitFor([&] { return pushed.count() > 0; }, 5000));
            QCOMPARE(pushed.first().at(0).toBool(), false);
        }));
        pg = checkPg();
        QCOMPARE(TestServers::exec(pg.get(), QStringLiteral("SELECT version FROM plans WHERE id = 'starter'"))
                     .scalar()
                     .toInt(),
                 version + 1);
        const auto audited = [&] {
            return TestServers::exec(pg.get(),
                                     QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'plan.update' "
                                                    "AND reason = ?"),
                                     {reason})
                .scalar()
                .toInt();
        };
        if (audited() != 1)
            ++m_figures.actionsDoneTwice;
        QCOMPARE(audited(), 1);
        ++m_figures.inFlightDone;
        QTRY_VERIFY_WITH_TIMEOUT(page->pendingTenants() > 0, 10000); // said, not hidden
        pushed.clear();
        page->pushLimits();
        QVERIFY(QTest::qWaitFor([&] { return pushed.count() > 0; }, 10000));
        QVERIFY2(pushed.first().at(0).toBool(), qPrintable(page->message()));
        QTRY_COMPARE_WITH_TIMEOUT(page->pendingTenants(), 0, 10000);
        noteStall(probe, qPrintable(QStringLiteral("plan push, Redis %1").arg(how)));
        // Back as it was.
        QTRY_COMPARE_WITH_TIMEOUT(page->draft()->base().version, version + 1, 10000);
        page->editField(QStringLiteral("monthly_runs"), double(runs));
        saved.clear();
        page->save(QStringLiteral("fault test restore"));
        QVERIFY(QTest::qWaitFor([&] { return saved.count() > 0; }, 10000));
    }

    void jobRetryAuditSurvivesPostgresFaults_data() { howColumns(); }
    // A job retry is done in Redis; its audit record waits for a lock in PostgreSQL, which goes: the job is
    // waiting exactly once, and the page says plainly that the audit record could not be written (the
    // database has none), rather than claim either a clean success or a failure.
    void jobRetryAuditSurvivesPostgresFaults()
    {
        QFETCH(QString, how);
        auto redis = TestServers::adminRedis();
        const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray prefix = failedJobInNewQueue(redis.get(), QStringLiteral("fault-audit"));
        QueuesPage* page = m_window->queuesPage();
        m_window->showPage(MainWindow::QueuesPageIndex);
        page->discover();
        QTRY_VERIFY_WITH_TIMEOUT(page->countsModel()->rowOf(m_queue) >= 0, 10000);
        page->selectQueue(m_queue);
        page->setState(QStringLiteral("failed"));
        QTRY_VERIFY_WITH_TIMEOUT(page->jobsModel()->rowCount() == 1, 10000);
        QSignalSpy jobLoaded(page, &QueuesPage::jobLoaded);
        page->openJob(QStringLiteral("1"));
        QVERIFY(QTest::qWaitFor([&] { return jobLoaded.count() > 0; }, 10000));
        const QString reason = QStringLiteral("fault audit %1 %2").arg(how, QString::fromLatin1(now));

        Blocker blocker = block(QStringLiteral("LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE"));
        QTest::qWait(200);
        LagProbe probe;
        probe.start();
        QSignalSpy acted(page, &QueuesPage::actionFinished);
        page->performAction(JobActions::Kind::Retry, reason);
        QVERIFY(someoneWaitsForALock());
        QVERIFY(faultAndRevive(
            QStringLiteral("pg"), how, [&] { QVERIFY(QTest::qWaitFor([&] { return acted.count() > 0; }, 5000)); }));
        (void)QTest::qWaitFor([&] { return blocker.held.isFinished(); }, 5000);
        // The shutdown ends the lock holder and the waiting audit write together: the write may win and
        // commit. Either way the page must say what the database has.
        const bool auditMissing = page->actionMessage().contains(QLatin1String("audit record could not be written"));
        redis = TestServers::adminRedis();
        const RedisReply positions = TestServers::redis(redis.get(), {"LPOS", prefix + "wait", "1", "COUNT", "0"});
        if (positions.elements.size() != 1)
            ++m_figures.actionsDoneTwice;
        QCOMPARE(positions.elements.size(), 1); // done exactly once
        auto pg = checkPg();
        QCOMPARE(
            TestServers::exec(pg.get(), QStringLiteral("SELECT count(*) FROM audit_log WHERE reason = ?"), {reason})
                .scalar()
                .toInt(),
            auditMissing ? 0 : 1);
        ++m_figures.inFlightDone;
        noteStall(probe, qPrintable(QStringLiteral("job retry audit, PostgreSQL %1").arg(how)));
        for (const char* suffix : {"meta", "failed", "wait", "marker", "events", "1"})
            TestServers::redis(redis.get(), {"DEL", prefix + suffix});
    }

    // An answer streaming in the Playground while both servers go and come back: every token arrives, the
    // prompt being written next is kept, and the window never stalls.
    void streamSurvivesBothServersGoing_data() { howColumns(); }
    void streamSurvivesBothServersGoing()
    {
        QFETCH(QString, how);
        PlaygroundPage* page = m_window->playgroundPage();
        QVERIFY(page);
        m_window->showPage(MainWindow::PlaygroundPageIndex);
        ProviderPeer peer;
        QVector<ProviderPeer::Piece> pieces{
            {"HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n", 0}};
        constexpr int kTokens = 60;
        for (int i = 0; i < kTokens; ++i)
            pieces.append({"data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\" t" + QByteArray::number(i)
                               + "\"},\"finish_reason\":null}]}\n\n",
                           50});
        pieces.append({"data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                       "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":5,\"completion_tokens\":60}}\n\n"
                       "data: [DONE]\n\n",
                       0});
        peer.answer(pieces);
        page->setProvider(ChatRequest::Provider::OpenAi);
        page->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        page->setModel(QStringLiteral("gpt-4o-mini"));
        page->setPrompt(QStringLiteral("Count"));
        LagProbe probe;
        probe.start();
        QSignalSpy finished(page, &PlaygroundPage::answerFinished);
        QSignalSpy deltas(page->session(), &ChatSession::delta);
        page->send(true);
        QVERIFY(QTest::qWaitFor([&] { return deltas.count() >= 3; }, 10000));
        const QString draft = QStringLiteral("the next question, half written");
        page->setPrompt(draft);
        QVERIFY(faultAndRevive(QStringLiteral("pg"), how));
        QVERIFY(faultAndRevive(QStringLiteral("redis"), how));
        QVERIFY(QTest::qWaitFor([&] { return finished.count() > 0; }, 20000));
        QString answer;
        for (const auto& d : std::as_const(deltas))
            answer += d.at(1).toString();
        for (int i = 0; i < kTokens; ++i)
            QVERIFY2(answer.contains(QStringLiteral(" t%1").arg(i)), qPrintable(answer));
        if (page->prompt() != draft)
            ++m_figures.editsLost;
        QCOMPARE(page->prompt(), draft);
        noteStall(probe, qPrintable(QStringLiteral("stream while both servers go, %1").arg(how)));
    }
};

QTEST_MAIN(TestFaults)
#include "TestFaults.moc"
