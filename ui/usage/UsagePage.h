#pragma once

#include <ui/usage/UsageChart.h>

#include <QDate>
#include <QSet>
#include <QWidget>

class AsOfLabel;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;
class QTimer;
class StatePanel;
class TenantPicker;
class TenantRepository;
class UsageController;
class UsageRepository;
class UsageTableModel;
class ZoomableChartView;

// Tokens, requests and cost over time for one tenant or all, stacked by model, with the month's quota
// context; today is reconciled with the live Redis counters every few seconds while the page shows.
class UsagePage : public QWidget
{
    Q_OBJECT

public:
    UsagePage(UsageRepository* usage, TenantRepository* tenants, QWidget* parent = nullptr);

    // An empty id: every tenant.
    void setTenant(const QString& tenantId, const QString& label);
    QString tenantId() const;
    void setRange(QDate from, QDate to, UsageResolution resolution);
    void setMetric(UsageChart::Metric metric);
    void reload();
    UsageTableModel* tableModel() const { return m_table; }
    bool isLoading() const { return m_loading; }
    QString stateMessage() const;

    static constexpr int kLiveRefreshMs = 5000;

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void connectController();
    enum Range
    {
        Today,
        Last7Days,
        Last30Days,
        Last90Days,
        ThisMonth,
        LastMonth,
        Custom
    };
    void applyRangePreset();
    UsageQuery currentQuery() const;
    void render();
    void loadForecast();
    void toggleModel(const QString& model);

    UsageController* m_controller;
    TenantPicker* m_tenant;
    QComboBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_resolution;
    QComboBox* m_metric;
    QLabel* m_live;
    AsOfLabel* m_asOf;
    StatePanel* m_state;
    ZoomableChartView* m_chartView;
    QTableView* m_tableView;
    UsageTableModel* m_table;
    QChartView* m_monthView;
    QLabel* m_monthText;
    QTimer* m_liveTimer;
    QSet<QString> m_hiddenModels;
    bool m_loading = false;
    bool m_hasData = false;
    QString m_fingerprint;
};
