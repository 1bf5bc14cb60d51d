#pragma once

#include <models/common/Fetched.h>
#include <models/queues/QueueRepository.h>

#include <QFuture>

class PgSession;

// Retry and remove a BullMQ job, then write the audit record (who, when, what, why) in PostgreSQL.
// Redis and PostgreSQL cannot commit together: the job action happens first (atomically, in Redis) and
// is then recorded; if the record cannot be written the answer says so plainly.
class JobActions
{
public:
    enum class Kind
    {
        Retry,
        Remove,
    };

    JobActions(const QueueRepository& queues, PgSession* pg);

    // The result is a sentence saying what was done.
    QFuture<Fetched<QString>> run(Kind kind, const QString& queue, const QString& id, const QString& reason) const;

    static QString consequence(Kind kind, const QString& queue, const QString& id);

private:
    QueueRepository m_queues;
    PgSession* m_pg;
};
