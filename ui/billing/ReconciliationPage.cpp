#include <ui/billing/ReconciliationPage.h>

#include <ui/common/ActionConfirmDialog.h>
#include <ui/common/StatePanel.h>

#include <models/billing/BillingController.h>
#include <models/billing/BillingDifferenceModel.h>
#include <models/billing/ReconciliationFilter.h>
#include <models/billing/ReconciliationTableModel.h>
#include <models/common/CsvWriter.h>

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace
{
QTableView* newTable(QAbstractItemModel* model, const QString& name, const QString& accessibleName)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return view;
}
} // namespace

ReconciliationPage::ReconciliationPage(BillingOperations* billing, QWidget* parent)
    : QWidget(parent)
    , m_controller(new BillingController(billing, this))
    , m_table(new ReconciliationTableModel(this))
    , m_filter(new ReconciliationFilter(m_table, this))
    , m_differences(new BillingDifferenceModel(this))
    , m_month(new QComboBox(this))
    , m_driftOnly(new QCheckBox(tr("Only tenants with drift"), this))
    , m_filterText(new QLineEdit(this))
    , m_reconcile(new QPushButton(tr("Reconcile"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tenantTitle(new QLabel)
    , m_resend(new QPushButton(tr("Re-send day to Stripe…")))
    , m_resendRefusal(new QLabel)
{
    setObjectName(QStringLiteral("reconciliationPage"));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int back = 0; back < 13; ++back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_month->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")), month);
    }
    m_month->setCurrentIndex(1); // the month that closed last: the one finance reconciles
    m_month->setObjectName(QStringLiteral("reconciliationMonth"));
    m_month->setAccessibleName(tr("Billing period"));
    m_driftOnly->setObjectName(QStringLiteral("reconciliationDriftOnly"));
    m_filterText->setObjectName(QStringLiteral("reconciliationFilter"));
    m_filterText->setPlaceholderText(tr("Filter by tenant, id, plan or Stripe customer"));
    m_filterText->setAccessibleName(tr("Filter tenants"));
    m_filterText->setClearButtonEnabled(true);
    auto* key = new QPushButton(tr("Stripe key…"), this);
    key->setObjectName(QStringLiteral("reconciliationKey"));
    key->setToolTip(tr("Store this profile's Stripe key in the OS keychain (a restricted key is recommended)"));
    m_reconcile->setObjectName(QStringLiteral("reconciliationRun"));
    m_cancel->setObjectName(QStringLiteral("reconciliationCancel"));
    m_export->setObjectName(QStringLiteral("reconciliationExportCsv"));
    m_progress->setObjectName(QStringLiteral("reconciliationProgress"));
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_cancel->hide();
    m_summary->setObjectName(QStringLiteral("reconciliationSummary"));
    m_summary->setWordWrap(true);
    m_notice->setObjectName(QStringLiteral("reconciliationNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Period (UTC)"), this));
    controls->addWidget(m_month);
    controls->addWidget(m_driftOnly);
    controls->addWidget(m_filterText, 1);
    controls->addWidget(key);
    controls->addWidget(m_reconcile);
    controls->addWidget(m_export);
    auto* status = new QHBoxLayout;
    status->addWidget(m_summary, 1);
    status->addWidget(m_progress);
    status->addWidget(m_cancel);

    m_tenantsView = newTable(m_filter, QStringLiteral("reconciliationTable"), tr("Tenants side by side"));
    m_tenantsView->setSortingEnabled(true);
    m_tenantsView->sortByColumn(ReconciliationTableModel::DriftUnitsColumn, Qt::DescendingOrder);
    m_differencesView = newTable(m_differences, QStringLiteral("differencesTable"), tr("Differences"));
    m_tenantTitle->setObjectName(QStringLiteral("reconciliationTenant"));
    m_tenantTitle->setWordWrap(true);
    m_tenantTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resend->setObjectName(QStringLiteral("reconciliationResend"));
    m_resend->setEnabled(false);
    m_resendRefusal->setObjectName(QStringLiteral("reconciliationResendRefusal"));
    m_resendRefusal->setWordWrap(true);
    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_tenantTitle);
    detailLayout->addWidget(m_differencesView, 1);
    auto* resendRow = new QHBoxLayout;
    resendRow->addWidget(m_resend);
    resendRow->addWidget(m_resendRefusal, 1);
    detailLayout->addLayout(resendRow);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_tenantsView);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_state = new StatePanel(split, this);
    m_state->setObjectName(QStringLiteral("reconciliationState"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(status);
    layout->addWidget(m_notice);
    layout->addWidget(m_state, 1);

    connect(m_state, &StatePanel::retryRequested, this, &ReconciliationPage::reload);
    connect(m_month, &QComboBox::currentIndexChanged, this, &ReconciliationPage::reload);
    connect(m_reconcile, &QPushButton::clicked, this, &ReconciliationPage::reload);
    connect(m_cancel, &QPushButton::clicked, m_controller, &BillingController::cancel);
    connect(m_driftOnly, &QCheckBox::toggled, m_filter, &ReconciliationFilter::setDriftOnly);
    connect(m_filterText, &QLineEdit::textChanged, m_filter, &ReconciliationFilter::setText);
    connect(key, &QPushButton::clicked, this, &ReconciliationPage::askForKey);
    connect(m_export, &QPushButton::clicked, this, &ReconciliationPage::chooseAndExport);
    connect(m_resend, &QPushButton::clicked, this, &ReconciliationPage::confirmResend);
    connect(m_tenantsView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) { showTenant(current.row()); });
    connect(m_differencesView->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            &ReconciliationPage::updateResend);
    // The filter may hide the tenant shown below: the detail follows what is selected.
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, [this] {
        showTenant(m_tenantsView->currentIndex().row());
    });
    connect(
        m_filter, &QAbstractItemModel::rowsRemoved, this, [this] { showTenant(m_tenantsView->currentIndex().row()); });

    connect(m_controller, &BillingController::progressed, this, &ReconciliationPage::showProgress);
    connect(m_controller, &BillingController::reconciled, this, &ReconciliationPage::show);
    connect(m_controller, &BillingController::resent, this, [this](const Fetched<BillingResend>& resend) {
        if (!resend.ok()) {
            setNotice(tr("Nothing was re-sent: %1").arg(resend.error), true);
            return;
        }
        reload(); // the month as it stands after the re-send; the notice below stays
        const BillingResend& sent = resend.value;
        if (sent.accepted)
            setNotice(tr("Stripe accepted %1 units for %2 (identifier %3); recorded and audited.")
                          .arg(sent.quantity)
                          .arg(sent.day.toString(Qt::ISODate), sent.identifier),
                      false);
        else
            setNotice(tr("Stripe refused the re-send of %1 (HTTP %2): %3. The refusal is recorded in the report log.")
                          .arg(sent.day.toString(Qt::ISODate))
                          .arg(sent.stripeStatus)
                          .arg(sent.stripeAnswer),
                      true);
    });
    connect(m_controller, &BillingController::keyStored, this, [this](const Fetched<bool>& stored) {
        if (!stored.ok()) {
            setNotice(tr("The key was not stored: %1").arg(stored.error), true);
            return;
        }
        reload();
        setNotice(tr("The Stripe key is stored in the OS keychain for this profile."), false);
    });
    m_state->showEmpty(tr("Choose a billing period."));
}

QDate ReconciliationPage::month() const
{
    return m_month->currentData().toDate();
}

void ReconciliationPage::setMonth(QDate month)
{
    const int index = m_month->findData(QDate(month.year(), month.month(), 1));
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

void ReconciliationPage::setDriftOnly(bool driftOnly)
{
    m_driftOnly->setChecked(driftOnly);
}

void ReconciliationPage::setFilterText(const QString& text)
{
    m_filterText->setText(text);
}

bool ReconciliationPage::isLoading() const
{
    return m_controller->isReconciling();
}

QString ReconciliationPage::stateMessage() const
{
    return m_state->isShowingContent() ? QString() : m_state->currentMessage();
}

QString ReconciliationPage::summaryText() const
{
    return m_summary->text();
}

QString ReconciliationPage::noticeText() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString ReconciliationPage::resendRefusalText() const
{
    return m_resendRefusal->text();
}

void ReconciliationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

void ReconciliationPage::reload()
{
    m_loadedOnce = true;
    setNotice(QString(), false);
    // What is shown stays until the new figures of the same period replace it; another period, or a first
    // read, shows the loading state.
    if (m_table->rowCount() == 0 || m_table->reconciliation().month != month()) {
        m_table->setReconciliation({});
        m_differences->clear();
        m_summary->clear();
        m_state->showLoading(tr("Reading the usage ledger and Stripe…"));
    }
    m_progress->setRange(0, 0);
    m_progress->show();
    m_cancel->show();
    m_reconcile->setEnabled(false);
    m_controller->reconcile(month());
}

void ReconciliationPage::showProgress(int read, int total)
{
    m_progress->setRange(0, qMax(1, total));
    m_progress->setValue(read);
    m_progress->setFormat(tr("Stripe: %1 of %2 tenants").arg(read).arg(total));
    if (!m_state->isShowingContent())
        m_state->showLoading(tr("Reading Stripe: %1 of %2 tenants…").arg(read).arg(total));
}

void ReconciliationPage::show(const Fetched<BillingReconciliation>& reconciliation)
{
    m_progress->hide();
    m_cancel->hide();
    m_reconcile->setEnabled(true);
    if (!reconciliation.ok()) {
        // A refresh that failed or was stopped keeps the figures already shown.
        if (m_table->rowCount() > 0 && m_table->reconciliation().month == month()) {
            setNotice(reconciliation.error, true);
            m_state->showContent();
        } else {
            m_table->setReconciliation({});
            m_differences->clear();
            m_summary->clear();
            m_state->showError(reconciliation.error);
        }
        emit loaded();
        return;
    }
    const BillingReconciliation& result = reconciliation.value;
    const QString selected = m_differences->tenant().account.tenantId;
    m_table->setReconciliation(result);
    m_tenantsView->resizeColumnsToContents();
    if (result.tenants.isEmpty()) {
        m_summary->clear();
        m_differences->clear();
        m_state->showEmpty(tr("No tenant has a billing account for %1: the platform records each tenant's Stripe "
                              "customer and meter in billing_accounts (docs/platform-contract.md, \"Billing\").")
                               .arg(m_month->currentText()));
        emit loaded();
        return;
    }
    int stripeUnread = 0;
    double driftUsd = 0;
    for (const TenantReconciliation& tenant : result.tenants) {
        stripeUnread += tenant.stripeRead() ? 0 : 1;
        driftUsd += tenant.driftUsd.toDouble();
    }
    QString summary = (result.periodOpen ? tr("%1 is open: days before today are compared.") : tr("%1 has closed."))
                          .arg(m_month->currentText())
        + u' '
        + tr("%n tenant(s) with a billing account, %1 with drift (%2 in all).", nullptr, int(result.tenants.size()))
              .arg(result.tenantsWithDrift())
              .arg((driftUsd < 0 ? QStringLiteral("−$%1") : QStringLiteral("$%1"))
                       .arg(QLocale().toString(std::abs(driftUsd), 'f', 2)));
    if (stripeUnread > 0)
        summary += u' ' + tr("Stripe could not be read for %n tenant(s).", nullptr, stripeUnread);
    m_summary->setText(summary);
    m_state->showContent();
    // The tenant looked at stays selected across a refresh (a re-send reloads the month).
    int row = 0;
    for (int shown = 0; shown < m_filter->rowCount(); ++shown) {
        const TenantReconciliation* tenant = m_filter->tenantAt(shown);
        if (tenant && tenant->account.tenantId == selected)
            row = shown;
    }
    selectTenantRow(m_filter->rowCount() > 0 ? row : -1);
    emit loaded();
}

void ReconciliationPage::selectTenantRow(int row)
{
    if (row < 0 || row >= m_filter->rowCount()) {
        showTenant(-1);
        return;
    }
    m_tenantsView->selectRow(row);
    m_tenantsView->setCurrentIndex(m_filter->index(row, 0));
    showTenant(row);
}

void ReconciliationPage::selectDifferenceRow(int row)
{
    m_differencesView->selectRow(row);
    m_differencesView->setCurrentIndex(m_differences->index(row, 0));
    updateResend();
}

void ReconciliationPage::showTenant(int shownRow)
{
    const TenantReconciliation* tenant = m_filter->tenantAt(shownRow);
    if (!tenant) {
        m_differences->clear();
        m_tenantTitle->setText(tr("Choose a tenant to see its differences."));
        updateResend();
        return;
    }
    if (tenant->account.tenantId != m_differences->tenant().account.tenantId
        || tenant->month != m_differences->tenant().month || tenant->differences.size() != m_differences->rowCount()) {
        m_differences->setTenant(*tenant);
        m_differencesView->resizeColumnsToContents();
    }
    m_tenantTitle->setText(tenantTitle());
    if (m_differences->rowCount() > 0 && !m_differencesView->currentIndex().isValid())
        m_differencesView->setCurrentIndex(m_differences->index(0, 0));
    updateResend();
}

QString ReconciliationPage::tenantTitle() const
{
    const TenantReconciliation& tenant = m_differences->tenant();
    const BillingAccount& account = tenant.account;
    const QString billedBy = account.usesMeter()
        ? tr("meter %1 (event %2)").arg(account.meterId, account.meterEventName)
        : tr("legacy subscription item %1").arg(account.subscriptionItemId);
    QString title = tr("%1: customer %2, %3, %4 tokens per unit.")
                        .arg(account.tenantName, account.customerId, billedBy)
                        .arg(account.tokensPerUnit);
    if (!tenant.stripeRead())
        title += u' ' + tr("Stripe could not be read: %1").arg(tenant.stripe.error);
    else if (tenant.differences.isEmpty())
        title += u' ' + tr("No differences: metered, reported and Stripe's figures agree.");
    return title;
}

void ReconciliationPage::updateResend()
{
    const BillingDifference* difference = m_differences->differenceAt(m_differencesView->currentIndex().row());
    const bool missingDay = difference && difference->isMissingDay();
    // For a missing day the operation's own refusal says why not now (open month, invoiced, Stripe unread).
    const QString refusal = !difference ? QString()
        : !missingDay ? tr("A re-send fixes only a day that never reached Stripe (unreported, or every report failed).")
                      : BillingOperations::resendRefusal(m_differences->tenant(), difference->day);
    m_resend->setEnabled(difference && refusal.isEmpty());
    m_resendRefusal->setText(refusal);
}

void ReconciliationPage::confirmResend()
{
    const BillingDifference* difference = m_differences->differenceAt(m_differencesView->currentIndex().row());
    if (!difference)
        return;
    const TenantReconciliation& tenant = m_differences->tenant();
    const QString consequence
        = tr("Sends the usage of %1 for %2 (%3 tokens) to Stripe for customer %4, under the idempotency key %5 (a "
             "second try is applied once), and records it in the report log. Stripe has not invoiced %6 yet.")
              .arg(difference->day.toString(Qt::ISODate),
                   tenant.account.tenantName,
                   QLocale().toString(difference->tokens),
                   tenant.account.customerId,
                   BillingOperations::resendIdentifier(tenant.account.tenantId, difference->day),
                   m_month->currentText());
    const QString reason
        = ActionConfirmDialog::ask(this, tr("Re-send a day's usage"), consequence, tr("Re-send to Stripe"));
    if (!reason.isEmpty())
        resendSelected(reason);
}

void ReconciliationPage::resendSelected(const QString& reason)
{
    const BillingDifference* difference = m_differences->differenceAt(m_differencesView->currentIndex().row());
    if (!difference) {
        setNotice(tr("Choose the day to re-send in the differences first."), true);
        return;
    }
    setNotice(tr("Re-sending %1…").arg(difference->day.toString(Qt::ISODate)), false);
    m_resend->setEnabled(false);
    m_controller->resend(m_differences->tenant().account.tenantId, difference->day, reason);
}

void ReconciliationPage::askForKey()
{
    bool ok = false;
    QString key = QInputDialog::getText(this,
                                        tr("Stripe key"),
                                        tr("This profile's Stripe secret key, kept in the OS keychain. A restricted "
                                           "key (rk_) that reads invoices, customers, meters and usage, and writes "
                                           "meter events, is recommended."),
                                        QLineEdit::Password,
                                        QString(),
                                        &ok);
    if (ok && !key.isEmpty())
        m_controller->storeKey(key);
    key.fill(QLatin1Char(' '));
}

bool ReconciliationPage::exportCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    return CsvWriter::write(*m_filter, &file, error);
}

void ReconciliationPage::chooseAndExport()
{
    const QString suggested
        = QStringLiteral("tenantscope-reconciliation-%1.csv").arg(month().toString(QStringLiteral("yyyy-MM")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), suggested, tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportCsv(path, &error))
        QMessageBox::warning(this, tr("Export failed"), error);
}

void ReconciliationPage::setNotice(const QString& text, bool problem)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("color: #c0392b") : QString());
    m_notice->setVisible(!text.isEmpty());
}
