#include <ui/plans/PlansPage.h>

#include <ui/common/ActionConfirmDialog.h>
#include <ui/common/StatePanel.h>
#include <ui/plans/PlanReviewDialog.h>

#include <models/common/CsvWriter.h>
#include <models/common/Decimal.h>
#include <models/common/Validation.h>
#include <models/operations/PlanOperations.h>
#include <models/plans/AuditTableModel.h>
#include <models/plans/PlanDraft.h>
#include <models/plans/PlanFields.h>
#include <models/plans/PlansController.h>

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
QString fieldTitle(const QString& field)
{
    static const QHash<QString, const char*> titles{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("PlansPage", "Name")},
        {QStringLiteral("base_price"), QT_TRANSLATE_NOOP("PlansPage", "Base price (USD / month)")},
        {QStringLiteral("included_tokens"), QT_TRANSLATE_NOOP("PlansPage", "Included tokens / month")},
        {QStringLiteral("overage_per_1k"), QT_TRANSLATE_NOOP("PlansPage", "Overage per 1k tokens (USD)")},
        {QStringLiteral("max_concurrent"), QT_TRANSLATE_NOOP("PlansPage", "Max concurrent executions")},
        {QStringLiteral("requests_per_minute"), QT_TRANSLATE_NOOP("PlansPage", "Requests per minute")},
        {QStringLiteral("tokens_per_minute"), QT_TRANSLATE_NOOP("PlansPage", "Tokens per minute")},
        {QStringLiteral("monthly_runs"), QT_TRANSLATE_NOOP("PlansPage", "Workflow runs / month")},
        {QStringLiteral("allowed_models"), QT_TRANSLATE_NOOP("PlansPage", "Allowed models")}};
    return QCoreApplication::translate("PlansPage", titles.value(field));
}
} // namespace

PlansPage::PlansPage(PlanRepository* plans, PlanOperations* operations, AuditRepository* audit, QWidget* parent)
    : QWidget(parent)
    , m_controller(new PlansController(plans, operations, audit, this))
    , m_draft(new PlanDraft(this))
    , m_planListView(new QListWidget)
    , m_banner(new QLabel(this))
    , m_pushButton(new QPushButton(tr("Push limits now"), this))
    , m_planInfo(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_message(new QLabel(this))
    , m_reapply(new QPushButton(tr("Re-apply my edit on their version"), this))
    , m_overrides(new QTableWidget)
    , m_auditAction(new QComboBox(this))
    , m_auditTenant(new QLineEdit(this))
    , m_auditModel(new AuditTableModel(this))
    , m_auditView(new QTableView)
    , m_pushStateTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("plansPage"));
    // Redis stale: said plainly, with the way to complete it.
    m_banner->setObjectName(QStringLiteral("pushBanner"));
    m_banner->setWordWrap(true);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4e5; color: #6d4c00; padding: 6px;"));
    m_pushButton->setObjectName(QStringLiteral("pushLimits"));
    connect(m_pushButton, &QPushButton::clicked, this, &PlansPage::pushLimits);
    auto* bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_pushButton);
    m_banner->hide();
    m_pushButton->hide();

    m_planListView->setObjectName(QStringLiteral("planList"));
    m_planListView->setAccessibleName(tr("Plans"));
    m_planState = new StatePanel(m_planListView);
    connect(m_planState, &StatePanel::retryRequested, this, &PlansPage::reload);
    connect(m_planListView, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_planList.size())
            return;
        const Plan& plan = m_planList.at(row);
        if (plan.id == m_selected)
            return;
        if (m_draft->hasChanges()
            && QMessageBox::question(
                   this, tr("Unsaved changes"), tr("Plan %1 has unsaved changes. Discard them?").arg(m_selected))
                != QMessageBox::Yes) {
            QSignalBlocker block(m_planListView);
            for (int i = 0; i < m_planList.size(); ++i)
                if (m_planList.at(i).id == m_selected)
                    m_planListView->setCurrentRow(i);
            return;
        }
        m_selected = plan.id;
        m_draft->load(plan);
    });

    auto* editor = new QWidget;
    buildEditor(editor);
    auto* planSplitter = new QSplitter;
    planSplitter->addWidget(m_planState);
    planSplitter->addWidget(editor);
    planSplitter->setSizes({260, 900});

    // Overrides.
    m_overrides->setObjectName(QStringLiteral("overridesTable"));
    m_overrides->setAccessibleName(tr("Tenant overrides"));
    m_overrides->setColumnCount(6);
    m_overrides->setHorizontalHeaderLabels(
        {tr("Tenant"), tr("Plan"), tr("Overrides"), tr("Until"), tr("Why"), tr("By")});
    m_overrides->verticalHeader()->hide();
    m_overrides->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrides->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overrides->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overrides->horizontalHeader()->setStretchLastSection(true);
    auto* setOverrideButton = new QPushButton(tr("Set override…"), this);
    auto* removeOverrideButton = new QPushButton(tr("Remove override…"), this);
    connect(setOverrideButton, &QPushButton::clicked, this, &PlansPage::setOverride);
    connect(removeOverrideButton, &QPushButton::clicked, this, &PlansPage::removeOverride);
    auto* overridesTab = new QWidget;
    auto* overridesLayout = new QVBoxLayout(overridesTab);
    auto* overrideButtons = new QHBoxLayout;
    overrideButtons->addWidget(setOverrideButton);
    overrideButtons->addWidget(removeOverrideButton);
    overrideButtons->addStretch(1);
    overridesLayout->addLayout(overrideButtons);
    overridesLayout->addWidget(m_overrides, 1);

    // Audit.
    m_auditAction->setAccessibleName(tr("Action filter"));
    m_auditAction->addItem(tr("All changes"), QString());
    m_auditAction->addItem(tr("Plans"), QStringLiteral("plan."));
    m_auditAction->addItem(tr("Overrides"), QStringLiteral("override."));
    m_auditAction->addItem(tr("Executions"), QStringLiteral("execution."));
    m_auditAction->addItem(tr("Jobs"), QStringLiteral("job."));
    m_auditAction->addItem(tr("Alerts"), QStringLiteral("alert."));
    m_auditAction->addItem(tr("Keys"), QStringLiteral("key."));
    m_auditTenant->setPlaceholderText(tr("Tenant id (all tenants when empty)"));
    m_auditTenant->setAccessibleName(tr("Tenant filter"));
    m_auditTenant->setObjectName(QStringLiteral("auditTenantFilter"));
    m_auditTenant->setClearButtonEnabled(true);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export the audit log"), QStringLiteral("audit.csv"), tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportAuditCsv(path, &error))
            QMessageBox::warning(this, tr("Export failed"), error);
    });
    connect(m_auditAction, &QComboBox::currentIndexChanged, this, &PlansPage::loadAudit);
    connect(m_auditTenant, &QLineEdit::editingFinished, this, &PlansPage::loadAudit);
    m_auditView->setObjectName(QStringLiteral("auditTable"));
    m_auditView->setAccessibleName(tr("Audit log"));
    m_auditView->setModel(m_auditModel);
    m_auditView->verticalHeader()->hide();
    m_auditView->setWordWrap(false);
    m_auditView->horizontalHeader()->setStretchLastSection(true);
    m_auditView->setColumnWidth(AuditTableModel::AtColumn, 140);
    m_auditView->setColumnWidth(AuditTableModel::ObjectColumn, 200);
    m_auditView->setColumnWidth(AuditTableModel::BeforeColumn, 160);
    m_auditView->setColumnWidth(AuditTableModel::AfterColumn, 160);
    m_auditState = new StatePanel(m_auditView);
    m_auditState->setObjectName(QStringLiteral("auditListState"));
    connect(m_auditState, &StatePanel::retryRequested, this, &PlansPage::loadAudit);
    connect(m_auditModel, &AuditTableModel::moreRequested, this, [this](qint64 beforeId) {
        AuditRepository::Filter filter;
        filter.action = m_auditAction->currentData().toString();
        filter.tenantId = m_auditTenant->text().trimmed();
        filter.beforeId = beforeId;
        m_controller->loadMoreAudit(filter);
    });
    auto* auditTab = new QWidget;
    auto* auditLayout = new QVBoxLayout(auditTab);
    auto* auditBar = new QHBoxLayout;
    auditBar->addWidget(m_auditAction);
    auditBar->addWidget(m_auditTenant, 1);
    auditBar->addWidget(exportButton);
    auditLayout->addLayout(auditBar);
    auditLayout->addWidget(m_auditState, 1);

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("plansTabs"));
    tabs->addTab(planSplitter, tr("Plans"));
    tabs->addTab(overridesTab, tr("Tenant overrides"));
    tabs->addTab(auditTab, tr("Audit log"));
    connect(tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadOverrides();
        else if (index == 2)
            loadAudit();
    });
    m_message->setObjectName(QStringLiteral("plansMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_reapply->setObjectName(QStringLiteral("reapplyEdit"));
    m_reapply->hide();
    connect(m_reapply, &QPushButton::clicked, this, &PlansPage::reapplyOnLatest);
    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_reapply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bannerRow);
    layout->addWidget(tabs, 1);
    layout->addLayout(messageRow);

    connect(m_draft, &PlanDraft::changed, this, &PlansPage::showDraft);
    m_pushStateTimer->setInterval(kPushStateRefreshMs);
    connect(m_pushStateTimer, &QTimer::timeout, this, &PlansPage::refreshPushState);
    m_planState->showLoading(tr("Loading plans…"));
    showDraft();
    connectController();
}

void PlansPage::buildEditor(QWidget* editor)
{
    m_planInfo->setObjectName(QStringLiteral("planInfo"));
    m_planInfo->setWordWrap(true);
    auto* form = new QFormLayout;
    m_name = new QLineEdit;
    m_basePrice = new QLineEdit;
    m_overage = new QLineEdit;
    const auto bindText = [this, form](QLineEdit* edit, const QString& field) {
        edit->setObjectName(QStringLiteral("field_") + field);
        edit->setAccessibleName(fieldTitle(field));
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
            m_draft->setValue(field, text.trimmed());
        });
        form->addRow(fieldTitle(field), edit);
    };
    bindText(m_name, QStringLiteral("name"));
    bindText(m_basePrice, QStringLiteral("base_price"));
    bindText(m_overage, QStringLiteral("overage_per_1k"));
    for (const QString& field : PlanFields::overrideFields()) {
        auto* edit = new QLineEdit;
        auto* unlimited = new QCheckBox(tr("Unlimited"));
        edit->setObjectName(QStringLiteral("field_") + field);
        edit->setAccessibleName(fieldTitle(field));
        unlimited->setAccessibleName(tr("%1 unlimited").arg(fieldTitle(field)));
        m_limitEdits.insert(field, edit);
        m_unlimited.insert(field, unlimited);
        // Text that is not a number is kept as typed, so the problem is shown with the field named.
        connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
            bool ok = false;
            const qint64 n = QLocale().toLongLong(text.trimmed(), &ok);
            const qint64 plain = ok ? n : text.trimmed().toLongLong(&ok);
            m_draft->setValue(field, ok ? QJsonValue(double(plain)) : QJsonValue(text.trimmed()));
        });
        connect(unlimited, &QCheckBox::toggled, this, [this, field, edit](bool on) {
            if (on)
                m_draft->setValue(field, QJsonValue(QJsonValue::Null));
            else
                m_draft->setValue(field, QJsonValue(double(edit->text().toLongLong())));
        });
        auto* row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(unlimited);
        form->addRow(fieldTitle(field), row);
    }
    m_modelList = new QListWidget;
    m_modelList->setObjectName(QStringLiteral("field_allowed_models"));
    m_modelList->setAccessibleName(fieldTitle(QStringLiteral("allowed_models")));
    m_modelList->setMaximumHeight(140);
    connect(m_modelList, &QListWidget::itemChanged, this, [this] {
        QJsonArray models;
        for (int i = 0; i < m_modelList->count(); ++i)
            if (m_modelList->item(i)->checkState() == Qt::Checked)
                models.append(m_modelList->item(i)->text());
        m_draft->setValue(QStringLiteral("allowed_models"), models);
    });
    form->addRow(fieldTitle(QStringLiteral("allowed_models")), m_modelList);

    m_problem->setObjectName(QStringLiteral("planProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828"));
    m_problem->setWordWrap(true);
    m_undo = new QPushButton(tr("Undo"));
    m_redo = new QPushButton(tr("Redo"));
    m_discard = new QPushButton(tr("Discard changes"));
    m_reviewButton = new QPushButton(tr("Review and save…"));
    m_reviewButton->setObjectName(QStringLiteral("reviewPlan"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo->setShortcut(QKeySequence::Redo);
    connect(m_undo, &QPushButton::clicked, m_draft->undoStack(), &QUndoStack::undo);
    connect(m_redo, &QPushButton::clicked, m_draft->undoStack(), &QUndoStack::redo);
    connect(m_discard, &QPushButton::clicked, this, [this] { m_draft->load(m_draft->base()); });
    connect(m_reviewButton, &QPushButton::clicked, this, &PlansPage::review);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undo);
    buttons->addWidget(m_redo);
    buttons->addWidget(m_discard);
    buttons->addStretch(1);
    buttons->addWidget(m_reviewButton);
    auto* layout = new QVBoxLayout(editor);
    layout->addWidget(m_planInfo);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    layout->addLayout(buttons);
}

void PlansPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
    m_pushStateTimer->start();
}

void PlansPage::finishOne()
{
    if (--m_busy == 0)
        emit loaded();
}

void PlansPage::reload()
{
    m_loadedOnce = true;
    m_busy += 2;
    if (m_planList.isEmpty())
        m_planState->showLoading(tr("Loading plans…"));
    m_controller->loadModels();
    m_controller->loadPlans();
    refreshPushState();
}

void PlansPage::connectController()
{
    connect(m_controller, &PlansController::modelsLoaded, this, [this](const Fetched<QStringList>& models) {
        if (models.ok())
            m_models = models.value;
        showDraft();
        finishOne();
    });
    connect(m_controller, &PlansController::plansLoaded, this, [this](const Fetched<QVector<Plan>>& plans) {
        if (!plans.ok()) {
            m_planState->showError(plans.error); // the draft, if any, stays
            finishOne();
            return;
        }
        m_planList = plans.value;
        QSignalBlocker block(m_planListView);
        m_planListView->clear();
        int selectedRow = -1;
        for (int i = 0; i < m_planList.size(); ++i) {
            const Plan& plan = m_planList.at(i);
            m_planListView->addItem(tr("%1 — %2 (v%3, %n tenant(s))", nullptr, int(plan.tenants))
                                        .arg(plan.id, plan.fields.value(QStringLiteral("name")).toString())
                                        .arg(plan.version));
            if (plan.id == m_selected)
                selectedRow = i;
        }
        m_planState->showContent();
        if (selectedRow < 0 && !m_planList.isEmpty()) {
            selectedRow = 0;
            m_selected = m_planList.first().id;
        }
        // The newest version into the editor, unless an edit is in progress there.
        if (selectedRow >= 0 && !m_draft->hasChanges())
            m_draft->load(m_planList.at(selectedRow));
        m_planListView->setCurrentRow(selectedRow);
        finishOne();
    });
    connect(
        m_controller, &PlansController::planSaved, this, [this](const Plan& base, const Fetched<SaveResult>& result) {
            if (!result.ok()) {
                // The edit stays in the draft whatever happened: nothing typed is lost.
                if (result.value.conflict) {
                    // Not a modal question: the page says what happened and offers to re-apply.
                    m_message->setText(tr("Not saved: %1 Your edit is kept.").arg(result.error));
                    m_reapply->show();
                } else {
                    m_message->setText(tr("Not saved (your edit is kept): %1").arg(result.error));
                }
                emit saved(false);
                return;
            }
            m_message->setText(tr("Saved plan %1 as version %2; writing the limits of %n tenant(s) to "
                                  "Redis…",
                                  nullptr,
                                  int(result.value.affectedTenants))
                                   .arg(base.id)
                                   .arg(result.value.version));
            m_draft->load(Plan{}); // reloaded below
            m_selected = base.id;
            reload();
            emit saved(true);
        });
    connect(m_controller,
            &PlansController::limitsChanged,
            this,
            [this](PlansController::Change change, const QString& subject, const Fetched<LimitsChange>& result) {
                if (change == PlansController::Change::Plan) {
                    if (!result.ok())
                        return; // said when the save was refused
                    showLimitsChange(tr("Saved plan %1 as version %2 (%n tenant(s) affected).",
                                        nullptr,
                                        int(result.value.saved.affectedTenants))
                                         .arg(subject)
                                         .arg(result.value.saved.version),
                                     result.value);
                    return;
                }
                loadOverrides();
                if (!result.ok())
                    m_message->setText(result.error);
                else if (change == PlansController::Change::OverrideCleared)
                    showLimitsChange(tr("Override removed."), result.value);
                else
                    showLimitsChange(tr("Override saved (version %1).").arg(result.value.saved.version), result.value);
            });
    connect(m_controller,
            &PlansController::latestLoaded,
            this,
            [this](const QString& planId, const Fetched<QVector<Plan>>& plans) {
                if (!plans.ok()) {
                    m_message->setText(plans.error);
                    m_reapply->show();
                    return;
                }
                for (const Plan& plan : plans.value) {
                    if (plan.id == planId) {
                        m_draft->rebase(plan);
                        m_message->setText(
                            tr("Your edit is now on version %1; review it and save again.").arg(plan.version));
                    }
                }
                emit rebased();
            });
    connect(m_controller, &PlansController::limitsPushed, this, [this](const Fetched<LimitsPusher::Result>& result) {
        m_pushButton->setEnabled(true);
        if (!result.ok())
            m_message->setText(result.error);
        else
            m_message->setText(tr("Redis has the current limits of %n tenant(s); "
                                  "the change was announced to the gateways.",
                                  nullptr,
                                  int(result.value.pushed)));
        refreshPushState();
        emit pushed(result.ok());
    });
    connect(m_controller, &PlansController::pushStateLoaded, this, [this](const Fetched<PushState>& state) {
        if (!state.ok())
            return;
        m_pending = state.value;
        const bool stale = m_pending.pendingTenants > 0;
        m_banner->setVisible(stale);
        m_pushButton->setVisible(stale);
        if (stale)
            m_banner->setText(tr("Redis is stale: the limits of %n tenant(s) changed in PostgreSQL since %1 "
                                 "and the gateways do not have them yet.",
                                 nullptr,
                                 int(m_pending.pendingTenants))
                                  .arg(QLocale().toString(m_pending.oldest.toLocalTime(), QLocale::ShortFormat)));
    });
    connect(m_controller, &PlansController::overridesLoaded, this, [this](const Fetched<QVector<LimitOverride>>& list) {
        if (!list.ok()) {
            m_message->setText(list.error);
            return;
        }
        m_overrideList = list.value;
        m_overrides->setRowCount(int(list.value.size()));
        for (int row = 0; row < list.value.size(); ++row) {
            const LimitOverride& o = list.value.at(row);
            QStringList set;
            for (auto it = o.fields.begin(); it != o.fields.end(); ++it)
                set << QStringLiteral("%1 %2").arg(it.key(), PlanFields::display(it.key(), it.value()));
            m_overrides->setItem(row, 0, new QTableWidgetItem(o.tenantName));
            m_overrides->setItem(row, 1, new QTableWidgetItem(o.planId));
            m_overrides->setItem(row, 2, new QTableWidgetItem(set.join(QStringLiteral(", "))));
            m_overrides->setItem(
                row,
                3,
                new QTableWidgetItem(o.expiresAt.isValid()
                                         ? QLocale().toString(o.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                             + (o.expired ? tr(" (expired)") : QString())
                                         : tr("no expiry")));
            m_overrides->setItem(row, 4, new QTableWidgetItem(o.reason));
            m_overrides->setItem(row, 5, new QTableWidgetItem(o.updatedBy));
        }
        m_overrides->resizeColumnsToContents();
    });
    connect(m_controller, &PlansController::auditLoaded, this, [this](const Fetched<QVector<AuditEntry>>& entries) {
        if (!entries.ok()) {
            m_auditState->showError(entries.error);
        } else {
            m_auditModel->setEntries(entries.value, entries.value.size() == 200);
            if (entries.value.isEmpty())
                m_auditState->showEmpty(tr("No changes match."));
            else
                m_auditState->showContent();
        }
        emit auditLoaded();
    });
    connect(m_controller, &PlansController::moreAuditLoaded, this, [this](const Fetched<QVector<AuditEntry>>& more) {
        if (!more.ok()) {
            m_auditModel->setLoadingMore(false);
            return;
        }
        m_auditModel->appendEntries(more.value, more.value.size() == 200);
    });
}

void PlansPage::selectPlan(const QString& planId)
{
    for (int i = 0; i < m_planList.size(); ++i)
        if (m_planList.at(i).id == planId)
            m_planListView->setCurrentRow(i);
}

void PlansPage::editField(const QString& field, const QJsonValue& value)
{
    m_draft->setValue(field, value);
}

void PlansPage::showDraft()
{
    const bool loaded = m_draft->isLoaded();
    const Plan& base = m_draft->base();
    m_planInfo->setText(
        loaded ? tr("Plan %1, version %2, last changed %3 by %4 · %n tenant(s) on it", nullptr, int(base.tenants))
                     .arg(base.id)
                     .arg(base.version)
                     .arg(QLocale().toString(base.updatedAt.toLocalTime(), QLocale::ShortFormat),
                          base.updatedBy.isEmpty() ? tr("the platform") : base.updatedBy)
               : tr("Select a plan."));
    const auto setText = [](QLineEdit* edit, const QString& text) {
        if (edit->text() != text) {
            QSignalBlocker block(edit);
            edit->setText(text);
        }
    };
    setText(m_name, m_draft->value(QStringLiteral("name")).toString());
    setText(m_basePrice, m_draft->value(QStringLiteral("base_price")).toString());
    setText(m_overage, m_draft->value(QStringLiteral("overage_per_1k")).toString());
    for (const QString& field : PlanFields::overrideFields()) {
        const QJsonValue value = m_draft->value(field);
        QLineEdit* edit = m_limitEdits.value(field);
        QCheckBox* unlimited = m_unlimited.value(field);
        QSignalBlocker blockEdit(edit);
        QSignalBlocker blockBox(unlimited);
        unlimited->setChecked(loaded && value.isNull());
        edit->setEnabled(loaded && !value.isNull());
        const QString text = value.isDouble() ? QString::number(qint64(value.toDouble())) : value.toString();
        if (edit->text() != text && !edit->hasFocus())
            edit->setText(text);
        // A changed field stands out.
        const bool changed = m_draft->changes().contains(field);
        edit->setStyleSheet(changed ? QStringLiteral("background: #e8f0fe; color: #202124") : QString());
    }
    {
        QSignalBlocker block(m_modelList);
        QStringList allowed;
        for (const QJsonValue& v : m_draft->value(QStringLiteral("allowed_models")).toArray())
            allowed << v.toString();
        QStringList all = m_models;
        for (const QString& model : allowed)
            if (!all.contains(model))
                all << model;
        if (m_modelList->count() != all.size()) {
            m_modelList->clear();
            for (const QString& model : all) {
                auto* item = new QListWidgetItem(model, m_modelList);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            }
        }
        for (int i = 0; i < m_modelList->count(); ++i)
            m_modelList->item(i)->setCheckState(allowed.contains(m_modelList->item(i)->text()) ? Qt::Checked
                                                                                               : Qt::Unchecked);
    }
    const QString problem = loaded ? m_draft->firstProblem(m_models) : QString();
    m_problem->setText(problem);
    m_undo->setEnabled(m_draft->undoStack()->canUndo());
    m_redo->setEnabled(m_draft->undoStack()->canRedo());
    m_discard->setEnabled(m_draft->hasChanges());
    m_reviewButton->setEnabled(loaded && m_draft->hasChanges() && problem.isEmpty());
    for (QWidget* w : {static_cast<QWidget*>(m_name),
                       static_cast<QWidget*>(m_basePrice),
                       static_cast<QWidget*>(m_overage),
                       static_cast<QWidget*>(m_modelList)})
        w->setEnabled(loaded);
}

void PlansPage::review()
{
    if (!m_draft->hasChanges())
        return;
    PlanReviewDialog dialog(
        m_draft->base().id, m_draft->base().version, m_draft->diff(), m_draft->base().tenants, this);
    if (dialog.exec() == QDialog::Accepted)
        save(dialog.reason());
}

void PlansPage::save(const QString& reason)
{
    const Plan base = m_draft->base();
    m_message->setText(tr("Saving plan %1…").arg(base.id));
    // The page says "saved" as soon as PostgreSQL has it, and the push's outcome when Redis answers.
    m_controller->savePlan(base, m_draft->changes(), reason);
}

void PlansPage::showLimitsChange(const QString& savedText, const LimitsChange& change)
{
    m_message->setText(change.pushed() ? savedText + u' '
                               + tr("Redis has the current limits of %n tenant(s); the change was "
                                    "announced to the gateways.",
                                    nullptr,
                                    int(change.pushedTenants))
                                       : savedText + u' ' + change.pushError);
    refreshPushState();
    emit pushed(change.pushed());
}

void PlansPage::reapplyOnLatest()
{
    m_reapply->hide();
    m_controller->loadLatest(m_draft->base().id);
}

void PlansPage::pushLimits()
{
    m_pushButton->setEnabled(false);
    m_controller->pushLimits();
}

QString PlansPage::message() const
{
    return m_message->text();
}

void PlansPage::refreshPushState()
{
    m_controller->refreshPushState();
}

void PlansPage::loadOverrides()
{
    m_controller->loadOverrides();
}

void PlansPage::removeOverride()
{
    const int row = m_overrides->currentRow();
    if (row < 0 || row >= m_overrideList.size())
        return;
    const LimitOverride o = m_overrideList.at(row);
    const QString reason = ActionConfirmDialog::ask(
        this,
        tr("Remove override"),
        tr("%1 goes back to the limits of plan %2, in PostgreSQL now and in Redis right after.")
            .arg(o.tenantName, o.planId),
        tr("Remove"));
    if (reason.isEmpty())
        return;
    m_controller->clearOverride(o.tenantId, o.version, reason);
}

void PlansPage::setOverride()
{
    // A small form: tenant id, the limits to set (empty: follow the plan), expiry, reason.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Set a tenant's override"));
    auto* form = new QFormLayout(&dialog);
    auto* tenant = new QLineEdit(&dialog);
    tenant->setPlaceholderText(tr("tenant id"));
    const int row = m_overrides->currentRow();
    if (row >= 0 && row < m_overrideList.size())
        tenant->setText(m_overrideList.at(row).tenantId);
    form->addRow(tr("Tenant"), tenant);
    QHash<QString, QLineEdit*> edits;
    for (const QString& field : PlanFields::overrideFields()) {
        auto* edit = new QLineEdit(&dialog);
        edit->setPlaceholderText(tr("the plan's"));
        edits.insert(field, edit);
        form->addRow(fieldTitle(field), edit);
    }
    auto* until = new QDateTimeEdit(QDateTime::currentDateTime().addDays(7), &dialog);
    until->setCalendarPopup(true);
    auto* noExpiry = new QCheckBox(tr("No expiry"), &dialog);
    // Editing the selected tenant's override starts from what it has.
    if (row >= 0 && row < m_overrideList.size()) {
        const LimitOverride& current = m_overrideList.at(row);
        for (auto it = current.fields.begin(); it != current.fields.end(); ++it)
            if (QLineEdit* edit = edits.value(it.key()))
                edit->setText(QString::number(qint64(it.value().toDouble())));
        if (current.expiresAt.isValid() && !current.expired)
            until->setDateTime(current.expiresAt.toLocalTime());
        noExpiry->setChecked(!current.expiresAt.isValid());
    }
    form->addRow(tr("Until"), until);
    form->addRow(QString(), noExpiry);
    auto* reason = new QLineEdit(&dialog);
    form->addRow(tr("Reason"), reason);
    auto* problem = new QLabel(&dialog);
    problem->setStyleSheet(QStringLiteral("color: #c62828"));
    form->addRow(problem);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    QJsonObject fields;
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
        fields = {};
        QString invalid
            = Validation::isUuid(tenant->text().trimmed()) ? QString() : tr("Tenant: a tenant id (UUID) is required.");
        for (auto it = edits.begin(); invalid.isEmpty() && it != edits.end(); ++it) {
            if (it.value()->text().trimmed().isEmpty())
                continue;
            QString field;
            QJsonValue value;
            invalid = PlanFields::parseAssignment(it.key() + u'=' + it.value()->text().trimmed(), true, &field, &value);
            fields.insert(field, value);
        }
        if (invalid.isEmpty() && fields.isEmpty())
            invalid = tr("Set at least one limit.");
        if (invalid.isEmpty())
            invalid = Validation::reason(reason->text());
        problem->setText(invalid);
        if (invalid.isEmpty())
            dialog.accept();
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    std::optional<int> version;
    for (const LimitOverride& o : std::as_const(m_overrideList))
        if (o.tenantId == tenant->text().trimmed().toLower())
            version = o.version;
    m_controller->setOverride(tenant->text().trimmed().toLower(),
                              version,
                              fields,
                              noExpiry->isChecked() ? QDateTime() : until->dateTime().toUTC(),
                              reason->text());
}

void PlansPage::showAudit()
{
    if (auto* tabs = findChild<QTabWidget*>(QStringLiteral("plansTabs")))
        tabs->setCurrentIndex(2);
}

void PlansPage::showAuditFor(const QString& tenantId)
{
    m_auditTenant->setText(tenantId);
    showAudit();
    loadAudit();
}

void PlansPage::loadAudit()
{
    AuditRepository::Filter filter;
    filter.action = m_auditAction->currentData().toString();
    filter.tenantId = m_auditTenant->text().trimmed();
    const QString invalid = filter.validate();
    if (!invalid.isEmpty()) {
        // Refused before anything is sent; the rows of the previous filter go, so none is taken for a match.
        m_auditModel->setEntries({}, false);
        m_auditState->showError(invalid);
        emit auditLoaded();
        return;
    }
    m_auditState->showLoading(tr("Loading the audit log…"));
    m_controller->loadAudit(filter);
}

bool PlansPage::exportAuditCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    return CsvWriter::write(*m_auditModel, &file, error);
}
