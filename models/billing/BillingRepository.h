#pragma once

#include <models/billing/BillingReconciler.h>
#include <models/common/Fetched.h>

#include <QDate>
#include <QFuture>
#include <QHash>
#include <QMap>
#include <QVector>

class PgSession;

// What PostgreSQL holds for one month's billing: the tenants with a Stripe account, their metered tokens
// per UTC day, and the reports the platform sent (docs/platform-contract.md, "Billing").
struct BillingLedger
{
    QVector<BillingAccount> accounts;
    QHash<QString, QMap<QDate, qint64>> meteredTokensPerDay; // by tenant id
    QHash<QString, QVector<BillingReport>> reports; // by tenant id
};

// Reads the ledger under the login's row-level security, scoped explicitly to the tenant asked for.
class BillingRepository
{
public:
    explicit BillingRepository(PgSession* pg);

    // tenantId empty: every tenant with a billing account.
    QFuture<Fetched<BillingLedger>> ledger(QDate month, const QString& tenantId) const;

private:
    PgSession* m_pg;
};
