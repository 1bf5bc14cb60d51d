#include <ui/executions/ExecutionsPage.h>

#include <models/executions/TraceController.h>
#include <models/operations/TraceOperations.h>
#include <ui/executions/CompareWindow.h>

#include <ui/common/AsOfLabel.h>

#include <ui/common/ActionConfirmDialog.h>
#include <ui/common/StatePanel.h>
#include <ui/common/TenantPicker.h>
#include <ui/executions/TraceView.h>

#include <models/executions/ExecutionFeed.h>
#include <models/executions/ExecutionListModel.h>
#include <models/executions/ExecutionsController.h>
#include <models/executions/TraceModel.h>
#include <models/platform/AppLink.h>

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
// The longest literal part of an error signature ("<n> Too Many Requests: ...; retry after <n>"): what
// the error-text filter searches for when a group is opened.
QString literalPart(const QString& signature)
{
    static const QRegularExpression placeholder(QStringLiteral("<(n|id|value)>"));
    QString best;
    for (const QString& part : signature.split(placeholder))
        if (part.trimmed().size() > best.size())
            best = part.trimmed();
    return best;
}
} // namespace

ExecutionsPage::ExecutionsPage(ExecutionRepository* executions,
                               ExecutionActions* actions,
                               ExecutionFeed* feed,
                               TenantRepository* tenants,
                               QWidget* parent)
    : QWidget(parent)
    , m_controller(new ExecutionsController(executions, actions, this))
    , m_tenant(new TenantPicker(tenants, this))
    , m_status(new QComboBox(this))
    , m_workflow(new QLineEdit(this))
    , m_error(new QLineEdit(this))
    , m_range(new QComboBox(this))
    , m_live(new QCheckBox(tr("Live"), this))
    , m_debounce(new QTimer(this))
    , m_tabs(new QTabWidget(this))
    , m_model(new ExecutionListModel(this))
    , m_table(new QTableView)
    , m_groups(new QTreeWidget)
    , m_trace(new TraceView)
    , m_retry(new QPushButton(tr("Retry…"), this))
    , m_resume(new QPushButton(tr("Resume…"), this))
    , m_cancel(new QPushButton(tr("Cancel execution…"), this))
    , m_bulkRetry(new QPushButton(tr("Act on all shown"), this))
    , m_progress(new QProgressBar(this))
    , m_stopBulk(new QPushButton(tr("Stop"), this))
    , m_message(new QLabel(this))
    , m_count(new QLabel(this))
    , m_asOf(new AsOfLabel(this))
{
    setObjectName(QStringLiteral("executionsPage"));
    m_tenant->setPlaceholderText(tr("All tenants"));
    m_tenant->setAccessibleName(tr("Tenant filter"));
    m_status->setObjectName(QStringLiteral("executionStatus"));
    m_status->setAccessibleName(tr("Status filter"));
    m_status->addItem(tr("Any status"), QString());
    for (const QString& status : ExecutionRepository::statuses())
        m_status->addItem(status, status);
    m_workflow->setPlaceholderText(tr("Workflow"));
    m_workflow->setAccessibleName(tr("Workflow filter"));
    m_workflow->setObjectName(QStringLiteral("executionWorkflowFilter"));
    m_workflow->setClearButtonEnabled(true);
    m_error->setObjectName(QStringLiteral("executionErrorSearch"));
    m_error->setProperty("findField", true); // Ctrl+F: failures are what support searches for
    m_error->setPlaceholderText(tr("Error text (e.g. 429)"));
    m_error->setAccessibleName(tr("Error text filter"));
    m_error->setClearButtonEnabled(true);
    m_range->setAccessibleName(tr("Time range"));
    m_range->addItem(tr("Last hour"), 3600);
    m_range->addItem(tr("Last 24 hours"), 86400);
    m_range->addItem(tr("Last 7 days"), 7 * 86400);
    m_range->addItem(tr("Last 30 days"), 30 * 86400);
    m_range->addItem(tr("Any time"), 0);
    m_range->setCurrentIndex(4);
    m_live->setChecked(true);
    m_live->setToolTip(tr("New and changed executions appear as the platform reports them"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_tenant, 2);
    filters->addWidget(m_status);
    filters->addWidget(m_workflow, 1);
    filters->addWidget(m_error, 2);
    filters->addWidget(m_range);
    filters->addWidget(m_live);

    m_table->setObjectName(QStringLiteral("executionTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Executions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection); // two rows: Compare
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ExecutionListModel::CreatedColumn, 140);
    m_table->setColumnWidth(ExecutionListModel::StatusColumn, 90);
    m_table->setColumnWidth(ExecutionListModel::TenantColumn, 170);
    m_table->setColumnWidth(ExecutionListModel::WorkflowColumn, 140);
    m_table->setColumnWidth(ExecutionListModel::DurationColumn, 80);
    m_table->setColumnWidth(ExecutionListModel::TokensColumn, 70);
    m_table->setColumnWidth(ExecutionListModel::CostColumn, 80);
    m_listState = new StatePanel(m_table);
    m_listState->setObjectName(QStringLiteral("executionListState"));
    connect(m_listState, &StatePanel::retryRequested, this, &ExecutionsPage::reload);

    m_groups->setObjectName(QStringLiteral("errorGroups"));
    m_groups->setAccessibleName(tr("Failures by cause"));
    m_groups->setRootIsDecorated(false);
    m_groups->setHeaderLabels({tr("Count"), tr("Error"), tr("Provider"), tr("Tenants"), tr("Last seen"), tr("Cause")});
    m_groups->setColumnWidth(0, 70);
    m_groups->setColumnWidth(1, 110);
    m_groups->setColumnWidth(2, 80);
    m_groups->setColumnWidth(3, 60);
    m_groups->setColumnWidth(4, 140);
    m_groupState = new StatePanel(m_groups);
    connect(m_groupState, &StatePanel::retryRequested, this, &ExecutionsPage::loadGroups);
    // Opening a group: its failures in the list, its newest one's trace below.
    connect(m_groups, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        setStatusFilter(QStringLiteral("failed"));
        setErrorFilter(literalPart(item->data(5, Qt::UserRole).toString()));
        m_tabs->setCurrentIndex(0);
        loadTrace(item->data(0, Qt::UserRole).toString());
    });

    m_tabs->addTab(m_listState, tr("Executions"));
    m_tabs->addTab(m_groupState, tr("Failures by cause"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadGroups();
    });

    m_retry->setObjectName(QStringLiteral("retryExecution"));
    m_resume->setObjectName(QStringLiteral("resumeExecution"));
    m_cancel->setObjectName(QStringLiteral("cancelExecution"));
    m_retry->setToolTip(tr("Run the selected execution again from its first node"));
    m_resume->setToolTip(tr("Run it again from the node that failed; completed checkpoints are not run again"));
    m_cancel->setToolTip(tr("Stop a queued or running execution"));
    m_bulkRetry->setObjectName(QStringLiteral("bulkActions"));
    m_bulkRetry->setToolTip(tr("Retry, resume or cancel every execution matching the filters (up to 10,000)"));
    auto* bulkMenu = new QMenu(m_bulkRetry);
    bulkMenu->addAction(tr("Retry all failed shown…"), this, [this] { askBulk(ExecutionActions::Kind::Retry); });
    bulkMenu->addAction(tr("Resume all failed shown…"), this, [this] { askBulk(ExecutionActions::Kind::Resume); });
    bulkMenu->addAction(
        tr("Cancel all queued and running shown…"), this, [this] { askBulk(ExecutionActions::Kind::Cancel); });
    m_bulkRetry->setMenu(bulkMenu);
    m_progress->hide();
    m_stopBulk->hide();
    m_message->setObjectName(QStringLiteral("executionActionMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    connect(m_retry, &QPushButton::clicked, this, [this] { askAction(ExecutionActions::Kind::Retry); });
    connect(m_resume, &QPushButton::clicked, this, [this] { askAction(ExecutionActions::Kind::Resume); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { askAction(ExecutionActions::Kind::Cancel); });
    m_copyLink = new QPushButton(tr("Copy link"), this);
    m_copyLink->setObjectName(QStringLiteral("copyExecutionLink"));
    m_copyLink->setToolTip(tr("Copies a tenantscope:// link to the execution shown, to paste into a ticket"));
    connect(m_copyLink, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(AppLink::execution(selectedId()).toString());
    });
    // One button keeps the actions bar within a 1280 px window: a click compares, its menu exports.
    m_compare = new QAction(tr("Compare…"), this);
    m_compare->setObjectName(QStringLiteral("compareExecutions"));
    m_compare->setToolTip(tr("Node by node: the two selected executions, or the shown one and its retry"));
    connect(m_compare, &QAction::triggered, this, &ExecutionsPage::askCompare);
    m_exportOtlp = new QAction(tr("Export OTLP…"), this);
    m_exportOtlp->setObjectName(QStringLiteral("exportOtlp"));
    m_exportOtlp->setToolTip(tr("The shown execution as an OTLP JSON traces file, for other trace tools"));
    connect(m_exportOtlp, &QAction::triggered, this, [this] { exportOtlp(); });
    m_traceTools = new QToolButton(this);
    m_traceTools->setObjectName(QStringLiteral("traceTools"));
    m_traceTools->setPopupMode(QToolButton::MenuButtonPopup);
    m_traceTools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_traceTools->setDefaultAction(m_compare);
    auto* traceMenu = new QMenu(m_traceTools);
    traceMenu->addAction(m_compare);
    traceMenu->addAction(m_exportOtlp);
    m_traceTools->setMenu(traceMenu);
    m_traceTools->hide();
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ExecutionsPage::updateActions);
    connect(m_trace, &TraceView::replayRequested, this, [this](const ExecutionSummary& run, const ExecutionNode& node) {
        emit replayRequested(RecordedCall::fromNode(run, node));
    });
    connect(m_stopBulk, &QPushButton::clicked, this, &ExecutionsPage::cancelBulk);
    auto* actionsBar = new QHBoxLayout;
    actionsBar->addWidget(m_retry);
    actionsBar->addWidget(m_resume);
    actionsBar->addWidget(m_cancel);
    actionsBar->addWidget(m_bulkRetry);
    actionsBar->addWidget(m_copyLink);
    actionsBar->addWidget(m_traceTools);
    actionsBar->addWidget(m_progress);
    actionsBar->addWidget(m_stopBulk);
    actionsBar->addWidget(m_message, 1);
    actionsBar->addWidget(m_count);
    actionsBar->addWidget(m_asOf);

    m_traceState = new StatePanel(m_trace);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_traceState);
    splitter->setSizes({330, 400});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(actionsBar);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &ExecutionsPage::reload);
    connect(m_workflow, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_error, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_status, &QComboBox::currentIndexChanged, this, &ExecutionsPage::reload);
    connect(m_range, &QComboBox::currentIndexChanged, this, &ExecutionsPage::reload);
    connect(m_tenant, &TenantPicker::tenantChanged, this, &ExecutionsPage::reload);
    connect(m_model, &ExecutionListModel::moreRequested, this, &ExecutionsPage::loadMore);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& current) {
            const QString id = current.isValid() ? current.data(ExecutionListModel::IdRole).toString() : QString();
            if (!id.isEmpty() && id != m_traceId)
                loadTrace(id);
        });
    if (feed)
        connect(feed, &ExecutionFeed::changed, this, &ExecutionsPage::onLiveChange);
    m_listState->showLoading(tr("Loading executions…"));
    updateActions();
    connectController();
}

void ExecutionsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}

ExecutionRepository::Filter ExecutionsPage::filter() const
{
    ExecutionRepository::Filter f;
    f.tenantId = m_tenant->tenantId();
    f.status = m_status->currentData().toString();
    f.workflow = m_workflow->text().trimmed();
    f.errorText = m_error->text().trimmed();
    const int seconds = m_range->currentData().toInt();
    if (seconds > 0)
        f.from = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    f.limit = kPageSize;
    return f;
}

void ExecutionsPage::setStatusFilter(const QString& status)
{
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
}

void ExecutionsPage::setErrorFilter(const QString& text)
{
    m_error->setText(text);
    m_debounce->stop();
    reload();
}

void ExecutionsPage::setTenantFilter(const QString& tenantId, const QString& label)
{
    m_tenant->choose(tenantId, label);
    reload();
}

QString ExecutionsPage::filterSummary() const
{
    QStringList parts;
    if (!m_tenant->tenantId().isEmpty())
        parts << tr("tenant %1").arg(m_tenant->text());
    if (!m_status->currentData().toString().isEmpty())
        parts << tr("status %1").arg(m_status->currentText());
    if (!m_workflow->text().trimmed().isEmpty())
        parts << tr("workflow \"%1\"").arg(m_workflow->text().trimmed());
    if (!m_error->text().trimmed().isEmpty())
        parts << tr("error \"%1\"").arg(m_error->text().trimmed());
    parts << m_range->currentText();
    return parts.join(QStringLiteral(" · "));
}

void ExecutionsPage::reload()
{
    emit filterChanged();
    m_loadedOnce = true;
    const ExecutionRepository::Filter f = filter();
    const QString invalid = f.validate();
    if (!invalid.isEmpty()) {
        m_controller->dropList();
        m_loading = false;
        m_listState->showError(invalid); // refused before anything is sent, said like any other answer
        emit loaded();
        return;
    }
    m_loading = true;
    if (m_model->rowCount() == 0)
        m_listState->showLoading(tr("Loading executions…"));
    m_controller->loadList(f);
}

void ExecutionsPage::connectController()
{
    connect(
        m_controller, &ExecutionsController::listLoaded, this, [this](const Fetched<QVector<ExecutionSummary>>& rows) {
            m_loading = false;
            if (!rows.ok()) {
                m_listState->showError(rows.error);
                emit loaded();
                return;
            }
            m_model->setRows(rows.value, rows.value.size() == kPageSize);
            m_asOf->setFreshness(rows.freshness);
            // The execution whose trace is open stays selected when it is in the new list.
            const int traced = m_traceId.isEmpty() ? -1 : m_model->rowOf(m_traceId);
            if (traced >= 0)
                m_table->selectRow(traced);
            if (rows.value.isEmpty())
                m_listState->showEmpty(tr("No executions match these filters."));
            else
                m_listState->showContent();
            m_count->setText(m_model->hasMore() ? tr("%1+ shown").arg(QLocale().toString(m_model->rowCount()))
                                                : tr("%n execution(s)", nullptr, m_model->rowCount()));
            if (m_tabs->currentIndex() == 1)
                loadGroups();
            updateActions();
            emit loaded();
        });
    connect(
        m_controller, &ExecutionsController::moreLoaded, this, [this](const Fetched<QVector<ExecutionSummary>>& rows) {
            if (!rows.ok()) {
                m_model->setLoadingMore(false);
                m_message->setText(rows.error);
                return;
            }
            m_model->appendRows(rows.value, rows.value.size() == kPageSize);
            m_count->setText(m_model->hasMore() ? tr("%1+ shown").arg(QLocale().toString(m_model->rowCount()))
                                                : tr("%n execution(s)", nullptr, m_model->rowCount()));
        });
    connect(m_controller,
            &ExecutionsController::liveLoaded,
            this,
            [this](const QStringList& ids, bool everything, const Fetched<QVector<ExecutionSummary>>& rows) {
                if (!rows.ok())
                    return;
                const bool wasEmpty = m_model->rowCount() == 0;
                m_model->mergeLive(rows.value);
                if (wasEmpty && m_model->rowCount() > 0)
                    m_listState->showContent();
                updateActions();
                if (!m_traceId.isEmpty() && (everything || ids.contains(m_traceId)))
                    loadTrace(m_traceId);
            });
    connect(
        m_controller, &ExecutionsController::groupsLoaded, this, [this](const Fetched<QVector<ErrorGroup>>& groups) {
            if (!groups.ok()) {
                m_groupState->showError(groups.error);
                return;
            }
            m_groups->clear();
            for (const ErrorGroup& group : groups.value) {
                auto* item = new QTreeWidgetItem(m_groups);
                item->setText(0, QLocale().toString(group.count));
                item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(1, group.errorCode);
                item->setText(2, group.provider);
                item->setText(3, QLocale().toString(group.tenants));
                item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
                item->setText(4, QLocale().toString(group.lastSeen.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm")));
                item->setText(5, group.signature);
                item->setToolTip(5, group.sampleMessage.left(2000));
                item->setData(0, Qt::UserRole, group.sampleId);
                item->setData(5, Qt::UserRole, group.signature);
            }
            if (groups.value.isEmpty())
                m_groupState->showEmpty(tr("No failures match these filters."));
            else
                m_groupState->showContent();
        });
    connect(m_controller, &ExecutionsController::traceLoaded, this, [this](const Fetched<ExecutionDetail>& detail) {
        m_traceLoading = false;
        if (!detail.ok()) {
            m_trace->clear();
            m_traceState->showError(detail.error);
        } else {
            m_trace->setTrace(detail.value);
            m_traceState->showContent();
        }
        updateActions();
        emit traceLoaded();
    });
    connect(m_controller,
            &ExecutionsController::actionDone,
            this,
            [this](ExecutionActions::Kind kind, const QString& id, const Fetched<QString>& outcome) {
                if (!outcome.ok()) {
                    m_message->setText(outcome.error);
                    emit actionFinished(false);
                    return;
                }
                if (kind == ExecutionActions::Kind::Cancel)
                    m_message->setText(tr("Cancelled %1.").arg(id));
                else
                    m_message->setText(tr("Queued as %1.").arg(outcome.value));
                // The live notice updates the list; the trace is re-read now so the change shows at once.
                loadTrace(kind == ExecutionActions::Kind::Cancel ? id : outcome.value);
                emit actionFinished(true);
            });
    connect(m_controller,
            &ExecutionsController::matchingFound,
            this,
            [this](ExecutionActions::Kind kind, const Fetched<QStringList>& ids) {
                if (!ids.ok()) {
                    m_message->setText(ids.error);
                    return;
                }
                m_message->clear();
                if (ids.value.isEmpty()) {
                    m_message->setText(tr("No execution shown can take this action."));
                    return;
                }
                const QString titles[] = {tr("Retry executions"), tr("Resume executions"), tr("Cancel executions")};
                const QString reason
                    = ActionConfirmDialog::ask(this,
                                               titles[int(kind)],
                                               ExecutionActions::consequence(kind, int(ids.value.size())) + u'\n'
                                                   + tr("Each is its own audited action; you can stop between two."),
                                               tr("%1 (%2)").arg(titles[int(kind)]).arg(ids.value.size()));
                if (!reason.isEmpty())
                    performBulkAction(kind, ids.value, reason);
            });
}

void ExecutionsPage::loadMore(const QString& cursor, const QString& id)
{
    ExecutionRepository::Filter f = filter();
    f.beforeCursor = cursor;
    f.beforeId = id;
    m_controller->loadMore(f);
}

void ExecutionsPage::loadGroups()
{
    m_groupState->showLoading(tr("Grouping failures…"));
    m_controller->loadGroups(filter());
}

void ExecutionsPage::openExecution(const QString& id)
{
    loadTrace(id);
}

void ExecutionsPage::loadTrace(const QString& id)
{
    if (id.isEmpty())
        return;
    m_traceId = id;
    m_traceLoading = true;
    updateActions();
    m_traceState->showLoading(tr("Loading the trace…"));
    m_controller->loadTrace(id);
}

void ExecutionsPage::onLiveChange(const QStringList& ids, bool everything)
{
    if (!m_live->isChecked() || !m_loadedOnce)
        return;
    ExecutionRepository::Filter f = filter();
    if (!everything)
        f.ids = ids;
    m_controller->loadLive(f, ids, everything);
}

// The actions act on the execution whose trace is shown (picked in the list or from a failure group).
QString ExecutionsPage::selectedId() const
{
    return m_traceLoading ? QString() : m_trace->model()->trace().summary.id;
}

QString ExecutionsPage::selectedStatus() const
{
    return m_traceLoading ? QString() : m_trace->model()->trace().summary.status;
}

void ExecutionsPage::updateActions()
{
    const QString status = selectedStatus();
    const bool idle = !m_bulk;
    m_retry->setEnabled(idle && ExecutionActions::applies(ExecutionActions::Kind::Retry, status));
    m_resume->setEnabled(idle && ExecutionActions::applies(ExecutionActions::Kind::Resume, status));
    m_cancel->setEnabled(idle && ExecutionActions::applies(ExecutionActions::Kind::Cancel, status));
    m_bulkRetry->setEnabled(idle && m_model->rowCount() > 0);
    m_copyLink->setEnabled(!selectedId().isEmpty());
    if (m_compare) {
        m_compare->setEnabled(!selectedId().isEmpty() || m_table->selectionModel()->selectedRows().size() == 2);
        m_exportOtlp->setEnabled(!selectedId().isEmpty());
    }
}

void ExecutionsPage::setTraceOperations(TraceOperations* traces)
{
    m_traces = traces;
    delete m_traceController;
    m_traceController = nullptr;
    if (traces) {
        m_traceController = new TraceController(traces, this);
        connect(m_traceController, &TraceController::otlpExported, this, [this](const Fetched<OtlpWritten>& written) {
            if (!written.ok()) {
                m_message->setText(written.error);
                emit otlpExported(QString(), written.error);
                return;
            }
            m_message->setText(tr("Wrote %1 span(s), %2 of them LLM calls, to %3.")
                                   .arg(written.value.spans)
                                   .arg(written.value.llmSpans)
                                   .arg(QDir::toNativeSeparators(written.value.path)));
            emit otlpExported(written.value.path, QString());
        });
    }
    m_traceTools->setVisible(traces != nullptr);
    updateActions();
}

std::pair<QString, QString> ExecutionsPage::comparePair() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() == 2) {
        const QVector<ExecutionSummary>& all = m_model->rows();
        const ExecutionSummary& a = all.at(rows.at(0).row());
        const ExecutionSummary& b = all.at(rows.at(1).row());
        return a.createdAt <= b.createdAt ? std::pair{a.id, b.id} : std::pair{b.id, a.id};
    }
    if (m_traceLoading)
        return {};
    const ExecutionSummary& shown = m_trace->model()->trace().summary;
    if (!shown.retriedBy.isEmpty())
        return {shown.id, shown.retriedBy};
    if (!shown.retryOf.isEmpty())
        return {shown.retryOf, shown.id};
    return {};
}

void ExecutionsPage::askCompare()
{
    auto [first, second] = comparePair();
    if (first.isEmpty()) {
        first = selectedId();
        if (first.isEmpty())
            return;
        bool ok = false;
        second = QInputDialog::getText(this,
                                       tr("Compare executions"),
                                       tr("Compare execution %1 with the execution (its id):").arg(first),
                                       QLineEdit::Normal,
                                       QString(),
                                       &ok)
                     .trimmed()
                     .toLower();
        if (!ok || second.isEmpty())
            return;
    }
    openCompare(first, second);
}

CompareWindow* ExecutionsPage::openCompare(const QString& firstId, const QString& secondId)
{
    if (!m_traces)
        return nullptr;
    auto* window = new CompareWindow(m_traces, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->compare(firstId, secondId);
    return window;
}

void ExecutionsPage::exportOtlp(const QString& path)
{
    const QString id = selectedId();
    if (!m_traceController || id.isEmpty())
        return;
    QString target = path;
    if (target.isEmpty()) {
        target = QFileDialog::getSaveFileName(this,
                                              tr("Export execution as OTLP JSON"),
                                              QStringLiteral("execution-%1.otlp.json").arg(id.left(8)),
                                              tr("OTLP JSON traces (*.json)"));
        if (target.isEmpty())
            return;
    }
    m_message->setText(tr("Writing %1…").arg(QFileInfo(target).fileName()));
    m_traceController->exportOtlp(id, target);
}

QString ExecutionsPage::actionMessage() const
{
    return m_message->text();
}

void ExecutionsPage::askAction(ExecutionActions::Kind kind)
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QString titles[] = {tr("Retry execution"), tr("Resume execution"), tr("Cancel execution")};
    const QString labels[] = {tr("Retry"), tr("Resume"), tr("Cancel execution")};
    const int k = int(kind);
    const QString reason = ActionConfirmDialog::ask(
        this, titles[k], tr("Execution %1:").arg(id) + u'\n' + ExecutionActions::consequence(kind, 1), labels[k]);
    if (!reason.isEmpty())
        performAction(kind, reason);
}

void ExecutionsPage::performAction(ExecutionActions::Kind kind, const QString& reason)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        m_message->setText(tr("Open an execution first (its trace shows what the action applies to)."));
        emit actionFinished(false);
        return;
    }
    m_message->setText(tr("Working…"));
    m_controller->act(kind, id, reason);
}

void ExecutionsPage::askBulk(ExecutionActions::Kind kind)
{
    // The executions the action applies to, matching every other filter: failed ones for retry and
    // resume; queued and running ones for cancel.
    const QStringList statuses = kind == ExecutionActions::Kind::Cancel
        ? QStringList{QStringLiteral("queued"), QStringLiteral("running")}
        : QStringList{QStringLiteral("failed")};
    QList<ExecutionRepository::Filter> filters;
    for (const QString& status : statuses) {
        ExecutionRepository::Filter f = filter();
        if (!f.status.isEmpty() && f.status != status)
            continue;
        f.status = status;
        filters.append(f);
    }
    if (filters.isEmpty()) {
        m_message->setText(tr("None of the executions shown can take this action (see the status filter)."));
        return;
    }
    m_message->setText(tr("Counting the executions that match…"));
    m_controller->findMatching(kind, filters);
}

void ExecutionsPage::cancelBulk()
{
    if (m_bulk)
        m_bulk->cancel();
}

void ExecutionsPage::performBulkAction(ExecutionActions::Kind kind, const QStringList& ids, const QString& reason)
{
    if (m_bulk)
        return;
    static const char* const titles[]
        = {QT_TR_NOOP("Retrying executions"), QT_TR_NOOP("Resuming executions"), QT_TR_NOOP("Cancelling executions")};
    const QString title = tr(titles[qBound(0, int(kind), 2)]);
    m_bulk = m_controller->newBulk(kind, ids, reason, this);
    emit bulkStarted(title);
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_stopBulk->show();
    updateActions();
    connect(m_bulk, &BulkExecutionAction::progress, this, [this](int done, int total) {
        m_progress->setValue(done);
        m_message->setText(tr("%1 of %2 done").arg(done).arg(total));
        emit bulkProgress(done, total);
    });
    connect(m_bulk, &BulkExecutionAction::finished, this, [this, title] {
        BulkExecutionAction* bulk = m_bulk;
        QString summary = tr("%1 of %2 done").arg(bulk->succeeded()).arg(bulk->total());
        if (!bulk->refusals().isEmpty())
            summary += u' '
                + tr("(%n refused; first: %1)", nullptr, int(bulk->refusals().size()))
                      .arg(bulk->refusals().first().reason);
        if (bulk->wasCancelled())
            summary += u' ' + tr("Stopped before the rest.");
        m_message->setText(summary);
        m_progress->hide();
        m_stopBulk->hide();
        bulk->deleteLater();
        m_bulk = nullptr;
        updateActions();
        emit bulkFinished(title, summary, bulk->refusals().isEmpty() && !bulk->wasCancelled());
        emit actionFinished(bulk->refusals().isEmpty());
    });
    m_bulk->start();
}
