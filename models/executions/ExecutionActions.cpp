#include <models/executions/ExecutionActions.h>

#include <models/common/ReadError.h>
#include <models/common/Validation.h>

#include <async/Guarded.h>
#include <net/PgSession.h>

#include <QCoreApplication>

namespace
{
QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ExecutionActions", text, nullptr, n);
}

} // namespace

ExecutionActions::ExecutionActions(PgSession* pg)
    : m_pg(pg)
{
}

QString ExecutionActions::validateReason(const QString& reason)
{
    return Validation::reason(reason);
}

QString ExecutionActions::name(Kind kind)
{
    switch (kind) {
    case Kind::Retry:
        return QStringLiteral("retry");
    case Kind::Resume:
        return QStringLiteral("resume");
    case Kind::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

QString ExecutionActions::consequence(Kind kind, int count)
{
    const bool one = count == 1;
    switch (kind) {
    case Kind::Retry:
        return one ? tr("It will run again from the first node, as a new execution queued now. Every node runs "
                        "again and costs tokens again. The original trace is kept.")
                   : tr("%n failed or cancelled executions will run again from the first node, as new executions "
                        "queued now. Every node runs again and costs tokens again. The original traces are kept.",
                        count);
    case Kind::Resume:
        return one ? tr("It will run again from the node that did not finish, as a new execution queued now. "
                        "Completed checkpoints are carried over and not run again.")
                   : tr("%n failed or cancelled executions will run again from the node that did not finish, as new "
                        "executions queued now. Completed checkpoints are carried over and not run again.",
                        count);
    case Kind::Cancel:
        return one ? tr("It will be cancelled now: its running nodes stop, or it never starts if it is queued. This "
                        "cannot be undone (retry it later if needed).")
                   : tr("%n queued or running executions will be cancelled now: their running nodes stop and queued "
                        "ones never start. This cannot be undone (retry them later if needed).",
                        count);
    }
    return {};
}

bool ExecutionActions::applies(Kind kind, const QString& status)
{
    if (kind == Kind::Cancel)
        return status == QLatin1String("queued") || status == QLatin1String("running");
    return status == QLatin1String("failed") || status == QLatin1String("cancelled");
}

QFuture<Fetched<QString>> ExecutionActions::run(Kind kind, const QString& executionId, const QString& reason) const
{
    Fetched<QString> refused;
    if (!Validation::isUuid(executionId))
        refused.error = tr("\"%1\" is not an execution id (a UUID).").arg(executionId);
    else
        refused.error = validateReason(reason);
    if (!refused.ok())
        return QtFuture::makeReadyFuture(refused);

    QFuture<PgResult> call;
    if (kind == Kind::Cancel)
        call = m_pg->query(QStringLiteral("SELECT execution_cancel(?::uuid, ?)"), {executionId, reason.trimmed()});
    else
        call = m_pg->query(QStringLiteral("SELECT execution_retry(?::uuid, ?::boolean, ?)::text"),
                           {executionId, kind == Kind::Resume, reason.trimmed()});
    return call.then([](const PgResult& result) {
        Fetched<QString> outcome;
        if (!result.ok())
            outcome.error = serverSentence(result);
        else
            outcome.value = result.scalar().toString();
        return outcome;
    });
}

BulkExecutionAction::BulkExecutionAction(const ExecutionActions& actions,
                                         ExecutionActions::Kind kind,
                                         QStringList executionIds,
                                         QString reason,
                                         QObject* parent)
    : QObject(parent)
    , m_actions(actions)
    , m_kind(kind)
    , m_ids(std::move(executionIds))
    , m_reason(std::move(reason))
{
}

void BulkExecutionAction::start()
{
    if (m_running)
        return;
    m_running = true;
    emit progress(0, total());
    next();
}

void BulkExecutionAction::cancel()
{
    m_cancelled = true;
}

void BulkExecutionAction::next()
{
    if (m_cancelled || m_done >= total()) {
        m_running = false;
        emit finished();
        return;
    }
    const QString id = m_ids.at(m_done);
    deliver(m_actions.run(m_kind, id, m_reason), this, [this, id](const Fetched<QString>& outcome) {
        ++m_done;
        if (outcome.ok())
            ++m_succeeded;
        else
            m_refusals.append({id, outcome.error});
        emit progress(m_done, total());
        next();
    });
}
