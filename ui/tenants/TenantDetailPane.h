#pragma once

#include <models/tenants/Tenant.h>

#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTimer;
class StatePanel;
class TenantRepository;
class Tenant360Sections;
class TenantDetailController;

// The right-hand pane of the Tenants page: plan, effective limits and the live Redis state (refreshed
// every few seconds while visible).
class TenantDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit TenantDetailPane(TenantRepository* repository, QWidget* parent = nullptr);

    void showTenant(const QString& tenantId);
    QString tenantId() const { return m_tenantId; }
    const TenantDetail& detail() const { return m_detail; }
    QString fieldText(const QString& objectName) const;
    Tenant360Sections* sections() const { return m_sections; }

    static constexpr int kLiveRefreshMs = 3000;

signals:
    void detailShown(const QString& tenantId);
    void exportSnapshotRequested(const QString& tenantId);

private:
    void connectController();
    void loadDetail();
    void refreshLive();
    void fill(const TenantDetail& detail);
    void fillLive(const TenantLiveState& live);
    QLabel* addField(QFormLayout* form, const QString& label, const QString& objectName);

    TenantDetailController* m_controller;
    StatePanel* m_state;
    QTimer* m_liveTimer;
    QString m_tenantId;
    TenantDetail m_detail;
    QLabel* m_title;
    QPushButton* m_copyLink;
    QPushButton* m_exportSnapshot;
    Tenant360Sections* m_sections;
    QLabel* m_subtitle;
    QLabel* m_plan;
    QLabel* m_status;
    QLabel* m_tokens;
    QLabel* m_cost;
    QLabel* m_requests;
    QLabel* m_included;
    QLabel* m_concurrency;
    QLabel* m_rpm;
    QLabel* m_tpm;
    QLabel* m_runs;
    QLabel* m_models;
    QLabel* m_override;
    QLabel* m_alerts;
    QLabel* m_liveRequests;
    QLabel* m_liveTokens;
    QLabel* m_liveConcurrent;
    QLabel* m_liveQuota;
    QLabel* m_liveMonth;
};
