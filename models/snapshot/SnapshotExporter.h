#pragma once

#include <models/common/Fetched.h>
#include <models/snapshot/SupportSnapshot.h>

#include <QFuture>
#include <QObject>
#include <QPointer>

class AsyncSteps;
class QueueRepository;
class SecretRedactor;
class Tenant360;
class TenantRepository;

// Gathers a support snapshot of one tenant, part by part through the same repositories as the pages
// (so under the same row-level security and ACLs), one read at a time so it can be cancelled between
// any two and reports how far it is. A part the connection cannot read is recorded as unavailable;
// only the tenant itself is required. Everything is redacted before it is kept.
class SnapshotExporter : public QObject
{
    Q_OBJECT

public:
    struct Source
    {
        TenantRepository* tenants = nullptr; // required
        const Tenant360* parts = nullptr; // the 360's parts (each optional)
        ExecutionRepository* executions = nullptr; // failed executions with traces (optional)
        QueueRepository* queues = nullptr; // failed and active jobs (optional)
        QString profileName;
        QString exportedBy;
        QString appVersion;
    };

    static constexpr int kMaxExecutions = 20; // the newest failed, last Tenant360::kFailureDays days
    static constexpr int kMaxJobsPerState = 10; // per queue, failed and active

    explicit SnapshotExporter(const Source& source, QObject* parent = nullptr);
    ~SnapshotExporter() override;

    QFuture<Fetched<SupportSnapshot>> collect(const QString& tenantId);
    // Collects and writes the file atomically: the snapshot as written, or why there is none.
    QFuture<Fetched<SupportSnapshot>> exportTo(const QString& tenantId, const QString& path);
    // The same for a window: answered by `exported`.
    void startExport(const QString& tenantId, const QString& path);
    void cancel();

signals:
    // `done` of `total` reads so far (the total grows as lists come in), with what is being read.
    void progress(int done, int total, const QString& what);
    void exported(const QString& path, const Fetched<SupportSnapshot>& snapshot);

private:
    using Step = std::function<QFuture<QString>()>;
    void addPartSteps(const QString& tenantId);
    void addExecutionSteps(const QString& tenantId);
    void addJobSteps(const QString& tenantId);
    template <typename T, typename Keep>
    QFuture<QString> part(const QString& name, QFuture<Fetched<T>> read, Keep keep);

    Source m_source;
    AsyncSteps* m_steps = nullptr;
    SupportSnapshot m_snapshot;
    std::unique_ptr<SecretRedactor> m_redactor;
};
