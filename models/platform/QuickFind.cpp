#include <models/platform/QuickFind.h>

#include <async/Guarded.h>

#include <models/executions/ExecutionRepository.h>
#include <models/queues/QueueRepository.h>
#include <models/tenants/TenantRepository.h>

#include <models/common/Gathered.h>

#include <QRegularExpression>
#include <QUuid>

#include <memory>

namespace
{
bool looksLikeJobId(const QString& text)
{
    static const QRegularExpression jobId(QStringLiteral("^[A-Za-z0-9:_\\-.]+$"));
    return text.size() <= QuickFind::kMaxJobIdLength && jobId.match(text).hasMatch();
}
} // namespace

QuickFind::QuickFind(TenantRepository* tenants,
                     ExecutionRepository* executions,
                     QueueRepository* queues,
                     QObject* parent)
    : QObject(parent)
    , m_tenants(tenants)
    , m_executions(executions)
    , m_queues(queues)
{
}

QFuture<QuickFindResult> QuickFind::find(const QString& text) const
{
    auto gather = std::make_shared<Gathered<QuickFindResult>>();
    QFuture<QuickFindResult> future = gather->start();
    // The order the palette shows: tenants, then executions, then jobs.
    gather->beforeFinish = [](QuickFindResult& result) {
        std::stable_sort(result.hits.begin(), result.hits.end(), [](const QuickFindHit& a, const QuickFindHit& b) {
            return int(a.kind) < int(b.kind);
        });
    };
    const QString query = text.trimmed();
    if (query.isEmpty()) {
        gather->done();
        return future;
    }
    auto* self = const_cast<QuickFind*>(this); // the context of the continuations: dropped with us
    const auto failed = [gather](const QString& error) {
        if (!gather->value.errors.contains(error))
            gather->value.errors << error;
    };

    if (m_tenants) {
        gather->expect();
        TenantRepository::Page page;
        page.search = query;
        page.limit = kTenantHits;
        m_tenants->list(page).then(self, [gather, failed](const Fetched<QVector<TenantSummary>>& tenants) {
            if (!tenants.ok())
                failed(tenants.error);
            for (const TenantSummary& t : tenants.value)
                gather->value.hits.append({QuickFindHit::Kind::Tenant, t.id, {}, t.name, t.slug});
            gather->done();
        });
    }

    const QUuid uuid = QUuid::fromString(query);
    if (!uuid.isNull() && query.size() == 36) {
        const QString id = uuid.toString(QUuid::WithoutBraces);
        if (m_executions) {
            gather->expect();
            m_executions->detail(id).then(self, [gather, id](const Fetched<ExecutionDetail>& execution) {
                // Not found (or not this login's) is simply no hit: the text may be a tenant's id.
                if (execution.ok() && execution.value.summary.id == id) {
                    const ExecutionSummary& e = execution.value.summary;
                    gather->value.hits.append({QuickFindHit::Kind::Execution,
                                               e.id,
                                               {},
                                               QuickFind::tr("Execution %1").arg(e.id.left(8)),
                                               QStringLiteral("%1 · %2 · %3").arg(e.workflow, e.status, e.tenantName)});
                }
                gather->done();
            });
        }
        if (m_tenants) {
            gather->expect();
            m_tenants->detail(id).then(self, [gather, id](const Fetched<TenantDetail>& tenant) {
                const bool listed
                    = std::any_of(gather->value.hits.begin(), gather->value.hits.end(), [&](const QuickFindHit& h) {
                          return h.kind == QuickFindHit::Kind::Tenant && h.id == id;
                      });
                if (tenant.ok() && tenant.value.summary.id == id && !listed)
                    gather->value.hits.append(
                        {QuickFindHit::Kind::Tenant, id, {}, tenant.value.summary.name, tenant.value.summary.slug});
                gather->done();
            });
        }
    }

    if (m_queues && looksLikeJobId(query)) {
        gather->expect();
        QueueRepository* queues = m_queues;
        m_queues->discoverQueues().then(self, [gather, failed, queues, query, self](const Fetched<QStringList>& names) {
            if (!names.ok())
                failed(names.error);
            for (const QString& queue : names.value) {
                gather->expect();
                queues->job(queue, query).then(self, [gather, queue](const Fetched<JobDetail>& job) {
                    if (job.ok() && !job.value.summary.id.isEmpty()) // "not in this queue" is no hit
                        gather->value.hits.append(
                            {QuickFindHit::Kind::Job,
                             job.value.summary.id,
                             queue,
                             QuickFind::tr("Job %1 in %2").arg(job.value.summary.id, queue),
                             QStringLiteral("%1 · %2").arg(job.value.summary.name, job.value.summary.state)});
                    gather->done();
                });
            }
            gather->done();
        });
    }
    gather->done(); // every lookup started
    return future;
}

void QuickFind::search(const QString& text)
{
    const quint64 generation = ++m_generation;
    deliver(find(text), this, [this, generation](const QuickFindResult& result) {
        if (generation == m_generation)
            emit found(result);
    });
}
