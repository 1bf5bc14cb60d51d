#pragma once

#include <net/SecretBuffer.h>

#include <QByteArray>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>

class QNetworkAccessManager;

// One answer of Stripe's REST API: the object, or Stripe's error object read plainly.
struct StripeAnswer
{
    int status = 0; // HTTP status; 0: no answer (see error)
    QJsonObject object;
    QString error; // empty on success
    QString errorType; // Stripe's error.type (invalid_request_error, api_error, ...)
    QString errorCode; // Stripe's error.code (resource_missing, rate_limit, ...)
    int attempts = 1; // more than one when Stripe asked us to slow down
    bool ok() const { return error.isEmpty(); }
};

// Every page of a list, joined (has_more / starting_after followed to the end).
struct StripeList
{
    QJsonArray data;
    QString error;
    int pages = 0;
    bool ok() const { return error.isEmpty(); }
};

// Stripe's REST API with a secret (preferably restricted) key: form-encoded requests, JSON answers,
// pagination, and 429 answered with exponential backoff. TLS is verified for every host; plain http is
// refused except to this machine (a local test peer). Call on the network manager's thread.
class StripeApi
{
public:
    StripeApi() = default; // no address, no key: every request is refused
    StripeApi(QNetworkAccessManager* network,
              const QUrl& base,
              Secret key,
              int maxRetries = 4,
              std::chrono::milliseconds firstBackoff = std::chrono::milliseconds(500));

    QFuture<StripeAnswer> get(const QString& path, const QUrlQuery& query = {}) const;
    // idempotencyKey: sent as Idempotency-Key, so that a retry is applied once.
    QFuture<StripeAnswer> post(const QString& path, const QUrlQuery& form, const QByteArray& idempotencyKey = {}) const;
    QFuture<StripeList> list(const QString& path, const QUrlQuery& query = {}, int maxItems = 10000) const;

    // Empty when Stripe may be reached at `base`; otherwise why not.
    static QString baseUrlProblem(const QUrl& base);

private:
    QFuture<StripeAnswer>
    send(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& idempotencyKey) const;

    QNetworkAccessManager* m_network = nullptr;
    QUrl m_base;
    Secret m_key;
    int m_maxRetries = 4;
    std::chrono::milliseconds m_firstBackoff{500};
};
