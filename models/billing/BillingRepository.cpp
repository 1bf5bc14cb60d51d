#include <models/billing/BillingRepository.h>

#include <models/common/ReadError.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QTimeZone>

namespace
{
QDateTime fromEpochMs(const QVariant& value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

// Every value is bound; "? IS NULL OR tenant_id = ?" keeps one statement for one tenant or all.
const QString kAccounts = QStringLiteral(
    "SELECT a.tenant_id::text, t.name, t.plan_id, a.stripe_customer_id, a.stripe_subscription_id, "
    "coalesce(a.stripe_meter_id, ''), coalesce(a.stripe_meter_event_name, ''), "
    "coalesce(a.stripe_subscription_item_id, ''), a.tokens_per_unit, l.included_tokens, p.overage_per_1k::text "
    "FROM billing_accounts a JOIN tenants t ON t.id = a.tenant_id JOIN plans p ON p.id = t.plan_id "
    "JOIN tenant_effective_limits l ON l.tenant_id = a.tenant_id "
    "WHERE (?::uuid IS NULL OR a.tenant_id = ?::uuid) ORDER BY lower(t.name), t.id");

// Metered: the tokens the platform paid for (BYOK usage is billed by the tenant's own provider).
const QString kMetered = QStringLiteral(
    "SELECT d.tenant_id::text, d.day, sum(d.prompt_tokens + d.completion_tokens)::bigint FROM usage_daily d "
    "WHERE d.day >= ?::date AND d.day < (?::date + interval '1 month')::date AND NOT d.byok "
    "AND d.tenant_id IN (SELECT tenant_id FROM billing_accounts) AND (?::uuid IS NULL OR d.tenant_id = ?::uuid) "
    "GROUP BY d.tenant_id, d.day");

// The month's days' reports, and the reports of other days that Stripe counts in this month.
const QString kReports = QStringLiteral(
    "SELECT tenant_id::text, id, usage_day, tokens, quantity, (extract(epoch FROM event_timestamp) * 1000)::bigint, "
    "identifier, (extract(epoch FROM sent_at) * 1000)::bigint, outcome = 'accepted', coalesce(stripe_status, 0), "
    "coalesce(stripe_answer, '') FROM billing_usage_reports "
    "WHERE (?::uuid IS NULL OR tenant_id = ?::uuid) AND ("
    "  (usage_day >= ?::date AND usage_day < (?::date + interval '1 month')::date) "
    "  OR (coalesce(event_timestamp, sent_at) >= ?::date::timestamp AT TIME ZONE 'UTC' "
    "      AND coalesce(event_timestamp, sent_at) < (?::date + interval '1 month')::timestamp AT TIME ZONE 'UTC')) "
    "ORDER BY tenant_id, sent_at, id");
} // namespace

BillingRepository::BillingRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<BillingLedger>> BillingRepository::ledger(QDate month, const QString& tenantId) const
{
    const QString first = QDate(month.year(), month.month(), 1).toString(Qt::ISODate);
    const QVariant tenant = tenantId.isEmpty() ? QVariant() : QVariant(tenantId);
    PgSession* pg = m_pg;
    return pg->read(kAccounts, {tenant, tenant})
        .then(QCoreApplication::instance(),
              [pg, first, tenant](const PgResult& accountsResult) {
                  Fetched<BillingLedger> fetched;
                  if (!accountsResult.ok()) {
                      fetched.error = readError(accountsResult);
                      return QtFuture::makeReadyFuture(fetched);
                  }
                  for (const QVariantList& row : accountsResult.rows) {
                      BillingAccount account;
                      account.tenantId = row.at(0).toString();
                      account.tenantName = row.at(1).toString();
                      account.planId = row.at(2).toString();
                      account.customerId = row.at(3).toString();
                      account.subscriptionId = row.at(4).toString();
                      account.meterId = row.at(5).toString();
                      account.meterEventName = row.at(6).toString();
                      account.subscriptionItemId = row.at(7).toString();
                      account.tokensPerUnit = row.at(8).toLongLong();
                      if (!row.at(9).isNull())
                          account.includedTokens = row.at(9).toLongLong();
                      account.overagePer1k = row.at(10).toString();
                      fetched.value.accounts.append(account);
                  }
                  return pg->read(kMetered, {first, first, tenant, tenant})
                      .then(QCoreApplication::instance(),
                            [pg, first, tenant, fetched](const PgResult& metered) mutable {
                                if (!metered.ok()) {
                                    fetched.error = readError(metered);
                                    return QtFuture::makeReadyFuture(fetched);
                                }
                                for (const QVariantList& row : metered.rows)
                                    fetched.value.meteredTokensPerDay[row.at(0).toString()].insert(
                                        row.at(1).toDate(), row.at(2).toLongLong());
                                return pg->read(kReports, {tenant, tenant, first, first, first, first})
                                    .then(QCoreApplication::instance(), [fetched](const PgResult& reports) mutable {
                                        if (!reports.ok()) {
                                            fetched.error = readError(reports);
                                            return fetched;
                                        }
                                        for (const QVariantList& row : reports.rows) {
                                            BillingReport report;
                                            report.id = row.at(1).toLongLong();
                                            report.usageDay = row.at(2).toDate();
                                            report.tokens = row.at(3).toLongLong();
                                            report.quantity = row.at(4).toLongLong();
                                            report.eventTimestamp = fromEpochMs(row.at(5));
                                            report.identifier = row.at(6).toString();
                                            report.sentAt = fromEpochMs(row.at(7));
                                            report.accepted = row.at(8).toBool();
                                            report.stripeStatus = row.at(9).toInt();
                                            report.stripeAnswer = row.at(10).toString();
                                            fetched.value.reports[row.at(0).toString()].append(report);
                                        }
                                        return fetched;
                                    });
                            })
                      .unwrap();
              })
        .unwrap();
}
