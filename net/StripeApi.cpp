#include <net/StripeApi.h>

#include <net/PgConfig.h>
#include <net/WebhookPost.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace
{
constexpr int kTimeoutMs = 30000;
constexpr int kPageSize = 100; // Stripe's largest page

// Stripe's error object, plainly: what it said, and what to do about the usual causes.
void readError(StripeAnswer& answer, const QByteArray& body)
{
    const QJsonObject error = QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    answer.errorType = error.value(QStringLiteral("type")).toString();
    answer.errorCode = error.value(QStringLiteral("code")).toString();
    QString message = error.value(QStringLiteral("message")).toString().left(500);
    if (message.isEmpty())
        message = QCoreApplication::translate("StripeApi", "HTTP %1 without Stripe's error object").arg(answer.status);
    if (answer.status == 401)
        answer.error = QCoreApplication::translate(
                           "StripeApi", "Stripe refused the key: %1 Store a valid restricted key for this profile.")
                           .arg(message);
    else if (answer.status == 403)
        answer.error = QCoreApplication::translate("StripeApi", "The key may not do this: %1").arg(message);
    else if (answer.status == 429)
        answer.error = QCoreApplication::translate("StripeApi",
                                                   "Stripe kept limiting the requests (HTTP 429) after %1 tries: %2")
                           .arg(answer.attempts)
                           .arg(message);
    else
        answer.error
            = QCoreApplication::translate("StripeApi", "Stripe answered HTTP %1: %2").arg(answer.status).arg(message);
}

struct Attempt
{
    QNetworkAccessManager* network = nullptr;
    QNetworkRequest request;
    QByteArray verb;
    QByteArray body;
    int maxRetries = 0;
    std::chrono::milliseconds backoff{0};
    int attempts = 0;
    QPromise<StripeAnswer> promise;
};

void sendAttempt(const std::shared_ptr<Attempt>& attempt)
{
    ++attempt->attempts;
    QNetworkReply* reply = attempt->verb == "POST" ? attempt->network->post(attempt->request, attempt->body)
                                                   : attempt->network->get(attempt->request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, attempt] {
        reply->deleteLater();
        StripeAnswer answer;
        answer.attempts = attempt->attempts;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (answer.status == 0) {
            answer.error = reply->error() == QNetworkReply::OperationCanceledError
                ? QCoreApplication::translate("StripeApi", "Stripe did not answer within %1 s.").arg(kTimeoutMs / 1000)
                : QCoreApplication::translate("StripeApi", "Stripe could not be reached: %1").arg(reply->errorString());
            attempt->promise.addResult(answer);
            attempt->promise.finish();
            return;
        }
        const QByteArray body = reply->readAll();
        // Stripe asks for a retry with 429, or says so in Stripe-Should-Retry (a conflict on the same
        // idempotency key, a brief outage); the same request is sent again after a growing pause.
        const bool retry = answer.status == 429 || reply->rawHeader("Stripe-Should-Retry") == "true";
        if (retry && attempt->attempts <= attempt->maxRetries) {
            const int askedSeconds
                = retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
            const auto wait
                = askedSeconds >= 0 ? std::chrono::milliseconds(std::min(askedSeconds, 60) * 1000) : attempt->backoff;
            attempt->backoff *= 2;
            QTimer::singleShot(wait, attempt->network, [attempt] { sendAttempt(attempt); });
            return;
        }
        if (answer.status >= 200 && answer.status < 300) {
            QJsonParseError parseError;
            const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
            if (!document.isObject())
                answer.error = QCoreApplication::translate("StripeApi", "Stripe's answer is not a JSON object: %1")
                                   .arg(parseError.errorString());
            else
                answer.object = document.object();
        } else {
            readError(answer, body);
        }
        attempt->promise.addResult(answer);
        attempt->promise.finish();
    });
}
} // namespace

StripeApi::StripeApi(QNetworkAccessManager* network,
                     const QUrl& base,
                     Secret key,
                     int maxRetries,
                     std::chrono::milliseconds firstBackoff)
    : m_network(network)
    , m_base(base)
    , m_key(std::move(key))
    , m_maxRetries(maxRetries)
    , m_firstBackoff(firstBackoff)
{
}

QString StripeApi::baseUrlProblem(const QUrl& base)
{
    if (!base.isValid() || base.host().isEmpty())
        return QCoreApplication::translate("StripeApi",
                                           "The Stripe API address is not a URL (like https://api.stripe.com).");
    if (!base.userInfo().isEmpty() || base.hasQuery())
        return QCoreApplication::translate("StripeApi",
                                           "The Stripe API address carries no user name, password or query.");
    if (base.scheme() == QLatin1String("https"))
        return {};
    if (base.scheme() == QLatin1String("http") && isLoopbackHost(base.host()))
        return {};
    return QCoreApplication::translate(
        "StripeApi",
        "The Stripe API address must start with https:// (plain http only to this machine): the key "
        "and the invoices travel over it.");
}

QFuture<StripeAnswer> StripeApi::get(const QString& path, const QUrlQuery& query) const
{
    return send("GET", path, query, {});
}

QFuture<StripeAnswer>
StripeApi::post(const QString& path, const QUrlQuery& form, const QByteArray& idempotencyKey) const
{
    return send("POST", path, form, idempotencyKey);
}

QFuture<StripeAnswer> StripeApi::send(const QByteArray& verb,
                                      const QString& path,
                                      const QUrlQuery& query,
                                      const QByteArray& idempotencyKey) const
{
    auto attempt = std::make_shared<Attempt>();
    attempt->promise.start();
    const QFuture<StripeAnswer> future = attempt->promise.future();
    const QString problem = baseUrlProblem(m_base);
    if (!problem.isEmpty() || !m_key || m_key->isEmpty()) {
        StripeAnswer refused;
        refused.error = !problem.isEmpty()
            ? problem
            : QCoreApplication::translate("StripeApi", "No Stripe key is stored for this profile.");
        attempt->promise.addResult(refused);
        attempt->promise.finish();
        return future;
    }
    QUrl url = m_base;
    url.setPath(m_base.path().chopped(m_base.path().endsWith(u'/') ? 1 : 0) + path);
    if (verb == "GET")
        url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", QByteArray("Bearer ") + m_key->view().toByteArray());
    request.setRawHeader("Stripe-Version", "2024-06-20");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TenantScope"));
    request.setTransferTimeout(kTimeoutMs);
    // A redirect could carry the key to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (verb == "POST") {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
        if (!idempotencyKey.isEmpty())
            request.setRawHeader("Idempotency-Key", idempotencyKey);
        attempt->body = query.toString(QUrl::FullyEncoded).toUtf8();
    }
    attempt->network = m_network;
    attempt->request = request;
    attempt->verb = verb;
    attempt->maxRetries = m_maxRetries;
    attempt->backoff = m_firstBackoff;
    sendAttempt(attempt);
    return future;
}

namespace
{
struct Paging
{
    StripeApi api;
    QString path;
    QUrlQuery query;
    int maxItems = 0;
    StripeList list;
    QPromise<StripeList> promise;
};

void nextPage(const std::shared_ptr<Paging>& paging, const QString& after)
{
    QUrlQuery query = paging->query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!after.isEmpty())
        query.addQueryItem(QStringLiteral("starting_after"), after);
    paging->api.get(paging->path, query).then([paging](const StripeAnswer& answer) {
        ++paging->list.pages;
        if (!answer.ok()) {
            paging->list.error = answer.error;
            paging->promise.addResult(paging->list);
            paging->promise.finish();
            return;
        }
        const QJsonArray data = answer.object.value(QStringLiteral("data")).toArray();
        for (const QJsonValue& item : data)
            paging->list.data.append(item);
        const bool more = answer.object.value(QStringLiteral("has_more")).toBool();
        const QString last = data.isEmpty() ? QString() : data.last().toObject().value(QStringLiteral("id")).toString();
        if (more && last.isEmpty())
            paging->list.error = QCoreApplication::translate(
                "StripeApi", "Stripe said there is more, but its last item has no id to continue after.");
        else if (more && paging->list.data.size() >= paging->maxItems)
            paging->list.error = QCoreApplication::translate("StripeApi", "More than %1 items: the list was cut there.")
                                     .arg(paging->maxItems);
        if (more && paging->list.error.isEmpty()) {
            nextPage(paging, last);
            return;
        }
        paging->promise.addResult(paging->list);
        paging->promise.finish();
    });
}
} // namespace

QFuture<StripeList> StripeApi::list(const QString& path, const QUrlQuery& query, int maxItems) const
{
    auto paging = std::make_shared<Paging>(Paging{*this, path, query, maxItems, {}, {}});
    paging->promise.start();
    const QFuture<StripeList> future = paging->promise.future();
    nextPage(paging, {});
    return future;
}
