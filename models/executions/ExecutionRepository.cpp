#include <models/common/TenantScope.h>
#include <models/executions/ExecutionRepository.h>

#include <models/common/ReadError.h>
#include <models/common/Validation.h>
#include <models/tenants/TenantRepository.h>

#include <net/PgSession.h>

#include <QCoreApplication>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("ExecutionRepository", text);
}

QString isoUtc(const QDateTime& when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QJsonValue optionalText(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

const QString kColumns = QStringLiteral(
    "e.id::text, e.tenant_id::text, t.name, w.name, e.status, e.created_at, e.started_at, e.finished_at, "
    "e.total_tokens, "
    "e.cost_usd::text, coalesce(e.error_code, ''), coalesce(e.error_message, ''), coalesce(e.queue, ''), "
    "coalesce(e.job_id, ''), coalesce(e.retry_of::text, ''), coalesce(e.resume_from, 0), "
    "coalesce(e.requested_by, ''), e.created_at::text "
    "FROM executions e JOIN tenants t ON t.id = e.tenant_id JOIN workflows w ON w.id = e.workflow_id ");

// The filter's conditions; every value is bound, an empty one switches its condition off.
const QString kFilterConditions = QStringLiteral("(? = '' OR e.tenant_id = nullif(?, '')::uuid) "
                                                 "AND (? = '' OR e.status = ?) "
                                                 "AND (? = '' OR w.name ILIKE ?) "
                                                 "AND (? = '' OR e.error_message ILIKE ?) "
                                                 "AND (?::timestamptz IS NULL OR e.created_at >= ?::timestamptz) "
                                                 "AND (?::timestamptz IS NULL OR e.created_at < ?::timestamptz) "
                                                 "AND (?::uuid[] IS NULL OR e.id = ANY (?::uuid[])) ");

ExecutionSummary summaryFrom(const QVariantList& row)
{
    ExecutionSummary e;
    e.id = row.at(0).toString();
    e.tenantId = row.at(1).toString();
    e.tenantName = row.at(2).toString();
    e.workflow = row.at(3).toString();
    e.status = row.at(4).toString();
    e.createdAt = row.at(5).toDateTime();
    e.startedAt = row.at(6).toDateTime();
    e.finishedAt = row.at(7).toDateTime();
    e.totalTokens = row.at(8).toLongLong();
    e.costUsd = row.at(9).toString();
    e.errorCode = row.at(10).toString();
    e.errorMessage = row.at(11).toString();
    e.queue = row.at(12).toString();
    e.jobId = row.at(13).toString();
    e.retryOf = row.at(14).toString();
    e.resumeFrom = row.at(15).toInt();
    e.requestedBy = row.at(16).toString();
    e.cursor = row.at(17).toString();
    return e;
}

QVariantList filterParams(const ExecutionRepository::Filter& filter, const QString& status)
{
    const QVariant none;
    const auto when = [&none](const QDateTime& t) { return t.isValid() ? QVariant(isoUtc(t)) : none; };
    const QString workflowPattern = TenantRepository::likePattern(filter.workflow);
    const QString errorPattern = TenantRepository::likePattern(filter.errorText);
    const QVariant idArray = filter.ids.isEmpty() ? none : QVariant(u'{' + filter.ids.join(u',') + u'}');
    return {filter.tenantId,
            filter.tenantId,
            status,
            status,
            filter.workflow,
            workflowPattern,
            filter.errorText,
            errorPattern,
            when(filter.from),
            when(filter.from),
            when(filter.to),
            when(filter.to),
            idArray,
            idArray};
}

} // namespace

const QStringList& ExecutionRepository::statuses()
{
    static const QStringList all{QStringLiteral("queued"),
                                 QStringLiteral("running"),
                                 QStringLiteral("succeeded"),
                                 QStringLiteral("failed"),
                                 QStringLiteral("cancelled")};
    return all;
}

QString ExecutionRepository::Filter::validate() const
{
    if (!tenantId.isEmpty() && !Validation::isUuid(tenantId))
        return tr("\"%1\" is not a tenant id (a UUID).").arg(tenantId);
    if (!status.isEmpty() && !statuses().contains(status))
        return tr("Unknown status \"%1\" (use one of %2).").arg(status, statuses().join(QStringLiteral(", ")));
    if (from.isValid() && to.isValid() && from > to)
        return tr("The time range starts after it ends.");
    if (workflow.size() > 200)
        return tr("The workflow name to search for is limited to 200 characters.");
    if (errorText.size() > 500)
        return tr("The error text to search for is limited to 500 characters.");
    for (const QString& id : ids)
        if (!Validation::isUuid(id))
            return tr("\"%1\" is not an execution id (a UUID).").arg(id);
    if (!beforeId.isEmpty() && !Validation::isUuid(beforeId))
        return tr("Invalid page cursor.");
    return {};
}

QJsonObject ExecutionSummary::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("tenant_id"), tenantId},
            {QStringLiteral("tenant"), tenantName},
            {QStringLiteral("workflow"), workflow},
            {QStringLiteral("status"), status},
            {QStringLiteral("created_at"), isoUtc(createdAt)},
            {QStringLiteral("started_at"), optionalText(isoUtc(startedAt))},
            {QStringLiteral("finished_at"), optionalText(isoUtc(finishedAt))},
            {QStringLiteral("total_tokens"), double(totalTokens)},
            {QStringLiteral("cost_usd"), costUsd},
            {QStringLiteral("error_code"), optionalText(errorCode)},
            {QStringLiteral("error_message"), optionalText(errorMessage)},
            {QStringLiteral("queue"), optionalText(queue)},
            {QStringLiteral("job_id"), optionalText(jobId)},
            {QStringLiteral("retry_of"), optionalText(retryOf)},
            {QStringLiteral("retried_by"), optionalText(retriedBy)},
            {QStringLiteral("resume_from"), resumeFrom > 0 ? QJsonValue(resumeFrom) : QJsonValue()},
            {QStringLiteral("requested_by"), optionalText(requestedBy)}};
}

QJsonObject ErrorGroup::toJson() const
{
    return {{QStringLiteral("error_code"), errorCode},
            {QStringLiteral("provider"), optionalText(provider)},
            {QStringLiteral("signature"), signature},
            {QStringLiteral("count"), double(count)},
            {QStringLiteral("tenants"), double(tenants)},
            {QStringLiteral("last_seen"), isoUtc(lastSeen)},
            {QStringLiteral("sample_id"), sampleId},
            {QStringLiteral("sample_message"), sampleMessage}};
}

QJsonObject ExecutionNode::toJson() const
{
    QJsonObject json{{QStringLiteral("seq"), seq},
                     {QStringLiteral("key"), key},
                     {QStringLiteral("type"), type},
                     {QStringLiteral("status"), status},
                     {QStringLiteral("started_at"), optionalText(isoUtc(startedAt))},
                     {QStringLiteral("finished_at"), optionalText(isoUtc(finishedAt))},
                     {QStringLiteral("attempt"), attempt},
                     {QStringLiteral("will_retry"), willRetry},
                     {QStringLiteral("model"), optionalText(model)},
                     {QStringLiteral("prompt_tokens"), double(promptTokens)},
                     {QStringLiteral("completion_tokens"), double(completionTokens)},
                     {QStringLiteral("cost_usd"), costUsd},
                     {QStringLiteral("input"), optionalText(input)},
                     {QStringLiteral("output"), optionalText(output)},
                     {QStringLiteral("error_code"), optionalText(errorCode)},
                     {QStringLiteral("error_message"), optionalText(errorMessage)},
                     {QStringLiteral("error_stack"), optionalText(errorStack)}};
    if (depth > 0)
        json.insert(QStringLiteral("depth"), depth);
    return json;
}

QJsonObject ExecutionDetail::toJson() const
{
    QJsonObject json = summary.toJson();
    QJsonArray array;
    for (const ExecutionNode& node : nodes)
        array.append(node.toJson());
    json.insert(QStringLiteral("nodes"), array);
    return json;
}

namespace
{
QDateTime timeFromJson(const QJsonValue& value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// Counts were written as JSON numbers (doubles): anything else, or out of range, reads as 0.
qint64 countFromJson(const QJsonValue& value)
{
    const double number = value.toDouble();
    return number >= 0 && number < 9e15 ? qint64(number) : 0;
}
} // namespace

ExecutionSummary ExecutionSummary::fromJson(const QJsonObject& json)
{
    ExecutionSummary e;
    e.id = json.value(QStringLiteral("id")).toString();
    e.tenantId = json.value(QStringLiteral("tenant_id")).toString();
    e.tenantName = json.value(QStringLiteral("tenant")).toString();
    e.workflow = json.value(QStringLiteral("workflow")).toString();
    e.status = json.value(QStringLiteral("status")).toString();
    e.createdAt = timeFromJson(json.value(QStringLiteral("created_at")));
    e.startedAt = timeFromJson(json.value(QStringLiteral("started_at")));
    e.finishedAt = timeFromJson(json.value(QStringLiteral("finished_at")));
    e.totalTokens = countFromJson(json.value(QStringLiteral("total_tokens")));
    e.costUsd = json.value(QStringLiteral("cost_usd")).toString(QStringLiteral("0"));
    e.errorCode = json.value(QStringLiteral("error_code")).toString();
    e.errorMessage = json.value(QStringLiteral("error_message")).toString();
    e.queue = json.value(QStringLiteral("queue")).toString();
    e.jobId = json.value(QStringLiteral("job_id")).toString();
    e.retryOf = json.value(QStringLiteral("retry_of")).toString();
    e.retriedBy = json.value(QStringLiteral("retried_by")).toString();
    e.resumeFrom = json.value(QStringLiteral("resume_from")).toInt();
    e.requestedBy = json.value(QStringLiteral("requested_by")).toString();
    return e;
}

ExecutionNode ExecutionNode::fromJson(const QJsonObject& json)
{
    ExecutionNode n;
    n.seq = json.value(QStringLiteral("seq")).toInt();
    n.depth = qBound(0, json.value(QStringLiteral("depth")).toInt(), 64);
    n.key = json.value(QStringLiteral("key")).toString();
    n.type = json.value(QStringLiteral("type")).toString();
    n.status = json.value(QStringLiteral("status")).toString();
    n.startedAt = timeFromJson(json.value(QStringLiteral("started_at")));
    n.finishedAt = timeFromJson(json.value(QStringLiteral("finished_at")));
    n.attempt = json.value(QStringLiteral("attempt")).toInt(1);
    n.willRetry = json.value(QStringLiteral("will_retry")).toBool();
    n.model = json.value(QStringLiteral("model")).toString();
    n.promptTokens = countFromJson(json.value(QStringLiteral("prompt_tokens")));
    n.completionTokens = countFromJson(json.value(QStringLiteral("completion_tokens")));
    n.costUsd = json.value(QStringLiteral("cost_usd")).toString(QStringLiteral("0"));
    n.input = json.value(QStringLiteral("input")).toString();
    n.output = json.value(QStringLiteral("output")).toString();
    n.errorCode = json.value(QStringLiteral("error_code")).toString();
    n.errorMessage = json.value(QStringLiteral("error_message")).toString();
    n.errorStack = json.value(QStringLiteral("error_stack")).toString();
    return n;
}

ExecutionDetail ExecutionDetail::fromJson(const QJsonObject& json)
{
    ExecutionDetail detail;
    detail.summary = ExecutionSummary::fromJson(json);
    for (const QJsonValue& node : json.value(QStringLiteral("nodes")).toArray())
        detail.nodes.append(ExecutionNode::fromJson(node.toObject()));
    return detail;
}

ExecutionRepository::ExecutionRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<QVector<ExecutionSummary>>> ExecutionRepository::list(const Filter& filter) const
{
    const QString invalid = filter.validate();
    if (!invalid.isEmpty())
        return refusedFuture<QVector<ExecutionSummary>>(invalid);
    const QString sql = QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE ") + kFilterConditions
        + QStringLiteral("AND (?::timestamptz IS NULL OR (e.created_at, e.id) < (?::timestamptz, nullif(?, '')::uuid)) "
                         "ORDER BY e.created_at DESC, e.id DESC LIMIT ?");
    // The keyset cursor: NULL timestamps are invalid QVariants.
    const QVariant cursor = filter.beforeCursor.isEmpty() ? QVariant() : QVariant(filter.beforeCursor);
    const QString beforeId
        = filter.beforeId.isEmpty() ? QStringLiteral("ffffffff-ffff-ffff-ffff-ffffffffffff") : filter.beforeId;
    QVariantList params = filterParams(filter, filter.status);
    params << cursor << cursor << beforeId << qBound(1, filter.limit, 1000);
    return refuseUnseenTenant<QVector<ExecutionSummary>>(m_pg, filter.tenantId, [&] {
        return m_pg->read(sql, params).then([](const PgResult& result) {
            Fetched<QVector<ExecutionSummary>> fetched;
            fetched.freshness = Freshness::of(result);
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            fetched.value.reserve(result.rows.size());
            for (const QVariantList& row : result.rows)
                fetched.value.append(summaryFrom(row));
            return fetched;
        });
    });
}

QFuture<Fetched<QVector<ErrorGroup>>> ExecutionRepository::errorGroups(const Filter& filter, int limit) const
{
    const QString invalid = filter.validate();
    if (!invalid.isEmpty())
        return refusedFuture<QVector<ErrorGroup>>(invalid);
    // The provider is the failed node's model's; the newest failure of each group is its sample.
    const QString sql
        = QStringLiteral(
              "SELECT g.error_code, g.provider, g.signature, g.n, g.tenants, g.last_seen, g.sample[1]::text, "
              "       (SELECT error_message FROM executions WHERE id = g.sample[1]) "
              "FROM (SELECT e.error_code, coalesce(p.provider, '') AS provider, "
              "             ts_error_signature(e.error_message) AS signature, count(*) AS n, "
              "             count(DISTINCT e.tenant_id) AS tenants, max(e.created_at) AS last_seen, "
              "             array_agg(e.id ORDER BY e.created_at DESC) AS sample "
              "      FROM executions e JOIN workflows w ON w.id = e.workflow_id "
              "      LEFT JOIN LATERAL (SELECT mp.provider FROM execution_nodes n "
              "                         JOIN model_prices mp ON mp.model = n.model "
              "                         WHERE n.execution_id = e.id AND n.status = 'failed' LIMIT 1) p ON true "
              "      WHERE ")
        + kFilterConditions
        + QStringLiteral("      GROUP BY 1, 2, 3) g "
                         "ORDER BY g.n DESC, g.last_seen DESC LIMIT ?");
    QVariantList params = filterParams(filter, QStringLiteral("failed"));
    params << qBound(1, limit, 500);
    return refuseUnseenTenant<QVector<ErrorGroup>>(m_pg, filter.tenantId, [&] {
        return m_pg->read(sql, params).then([](const PgResult& result) {
            Fetched<QVector<ErrorGroup>> fetched;
            fetched.freshness = Freshness::of(result);
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                ErrorGroup group;
                group.errorCode = row.at(0).toString();
                group.provider = row.at(1).toString();
                group.signature = row.at(2).toString();
                group.count = row.at(3).toLongLong();
                group.tenants = row.at(4).toLongLong();
                group.lastSeen = row.at(5).toDateTime();
                group.sampleId = row.at(6).toString();
                group.sampleMessage = row.at(7).toString();
                fetched.value.append(group);
            }
            return fetched;
        });
    });
}

QFuture<Fetched<QStringList>> ExecutionRepository::matchingIds(const Filter& filter, int cap) const
{
    const QString invalid = filter.validate();
    if (!invalid.isEmpty())
        return refusedFuture<QStringList>(invalid);
    const QString sql = QStringLiteral("SELECT e.id::text FROM executions e JOIN workflows w ON w.id = e.workflow_id "
                                       "WHERE ")
        + kFilterConditions + QStringLiteral("ORDER BY e.created_at DESC, e.id DESC LIMIT ?");
    QVariantList params = filterParams(filter, filter.status);
    params << qBound(1, cap, 100000);
    return m_pg->query(sql, params).then([](const PgResult& result) {
        Fetched<QStringList> fetched;
        if (!result.ok()) {
            fetched.error = readError(result);
            return fetched;
        }
        for (const QVariantList& row : result.rows)
            fetched.value.append(row.at(0).toString());
        return fetched;
    });
}

QFuture<Fetched<QHash<QString, QString>>> ExecutionRepository::modelProviders() const
{
    return m_pg
        ->query(QStringLiteral("SELECT DISTINCT ON (model) model, provider FROM model_prices "
                               "ORDER BY model, effective_from DESC"))
        .then([](const PgResult& result) {
            Fetched<QHash<QString, QString>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows)
                fetched.value.insert(row.at(0).toString(), row.at(1).toString());
            return fetched;
        });
}

QFuture<Fetched<ExecutionDetail>> ExecutionRepository::detail(const QString& executionId) const
{
    if (!Validation::isUuid(executionId))
        return refusedFuture<ExecutionDetail>(tr("\"%1\" is not an execution id (a UUID).").arg(executionId));
    QList<QFuture<PgResult>> reads{
        m_pg->query(QStringLiteral("SELECT ") + kColumns + QStringLiteral("WHERE e.id = ?::uuid"), {executionId}),
        m_pg->query(
            QStringLiteral("SELECT seq, node_key, node_type, status, started_at, finished_at, attempt, will_retry, "
                           "coalesce(model, ''), prompt_tokens, completion_tokens, cost_usd::text, "
                           "coalesce(input::text, ''), coalesce(output::text, ''), coalesce(error_code, ''), "
                           "coalesce(error_message, ''), coalesce(error_stack, '') "
                           "FROM execution_nodes WHERE execution_id = ?::uuid ORDER BY seq"),
            {executionId}),
        m_pg->query(QStringLiteral("SELECT id::text FROM executions WHERE retry_of = ?::uuid"), {executionId})};
    return QtFuture::whenAll(reads.begin(), reads.end()).then([executionId](const QList<QFuture<PgResult>>& done) {
        Fetched<ExecutionDetail> fetched;
        const PgResult head = done.at(0).result();
        const PgResult nodes = done.at(1).result();
        const PgResult retry = done.at(2).result();
        if (!head.ok() || !nodes.ok()) {
            fetched.error = readError(head.ok() ? nodes : head);
            return fetched;
        }
        if (head.rows.isEmpty()) {
            fetched.error
                = tr("Execution %1 was not found, or your login is not permitted to see it.").arg(executionId);
            return fetched;
        }
        fetched.value.summary = summaryFrom(head.rows.first());
        if (retry.ok() && !retry.rows.isEmpty()) // at most one (executions_one_retry)
            fetched.value.summary.retriedBy = retry.rows.first().value(0).toString();
        fetched.value.nodes.reserve(nodes.rows.size());
        for (const QVariantList& row : nodes.rows) {
            ExecutionNode node;
            node.seq = row.at(0).toInt();
            node.key = row.at(1).toString();
            node.type = row.at(2).toString();
            node.status = row.at(3).toString();
            node.startedAt = row.at(4).toDateTime();
            node.finishedAt = row.at(5).toDateTime();
            node.attempt = row.at(6).toInt();
            node.willRetry = row.at(7).toBool();
            node.model = row.at(8).toString();
            node.promptTokens = row.at(9).toLongLong();
            node.completionTokens = row.at(10).toLongLong();
            node.costUsd = row.at(11).toString();
            node.input = row.at(12).toString();
            node.output = row.at(13).toString();
            node.errorCode = row.at(14).toString();
            node.errorMessage = row.at(15).toString();
            node.errorStack = row.at(16).toString();
            fetched.value.nodes.append(node);
        }
        return fetched;
    });
}
