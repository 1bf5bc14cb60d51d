#include <models/operations/BillingOperations.h>

#include <models/billing/BillingRepository.h>
#include <models/billing/StripeBillingReader.h>

#include <net/SecretStore.h>
#include <net/StripeApi.h>

#include <QCoreApplication>
#include <QRegularExpression>

#include <memory>

namespace
{
QString keyName(const QString& profile)
{
    return SecretStore::profileKey(profile, QStringLiteral("stripe"));
}

// Reads each tenant's Stripe side one after another (gentle on Stripe's rate limit), then reconciles.
struct Run
{
    BillingLedger ledger;
    StripeBillingReader reader;
    QDate month;
    QDate today;
    int next = 0;
    BillingReconciliation result;
    QPromise<Fetched<BillingReconciliation>> promise;
};

void readNext(const std::shared_ptr<Run>& run)
{
    if (run->next >= run->ledger.accounts.size()) {
        Fetched<BillingReconciliation> done;
        done.value = run->result;
        run->promise.addResult(done);
        run->promise.finish();
        return;
    }
    const BillingAccount account = run->ledger.accounts.at(run->next++);
    run->reader.usage(account, run->month, run->today)
        .then(QCoreApplication::instance(), [run, account](const StripeUsage& stripe) {
            run->result.tenants.append(
                BillingReconciler::reconcile(account,
                                             run->month,
                                             run->ledger.meteredTokensPerDay.value(account.tenantId),
                                             run->ledger.reports.value(account.tenantId),
                                             stripe,
                                             run->today));
            readNext(run);
        });
}
} // namespace

int BillingReconciliation::tenantsWithDrift() const
{
    int count = 0;
    for (const TenantReconciliation& tenant : tenants)
        count += tenant.hasDrift() ? 1 : 0;
    return count;
}

BillingOperations::BillingOperations(PgSession* pg,
                                     QNetworkAccessManager* network,
                                     const QString& keyProfile,
                                     const QUrl& stripeBase)
    : m_pg(pg)
    , m_network(network)
    , m_keyProfile(keyProfile)
    , m_stripeBase(stripeBase)
{
}

QString BillingOperations::keyProblem(const QString& key)
{
    static const QRegularExpression shape(QStringLiteral("^(sk|rk)_(test|live)_[A-Za-z0-9]{8,247}$"));
    if (shape.match(key).hasMatch())
        return {};
    return QCoreApplication::translate(
        "BillingOperations",
        "A Stripe secret key starts with rk_live_, rk_test_ (restricted: recommended), sk_live_ or sk_test_; "
        "a publishable key (pk_) cannot read invoices.");
}

QFuture<Fetched<bool>> BillingOperations::storeStripeKey(const QString& key) const
{
    const QString problem = keyProblem(key);
    if (!problem.isEmpty())
        return refusedFuture<bool>(problem);
    auto* store = new SecretStore();
    return store->write(keyName(m_keyProfile), key)
        .then(QCoreApplication::instance(), [store](const SecretResult& stored) {
            store->deleteLater();
            Fetched<bool> answer;
            answer.value = stored.ok();
            if (!stored.ok())
                answer.error = stored.error;
            return answer;
        });
}

QFuture<Fetched<BillingReconciliation>>
BillingOperations::reconcile(QDate month, const QString& tenantId, QDate today) const
{
    if (!month.isValid())
        return refusedFuture<BillingReconciliation>(
            QCoreApplication::translate("BillingOperations", "The month is YYYY-MM."));
    const QDate first(month.year(), month.month(), 1);
    if (first > today)
        return refusedFuture<BillingReconciliation>(
            QCoreApplication::translate("BillingOperations", "%1 has not begun: nothing is metered or billed yet.")
                .arg(first.toString(QStringLiteral("yyyy-MM"))));
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F-]{36}$"));
    if (!tenantId.isEmpty() && !uuid.match(tenantId).hasMatch())
        return refusedFuture<BillingReconciliation>(
            QCoreApplication::translate("BillingOperations", "A tenant is named by its id (a UUID)."));
    const QString baseProblem = StripeApi::baseUrlProblem(m_stripeBase);
    if (!baseProblem.isEmpty())
        return refusedFuture<BillingReconciliation>(baseProblem);

    auto* store = new SecretStore();
    PgSession* pg = m_pg;
    QNetworkAccessManager* network = m_network;
    const QUrl base = m_stripeBase;
    const QString profile = m_keyProfile;
    const auto backoff = m_firstBackoff;
    return store->read(keyName(profile))
        .then(QCoreApplication::instance(),
              [store, pg, network, base, profile, backoff, first, tenantId, today](const SecretResult& key) {
                  store->deleteLater();
                  if (!key.ok())
                      return refusedFuture<BillingReconciliation>(
                          key.status == SecretResult::Status::NotFound
                              ? QCoreApplication::translate(
                                    "BillingOperations",
                                    "No Stripe key is stored for the profile %1: store a restricted key first "
                                    "(tenantscope-cli billing key set).")
                                    .arg(profile)
                              : key.error);
                  StripeApi api(network, base, key.secret, 4, backoff);
                  return BillingRepository(pg)
                      .ledger(first, tenantId)
                      .then(QCoreApplication::instance(),
                            [api, first, tenantId, today](const Fetched<BillingLedger>& ledger) {
                                if (!ledger.ok())
                                    return refusedFuture<BillingReconciliation>(ledger.error);
                                if (!tenantId.isEmpty() && ledger.value.accounts.isEmpty())
                                    return refusedFuture<BillingReconciliation>(
                                        QCoreApplication::translate(
                                            "BillingOperations",
                                            "Tenant %1 has no billing account (billing_accounts), or your login "
                                            "may not read it.")
                                            .arg(tenantId));
                                auto run = std::make_shared<Run>(
                                    Run{ledger.value, StripeBillingReader(api), first, today, 0, {}, {}});
                                run->result.month = first;
                                run->result.periodOpen = today < first.addMonths(1);
                                run->promise.start();
                                auto future = run->promise.future();
                                readNext(run);
                                return future;
                            })
                      .unwrap();
              })
        .unwrap();
}
