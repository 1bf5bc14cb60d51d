#pragma once

#include <models/operations/AiConfigOperations.h>
#include <models/plans/AiConfigRepository.h>

#include <QWidget>

class AiConfigController;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class StatePanel;
class TenantPicker;
class TenantRepository;

// The AI configuration: the global defaults, or one tenant's overrides (a field left empty follows the
// global default) with its effective configuration. Edit, review the diff and the tenants reached, save on
// the version the edit started from; every version in a history, and a confirmed rollback to any of them.
class AiConfigPanel : public QWidget
{
    Q_OBJECT

public:
    AiConfigPanel(AiConfigController* controller, TenantRepository* tenants, QWidget* parent = nullptr);

    // Empty: the global defaults.
    void showSubject(const QString& tenantId, const QString& label = {});
    QString subject() const { return m_subject; }
    void reload();
    // Sets one field as the editor would ("" clears it).
    void editField(const QString& field, const QString& text);
    // The editor's fields as ai_config_set takes them, or a problem to show.
    QJsonObject draft(QString* problem) const;
    void review();
    void reviewRollback(int version);
    void save(const QString& reason);
    void rollbackTo(int version, const QString& reason);
    QString message() const;
    QString effectiveText() const;
    QTableWidget* historyTable() const { return m_history; }
    int currentVersion() const;
    bool isBusy() const { return m_busy > 0; }

signals:
    void loaded();
    void changed(bool ok);
    void reviewReady();
    // "Try in the Playground": a call made with this tenant's effective configuration.
    void tryInPlayground(const QString& tenantId, const QString& label);

private:
    void applyFields(const QJsonObject& fields);
    void showHistory(const Fetched<QVector<AiConfigVersion>>& history);
    void showEffective(const Fetched<QJsonObject>& effective);
    void showChange(const Fetched<AiConfigChange>& change);
    void openReview(const QString& title,
                    const QJsonObject& target,
                    const TenantReach& reach,
                    const QString& consequence,
                    const QString& action,
                    int rollbackVersion);
    void finishOne();
    QString subjectName() const;
    QJsonObject currentFields() const;

    void connectController();
    void showPreview(const QJsonObject& target, int rollbackVersion, const Fetched<TenantReach>& reach);

    AiConfigController* m_controller;
    QString m_subject;
    QString m_subjectLabel;
    QVector<AiConfigVersion> m_versions;
    TenantPicker* m_picker;
    QLabel* m_subjectInfo;
    QLineEdit* m_model;
    QLineEdit* m_fallback;
    QLineEdit* m_promptVersion;
    QLineEdit* m_temperature;
    QLineEdit* m_maxTokens;
    QComboBox* m_rag;
    QPlainTextEdit* m_prompt;
    QPushButton* m_reviewButton;
    QPushButton* m_tryButton;
    QLabel* m_message;
    QPlainTextEdit* m_effective;
    QTableWidget* m_history;
    StatePanel* m_historyState;
    QPushButton* m_rollbackButton;
    int m_busy = 0;
    bool m_keepDraft = false;
    QString m_historyLoadedFor = QStringLiteral("-"); // the subject the fields were last filled from
};
