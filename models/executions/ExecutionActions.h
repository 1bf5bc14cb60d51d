#pragma once

#include <models/common/Fetched.h>

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class PgSession;

// Retry, resume and cancel, each one call of the platform's audited server function (the role check,
// the state check and the audit record happen there, in one transaction).
class ExecutionActions
{
public:
    enum class Kind
    {
        Retry, // run again from the first node
        Resume, // run again from the failed node; completed checkpoints are not run again
        Cancel, // stop a queued or running execution
    };

    explicit ExecutionActions(PgSession* pg);

    // The result is the new execution's id (retry, resume) or the status the execution had (cancel).
    QFuture<Fetched<QString>> run(Kind kind, const QString& executionId, const QString& reason) const;

    static QString validateReason(const QString& reason);
    static QString name(Kind kind);
    // What exactly will happen, for the confirmation before acting on `count` executions.
    static QString consequence(Kind kind, int count);
    // Whether an execution in `status` can take the action (the server decides; this only greys out).
    static bool applies(Kind kind, const QString& status);

private:
    PgSession* m_pg;
};

// One action over a selection of executions, one at a time, each in its own audited transaction; reports
// progress, stops between two executions when cancelled, and keeps every refusal with its reason.
class BulkExecutionAction : public QObject
{
    Q_OBJECT

public:
    struct Refusal
    {
        QString executionId;
        QString reason;
    };

    BulkExecutionAction(const ExecutionActions& actions,
                        ExecutionActions::Kind kind,
                        QStringList executionIds,
                        QString reason,
                        QObject* parent = nullptr);

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    int done() const { return m_done; }
    int succeeded() const { return m_succeeded; }
    int total() const { return int(m_ids.size()); }
    bool wasCancelled() const { return m_cancelled; }
    const QList<Refusal>& refusals() const { return m_refusals; }

signals:
    void progress(int done, int total);
    void finished();

private:
    void next();

    ExecutionActions m_actions;
    ExecutionActions::Kind m_kind;
    QStringList m_ids;
    QString m_reason;
    int m_done = 0;
    int m_succeeded = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QList<Refusal> m_refusals;
};
