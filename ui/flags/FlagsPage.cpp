#include <ui/flags/FlagsPage.h>

#include <models/plans/AiConfigController.h>
#include <ui/flags/AiConfigPanel.h>
#include <ui/flags/FlagsPanel.h>

#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

FlagsPage::FlagsPage(AiConfigRepository* repository,
                     AiConfigOperations* operations,
                     TenantRepository* tenants,
                     QWidget* parent)
    : QWidget(parent)
    , m_controller(new AiConfigController(repository, operations, this))
    , m_tabs(new QTabWidget)
    , m_flags(new FlagsPanel(m_controller))
    , m_aiConfig(new AiConfigPanel(m_controller, tenants))
{
    setObjectName(QStringLiteral("flagsPage"));
    m_tabs->setObjectName(QStringLiteral("flagsTabs"));
    m_tabs->addTab(m_flags, tr("Feature flags"));
    m_tabs->addTab(m_aiConfig, tr("AI configuration"));
    connect(m_aiConfig, &AiConfigPanel::tryInPlayground, this, &FlagsPage::tryInPlayground);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void FlagsPage::reload()
{
    m_loadedOnce = true;
    m_flags->reload();
    m_aiConfig->reload();
}

void FlagsPage::showTenantConfig(const QString& tenantId, const QString& label)
{
    m_tabs->setCurrentWidget(m_aiConfig);
    if (!std::exchange(m_loadedOnce, true))
        m_flags->reload(); // the configuration tab reads its own subject below
    m_aiConfig->showSubject(tenantId, label);
}

void FlagsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}
