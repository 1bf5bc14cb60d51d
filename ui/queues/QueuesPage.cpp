#include <ui/queues/QueuesPage.h>

#include <ui/common/ActionConfirmDialog.h>
#include <ui/common/JsonView.h>
#include <ui/common/StatePanel.h>
#include <ui/queues/JobFlowView.h>
#include <ui/queues/JobSearchPanel.h>
#include <ui/queues/QueueControlsBar.h>

#include <models/queues/QueueModels.h>
#include <models/queues/QueuesController.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace
{
QTableView* makeTable(QAbstractItemModel* model, const QString& name, const QString& accessibleName)
{
    auto* table = new QTableView;
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}
} // namespace

QueuesPage::QueuesPage(QueueRepository* queues,
                       JobActions* actions,
                       TenantRepository* tenants,
                       QueueOperations* operations,
                       QWidget* parent)
    : QWidget(parent)
    , m_controller(new QueuesController(queues, actions, tenants, this))
    , m_countsModel(new QueueCountsModel(this))
    , m_tenantModel(new TenantJobCountsModel(this))
    , m_jobsModel(new JobListModel(this))
    , m_state(new QComboBox(this))
    , m_refreshed(new QLabel(this))
    , m_jobSummary(new QLabel(this))
    , m_data(new JsonView(tr("Job data"), this))
    , m_options(new JsonView(tr("Job options"), this))
    , m_returnValue(new JsonView(tr("Return value"), this))
    , m_stack(new QPlainTextEdit(this))
    , m_showAll(new QPushButton(tr("Show all"), this))
    , m_retry(new QPushButton(tr("Retry job…"), this))
    , m_remove(new QPushButton(tr("Remove job…"), this))
    , m_message(new QLabel(this))
    , m_refresh(new QTimer(this))
    , m_tenantRefresh(new QTimer(this))
{
    setObjectName(QStringLiteral("queuesPage"));
    m_countsTable = makeTable(m_countsModel, QStringLiteral("queueCounts"), tr("Queues"));
    m_countsTable->setColumnWidth(0, 200);
    m_tenantTable = makeTable(m_tenantModel, QStringLiteral("tenantJobCounts"), tr("Jobs per tenant"));
    // Every column in view at 1280 x 800: the tenant's name takes what the counts leave (elided, whole in
    // its tooltip).
    m_tenantTable->horizontalHeader()->setStretchLastSection(false);
    m_tenantTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_tenantModel->columnCount(); ++c)
        m_tenantTable->setColumnWidth(c, 56);
    // Per tenant, what needs attention: its backlog and its failures. Prioritized and completed jobs are in
    // the queue's own counts above; here they left the tenants' names four letters wide.
    for (const QString& quiet : {QStringLiteral("prioritized"), QStringLiteral("completed")}) {
        const qsizetype state = QueueColumns::states().indexOf(quiet);
        if (state >= 0)
            m_tenantTable->setColumnHidden(int(state) + 1, true);
    }
    m_jobsTable = makeTable(m_jobsModel, QStringLiteral("jobTable"), tr("Jobs"));
    m_jobsTable->setColumnWidth(JobListModel::IdColumn, 70);
    m_jobsTable->setColumnWidth(JobListModel::NameColumn, 95);
    m_jobsTable->horizontalHeader()->setSectionResizeMode(JobListModel::TenantColumn, QHeaderView::Stretch);
    m_jobsTable->setColumnWidth(JobListModel::CreatedColumn, 140);
    m_jobsTable->setColumnWidth(JobListModel::FinishedColumn, 140);
    m_jobsTable->setColumnWidth(JobListModel::AttemptsColumn, 56);
    m_jobsTable->setColumnWidth(JobListModel::ReasonColumn, 100);

    auto* discoverButton = new QPushButton(tr("Discover queues"), this);
    discoverButton->setToolTip(tr("Look for BullMQ queues under the prefix (one SCAN; counts refresh without it)"));
    connect(discoverButton, &QPushButton::clicked, this, &QueuesPage::discover);
    m_refreshed->setObjectName(QStringLiteral("queuesRefreshed"));
    auto* top = new QHBoxLayout;
    top->addWidget(
        new QLabel(tr("BullMQ queues under \"%1\", refreshed every 2 s while shown").arg(queues->prefix()), this), 1);
    top->addWidget(m_refreshed);
    top->addWidget(discoverButton);

    m_countsState = new StatePanel(m_countsTable);
    connect(m_countsState, &StatePanel::retryRequested, this, &QueuesPage::discover);

    m_state->setAccessibleName(tr("Job state"));
    for (const QString& state : QueueColumns::states())
        m_state->addItem(QueueColumns::stateTitle(state), state);
    m_state->setCurrentIndex(m_state->findData(QStringLiteral("failed")));
    auto* jobsBar = new QHBoxLayout;
    jobsBar->addWidget(new QLabel(tr("Jobs in state:"), this));
    jobsBar->addWidget(m_state);
    m_pinnedLabel = new QLabel(this);
    m_pinnedLabel->setObjectName(QStringLiteral("queuesTenantFilter"));
    m_pinnedLabel->setTextFormat(Qt::PlainText);
    m_unpin = new QPushButton(tr("Show all tenants"), this);
    m_unpin->setObjectName(QStringLiteral("queuesShowAllTenants"));
    connect(m_unpin, &QPushButton::clicked, this, [this] { setTenantFilter({}, {}); });
    m_pinnedLabel->hide();
    m_unpin->hide();
    jobsBar->addWidget(m_pinnedLabel);
    jobsBar->addWidget(m_unpin);
    jobsBar->addStretch(1);
    m_jobsState = new StatePanel(m_jobsTable);
    connect(m_jobsState, &StatePanel::retryRequested, this, &QueuesPage::loadJobs);
    auto* jobsPane = new QWidget;
    auto* jobsLayout = new QVBoxLayout(jobsPane);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    jobsLayout->addLayout(jobsBar);
    jobsLayout->addWidget(m_jobsState, 1);
    // Failed jobs of every queue grouped by cause (Bull Board has no such view).
    m_failureGroups = new QTreeWidget;
    m_failureGroups->setObjectName(QStringLiteral("jobFailureGroups"));
    m_failureGroups->setAccessibleName(tr("Failed jobs by cause"));
    m_failureGroups->setRootIsDecorated(false);
    m_failureGroups->setHeaderLabels({tr("Count"), tr("Tenants"), tr("Queues"), tr("Cause")});
    m_failureGroups->setColumnWidth(0, 60);
    m_failureGroups->setColumnWidth(1, 60);
    m_failureGroups->setColumnWidth(2, 110);
    m_failureState = new StatePanel(m_failureGroups);
    connect(m_failureState, &StatePanel::retryRequested, this, &QueuesPage::loadFailureGroups);
    connect(m_failureGroups, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString queue = item->data(0, Qt::UserRole).toString();
        const QString job = item->data(1, Qt::UserRole).toString();
        setState(QStringLiteral("failed"));
        selectQueue(queue);
        m_listTabs->setCurrentIndex(0);
        openJob(job);
    });
    m_listTabs = new QTabWidget;
    m_listTabs->addTab(jobsPane, tr("Jobs"));
    m_listTabs->addTab(m_failureState, tr("Failures by cause"));
    if (operations) {
        // Bull Board has no job search ("poking at Redis keys"); ours is paced and stoppable.
        m_searchPanel = new JobSearchPanel(operations);
        m_listTabs->addTab(m_searchPanel, tr("Search"));
        connect(m_searchPanel, &JobSearchPanel::jobActivated, this, &QueuesPage::openJobInQueue);
        connect(m_searchPanel, &JobSearchPanel::tenantsFound, m_controller, &QueuesController::resolveNames);
    }
    connect(m_listTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            loadFailureGroups();
    });
    QWidget* jobsBox = m_listTabs;

    auto* tenantBox = new QWidget;
    auto* tenantLayout = new QVBoxLayout(tenantBox);
    tenantLayout->setContentsMargins(0, 0, 0, 0);
    auto* tenantTitle = new QLabel(tr("Per tenant (from job data's tenantId); select one to filter the jobs"), this);
    tenantTitle->setWordWrap(true);
    tenantLayout->addWidget(tenantTitle);
    tenantLayout->addWidget(m_tenantTable, 1);

    // Job detail.
    m_jobSummary->setObjectName(QStringLiteral("jobSummary"));
    m_jobSummary->setTextFormat(Qt::PlainText);
    m_jobSummary->setWordWrap(true);
    m_jobSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->setReadOnly(true);
    m_stack->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stack->setObjectName(QStringLiteral("jobStack"));
    m_stack->setAccessibleName(tr("Failed reason and stack trace"));
    m_showAll->hide();
    connect(m_showAll, &QPushButton::clicked, this, [this] {
        m_stack->setPlainText(m_job.failedReason + u'\n' + m_job.stacktrace.join(QStringLiteral("\n\n")));
        m_showAll->hide();
    });
    auto* errorTab = new QWidget;
    auto* errorLayout = new QVBoxLayout(errorTab);
    errorLayout->addWidget(m_stack, 1);
    errorLayout->addWidget(m_showAll, 0, Qt::AlignRight);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_data, tr("Data"));
    m_tabs->addTab(errorTab, tr("Failure"));
    m_tabs->addTab(m_returnValue, tr("Return value"));
    m_tabs->addTab(m_options, tr("Options"));
    if (operations) {
        m_flowView = new JobFlowView(operations, this);
        m_tabs->addTab(m_flowView, tr("Flow"));
        connect(m_flowView, &JobFlowView::jobActivated, this, &QueuesPage::openJobInQueue);
    }
    m_retry->setObjectName(QStringLiteral("retryJob"));
    m_remove->setObjectName(QStringLiteral("removeJob"));
    connect(m_retry, &QPushButton::clicked, this, [this] { askAction(JobActions::Kind::Retry); });
    connect(m_remove, &QPushButton::clicked, this, [this] { askAction(JobActions::Kind::Remove); });
    m_message->setObjectName(QStringLiteral("jobActionMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_retry);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_message, 1);
    auto* jobBox = new QWidget;
    auto* jobLayout = new QVBoxLayout(jobBox);
    jobLayout->setContentsMargins(0, 0, 0, 0);
    jobLayout->addWidget(m_jobSummary);
    jobLayout->addWidget(m_tabs, 1);
    jobLayout->addLayout(buttons);
    m_jobState = new StatePanel(jobBox);
    m_jobState->showEmpty(tr("Select a job to see its detail."));

    // The jobs over the open job's detail, both as wide as the tenants leave: at 1280 x 800 every column of
    // the job list is in view.
    auto* jobsAndDetail = new QSplitter(Qt::Vertical);
    jobsAndDetail->addWidget(jobsBox);
    jobsAndDetail->addWidget(m_jobState);
    jobsAndDetail->setSizes({300, 320});
    auto* lower = new QSplitter(Qt::Horizontal);
    lower->addWidget(tenantBox);
    lower->addWidget(jobsAndDetail);
    lower->setSizes({420, 840});
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_countsState);
    splitter->addWidget(lower);
    splitter->setSizes({120, 620});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    if (operations) {
        m_controlsBar = new QueueControlsBar(operations, this);
        connect(m_controlsBar, &QueueControlsBar::queuesChanged, m_controller, &QueuesController::refreshCounts);
        layout->addWidget(m_controlsBar);
    }
    layout->addWidget(splitter, 1);

    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &QueuesPage::refreshCounts);
    connect(this, &QueuesPage::countsLoaded, this, &QueuesPage::openPendingJob);
    m_tenantRefresh->setInterval(kTenantRefreshMs);
    connect(m_tenantRefresh, &QTimer::timeout, this, &QueuesPage::loadTenants);
    connect(
        m_countsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
            if (!i.isValid() || i.row() >= m_countsModel->counts().size())
                return;
            const QString queue = m_countsModel->counts().at(i.row()).queue;
            if (queue == m_queue)
                return;
            m_queue = queue;
            m_tenant = m_pinnedTenant;
            if (m_searchPanel)
                m_searchPanel->setTenantFilter(m_tenant);
            if (m_controlsBar)
                m_controlsBar->setQueue(queue);
            if (m_searchPanel)
                m_searchPanel->setCurrentQueue(queue);
            loadTenants();
            loadJobs();
        });
    connect(
        m_tenantTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
            const QString tenant = i.isValid() ? i.data(Qt::UserRole).toString() : QString();
            if (tenant == m_tenant)
                return;
            m_tenant = tenant;
            if (m_searchPanel)
                m_searchPanel->setTenantFilter(tenant);
            loadJobs();
        });
    connect(m_state, &QComboBox::currentIndexChanged, this, &QueuesPage::loadJobs);
    connect(m_jobsModel, &JobListModel::moreRequested, this, &QueuesPage::loadMoreJobs);
    connect(m_jobsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (i.isValid())
            openJob(i.data(Qt::UserRole).toString());
    });
    connectController();
    m_countsState->showLoading(tr("Looking for queues…"));
    m_jobsState->showEmpty(tr("Select a queue."));
    m_retry->setEnabled(false);
    m_remove->setEnabled(false);
}

void QueuesPage::connectController()
{
    connect(m_controller, &QueuesController::queuesDiscovered, this, [this](const Fetched<QStringList>& names) {
        if (!names.ok()) {
            m_countsState->showError(names.error);
            emit countsLoaded();
        } else if (names.value.isEmpty()) {
            m_countsState->showEmpty(tr("No BullMQ queues under the prefix \"%1\" in this Redis (the prefix "
                                        "is set in the connection profile).")
                                         .arg(m_controller->prefix()));
            emit countsLoaded();
        }
    });
    connect(m_controller, &QueuesController::countsLoaded, this, [this](const Fetched<QVector<QueueCounts>>& counts) {
        if (!counts.ok()) {
            // Keep the last counts on screen and say they are stale.
            m_refreshed->setText(tr("stale: %1").arg(counts.error));
            if (m_countsModel->rowCount() == 0)
                m_countsState->showError(counts.error);
            emit countsLoaded();
            return;
        }
        m_countsModel->setCounts(counts.value);
        m_countsState->showContent();
        m_refreshed->setText(
            tr("updated %1").arg(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm:ss"))));
        if (m_queue.isEmpty() && !counts.value.isEmpty())
            m_countsTable->selectRow(0);
        emit countsLoaded();
    });
    connect(m_controller,
            &QueuesController::tenantCountsLoaded,
            this,
            [this](const QString& queue, const Fetched<QVector<TenantJobCounts>>& counts) {
                if (queue != m_queue || !counts.ok())
                    return;
                const QString keep = m_tenant;
                m_tenantModel->setCounts(counts.value);
                QStringList ids;
                for (const TenantJobCounts& c : counts.value)
                    ids.append(c.tenantId);
                m_controller->resolveNames(ids);
                for (int row = 0; row < counts.value.size(); ++row)
                    if (!keep.isEmpty() && counts.value.at(row).tenantId == keep)
                        m_tenantTable->selectRow(row);
            });
    connect(m_controller, &QueuesController::jobsLoaded, this, [this](const Fetched<QVector<JobSummary>>& jobs) {
        if (!jobs.ok()) {
            m_jobsState->showError(jobs.error);
        } else {
            m_jobsModel->setJobs(jobs.value, jobs.value.size() == JobListModel::kPageSize);
            QStringList ids;
            for (const JobSummary& job : jobs.value)
                ids.append(job.tenantId);
            m_controller->resolveNames(ids);
            if (jobs.value.isEmpty())
                m_jobsState->showEmpty(tr("No jobs in this state."));
            else
                m_jobsState->showContent();
        }
        emit jobsLoaded();
    });
    connect(m_controller, &QueuesController::moreJobsLoaded, this, [this](const Fetched<QVector<JobSummary>>& jobs) {
        if (!jobs.ok()) {
            m_jobsModel->setLoadingMore(false);
            m_message->setText(jobs.error);
            return;
        }
        m_jobsModel->appendJobs(jobs.value, jobs.value.size() == JobListModel::kPageSize);
    });
    connect(m_controller, &QueuesController::jobOpened, this, [this](const Fetched<JobDetail>& job) {
        if (!job.ok()) {
            m_job = {};
            m_jobState->showError(job.error);
        } else {
            m_job = job.value;
            showJob();
            m_jobState->showContent();
            if (m_flowView) // a few reads: the job, its parents and children
                m_flowView->showFlowOf(m_job.summary.queue.isEmpty() ? m_queue : m_job.summary.queue, m_job.summary.id);
        }
        m_retry->setEnabled(job.ok() && m_job.summary.state == QLatin1String("failed"));
        m_remove->setEnabled(job.ok() && !m_job.locked);
        emit jobLoaded();
    });
    connect(m_controller,
            &QueuesController::actionDone,
            this,
            [this](JobActions::Kind kind, const QString& id, const Fetched<QString>& outcome) {
                m_message->setText(outcome.ok() ? outcome.value : outcome.error);
                refreshCounts();
                loadJobs();
                if (m_listTabs->currentIndex() == 1)
                    loadFailureGroups(); // the failures by cause on screen follow the action
                if (kind == JobActions::Kind::Retry)
                    openJob(id);
                emit actionFinished(outcome.ok());
            });
    connect(m_controller,
            &QueuesController::failureGroupsLoaded,
            this,
            [this](const Fetched<QVector<FailedJobGroup>>& groups) {
                if (!groups.ok()) {
                    m_failureState->showError(groups.error);
                    emit failureGroupsLoaded();
                    return;
                }
                m_failureGroups->clear();
                for (const FailedJobGroup& group : groups.value) {
                    auto* item = new QTreeWidgetItem(m_failureGroups);
                    item->setText(0, QLocale().toString(group.count));
                    item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
                    item->setText(1, QLocale().toString(group.tenants));
                    item->setText(2, group.queues.join(QStringLiteral(", ")));
                    item->setText(3, group.signature);
                    item->setToolTip(3, group.sampleReason);
                    item->setData(0, Qt::UserRole, group.sampleQueue);
                    item->setData(1, Qt::UserRole, group.sampleJobId);
                }
                if (groups.value.isEmpty())
                    m_failureState->showEmpty(tr("No failed jobs."));
                else
                    m_failureState->showContent();
                emit failureGroupsLoaded();
            });
    connect(m_controller, &QueuesController::namesKnown, this, [this](const QHash<QString, QString>& names) {
        m_tenantModel->setNames(names);
        m_jobsModel->setNames(names);
        if (m_searchPanel)
            m_searchPanel->setNames(names);
    });
}

void QueuesPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_discovered)
        discover();
    m_refresh->start();
    m_tenantRefresh->start();
}

void QueuesPage::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    // Nobody looks: no refresh traffic.
    m_refresh->stop();
    m_tenantRefresh->stop();
}

QString QueuesPage::currentQueue() const
{
    return m_queue;
}

QString QueuesPage::currentState() const
{
    return m_state->currentData().toString();
}

QString QueuesPage::currentTenant() const
{
    return m_tenant;
}

void QueuesPage::discover()
{
    m_discovered = true;
    m_countsState->showLoading(tr("Looking for queues…"));
    m_controller->discover();
}

void QueuesPage::reload()
{
    discover();
    if (!m_queue.isEmpty())
        loadJobs();
    if (!m_job.summary.id.isEmpty() && m_job.summary.queue == m_queue)
        openJob(m_job.summary.id);
}

void QueuesPage::refreshCounts()
{
    m_controller->refreshCounts();
    if (m_controlsBar)
        m_controlsBar->refresh(); // the rate limit's time left and the pause can change from outside
}

void QueuesPage::selectQueue(const QString& queue)
{
    const int row = m_countsModel->rowOf(queue);
    if (row >= 0)
        m_countsTable->selectRow(row);
}

void QueuesPage::setState(const QString& state)
{
    m_state->setCurrentIndex(qMax(0, m_state->findData(state)));
}

void QueuesPage::setTenantFilter(const QString& tenantId, const QString& tenantName)
{
    m_pinnedTenant = tenantId;
    m_pinnedName = tenantName.isEmpty() ? tenantId : tenantName;
    m_tenant = tenantId;
    m_pinnedLabel->setText(tr("Only %1's jobs").arg(tenantName.isEmpty() ? tenantId : tenantName));
    m_pinnedLabel->setVisible(!tenantId.isEmpty());
    m_unpin->setVisible(!tenantId.isEmpty());
    if (tenantId.isEmpty())
        m_tenantTable->clearSelection();
    m_listTabs->setCurrentIndex(0);
    loadTenants();
    loadJobs();
}

void QueuesPage::loadTenants()
{
    if (!m_queue.isEmpty())
        m_controller->loadTenantCounts(m_queue);
}

QString QueuesPage::filterSummary() const
{
    QStringList parts;
    if (!m_queue.isEmpty())
        parts << tr("queue %1").arg(m_queue) << m_state->currentText();
    if (!m_pinnedTenant.isEmpty())
        parts << tr("tenant %1").arg(m_pinnedName);
    return parts.join(QStringLiteral(" · "));
}

void QueuesPage::loadJobs()
{
    emit filterChanged();
    if (m_queue.isEmpty())
        return;
    QueueRepository::JobPage page;
    page.queue = m_queue;
    page.state = currentState();
    page.tenantId = m_tenant;
    page.limit = JobListModel::kPageSize;
    m_jobsState->showLoading(tr("Loading jobs…"));
    m_controller->loadJobs(page);
}

void QueuesPage::loadMoreJobs(int offset)
{
    QueueRepository::JobPage page;
    page.queue = m_queue;
    page.state = currentState();
    page.tenantId = m_tenant;
    page.offset = offset;
    page.limit = JobListModel::kPageSize;
    m_controller->loadMoreJobs(page);
}

void QueuesPage::openJobInQueue(const QString& queue, const QString& id)
{
    m_pendingJobQueue = queue;
    m_pendingJobId = id;
    openPendingJob();
}

void QueuesPage::openPendingJob()
{
    if (m_pendingJobQueue.isEmpty())
        return;
    const int row = m_countsModel->rowOf(m_pendingJobQueue);
    if (row < 0)
        return; // after the next counts load
    m_countsTable->selectRow(row); // makes it the page's queue (and loads its jobs)
    const QString id = m_pendingJobId;
    m_pendingJobQueue.clear();
    m_pendingJobId.clear();
    openJob(id);
}

void QueuesPage::openJob(const QString& id)
{
    if (m_queue.isEmpty() || id.isEmpty())
        return;
    if (id != m_job.summary.id || m_queue != m_job.summary.queue)
        m_message->clear(); // an action's outcome belongs to the job it was done to
    m_jobState->showLoading(tr("Loading job %1…").arg(id));
    m_controller->openJob(m_queue, id);
}

void QueuesPage::showJob()
{
    const JobSummary& s = m_job.summary;
    const auto when = [](const QDateTime& t) {
        return t.isValid() ? QLocale().toString(t.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("–");
    };
    m_jobSummary->setText(tr("Job %1 · %2 · %3%4\nTenant %5 · attempts made %6 · progress %7\n"
                             "Created %8 · processed %9 · finished %10")
                              .arg(s.id, s.name, s.state, m_job.locked ? tr(" (locked by a worker)") : QString())
                              .arg(s.tenantId.isEmpty()                             ? tr("–")
                                       : m_controller->names().contains(s.tenantId) ? QStringLiteral("%1 (%2)").arg(
                                             m_controller->names().value(s.tenantId), s.tenantId)
                                                                                    : s.tenantId)
                              .arg(s.attemptsMade)
                              .arg(m_job.progress.isEmpty() ? tr("–") : m_job.progress.left(100))
                              .arg(when(s.createdAt), when(s.processedAt), when(s.finishedAt)));
    m_tabs->setCurrentIndex(m_job.failedReason.isEmpty() ? 0 : 1);
    m_data->setJsonText(m_job.data);
    m_options->setJsonText(m_job.options);
    m_returnValue->setJsonText(m_job.returnValue);
    // Failed reason and the newest stack trace, cut for the screen (a 1 MB trace stays usable).
    const QString text
        = m_job.failedReason + u'\n' + (m_job.stacktrace.isEmpty() ? QString() : m_job.stacktrace.constLast());
    if (text.size() > kMaxTextShown) {
        m_stack->setPlainText(text.left(kMaxTextShown) + u'\n'
                              + tr("… %1 more characters").arg(text.size() - kMaxTextShown));
        m_showAll->show();
    } else {
        m_stack->setPlainText(text.trimmed());
        m_showAll->setVisible(m_job.stacktrace.size() > 1);
    }
}

QString QueuesPage::actionMessage() const
{
    return m_message->text();
}

QString QueuesPage::stackText() const
{
    return m_stack->toPlainText();
}

void QueuesPage::askAction(JobActions::Kind kind)
{
    if (m_job.summary.id.isEmpty())
        return;
    const QString reason
        = ActionConfirmDialog::ask(this,
                                   kind == JobActions::Kind::Retry ? tr("Retry job") : tr("Remove job"),
                                   JobActions::consequence(kind, m_queue, m_job.summary.id),
                                   kind == JobActions::Kind::Retry ? tr("Retry") : tr("Remove"));
    if (!reason.isEmpty())
        performAction(kind, reason);
}

void QueuesPage::performAction(JobActions::Kind kind, const QString& reason)
{
    const QString id = m_job.summary.id;
    if (id.isEmpty())
        return;
    m_message->setText(tr("Working…"));
    m_controller->act(kind, m_queue, id, reason);
}

void QueuesPage::showFailureGroups()
{
    m_listTabs->setCurrentIndex(1);
}

void QueuesPage::showJobList()
{
    m_listTabs->setCurrentIndex(0);
}

void QueuesPage::showSearch()
{
    if (m_searchPanel)
        m_listTabs->setCurrentWidget(m_searchPanel);
}

void QueuesPage::loadFailureGroups()
{
    if (m_controller->knownQueues().isEmpty()) {
        m_failureState->showEmpty(tr("No queues."));
        return;
    }
    m_failureState->showLoading(tr("Grouping failed jobs…"));
    m_controller->loadFailureGroups();
}
