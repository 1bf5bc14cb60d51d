#pragma once

#include <models/billing/BillingReconciler.h>
#include <models/common/Fetched.h>

#include <QDate>
#include <QFuture>
#include <QString>
#include <QUrl>
#include <QVector>

#include <chrono>

class PgSession;
class QNetworkAccessManager;

// One month's reconciliation: every tenant with a billing account, side by side.
struct BillingReconciliation
{
    QDate month;
    bool periodOpen = false;
    QVector<TenantReconciliation> tenants;
    int tenantsWithDrift() const;
};

// Billing as finance and platform admins use it: the Stripe key kept in the OS keychain per profile, and
// the reconciliation of what PostgreSQL metered, what the platform reported and what Stripe will invoice.
class BillingOperations
{
public:
    BillingOperations(PgSession* pg, QNetworkAccessManager* network, const QString& keyProfile, const QUrl& stripeBase);

    QFuture<Fetched<bool>> storeStripeKey(const QString& key) const;
    // tenantId empty: every tenant with a billing account. `today` (UTC) decides whether the period is open.
    QFuture<Fetched<BillingReconciliation>>
    reconcile(QDate month, const QString& tenantId, QDate today = QDateTime::currentDateTimeUtc().date()) const;

    // How long the first pause after Stripe's 429 lasts (it doubles); tests shorten it.
    void setFirstBackoff(std::chrono::milliseconds pause) { m_firstBackoff = pause; }
    // An sk_ or rk_ key: an empty string when it will do, else why not.
    static QString keyProblem(const QString& key);

private:
    PgSession* m_pg;
    QNetworkAccessManager* m_network;
    QString m_keyProfile;
    QUrl m_stripeBase;
    std::chrono::milliseconds m_firstBackoff{500};
};
