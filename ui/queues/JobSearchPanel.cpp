#include <ui/queues/JobSearchPanel.h>

#include <ui/common/ActionConfirmDialog.h>
#include <ui/common/StatePanel.h>

#include <models/operations/QueueOperations.h>
#include <models/queues/JobSearchModel.h>
#include <models/queues/JobToolsController.h>
#include <models/queues/QueueModels.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace
{
constexpr int kResultLimit = 500;
}

JobSearchPanel::JobSearchPanel(QueueOperations* operations, QWidget* parent)
    : QWidget(parent)
    , m_operations(operations)
    , m_results(new JobSearchModel(this))
    , m_text(new QLineEdit(this))
    , m_field(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_state(new QComboBox(this))
    , m_pace(new QComboBox(this))
    , m_start(new QPushButton(tr("Search"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_retryAll(new QPushButton(tr("Retry all found…"), this))
    , m_removeAll(new QPushButton(tr("Remove all found…"), this))
    , m_batch(new QSpinBox(this))
    , m_progress(new QLabel(this))
    , m_table(new QTableView)
{
    m_tools = new JobToolsController(operations, this);
    connect(m_tools, &JobToolsController::collected, this, &JobSearchPanel::showListed);
    setObjectName(QStringLiteral("jobSearch"));
    m_text->setObjectName(QStringLiteral("jobSearchText"));
    m_text->setPlaceholderText(
        tr("Job id, or text in the name, data or failed reason (none: this queue's jobs in the state chosen)"));
    m_text->setAccessibleName(tr("Search jobs for"));
    m_text->setMaxLength(1000);
    m_field->setAccessibleName(tr("Look in"));
    m_field->addItem(tr("Anywhere"), int(JobSearchQuery::Field::Any));
    m_field->addItem(tr("Job id"), int(JobSearchQuery::Field::Id));
    m_field->addItem(tr("Name"), int(JobSearchQuery::Field::Name));
    m_field->addItem(tr("Data"), int(JobSearchQuery::Field::Data));
    m_field->addItem(tr("Failed reason"), int(JobSearchQuery::Field::FailedReason));
    m_scope->setAccessibleName(tr("Queues searched"));
    m_scope->addItem(tr("All queues"));
    m_scope->addItem(tr("This queue"));
    m_state->setAccessibleName(tr("State"));
    m_state->addItem(tr("Any state"), QString());
    for (const QString& state : JobState::all())
        m_state->addItem(QueueColumns::stateTitle(state), state);
    m_pace->setAccessibleName(tr("Pace"));
    m_pace->setToolTip(tr("How many keys a second the search may ask Redis for; other clients are served in between"));
    m_pace->addItem(tr("Gentle: 20,000 keys/s"), 20000);
    m_pace->addItem(tr("Normal: 100,000 keys/s"), 100000);
    m_pace->addItem(tr("Fast: 500,000 keys/s"), 500000);
    m_pace->setCurrentIndex(1);
    m_start->setObjectName(QStringLiteral("jobSearchStart"));
    m_stop->setObjectName(QStringLiteral("jobSearchStop"));
    m_stop->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("jobSearchProgress"));
    m_progress->setTextFormat(Qt::PlainText);
    m_progress->setWordWrap(true);
    connect(m_text, &QLineEdit::returnPressed, this, &JobSearchPanel::searchFromControls);
    connect(m_start, &QPushButton::clicked, this, &JobSearchPanel::searchFromControls);
    connect(m_stop, &QPushButton::clicked, this, &JobSearchPanel::stop);
    m_retryAll->setObjectName(QStringLiteral("jobSearchRetryAll"));
    m_removeAll->setObjectName(QStringLiteral("jobSearchRemoveAll"));
    m_batch->setObjectName(QStringLiteral("jobSearchBatch"));
    m_batch->setAccessibleName(tr("Jobs per batch"));
    m_batch->setRange(1, BulkJobAction::kMaxBatch);
    m_batch->setValue(50);
    m_batch->setPrefix(tr("batches of "));
    m_retryAll->setEnabled(false);
    m_removeAll->setEnabled(false);
    connect(m_retryAll, &QPushButton::clicked, this, [this] { askBulk(JobActions::Kind::Retry); });
    connect(m_removeAll, &QPushButton::clicked, this, [this] { askBulk(JobActions::Kind::Remove); });

    m_table->setObjectName(QStringLiteral("jobSearchResults"));
    m_table->setAccessibleName(tr("Jobs found"));
    m_table->setModel(m_results);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setColumnWidth(JobSearchModel::QueueColumn, 110);
    m_table->setColumnWidth(JobSearchModel::IdColumn, 60);
    m_table->setColumnWidth(JobSearchModel::StateColumn, 70);
    m_table->setColumnWidth(JobSearchModel::NameColumn, 100);
    m_table->setColumnWidth(JobSearchModel::TenantColumn, 130);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& i) {
        if (i.isValid())
            emit jobActivated(i.data(Qt::UserRole + 1).toString(), i.data(Qt::UserRole).toString());
    });
    m_tableState = new StatePanel(m_table);
    m_tableState->showEmpty(tr("Search every queue's jobs by id, name, data or failed reason, in any state."));

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_text, 1);
    controls->addWidget(m_field);
    controls->addWidget(m_scope);
    controls->addWidget(m_state);
    auto* run = new QHBoxLayout;
    run->addWidget(m_pace);
    run->addWidget(m_start);
    run->addWidget(m_stop);
    run->addWidget(m_progress, 1);
    auto* bulk = new QHBoxLayout;
    bulk->addStretch(1);
    bulk->addWidget(m_batch);
    bulk->addWidget(m_retryAll);
    bulk->addWidget(m_removeAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(controls);
    layout->addLayout(run);
    layout->addLayout(bulk);
    layout->addWidget(m_tableState, 1);
}

void JobSearchPanel::setCurrentQueue(const QString& queue)
{
    m_currentQueue = queue;
}

void JobSearchPanel::setNames(const QHash<QString, QString>& names)
{
    m_results->setNames(names);
}

bool JobSearchPanel::isSearching() const
{
    return m_search && m_search->isRunning();
}

QString JobSearchPanel::progressText() const
{
    return m_progress->text();
}

void JobSearchPanel::searchFromControls()
{
    JobSearchQuery query;
    query.text = m_text->text();
    query.field = JobSearchQuery::Field(m_field->currentData().toInt());
    if (m_scope->currentIndex() == 1 && !m_currentQueue.isEmpty())
        query.queues = {m_currentQueue};
    query.state = m_state->currentData().toString();
    query.keysPerSecond = m_pace->currentData().toInt();
    query.maxResults = kResultLimit;
    if (query.text.trimmed().isEmpty())
        query.tenantId = m_tenantFilter;
    search(query);
}

void JobSearchPanel::setTenantFilter(const QString& tenantId)
{
    m_tenantFilter = tenantId;
}

// No text, this queue and a state: its jobs in that state (the page's tenant filter too), for a bulk action.
void JobSearchPanel::listState(const JobSearchQuery& query)
{
    if (isSearching() || isActing())
        return;
    m_search.reset();
    m_results->clear();
    m_start->setEnabled(false);
    m_retryAll->setEnabled(false);
    m_removeAll->setEnabled(false);
    m_tableState->showLoading(tr("Reading the jobs…"));
    m_listedQueue = query.queues.first();
    m_listedState = query.state;
    m_tools->collect(query);
}

void JobSearchPanel::showListed(const Fetched<QVector<JobSummary>>& jobs)
{
    const QString queue = m_listedQueue;
    const QString state = m_listedState;
    m_start->setEnabled(true);
    if (!jobs.ok()) {
        m_tableState->showError(jobs.error);
        m_progress->setText(jobs.error);
        return;
    }
    m_results->append(jobs.value);
    QSet<QString> tenants;
    for (const JobSummary& job : jobs.value)
        if (!job.tenantId.isEmpty())
            tenants.insert(job.tenantId);
    emit tenantsFound(tenants.values());
    m_retryAll->setEnabled(!jobs.value.isEmpty());
    m_removeAll->setEnabled(!jobs.value.isEmpty());
    if (jobs.value.isEmpty())
        m_tableState->showEmpty(tr("No job in this state."));
    else
        m_tableState->showContent();
    m_progress->setText(tr("%1 job(s) in state %2 of queue %3%4")
                            .arg(QLocale().toString(jobs.value.size()),
                                 state,
                                 queue,
                                 m_tenantFilter.isEmpty() ? QString() : tr(", one tenant's")));
    JobSearchProgress listed;
    listed.stop = JobSearchProgress::Stop::Done;
    listed.matches = jobs.value.size();
    emit searchFinished(listed);
}

void JobSearchPanel::search(const JobSearchQuery& query)
{
    if (query.text.trimmed().isEmpty() && !query.state.isEmpty() && query.queues.size() == 1) {
        listState(query);
        return;
    }
    const QString invalid = query.validate();
    if (!invalid.isEmpty()) { // said here; nothing is sent
        m_progress->setText(invalid);
        return;
    }
    // The controls say what is searched, whoever asked.
    m_text->setText(query.text);
    m_field->setCurrentIndex(m_field->findData(int(query.field)));
    m_scope->setCurrentIndex(query.queues.isEmpty() ? 0 : 1);
    m_state->setCurrentIndex(std::max(0, m_state->findData(query.state)));
    if (m_search)
        m_search->cancel();
    m_results->clear();
    m_search = m_operations->search(query);
    JobSearch* search = m_search.get();
    connect(search, &JobSearch::found, this, [this](const QVector<JobSummary>& jobs) {
        m_results->append(jobs);
        m_tableState->showContent();
        QSet<QString> tenants;
        for (const JobSummary& job : jobs)
            if (!job.tenantId.isEmpty())
                tenants.insert(job.tenantId);
        emit tenantsFound(tenants.values());
    });
    connect(search, &JobSearch::progressed, this, &JobSearchPanel::showProgress);
    connect(search, &JobSearch::finished, this, [this, search](const JobSearchProgress& progress) {
        if (search != m_search.get())
            return; // a search replaced by a newer one
        showProgress(progress);
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
        m_retryAll->setEnabled(m_results->rowCount() > 0);
        m_removeAll->setEnabled(m_results->rowCount() > 0);
        if (progress.stop == JobSearchProgress::Stop::Failed)
            m_tableState->showError(progress.error);
        else if (m_results->rowCount() == 0)
            m_tableState->showEmpty(tr("No job matches."));
        emit searchFinished(progress);
    });
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_retryAll->setEnabled(false);
    m_removeAll->setEnabled(false);
    m_tableState->showLoading(tr("Searching…"));
    m_progress->setText(tr("Searching at most %1 keys a second; stops at %2 results or when every job is scanned.")
                            .arg(QLocale().toString(query.keysPerSecond), QLocale().toString(query.maxResults)));
    search->start();
}

void JobSearchPanel::stop()
{
    if (m_search)
        m_search->cancel();
    if (m_bulk)
        m_bulk->cancel();
}

bool JobSearchPanel::isActing() const
{
    return m_bulk && m_bulk->progress().stop == BulkJobProgress::Stop::Running;
}

void JobSearchPanel::askBulk(JobActions::Kind kind)
{
    const int count = m_results->rowCount();
    if (count == 0 || isSearching() || isActing())
        return;
    const QString consequence = kind == JobActions::Kind::Retry
        ? tr("The %n job(s) found are retried, %1 at a time: failed ones go back to waiting and run once more; any "
             "other is refused and listed. Each is recorded in the audit log.",
             nullptr,
             count)
              .arg(m_batch->value())
        : tr("The %n job(s) found are deleted with their data, %1 at a time; running jobs and jobs of a flow are "
             "refused and listed. Each is recorded in the audit log. This cannot be undone.",
             nullptr,
             count)
              .arg(m_batch->value());
    const QString reason
        = ActionConfirmDialog::ask(this,
                                   kind == JobActions::Kind::Retry ? tr("Retry all found") : tr("Remove all found"),
                                   consequence,
                                   kind == JobActions::Kind::Retry ? tr("Retry all") : tr("Remove all"));
    if (!reason.isEmpty())
        runBulk(kind, m_batch->value(), reason);
}

void JobSearchPanel::runBulk(JobActions::Kind kind, int batchSize, const QString& reason)
{
    if (m_results->rowCount() == 0 || isSearching() || isActing())
        return;
    m_bulk = m_operations->bulk(kind, m_results->jobs(), batchSize, reason);
    BulkJobAction* bulk = m_bulk.get();
    connect(bulk, &BulkJobAction::progressed, this, [this, kind](const BulkJobProgress& p) { showBulk(p, kind); });
    connect(bulk, &BulkJobAction::finished, this, [this, kind](const BulkJobProgress& p) {
        showBulk(p, kind);
        m_start->setEnabled(true);
        m_stop->setEnabled(false);
        m_retryAll->setEnabled(true);
        m_removeAll->setEnabled(true);
        emit bulkFinished(p);
    });
    m_start->setEnabled(false);
    m_stop->setEnabled(true);
    m_retryAll->setEnabled(false);
    m_removeAll->setEnabled(false);
    showBulk(BulkJobProgress{}, kind);
    bulk->start();
}

void JobSearchPanel::showBulk(const BulkJobProgress& progress, JobActions::Kind kind)
{
    const QLocale locale;
    const QString verb = kind == JobActions::Kind::Retry ? tr("retried") : tr("removed");
    QString text = tr("%1 of %2 %3 in %4 batch(es), %5 refused")
                       .arg(locale.toString(progress.done),
                            locale.toString(m_results->rowCount()),
                            verb,
                            locale.toString(progress.batches),
                            locale.toString(progress.refused.size()));
    switch (progress.stop) {
    case BulkJobProgress::Stop::Running:
        text += tr(" · working…");
        break;
    case BulkJobProgress::Stop::Stopped:
        text += tr(" · stopped: the other jobs were not tried");
        break;
    case BulkJobProgress::Stop::Failed:
        text = progress.error;
        break;
    case BulkJobProgress::Stop::Done:
        break;
    }
    QStringList refusals;
    for (const BulkJobProgress::Refusal& refusal : progress.refused.mid(0, 20))
        refusals << QStringLiteral("%1/%2: %3").arg(refusal.queue, refusal.id, refusal.reason);
    if (!refusals.isEmpty())
        text += u'\n' + tr("Refused: %1").arg(refusals.join(QStringLiteral("; ")));
    m_progress->setText(text);
}

void JobSearchPanel::showProgress(const JobSearchProgress& progress)
{
    const QLocale locale;
    const QString counts = tr("%1 keys scanned in %2 s (%3 keys/s), %4 jobs read, %5 found")
                               .arg(locale.toString(progress.keysScanned),
                                    locale.toString(double(progress.elapsedMs) / 1000.0, 'f', 1),
                                    locale.toString(qRound64(progress.keysPerSecond())),
                                    locale.toString(progress.jobsRead),
                                    locale.toString(progress.matches));
    if (progress.stop == JobSearchProgress::Stop::Running)
        m_progress->setText(tr("%1 · queue %2 (%3 of %4) · stops at %5 results or when every job is scanned")
                                .arg(counts, progress.queue)
                                .arg(progress.queuesDone + 1)
                                .arg(progress.queuesTotal)
                                .arg(locale.toString(m_search ? m_search->query().maxResults : kResultLimit)));
    else
        m_progress->setText(counts + QStringLiteral(" · ") + progress.stopText());
}
