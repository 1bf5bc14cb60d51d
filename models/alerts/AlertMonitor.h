#pragma once

#include <models/alerts/AlertDelivery.h>
#include <models/alerts/Alerts.h>

#include <QObject>

class PgSession;
class QTimer;

class AnomalyRepository;

// Keeps the app's view of alerts current while it runs: evaluates every minute (firing newly crossed
// thresholds, then the anomaly rules), sends the deliveries that are due when the login may (platform
// admins), follows other consoles' acknowledgements through LISTEN ts_alerts, and reports
// the open count (the navigation badge) and what newly fired (the desktop notification).
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    AlertMonitor(AlertRepository* alerts, PgSession* pg, QObject* parent = nullptr);

    void setSpikes(AnomalyRepository* anomalies) { m_anomalies = anomalies; }
    void setSender(AlertSender* sender) { m_sender = sender; }
    void start(); // first evaluation now, then every kIntervalMs
    void evaluateNow();
    void refreshOpenCount();
    int openCount() const { return m_openCount; }
    bool isEvaluating() const { return m_running; } // evaluateNow() does nothing meanwhile
    const AlertRepository::Evaluation& lastEvaluation() const { return m_last; }
    QDateTime lastEvaluatedAt() const { return m_lastAt; }
    QString lastError() const { return m_lastError; }
    QString lastSpikeError() const { return m_lastSpikeError; }
    // The last round of deliveries this console sent; not sending at all when the login may not.
    const AlertSender::Round& lastDelivery() const { return m_lastDelivery; }
    bool sendsDeliveries() const { return m_sender && m_mayDeliver; }

    static constexpr int kIntervalMs = 60000;
    // A failed evaluation (a server not connected yet at start, or gone) is tried again sooner: after 5 s,
    // then twice as long each time, at most kIntervalMs.
    static constexpr int kFirstRetryMs = 5000;

signals:
    void evaluated();
    void alertsFired(const QVector<QuotaAlert>& alerts); // new since the app started, with tenant names
    void openCountChanged(int count);
    void changedElsewhere(); // fired or handled by any console
    void spikesFired(int count); // anomaly alerts new from this console's evaluation
    void deliveriesSent(); // a round of deliveries ended (lastDelivery())

private:
    void evaluateSpikes();
    void sendDeliveries();

    AlertRepository* m_alerts;
    AnomalyRepository* m_anomalies = nullptr;
    AlertSender* m_sender = nullptr;
    bool m_mayDeliver = true; // until the server says this login may not send
    QString m_lastSpikeError;
    AlertSender::Round m_lastDelivery;
    QTimer* m_timer;
    AlertRepository::Evaluation m_last;
    QDateTime m_lastAt;
    QString m_lastError;
    int m_openCount = -1;
    bool m_running = false;
    int m_failuresInARow = 0;
    QTimer* m_retry;
};
