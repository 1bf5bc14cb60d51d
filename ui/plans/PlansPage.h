#pragma once

#include <models/plans/AuditRepository.h>
#include <models/plans/PlanRepository.h>

#include <QHash>
#include <QWidget>

class AuditTableModel;
class PlanOperations;
class PlansController;
struct LimitsChange;
class PlanDraft;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;
class StatePanel;

// Plans and limits without a deploy: edit a plan with undo and redo, review the diff and the tenants
// affected, save through the platform's versioned function (someone else's change is shown, never
// overwritten; the edit is kept to re-apply), push the new limits to Redis and see when Redis is stale;
// per-tenant overrides; the audit log, filterable and exportable.
class PlansPage : public QWidget
{
    Q_OBJECT

public:
    PlansPage(PlanRepository* plans, PlanOperations* operations, AuditRepository* audit, QWidget* parent = nullptr);

    void reload();
    void selectPlan(const QString& planId);
    PlanDraft* draft() const { return m_draft; }
    // Set one field as the editor would (the widgets follow).
    void editField(const QString& field, const QJsonValue& value);
    // Save without the review dialog (it asks, then calls this).
    void save(const QString& reason);
    void pushLimits();
    // After a refused save: the latest version of the plan, with this edit applied on top.
    void reapplyOnLatest();
    QString message() const;
    qint64 pendingTenants() const { return m_pending.pendingTenants; }
    AuditTableModel* auditModel() const { return m_auditModel; }
    QTableWidget* overridesTable() const { return m_overrides; }
    void showAudit();
    // The audit log filtered to one tenant's changes.
    void showAuditFor(const QString& tenantId);
    bool exportAuditCsv(const QString& path, QString* error) const;
    bool isBusy() const { return m_busy > 0; }

    static constexpr int kPushStateRefreshMs = 10000;

signals:
    void loaded();
    void saved(bool ok);
    void pushed(bool ok);
    void auditLoaded();
    void rebased();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void buildEditor(QWidget* editor);
    void showDraft();
    void review();
    void refreshPushState();
    void showLimitsChange(const QString& savedText, const LimitsChange& change);
    void loadOverrides();
    void loadAudit();
    void removeOverride();
    void setOverride();
    void finishOne();
    void connectController();

    PlansController* m_controller;
    PlanDraft* m_draft;
    QVector<Plan> m_planList;
    QStringList m_models;
    PushState m_pending;
    QListWidget* m_planListView;
    StatePanel* m_planState;
    QLabel* m_banner;
    QPushButton* m_pushButton;
    QLabel* m_planInfo;
    QLabel* m_problem;
    QLabel* m_message;
    QPushButton* m_reapply;
    QLineEdit* m_name;
    QLineEdit* m_basePrice;
    QLineEdit* m_overage;
    QHash<QString, QLineEdit*> m_limitEdits;
    QHash<QString, QCheckBox*> m_unlimited;
    QListWidget* m_modelList;
    QPushButton* m_undo;
    QPushButton* m_redo;
    QPushButton* m_discard;
    QPushButton* m_reviewButton;
    QTableWidget* m_overrides;
    QVector<LimitOverride> m_overrideList;
    QComboBox* m_auditAction;
    QLineEdit* m_auditTenant;
    AuditTableModel* m_auditModel;
    QTableView* m_auditView;
    StatePanel* m_auditState;
    QTimer* m_pushStateTimer;
    QString m_selected;
    int m_busy = 0;
    bool m_loadedOnce = false;
};
