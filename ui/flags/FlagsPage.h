#pragma once

#include <QWidget>

class AiConfigController;
class AiConfigOperations;
class AiConfigPanel;
class AiConfigRepository;
class FlagsPanel;
class QTabWidget;
class TenantRepository;

// Flags and AI configuration: feature flags with their rollouts, and the global and per-tenant AI
// configuration, each changed after a review of what it reaches and rolled back in one confirmed step.
class FlagsPage : public QWidget
{
    Q_OBJECT

public:
    FlagsPage(AiConfigRepository* repository,
              AiConfigOperations* operations,
              TenantRepository* tenants,
              QWidget* parent = nullptr);

    void reload();
    // The AI configuration tab on one tenant (empty: the global defaults).
    void showTenantConfig(const QString& tenantId, const QString& label);
    FlagsPanel* flags() const { return m_flags; }
    AiConfigPanel* aiConfig() const { return m_aiConfig; }

signals:
    void tryInPlayground(const QString& tenantId, const QString& label);

protected:
    void showEvent(QShowEvent* event) override;

private:
    AiConfigController* m_controller;
    QTabWidget* m_tabs;
    FlagsPanel* m_flags;
    AiConfigPanel* m_aiConfig;
    bool m_loadedOnce = false;
};
