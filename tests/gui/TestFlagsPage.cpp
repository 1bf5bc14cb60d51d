#include <LagProbe.h>
#include <Screenshots.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/AiConfigOperations.h>
#include <models/operations/Operations.h>
#include <models/plans/AiConfigPusher.h>
#include <models/plans/AiConfigRepository.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <ui/common/StatePanel.h>
#include <ui/flags/AiConfigPanel.h>
#include <ui/flags/ChangeReviewDialog.h>
#include <ui/flags/FlagsPage.h>
#include <ui/flags/FlagsPanel.h>
#include <ui/platform/MainWindow.h>
#include <ui/playground/PlaygroundPage.h>

#include <app/PageServicesOf.h>

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxStallMs = 1000;
#else
constexpr qint64 kMaxStallMs = 50;
#endif

// The Flags and AI configuration page in a real main window, offscreen, on the private servers with the
// demo data: a flag's rollout changed after a review naming exactly the tenants whose value changes, Redis
// holding the new value, a confirmed rollback restoring it; an edit on a stale version refused and kept;
// a new flag; the global defaults changed and rolled back, reaching only the tenants that do not set the
// field themselves; a tenant's effective configuration; bad input refused before it is sent; the flagd
// export; and the error state when PostgreSQL is gone.
class TestFlagsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    std::unique_ptr<RedisClient> m_redis;

    FlagsPage* page() const { return m_window->flagsPage(); }
    FlagsPanel* flags() const { return page()->flags(); }
    AiConfigPanel* config() const { return page()->aiConfig(); }

    QString scalar(const QString& statement, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_admin.get(), statement, params);
        return result.ok() ? result.scalar().toString() : QStringLiteral("error: ") + result.error;
    }

    QJsonObject heldInRedis(const QString& tenant)
    {
        QJsonObject held;
        const RedisReply all = TestServers::redis(m_redis.get(), {"HGETALL", "ai_config:" + tenant.toUtf8()});
        for (int i = 0; i + 1 < all.elements.size(); i += 2)
            held.insert(QString::fromUtf8(all.elements.at(i).text), QString::fromUtf8(all.elements.at(i + 1).text));
        return held;
    }

    bool flagHeld(const QString& tenant, const QString& key)
    {
        return QJsonDocument::fromJson(heldInRedis(tenant).value(QStringLiteral("flags")).toString().toUtf8())
            .object()
            .value(key)
            .toBool();
    }

    // The review the page opened (after reviewReady), confirmed with a reason.
    static ChangeReviewDialog* openReview(QWidget* owner)
    {
        ChangeReviewDialog* dialog = nullptr;
        for (ChangeReviewDialog* candidate : owner->findChildren<ChangeReviewDialog*>()) {
            if (candidate->isVisible())
                dialog = candidate;
        }
        return dialog;
    }

    static QString cell(QTableWidget* table, int row, int column)
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        m_services = std::make_unique<Operations>(TestServers::adminProfile(), TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        PageServices services = pageServicesOf(
            *m_services, new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get()), {});
        services.alertMonitor = nullptr; // no background evaluation competing with the page
        services.alerts = nullptr;
        m_window->setServices(services);
        m_services->connectAll();
        QVERIFY(page());
    }

    void cleanupTestCase()
    {
        if (!m_admin)
            return;
        TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM feature_flags WHERE key LIKE 'test-gui-%'"));
        // Every tenant's hash written again without the deleted flag.
        TestServers::exec(m_admin.get(),
                          QStringLiteral("INSERT INTO ai_config_push_pending (tenant_id, cause) SELECT id, 'test "
                                         "cleanup' FROM tenants ON CONFLICT (tenant_id) DO NOTHING"));
        awaitFuture(AiConfigPusher(m_admin.get(), m_redis.get()).push());
    }

    void loadsWithoutStalling()
    {
        LagProbe probe;
        probe.start();
        QSignalSpy loaded(flags(), &FlagsPanel::loaded);
        m_window->showPage(MainWindow::FlagsPageIndex);
        QVERIFY(loaded.wait(10000));
        const qint64 stall = probe.stop();
        qInfo("flags page load: worst event-loop stall %lld ms", stall);
        QVERIFY2(stall <= kMaxStallMs, qPrintable(QString::number(stall)));
        QCOMPARE(flags()->flagTable()->rowCount(),
                 scalar(QStringLiteral("SELECT count(*) FROM feature_flags")).toInt());
        QVERIFY(flags()->flagTable()->rowCount() >= 5); // the demo's flags
        // Each row: its rollout and how many tenants it is on for, as the server counts them.
        for (int row = 0; row < flags()->flagTable()->rowCount(); ++row) {
            const QString key = cell(flags()->flagTable(), row, 0);
            QCOMPARE(cell(flags()->flagTable(), row, 2).remove(QRegularExpression(QStringLiteral("\\D"))),
                     scalar(QStringLiteral("SELECT tenants_on FROM feature_flags_overview() WHERE key = ?"), {key}));
        }
    }

    void aRolloutChangeIsReviewedSavedAndRolledBack()
    {
        const QString key = QStringLiteral("rag-v2");
        QSignalSpy history(flags(), &FlagsPanel::historyLoaded);
        flags()->selectFlag(key);
        QVERIFY(history.wait(10000));
        const int versionBefore
            = scalar(QStringLiteral("SELECT version FROM feature_flags WHERE key = ?"), {key}).toInt();
        QCOMPARE(flags()->historyTable()->rowCount(), versionBefore);
        const int rollbacksAudited
            = scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'flag.rollback' AND object_id = ? "
                                    "AND reason = 'too early for half'"),
                     {key})
                  .toInt();
        const int percentBefore
            = scalar(QStringLiteral("SELECT percentage FROM feature_flags WHERE key = ?"), {key}).toInt();
        QTRY_VERIFY_WITH_TIMEOUT(flags()->tenantList()->count() > 0, 5000);
        QCOMPARE(
            qint64(flags()->tenantList()->count()),
            qMin<qint64>(FlagsPanel::kTenantsShown,
                         scalar(QStringLiteral("SELECT tenants_on FROM feature_flags_overview() WHERE key = ?"), {key})
                             .toLongLong()));

        // The edit: the percentage up (or down) by 25. The review names exactly the tenants whose bucket lies
        // between the two, each with the flag's value now and after.
        const int percentAfter = percentBefore <= 50 ? percentBefore + 25 : percentBefore - 25;
        const bool widening = percentAfter > percentBefore;
        flags()->findChild<QSpinBox*>(QStringLiteral("flagPercentage"))->setValue(percentAfter);
        QSignalSpy ready(flags(), &FlagsPanel::reviewReady);
        flags()->review();
        QTRY_VERIFY2_WITH_TIMEOUT(ready.count() > 0, qPrintable(flags()->message()), 10000);
        ready.clear();
        ChangeReviewDialog* dialog = openReview(flags());
        QVERIFY(dialog);
        auto* diff = dialog->findChild<QTableWidget*>(QStringLiteral("changeDiff"));
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(cell(diff, 0, 0), QStringLiteral("percentage"));
        QCOMPARE(cell(diff, 0, 1), QString::number(percentBefore));
        QCOMPARE(cell(diff, 0, 2), QString::number(percentAfter));
        const QString gaining
            = scalar(QStringLiteral(
                         "SELECT count(*) FROM tenants WHERE ts_flag_bucket(?, id) >= ? AND ts_flag_bucket(?, id) < ?"),
                     {key, qMin(percentBefore, percentAfter), key, qMax(percentBefore, percentAfter)});
        QVERIFY(gaining.toInt() > 0);
        auto* reached = dialog->findChild<QTableWidget*>(QStringLiteral("changeTenants"));
        // All of them counted, the first ones (by name) listed.
        QCOMPARE(reached->rowCount(), qMin(FlagsPanel::kReviewTenants, gaining.toInt()));
        QVERIFY2(
            dialog->findChild<QLabel*>(QStringLiteral("changeImpact"))->text().contains(gaining + QLatin1Char(' ')),
            qPrintable(dialog->findChild<QLabel*>(QStringLiteral("changeImpact"))->text()));
        for (int row = 0; row < reached->rowCount(); ++row) {
            QCOMPARE(cell(reached, row, 2), widening ? QStringLiteral("off") : QStringLiteral("on"));
            QCOMPARE(cell(reached, row, 3), widening ? QStringLiteral("on") : QStringLiteral("off"));
        }
        const QString gainer = reached->item(0, 0)->toolTip(); // a tenant whose value changes
        QCOMPARE(flagHeld(gainer, key), !widening);
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("changeConfirm"))->isEnabled()); // no reason yet
        dialog->setReason(QStringLiteral("move rag-v2 by a quarter"));
        QSignalSpy changed(flags(), &FlagsPanel::changed);
        dialog->findChild<QPushButton*>(QStringLiteral("changeConfirm"))->click();
        QVERIFY(changed.wait(10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(flags()->message()));
        QVERIFY2(flags()->message().contains(QStringLiteral("version %1").arg(versionBefore + 1)),
                 qPrintable(flags()->message()));
        QCOMPARE(flagHeld(gainer, key), widening);
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")), QStringLiteral("0"));

        // The rollback to the version before, confirmed in one step: the same tenants lose it again. (The
        // blocking checks above run an event loop: the reloaded history may be in already.)
        QTRY_COMPARE_WITH_TIMEOUT(flags()->historyTable()->rowCount(), versionBefore + 1, 10000);
        flags()->historyTable()->selectRow(1); // the version before the edit
        auto* rollback = flags()->findChild<QPushButton*>(QStringLiteral("flagRollback"));
        QVERIFY(rollback->isEnabled());
        rollback->click();
        QTRY_VERIFY2_WITH_TIMEOUT(ready.count() > 0, qPrintable(flags()->message() + config()->message()), 10000);
        ready.clear();
        dialog = openReview(flags());
        QVERIFY(dialog);
        reached = dialog->findChild<QTableWidget*>(QStringLiteral("changeTenants"));
        QCOMPARE(reached->rowCount(), qMin(FlagsPanel::kReviewTenants, gaining.toInt()));
        dialog->setReason(QStringLiteral("too early for half"));
        changed.clear();
        dialog->findChild<QPushButton*>(QStringLiteral("changeConfirm"))->click();
        QVERIFY(changed.wait(10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(flags()->message()));
        QCOMPARE(scalar(QStringLiteral("SELECT percentage FROM feature_flags WHERE key = ?"), {key}).toInt(),
                 percentBefore);
        QCOMPARE(
            scalar(QStringLiteral("SELECT rolled_back_to FROM feature_flag_versions WHERE key = ? ORDER BY version "
                                  "DESC LIMIT 1"),
                   {key}),
            QString::number(versionBefore));
        QCOMPARE(flagHeld(gainer, key), !widening);
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'flag.rollback' AND object_id = ? "
                                  "AND reason = 'too early for half'"),
                   {key})
                .toInt(),
            rollbacksAudited + 1);
    }

    void screenshotOfTheFlags() // after a change and its rollback, before the tests below add theirs
    {
        m_window->findChild<QTabWidget*>(QStringLiteral("flagsTabs"))->setCurrentWidget(flags());
        QSignalSpy history(flags(), &FlagsPanel::historyLoaded);
        flags()->selectFlag(QStringLiteral("rag-v2"));
        QVERIFY(history.wait(10000));
        QTRY_VERIFY_WITH_TIMEOUT(flags()->tenantList()->count() > 0, 5000);
        saveScreenshot(QStringLiteral("flags.png"));
    }

    void aTenantShowsItsOwnAndItsEffectiveConfiguration()
    {
        const QString tenant = scalar(QStringLiteral("SELECT tenant_id FROM ai_configs WHERE tenant_id IS NOT NULL AND "
                                                     "model IS NOT NULL ORDER BY tenant_id LIMIT 1"));
        const QString model = scalar(
            QStringLiteral("SELECT model FROM ai_configs WHERE tenant_id = ? ORDER BY version DESC LIMIT 1"), {tenant});
        const QString name = scalar(QStringLiteral("SELECT name FROM tenants WHERE id = ?"), {tenant});
        QSignalSpy loaded(config(), &AiConfigPanel::loaded);
        m_window->findChild<QTabWidget*>(QStringLiteral("flagsTabs"))->setCurrentWidget(config());
        page()->showTenantConfig(tenant, name);
        QVERIFY(loaded.wait(10000));
        QCOMPARE(config()->findChild<QLineEdit*>(QStringLiteral("aiModel"))->text(), model);
        QTRY_VERIFY_WITH_TIMEOUT(config()->effectiveText().contains(model), 5000);
        saveScreenshot(QStringLiteral("ai-config.png"));
        QVERIFY(config()->effectiveText().contains(QStringLiteral("model: %1 (tenant)").arg(model)));
        QVERIFY2(config()->effectiveText().contains(QLatin1String("(global default)")),
                 qPrintable(config()->effectiveText()));
        QVERIFY(config()->effectiveText().contains(QLatin1String("flag rag-v2:")));

        // Try in the Playground: the tenant chosen there, its effective prompt and model filled in.
        auto* tryIt = config()->findChild<QPushButton*>(QStringLiteral("aiTryInPlayground"));
        QVERIFY(tryIt->isVisibleTo(config()));
        QSignalSpy tenantLoaded(m_window->playgroundPage(), &PlaygroundPage::tenantLoaded);
        tryIt->click();
        QVERIFY(m_window->playgroundPage()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(tenantLoaded.count() > 0, 10000);
        QCOMPARE(m_window->playgroundPage()->currentSettings().tenantId, tenant);
        QCOMPARE(m_window->playgroundPage()->currentSettings().model, model);
        m_window->showPage(MainWindow::FlagsPageIndex);
    }

    void anEditOnAStaleVersionIsRefusedAndKept()
    {
        const QString key = QStringLiteral("streaming-tools");
        QSignalSpy history(flags(), &FlagsPanel::historyLoaded);
        flags()->selectFlag(key);
        QVERIFY(history.wait(10000));
        // Someone else changes the flag after the page read it.
        const PgResult other
            = TestServers::exec(m_admin.get(),
                                QStringLiteral("SELECT flag_set(?, (SELECT version FROM feature_flags WHERE key = ?), "
                                               "'{\"description\": \"changed elsewhere\"}', 'another console')"),
                                {key, key});
        QVERIFY2(other.ok(), qPrintable(other.error));
        const QString myEdit = QStringLiteral("my edit %1").arg(QDateTime::currentMSecsSinceEpoch());
        flags()->findChild<QLineEdit*>(QStringLiteral("flagDescription"))->setText(myEdit);
        QSignalSpy changed(flags(), &FlagsPanel::changed);
        QSignalSpy loaded(flags(), &FlagsPanel::loaded);
        flags()->save(QStringLiteral("my change"));
        QVERIFY(changed.wait(10000));
        QVERIFY(!changed.first().at(0).toBool());
        QVERIFY2(flags()->message().contains(QLatin1String("was changed by")), qPrintable(flags()->message()));
        QVERIFY2(flags()->message().contains(QLatin1String("still here")), qPrintable(flags()->message()));
        QCOMPARE(scalar(QStringLiteral("SELECT description FROM feature_flags WHERE key = ?"), {key}),
                 QStringLiteral("changed elsewhere"));
        // The page reloads the version now and keeps the edit on top of it: saving again works.
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 10000);
        QCOMPARE(flags()->draftState().value(QStringLiteral("description")).toString(), myEdit);
        changed.clear();
        flags()->save(QStringLiteral("my change, again"));
        QVERIFY(changed.wait(10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(flags()->message()));
        QCOMPARE(scalar(QStringLiteral("SELECT description FROM feature_flags WHERE key = ?"), {key}), myEdit);
    }

    void aNewFlagIsCreatedAndBadInputRefused()
    {
        flags()->startNewFlag();
        auto* key = flags()->findChild<QLineEdit*>(QStringLiteral("flagKey"));
        QVERIFY(!key->isReadOnly());
        key->setText(QStringLiteral("Bad Key"));
        flags()->review();
        QVERIFY2(flags()->message().contains(QLatin1String("lower-case")), qPrintable(flags()->message()));
        key->setText(QStringLiteral("test-gui-flag"));
        auto* rollout = flags()->findChild<QComboBox*>(QStringLiteral("flagRollout"));
        rollout->setCurrentIndex(rollout->findData(QStringLiteral("tenants")));
        auto* tenants = flags()->findChild<QPlainTextEdit*>(QStringLiteral("flagTenants"));
        tenants->setPlainText(QStringLiteral("not-a-tenant"));
        flags()->review();
        QVERIFY2(flags()->message().contains(QLatin1String("not a tenant id")), qPrintable(flags()->message()));
        // A well-formed id that is no tenant: the server refuses it, nothing is created.
        tenants->setPlainText(QStringLiteral("00000000-0000-0000-0000-000000000001"));
        flags()->findChild<QCheckBox*>(QStringLiteral("flagEnabled"))->setChecked(true);
        QSignalSpy changed(flags(), &FlagsPanel::changed);
        flags()->save(QStringLiteral("bad tenant"));
        QVERIFY(changed.wait(10000));
        QVERIFY(!changed.first().at(0).toBool());
        QVERIFY2(flags()->message().contains(QLatin1String("is not a tenant")), qPrintable(flags()->message()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM feature_flags WHERE key = 'test-gui-flag'")),
                 QStringLiteral("0"));

        const QString tenant = scalar(QStringLiteral("SELECT id FROM tenants ORDER BY name LIMIT 1"));
        tenants->setPlainText(tenant);
        QSignalSpy ready(flags(), &FlagsPanel::reviewReady);
        flags()->review();
        QTRY_VERIFY2_WITH_TIMEOUT(ready.count() > 0, qPrintable(flags()->message() + config()->message()), 10000);
        ready.clear();
        ChangeReviewDialog* dialog = openReview(flags());
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QTableWidget*>(QStringLiteral("changeTenants"))->rowCount(), 1);
        dialog->setReason(QStringLiteral("try the new flag on one tenant"));
        changed.clear();
        dialog->findChild<QPushButton*>(QStringLiteral("changeConfirm"))->click();
        QVERIFY(changed.wait(10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(flags()->message()));
        QVERIFY(flagHeld(tenant, QStringLiteral("test-gui-flag")));
        const QString other = scalar(QStringLiteral("SELECT id FROM tenants ORDER BY name LIMIT 1 OFFSET 1"));
        QVERIFY(!flagHeld(other, QStringLiteral("test-gui-flag")));
        QVERIFY(heldInRedis(other).value(QStringLiteral("flags")).toString().contains(QLatin1String("test-gui-flag")));
    }

    void theFlagdExportServesWhatTheServerEvaluates()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("flags.flagd.json"));
        QSignalSpy exported(flags(), &FlagsPanel::exported);
        QVERIFY(flags()->exportFlagd(path));
        QVERIFY(exported.wait(20000));
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(flags()->message()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject flagSet = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(flagSet.value(QStringLiteral("$schema")).toString(),
                 QStringLiteral("https://flagd.dev/schema/v0/flags.json"));
        const QJsonObject all = flagSet.value(QStringLiteral("flags")).toObject();
        QCOMPARE(all.size(), scalar(QStringLiteral("SELECT count(*) FROM feature_flags")).toInt());
        // A percentage rollout is the tenants it selects; every tenant and no tenant are default variants.
        const QJsonObject rag = all.value(QStringLiteral("rag-v2")).toObject();
        const QJsonArray inList = rag.value(QStringLiteral("targeting"))
                                      .toObject()
                                      .value(QStringLiteral("if"))
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value(QStringLiteral("in"))
                                      .toArray()
                                      .at(1)
                                      .toArray();
        QStringList listed;
        for (const QJsonValue& id : inList)
            listed << id.toString();
        QCOMPARE(
            listed.join(u','),
            scalar(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM tenants WHERE "
                                  "ts_flag_bucket('rag-v2', id) < (SELECT percentage FROM feature_flags WHERE key = "
                                  "'rag-v2')")));
        QCOMPARE(
            all.value(QStringLiteral("prompt-cache")).toObject().value(QStringLiteral("defaultVariant")).toString(),
            QStringLiteral("on"));
        QVERIFY(!all.value(QStringLiteral("prompt-cache")).toObject().contains(QStringLiteral("targeting")));
        QCOMPARE(all.value(QStringLiteral("agent-mode")).toObject().value(QStringLiteral("defaultVariant")).toString(),
                 QStringLiteral("off"));
    }

    void theGlobalDefaultsChangeAndRollBack()
    {
        m_window->findChild<QTabWidget*>(QStringLiteral("flagsTabs"))->setCurrentWidget(config());
        QSignalSpy loaded(config(), &AiConfigPanel::loaded);
        config()->showSubject({});
        QVERIFY(loaded.wait(10000));
        const int versionBefore
            = scalar(QStringLiteral("SELECT max(version) FROM ai_configs WHERE tenant_id IS NULL")).toInt();
        QCOMPARE(config()->currentVersion(), versionBefore);
        QCOMPARE(config()->historyTable()->rowCount(), versionBefore);
        const QString temperatureBefore = scalar(
            QStringLiteral("SELECT temperature::float8 FROM ai_configs WHERE tenant_id IS NULL ORDER BY version "
                           "DESC LIMIT 1"));

        // Out of range and not a number: refused before anything is sent.
        config()->editField(QStringLiteral("temperature"), QStringLiteral("3"));
        config()->review();
        QVERIFY2(config()->message().contains(QLatin1String("from 0 to 2")), qPrintable(config()->message()));
        const QString warmer
            = temperatureBefore == QLatin1String("0.35") ? QStringLiteral("0.45") : QStringLiteral("0.35");
        config()->editField(QStringLiteral("temperature"), warmer);
        config()->editField(QStringLiteral("max_tokens"), QStringLiteral("12.5"));
        config()->review();
        QVERIFY2(config()->message().contains(QLatin1String("whole number")), qPrintable(config()->message()));
        config()->editField(
            QStringLiteral("max_tokens"),
            scalar(QStringLiteral(
                "SELECT coalesce(max_tokens::text, '') FROM ai_configs WHERE tenant_id IS NULL ORDER BY version "
                "DESC LIMIT 1")));

        // The review: one field, reaching every tenant that does not set its own temperature.
        QSignalSpy ready(config(), &AiConfigPanel::reviewReady);
        config()->review();
        QTRY_VERIFY2_WITH_TIMEOUT(ready.count() > 0, qPrintable(flags()->message() + config()->message()), 10000);
        ready.clear();
        ChangeReviewDialog* dialog = openReview(config());
        QVERIFY(dialog);
        auto* diff = dialog->findChild<QTableWidget*>(QStringLiteral("changeDiff"));
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(cell(diff, 0, 0), QStringLiteral("temperature"));
        QCOMPARE(cell(diff, 0, 2), warmer);
        const QString reachedCount = scalar(QStringLiteral(
            "SELECT count(*) FROM tenants t WHERE NOT EXISTS (SELECT 1 FROM ai_configs c WHERE c.tenant_id = t.id AND "
            "c.version = (SELECT max(version) FROM ai_configs x WHERE x.tenant_id = t.id) AND c.temperature IS NOT "
            "NULL)"));
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("changeImpact"))
                     ->text()
                     .contains(reachedCount + QLatin1Char(' ')),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("changeImpact"))->text()));
        QVERIFY(reachedCount.toInt() < scalar(QStringLiteral("SELECT count(*) FROM tenants")).toInt());
        const QString follower
            = dialog->findChild<QTableWidget*>(QStringLiteral("changeTenants"))->item(0, 0)->toolTip();
        const QString ownTemperature = scalar(QStringLiteral(
            "SELECT tenant_id FROM ai_configs WHERE tenant_id IS NOT NULL AND temperature IS NOT NULL LIMIT 1"));
        const QString ownBefore = heldInRedis(ownTemperature).value(QStringLiteral("temperature")).toString();
        dialog->setReason(QStringLiteral("a little warmer"));
        QSignalSpy changed(config(), &AiConfigPanel::changed);
        dialog->findChild<QPushButton*>(QStringLiteral("changeConfirm"))->click();
        QVERIFY(changed.wait(10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(config()->message()));
        QCOMPARE(heldInRedis(follower).value(QStringLiteral("temperature")).toString(), warmer);
        QCOMPARE(heldInRedis(ownTemperature).value(QStringLiteral("temperature")).toString(), ownBefore);

        // Roll back to the version before, confirmed: Redis holds the earlier temperature again.
        QTRY_COMPARE_WITH_TIMEOUT(config()->historyTable()->rowCount(), versionBefore + 1, 10000);
        config()->historyTable()->selectRow(1);
        auto* rollback = config()->findChild<QPushButton*>(QStringLiteral("aiConfigRollback"));
        QVERIFY(rollback->isEnabled());
        rollback->click();
        QTRY_VERIFY2_WITH_TIMEOUT(ready.count() > 0, qPrintable(flags()->message() + config()->message()), 10000);
        ready.clear();
        dialog = openReview(config());
        QVERIFY(dialog);
        dialog->setReason(QStringLiteral("back to the cooler default"));
        changed.clear();
        dialog->findChild<QPushButton*>(QStringLiteral("changeConfirm"))->click();
        QVERIFY(changed.wait(10000));
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(config()->message()));
        QCOMPARE(heldInRedis(follower).value(QStringLiteral("temperature")).toString(), temperatureBefore);
        QCOMPARE(
            scalar(QStringLiteral("SELECT rolled_back_to FROM ai_configs WHERE tenant_id IS NULL ORDER BY version DESC "
                                  "LIMIT 1")),
            QString::number(versionBefore));
    }

    // A tenant whose Redis hash is older than PostgreSQL (a push that failed while Redis was down, or a change
    // made by another tool) is shown as pending, and Push now brings Redis up to date.
    void aPendingPushIsShownAndDone()
    {
        const QString tenant = scalar(QStringLiteral("SELECT id FROM tenants ORDER BY name LIMIT 1"));
        TestServers::redis(m_redis.get(), {"HSET", "ai_config:" + tenant.toUtf8(), "model", "stale-model"});
        const PgResult queued = TestServers::exec(
            m_admin.get(),
            QStringLiteral(
                "INSERT INTO ai_config_push_pending (tenant_id, cause) VALUES (?::uuid, 'test: Redis was down')"),
            {tenant});
        QVERIFY2(queued.ok(), qPrintable(queued.error));
        m_window->findChild<QTabWidget*>(QStringLiteral("flagsTabs"))->setCurrentWidget(flags());
        flags()->reload();
        auto* pending = flags()->findChild<QLabel*>(QStringLiteral("flagsPending"));
        auto* pushNow = flags()->findChild<QPushButton*>(QStringLiteral("flagsPushNow"));
        QTRY_VERIFY_WITH_TIMEOUT(pending->text().contains(QLatin1String("Redis is behind for 1 tenant")), 10000);
        QVERIFY(pushNow->isVisibleTo(flags()));
        QSignalSpy changed(flags(), &FlagsPanel::changed);
        pushNow->click();
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() > 0, 10000);
        QVERIFY2(changed.first().at(0).toBool(), qPrintable(flags()->message()));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM ai_config_push_pending")), QStringLiteral("0"));
        QCOMPARE(heldInRedis(tenant).value(QStringLiteral("model")).toString(),
                 scalar(QStringLiteral("SELECT ai_effective_config(?::uuid) ->> 'model'"), {tenant}));
        QTRY_VERIFY_WITH_TIMEOUT(pending->text().isEmpty() && !pushNow->isVisibleTo(flags()), 10000);
    }

    void theErrorStateWhenPostgresIsGone()
    {
        PgConfig pgConfig = TestServers::adminProfile().pg;
        pgConfig.port = 1;
        PgSession gone(pgConfig, QStringLiteral("x"));
        gone.open();
        AiConfigRepository repository(&gone);
        AiConfigPusher pusher(&gone, m_redis.get());
        AiConfigOperations operations(&repository, &pusher, m_redis.get());
        FlagsPage offline(&repository, &operations, m_services->tenants());
        QSignalSpy loaded(offline.flags(), &FlagsPanel::loaded);
        offline.reload();
        QTRY_VERIFY_WITH_TIMEOUT(loaded.count() > 0, 20000);
        auto* state = offline.flags()->findChild<StatePanel*>();
        QVERIFY(state);
        QVERIFY2(state->currentMessage().contains(QLatin1String("could not be read")),
                 qPrintable(state->currentMessage()));
    }

private:
    void saveScreenshot(const QString& name) // for the README (scripts/screenshots)
    {
        QString base = name;
        Screenshots::save(m_window.get(), base.remove(QStringLiteral(".png")));
    }
};

QTEST_MAIN(TestFlagsPage)
#include "TestFlagsPage.moc"
