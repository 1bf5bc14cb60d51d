#pragma once

#include <models/alerts/Alerts.h>

#include <QObject>

class PgSession;
class QTimer;

// Keeps the app's view of quota alerts current while it runs: evaluates every minute (firing newly
// crossed thresholds), follows other consoles' acknowledgements through LISTEN ts_alerts, and reports
// the open count (the navigation badge) and what newly fired (the desktop notification).
class AlertMonitor : public QObject
{
    Q_OBJECT

public:
    AlertMonitor(AlertRepository* alerts, PgSession* pg, QObject* parent = nullptr);

    void start(); // first evaluation now, then every kIntervalMs
    void evaluateNow();
    void refreshOpenCount();
    int openCount() const { return m_openCount; }
    const AlertRepository::Evaluation& lastEvaluation() const { return m_last; }
    QDateTime lastEvaluatedAt() const { return m_lastAt; }
    QString lastError() const { return m_lastError; }

    static constexpr int kIntervalMs = 60000;

signals:
    void evaluated();
    void alertsFired(const QVector<QuotaAlert>& alerts); // new since the app started, with tenant names
    void openCountChanged(int count);
    void changedElsewhere(); // fired or handled by any console

private:
    AlertRepository* m_alerts;
    QTimer* m_timer;
    AlertRepository::Evaluation m_last;
    QDateTime m_lastAt;
    QString m_lastError;
    int m_openCount = -1;
    bool m_running = false;
};
