#include <ui/alerts/SpikesPanel.h>

#include <ui/alerts/AlertTables.h>
#include <ui/alerts/AnomalyRuleDialog.h>
#include <ui/common/ActionConfirmDialog.h>
#include <ui/common/StatePanel.h>

#include <models/alerts/AlertMonitor.h>
#include <models/alerts/SpikesController.h>

#include <QCheckBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using AlertTables::cell;
using AlertTables::when;

SpikesPanel::SpikesPanel(AnomalyRepository* anomalies, AlertMonitor* monitor, QWidget* parent)
    : QWidget(parent)
    , m_controller(new SpikesController(anomalies, this))
    , m_openOnly(new QCheckBox(tr("Open only"), this))
    , m_spikes(AlertTables::make({tr("Fired"),
                                  tr("Rule"),
                                  tr("Tenant"),
                                  tr("Metric"),
                                  tr("Last 60 min"),
                                  tr("Baseline"),
                                  tr("Ratio"),
                                  tr("Status")},
                                 QStringLiteral("spikesTable"),
                                 tr("Spikes")))
    , m_detail(new QLabel(this))
    , m_ack(new QPushButton(tr("Acknowledge…"), this))
    , m_rules(AlertTables::make({tr("Rule"), tr("Metric"), tr("Applies to"), tr("State"), tr("Method")},
                                QStringLiteral("anomalyRulesTable"),
                                tr("Anomaly rules")))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("spikesPanel"));
    m_openOnly->setChecked(true);
    connect(m_openOnly, &QCheckBox::toggled, this, &SpikesPanel::reload);
    m_spikesState = new StatePanel(m_spikes);
    connect(m_spikesState, &StatePanel::retryRequested, this, &SpikesPanel::reload);
    m_rulesState = new StatePanel(m_rules);
    connect(m_rulesState, &StatePanel::retryRequested, this, &SpikesPanel::reload);
    m_detail->setObjectName(QStringLiteral("spikeDetail"));
    m_detail->setTextFormat(Qt::PlainText);
    m_detail->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("spikesMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_ack->setObjectName(QStringLiteral("acknowledgeSpike"));
    connect(m_spikes, &QTableWidget::itemSelectionChanged, this, &SpikesPanel::showDetail);
    connect(m_ack, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString note = QInputDialog::getText(this,
                                                   tr("Acknowledge spike"),
                                                   tr("A note for the team (the cause, what happens next):"),
                                                   QLineEdit::Normal,
                                                   {},
                                                   &ok);
        if (ok)
            acknowledgeSelected(note);
    });
    auto* addRule = new QPushButton(tr("Add rule…"), this);
    addRule->setObjectName(QStringLiteral("addAnomalyRule"));
    connect(addRule, &QPushButton::clicked, this, [this] { editRule({}); });
    auto* editSelected = new QPushButton(tr("Edit rule…"), this);
    connect(editSelected, &QPushButton::clicked, this, [this] {
        const int row = m_rules->currentRow();
        if (row >= 0 && row < m_ruleRows.size())
            editRule(m_ruleRows.at(row));
    });
    auto* removeRule = new QPushButton(tr("Remove rule…"), this);
    connect(removeRule, &QPushButton::clicked, this, [this] {
        const int row = m_rules->currentRow();
        if (row < 0 || row >= m_ruleRows.size())
            return;
        const QString reason
            = ActionConfirmDialog::ask(this,
                                       tr("Remove anomaly rule"),
                                       tr("The rule \"%1\" stops being evaluated for the whole team. The spikes it "
                                          "found are removed with it.")
                                           .arg(m_ruleRows.at(row).name),
                                       tr("Remove rule"));
        if (!reason.isEmpty())
            removeSelectedRule(reason);
    });

    auto* spikesTop = new QHBoxLayout;
    spikesTop->addWidget(new QLabel(tr("Spikes of the last 7 days: the last 60 minutes against the same hour of "
                                       "earlier days"),
                                    this),
                         1);
    spikesTop->addWidget(m_openOnly);
    auto* spikesButtons = new QHBoxLayout;
    spikesButtons->addWidget(m_ack);
    spikesButtons->addStretch(1);
    auto* spikesBox = new QWidget;
    auto* spikesLayout = new QVBoxLayout(spikesBox);
    spikesLayout->setContentsMargins(0, 0, 0, 0);
    spikesLayout->addLayout(spikesTop);
    spikesLayout->addWidget(m_spikesState, 1);
    spikesLayout->addWidget(m_detail);
    spikesLayout->addLayout(spikesButtons);
    auto* rulesButtons = new QHBoxLayout;
    rulesButtons->addWidget(addRule);
    rulesButtons->addWidget(editSelected);
    rulesButtons->addWidget(removeRule);
    rulesButtons->addWidget(m_message, 1);
    auto* rulesBox = new QWidget;
    auto* rulesLayout = new QVBoxLayout(rulesBox);
    rulesLayout->setContentsMargins(0, 0, 0, 0);
    rulesLayout->addWidget(new QLabel(tr("Rules shared by the team (platform admins change them)"), this));
    rulesLayout->addWidget(m_rulesState, 1);
    rulesLayout->addLayout(rulesButtons);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(spikesBox);
    splitter->addWidget(rulesBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    for (int column : {0, 1, 2})
        m_spikes->setColumnWidth(column, column == 0 ? 130 : 170);
    m_rules->setColumnWidth(0, 170);
    m_rules->setColumnWidth(1, 70);
    m_rules->setColumnWidth(2, 130);
    m_rules->setColumnWidth(3, 50);

    connect(m_controller, &SpikesController::spikesListed, this, &SpikesPanel::showSpikes);
    connect(m_controller, &SpikesController::rulesListed, this, &SpikesPanel::showRules);
    connect(m_controller, &SpikesController::changed, this, [this](const QString& done, const QString& error) {
        m_message->setText(error.isEmpty() ? done : error);
        reload();
        emit changed(error.isEmpty());
    });
    if (monitor) {
        connect(monitor, &AlertMonitor::spikesFired, this, &SpikesPanel::reload);
        connect(monitor, &AlertMonitor::changedElsewhere, this, &SpikesPanel::reload);
    }
    m_spikesState->showLoading(tr("Loading spikes…"));
    m_rulesState->showLoading(tr("Loading rules…"));
}

void SpikesPanel::reload()
{
    AnomalyRepository::Filter filter;
    filter.openOnly = m_openOnly->isChecked();
    filter.tenantId = m_tenantId;
    m_controller->listSpikes(filter);
    m_controller->listRules();
}

void SpikesPanel::setTenantFilter(const QString& tenantId)
{
    m_tenantId = tenantId;
    reload();
}

void SpikesPanel::showSpikes(const Fetched<QVector<AnomalyAlert>>& spikes)
{
    if (!spikes.ok()) {
        m_spikesState->showError(spikes.error);
        emit loaded();
        return;
    }
    const int selected = m_spikes->currentRow();
    const qint64 keep = selected >= 0 && selected < m_spikeRows.size() ? m_spikeRows.at(selected).id : 0;
    m_spikeRows = spikes.value;
    m_spikes->setRowCount(int(m_spikeRows.size()));
    for (int row = 0; row < m_spikeRows.size(); ++row) {
        const AnomalyAlert& a = m_spikeRows.at(row);
        m_spikes->setItem(row, 0, cell(when(a.firedAt)));
        m_spikes->setItem(row, 1, cell(a.ruleName));
        m_spikes->setItem(row, 2, cell(a.subjectText()));
        m_spikes->setItem(row, 3, cell(a.metric));
        m_spikes->setItem(row, 4, cell(a.valueText(a.observed), true));
        m_spikes->setItem(row, 5, cell(a.valueText(a.baseline), true));
        auto* ratio = cell(a.ratioText(), true);
        ratio->setForeground(QColor(0xc6, 0x28, 0x28));
        m_spikes->setItem(row, 6, ratio);
        m_spikes->setItem(
            row,
            7,
            cell(a.isOpen() ? tr("open") : tr("acknowledged by %1, %2").arg(a.acknowledgedBy, when(a.acknowledgedAt))));
        for (int column = 0; column < m_spikes->columnCount(); ++column)
            m_spikes->item(row, column)->setToolTip(a.methodText());
        if (a.id == keep)
            m_spikes->selectRow(row);
    }
    if (m_spikeRows.isEmpty())
        m_spikesState->showEmpty(m_openOnly->isChecked()
                                     ? tr("No open spikes in the last 7 days: every rule's last hour is within its "
                                          "baseline.")
                                     : tr("No spikes in the last 7 days."));
    else
        m_spikesState->showContent();
    if (m_spikes->currentRow() < 0 && !m_spikeRows.isEmpty())
        m_spikes->selectRow(0);
    showDetail();
    emit loaded();
}

void SpikesPanel::showRules(const Fetched<QVector<AnomalyRule>>& rules)
{
    if (!rules.ok()) {
        m_rulesState->showError(rules.error);
        return;
    }
    m_ruleRows = rules.value;
    m_rules->setRowCount(int(m_ruleRows.size()));
    for (int row = 0; row < m_ruleRows.size(); ++row) {
        const AnomalyRule& r = m_ruleRows.at(row);
        m_rules->setItem(row, 0, cell(r.name));
        m_rules->setItem(row, 1, cell(r.metric));
        m_rules->setItem(row, 2, cell(r.scopeText()));
        m_rules->setItem(row, 3, cell(r.enabled ? tr("on") : tr("off")));
        m_rules->setItem(row, 4, cell(r.methodText()));
        m_rules->item(row, 4)->setToolTip(r.methodText());
    }
    if (m_ruleRows.isEmpty())
        m_rulesState->showEmpty(tr("No anomaly rules yet: add one to catch spikes of spend, tokens or failures."));
    else
        m_rulesState->showContent();
}

void SpikesPanel::showDetail()
{
    const int row = m_spikes->currentRow();
    m_ack->setEnabled(row >= 0 && row < m_spikeRows.size() && m_spikeRows.at(row).isOpen());
    if (row < 0 || row >= m_spikeRows.size()) {
        m_detail->clear();
        return;
    }
    const AnomalyAlert& a = m_spikeRows.at(row);
    QStringList samples;
    for (const QString& s : a.samples)
        samples << a.valueText(s);
    m_detail->setText(tr("%1, %2 to %3: %4 against a baseline of %5 (the median of %6, from 1 to %n day(s) back). "
                         "Method: %7.",
                         nullptr,
                         int(a.samples.size()))
                          .arg(a.subjectText(),
                               QLocale().toString(a.windowStart.toLocalTime().time(), QStringLiteral("HH:mm")),
                               QLocale().toString(a.windowEnd.toLocalTime().time(), QStringLiteral("HH:mm")),
                               a.valueText(a.observed),
                               a.valueText(a.baseline),
                               samples.join(QStringLiteral(", ")),
                               a.methodText()));
}

QString SpikesPanel::detailText() const
{
    return m_detail->text();
}

QString SpikesPanel::message() const
{
    return m_message->text();
}

void SpikesPanel::acknowledgeSelected(const QString& note)
{
    const int row = m_spikes->currentRow();
    if (row >= 0 && row < m_spikeRows.size())
        m_controller->acknowledge(m_spikeRows.at(row).id, note);
}

void SpikesPanel::saveRule(const AnomalyRule& rule, const QString& reason)
{
    m_controller->saveRule(rule, reason);
}

void SpikesPanel::removeSelectedRule(const QString& reason)
{
    const int row = m_rules->currentRow();
    if (row >= 0 && row < m_ruleRows.size())
        m_controller->removeRule(m_ruleRows.at(row).id, reason);
}

void SpikesPanel::editRule(const AnomalyRule& rule)
{
    AnomalyRuleDialog dialog(rule, this);
    if (dialog.exec() == QDialog::Accepted)
        saveRule(dialog.rule(), dialog.reason());
}
