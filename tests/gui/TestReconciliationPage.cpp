#include <Screenshots.h>
#include <StripePeer.h>
#include <StripeSeed.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/billing/BillingController.h>
#include <models/billing/BillingDifferenceModel.h>
#include <models/billing/ReconciliationFilter.h>
#include <models/billing/ReconciliationTableModel.h>
#include <models/operations/BillingOperations.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
#include <ui/billing/ReconciliationPage.h>
#include <ui/platform/ConnectionDialog.h>
#include <ui/platform/MainWindow.h>
#include <ui/platform/PageServices.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The Reconciliation page on the real PostgreSQL (the demo's month before this one, one planted case of
// each discrepancy kind) against a local Stripe peer: every tenant side by side, sorted and filtered by
// drift, a tenant's differences explained, the CSV of what is shown, a missing day re-sent after the
// confirmation (and refused once Stripe has invoiced), Cancel keeping the figures shown; loading, empty and
// error states.
class TestReconciliationPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;
    StripePeer m_peer;
    QDate m_month;

    ReconciliationPage* page() { return m_window->reconciliationPage(); }

    QString scalar(const QString& sql, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_pg.get(), sql, params);
        return result.ok() && !result.rows.isEmpty() ? result.rows.first().value(0).toString() : QString();
    }

    static bool reload(ReconciliationPage* page)
    {
        QSignalSpy loaded(page, &ReconciliationPage::loaded);
        page->reload();
        return loaded.wait(120000);
    }

    // The shown row of the tenant whose Stripe customer starts with `customer` (the planted cases).
    int shownRowOf(const QString& customer)
    {
        ReconciliationFilter* shown = page()->shownModel();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const TenantReconciliation* tenant = shown->tenantAt(row);
            if (tenant->account.customerId.startsWith(customer))
                return row;
        }
        return -1;
    }

    int differenceRowOf(BillingDifference::Kind kind)
    {
        for (int row = 0; row < page()->differenceModel()->rowCount(); ++row)
            if (page()->differenceModel()->differenceAt(row)->kind == kind)
                return row;
        return -1;
    }

    std::unique_ptr<Operations> supportOperations()
    {
        return TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
        qputenv("TS_STRIPE_API_BASE", m_peer.url().toString().toUtf8());
        const QDate today = QDateTime::currentDateTimeUtc().date();
        m_month = QDate(today.year(), today.month(), 1).addMonths(-1);
        QVERIFY(StripeSeed::fromLedger(m_pg.get(), m_peer, m_month));
        ConnectionProfile profile = TestServers::adminProfile();
        profile.stripeApiBase = m_peer.url().toString();
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_services->billing()->setFirstBackoff(std::chrono::milliseconds(20));
        auto stored = m_services->billing()->storeStripeKey(m_peer.validKey);
        QVERIFY(awaitFuture(stored, 20000));
        QVERIFY2(stored.result().ok(), qPrintable(stored.result().error));
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        PageServices services;
        services.tenants = m_services->tenants();
        services.usage = m_services->usage();
        services.costs = m_services->costs();
        services.status = new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get());
        services.billing = m_services->billing();
        m_window->setServices(services);
        m_services->connectAll();
        QVERIFY(page());
    }

    void firstReadShowsLoadingThenEveryTenant()
    {
        QSignalSpy loaded(page(), &ReconciliationPage::loaded);
        m_window->showPage(MainWindow::ReconciliationPageIndex);
        QCOMPARE(page()->month(), m_month); // the month that closed last
        QVERIFY2(page()->stateMessage().contains(QLatin1String("Reading")), qPrintable(page()->stateMessage()));
        QVERIFY(page()->isLoading());
        QVERIFY(loaded.wait(120000));
        QVERIFY2(page()->stateMessage().isEmpty(), qPrintable(page()->stateMessage()));
        const int accounts = scalar(QStringLiteral("SELECT count(*) FROM billing_accounts")).toInt();
        QVERIFY(accounts > 50);
        QCOMPARE(page()->tableModel()->rowCount(), accounts);
        const BillingReconciliation& result = page()->tableModel()->reconciliation();
        QVERIFY(!result.periodOpen);
        QCOMPARE(result.tenantsWithDrift(), 6); // the six planted cases, nothing else
        QVERIFY2(page()->summaryText().contains(QLatin1String("6 with drift")), qPrintable(page()->summaryText()));
        // Sorted by the size of the drift: the drifting tenants come first.
        ReconciliationFilter* shown = page()->shownModel();
        for (int row = 0; row < shown->rowCount(); ++row) {
            const TenantReconciliation* tenant = shown->tenantAt(row);
            if (row > 0) {
                const double above
                    = shown->index(row - 1, ReconciliationTableModel::DriftUnitsColumn).data(Qt::UserRole).toDouble();
                const double here
                    = shown->index(row, ReconciliationTableModel::DriftUnitsColumn).data(Qt::UserRole).toDouble();
                QVERIFY(above >= here);
            }
            QVERIFY(tenant->stripeRead());
        }
        // Side by side: metered tokens, expected, reported and Stripe's units, the drift three ways.
        const int unreported = shownRowOf(QStringLiteral("cus_DemoUnreportedDay"));
        QVERIFY(unreported >= 0);
        const QModelIndex driftUsd = shown->index(unreported, ReconciliationTableModel::DriftUsdColumn);
        QVERIFY(driftUsd.data().toString().contains(u'$'));
        QVERIFY(shown->index(unreported, ReconciliationTableModel::DriftUnitsColumn).data(Qt::EditRole).toDouble() < 0);
        QVERIFY(
            shown->index(unreported, ReconciliationTableModel::DriftPercentColumn).data().toString().endsWith(u'%'));
        QVERIFY(shown->index(unreported, ReconciliationTableModel::DifferencesColumn)
                    .data()
                    .toString()
                    .contains(BillingDifference::kindLabel(BillingDifference::Kind::UnreportedDay)));
    }

    void filtersAndSortsByDrift()
    {
        page()->setDriftOnly(true);
        ReconciliationFilter* shown = page()->shownModel();
        QCOMPARE(shown->rowCount(), 6);
        for (int row = 0; row < shown->rowCount(); ++row)
            QVERIFY(shown->tenantAt(row)->hasDrift());
        page()->setFilterText(QStringLiteral("cus_DemoRounding"));
        QCOMPARE(shown->rowCount(), 1);
        page()->setFilterText(QString());
        shown->sort(ReconciliationTableModel::DriftUsdColumn, Qt::AscendingOrder);
        for (int row = 1; row < shown->rowCount(); ++row)
            QVERIFY(shown->index(row - 1, ReconciliationTableModel::DriftUsdColumn).data(Qt::UserRole).toDouble()
                    <= shown->index(row, ReconciliationTableModel::DriftUsdColumn).data(Qt::UserRole).toDouble());
        shown->sort(ReconciliationTableModel::DriftUnitsColumn, Qt::DescendingOrder);
        page()->setDriftOnly(false);
        QCOMPARE(shown->rowCount(), page()->tableModel()->rowCount());
    }

    void differencesAreExplainedAndOnlyMissingDaysResendable()
    {
        page()->selectTenantRow(shownRowOf(QStringLiteral("cus_DemoUnreportedDay")));
        const int missing = differenceRowOf(BillingDifference::Kind::UnreportedDay);
        QVERIFY(missing >= 0);
        page()->selectDifferenceRow(missing);
        QVERIFY2(page()->resendButton()->isEnabled(), qPrintable(page()->resendRefusalText()));
        QCOMPARE(page()->differenceModel()->index(missing, BillingDifferenceModel::ResendColumn).data().toString(),
                 QStringLiteral("possible"));
        // Rounding, a double report, late usage: nothing a re-send fixes, and the page says why.
        for (const auto& [customer, kind] :
             {std::pair{QStringLiteral("cus_DemoRounding"), BillingDifference::Kind::Rounding},
              std::pair{QStringLiteral("cus_DemoDoubleReport"), BillingDifference::Kind::DoubleReport},
              std::pair{QStringLiteral("cus_DemoLateUsage"), BillingDifference::Kind::LateUsage}}) {
            page()->selectTenantRow(shownRowOf(customer));
            const int row = differenceRowOf(kind);
            QVERIFY2(row >= 0, qPrintable(customer));
            page()->selectDifferenceRow(row);
            QVERIFY(!page()->resendButton()->isEnabled());
            QVERIFY(!page()->resendRefusalText().isEmpty());
            QVERIFY(!page()
                         ->differenceModel()
                         ->index(row, BillingDifferenceModel::DetailColumn)
                         .data()
                         .toString()
                         .isEmpty());
        }
    }

    void exportsWhatIsShownAsCsv()
    {
        page()->setDriftOnly(true);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("reconciliation.csv"));
        QString error;
        QVERIFY2(page()->exportCsv(path, &error), qPrintable(error));
        page()->setDriftOnly(false);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1 + 6);
        QVERIFY2(lines.first().contains(QLatin1String("Drift (units)")), qPrintable(lines.first()));
        const QString all = lines.join(u'\n');
        for (const char* kind : {"unreported_day@", "failed_report@", "double_report@", "late_usage@", "rounding"})
            QVERIFY2(all.contains(QLatin1String(kind)), kind);
    }

    // For the README (scripts/screenshots): the month as the demo plants it, a missing day that may be re-sent.
    void screenshots()
    {
        if (!Screenshots::wanted())
            return;
        m_window->showPage(MainWindow::ReconciliationPageIndex);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->isLoading() && page()->tableModel()->rowCount() > 0, 120000);
        page()->setDriftOnly(false);
        page()->shownModel()->sort(ReconciliationTableModel::DriftUnitsColumn, Qt::DescendingOrder);
        page()->selectTenantRow(shownRowOf(QStringLiteral("cus_DemoUnreportedDay")));
        page()->selectDifferenceRow(differenceRowOf(BillingDifference::Kind::UnreportedDay));
        QTest::qWait(500);
        Screenshots::save(m_window.get(), QStringLiteral("reconciliation"));
    }

    void aMissingDayIsResentAfterTheConfirmation()
    {
        page()->selectTenantRow(shownRowOf(QStringLiteral("cus_DemoUnreportedDay")));
        const QString tenant = page()->differenceModel()->tenant().account.tenantId;
        page()->selectDifferenceRow(differenceRowOf(BillingDifference::Kind::UnreportedDay));
        const QDate day
            = page()->differenceModel()->differenceAt(differenceRowOf(BillingDifference::Kind::UnreportedDay))->day;
        const int postsBefore = m_peer.posts;
        // Cancel in the confirmation: nothing is sent.
        QTimer::singleShot(200, this, [] {
            if (QWidget* dialog = QApplication::activeModalWidget())
                dialog->close();
        });
        page()->resendButton()->click();
        QCOMPARE(m_peer.posts, postsBefore);
        // Confirmed with a reason: sent once, recorded, audited, and the month reconciles clean for the tenant.
        QTimer::singleShot(200, this, [] {
            QWidget* dialog = QApplication::activeModalWidget();
            if (!dialog)
                return;
            dialog->findChild<QLineEdit*>(QStringLiteral("actionReason"))->setText(QStringLiteral("ticket 5120"));
            dialog->findChild<QPushButton*>(QStringLiteral("actionConfirm"))->click();
        });
        QSignalSpy loaded(page(), &ReconciliationPage::loaded);
        page()->resendButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 120000);
        QVERIFY2(page()->noticeText().contains(QLatin1String("Stripe accepted")), qPrintable(page()->noticeText()));
        QCOMPARE(m_peer.posts, postsBefore + 1);
        const QString identifier = BillingOperations::resendIdentifier(tenant, day);
        QCOMPARE(scalar(QStringLiteral("SELECT outcome FROM billing_usage_reports WHERE identifier = ?"), {identifier}),
                 QStringLiteral("accepted"));
        QVERIFY(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'billing.report_resend' AND "
                                      "reason = 'ticket 5120'"))
                    .toInt()
                >= 1);
        QCOMPARE(page()->differenceModel()->tenant().account.tenantId, tenant); // still the one looked at
        QVERIFY(differenceRowOf(BillingDifference::Kind::UnreportedDay) < 0);
        QCOMPARE(page()->tableModel()->reconciliation().tenantsWithDrift(), 5);
    }

    void anInvoicedMonthIsNeverResent()
    {
        const QVector<QJsonObject> invoices = m_peer.invoices;
        for (QJsonObject& invoice : m_peer.invoices)
            if (invoice.value(QStringLiteral("customer")).toString().startsWith(QLatin1String("cus_DemoFailedReport")))
                invoice.insert(QStringLiteral("status"), QStringLiteral("open"));
        QVERIFY(reload(page()));
        page()->selectTenantRow(shownRowOf(QStringLiteral("cus_DemoFailedReport")));
        const int failed = differenceRowOf(BillingDifference::Kind::FailedReport);
        QVERIFY(failed >= 0);
        page()->selectDifferenceRow(failed);
        QVERIFY(!page()->resendButton()->isEnabled());
        QVERIFY2(page()->resendRefusalText().contains(QLatin1String("already invoiced")),
                 qPrintable(page()->resendRefusalText()));
        QCOMPARE(page()->differenceModel()->index(failed, BillingDifferenceModel::ResendColumn).data().toString(),
                 QStringLiteral("not now"));
        // Even asked directly, the operation asks Stripe first and refuses.
        const int postsBefore = m_peer.posts;
        QSignalSpy notices(page()->controller(), &BillingController::resent);
        page()->resendSelected(QStringLiteral("ticket 5121"));
        QVERIFY(notices.wait(60000));
        QVERIFY2(page()->noticeText().contains(QLatin1String("Nothing was re-sent")), qPrintable(page()->noticeText()));
        QCOMPARE(m_peer.posts, postsBefore);
        m_peer.invoices = invoices;
    }

    void cancelKeepsTheFiguresShown()
    {
        const int rows = page()->tableModel()->rowCount();
        QSignalSpy loaded(page(), &ReconciliationPage::loaded);
        QSignalSpy progressed(page()->controller(), &BillingController::progressed);
        page()->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!progressed.isEmpty() && progressed.last().at(0).toInt() >= 1, 60000);
        page()->findChild<QPushButton*>(QStringLiteral("reconciliationCancel"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
        QVERIFY2(page()->noticeText().contains(QLatin1String("Stopped after")), qPrintable(page()->noticeText()));
        QCOMPARE(page()->tableModel()->rowCount(), rows);
        QVERIFY(page()->stateMessage().isEmpty());
        QVERIFY(!page()->isLoading());
    }

    void errorAndEmptyStates()
    {
        // No key stored for the profile: the error state says how to store one.
        ConnectionProfile keyless = TestServers::adminProfile();
        keyless.name = QStringLiteral("no-stripe-key-") + TestServers::randomSecret().left(8);
        keyless.stripeApiBase = m_peer.url().toString();
        Operations keylessServices(keyless, TestServers::adminSecrets());
        keylessServices.connectAll();
        ReconciliationPage noKey(keylessServices.billing());
        QVERIFY(reload(&noKey));
        QVERIFY2(noKey.stateMessage().contains(QLatin1String("No Stripe key")), qPrintable(noKey.stateMessage()));

        // A support login may not read billing: the server's refusal, plainly.
        std::unique_ptr<Operations> support = supportOperations();
        QVERIFY(support);
        auto stored = support->billing()->storeStripeKey(m_peer.validKey);
        QVERIFY(awaitFuture(stored, 20000));
        ReconciliationPage refused(support->billing());
        QVERIFY(reload(&refused));
        QVERIFY2(!refused.stateMessage().isEmpty() && refused.tableModel()->rowCount() == 0,
                 qPrintable(refused.stateMessage()));

        // A login that may read the tables but whom no policy lets see a row: the empty state.
        TestServers::exec(m_pg.get(),
                          QStringLiteral("GRANT SELECT ON billing_accounts, billing_usage_reports TO ")
                              + m_logins.last());
        ReconciliationPage empty(support->billing());
        QVERIFY(reload(&empty));
        QVERIFY2(empty.stateMessage().contains(QLatin1String("No tenant has a billing account")),
                 qPrintable(empty.stateMessage()));
        TestServers::exec(m_pg.get(),
                          QStringLiteral("REVOKE SELECT ON billing_accounts, billing_usage_reports FROM ")
                              + m_logins.last());
    }

    // The profile names where Stripe is reached; the key's way there is checked before anything is saved.
    void theConnectionDialogKeepsTheStripeAddress()
    {
        ConnectionProfile profile = TestServers::adminProfile();
        profile.stripeApiBase = QStringLiteral("https://stripe-proxy.example.com");
        ConnectionDialog dialog(profile);
        auto* address = dialog.findChild<QLineEdit*>(QStringLiteral("stripeApiBase"));
        QVERIFY(address);
        QCOMPARE(address->text(), profile.stripeApiBase);
        QCOMPARE(dialog.profile().stripeApiBase, profile.stripeApiBase);
        address->setText(QStringLiteral("http://stripe-proxy.example.com"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Rejected)); // still open: nothing saved
        const QString error = dialog.findChild<QLabel*>(QStringLiteral("connectionError"))->text();
        QVERIFY2(error.contains(QLatin1String("https://")), qPrintable(error));
        address->setText(QStringLiteral("https://api.stripe.com"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.profile().stripeApiBase, QStringLiteral("https://api.stripe.com"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
        if (!m_pg)
            return;
        TestServers::exec(
            m_pg.get(),
            QStringLiteral("DELETE FROM billing_usage_reports WHERE identifier LIKE 'tenantscope-resend-%'"));
        for (const QString& login : std::as_const(m_logins)) {
            TestServers::exec(m_pg.get(), QStringLiteral("DROP OWNED BY ") + login);
            TestServers::exec(m_pg.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login); // our generated name
        }
        for (const QByteArray& user : std::as_const(m_redisUsers))
            TestServers::redis(m_redis.get(), {"ACL", "DELUSER", user});
    }
};

QTEST_MAIN(TestReconciliationPage)
#include "TestReconciliationPage.moc"
