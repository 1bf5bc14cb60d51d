#include <models/alerts/AlertMonitor.h>
#include <models/alerts/Anomalies.h>

#include <async/Guarded.h>
#include <net/PgSession.h>

#include <QTimer>

AlertMonitor::AlertMonitor(AlertRepository* alerts, PgSession* pg, QObject* parent)
    : QObject(parent)
    , m_alerts(alerts)
    , m_timer(new QTimer(this))
    , m_retry(new QTimer(this))
{
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &AlertMonitor::evaluateNow);
    connect(pg, &PgSession::notification, this, [this](const QString& channel, const QString&) {
        if (channel != AlertRepository::channel())
            return;
        refreshOpenCount();
        emit changedElsewhere();
    });
    pg->subscribe(AlertRepository::channel());
}

void AlertMonitor::start()
{
    m_timer->start();
    evaluateNow();
}

void AlertMonitor::evaluateNow()
{
    if (m_running)
        return;
    m_running = true;
    deliver(m_alerts->evaluate(), this, [this](const Fetched<AlertRepository::Evaluation>& result) {
        m_running = false;
        m_lastAt = QDateTime::currentDateTimeUtc();
        m_lastError = result.error;
        if (result.ok()) {
            m_last = result.value;
            m_failuresInARow = 0;
            m_retry->stop();
        } else {
            // Without this the app showed a failed first evaluation (asked before Redis was connected)
            // for a whole minute.
            const int shift = std::min(m_failuresInARow++, 10);
            m_retry->start(std::min(kIntervalMs, kFirstRetryMs << shift));
        }
        emit evaluated();
        refreshOpenCount();
        evaluateSpikes();
        if (!result.ok() || result.value.fired.isEmpty())
            return;
        // The new alerts with their tenants' names, for the notification.
        const QVector<qint64> fired = result.value.fired;
        AlertRepository::Filter filter;
        filter.openOnly = false;
        deliver(m_alerts->list(filter), this, [this, fired](const Fetched<QVector<QuotaAlert>>& all) {
            QVector<QuotaAlert> fresh;
            for (const QuotaAlert& a : all.value)
                if (fired.contains(a.id))
                    fresh.append(a);
            if (!fresh.isEmpty())
                emit alertsFired(fresh);
        });
    });
}

void AlertMonitor::refreshOpenCount()
{
    deliver(m_alerts->list({}), this, [this](const Fetched<QVector<QuotaAlert>>& open) {
        if (!open.ok())
            return;
        const int count = int(open.value.size());
        if (count != m_openCount) {
            m_openCount = count;
            emit openCountChanged(count);
        }
    });
}

void AlertMonitor::evaluateSpikes()
{
    if (!m_anomalies) {
        sendDeliveries();
        return;
    }
    deliver(m_anomalies->evaluate(), this, [this](const Fetched<QVector<qint64>>& fired) {
        m_lastSpikeError = fired.error;
        if (fired.ok() && !fired.value.isEmpty())
            emit spikesFired(int(fired.value.size()));
        // After the evaluation: what it fired is sent in the same minute.
        sendDeliveries();
    });
}

void AlertMonitor::sendDeliveries()
{
    if (!m_sender || !m_mayDeliver)
        return;
    deliver(m_sender->sendDue(), this, [this](const Fetched<AlertSender::Round>& round) {
        // Only platform admins send (they set the URLs); another login's console stops asking.
        if (!round.ok() && round.error.contains(QLatin1String("not permitted"), Qt::CaseInsensitive))
            m_mayDeliver = false;
        m_lastDelivery = round.value;
        if (!round.ok())
            m_lastDelivery.problems = {round.error};
        emit deliveriesSent();
    });
}
