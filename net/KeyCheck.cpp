#include <net/KeyCheck.h>

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

QFuture<KeyCheckResult>
checkProviderKey(QNetworkAccessManager* network, ChatRequest::Provider provider, const QUrl& baseUrl, QString key)
{
    QUrl url = baseUrl.isEmpty() ? ChatRequest::defaultBaseUrl(provider) : baseUrl;
    QString path = url.path();
    if (path.endsWith(u'/'))
        path.chop(1);
    path += provider == ChatRequest::Provider::Anthropic ? QStringLiteral("/v1/models?limit=1")
                                                         : QStringLiteral("/models");
    url = QUrl(url.toString(QUrl::RemovePath | QUrl::RemoveQuery) + path);
    QNetworkRequest request(url);
    if (provider == ChatRequest::Provider::Anthropic) {
        request.setRawHeader("x-api-key", key.toUtf8());
        request.setRawHeader("anthropic-version", "2023-06-01");
    } else {
        request.setRawHeader("Authorization", "Bearer " + key.toUtf8());
    }
    key.fill(u'\0');
    request.setTransferTimeout(20000);

    auto promise = std::make_shared<QPromise<KeyCheckResult>>();
    promise->start();
    QNetworkReply* reply = network->get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, promise] {
        reply->deleteLater();
        KeyCheckResult result;
        result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (result.httpStatus >= 200 && result.httpStatus < 300) {
            result.accepted = true;
            result.message = QCoreApplication::translate("KeyCheck", "The key works: the provider accepted it.");
        } else if (result.httpStatus == 401 || result.httpStatus == 403) {
            result.message = QCoreApplication::translate("KeyCheck",
                                                         "The provider refused the key (HTTP %1: %2). "
                                                         "Check it, or create a new one.")
                                 .arg(result.httpStatus)
                                 .arg(providerErrorMessage(body));
        } else if (result.httpStatus > 0) {
            result.message = QCoreApplication::translate("KeyCheck", "The provider answered HTTP %1: %2")
                                 .arg(result.httpStatus)
                                 .arg(providerErrorMessage(body));
        } else {
            result.message
                = QCoreApplication::translate("KeyCheck", "Could not reach the provider: %1").arg(reply->errorString());
        }
        promise->addResult(result);
        promise->finish();
    });
    return promise->future();
}
