#pragma once

#include <models/alerts/Anomalies.h>

#include <QWidget>

class AlertMonitor;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class SpikesController;
class StatePanel;

// Spikes the anomaly rules found (last 7 days), each with its baseline, samples and method, acknowledged
// for the team; and the rules themselves, added, changed and removed by platform admins.
class SpikesPanel : public QWidget
{
    Q_OBJECT

public:
    SpikesPanel(AnomalyRepository* anomalies, AlertMonitor* monitor, QWidget* parent = nullptr);

    void reload();
    void setTenantFilter(const QString& tenantId);
    void acknowledgeSelected(const QString& note);
    void saveRule(const AnomalyRule& rule, const QString& reason); // what the rule dialog does on Save
    void removeSelectedRule(const QString& reason);
    QTableWidget* spikesTable() const { return m_spikes; }
    QTableWidget* rulesTable() const { return m_rules; }
    const QVector<AnomalyAlert>& spikes() const { return m_spikeRows; }
    const QVector<AnomalyRule>& rules() const { return m_ruleRows; }
    StatePanel* spikesState() const { return m_spikesState; }
    QString detailText() const;
    QString message() const;

signals:
    void loaded();
    void changed(bool ok);

private:
    void showSpikes(const Fetched<QVector<AnomalyAlert>>& spikes);
    void showRules(const Fetched<QVector<AnomalyRule>>& rules);
    void showDetail();
    void editRule(const AnomalyRule& rule);

    SpikesController* m_controller;
    QString m_tenantId;
    QCheckBox* m_openOnly;
    QTableWidget* m_spikes;
    StatePanel* m_spikesState;
    QLabel* m_detail;
    QPushButton* m_ack;
    QTableWidget* m_rules;
    StatePanel* m_rulesState;
    QLabel* m_message;
    QVector<AnomalyAlert> m_spikeRows;
    QVector<AnomalyRule> m_ruleRows;
};
