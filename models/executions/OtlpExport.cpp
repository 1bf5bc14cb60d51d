#include <models/executions/OtlpExport.h>

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace
{
constexpr int kSpanKindInternal = 1;
constexpr int kSpanKindClient = 3; // a call to a provider
constexpr int kStatusOk = 1;
constexpr int kStatusError = 2;

QJsonObject attribute(const QString& key, const QJsonValue& value)
{
    QJsonObject typed;
    switch (value.type()) {
    case QJsonValue::Bool:
        typed.insert(QStringLiteral("boolValue"), value);
        break;
    case QJsonValue::Double:
        typed.insert(QStringLiteral("intValue"), QString::number(qint64(value.toDouble())));
        break;
    case QJsonValue::Array: {
        QJsonArray values;
        for (const QJsonValue& item : value.toArray())
            values.append(QJsonObject{{QStringLiteral("stringValue"), item.toString()}});
        typed.insert(QStringLiteral("arrayValue"), QJsonObject{{QStringLiteral("values"), values}});
        break;
    }
    default:
        typed.insert(QStringLiteral("stringValue"), value.toString());
    }
    return {{QStringLiteral("key"), key}, {QStringLiteral("value"), typed}};
}

QString nanos(const QDateTime& at)
{
    return at.isValid() ? QString::number(at.toMSecsSinceEpoch()) + QStringLiteral("000000") : QStringLiteral("0");
}

// The finish reasons a provider's answer gave: OpenAI's choices[].finish_reason, Anthropic's stop_reason,
// or a flat finish_reason (the platform's own record).
QJsonArray finishReasons(const QString& output)
{
    const QJsonObject answer = QJsonDocument::fromJson(output.toUtf8()).object();
    QJsonArray reasons;
    for (const QJsonValue& choice : answer.value(QStringLiteral("choices")).toArray())
        if (choice[QStringLiteral("finish_reason")].isString())
            reasons.append(choice[QStringLiteral("finish_reason")]);
    for (const char* key : {"stop_reason", "finish_reason"})
        if (answer.value(QLatin1String(key)).isString())
            reasons.append(answer.value(QLatin1String(key)));
    return reasons;
}

QJsonObject
nodeSpan(const ExecutionDetail& execution, const ExecutionNode& node, const QHash<QString, QString>& providerOfModel)
{
    const QString& id = execution.summary.id;
    const bool llm = !node.model.isEmpty();
    QJsonArray attributes{attribute(QStringLiteral("tenantscope.node.key"), node.key),
                          attribute(QStringLiteral("tenantscope.node.type"), node.type),
                          attribute(QStringLiteral("tenantscope.node.seq"), node.seq),
                          attribute(QStringLiteral("tenantscope.node.status"), node.status),
                          attribute(QStringLiteral("tenantscope.node.attempt"), node.attempt),
                          attribute(QStringLiteral("tenantscope.cost_usd"), node.costUsd)};
    if (llm) {
        attributes.append(attribute(QStringLiteral("gen_ai.operation.name"), QStringLiteral("chat")));
        const QString provider = providerOfModel.value(node.model);
        if (!provider.isEmpty())
            attributes.append(attribute(QStringLiteral("gen_ai.provider.name"), provider));
        attributes.append(attribute(QStringLiteral("gen_ai.request.model"), node.model));
        attributes.append(attribute(QStringLiteral("gen_ai.usage.input_tokens"), double(node.promptTokens)));
        attributes.append(attribute(QStringLiteral("gen_ai.usage.output_tokens"), double(node.completionTokens)));
        const QJsonArray reasons = finishReasons(node.output);
        if (!reasons.isEmpty())
            attributes.append(attribute(QStringLiteral("gen_ai.response.finish_reasons"), reasons));
    }
    if (!node.input.isEmpty())
        attributes.append(attribute(QStringLiteral("tenantscope.node.input"), node.input));
    if (!node.output.isEmpty())
        attributes.append(attribute(QStringLiteral("tenantscope.node.output"), node.output));
    const bool failed = node.status == QLatin1String("failed");
    const QString end = nanos(node.finishedAt.isValid() ? node.finishedAt : node.startedAt);
    QJsonObject span{{QStringLiteral("traceId"), OtlpExport::traceId(id)},
                     {QStringLiteral("spanId"), OtlpExport::spanId(id, node.seq)},
                     {QStringLiteral("parentSpanId"), OtlpExport::spanId(id, -1)},
                     {QStringLiteral("name"), llm ? QStringLiteral("chat %1").arg(node.model) : node.key},
                     {QStringLiteral("kind"), llm ? kSpanKindClient : kSpanKindInternal},
                     {QStringLiteral("startTimeUnixNano"), nanos(node.startedAt)},
                     {QStringLiteral("endTimeUnixNano"), end},
                     {QStringLiteral("attributes"), attributes}};
    if (failed) {
        span.insert(
            QStringLiteral("status"),
            QJsonObject{{QStringLiteral("code"), kStatusError}, {QStringLiteral("message"), node.errorMessage}});
        QJsonArray eventAttributes{attribute(QStringLiteral("exception.type"), node.errorCode),
                                   attribute(QStringLiteral("exception.message"), node.errorMessage)};
        if (!node.errorStack.isEmpty())
            eventAttributes.append(attribute(QStringLiteral("exception.stacktrace"), node.errorStack));
        span.insert(QStringLiteral("events"),
                    QJsonArray{QJsonObject{{QStringLiteral("timeUnixNano"), end},
                                           {QStringLiteral("name"), QStringLiteral("exception")},
                                           {QStringLiteral("attributes"), eventAttributes}}});
    } else if (node.status == QLatin1String("succeeded")) {
        span.insert(QStringLiteral("status"), QJsonObject{{QStringLiteral("code"), kStatusOk}});
    }
    return span;
}
} // namespace

QString OtlpExport::traceId(const QString& executionId)
{
    QString hex = executionId;
    hex.remove(u'-');
    return hex.toLower();
}

QString OtlpExport::spanId(const QString& executionId, int seq)
{
    const QByteArray digest
        = QCryptographicHash::hash((executionId + u'/' + QString::number(seq)).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.left(8).toHex());
}

QJsonObject OtlpExport::traces(const ExecutionDetail& execution, const QHash<QString, QString>& providerOfModel)
{
    const ExecutionSummary& run = execution.summary;
    QJsonArray spans;
    QJsonObject root{
        {QStringLiteral("traceId"), traceId(run.id)},
        {QStringLiteral("spanId"), spanId(run.id, -1)},
        {QStringLiteral("name"), run.workflow.isEmpty() ? QStringLiteral("execution") : run.workflow},
        {QStringLiteral("kind"), kSpanKindInternal},
        {QStringLiteral("startTimeUnixNano"), nanos(run.startedAt.isValid() ? run.startedAt : run.createdAt)},
        {QStringLiteral("endTimeUnixNano"),
         nanos(run.finishedAt.isValid()      ? run.finishedAt
                   : run.startedAt.isValid() ? run.startedAt
                                             : run.createdAt)},
        {QStringLiteral("attributes"),
         QJsonArray{attribute(QStringLiteral("tenantscope.execution.id"), run.id),
                    attribute(QStringLiteral("tenantscope.tenant.id"), run.tenantId),
                    attribute(QStringLiteral("tenantscope.tenant.name"), run.tenantName),
                    attribute(QStringLiteral("tenantscope.workflow"), run.workflow),
                    attribute(QStringLiteral("tenantscope.execution.status"), run.status),
                    attribute(QStringLiteral("tenantscope.cost_usd"), run.costUsd)}}};
    if (run.status == QLatin1String("failed"))
        root.insert(QStringLiteral("status"),
                    QJsonObject{{QStringLiteral("code"), kStatusError}, {QStringLiteral("message"), run.errorMessage}});
    spans.append(root);
    for (const ExecutionNode& node : execution.nodes)
        spans.append(nodeSpan(execution, node, providerOfModel));
    const QJsonObject resource{
        {QStringLiteral("attributes"),
         QJsonArray{attribute(QStringLiteral("service.name"), QStringLiteral("tenantscope-export")),
                    attribute(QStringLiteral("tenantscope.tenant.id"), run.tenantId)}}};
    const QJsonObject scope{{QStringLiteral("name"), QStringLiteral("tenantscope")},
                            {QStringLiteral("version"), QStringLiteral(TS_VERSION)}};
    return {{QStringLiteral("resourceSpans"),
             QJsonArray{QJsonObject{
                 {QStringLiteral("resource"), resource},
                 {QStringLiteral("scopeSpans"),
                  QJsonArray{QJsonObject{{QStringLiteral("scope"), scope}, {QStringLiteral("spans"), spans}}}}}}}};
}
