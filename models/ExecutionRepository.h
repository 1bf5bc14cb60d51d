#pragma once

#include "Fetched.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>
#include <QJsonObject>
#include <QVector>

class PgSession;

struct ExecutionSummary
{
    QString id;
    QString tenantId;
    QString tenantName;
    QString workflow;
    QString status;
    QDateTime createdAt;
    QDateTime startedAt;
    QDateTime finishedAt;
    qint64 totalTokens = 0;
    QString costUsd = QStringLiteral("0");
    QString errorCode;
    QString errorMessage;
    QString queue;
    QString jobId;
    QString cursor; // created_at exactly as the server has it (microseconds), for keyset paging

    QJsonObject toJson() const;
};

struct ExecutionNode
{
    int seq = 0;
    QString key;
    QString type;
    QString status;
    QDateTime startedAt;
    QDateTime finishedAt;
    int attempt = 1;
    bool willRetry = false;
    QString model;
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    QString costUsd = QStringLiteral("0");
    QString input; // JSON text, shown as data
    QString output;
    QString errorCode;
    QString errorMessage;
    QString errorStack;

    QJsonObject toJson() const;
};

struct ExecutionDetail
{
    ExecutionSummary summary;
    QVector<ExecutionNode> nodes;

    QJsonObject toJson() const;
};

// Workflow executions and their checkpointed nodes: newest first, filtered on the server (tenant,
// status, time, error text through the trigram index), in keyset pages.
class ExecutionRepository
{
public:
    explicit ExecutionRepository(PgSession* pg);

    struct Filter
    {
        QString tenantId;
        QString status; // empty: any
        QString errorText; // substring of the error message, case-insensitive
        QDateTime from;
        QDateTime to;
        // keyset: the last row of the previous page (its cursor and id). QDateTime keeps milliseconds
        // only, so the cursor is the server's own text.
        QString beforeCursor;
        QString beforeId;
        int limit = 100;

        QString validate() const;
    };

    QFuture<Fetched<QVector<ExecutionSummary>>> list(const Filter& filter) const;
    QFuture<Fetched<ExecutionDetail>> detail(const QString& executionId) const;

    static const QStringList& statuses();

private:
    PgSession* m_pg;
};
