#include <ui/alerts/AlertsPage.h>

#include <ui/alerts/AlertTables.h>
#include <ui/alerts/DeliveryPanel.h>
#include <ui/alerts/SpikesPanel.h>

#include <ui/common/StatePanel.h>

#include <models/alerts/AlertMonitor.h>
#include <models/alerts/AlertsController.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
using AlertTables::when;
QTableWidget* makeTable(const QStringList& headers, const QString& name, const QString& accessibleName)
{
    return AlertTables::make(headers, name, accessibleName);
}
QTableWidgetItem* item(const QString& text, bool right = false)
{
    return AlertTables::cell(text, right);
}
} // namespace

AlertsPage::AlertsPage(AlertRepository* alerts,
                       AlertMonitor* monitor,
                       AnomalyRepository* anomalies,
                       DeliveryRepository* deliveries,
                       QWidget* parent)
    : QWidget(parent)
    , m_controller(new AlertsController(alerts, this))
    , m_monitor(monitor)
    , m_tenantLabel(new QLabel(this))
    , m_allTenants(new QPushButton(tr("Show all tenants"), this))
    , m_openOnly(new QCheckBox(tr("Open only"), this))
    , m_minimum(new QComboBox(this))
    , m_evaluated(new QLabel(this))
    , m_table(makeTable({tr("Tenant"), tr("Metric"), tr("Threshold"), tr("Used / limit"), tr("Fired"), tr("Status")},
                        QStringLiteral("alertsTable"),
                        tr("Quota alerts")))
    , m_quotas(
          makeTable({tr("Tenant"), tr("Metric"), tr("Used"), tr("Used / limit"), tr("Reaches 100 %"), tr("Throttled")},
                    QStringLiteral("quotasTable"),
                    tr("Tenants near their limits")))
    , m_ack(new QPushButton(tr("Acknowledge…"), this))
    , m_snoozeDay(new QPushButton(tr("Snooze 1 day"), this))
    , m_snoozeWeek(new QPushButton(tr("Snooze 1 week"), this))
    , m_message(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("alertsPage"));
    m_openOnly->setChecked(true);
    m_minimum->setAccessibleName(tr("Lowest threshold"));
    m_minimum->addItem(tr("All thresholds"), 0);
    m_minimum->addItem(QStringLiteral("≥ 80 %"), 80);
    m_minimum->addItem(QStringLiteral("≥ 90 %"), 90);
    m_minimum->addItem(QStringLiteral("≥ 100 %"), 100);
    auto* evaluate = new QPushButton(tr("Evaluate now"), this);
    evaluate->setToolTip(tr("Compare every tenant's month to date with its limits, and run the anomaly rules, now "
                            "(done every minute)"));
    connect(evaluate, &QPushButton::clicked, m_monitor, &AlertMonitor::evaluateNow);
    connect(m_openOnly, &QCheckBox::toggled, this, &AlertsPage::reload);
    connect(m_minimum, &QComboBox::currentIndexChanged, this, &AlertsPage::reload);
    m_tenantLabel->setObjectName(QStringLiteral("alertsTenantFilter"));
    m_tenantLabel->setTextFormat(Qt::PlainText);
    m_allTenants->setObjectName(QStringLiteral("alertsShowAllTenants"));
    connect(m_allTenants, &QPushButton::clicked, this, [this] { setTenantFilter({}, {}); });
    m_tenantLabel->hide();
    m_allTenants->hide();
    auto* top = new QHBoxLayout;
    top->addWidget(m_tenantLabel);
    top->addWidget(m_allTenants);
    top->addStretch(1);
    top->addWidget(m_evaluated);
    top->addWidget(evaluate);

    m_table->setColumnWidth(0, 200);
    m_table->setColumnWidth(1, 70);
    m_table->setColumnWidth(2, 80);
    m_table->setColumnWidth(3, 200);
    m_table->setColumnWidth(4, 130);
    m_tableState = new StatePanel(m_table);
    connect(m_tableState, &StatePanel::retryRequested, this, &AlertsPage::reload);
    m_quotas->setColumnWidth(0, 200);
    m_quotas->setColumnWidth(1, 70);
    m_quotas->setColumnWidth(2, 70);
    m_quotas->setColumnWidth(3, 200);
    m_quotas->setColumnWidth(4, 150);

    m_ack->setObjectName(QStringLiteral("acknowledgeAlert"));
    connect(m_ack, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this,
                                                   tr("Acknowledge alert"),
                                                   tr("A note for the team (who you talked to, what happens next):"),
                                                   QLineEdit::Normal,
                                                   {},
                                                   &ok);
        if (ok)
            acknowledgeSelected(note);
    });
    connect(m_snoozeDay, &QPushButton::clicked, this, [this] { snoozeSelected(24, tr("snoozed for a day")); });
    connect(m_snoozeWeek, &QPushButton::clicked, this, [this] { snoozeSelected(24 * 7, tr("snoozed for a week")); });
    m_message->setObjectName(QStringLiteral("alertsMessage"));
    m_message->setTextFormat(Qt::PlainText);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_ack);
    buttons->addWidget(m_snoozeDay);
    buttons->addWidget(m_snoozeWeek);
    buttons->addWidget(m_message, 1);

    auto* alertsBox = new QWidget;
    auto* alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    alertsLayout->addWidget(new QLabel(tr("This month's quota alerts (shared by the whole team)"), this));
    alertsLayout->addWidget(m_tableState, 1);
    alertsLayout->addLayout(buttons);
    auto* quotasBox = new QWidget;
    auto* quotasLayout = new QVBoxLayout(quotasBox);
    quotasLayout->setContentsMargins(0, 0, 0, 0);
    quotasLayout->addWidget(
        new QLabel(tr("Tenants at or over a threshold, or throttled, at the last evaluation"), this));
    quotasLayout->addWidget(m_quotas, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(alertsBox);
    splitter->addWidget(quotasBox);
    auto* quotaFilters = new QHBoxLayout;
    quotaFilters->addWidget(m_openOnly);
    quotaFilters->addWidget(m_minimum);
    quotaFilters->addStretch(1);
    auto* quotaTab = new QWidget;
    quotaTab->setObjectName(QStringLiteral("quotaTab"));
    auto* quotaLayout = new QVBoxLayout(quotaTab);
    quotaLayout->addLayout(quotaFilters);
    quotaLayout->addWidget(splitter, 1);
    m_tabs->setObjectName(QStringLiteral("alertsTabs"));
    m_tabs->addTab(quotaTab, tr("Quotas"));
    if (anomalies) {
        m_spikesPanel = new SpikesPanel(anomalies, monitor, this);
        m_tabs->addTab(m_spikesPanel, tr("Spikes"));
    }
    if (deliveries) {
        m_deliveryPanel = new DeliveryPanel(deliveries, monitor, this);
        m_tabs->addTab(m_deliveryPanel, tr("Delivery"));
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    connect(m_monitor, &AlertMonitor::evaluated, this, [this] {
        showQuotas();
        reload();
    });
    connect(m_monitor, &AlertMonitor::changedElsewhere, this, &AlertsPage::reload);
    m_tableState->showLoading(tr("Loading alerts…"));
    showQuotas();
    connectController();
}

void AlertsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void AlertsPage::setTenantFilter(const QString& tenantId, const QString& tenantName)
{
    m_tenantId = tenantId;
    m_tenantName = tenantName.isEmpty() ? tenantId : tenantName;
    m_tenantLabel->setText(tr("Only %1's alerts").arg(tenantName.isEmpty() ? tenantId : tenantName));
    m_tenantLabel->setVisible(!tenantId.isEmpty());
    m_allTenants->setVisible(!tenantId.isEmpty());
    if (m_spikesPanel)
        m_spikesPanel->setTenantFilter(tenantId);
    reload();
}

QString AlertsPage::filterSummary() const
{
    return m_tenantId.isEmpty() ? QString() : tr("tenant %1").arg(m_tenantName);
}

void AlertsPage::reload()
{
    emit filterChanged();
    if (m_spikesPanel)
        m_spikesPanel->reload();
    if (m_deliveryPanel)
        m_deliveryPanel->reload();
    m_loadedOnce = true;
    AlertRepository::Filter filter;
    filter.openOnly = m_openOnly->isChecked();
    filter.minThreshold = m_minimum->currentData().toInt();
    filter.tenantId = m_tenantId;
    m_controller->list(filter);
}

void AlertsPage::showQuotas()
{
    const AlertRepository::Evaluation& e = m_monitor->lastEvaluation();
    m_evaluated->setText(!m_monitor->lastError().isEmpty()
                             ? tr("evaluation failed: %1").arg(m_monitor->lastError())
                             : (m_monitor->lastEvaluatedAt().isValid()
                                    ? tr("evaluated %1")
                                          .arg(QLocale().toString(m_monitor->lastEvaluatedAt().toLocalTime().time(),
                                                                  QStringLiteral("HH:mm:ss")))
                                    : tr("not evaluated yet")));
    m_quotas->setRowCount(int(e.quotas.size()));
    for (int row = 0; row < e.quotas.size(); ++row) {
        const TenantQuota& q = e.quotas.at(row);
        m_quotas->setItem(row, 0, item(q.tenantName));
        m_quotas->setItem(row, 1, item(q.metric));
        auto* percent = item(QStringLiteral("%1 %").arg(QLocale().toString(q.percent, 'f', 1)), true);
        if (q.over)
            percent->setForeground(QColor(0xc6, 0x28, 0x28));
        m_quotas->setItem(row, 2, percent);
        m_quotas->setItem(row, 3, item(QStringLiteral("%1 / %2").arg(q.usedText(), q.limitText()), true));
        m_quotas->setItem(row, 4, item(q.over ? tr("reached") : (q.crossesAt ? when(*q.crossesAt) : QString())));
        m_quotas->setItem(row, 5, item(q.throttled ? tr("yes, requests refused") : tr("no")));
    }
}

qint64 AlertsPage::selectedId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_alerts.size() ? m_alerts.at(row).id : 0;
}

QString AlertsPage::message() const
{
    return m_message->text();
}

void AlertsPage::acknowledgeSelected(const QString& note)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    m_controller->acknowledge(id, note);
}

void AlertsPage::snoozeSelected(int hours, const QString& note)
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    m_controller->snooze(id, QDateTime::currentDateTimeUtc().addSecs(3600LL * hours), note);
}

void AlertsPage::connectController()
{
    connect(m_controller, &AlertsController::listed, this, [this](const Fetched<QVector<QuotaAlert>>& alerts) {
        if (!alerts.ok()) {
            m_tableState->showError(alerts.error);
            emit loaded();
            return;
        }
        const qint64 keep = selectedId();
        m_alerts = alerts.value;
        m_table->setRowCount(int(m_alerts.size()));
        for (int row = 0; row < m_alerts.size(); ++row) {
            const QuotaAlert& a = m_alerts.at(row);
            m_table->setItem(row, 0, item(a.tenantName));
            m_table->setItem(row, 1, item(a.metric));
            auto* threshold = item(QStringLiteral("%1 %").arg(a.threshold), true);
            if (a.threshold >= 100)
                threshold->setForeground(QColor(0xc6, 0x28, 0x28));
            m_table->setItem(row, 2, threshold);
            m_table->setItem(row, 3, item(a.usedOfLimitText(), true));
            m_table->setItem(row, 4, item(when(a.firedAt)));
            QString status = tr("open");
            if (a.acknowledgedAt.isValid())
                status = tr("acknowledged by %1, %2").arg(a.acknowledgedBy, when(a.acknowledgedAt));
            else if (!a.isOpen())
                status = tr("snoozed by %1 until %2").arg(a.snoozedBy, when(a.snoozedUntil));
            m_table->setItem(row, 5, item(status));
            if (a.id == keep)
                m_table->selectRow(row);
        }
        if (m_alerts.isEmpty())
            m_tableState->showEmpty(m_openOnly->isChecked() ? tr("No open alerts this month.")
                                                            : tr("No alerts this month."));
        else
            m_tableState->showContent();
        emit loaded();
    });
    connect(m_controller,
            &AlertsController::handled,
            this,
            [this](AlertsController::Handling how, const Fetched<bool>& done) {
                m_message->setText(!done.ok() ? done.error
                                       : how == AlertsController::Handling::Snoozed
                                       ? tr("Snoozed for the whole team.")
                                       : tr("Acknowledged for the whole team."));
                reload();
                m_monitor->refreshOpenCount();
                emit handled(done.ok());
            });
}
