#pragma once

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// What a webhook answered to one POST: its HTTP status (0: no answer, see error), the start of its body,
// and how long it asked to wait (Retry-After, in seconds; -1 when it did not say).
struct WebhookAnswer
{
    int status = 0;
    QByteArray body; // at most 2 KB
    int retryAfterSeconds = -1;
    QString error; // why no answer came (timeout, refused, TLS)
    bool delivered() const { return status >= 200 && status < 300; }
};

// A URL a webhook may have: https, or plain http to this machine only (TLS is verified for every other
// host). An empty string when it may; otherwise why not.
QString webhookUrlProblem(const QUrl& url);

// Retry-After as seconds: "120" or an HTTP date; -1 when absent or unreadable.
int retryAfterSeconds(const QByteArray& header, const QDateTime& nowUtc);

// POSTs a JSON body to `url` (TLS verified), giving up after `timeoutMs`. Call on the manager's thread.
QFuture<WebhookAnswer> postWebhook(QNetworkAccessManager* network,
                                   const QUrl& url,
                                   const QByteArray& json,
                                   const QList<QPair<QByteArray, QByteArray>>& headers,
                                   int timeoutMs);
