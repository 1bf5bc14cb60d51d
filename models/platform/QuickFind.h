#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QVector>

class ExecutionRepository;
class QueueRepository;
class TenantRepository;

struct QuickFindHit
{
    enum class Kind
    {
        Tenant,
        Execution,
        Job,
    };
    Kind kind = Kind::Tenant;
    QString id; // tenant or execution UUID, or the job's id
    QString queue; // jobs only
    QString title;
    QString detail;
};

struct QuickFindResult
{
    QVector<QuickFindHit> hits;
    QStringList errors; // a source that failed (not permitted, connection lost), said plainly
};

// What the command palette (Ctrl+K) finds as the user types, through the same repositories as the
// pages (so the same row-level security and ACLs): tenants by name or slug; a pasted UUID as the
// tenant or execution it names; a job id in every BullMQ queue.
class QuickFind : public QObject
{
    Q_OBJECT

public:
    QuickFind(TenantRepository* tenants,
              ExecutionRepository* executions,
              QueueRepository* queues,
              QObject* parent = nullptr);

    QFuture<QuickFindResult> find(const QString& text) const;
    // For a search box: find(), answered by `found` only while it is the latest search.
    void search(const QString& text);
    // A search still on its way is dropped (the box was emptied).
    void dropSearch() { ++m_generation; }

    static constexpr int kTenantHits = 8;
    static constexpr int kMaxJobIdLength = 128;

signals:
    void found(const QuickFindResult& result);

private:
    quint64 m_generation = 0;
    TenantRepository* m_tenants;
    ExecutionRepository* m_executions;
    QueueRepository* m_queues;
};
