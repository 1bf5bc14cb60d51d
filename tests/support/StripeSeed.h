#pragma once

#include <StripePeer.h>
#include <TestServers.h>

#include <QDate>
#include <QTimeZone>

// Gives the Stripe peer what real Stripe would hold after the platform's reporter ran: every customer and
// subscription of billing_accounts, the demo's meter (summing), one meter event per accepted report's
// identifier at the time Stripe counts it (its timestamp, or when it arrived when it had none), the legacy
// items' usage record summaries per month, and a draft invoice for `month` billing what Stripe holds.
namespace StripeSeed
{
inline qint64 epoch(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

inline bool
fromLedger(PgSession* admin, StripePeer& peer, QDate month, const QString& invoiceStatus = QStringLiteral("draft"))
{
    const PgResult accounts = TestServers::exec(
        admin,
        QStringLiteral(
            "SELECT tenant_id::text, stripe_customer_id, stripe_subscription_id, coalesce(stripe_meter_id, ''), "
            "coalesce(stripe_subscription_item_id, '') FROM billing_accounts"));
    const PgResult reports = TestServers::exec(
        admin,
        QStringLiteral(
            "SELECT DISTINCT ON (r.identifier) a.stripe_customer_id, coalesce(a.stripe_subscription_item_id, ''), "
            "r.quantity, extract(epoch FROM coalesce(r.event_timestamp, r.sent_at))::bigint, r.identifier "
            "FROM billing_usage_reports r JOIN billing_accounts a USING (tenant_id) "
            "WHERE r.outcome = 'accepted' ORDER BY r.identifier, r.sent_at, r.id"));
    if (!accounts.ok() || !reports.ok())
        return false;
    peer.meterFormulas.insert(QStringLiteral("mtr_DemoTokens"), QStringLiteral("sum"));
    QHash<QString, QMap<qint64, double>> legacyTotals; // item -> month start -> units
    QHash<QString, double> unitsOfCustomer; // in `month`
    const qint64 start = epoch(month);
    const qint64 end = epoch(month.addMonths(1));
    for (const QVariantList& row : reports.rows) {
        const qint64 at = row.at(3).toLongLong();
        const double units = row.at(2).toDouble();
        if (row.at(1).toString().isEmpty()) {
            peer.addMeterEvent({row.at(0).toString(), units, at, row.at(4).toString()});
        } else {
            const QDate day = QDateTime::fromSecsSinceEpoch(at, QTimeZone::utc()).date();
            legacyTotals[row.at(1).toString()][epoch(QDate(day.year(), day.month(), 1))] += units;
        }
        if (at >= start && at < end)
            unitsOfCustomer[row.at(0).toString()] += units;
    }
    for (const QVariantList& row : accounts.rows) {
        const QString customer = row.at(1).toString();
        const QString item = row.at(4).toString();
        peer.customers.insert(customer);
        if (!item.isEmpty()) {
            QVector<QJsonObject>& summaries = peer.usageRecordSummaries[item];
            const QMap<qint64, double> totals = legacyTotals.value(item);
            for (auto it = totals.cbegin(); it != totals.cend(); ++it) {
                const QDate first = QDateTime::fromSecsSinceEpoch(it.key(), QTimeZone::utc()).date();
                summaries.append({{QStringLiteral("id"), QStringLiteral("sis_%1_%2").arg(item).arg(it.key())},
                                  {QStringLiteral("object"), QStringLiteral("usage_record_summary")},
                                  {QStringLiteral("invoice"), QJsonValue()},
                                  {QStringLiteral("livemode"), false},
                                  {QStringLiteral("period"),
                                   QJsonObject{{QStringLiteral("start"), double(it.key())},
                                               {QStringLiteral("end"), double(epoch(first.addMonths(1)))}}},
                                  {QStringLiteral("subscription_item"), item},
                                  {QStringLiteral("total_usage"), it.value()}});
            }
        }
        peer.invoices.append(StripePeer::invoice(QStringLiteral("in_%1").arg(row.at(2).toString().mid(4)),
                                                 customer,
                                                 row.at(2).toString(),
                                                 invoiceStatus,
                                                 start,
                                                 end,
                                                 unitsOfCustomer.value(customer),
                                                 qint64(unitsOfCustomer.value(customer) * 2)));
    }
    return true;
}
} // namespace StripeSeed
