#include <models/billing/BillingReconciler.h>

#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

// The reconciler's rules on small hand-made months: what counts as drift, which explanation each
// difference gets, how much slack the whole units leave, and which days of an open period are due.
class TestBillingReconciler : public QObject
{
    Q_OBJECT

private:
    using Kind = BillingDifference::Kind;
    const QDate m_month{2026, 11, 1};
    const QDate m_after{2026, 12, 15}; // the period is closed

    static BillingAccount account()
    {
        BillingAccount a;
        a.tenantId = QStringLiteral("t");
        a.customerId = QStringLiteral("cus_A");
        a.meterId = QStringLiteral("mtr_A");
        a.includedTokens = 10000;
        a.overagePer1k = QStringLiteral("0.50");
        return a;
    }
    static BillingReport report(qint64 id, QDate day, qint64 tokens, qint64 quantity, const QString& identifier = {})
    {
        BillingReport r;
        r.id = id;
        r.usageDay = day;
        r.tokens = tokens;
        r.quantity = quantity;
        r.eventTimestamp = QDateTime(day, QTime(0, 0), QTimeZone::utc());
        r.sentAt = QDateTime(day.addDays(1), QTime(0, 5), QTimeZone::utc());
        r.identifier = identifier.isEmpty() ? QStringLiteral("r%1").arg(id) : identifier;
        r.accepted = true;
        return r;
    }
    // Stripe holding exactly what the accepted reports say, by the day they count in.
    static StripeUsage stripeOf(const QVector<BillingReport>& reports, QDate month)
    {
        StripeUsage usage;
        usage.perDayKnown = true;
        QSet<QString> seen;
        for (const BillingReport& r : reports) {
            const QDateTime at = r.countedAt();
            if (!r.accepted || seen.contains(r.identifier) || at.date() < month || at.date() >= month.addMonths(1))
                continue;
            seen.insert(r.identifier);
            usage.unitsPerDay[at.date()] += double(r.quantity);
            usage.units += double(r.quantity);
        }
        return usage;
    }
    QSet<Kind> kinds(const TenantReconciliation& result) const
    {
        QSet<Kind> out;
        for (const BillingDifference& d : result.differences)
            out.insert(d.kind);
        return out;
    }

private slots:
    void carriedRemaindersAreNoDrift()
    {
        // 1,500 + 1,700 + 800 = 4,000 tokens: 1 + 2 + 1 units with the remainder carried.
        const QMap<QDate, qint64> metered{{m_month, 1500}, {m_month.addDays(1), 1700}, {m_month.addDays(2), 800}};
        const QVector<BillingReport> reports{
            report(1, m_month, 1500, 1), report(2, m_month.addDays(1), 1700, 2), report(3, m_month.addDays(2), 800, 1)};
        const TenantReconciliation result
            = BillingReconciler::reconcile(account(), m_month, metered, reports, stripeOf(reports, m_month), m_after);
        QVERIFY(!result.periodOpen);
        QCOMPARE(result.expectedUnits, 4);
        QCOMPARE(result.driftUnits, 0.0);
        QVERIFY2(!result.hasDrift(), QJsonDocument(result.toJson()).toJson().constData());
    }

    void aRetryUnderTheSameIdentifierCountsOnce()
    {
        const QMap<QDate, qint64> metered{{m_month, 3000}};
        QVector<BillingReport> reports{report(1, m_month, 3000, 3, QStringLiteral("day-1")),
                                       report(2, m_month, 3000, 3, QStringLiteral("day-1"))};
        reports[1].sentAt = reports[1].sentAt.addSecs(60);
        const TenantReconciliation same
            = BillingReconciler::reconcile(account(), m_month, metered, reports, stripeOf(reports, m_month), m_after);
        QVERIFY(!same.hasDrift());
        reports[1].identifier = QStringLiteral("day-1-again");
        const TenantReconciliation twice
            = BillingReconciler::reconcile(account(), m_month, metered, reports, stripeOf(reports, m_month), m_after);
        QCOMPARE(kinds(twice), QSet<Kind>{Kind::DoubleReport});
        QCOMPARE(twice.driftUnits, 3.0);
        QCOMPARE(twice.driftPercent, std::optional<double>(100.0));
        // 10,000 tokens are included: neither 3 nor 6 units reach past them, so the drift costs nothing.
        QCOMPARE(twice.driftUsd, QStringLiteral("0.00"));
    }

    void moneyIsCountedPastTheIncludedTokens()
    {
        BillingAccount a = account();
        a.includedTokens = 2000;
        QCOMPARE(BillingReconciler::amountFor(a, 5), QStringLiteral("1.50")); // 3 units at $0.50
        QCOMPARE(BillingReconciler::amountFor(a, 1), QStringLiteral("0.00"));
        a.includedTokens.reset(); // unlimited
        QCOMPARE(BillingReconciler::amountFor(a, 500), QStringLiteral("0"));
    }

    void stripeHoldingLessThanTheLogIsUnexplained()
    {
        const QMap<QDate, qint64> metered{{m_month, 5000}};
        const QVector<BillingReport> reports{report(1, m_month, 5000, 5)};
        StripeUsage stripe = stripeOf(reports, m_month);
        stripe.unitsPerDay[m_month] = 2;
        stripe.units = 2;
        const TenantReconciliation result
            = BillingReconciler::reconcile(account(), m_month, metered, reports, stripe, m_after);
        QCOMPARE(kinds(result), QSet<Kind>{Kind::Unexplained});
        QCOMPARE(result.differences.first().tokens, -3000);
        QCOMPARE(result.differences.first().day, m_month);
    }

    void anOpenPeriodExpectsOnlyTheDaysBeforeToday()
    {
        const QDate today = m_month.addDays(2);
        const QMap<QDate, qint64> metered{{m_month, 2000}, {m_month.addDays(1), 2000}, {today, 9000}};
        const QVector<BillingReport> reports{report(1, m_month, 2000, 2), report(2, m_month.addDays(1), 2000, 2)};
        const TenantReconciliation result
            = BillingReconciler::reconcile(account(), m_month, metered, reports, stripeOf(reports, m_month), today);
        QVERIFY(result.periodOpen);
        QCOMPARE(result.lastDueDay, m_month.addDays(1));
        QCOMPARE(result.meteredTokens, 4000);
        QVERIFY(!result.hasDrift());
        // An open period is never re-sent into: the day is still the reporter's.
        const QVector<BillingReport> missing{report(1, m_month, 2000, 2)};
        const TenantReconciliation unreported
            = BillingReconciler::reconcile(account(), m_month, metered, missing, stripeOf(missing, m_month), today);
        QCOMPARE(kinds(unreported), QSet<Kind>{Kind::UnreportedDay});
        QVERIFY(!unreported.differences.first().resendable);
    }

    void aReportWithoutTimestampCountsWhereItArrived()
    {
        // Reported for the 30th, without a timestamp, on the 1st of the next month: it leaves this period
        // and arrives in the next one.
        const QDate last = m_month.addMonths(1).addDays(-1);
        const QMap<QDate, qint64> metered{{last, 4000}};
        BillingReport late = report(1, last, 4000, 4);
        late.eventTimestamp = {};
        late.sentAt = QDateTime(m_month.addMonths(1), QTime(2, 0), QTimeZone::utc());
        const TenantReconciliation here
            = BillingReconciler::reconcile(account(), m_month, metered, {late}, stripeOf({late}, m_month), m_after);
        QCOMPARE(kinds(here), QSet<Kind>{Kind::MissingTimestamp});
        QCOMPARE(here.differences.first().tokens, -4000);
        const QDate next = m_month.addMonths(1);
        const TenantReconciliation there = BillingReconciler::reconcile(
            account(), next, {}, {late}, stripeOf({late}, next), next.addMonths(1).addDays(3));
        QCOMPARE(kinds(there), QSet<Kind>{Kind::MissingTimestamp});
        QCOMPARE(there.differences.first().tokens, 4000);
    }

    void withoutStripeNoDriftIsClaimed()
    {
        const QMap<QDate, qint64> metered{{m_month, 2000}};
        StripeUsage unread;
        unread.error = QStringLiteral("Stripe could not be reached");
        const TenantReconciliation result
            = BillingReconciler::reconcile(account(), m_month, metered, {}, unread, m_after);
        QVERIFY(!result.stripeRead());
        QCOMPARE(kinds(result), QSet<Kind>{Kind::UnreportedDay});
        QVERIFY(!result.differences.first().resendable); // the invoice is unknown
        QVERIFY(result.toJson().value(QStringLiteral("drift_units")).isNull());
    }
};

QTEST_APPLESS_MAIN(TestBillingReconciler)
#include "TestBillingReconciler.moc"
