#include <StripePeer.h>
#include <StripeSeed.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/BillingOperations.h>
#include <models/operations/Operations.h>
#include <net/PgSession.h>
#include <net/StripeApi.h>

#include <QNetworkAccessManager>
#include <QTest>

// Billing reconciliation on the real PostgreSQL (the demo's month before this one, with one planted case
// of each discrepancy kind) against a local Stripe that answers with Stripe's documented shapes, pages and
// errors. Every planted case is found and classified, and no other tenant shows a drift. Bad input (a
// wrong or expired key, a customer Stripe does not have, a meter that does not sum, a month not begun)
// gets a clear message, and a reconciliation changes nothing anywhere.
class TestBilling : public QObject
{
    Q_OBJECT

private:
    using Kind = BillingDifference::Kind;
    std::unique_ptr<PgSession> m_pg;
    std::unique_ptr<Operations> m_services;
    StripePeer m_peer;
    QDate m_month;

    BillingOperations* billing() { return m_services->billing(); }

    BillingReconciliation reconcile(const QString& tenant = {}, QDate month = {})
    {
        auto future = billing()->reconcile(month.isValid() ? month : m_month, tenant);
        if (!awaitFuture(future, 120000))
            qFatal("no reconciliation within 120 s");
        if (!future.result().ok())
            qWarning("reconcile: %s", qPrintable(future.result().error));
        return future.result().value;
    }

    QString refusal(const QString& tenant, QDate month)
    {
        auto future = billing()->reconcile(month, tenant);
        return awaitFuture(future, 60000) ? future.result().error : QStringLiteral("no answer");
    }

    QString scalar(const QString& sql, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_pg.get(), sql, params);
        return result.ok() && !result.rows.isEmpty() ? result.rows.first().value(0).toString() : QString();
    }

    static QString plantedKind(const TenantReconciliation& tenant)
    {
        for (const QString& kind : {QStringLiteral("UnreportedDay"),
                                    QStringLiteral("FailedReport"),
                                    QStringLiteral("DoubleReport"),
                                    QStringLiteral("LateUsage"),
                                    QStringLiteral("MissingTimestamp"),
                                    QStringLiteral("Rounding")})
            if (tenant.account.customerId.startsWith(QStringLiteral("cus_Demo") + kind))
                return kind;
        return {};
    }

    static QString kindOf(Kind kind)
    {
        const QString name = BillingDifference::kindName(kind); // unreported_day -> UnreportedDay
        QString camel;
        for (const QString& word : name.split(u'_'))
            camel += word.left(1).toUpper() + word.mid(1);
        return camel;
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(TestServers::available(&why), qPrintable(why));
        m_pg = TestServers::adminPg();
        const QDate today = QDateTime::currentDateTimeUtc().date();
        m_month = QDate(today.year(), today.month(), 1).addMonths(-1);
        QVERIFY(StripeSeed::fromLedger(m_pg.get(), m_peer, m_month));
        ConnectionProfile profile = TestServers::adminProfile();
        profile.stripeApiBase = m_peer.url().toString();
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_services->connectAll();
        billing()->setFirstBackoff(std::chrono::milliseconds(20));
        auto stored = billing()->storeStripeKey(m_peer.validKey);
        QVERIFY(awaitFuture(stored, 20000));
        QVERIFY2(stored.result().ok(), qPrintable(stored.result().error));
    }

    void everyPlantedDiscrepancyIsFoundAndNothingElse()
    {
        const int logRowsBefore = scalar(QStringLiteral("SELECT count(*) FROM billing_usage_reports")).toInt();
        const BillingReconciliation result = reconcile();
        QVERIFY(!result.periodOpen);
        QVERIFY(result.tenants.size() > 50);
        int planted = 0;
        int found = 0;
        int clean = 0;
        int falseDrifts = 0;
        for (const TenantReconciliation& tenant : result.tenants) {
            QVERIFY2(tenant.stripeRead(),
                     qPrintable(QString(tenant.account.tenantName + QStringLiteral(": ") + tenant.stripe.error)));
            const QString expected = plantedKind(tenant);
            QSet<QString> kinds;
            for (const BillingDifference& difference : tenant.differences)
                kinds.insert(kindOf(difference.kind));
            if (expected.isEmpty()) {
                ++clean;
                if (tenant.hasDrift()) {
                    ++falseDrifts;
                    qWarning("false drift: %s", QJsonDocument(tenant.toJson()).toJson().constData());
                }
                continue;
            }
            ++planted;
            if (kinds == QSet<QString>{expected} && tenant.driftUnits != 0)
                ++found;
            else
                qWarning(
                    "planted %s, found %s", qPrintable(expected), QJsonDocument(tenant.toJson()).toJson().constData());
        }
        qInfo("planted discrepancies found and classified: %d of %d; false drifts: %d of %d clean tenants",
              found,
              planted,
              falseDrifts,
              clean);
        QCOMPARE(planted, 6);
        QCOMPARE(found, 6);
        QCOMPARE(falseDrifts, 0);
        QCOMPARE(result.tenantsWithDrift(), 6);
        // Read-only: nothing was written.
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM billing_usage_reports")).toInt(), logRowsBefore);
    }

    // The figures of each case, checked against PostgreSQL's own rows.
    void eachCaseCarriesItsFigures()
    {
        const BillingReconciliation result = reconcile();
        for (const TenantReconciliation& tenant : result.tenants) {
            const QString kind = plantedKind(tenant);
            if (kind.isEmpty())
                continue;
            QCOMPARE(tenant.differences.size(), 1);
            const BillingDifference& difference = tenant.differences.first();
            const QString metered
                = scalar(QStringLiteral("SELECT sum(prompt_tokens + completion_tokens) FROM usage_daily "
                                        "WHERE tenant_id = ?::uuid AND day = ?::date AND NOT byok"),
                         {tenant.account.tenantId, difference.day});
            const PgResult report = TestServers::exec(
                m_pg.get(),
                QStringLiteral("SELECT tokens, quantity FROM billing_usage_reports WHERE tenant_id = ?::uuid "
                               "AND usage_day = ?::date ORDER BY sent_at LIMIT 1"),
                {tenant.account.tenantId, difference.day});
            const qint64 quantity = report.rows.value(0).value(1).toLongLong();
            if (kind == QLatin1String("UnreportedDay") || kind == QLatin1String("FailedReport")) {
                QCOMPARE(difference.tokens, -metered.toLongLong());
                QVERIFY(difference.resendable); // closed, and the invoice is still a draft
            } else if (kind == QLatin1String("DoubleReport")) {
                QCOMPARE(difference.tokens, quantity * 1000);
                QCOMPARE(tenant.driftUnits, double(quantity));
            } else if (kind == QLatin1String("LateUsage")) {
                QCOMPARE(difference.tokens, report.rows.value(0).value(0).toLongLong() - metered.toLongLong());
            } else if (kind == QLatin1String("MissingTimestamp")) {
                QCOMPARE(difference.tokens, -quantity * 1000);
                QCOMPARE(tenant.driftUnits, -double(quantity));
            } else if (kind == QLatin1String("Rounding")) {
                QVERIFY(!difference.day.isValid());
                QVERIFY2(tenant.driftUnits >= 1, qPrintable(QString::number(tenant.driftUnits)));
            }
            if (kind != QLatin1String("UnreportedDay") && kind != QLatin1String("FailedReport"))
                QVERIFY(!difference.resendable);
            QVERIFY(tenant.driftPercent.has_value());
            QVERIFY(!tenant.driftUsd.isEmpty());
        }
    }

    void oneTenantIsReadAlone()
    {
        const QString tenant = scalar(QStringLiteral(
            "SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE 'cus_DemoDoubleReport%'"));
        QVERIFY(!tenant.isEmpty());
        const int requestsBefore = m_peer.requests;
        const BillingReconciliation result = reconcile(tenant);
        QCOMPARE(result.tenants.size(), 1);
        QCOMPARE(result.tenants.first().account.tenantId, tenant);
        QCOMPARE(result.tenants.first().differences.first().kind, Kind::DoubleReport);
        QCOMPARE(m_peer.requests - requestsBefore, 4); // customer, meter, event summaries, invoices
    }

    // Legacy subscription items have no per-day view: their period total is compared with the log.
    void legacyUsageRecordsAreReconciledToo()
    {
        const BillingReconciliation result = reconcile();
        int legacy = 0;
        for (const TenantReconciliation& tenant : result.tenants)
            if (!tenant.account.usesMeter()) {
                ++legacy;
                QVERIFY(!tenant.stripe.perDayKnown);
                QCOMPARE(tenant.stripe.units, double(tenant.reportedUnits));
                QVERIFY(!tenant.hasDrift());
            }
        QVERIFY(legacy > 0);
    }

    void anInvoicedPeriodMayNotBeResent()
    {
        const QString tenant = scalar(QStringLiteral(
            "SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE 'cus_DemoUnreportedDay%'"));
        const QString subscription = scalar(
            QStringLiteral("SELECT stripe_subscription_id FROM billing_accounts WHERE tenant_id = ?::uuid"), {tenant});
        for (QJsonObject& invoice : m_peer.invoices)
            if (invoice.value(QStringLiteral("subscription")).toString() == subscription)
                invoice.insert(QStringLiteral("status"), QStringLiteral("paid"));
        const BillingReconciliation result = reconcile(tenant);
        for (QJsonObject& invoice : m_peer.invoices)
            if (invoice.value(QStringLiteral("subscription")).toString() == subscription)
                invoice.insert(QStringLiteral("status"), QStringLiteral("draft"));
        QCOMPARE(result.tenants.size(), 1);
        QCOMPARE(result.tenants.first().stripe.invoiceStatus, QStringLiteral("paid"));
        QVERIFY(result.tenants.first().stripe.invoiced());
        QCOMPARE(result.tenants.first().differences.first().kind, Kind::UnreportedDay);
        QVERIFY(!result.tenants.first().differences.first().resendable);
    }

    // This month is open: figures up to yesterday, and the upcoming invoice instead of a finalised one.
    void anOpenPeriodShowsTheUpcomingInvoice()
    {
        const QString tenant = scalar(QStringLiteral(
            "SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE 'cus_DemoRounding%'"));
        const QString subscription = scalar(
            QStringLiteral("SELECT stripe_subscription_id FROM billing_accounts WHERE tenant_id = ?::uuid"), {tenant});
        const QDate current = m_month.addMonths(1);
        m_peer.upcomingInvoices.insert(subscription,
                                       StripePeer::invoice(QStringLiteral("in_upcoming"),
                                                           QStringLiteral("cus_x"),
                                                           subscription,
                                                           QStringLiteral("draft"),
                                                           StripeSeed::epoch(current),
                                                           StripeSeed::epoch(current.addMonths(1)),
                                                           12,
                                                           2400));
        const BillingReconciliation result = reconcile(tenant, current);
        QCOMPARE(result.tenants.size(), 1);
        QVERIFY(result.periodOpen);
        QVERIFY2(result.tenants.first().stripeRead(), qPrintable(result.tenants.first().stripe.error));
        QCOMPARE(result.tenants.first().stripe.invoiceStatus, QStringLiteral("upcoming"));
        QCOMPARE(result.tenants.first().stripe.invoicedUnits, std::optional<double>(12));
        QCOMPARE(result.tenants.first().stripe.invoiceAmountDue, QStringLiteral("24.00"));
        QCOMPARE(result.tenants.first().lastDueDay, QDateTime::currentDateTimeUtc().date().addDays(-1));
    }

    void rateLimitsAreWaitedOut()
    {
        const QString tenant = scalar(QStringLiteral(
            "SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE 'cus_DemoLateUsage%'"));
        m_peer.rateLimitNext = 3;
        const int limitedBefore = m_peer.rateLimited;
        const BillingReconciliation result = reconcile(tenant);
        QCOMPARE(m_peer.rateLimited - limitedBefore, 3);
        QCOMPARE(result.tenants.size(), 1);
        QVERIFY2(result.tenants.first().stripeRead(), qPrintable(result.tenants.first().stripe.error));
        QCOMPARE(result.tenants.first().differences.first().kind, Kind::LateUsage);
        // Past the retries Stripe's words come through.
        m_peer.rateLimitNext = 100;
        const BillingReconciliation limited = reconcile(tenant);
        m_peer.rateLimitNext = 0;
        QVERIFY(limited.tenants.first().stripe.error.contains(QStringLiteral("429")));
        QVERIFY(limited.tenants.first().stripe.error.contains(QStringLiteral("Request rate limit exceeded")));
    }

    void listsAreFollowedPageByPage()
    {
        StripePeer peer;
        for (int i = 0; i < 250; ++i)
            peer.invoices.append(StripePeer::invoice(QStringLiteral("in_page%1").arg(i, 3, 10, QLatin1Char('0')),
                                                     QStringLiteral("cus_Pages"),
                                                     QStringLiteral("sub_Pages"),
                                                     QStringLiteral("paid"),
                                                     0,
                                                     1,
                                                     i,
                                                     i));
        QNetworkAccessManager network;
        StripeApi api(&network, peer.url(), SecretBuffer::copyOf(peer.validKey.toUtf8()));
        auto listed = api.list(QStringLiteral("/v1/invoices"),
                               QUrlQuery{{QStringLiteral("customer"), QStringLiteral("cus_Pages")},
                                         {QStringLiteral("subscription"), QStringLiteral("sub_Pages")},
                                         {QStringLiteral("created[gte]"), QStringLiteral("0")}});
        QVERIFY(awaitFuture(listed, 20000));
        QVERIFY2(listed.result().ok(), qPrintable(listed.result().error));
        QCOMPARE(listed.result().pages, 3);
        QCOMPARE(listed.result().data.size(), 250);
        QCOMPARE(listed.result().data.last().toObject().value(QStringLiteral("id")).toString(),
                 QStringLiteral("in_page249"));
        auto cut = api.list(QStringLiteral("/v1/invoices"),
                            QUrlQuery{{QStringLiteral("customer"), QStringLiteral("cus_Pages")},
                                      {QStringLiteral("subscription"), QStringLiteral("sub_Pages")}},
                            150);
        QVERIFY(awaitFuture(cut, 20000));
        QVERIFY(cut.result().error.contains(QStringLiteral("150")));
    }

    void badInputGetsAClearMessage()
    {
        const QString tenant = scalar(QStringLiteral(
            "SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE 'cus_DemoFailedReport%'"));
        const QString customer = scalar(
            QStringLiteral("SELECT stripe_customer_id FROM billing_accounts WHERE tenant_id = ?::uuid"), {tenant});
        // A wrong key, then an expired (revoked) one.
        const QString good = m_peer.validKey;
        m_peer.validKey = QStringLiteral("rk_test_SomethingElse0002");
        BillingReconciliation result = reconcile(tenant);
        QVERIFY2(result.tenants.first().stripe.error.contains(QStringLiteral("Invalid API Key provided")),
                 qPrintable(result.tenants.first().stripe.error));
        QVERIFY(result.tenants.first().stripe.error.contains(QStringLiteral("Stripe refused the key")));
        QVERIFY(!result.tenants.first().stripe.error.contains(good)); // the key is never echoed
        m_peer.validKey = good;
        m_peer.expiredKeys.insert(good);
        result = reconcile(tenant);
        m_peer.expiredKeys.clear();
        QVERIFY2(result.tenants.first().stripe.error.contains(QStringLiteral("Expired API Key provided")),
                 qPrintable(result.tenants.first().stripe.error));
        QVERIFY(!result.tenants.first().hasDrift() || !result.tenants.first().stripeRead());
        // A customer Stripe does not have, then one deleted there.
        m_peer.customers.remove(customer);
        result = reconcile(tenant);
        QVERIFY2(
            result.tenants.first().stripe.error.contains(QStringLiteral("Stripe has no customer %1").arg(customer)),
            qPrintable(result.tenants.first().stripe.error));
        m_peer.deletedCustomers.insert(customer);
        result = reconcile(tenant);
        QVERIFY(result.tenants.first().stripe.error.contains(QStringLiteral("was deleted")));
        m_peer.deletedCustomers.clear();
        m_peer.customers.insert(customer);
        // A meter that counts events instead of summing their values.
        m_peer.meterFormulas.insert(QStringLiteral("mtr_DemoTokens"), QStringLiteral("count"));
        result = reconcile(tenant);
        m_peer.meterFormulas.insert(QStringLiteral("mtr_DemoTokens"), QStringLiteral("sum"));
        QVERIFY2(result.tenants.first().stripe.error.contains(QStringLiteral("aggregates its events by \"count\"")),
                 qPrintable(result.tenants.first().stripe.error));
        // Without Stripe's figure the log is still compared with the usage, but no drift is claimed.
        QCOMPARE(result.tenants.first().differences.first().kind, Kind::FailedReport);
        QVERIFY(!result.tenants.first().differences.first().resendable);
        // A month not begun, a malformed tenant, a tenant without an account.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QVERIFY(
            refusal({}, QDate(today.year(), today.month(), 1).addMonths(1)).contains(QStringLiteral("has not begun")));
        QVERIFY(refusal(QStringLiteral("not-a-tenant"), m_month).contains(QStringLiteral("UUID")));
        QVERIFY(refusal(QStringLiteral("00000000-0000-0000-0000-000000000000"), m_month)
                    .contains(QStringLiteral("no billing account")));
        // A key of the wrong kind is refused before it reaches the keychain; an address that is not
        // https (or this machine) before anything is sent.
        auto publishable = billing()->storeStripeKey(QStringLiteral("pk_test_abcdefghijkl"));
        QVERIFY(awaitFuture(publishable, 20000));
        QVERIFY(publishable.result().error.contains(QStringLiteral("publishable")));
        QVERIFY(!StripeApi::baseUrlProblem(QUrl(QStringLiteral("http://stripe.example.com"))).isEmpty());
        QVERIFY(StripeApi::baseUrlProblem(QUrl(QStringLiteral("https://api.stripe.com"))).isEmpty());
    }

    void cleanupTestCase() { m_services.reset(); }
};

QTEST_MAIN(TestBilling)
#include "TestBilling.moc"
