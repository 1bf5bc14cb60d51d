#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QVector>

#include <optional>

// Which Stripe objects bill a tenant, and the prices its drift is valued at (billing_accounts, the plan).
struct BillingAccount
{
    QString tenantId;
    QString tenantName;
    QString planId;
    QString customerId;
    QString subscriptionId;
    QString meterId; // Billing Meters; empty for a legacy subscription item
    QString meterEventName;
    QString subscriptionItemId; // legacy usage records; empty with a meter
    qint64 tokensPerUnit = 1000;
    std::optional<qint64> includedTokens; // none: unlimited
    QString overagePer1k = QStringLiteral("0"); // exact decimal text
    bool usesMeter() const { return !meterId.isEmpty(); }
};

// One row of billing_usage_reports.
struct BillingReport
{
    qint64 id = 0;
    QDate usageDay;
    qint64 tokens = 0;
    qint64 quantity = 0;
    QDateTime eventTimestamp; // invalid: sent without one
    QString identifier;
    QDateTime sentAt;
    bool accepted = false;
    int stripeStatus = 0;
    QString stripeAnswer;
    // Where Stripe counts it: the timestamp sent, or the time it arrived when none was.
    QDateTime countedAt() const { return eventTimestamp.isValid() ? eventTimestamp : sentAt; }
};

// What Stripe holds for the tenant and period (read through its API): the meter's value per UTC day (or
// the legacy item's total only), and the invoice that bills the period.
struct StripeUsage
{
    QString error; // why it could not be read (then nothing else here is known)
    bool perDayKnown = false; // meters: per day; legacy usage records: the period's total only
    QMap<QDate, double> unitsPerDay;
    double units = 0;
    QString invoiceId; // the finalised invoice of the period, or the upcoming one's (empty: none yet)
    QString invoiceStatus; // draft, open, paid, uncollectible, void, or "upcoming"
    std::optional<double> invoicedUnits; // the metered line's quantity on that invoice
    QString invoiceAmountDue; // exact decimal text, in the invoice's currency
    QString invoiceCurrency;
    // A finalised invoice bills the period: nothing may be sent for it any more.
    bool invoiced() const
    {
        return invoiceStatus == QLatin1String("open") || invoiceStatus == QLatin1String("paid")
            || invoiceStatus == QLatin1String("uncollectible");
    }
};

// One explained difference between what we metered and what Stripe bills, signed in tokens (positive:
// Stripe bills more than we metered).
struct BillingDifference
{
    enum class Kind
    {
        UnreportedDay, // a day with usage and no report
        FailedReport, // every report of the day failed
        DoubleReport, // a day reported more than once under different identifiers
        LateUsage, // usage that arrived after its day was reported
        MissingTimestamp, // a report without a timestamp, counted by Stripe in the period it arrived in
        Rounding, // reports rounded per report instead of carrying the remainder
        Unexplained, // Stripe's figure differs from what our log says it was sent
    };
    Kind kind = Kind::Unexplained;
    QDate day; // invalid: the whole period
    qint64 tokens = 0;
    QString detail;
    QVector<qint64> reportIds;
    bool resendable = false; // nothing reached Stripe for the day: a re-send fixes it
    // A day that never reached Stripe (unreported, or every report failed): the only kind a re-send fixes.
    bool isMissingDay() const { return day.isValid() && (kind == Kind::UnreportedDay || kind == Kind::FailedReport); }

    static QString kindName(Kind kind); // stable, for --json and CSV
    static QString kindLabel(Kind kind); // for people
    QJsonObject toJson(qint64 tokensPerUnit) const;
};

// One tenant and period side by side: metered, reported, billed; the drift and its explanations.
struct TenantReconciliation
{
    BillingAccount account;
    QDate month;
    bool periodOpen = false;
    QDate lastDueDay; // the last day whose report is due (the period's last day once it closed)
    qint64 meteredTokens = 0; // exact, from the usage rollups, days that are due
    QMap<QDate, qint64> meteredTokensPerDay; // every day of the month the rollups hold
    qint64 reportedUnits = 0; // accepted by Stripe per our log and counted in this period
    qint64 failedUnits = 0;
    StripeUsage stripe;
    qint64 expectedUnits = 0; // what carrying the remainder gives: floor(metered / tokens per unit)
    double driftUnits = 0; // Stripe's minus expected
    std::optional<double> driftPercent; // none when nothing was expected
    QString driftUsd = QStringLiteral("0"); // what Stripe's figure costs the customer more (or less)
    QVector<BillingDifference> differences;

    bool stripeRead() const { return stripe.error.isEmpty(); }
    bool hasDrift() const { return driftUnits != 0 || !differences.isEmpty(); }
    QJsonObject toJson() const;
};

// Explains, for one tenant and month, how the metered tokens, the report log and Stripe's figures differ
// (docs/platform-contract.md, "Billing"). Pure: the caller reads the three sources.
class BillingReconciler
{
public:
    // `today` (UTC) decides which days of an open period are due: the ones before it.
    static TenantReconciliation reconcile(const BillingAccount& account,
                                          QDate month,
                                          const QMap<QDate, qint64>& meteredTokensPerDay,
                                          const QVector<BillingReport>& reports,
                                          const StripeUsage& stripe,
                                          QDate today);

    // What `units` cost under the account's plan: the units past the included tokens at the overage price.
    static QString amountFor(const BillingAccount& account, double units);
};
