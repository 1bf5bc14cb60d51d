#include <models/operations/BillingOperations.h>

#include <models/billing/BillingRepository.h>
#include <models/billing/StripeBillingReader.h>

#include <models/common/ReadError.h>
#include <models/common/Validation.h>

#include <net/PgSession.h>
#include <net/SecretStore.h>
#include <net/StripeApi.h>

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrlQuery>

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
    std::shared_ptr<ReconcileProgress> progress;
};

void readNext(const std::shared_ptr<Run>& run)
{
    const int total = static_cast<int>(run->ledger.accounts.size());
    if (run->progress && run->progress->onTenantRead)
        run->progress->onTenantRead(run->next, total);
    if (run->progress && run->progress->cancelled() && run->next < total) {
        Fetched<BillingReconciliation> stopped;
        stopped.error
            = QCoreApplication::translate("BillingOperations", "Stopped after %1 of %2 tenants; nothing was changed.")
                  .arg(run->next)
                  .arg(total);
        run->promise.addResult(stopped);
        run->promise.finish();
        return;
    }
    if (run->next >= total) {
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

QJsonObject BillingResend::toJson() const
{
    return {{QStringLiteral("id"), id > 0 ? QJsonValue(double(id)) : QJsonValue()},
            {QStringLiteral("day"), day.toString(Qt::ISODate)},
            {QStringLiteral("tokens"), double(tokens)},
            {QStringLiteral("quantity"), double(quantity)},
            {QStringLiteral("identifier"), identifier},
            {QStringLiteral("accepted"), accepted},
            {QStringLiteral("stripe_status"), stripeStatus},
            {QStringLiteral("stripe_answer"), stripeAnswer}};
}

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

// The profile's key from the keychain, as a StripeApi; an error when none is stored or the address is not one.
QFuture<Fetched<StripeApi>> BillingOperations::stripe() const
{
    const QString baseProblem = StripeApi::baseUrlProblem(m_stripeBase);
    if (!baseProblem.isEmpty())
        return refusedFuture<StripeApi>(baseProblem);
    auto* store = new SecretStore();
    QNetworkAccessManager* network = m_network;
    const QUrl base = m_stripeBase;
    const QString profile = m_keyProfile;
    const auto backoff = m_firstBackoff;
    return store->read(keyName(profile))
        .then(QCoreApplication::instance(), [store, network, base, profile, backoff](const SecretResult& key) {
            store->deleteLater();
            Fetched<StripeApi> answer(QString(), StripeApi(network, base, key.secret, 4, backoff));
            if (!key.ok())
                answer.error = key.status == SecretResult::Status::NotFound
                    ? QCoreApplication::translate("BillingOperations",
                                                  "No Stripe key is stored for the profile %1: store a restricted key "
                                                  "first (tenantscope-cli billing key set).")
                          .arg(profile)
                    : key.error;
            return answer;
        });
}

QFuture<Fetched<BillingReconciliation>> BillingOperations::reconcile(QDate month,
                                                                     const QString& tenantId,
                                                                     QDate today,
                                                                     std::shared_ptr<ReconcileProgress> progress) const
{
    if (!month.isValid())
        return refusedFuture<BillingReconciliation>(
            QCoreApplication::translate("BillingOperations", "The month is YYYY-MM."));
    const QDate first(month.year(), month.month(), 1);
    if (first > today)
        return refusedFuture<BillingReconciliation>(
            QCoreApplication::translate("BillingOperations", "%1 has not begun: nothing is metered or billed yet.")
                .arg(first.toString(QStringLiteral("yyyy-MM"))));
    if (!tenantId.isEmpty() && !Validation::isUuid(tenantId))
        return refusedFuture<BillingReconciliation>(
            QCoreApplication::translate("BillingOperations", "A tenant is named by its id (a UUID)."));
    PgSession* pg = m_pg;
    return stripe()
        .then(QCoreApplication::instance(),
              [pg, first, tenantId, today, progress](const Fetched<StripeApi>& api) {
                  if (!api.ok())
                      return refusedFuture<BillingReconciliation>(api.error);
                  return reconcileWith(pg, api.value, first, tenantId, today, progress);
              })
        .unwrap();
}

QFuture<Fetched<BillingReconciliation>> BillingOperations::reconcileWith(PgSession* pg,
                                                                         const StripeApi& api,
                                                                         QDate first,
                                                                         const QString& tenantId,
                                                                         QDate today,
                                                                         std::shared_ptr<ReconcileProgress> progress)
{
    return BillingRepository(pg)
        .ledger(first, tenantId)
        .then(QCoreApplication::instance(),
              [api, first, tenantId, today, progress](const Fetched<BillingLedger>& ledger) {
                  if (!ledger.ok())
                      return refusedFuture<BillingReconciliation>(ledger.error);
                  if (!tenantId.isEmpty() && ledger.value.accounts.isEmpty())
                      return refusedFuture<BillingReconciliation>(
                          QCoreApplication::translate("BillingOperations",
                                                      "Tenant %1 has no billing account (billing_accounts), or your "
                                                      "login may not read it.")
                              .arg(tenantId));
                  auto run = std::make_shared<Run>(
                      Run{ledger.value, StripeBillingReader(api), first, today, 0, {}, {}, progress});
                  run->result.month = first;
                  run->result.periodOpen = today < first.addMonths(1);
                  run->promise.start();
                  auto future = run->promise.future();
                  readNext(run);
                  return future;
              })
        .unwrap();
}

QString BillingOperations::resendRefusal(const TenantReconciliation& tenant, QDate day)
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("BillingOperations", text); };
    const BillingDifference* missing = nullptr;
    for (const BillingDifference& difference : tenant.differences)
        if (difference.day == day && difference.isMissingDay())
            missing = &difference;
    if (!missing)
        return tr("Nothing is missing for %1: every report of the day reached Stripe (or the day had no usage).")
            .arg(day.toString(Qt::ISODate));
    if (tenant.periodOpen)
        return tr("%1 is still open: the platform's reporter sends its days; re-send only once the month has closed.")
            .arg(tenant.month.toString(QStringLiteral("yyyy-MM")));
    if (!tenant.stripeRead())
        return tr("Stripe could not be read, so whether it has invoiced the month is unknown; nothing was sent: %1")
            .arg(tenant.stripe.error);
    if (tenant.stripe.invoiced())
        return tr("Stripe has already invoiced %1 (invoice %2, %3): a re-sent report would not be billed; correct it "
                  "in Stripe with a credit note or an invoice item instead.")
            .arg(
                tenant.month.toString(QStringLiteral("yyyy-MM")), tenant.stripe.invoiceId, tenant.stripe.invoiceStatus);
    return missing->resendable ? QString() : tr("This day may not be re-sent.");
}

QString BillingOperations::resendIdentifier(const QString& tenantId, QDate day)
{
    return QStringLiteral("tenantscope-resend-%1-%2").arg(tenantId, day.toString(QStringLiteral("yyyyMMdd")));
}

QFuture<Fetched<BillingResend>>
BillingOperations::resend(const QString& tenantId, QDate day, const QString& reason, QDate today) const
{
    QString invalid = !Validation::isUuid(tenantId)
        ? QCoreApplication::translate("BillingOperations", "A tenant is named by its id (a UUID).")
        : !day.isValid() ? QCoreApplication::translate("BillingOperations", "The day is YYYY-MM-DD.")
                         : Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<BillingResend>(invalid);
    PgSession* pg = m_pg;
    const QDate first(day.year(), day.month(), 1);
    return stripe()
        .then(QCoreApplication::instance(),
              [pg, first, tenantId, day, reason, today](const Fetched<StripeApi>& api) {
                  if (!api.ok())
                      return refusedFuture<BillingResend>(api.error);
                  return reconcileWith(pg, api.value, first, tenantId, today, {})
                      .then(QCoreApplication::instance(),
                            [pg, api = api.value, tenantId, day, reason](const Fetched<BillingReconciliation>& read) {
                                if (!read.ok())
                                    return refusedFuture<BillingResend>(read.error);
                                const TenantReconciliation& tenant = read.value.tenants.first();
                                const QString refusal = resendRefusal(tenant, day);
                                if (!refusal.isEmpty())
                                    return refusedFuture<BillingResend>(refusal);
                                return send(pg, api, tenant, day, reason);
                            })
                      .unwrap();
              })
        .unwrap();
}

// The day's units as the reporter would have sent them (the month's running total carried), sent with the
// day's start as timestamp under an identifier that is also the idempotency key, then recorded and audited.
QFuture<Fetched<BillingResend>> BillingOperations::send(
    PgSession* pg, const StripeApi& api, const TenantReconciliation& tenant, QDate day, const QString& reason)
{
    const BillingAccount& account = tenant.account;
    qint64 before = 0;
    for (auto it = tenant.meteredTokensPerDay.cbegin(); it != tenant.meteredTokensPerDay.cend(); ++it)
        if (it.key() >= tenant.month && it.key() < day)
            before += it.value();
    BillingResend resend;
    resend.day = day;
    resend.tokens = tenant.meteredTokensPerDay.value(day);
    resend.quantity = (before + resend.tokens) / account.tokensPerUnit - before / account.tokensPerUnit;
    resend.identifier = resendIdentifier(account.tenantId, day);
    qint64 resendOf = 0;
    for (const BillingDifference& difference : tenant.differences)
        if (difference.day == day && difference.kind == BillingDifference::Kind::FailedReport
            && !difference.reportIds.isEmpty())
            resendOf = difference.reportIds.constLast();
    const QString timestamp = QString::number(QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch());
    QFuture<StripeAnswer> sent = account.usesMeter()
        ? api.post(QStringLiteral("/v1/billing/meter_events"),
                   QUrlQuery{{QStringLiteral("event_name"), account.meterEventName},
                             {QStringLiteral("payload[stripe_customer_id]"), account.customerId},
                             {QStringLiteral("payload[value]"), QString::number(resend.quantity)},
                             {QStringLiteral("timestamp"), timestamp},
                             {QStringLiteral("identifier"), resend.identifier}},
                   resend.identifier.toUtf8())
        : api.post(QStringLiteral("/v1/subscription_items/%1/usage_records").arg(account.subscriptionItemId),
                   QUrlQuery{{QStringLiteral("quantity"), QString::number(resend.quantity)},
                             {QStringLiteral("timestamp"), timestamp},
                             {QStringLiteral("action"), QStringLiteral("increment")}},
                   resend.identifier.toUtf8());
    return sent
        .then(QCoreApplication::instance(),
              [pg, resend, resendOf, tenantId = account.tenantId, reason](const StripeAnswer& answer) mutable {
                  resend.accepted = answer.ok();
                  resend.stripeStatus = answer.status;
                  resend.stripeAnswer
                      = answer.ok() ? answer.object.value(QStringLiteral("identifier")).toString() : answer.error;
                  return pg
                      ->query(QStringLiteral("SELECT billing_report_resent(?::uuid, ?::date, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {tenantId,
                               resend.day,
                               resend.tokens,
                               resend.quantity,
                               resend.identifier,
                               resend.accepted,
                               resend.stripeStatus > 0 ? QVariant(resend.stripeStatus) : QVariant(),
                               resend.stripeAnswer,
                               resendOf > 0 ? QVariant(resendOf) : QVariant(),
                               reason.trimmed()})
                      .then([resend](const PgResult& recorded) {
                          Fetched<BillingResend> done;
                          done.value = resend;
                          if (!recorded.ok())
                              done.error
                                  = QCoreApplication::translate("BillingOperations",
                                                                "Stripe answered, but the report log could not record "
                                                                "it (reconcile to see what Stripe holds): %1")
                                        .arg(serverSentence(recorded));
                          else if (!resend.accepted)
                              done.error = QCoreApplication::translate("BillingOperations",
                                                                       "Stripe refused the re-send (recorded as a "
                                                                       "failed report): %1")
                                               .arg(resend.stripeAnswer);
                          else
                              done.value.id = recorded.scalar().toLongLong();
                          return done;
                      });
              })
        .unwrap();
}
