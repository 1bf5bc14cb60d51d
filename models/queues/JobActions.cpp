#include <models/queues/JobActions.h>

#include <models/common/JsonText.h>
#include <models/common/ReadError.h>
#include <models/common/Validation.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("JobActions", text);
}
} // namespace

JobActions::JobActions(const QueueRepository& queues, PgSession* pg)
    : m_queues(queues)
    , m_pg(pg)
{
}

QString JobActions::consequence(Kind kind, const QString& queue, const QString& id)
{
    if (kind == Kind::Retry)
        return tr("Failed job %1 of queue %2 goes back to waiting, and a worker runs it again once. Its attempts "
                  "made are kept.")
            .arg(id, queue);
    return tr("Job %1 of queue %2 is deleted with its data, logs and result, whatever its state (a running job "
              "is refused). This cannot be undone.")
        .arg(id, queue);
}

QFuture<Fetched<QString>>
JobActions::run(Kind kind, const QString& queue, const QString& id, const QString& reason) const
{
    const QString why = reason.trimmed().isEmpty() ? tr("(no reason given)") : reason.trimmed();
    if (why.size() < 3 || why.size() > 1000) { // the audit record's rule, checked before Redis is changed
        Fetched<QString> refused;
        refused.error = tr("A reason is 3 to 1000 characters (or none at all).");
        return QtFuture::makeReadyFuture(refused);
    }
    QFuture<Fetched<QString>> jobAction = kind == Kind::Retry ? m_queues.retry(queue, id) : m_queues.remove(queue, id);
    PgSession* pg = m_pg;
    return jobAction
        .then([pg, kind, queue, id, why](const Fetched<QString>& done) {
            if (!done.ok())
                return QtFuture::makeReadyFuture(done);
            const QString tenant = Validation::isUuid(done.value) ? done.value : QString();
            const QString action = kind == Kind::Retry ? QStringLiteral("job.retry") : QStringLiteral("job.remove");
            const QJsonObject before{
                {QStringLiteral("queue"), queue},
                {QStringLiteral("state"), kind == Kind::Retry ? QStringLiteral("failed") : QStringLiteral("present")}};
            const QJsonObject after{
                {QStringLiteral("queue"), queue},
                {QStringLiteral("state"), kind == Kind::Retry ? QStringLiteral("wait") : QStringLiteral("removed")}};
            const QVariant tenantValue = tenant.isEmpty() ? QVariant() : QVariant(tenant);
            return pg
                ->query(QStringLiteral("SELECT audit_redis_action(?::uuid, ?, ?, ?::jsonb, ?::jsonb, ?)"),
                        {tenantValue, action, queue + u'/' + id, compactJson(before), compactJson(after), why})
                .then([kind, queue, id](const PgResult& audit) {
                    Fetched<QString> outcome;
                    const QString what = kind == Kind::Retry ? tr("Job %1 of queue %2 is waiting to run again.")
                                                             : tr("Job %1 of queue %2 was removed.");
                    if (!audit.ok()) {
                        outcome.error = what.arg(id, queue) + u' '
                            + tr("But its audit record could not be written: %1").arg(readError(audit));
                        return outcome;
                    }
                    outcome.value = what.arg(id, queue);
                    return outcome;
                });
        })
        .unwrap();
}
