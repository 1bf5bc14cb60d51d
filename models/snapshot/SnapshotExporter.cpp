#include <models/snapshot/SnapshotExporter.h>

#include <models/queues/QueueRepository.h>
#include <models/snapshot/SecretRedactor.h>
#include <models/tenants/Tenant360.h>
#include <models/tenants/TenantRepository.h>

#include <async/AsyncSteps.h>
#include <async/Guarded.h>

SnapshotExporter::SnapshotExporter(const Source& source, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_redactor(std::make_unique<SecretRedactor>())
{
}

SnapshotExporter::~SnapshotExporter() = default;

void SnapshotExporter::cancel()
{
    if (m_steps)
        m_steps->cancel();
}

template <typename T, typename Keep>
QFuture<QString> SnapshotExporter::part(const QString& name, QFuture<Fetched<T>> read, Keep keep)
{
    // A part that cannot be read is named in the snapshot; the export goes on without it.
    return read.then(this, [this, name, keep](const Fetched<T>& fetched) {
        if (fetched.ok())
            keep(fetched.value);
        else
            m_snapshot.unavailable.insert(name, fetched.error);
        return QString();
    });
}

QFuture<Fetched<SupportSnapshot>> SnapshotExporter::collect(const QString& tenantId)
{
    m_snapshot = SupportSnapshot();
    m_redactor = std::make_unique<SecretRedactor>();
    delete m_steps;
    m_steps = new AsyncSteps(this);
    connect(m_steps, &AsyncSteps::stepStarted, this, [this](const QString& label, int index, int total) {
        emit progress(index, total, label);
    });

    m_steps->add(tr("Tenant, plan and limits"), [this, tenantId] {
        // The one part a snapshot cannot do without: a tenant this connection cannot see stops it.
        return m_source.tenants->detail(tenantId).then(this, [this](const Fetched<TenantDetail>& detail) {
            if (detail.ok())
                m_snapshot.tenant = m_redactor->value(detail.value.toJson()).toObject();
            return detail.error;
        });
    });
    m_steps->add(tr("Live state"), [this, tenantId] {
        return m_source.tenants->liveState(tenantId).then(this, [this](const TenantLiveState& live) {
            m_snapshot.live = m_redactor->value(live.toJson()).toObject();
            return QString();
        });
    });
    addPartSteps(tenantId);
    addExecutionSteps(tenantId);
    addJobSteps(tenantId);

    return m_steps->start().then(this, [this](const QString& error) {
        Fetched<SupportSnapshot> result;
        if (!error.isEmpty()) {
            result.error = error;
            return result;
        }
        m_snapshot.exportedAt = QDateTime::currentDateTimeUtc();
        m_snapshot.profileName = m_source.profileName;
        m_snapshot.exportedBy = m_source.exportedBy;
        m_snapshot.appVersion = m_source.appVersion;
        m_snapshot.redactions = m_redactor->redactions();
        result.value = m_snapshot;
        emit progress(m_steps->count(), m_steps->count(), tr("Done"));
        return result;
    });
}

QFuture<Fetched<SupportSnapshot>> SnapshotExporter::exportTo(const QString& tenantId, const QString& path)
{
    return collect(tenantId)
        .then(this,
              [this, path](const Fetched<SupportSnapshot>& collected) {
                  if (!collected.ok())
                      return QtFuture::makeReadyFuture(collected);
                  emit progress(m_steps->count(), m_steps->count(), tr("Writing the file"));
                  const SupportSnapshot snapshot = collected.value;
                  return snapshot.write(path).then([snapshot](const QString& error) {
                      return Fetched<SupportSnapshot>{error, snapshot};
                  });
              })
        .unwrap();
}

void SnapshotExporter::startExport(const QString& tenantId, const QString& path)
{
    deliver(exportTo(tenantId, path), this, [this, path](const Fetched<SupportSnapshot>& snapshot) {
        emit exported(path, snapshot);
    });
}

void SnapshotExporter::addPartSteps(const QString& tenantId)
{
    const Tenant360* parts = m_source.parts;
    if (!parts)
        return;
    // The 360's own list of parts, so the snapshot holds what the page shows (and nothing it does not).
    for (const Tenant360::Section& section : parts->sections()) {
        m_steps->add(section.title, [this, parts, section, tenantId] {
            return part<QJsonValue>(section.key,
                                    parts->readJson(section.part, tenantId),
                                    [this, key = section.key](const QJsonValue& json) {
                                        m_snapshot.setPart(key, m_redactor->value(json));
                                    });
        });
    }
}

void SnapshotExporter::addExecutionSteps(const QString& tenantId)
{
    ExecutionRepository* executions = m_source.executions;
    if (!executions)
        return;
    m_steps->add(tr("Failed executions"), [this, executions, tenantId] {
        ExecutionRepository::Filter filter;
        filter.tenantId = tenantId;
        filter.status = QStringLiteral("failed");
        filter.from = QDateTime::currentDateTimeUtc().addDays(-Tenant360::kFailureDays);
        filter.limit = kMaxExecutions;
        return part<QVector<ExecutionSummary>>(
            QStringLiteral("executions"),
            executions->list(filter),
            [this, executions](const QVector<ExecutionSummary>& list) {
                // One step per trace, added while the run goes on: each can be cancelled.
                for (const ExecutionSummary& summary : list) {
                    const QString id = summary.id;
                    m_steps->add(tr("Trace of execution %1").arg(id.left(8)), [this, executions, id] {
                        return part<ExecutionDetail>(
                            QStringLiteral("execution ") + id, executions->detail(id), [this](ExecutionDetail detail) {
                                SecretRedactor& r = *m_redactor;
                                detail.summary.errorMessage = r.text(detail.summary.errorMessage);
                                detail.summary.requestedBy = r.text(detail.summary.requestedBy);
                                for (ExecutionNode& node : detail.nodes) {
                                    node.input = r.jsonText(node.input);
                                    node.output = r.jsonText(node.output);
                                    node.errorMessage = r.text(node.errorMessage);
                                    node.errorStack = r.text(node.errorStack);
                                }
                                m_snapshot.executions.append(detail);
                            });
                    });
                }
            });
    });
}

void SnapshotExporter::addJobSteps(const QString& tenantId)
{
    QueueRepository* queues = m_source.queues;
    if (!queues)
        return;
    m_steps->add(tr("Queues"), [this, queues, tenantId] {
        return part<QStringList>(
            QStringLiteral("jobs"), queues->discoverQueues(), [this, queues, tenantId](const QStringList& names) {
                for (const QString& queue : names) {
                    for (const QString& state : {QStringLiteral("failed"), QStringLiteral("active")}) {
                        m_steps->add(tr("%1 jobs in %2").arg(state, queue), [this, queues, tenantId, queue, state] {
                            QueueRepository::JobPage page;
                            page.queue = queue;
                            page.state = state;
                            page.tenantId = tenantId;
                            page.limit = kMaxJobsPerState;
                            return part<QVector<JobSummary>>(
                                QStringLiteral("jobs %1 %2").arg(queue, state),
                                queues->jobs(page),
                                [this, queues](const QVector<JobSummary>& jobs) {
                                    for (const JobSummary& job : jobs) {
                                        const QString queueName = job.queue;
                                        const QString id = job.id;
                                        m_steps->add(tr("Job %1 in %2").arg(id, queueName),
                                                     [this, queues, queueName, id] {
                                                         return part<JobDetail>(
                                                             QStringLiteral("job %1/%2").arg(queueName, id),
                                                             queues->job(queueName, id),
                                                             [this](JobDetail detail) {
                                                                 SecretRedactor& r = *m_redactor;
                                                                 detail.data = r.jsonText(detail.data);
                                                                 detail.options = r.jsonText(detail.options);
                                                                 detail.returnValue = r.jsonText(detail.returnValue);
                                                                 detail.progress = r.jsonText(detail.progress);
                                                                 m_snapshot.jobs.append(r.value(detail.toJson()));
                                                             });
                                                     });
                                    }
                                });
                        });
                    }
                }
            });
    });
}
