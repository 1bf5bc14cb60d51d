#pragma once

#include <models/alerts/Alerts.h>
#include <models/common/Fetched.h>

#include <QObject>

// The Alerts page's reads and changes, off the widget: the month's alerts (a newer filter makes an older
// answer stale) and acknowledging or snoozing one. Each answer comes back as a signal.
class AlertsController : public QObject
{
    Q_OBJECT

public:
    enum class Handling
    {
        Acknowledged,
        Snoozed,
    };
    Q_ENUM(Handling)

    explicit AlertsController(AlertRepository* alerts, QObject* parent = nullptr);

    void list(const AlertRepository::Filter& filter);
    void acknowledge(qint64 alertId, const QString& note);
    void snooze(qint64 alertId, const QDateTime& until, const QString& note);

signals:
    void listed(const Fetched<QVector<QuotaAlert>>& alerts);
    void handled(AlertsController::Handling how, const Fetched<bool>& result);

private:
    AlertRepository* m_alerts;
    quint64 m_generation = 0;
};
