#pragma once

#include <models/billing/BillingReconciler.h>
#include <models/common/Fetched.h>

#include <QDate>
#include <QFuture>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QVector>

#include <chrono>
#include <functional>
#include <memory>

class PgSession;
class QNetworkAccessManager;
class StripeApi;

// One month's reconciliation: every tenant with a billing account, side by side.
struct BillingReconciliation
{
    QDate month;
    bool periodOpen = false;
    QVector<TenantReconciliation> tenants;
    int tenantsWithDrift() const;
};

// Follows a reconciliation tenant by tenant (Stripe is read one tenant after another) and stops it between
// two tenants: the page's progress and Cancel. Used on the thread the reconciliation runs on.
class ReconcileProgress
{
public:
    std::function<void(int read, int total)> onTenantRead;
    void cancel() { m_cancelled = true; }
    bool cancelled() const { return m_cancelled; }

private:
    bool m_cancelled = false;
};

// A missing day re-sent to Stripe: what was sent, and Stripe's answer (recorded in billing_usage_reports).
struct BillingResend
{
    qint64 id = 0; // the report's row
    QDate day;
    qint64 tokens = 0;
    qint64 quantity = 0;
    QString identifier; // also the idempotency key: a second try is applied once
    bool accepted = false;
    int stripeStatus = 0;
    QString stripeAnswer;
    QJsonObject toJson() const;
};

// Billing as finance and platform admins use it: the Stripe key kept in the OS keychain per profile, and
// the reconciliation of what PostgreSQL metered, what the platform reported and what Stripe will invoice.
class BillingOperations
{
public:
    BillingOperations(PgSession* pg, QNetworkAccessManager* network, const QString& keyProfile, const QUrl& stripeBase);

    QFuture<Fetched<bool>> storeStripeKey(const QString& key) const;
    // tenantId empty: every tenant with a billing account. `today` (UTC) decides whether the period is open.
    QFuture<Fetched<BillingReconciliation>> reconcile(QDate month,
                                                      const QString& tenantId,
                                                      QDate today = QDateTime::currentDateTimeUtc().date(),
                                                      std::shared_ptr<ReconcileProgress> progress = {}) const;

    // Re-sends a day the reconciliation finds unreported or failed: only for a closed month that Stripe has
    // not invoiced (it is asked first), confirmed with a reason, audited. Finance and platform admins.
    QFuture<Fetched<BillingResend>> resend(const QString& tenantId,
                                           QDate day,
                                           const QString& reason,
                                           QDate today = QDateTime::currentDateTimeUtc().date()) const;
    // Why `day` of `tenant` may not be re-sent; empty when it may.
    static QString resendRefusal(const TenantReconciliation& tenant, QDate day);
    static QString resendIdentifier(const QString& tenantId, QDate day);

    // How long the first pause after Stripe's 429 lasts (it doubles); tests shorten it.
    void setFirstBackoff(std::chrono::milliseconds pause) { m_firstBackoff = pause; }
    // An sk_ or rk_ key: an empty string when it will do, else why not.
    static QString keyProblem(const QString& key);

private:
    QFuture<Fetched<StripeApi>> stripe() const;
    static QFuture<Fetched<BillingReconciliation>> reconcileWith(PgSession* pg,
                                                                 const StripeApi& api,
                                                                 QDate first,
                                                                 const QString& tenantId,
                                                                 QDate today,
                                                                 std::shared_ptr<ReconcileProgress> progress);
    static QFuture<Fetched<BillingResend>>
    send(PgSession* pg, const StripeApi& api, const TenantReconciliation& tenant, QDate day, const QString& reason);

    PgSession* m_pg;
    QNetworkAccessManager* m_network;
    QString m_keyProfile;
    QUrl m_stripeBase;
    std::chrono::milliseconds m_firstBackoff{500};
};
