#pragma once

#include <models/operations/AiConfigOperations.h>
#include <models/plans/AiConfigRepository.h>

class AiConfigController;

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class StatePanel;

// Feature flags: each with its rollout and how many tenants it is on for; edit one, see the diff and the
// tenants whose value changes before saving; its history, and a confirmed rollback to any earlier version;
// the tenants it is on for; the whole set exported for OpenFeature flagd.
class FlagsPanel : public QWidget
{
    Q_OBJECT

public:
    FlagsPanel(AiConfigController* controller, QWidget* parent = nullptr);

    void reload();
    void selectFlag(const QString& key);
    // Clears the editor for a flag not there yet.
    void startNewFlag();
    // The editor's state as flag_set takes it.
    QJsonObject draftState() const;
    // Asks the server which tenants the edit (or a rollback to `version`) reaches, then shows the review.
    void review();
    void reviewRollback(int version);
    // Save or roll back without the dialog (the review calls these once confirmed).
    void save(const QString& reason);
    void rollbackTo(int version, const QString& reason);
    bool exportFlagd(const QString& path);
    QString message() const;
    QTableWidget* flagTable() const { return m_table; }
    QTableWidget* historyTable() const { return m_history; }
    QListWidget* tenantList() const { return m_tenantsOn; }
    bool isBusy() const { return m_busy > 0; }

    static constexpr int kTenantsShown = 500; // named under "Tenants on"; all of them are counted
    static constexpr int kReviewTenants = 200; // named in a review; all of them are counted

signals:
    void loaded();
    void historyLoaded();
    void changed(bool ok);
    void reviewReady();
    void exported(bool ok);

private:
    void showFlags(const Fetched<QVector<FeatureFlag>>& flags);
    void showFlag(const FeatureFlag& flag);
    void applyState(const QJsonObject& state);
    void loadDetails();
    void showChange(const QString& what, const Fetched<AiConfigChange>& change);
    void openReview(const QString& title,
                    const QJsonObject& target,
                    const TenantReach& reach,
                    const QString& consequence,
                    const QString& action,
                    int rollbackVersion);
    void updateRolloutFields();
    void finishOne();
    int selectedHistoryVersion() const;

    void connectController();
    void showPreview(const QJsonObject& target, int rollbackVersion, const Fetched<TenantReach>& reach);

    AiConfigController* m_controller;
    QVector<FeatureFlag> m_flags;
    QVector<FeatureFlagVersion> m_versions;
    FeatureFlag m_current; // version 0: a new flag
    QTableWidget* m_table;
    StatePanel* m_tableState;
    QLabel* m_pending;
    QPushButton* m_pushNow;
    QLineEdit* m_key;
    QLineEdit* m_description;
    QCheckBox* m_enabled;
    QComboBox* m_rollout;
    QSpinBox* m_percentage;
    QLineEdit* m_plans;
    QPlainTextEdit* m_tenants;
    QPushButton* m_reviewButton;
    QLabel* m_message;
    QTableWidget* m_history;
    QPushButton* m_rollbackButton;
    QListWidget* m_tenantsOn;
    QLabel* m_tenantsOnLabel;
    int m_busy = 0;
    bool m_keepDraft = false;
};
