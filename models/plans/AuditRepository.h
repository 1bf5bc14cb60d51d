#pragma once

#include <models/common/Fetched.h>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QVector>

class PgSession;

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString tenantId;
    QString action;
    QString objectType;
    QString objectId;
    QString before; // JSON text
    QString after;
    QString reason;
    QJsonObject toJson() const;
};

// The append-only audit log: who, when, what, before, after and why; newest first, filtered on the
// server, in keyset pages (row-level security decides which rows a login sees).
class AuditRepository
{
public:
    explicit AuditRepository(PgSession* pg);

    struct Filter
    {
        QString tenantId;
        QString action; // prefix: "plan." or "execution.retry"
        QString actor;
        QDateTime from;
        QDateTime to;
        qint64 beforeId = 0; // keyset: the last id of the previous page
        int limit = 200;
        QString validate() const;
    };

    QFuture<Fetched<QVector<AuditEntry>>> list(const Filter& filter) const;

private:
    PgSession* m_pg;
};
