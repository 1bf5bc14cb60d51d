#include <StripePeer.h>
#include <StripeSeed.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/operations/BillingOperations.h>
#include <models/operations/Operations.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>
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
    std::unique_ptr<RedisClient> m_redis;
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<Operations> m_finance;
    QStringList m_logins;
    QList<QByteArray> m_redisUsers;
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

    QString tenantOf(const QString& kind)
    {
        return scalar(QStringLiteral("SELECT tenant_id::text FROM billing_accounts WHERE stripe_customer_id LIKE ?"),
                      {QStringLiteral("cus_Demo%1%").arg(kind)});
    }

    BillingDifference differenceOf(const QString& tenant)
    {
        const BillingReconciliation read = reconcile(tenant);
        return read.tenants.isEmpty() || read.tenants.first().differences.isEmpty()
            ? BillingDifference()
            : read.tenants.first().differences.first();
    }

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(TestServers::available(&why), qPrintable(why));
        qputenv("TS_STRIPE_API_BASE", m_peer.url().toString().toUtf8()); // every profile below reaches the peer
        m_pg = TestServers::adminPg();
        m_redis = TestServers::adminRedis();
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

    // Nothing is sent and nothing recorded for: usage that is late (not missing), a missing reason, an open
    // month, a month Stripe has invoiced, a support login (it reads no billing table and may not record one).
    void aResendIsRefusedWhenItMayNotBeMade()
    {
        const QString tenant = tenantOf(QStringLiteral("UnreportedDay"));
        const BillingDifference missing = differenceOf(tenant);
        const QString late = tenantOf(QStringLiteral("LateUsage"));
        const BillingDifference lateUsage = differenceOf(late);
        const int rowsBefore = scalar(QStringLiteral("SELECT count(*) FROM billing_usage_reports")).toInt();
        const int postsBefore = m_peer.posts;
        const auto refusal = [](Operations* as, const QString& id, QDate day, const QString& reason) {
            auto future = as->billing()->resend(id, day, reason);
            return awaitFuture(future, 60000) ? future.result().error : QStringLiteral("no answer");
        };
        QVERIFY(refusal(m_services.get(), late, lateUsage.day, QStringLiteral("why not"))
                    .contains(QStringLiteral("Nothing is missing")));
        QVERIFY(!refusal(m_services.get(), tenant, missing.day, QString()).isEmpty());
        // The demo's reporter has sent none of this month's days: each is missing, and still the reporter's.
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QDate current(today.year(), today.month(), 1);
        if (today > current) {
            const BillingReconciliation open = reconcile(tenant, current);
            QVERIFY(open.periodOpen);
            QVERIFY(!open.tenants.first().differences.isEmpty());
            QVERIFY(
                refusal(
                    m_services.get(), tenant, open.tenants.first().differences.first().day, QStringLiteral("too early"))
                    .contains(QStringLiteral("still open")));
        }
        // Invoiced: Stripe's word, asked before sending.
        const QString subscription = scalar(
            QStringLiteral("SELECT stripe_subscription_id FROM billing_accounts WHERE tenant_id = ?::uuid"), {tenant});
        const auto setStatus = [this, &subscription](const QString& status) {
            for (QJsonObject& invoice : m_peer.invoices)
                if (invoice.value(QStringLiteral("subscription")).toString() == subscription)
                    invoice.insert(QStringLiteral("status"), status);
        };
        setStatus(QStringLiteral("paid"));
        const QString invoiced = refusal(m_services.get(), tenant, missing.day, QStringLiteral("after the invoice"));
        setStatus(QStringLiteral("draft"));
        QVERIFY2(invoiced.contains(QStringLiteral("already invoiced")), qPrintable(invoiced));
        // Support.
        auto support = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("support"), {}, &m_logins, &m_redisUsers);
        QVERIFY(support);
        auto stored = support->billing()->storeStripeKey(m_peer.validKey);
        QVERIFY(awaitFuture(stored, 20000) && stored.result().ok());
        QVERIFY(refusal(support.get(), tenant, missing.day, QStringLiteral("support tries"))
                    .contains(QStringLiteral("ot permitted")));
        QCOMPARE(scalar(QStringLiteral("SELECT has_function_privilege(?, 'billing_report_resent(uuid, date, bigint, "
                                       "bigint, text, boolean, integer, text, bigint, text)', 'EXECUTE')"),
                        {m_logins.last()}),
                 QStringLiteral("false"));
        QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM billing_usage_reports")).toInt(), rowsBefore);
        QCOMPARE(m_peer.posts, postsBefore);
    }

    // As a finance login: Stripe refuses once (recorded as a failed report), then takes the day; the month
    // reconciles without drift, and a second re-send finds nothing missing.
    void aMissingDayIsResentByFinanceOnce()
    {
        m_finance = TestServers::operationsAs(
            m_pg.get(), m_redis.get(), QStringLiteral("finance"), {}, &m_logins, &m_redisUsers);
        QVERIFY(m_finance);
        m_finance->billing()->setFirstBackoff(std::chrono::milliseconds(20));
        auto stored = m_finance->billing()->storeStripeKey(m_peer.validKey);
        QVERIFY(awaitFuture(stored, 20000) && stored.result().ok());
        const QString tenant = tenantOf(QStringLiteral("UnreportedDay"));
        const BillingDifference missing = differenceOf(tenant);
        QCOMPARE(missing.kind, Kind::UnreportedDay);
        const qint64 auditBefore = scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log")).toLongLong();

        m_peer.meterEventNames.insert(QStringLiteral("mtr_DemoTokens"), QStringLiteral("another_event"));
        auto refused
            = m_finance->billing()->resend(tenant, missing.day, QStringLiteral("ticket 4711: reporter was down"));
        QVERIFY(awaitFuture(refused, 60000));
        m_peer.meterEventNames.clear();
        QVERIFY2(refused.result().error.contains(QStringLiteral("No active meter was found")),
                 qPrintable(refused.result().error));
        QCOMPARE(differenceOf(tenant).kind, Kind::FailedReport); // what Stripe refused is in the log now

        const int postsBefore = m_peer.posts;
        auto sent = m_finance->billing()->resend(tenant, missing.day, QStringLiteral("ticket 4711: reporter was down"));
        QVERIFY(awaitFuture(sent, 60000));
        QVERIFY2(sent.result().ok(), qPrintable(sent.result().error));
        QCOMPARE(m_peer.posts, postsBefore + 1);
        const BillingResend& resend = sent.result().value;
        QVERIFY(resend.accepted && resend.quantity > 0);
        QCOMPARE(resend.tokens, -missing.tokens);
        QCOMPARE(resend.identifier, BillingOperations::resendIdentifier(tenant, missing.day));
        const BillingReconciliation after = reconcile(tenant);
        QVERIFY2(!after.tenants.first().hasDrift(), QJsonDocument(after.tenants.first().toJson()).toJson().constData());
        // Audited under the finance login, with the reason; the row names the failed report it re-sends.
        QCOMPARE(
            scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE id > ? AND action = 'billing.report_resend' "
                                  "AND actor = ? AND reason = 'ticket 4711: reporter was down'"),
                   {auditBefore, m_logins.last()}),
            QStringLiteral("2"));
        QVERIFY(
            !scalar(QStringLiteral("SELECT resend_of FROM billing_usage_reports WHERE id = ?"), {resend.id}).isEmpty());

        auto again
            = m_finance->billing()->resend(tenant, missing.day, QStringLiteral("ticket 4711: reporter was down"));
        QVERIFY(awaitFuture(again, 60000));
        QVERIFY(again.result().error.contains(QStringLiteral("Nothing is missing")));
        QCOMPARE(m_peer.posts, postsBefore + 1);
    }

    void aFailedReportIsResentByAPlatformAdmin()
    {
        const QString tenant = tenantOf(QStringLiteral("FailedReport"));
        const BillingDifference failed = differenceOf(tenant);
        QCOMPARE(failed.kind, Kind::FailedReport);
        auto sent = billing()->resend(tenant, failed.day, QStringLiteral("Stripe had an outage"));
        QVERIFY(awaitFuture(sent, 60000));
        QVERIFY2(sent.result().ok(), qPrintable(sent.result().error));
        QCOMPARE(scalar(QStringLiteral("SELECT resend_of FROM billing_usage_reports WHERE id = ?"),
                        {sent.result().value.id}),
                 QString::number(failed.reportIds.last()));
        QVERIFY(!reconcile(tenant).tenants.first().hasDrift());
    }

    void cleanupTestCase()
    {
        m_finance.reset();
        m_services.reset();
        if (!m_pg)
            return;
        TestServers::exec(
            m_pg.get(),
            QStringLiteral("DELETE FROM billing_usage_reports WHERE identifier LIKE 'tenantscope-resend-%'"));
        for (const QString& login : std::as_const(m_logins))
            TestServers::exec(m_pg.get(), QStringLiteral("DROP ROLE IF EXISTS ") + login); // our generated name
        for (const QByteArray& user : std::as_const(m_redisUsers))
            TestServers::redis(m_redis.get(), {"ACL", "DELUSER", user});
    }
};

QTEST_MAIN(TestBilling)
#include "TestBilling.moc"
