#pragma once

#include <models/common/Fetched.h>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QMetaType>
#include <QObject>
#include <QVector>

class PgSession;
class QNetworkAccessManager;

// Where alerts go: a Slack incoming webhook or a generic HTTPS webhook. Its URL is a secret kept on the
// server (no role reads it); people see only `urlHint`.
struct AlertDestination
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString kind = QStringLiteral("slack"); // "slack" or "webhook"
    QString urlHint; // "https://hooks.slack.com/…AbCd"
    bool enabled = true;
    QString createdBy;
    QDateTime updatedAt;
    int sent = 0; // in the last 7 days
    int pending = 0;
    int failed = 0;
    QJsonObject toJson() const;
};

// One alert's delivery to one destination: sent once, retried with backoff, or failed (and shown).
struct AlertDeliveryRow
{
    qint64 id = 0;
    QString destination;
    QString alertKind; // "quota" or "anomaly"
    qint64 alertId = 0;
    QString tenantName; // empty: the whole platform
    QString state; // pending, sent, failed
    int attempts = 0;
    QDateTime createdAt;
    QDateTime nextAttemptAt;
    QDateTime sentAt;
    int lastStatus = -1; // -1: not tried yet; 0: no answer
    QString lastError;
    QString stateText() const; // "sent", "retrying at 14:05 (HTTP 429)", "failed: HTTP 404 no_service"
    QJsonObject toJson() const;
};

// A delivery handed to this console to send: the URL and the alert as the server describes it.
struct ClaimedDelivery
{
    qint64 id = 0;
    QString kind;
    QString url;
    int attempt = 1;
    QJsonObject alert;
};

namespace AlertMessage
{
// The alert in one line a person reads (Slack's text, the webhook's "text"). English: the channel is
// shared, whoever's console sends.
QString text(const QJsonObject& alert);
// The request body: Slack's incoming-webhook JSON ({"text", "blocks"}), or ours for a generic webhook
// ({"type": "tenantscope.alert", "delivery_id", "attempt", "text", "alert"}).
QByteArray body(const ClaimedDelivery& delivery);
} // namespace AlertMessage

// Destinations (platform admins change them, audited, the URL never in the audit log) and the deliveries'
// states (staff); claiming and reporting deliveries for the sender.
class DeliveryRepository
{
public:
    explicit DeliveryRepository(PgSession* pg);

    QFuture<Fetched<QVector<AlertDestination>>> destinations() const;
    // `url` empty keeps the saved one (a new destination needs one). Returns the destination's id.
    QFuture<Fetched<qint64>>
    saveDestination(const AlertDestination& destination, const QString& url, const QString& reason) const;
    QFuture<Fetched<bool>> removeDestination(qint64 destinationId, const QString& reason) const;
    QFuture<Fetched<QVector<AlertDeliveryRow>>> deliveries(int days = 7) const;

    QFuture<Fetched<QVector<ClaimedDelivery>>> claim(int limit, int leaseSeconds) const;
    // The delivery's state after this answer (pending when it will be retried).
    QFuture<Fetched<QString>> report(qint64 deliveryId, int status, const QString& error, int retryAfterSeconds) const;

private:
    PgSession* m_pg;
};

// Sends the deliveries that are due, from this console: claims them (no other console sends them
// meanwhile), POSTs each, and reports each answer to the server, which decides sent, retry or failed.
class AlertSender : public QObject
{
    Q_OBJECT

public:
    AlertSender(DeliveryRepository* deliveries, QNetworkAccessManager* network, QObject* parent = nullptr);

    struct Round
    {
        int claimed = 0;
        int sent = 0;
        int retrying = 0;
        int failed = 0;
        QStringList problems; // "delivery 12: HTTP 404 no_service"
        QJsonObject toJson() const;
    };
    QFuture<Fetched<Round>> sendDue(int limit = 20);
    void setTimeoutMs(int timeoutMs) { m_timeoutMs = timeoutMs; }

private:
    DeliveryRepository* m_deliveries;
    QNetworkAccessManager* m_network;
    int m_timeoutMs = 10000;
};
Q_DECLARE_METATYPE(AlertDestination)
Q_DECLARE_METATYPE(AlertDeliveryRow)
