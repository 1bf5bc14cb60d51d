#pragma once

#include <models/alerts/Anomalies.h>

#include <QObject>

// The Spikes tab's reads and changes, off the widgets: spikes and rules read (a newer read makes an older
// answer stale), rules saved and removed, a spike acknowledged. Each answer comes back as a signal.
class SpikesController : public QObject
{
    Q_OBJECT

public:
    explicit SpikesController(AnomalyRepository* anomalies, QObject* parent = nullptr);

    void listSpikes(const AnomalyRepository::Filter& filter);
    void listRules();
    void saveRule(const AnomalyRule& rule, const QString& reason);
    void removeRule(qint64 ruleId, const QString& reason);
    void acknowledge(qint64 spikeId, const QString& note);

signals:
    void spikesListed(const Fetched<QVector<AnomalyAlert>>& spikes);
    void rulesListed(const Fetched<QVector<AnomalyRule>>& rules);
    void changed(const QString& done, const QString& error); // a save, removal or acknowledgement answered

private:
    AnomalyRepository* m_anomalies;
    quint64 m_spikesAsked = 0;
    quint64 m_rulesAsked = 0;
};
