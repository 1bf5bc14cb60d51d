#include <net/WebhookPost.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <algorithm>
#include <memory>

QString webhookUrlProblem(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("Webhook", "This is not a URL (like https://hooks.slack.com/services/…).");
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("Webhook", "A webhook URL carries no user name or password.");
    if (url.scheme() == QLatin1String("https"))
        return {};
    QHostAddress address;
    const bool loopback
        = url.host() == QLatin1String("localhost") || (address.setAddress(url.host()) && address.isLoopback());
    if (url.scheme() == QLatin1String("http") && loopback)
        return {};
    return QCoreApplication::translate("Webhook",
                                       "A webhook URL must start with https:// (plain http only to this machine): "
                                       "alerts name tenants and figures.");
}

int retryAfterSeconds(const QByteArray& header, const QDateTime& nowUtc)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool isNumber = false;
    const qint64 seconds = value.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qint64>(seconds, 86400));
    // An HTTP date ("Fri, 04 Dec 2026 10:00:30 GMT"); Qt reads RFC 2822's numeric zone.
    QString date = QString::fromLatin1(value);
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return int(std::clamp<qint64>(nowUtc.secsTo(when), 0, 86400));
}

QFuture<WebhookAnswer> postWebhook(QNetworkAccessManager* network,
                                   const QUrl& url,
                                   const QByteArray& json,
                                   const QList<QPair<QByteArray, QByteArray>>& headers,
                                   int timeoutMs)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("TenantScope"));
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(timeoutMs);
    // A redirect could carry the alert to another host: a webhook answers where it was asked.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    auto promise = std::make_shared<QPromise<WebhookAnswer>>();
    promise->start();
    QNetworkReply* reply = network->post(request, json);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
        reply->deleteLater();
        WebhookAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->read(2048);
        answer.retryAfterSeconds = retryAfterSeconds(reply->rawHeader("Retry-After"), QDateTime::currentDateTimeUtc());
        if (answer.status == 0)
            answer.error = reply->error() == QNetworkReply::OperationCanceledError
                ? QCoreApplication::translate("Webhook", "no answer within the time limit")
                : reply->errorString();
        promise->addResult(answer);
        promise->finish();
    });
    return promise->future();
}
