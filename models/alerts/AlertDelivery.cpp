#include <models/alerts/AlertDelivery.h>

#include <models/common/Decimal.h>
#include <models/common/JsonTime.h>
#include <models/common/ReadError.h>
#include <models/common/Validation.h>

#include <net/PgSession.h>
#include <net/WebhookPost.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPromise>

#include <memory>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("AlertDelivery", text);
}

// Numbers as the message shows them, the same whoever sends: "1,234,567", "$12.40".
QString figure(const QString& metric, const QJsonValue& value)
{
    const QString text = value.isString() ? value.toString() : QString::number(value.toDouble(), 'f', 8);
    if (metric == QLatin1String("spend") || metric == QLatin1String("cost"))
        return Decimal::formatUsd(QString::number(text.toDouble(), 'f', 2));
    return QLocale(QLocale::English).toString(text.toDouble(), 'f', 0);
}

QString metricWords(const QString& metric)
{
    if (metric == QLatin1String("runs"))
        return QStringLiteral("workflow runs");
    if (metric == QLatin1String("cost"))
        return QStringLiteral("provider cost (against its plan's price)");
    if (metric == QLatin1String("failures"))
        return QStringLiteral("failed executions");
    return metric; // tokens, spend
}

// Slack reads &, < and > as markup (<!channel> notifies a whole channel): a tenant's name is only text.
QString slackEscaped(QString text)
{
    return text.replace(u'&', QLatin1String("&amp;"))
        .replace(u'<', QLatin1String("&lt;"))
        .replace(u'>', QLatin1String("&gt;"));
}
} // namespace

QJsonObject AlertDestination::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("name"), name},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("url_hint"), urlHint},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("created_by"), createdBy},
            {QStringLiteral("updated_at"), optionalTime(updatedAt)},
            {QStringLiteral("sent_7d"), sent},
            {QStringLiteral("pending"), pending},
            {QStringLiteral("failed_7d"), failed}};
}

QString AlertDeliveryRow::stateText() const
{
    const QString answer = lastStatus > 0 ? QStringLiteral("HTTP %1").arg(lastStatus) : lastError;
    if (state == QLatin1String("sent"))
        return tr("sent");
    if (state == QLatin1String("failed"))
        return QCoreApplication::translate("AlertDelivery", "failed after %n attempt(s): %1", nullptr, attempts)
            .arg(lastStatus > 0 ? QStringLiteral("%1 %2").arg(answer, lastError).trimmed() : answer);
    if (attempts == 0)
        return tr("waiting to be sent");
    return tr("retrying at %1 (%2)")
        .arg(QLocale().toString(nextAttemptAt.toLocalTime(), QStringLiteral("HH:mm:ss")), answer);
}

QJsonObject AlertDeliveryRow::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("destination"), destination},
            {QStringLiteral("alert_kind"), alertKind},
            {QStringLiteral("alert_id"), double(alertId)},
            {QStringLiteral("tenant"), tenantName.isEmpty() ? QJsonValue() : QJsonValue(tenantName)},
            {QStringLiteral("state"), state},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("created_at"), optionalTime(createdAt)},
            {QStringLiteral("next_attempt_at"),
             state == QLatin1String("pending") ? optionalTime(nextAttemptAt) : QJsonValue()},
            {QStringLiteral("sent_at"), optionalTime(sentAt)},
            {QStringLiteral("last_status"), lastStatus < 0 ? QJsonValue() : QJsonValue(lastStatus)},
            {QStringLiteral("last_error"), lastError.isEmpty() ? QJsonValue() : QJsonValue(lastError)}};
}

namespace AlertMessage
{

QString text(const QJsonObject& alert)
{
    const QString metric = alert.value(QLatin1String("metric")).toString();
    if (alert.value(QLatin1String("kind")).toString() == QLatin1String("quota"))
        return QStringLiteral("Quota alert: %1 reached %2 % of its monthly %3: %4 of %5.")
            .arg(alert.value(QLatin1String("tenant")).toString())
            .arg(alert.value(QLatin1String("threshold_pct")).toInt())
            .arg(metricWords(metric),
                 figure(metric, alert.value(QLatin1String("observed"))),
                 figure(metric, alert.value(QLatin1String("limit"))));
    const QString tenant = alert.value(QLatin1String("tenant")).toString();
    const QString subject = tenant.isEmpty() ? QStringLiteral("the whole platform") : tenant;
    const double baseline = alert.value(QLatin1String("baseline")).toDouble();
    const double observed = alert.value(QLatin1String("observed")).toDouble();
    const QString ratio = baseline > 0 ? QStringLiteral("%1 x").arg(observed / baseline, 0, 'f', 1)
                                       : QStringLiteral("up from 0 against");
    return QStringLiteral("Spike: %1 of %2 in the last 60 min is %3, %4 its baseline of %5 (the median of the same "
                          "60 min on the %6 previous days). Rule: %7.")
        .arg(metricWords(metric),
             subject,
             figure(metric, alert.value(QLatin1String("observed"))),
             ratio,
             figure(metric, alert.value(QLatin1String("baseline"))))
        .arg(alert.value(QLatin1String("samples")).toArray().size())
        .arg(alert.value(QLatin1String("rule")).toString());
}

QByteArray body(const ClaimedDelivery& delivery)
{
    const QString line = text(delivery.alert);
    if (delivery.kind == QLatin1String("slack")) {
        const QString escaped = slackEscaped(line);
        const QJsonObject section{
            {QStringLiteral("type"), QStringLiteral("section")},
            {QStringLiteral("text"),
             QJsonObject{{QStringLiteral("type"), QStringLiteral("mrkdwn")}, {QStringLiteral("text"), escaped}}}};
        return QJsonDocument(
                   QJsonObject{{QStringLiteral("text"), escaped}, {QStringLiteral("blocks"), QJsonArray{section}}})
            .toJson(QJsonDocument::Compact);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("tenantscope.alert")},
                                     {QStringLiteral("delivery_id"), double(delivery.id)},
                                     {QStringLiteral("attempt"), delivery.attempt},
                                     {QStringLiteral("text"), line},
                                     {QStringLiteral("alert"), delivery.alert}})
        .toJson(QJsonDocument::Compact);
}

} // namespace AlertMessage

DeliveryRepository::DeliveryRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<QVector<AlertDestination>>> DeliveryRepository::destinations() const
{
    return m_pg
        ->query(QStringLiteral(
            "SELECT d.id, d.name, d.kind, d.url_hint, d.enabled, d.created_by, d.updated_at, "
            "count(l.id) FILTER (WHERE l.state = 'sent'), count(l.id) FILTER (WHERE l.state = 'pending'), "
            "count(l.id) FILTER (WHERE l.state = 'failed') "
            "FROM alert_destinations d LEFT JOIN alert_deliveries l ON l.destination_id = d.id "
            "AND l.created_at > now() - interval '7 days' "
            "GROUP BY d.id, d.name, d.kind, d.url_hint, d.enabled, d.created_by, d.updated_at ORDER BY d.name"))
        .then([](const PgResult& result) {
            Fetched<QVector<AlertDestination>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                AlertDestination d;
                d.id = row.at(0).toLongLong();
                d.name = row.at(1).toString();
                d.kind = row.at(2).toString();
                d.urlHint = row.at(3).toString();
                d.enabled = row.at(4).toBool();
                d.createdBy = row.at(5).toString();
                d.updatedAt = row.at(6).toDateTime();
                d.sent = row.at(7).toInt();
                d.pending = row.at(8).toInt();
                d.failed = row.at(9).toInt();
                fetched.value.append(d);
            }
            return fetched;
        });
}

QFuture<Fetched<qint64>> DeliveryRepository::saveDestination(const AlertDestination& destination,
                                                             const QString& url,
                                                             const QString& reason) const
{
    QString refused;
    if (destination.name.trimmed().isEmpty() || destination.name.trimmed().size() > 80)
        refused = tr("Name the destination (1 to 80 characters).");
    else if (destination.kind != QLatin1String("slack") && destination.kind != QLatin1String("webhook"))
        refused = tr("The kind is slack or webhook.");
    else if (url.isEmpty() && destination.id == 0)
        refused = tr("A new destination needs its webhook URL.");
    else if (!url.isEmpty())
        refused = webhookUrlProblem(QUrl(url.trimmed(), QUrl::StrictMode));
    if (refused.isEmpty())
        refused = Validation::reason(reason);
    if (!refused.isEmpty())
        return refusedFuture<qint64>(refused);
    return m_pg
        ->query(QStringLiteral("SELECT alert_destination_save(nullif(?, 0)::bigint, ?, ?, nullif(?, ''), ?, ?)"),
                {destination.id,
                 destination.name.trimmed(),
                 destination.kind,
                 url.trimmed(),
                 destination.enabled,
                 reason.trimmed()})
        .then([](const PgResult& result) {
            if (!result.ok())
                return failedWith<qint64>(result);
            Fetched<qint64> saved;
            saved.value = result.scalar().toLongLong();
            return saved;
        });
}

QFuture<Fetched<bool>> DeliveryRepository::removeDestination(qint64 destinationId, const QString& reason) const
{
    if (const QString refused = Validation::reason(reason); !refused.isEmpty())
        return refusedFuture<bool>(refused);
    return m_pg->query(QStringLiteral("SELECT alert_destination_remove(?, ?)"), {destinationId, reason.trimmed()})
        .then([](const PgResult& result) {
            if (!result.ok())
                return failedWith<bool>(result);
            return Fetched<bool>{{}, true};
        });
}

QFuture<Fetched<QVector<AlertDeliveryRow>>> DeliveryRepository::deliveries(int days) const
{
    if (days < 1 || days > 90)
        return refusedFuture<QVector<AlertDeliveryRow>>(tr("Show deliveries of 1 to 90 days."));
    return m_pg
        ->query(QStringLiteral(
                    "SELECT l.id, d.name, l.alert_kind, l.alert_id, coalesce(t.name, ''), l.state, l.attempts, "
                    "l.created_at, l.next_attempt_at, l.sent_at, coalesce(l.last_status, -1), "
                    "coalesce(l.last_error, '') FROM alert_deliveries l "
                    "JOIN alert_destinations d ON d.id = l.destination_id LEFT JOIN tenants t ON t.id = l.tenant_id "
                    "WHERE l.created_at > now() - make_interval(days => ?) "
                    "ORDER BY (l.state = 'sent'), l.created_at DESC, l.id DESC LIMIT 2000"),
                {days})
        .then([](const PgResult& result) {
            Fetched<QVector<AlertDeliveryRow>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                AlertDeliveryRow r;
                r.id = row.at(0).toLongLong();
                r.destination = row.at(1).toString();
                r.alertKind = row.at(2).toString();
                r.alertId = row.at(3).toLongLong();
                r.tenantName = row.at(4).toString();
                r.state = row.at(5).toString();
                r.attempts = row.at(6).toInt();
                r.createdAt = row.at(7).toDateTime();
                r.nextAttemptAt = row.at(8).toDateTime();
                r.sentAt = row.at(9).toDateTime();
                r.lastStatus = row.at(10).toInt();
                r.lastError = row.at(11).toString();
                fetched.value.append(r);
            }
            return fetched;
        });
}

QFuture<Fetched<QVector<ClaimedDelivery>>> DeliveryRepository::claim(int limit, int leaseSeconds) const
{
    return m_pg
        ->query(QStringLiteral("SELECT delivery_id, kind, url, attempt, alert::text FROM alert_deliveries_claim(?, ?)"),
                {limit, leaseSeconds})
        .then([](const PgResult& result) {
            if (!result.ok())
                return failedWith<QVector<ClaimedDelivery>>(result);
            Fetched<QVector<ClaimedDelivery>> claimed;
            for (const QVariantList& row : result.rows) {
                ClaimedDelivery d;
                d.id = row.at(0).toLongLong();
                d.kind = row.at(1).toString();
                d.url = row.at(2).toString();
                d.attempt = row.at(3).toInt();
                d.alert = QJsonDocument::fromJson(row.at(4).toString().toUtf8()).object();
                claimed.value.append(d);
            }
            return claimed;
        });
}

QFuture<Fetched<QString>>
DeliveryRepository::report(qint64 deliveryId, int status, const QString& error, int retryAfterSeconds) const
{
    return m_pg
        ->query(QStringLiteral("SELECT alert_delivery_report(?, ?, nullif(?, ''), nullif(?, -1))"),
                {deliveryId, status, error.left(500), retryAfterSeconds})
        .then([](const PgResult& result) {
            if (!result.ok())
                return failedWith<QString>(result);
            Fetched<QString> state;
            state.value = result.scalar().toString();
            return state;
        });
}

QJsonObject AlertSender::Round::toJson() const
{
    return {{QStringLiteral("claimed"), claimed},
            {QStringLiteral("sent"), sent},
            {QStringLiteral("retrying"), retrying},
            {QStringLiteral("failed"), failed},
            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

AlertSender::AlertSender(DeliveryRepository* deliveries, QNetworkAccessManager* network, QObject* parent)
    : QObject(parent)
    , m_deliveries(deliveries)
    , m_network(network)
{
}

QFuture<Fetched<AlertSender::Round>> AlertSender::sendDue(int limit)
{
    auto promise = std::make_shared<QPromise<Fetched<Round>>>();
    promise->start();
    // The lease outlasts every POST of the round (they run side by side), so no other console sends them.
    const int leaseSeconds = qMax(30, 3 * m_timeoutMs / 1000);
    m_deliveries->claim(limit, leaseSeconds)
        .then(this, [this, promise](const Fetched<QVector<ClaimedDelivery>>& claimed) {
            Fetched<Round> done;
            if (!claimed.ok() || claimed.value.isEmpty()) {
                done.error = claimed.error;
                promise->addResult(done);
                promise->finish();
                return;
            }
            struct State
            {
                Round round;
                qsizetype left = 0;
            };
            auto state = std::make_shared<State>();
            state->round.claimed = int(claimed.value.size());
            state->left = claimed.value.size();
            const auto settle = [promise, state](qint64 id, const Fetched<QString>& reported, const QString& why) {
                if (!reported.ok())
                    state->round.problems << tr("delivery %1: %2").arg(id).arg(reported.error);
                else if (reported.value == QLatin1String("sent"))
                    ++state->round.sent;
                else if (reported.value == QLatin1String("pending"))
                    ++state->round.retrying;
                else
                    ++state->round.failed;
                if (reported.value != QLatin1String("sent") && !why.isEmpty())
                    state->round.problems << tr("delivery %1: %2").arg(id).arg(why);
                if (--state->left == 0) {
                    promise->addResult(Fetched<Round>{{}, state->round});
                    promise->finish();
                }
            };
            for (ClaimedDelivery delivery : claimed.value) {
                const QUrl url(delivery.url, QUrl::StrictMode);
                delivery.url.fill(u'\0');
                if (const QString problem = webhookUrlProblem(url); !problem.isEmpty()) {
                    // Not sent at all: the server will not retry it (status -1 is not an answer it retries).
                    m_deliveries->report(delivery.id, -1, problem, -1)
                        .then(this, [settle, id = delivery.id, problem](const Fetched<QString>& r) {
                            settle(id, r, problem);
                        });
                    continue;
                }
                const QList<QPair<QByteArray, QByteArray>> headers{
                    {QByteArrayLiteral("Idempotency-Key"),
                     QByteArrayLiteral("tenantscope-alert-delivery-") + QByteArray::number(delivery.id)}};
                postWebhook(m_network, url, AlertMessage::body(delivery), headers, m_timeoutMs)
                    .then(this, [this, settle, id = delivery.id](const WebhookAnswer& answer) {
                        const QString why = answer.delivered() ? QString()
                            : answer.status > 0                ? QStringLiteral("HTTP %1 %2")
                                                      .arg(answer.status)
                                                      .arg(QString::fromUtf8(answer.body.left(200)).simplified())
                                                      .trimmed()
                                                : answer.error;
                        m_deliveries
                            ->report(id,
                                     answer.status,
                                     answer.delivered()
                                         ? QString()
                                         : (answer.status > 0 ? QString::fromUtf8(answer.body.left(300)).simplified()
                                                              : answer.error),
                                     answer.retryAfterSeconds)
                            .then(this, [settle, id, why](const Fetched<QString>& r) { settle(id, r, why); });
                    });
            }
        });
    return promise->future();
}
