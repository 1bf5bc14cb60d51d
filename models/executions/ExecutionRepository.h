#pragma once

#include <models/common/Fetched.h>

#include <QDateTime>
#include <QFuture>
#include <QHash>
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
    QString retryOf; // the execution this one retries or resumes
    QString retriedBy; // the execution that retried or resumed this one (read with the detail only)
    int resumeFrom = 0; // resumed from this node; earlier nodes are restored checkpoints
    QString requestedBy;
    QString cursor; // created_at exactly as the server has it (microseconds), for keyset paging

    QJsonObject toJson() const;
    static ExecutionSummary fromJson(const QJsonObject& json); // what toJson wrote (a support snapshot)
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
    int depth = 0; // nesting under other nodes: spans of an imported OTLP trace; a workflow's nodes are flat

    QJsonObject toJson() const;
    static ExecutionNode fromJson(const QJsonObject& json);
};

// Failed executions that share a cause: the error code, the failed node's provider and the message with
// its variable parts masked (the server's ts_error_signature).
struct ErrorGroup
{
    QString errorCode;
    QString provider;
    QString signature;
    qint64 count = 0;
    qint64 tenants = 0;
    QDateTime lastSeen;
    QString sampleId;
    QString sampleMessage;

    QJsonObject toJson() const;
};

struct ExecutionDetail
{
    ExecutionSummary summary;
    QVector<ExecutionNode> nodes;

    QJsonObject toJson() const;
    static ExecutionDetail fromJson(const QJsonObject& json);
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
        QString workflow; // substring of the workflow's name, case-insensitive
        QString errorText; // substring of the error message, case-insensitive
        QStringList ids; // only these executions (live updates); empty: any
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
    // Failed executions matching the filter (its status is ignored), grouped by cause, largest first.
    QFuture<Fetched<QVector<ErrorGroup>>> errorGroups(const Filter& filter, int limit = 50) const;
    // The ids of every execution matching the filter (no paging), newest first, at most `cap`: the
    // selection a bulk action works through.
    QFuture<Fetched<QStringList>> matchingIds(const Filter& filter, int cap = 10000) const;

    // The provider of each priced model (its newest price row): gen_ai.provider.name in an OTLP export.
    QFuture<Fetched<QHash<QString, QString>>> modelProviders() const;

    static const QStringList& statuses();

private:
    PgSession* m_pg;
};
