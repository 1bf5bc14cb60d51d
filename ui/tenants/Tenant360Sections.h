#pragma once

#include <models/tenants/Tenant360.h>

#include <QHash>
#include <QWidget>

class QGroupBox;
class QLabel;
class QPushButton;
class QVBoxLayout;
class Tenant360Controller;

// The tenant 360's parts beyond the tenant's own row: its failed executions by cause, its BullMQ jobs
// by state, open alerts, keys on the platform and recent changes: Tenant360::sections(), the list a support
// snapshot reads too. Each loads on its own and says "loading", "none" or what went wrong; each opens the
// full page, filtered to the tenant.
class Tenant360Sections : public QWidget
{
    Q_OBJECT

public:
    explicit Tenant360Sections(QWidget* parent = nullptr);

    void setParts(Tenant360* parts);
    void load(const QString& tenantId, const QString& tenantName);
    QString sectionText(const QString& objectName) const;
    bool isLoading() const { return m_pending > 0; }

signals:
    void openUsage(const QString& tenantId, const QString& tenantName);
    void openFailures(const QString& tenantId, const QString& tenantName);
    void openQueues(const QString& tenantId, const QString& tenantName);
    void openAlerts(const QString& tenantId, const QString& tenantName);
    void openKeys(const QString& tenantId, const QString& tenantName);
    void openAudit(const QString& tenantId, const QString& tenantName);
    void openAiConfig(const QString& tenantId, const QString& tenantName);
    void loaded(); // every part has answered

private:
    struct Section
    {
        QGroupBox* box = nullptr;
        QLabel* body = nullptr;
        QPushButton* open = nullptr;
    };
    void addSection(const Tenant360::Section& part);
    void connectController();
    void showPart(Tenant360::Part part, const QString& text);
    void openPage(Tenant360::Part part);
    void answered();

    QVBoxLayout* m_layout = nullptr;
    Tenant360Controller* m_controller = nullptr;
    QString m_tenantId;
    QString m_tenantName;
    int m_pending = 0;
    QHash<Tenant360::Part, Section> m_sections;
};
