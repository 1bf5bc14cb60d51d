#include <models/alerts/SpikesController.h>

#include <async/Guarded.h>

SpikesController::SpikesController(AnomalyRepository* anomalies, QObject* parent)
    : QObject(parent)
    , m_anomalies(anomalies)
{
}

void SpikesController::listSpikes(const AnomalyRepository::Filter& filter)
{
    deliverLatest(m_anomalies->list(filter), this, &m_spikesAsked, [this](const Fetched<QVector<AnomalyAlert>>& a) {
        emit spikesListed(a);
    });
}

void SpikesController::listRules()
{
    deliverLatest(m_anomalies->rules(), this, &m_rulesAsked, [this](const Fetched<QVector<AnomalyRule>>& rules) {
        emit rulesListed(rules);
    });
}

void SpikesController::saveRule(const AnomalyRule& rule, const QString& reason)
{
    deliver(m_anomalies->saveRule(rule, reason), this, [this, name = rule.name](const Fetched<qint64>& saved) {
        emit changed(saved.ok() ? tr("Rule \"%1\" saved for the whole team.").arg(name) : QString(), saved.error);
    });
}

void SpikesController::removeRule(qint64 ruleId, const QString& reason)
{
    deliver(m_anomalies->removeRule(ruleId, reason), this, [this](const Fetched<bool>& removed) {
        emit changed(removed.ok() ? tr("Rule removed.") : QString(), removed.error);
    });
}

void SpikesController::acknowledge(qint64 spikeId, const QString& note)
{
    deliver(m_anomalies->acknowledge(spikeId, note), this, [this](const Fetched<bool>& done) {
        emit changed(done.ok() ? tr("Acknowledged for the whole team.") : QString(), done.error);
    });
}
