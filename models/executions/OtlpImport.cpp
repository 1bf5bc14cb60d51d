#include <models/executions/OtlpImport.h>

#include <async/OnPool.h>
#include <models/common/JsonText.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>

namespace
{
constexpr int kMaxWarningsNamed = 20;
constexpr int kMaxAnyValueDepth = 32;

// One span as the file has it, its attributes already plain JSON.
struct Span
{
    QString traceId;
    QString spanId;
    QString parentId;
    QString name;
    int kind = 0;
    qint64 startNanos = 0;
    qint64 endNanos = 0;
    int statusCode = 0;
    QString statusMessage;
    QJsonObject attributes;
    QJsonObject resource;
    struct Event
    {
        QString name;
        QJsonObject attributes;
    };
    QVector<Event> events;
};

// OTLP/JSON writes ids as hex; some producers (protobuf's own JSON mapping) write base64. Either is read;
// the answer is lower-case hex of the expected length, or empty.
QString idHex(const QJsonValue& value, int bytes)
{
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    if (text.size() == bytes * 2 && hex.match(text).hasMatch())
        return text.toLower();
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (decoded && decoded.decoded.size() == bytes)
        return QString::fromLatin1(decoded.decoded.toHex());
    return {};
}

// 64-bit integers are strings in OTLP/JSON; numbers are accepted too.
bool integer(const QJsonValue& value, qint64* out)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (number < -9.2e18 || number > 9.2e18)
            return false;
        *out = qint64(number);
        return true;
    }
    bool ok = false;
    *out = value.toString().toLongLong(&ok);
    return ok;
}

QJsonValue plainValue(const QJsonObject& any, int depth = 0)
{
    if (depth > kMaxAnyValueDepth)
        return QJsonValue();
    if (any.contains(QLatin1String("stringValue")))
        return any.value(QLatin1String("stringValue")).toString();
    if (any.contains(QLatin1String("boolValue")))
        return any.value(QLatin1String("boolValue")).toBool();
    if (any.contains(QLatin1String("intValue"))) {
        qint64 number = 0;
        return integer(any.value(QLatin1String("intValue")), &number) ? QJsonValue(double(number)) : QJsonValue();
    }
    if (any.contains(QLatin1String("doubleValue"))) {
        const QJsonValue value = any.value(QLatin1String("doubleValue"));
        return value.isDouble() ? value : QJsonValue(value.toString().toDouble());
    }
    if (any.contains(QLatin1String("arrayValue"))) {
        QJsonArray values;
        for (const QJsonValue& item : any.value(QLatin1String("arrayValue"))[QLatin1String("values")].toArray())
            values.append(plainValue(item.toObject(), depth + 1));
        return values;
    }
    if (any.contains(QLatin1String("kvlistValue"))) {
        QJsonObject values;
        for (const QJsonValue& item : any.value(QLatin1String("kvlistValue"))[QLatin1String("values")].toArray())
            values.insert(item[QLatin1String("key")].toString(),
                          plainValue(item[QLatin1String("value")].toObject(), depth + 1));
        return values;
    }
    if (any.contains(QLatin1String("bytesValue")))
        return any.value(QLatin1String("bytesValue")).toString();
    return QJsonValue();
}

QJsonObject plainAttributes(const QJsonValue& list)
{
    QJsonObject attributes;
    for (const QJsonValue& item : list.toArray()) {
        const QString key = item[QLatin1String("key")].toString();
        if (!key.isEmpty())
            attributes.insert(key, plainValue(item[QLatin1String("value")].toObject()));
    }
    return attributes;
}

QDateTime timeOf(qint64 nanos)
{
    return nanos > 0 ? QDateTime::fromMSecsSinceEpoch(nanos / 1000000, QTimeZone::utc()) : QDateTime();
}

int statusCode(const QJsonValue& code)
{
    if (code.isString()) { // a producer that wrote the enum's name
        const QString name = code.toString();
        return name.endsWith(QLatin1String("ERROR")) ? 2 : name.endsWith(QLatin1String("OK")) ? 1 : 0;
    }
    return code.toInt();
}

// The first of `keys` the span has, as text (numbers, lists and maps as JSON); true/false and null are
// not text and are passed over.
QString text(const QJsonObject& attributes, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = attributes.value(QLatin1String(key));
        if (value.isBool() || value.isNull())
            continue;
        const QString shown = jsonValueText(value);
        if (!shown.isEmpty())
            return shown;
    }
    return {};
}

qint64 number(const QJsonObject& attributes, std::initializer_list<const char*> keys)
{
    for (const char* key : keys) {
        const QJsonValue value = attributes.value(QLatin1String(key));
        if (value.isDouble())
            return qMax<qint64>(0, qint64(value.toDouble()));
    }
    return 0;
}

const char* kindName(int kind)
{
    switch (kind) {
    case 1:
        return "internal";
    case 2:
        return "server";
    case 3:
        return "client";
    case 4:
        return "producer";
    case 5:
        return "consumer";
    default:
        return "span";
    }
}

// The node a span is: a TenantScope export's tenantscope.node.* fields, or the span's own.
ExecutionNode nodeOf(const Span& span, int order, int depth)
{
    const QJsonObject& a = span.attributes;
    ExecutionNode node;
    node.seq = a.value(QLatin1String("tenantscope.node.seq")).isDouble()
        ? a.value(QLatin1String("tenantscope.node.seq")).toInt()
        : order;
    node.depth = depth;
    node.key = text(a, {"tenantscope.node.key"});
    if (node.key.isEmpty())
        node.key = span.name.isEmpty() ? span.spanId : span.name;
    node.model = text(a, {"gen_ai.request.model", "gen_ai.response.model"});
    node.type = text(a, {"tenantscope.node.type"});
    if (node.type.isEmpty())
        node.type = a.contains(QLatin1String("gen_ai.operation.name")) ? QStringLiteral("llm")
                                                                       : QString::fromLatin1(kindName(span.kind));
    node.status = text(a, {"tenantscope.node.status"});
    if (node.status.isEmpty())
        node.status = span.statusCode == 2 ? QStringLiteral("failed") : QStringLiteral("succeeded");
    node.attempt = qMax(1, a.value(QLatin1String("tenantscope.node.attempt")).toInt(1));
    node.startedAt = timeOf(span.startNanos);
    node.finishedAt = timeOf(qMax(span.startNanos, span.endNanos));
    node.promptTokens = number(a, {"gen_ai.usage.input_tokens", "gen_ai.usage.prompt_tokens"});
    node.completionTokens = number(a, {"gen_ai.usage.output_tokens", "gen_ai.usage.completion_tokens"});
    const QString cost = text(a, {"tenantscope.cost_usd"});
    if (!cost.isEmpty())
        node.costUsd = cost;
    node.input = text(a, {"tenantscope.node.input", "gen_ai.input.messages", "gen_ai.prompt"});
    node.output = text(a, {"tenantscope.node.output", "gen_ai.output.messages", "gen_ai.completion"});
    if (node.input.isEmpty()) { // a span that is not ours: its attributes are what there is to read
        QJsonObject shown;
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!it.key().startsWith(QLatin1String("tenantscope.")))
                shown.insert(it.key(), it.value());
        if (!shown.isEmpty())
            node.input = QString::fromUtf8(QJsonDocument(shown).toJson(QJsonDocument::Compact));
    }
    for (const Span::Event& event : span.events) {
        if (event.name != QLatin1String("exception"))
            continue;
        node.errorCode = text(event.attributes, {"exception.type"});
        node.errorMessage = text(event.attributes, {"exception.message"});
        node.errorStack = text(event.attributes, {"exception.stacktrace"});
        break;
    }
    if (span.statusCode == 2) {
        if (node.errorMessage.isEmpty())
            node.errorMessage = span.statusMessage;
        if (node.errorCode.isEmpty())
            node.errorCode = QStringLiteral("error");
    }
    return node;
}

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(OtlpImport)

public:
    Fetched<OtlpTraceFile> read(const QByteArray& bytes)
    {
        Fetched<OtlpTraceFile> fetched;
        if (bytes.size() > OtlpTraceFile::kMaxFileBytes) {
            fetched.error = tr("The file holds %1 bytes; a trace file is read up to %2 MB.")
                                .arg(QLocale().toString(qint64(bytes.size())))
                                .arg(OtlpTraceFile::kMaxFileBytes / (1024 * 1024));
            return fetched;
        }
        QVector<QJsonObject> requests;
        fetched.error = requestsIn(bytes, &requests);
        if (!fetched.error.isEmpty())
            return fetched;
        for (const QJsonObject& request : requests)
            if (!readRequest(request, &fetched.error))
                return fetched;
        if (m_spans.isEmpty()) {
            fetched.error = m_warnings.isEmpty()
                ? tr("The file is OTLP traces but holds no span.")
                : tr("No span of the file could be read:\n%1").arg(m_warnings.join(u'\n'));
            return fetched;
        }
        for (const QString& traceId : std::as_const(m_traceOrder))
            buildTrace(traceId, &fetched.value);
        if (fetched.value.traces.isEmpty()) {
            fetched.error = m_warnings.join(u'\n');
            return fetched;
        }
        if (m_warningCount > kMaxWarningsNamed)
            m_warnings.append(tr("… and %1 more such problems.").arg(m_warningCount - kMaxWarningsNamed));
        fetched.value.warnings = m_warnings;
        fetched.value.services = m_services;
        return fetched;
    }

private:
    // One request, or JSON Lines of them (the Collector's file exporter).
    static QString requestsIn(const QByteArray& bytes, QVector<QJsonObject>* requests)
    {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error == QJsonParseError::NoError) {
            if (!document.isObject())
                return notTraces(QJsonObject());
            requests->append(document.object());
            return notTracesIfNone(*requests);
        }
        const QList<QByteArray> lines = bytes.split('\n');
        int nonEmpty = 0;
        for (int i = 0; i < lines.size(); ++i) {
            if (lines.at(i).trimmed().isEmpty())
                continue;
            ++nonEmpty;
            QJsonParseError lineError;
            const QJsonDocument line = QJsonDocument::fromJson(lines.at(i), &lineError);
            if (lineError.error != QJsonParseError::NoError || !line.isObject()) {
                if (nonEmpty == 1 && i == lines.size() - 1) // one line: the whole file's error says more
                    break;
                if (nonEmpty == 1)
                    return tr("The file is not JSON: %1 at byte %2.").arg(error.errorString()).arg(error.offset);
                return tr("Line %1 of the file is not JSON: %2 at byte %3 of the line.")
                    .arg(i + 1)
                    .arg(lineError.errorString())
                    .arg(lineError.offset);
            }
            requests->append(line.object());
        }
        if (requests->isEmpty())
            return tr("The file is not JSON: %1 at byte %2.").arg(error.errorString()).arg(error.offset);
        return notTracesIfNone(*requests);
    }

    static QString notTracesIfNone(const QVector<QJsonObject>& requests)
    {
        for (const QJsonObject& request : requests)
            if (!request.value(QLatin1String("resourceSpans")).isArray())
                return notTraces(request);
        return {};
    }

    static QString notTraces(const QJsonObject& json)
    {
        if (json.contains(QLatin1String("resourceLogs")))
            return tr("The file holds OTLP logs, not traces.");
        if (json.contains(QLatin1String("resourceMetrics")))
            return tr("The file holds OTLP metrics, not traces.");
        if (json.value(QLatin1String("format")).isString())
            return tr("The file is a \"%1\" file, not OTLP traces.")
                .arg(json.value(QLatin1String("format")).toString());
        return tr("The file is JSON but not OTLP traces: it has no \"resourceSpans\" list.");
    }

    bool readRequest(const QJsonObject& request, QString* error)
    {
        for (const QJsonValue& resourceSpans : request.value(QLatin1String("resourceSpans")).toArray()) {
            const QJsonObject resource
                = plainAttributes(resourceSpans[QLatin1String("resource")][QLatin1String("attributes")]);
            const QString service = resource.value(QLatin1String("service.name")).toString();
            if (!service.isEmpty() && !m_services.contains(service))
                m_services.append(service);
            QJsonArray scopes = resourceSpans[QLatin1String("scopeSpans")].toArray();
            if (scopes.isEmpty()) // OTLP before 0.15 named it so
                scopes = resourceSpans[QLatin1String("instrumentationLibrarySpans")].toArray();
            for (const QJsonValue& scope : std::as_const(scopes))
                for (const QJsonValue& span : scope[QLatin1String("spans")].toArray()) {
                    if (m_spans.size() >= OtlpTraceFile::kMaxSpans) {
                        *error = tr("The file holds more than %1 spans; a trace file is read up to that many.")
                                     .arg(QLocale().toString(OtlpTraceFile::kMaxSpans));
                        return false;
                    }
                    readSpan(span.toObject(), resource);
                }
        }
        return true;
    }

    void readSpan(const QJsonObject& json, const QJsonObject& resource)
    {
        Span span;
        span.name = json.value(QLatin1String("name")).toString();
        span.traceId = idHex(json.value(QLatin1String("traceId")), 16);
        span.spanId = idHex(json.value(QLatin1String("spanId")), 8);
        if (span.traceId.isEmpty() || span.spanId.isEmpty()) {
            warn(tr("Span \"%1\" was left out: its traceId or spanId is not a valid id.").arg(span.name.left(80)));
            return;
        }
        const QJsonValue parent = json.value(QLatin1String("parentSpanId"));
        if (!parent.toString().isEmpty()) {
            span.parentId = idHex(parent, 8);
            if (span.parentId.isEmpty())
                span.parentId = QStringLiteral("invalid"); // not found below: shown at the top level
        }
        span.kind = json.value(QLatin1String("kind")).toInt();
        if (!integer(json.value(QLatin1String("startTimeUnixNano")), &span.startNanos))
            span.startNanos = 0;
        if (!integer(json.value(QLatin1String("endTimeUnixNano")), &span.endNanos))
            span.endNanos = span.startNanos;
        const QJsonObject status = json.value(QLatin1String("status")).toObject();
        span.statusCode = statusCode(status.value(QLatin1String("code")));
        span.statusMessage = status.value(QLatin1String("message")).toString();
        span.attributes = plainAttributes(json.value(QLatin1String("attributes")));
        span.resource = resource;
        for (const QJsonValue& event : json.value(QLatin1String("events")).toArray())
            span.events.append(
                {event[QLatin1String("name")].toString(), plainAttributes(event[QLatin1String("attributes")])});
        const QString key = span.traceId + u'/' + span.spanId;
        if (m_index.contains(key)) {
            warn(tr("Span %1 of trace %2 appears twice; the first is shown.").arg(span.spanId, span.traceId));
            return;
        }
        if (!m_byTrace.contains(span.traceId))
            m_traceOrder.append(span.traceId);
        m_index.insert(key, int(m_spans.size()));
        m_byTrace[span.traceId].append(int(m_spans.size()));
        m_spans.append(std::move(span));
    }

    void buildTrace(const QString& traceId, OtlpTraceFile* file)
    {
        const QVector<int>& members = m_byTrace.value(traceId);
        QHash<QString, QVector<int>> children; // parent span id -> spans
        QVector<int> roots;
        int orphans = 0;
        for (int index : members) {
            const Span& span = m_spans.at(index);
            if (span.parentId.isEmpty()) {
                roots.append(index);
            } else if (!m_index.contains(traceId + u'/' + span.parentId)) {
                roots.append(index);
                ++orphans;
            } else {
                children[span.parentId].append(index);
            }
        }
        const auto byStart = [this](int a, int b) {
            const Span& x = m_spans.at(a);
            const Span& y = m_spans.at(b);
            return x.startNanos != y.startNanos ? x.startNanos < y.startNanos : a < b;
        };
        std::sort(roots.begin(), roots.end(), byStart);
        for (auto it = children.begin(); it != children.end(); ++it)
            std::sort(it->begin(), it->end(), byStart);
        // Depth first without recursion: a file may nest spans as deep as it likes.
        QVector<std::pair<int, int>> order; // span, depth
        order.reserve(members.size());
        QVector<std::pair<int, int>> stack;
        for (auto it = roots.crbegin(); it != roots.crend(); ++it)
            stack.append({*it, 0});
        while (!stack.isEmpty()) {
            const auto [index, depth] = stack.takeLast();
            order.append({index, depth});
            const QVector<int> below = children.value(m_spans.at(index).spanId);
            for (auto it = below.crbegin(); it != below.crend(); ++it)
                stack.append({*it, depth + 1});
        }
        if (order.size() < members.size()) {
            // Every span has one parent, so spans no root reaches have parents that go round in a cycle.
            warn(tr("Trace %1 was left out: %2 of its spans name parents that form a cycle, so they have no root.")
                     .arg(traceId)
                     .arg(members.size() - order.size()));
            return;
        }
        if (orphans > 0)
            warn(tr("Trace %1: %2 span(s) name a parent the file does not hold; they are shown at the top level.")
                     .arg(traceId)
                     .arg(orphans));
        file->traces.append(executionOf(traceId, order));
        file->spans += int(order.size());
    }

    ExecutionDetail executionOf(const QString& traceId, const QVector<std::pair<int, int>>& order) const
    {
        ExecutionDetail detail;
        ExecutionSummary& run = detail.summary;
        const Span& first = m_spans.at(order.first().first);
        // A trace TenantScope exported: its root span is the run, its children the nodes.
        const QString exportedId
            = first.parentId.isEmpty() ? text(first.attributes, {"tenantscope.execution.id"}) : QString();
        const bool ours = !exportedId.isEmpty();
        run.id = ours ? exportedId : traceId;
        run.tenantId = text(first.attributes, {"tenantscope.tenant.id"});
        if (run.tenantId.isEmpty())
            run.tenantId = text(first.resource, {"tenantscope.tenant.id"});
        run.tenantName = text(first.attributes, {"tenantscope.tenant.name"});
        run.workflow = ours ? text(first.attributes, {"tenantscope.workflow"}) : first.name;
        qint64 start = 0;
        qint64 end = 0;
        double cost = 0;
        for (int i = ours ? 1 : 0; i < order.size(); ++i) {
            const auto [index, depth] = order.at(i);
            const Span& span = m_spans.at(index);
            ExecutionNode node = nodeOf(span, int(detail.nodes.size()) + 1, ours ? qMax(0, depth - 1) : depth);
            start = start == 0 || (span.startNanos > 0 && span.startNanos < start) ? span.startNanos : start;
            end = qMax(end, qMax(span.startNanos, span.endNanos));
            run.totalTokens += node.promptTokens + node.completionTokens;
            cost += node.costUsd.toDouble();
            if (node.status == QLatin1String("failed") && run.errorMessage.isEmpty()) {
                run.errorCode = node.errorCode;
                run.errorMessage = node.errorMessage;
            }
            detail.nodes.append(std::move(node));
        }
        if (ours) {
            start = first.startNanos;
            end = qMax(first.startNanos, first.endNanos);
        }
        run.createdAt = run.startedAt = timeOf(start);
        run.finishedAt = timeOf(end);
        run.status = text(first.attributes, {"tenantscope.execution.status"});
        if (run.status.isEmpty())
            run.status = run.errorMessage.isEmpty() ? QStringLiteral("succeeded") : QStringLiteral("failed");
        run.costUsd = ours && first.attributes.contains(QLatin1String("tenantscope.cost_usd"))
            ? text(first.attributes, {"tenantscope.cost_usd"})
            : QString::number(cost, 'f', 6);
        if (first.statusCode == 2 && run.errorMessage.isEmpty())
            run.errorMessage = first.statusMessage;
        return detail;
    }

    void warn(const QString& warning)
    {
        if (++m_warningCount <= kMaxWarningsNamed)
            m_warnings.append(warning);
    }

    QVector<Span> m_spans;
    QHash<QString, int> m_index; // trace/span -> m_spans
    QHash<QString, QVector<int>> m_byTrace;
    QStringList m_traceOrder;
    QStringList m_services;
    QStringList m_warnings;
    int m_warningCount = 0;
};
} // namespace

Fetched<OtlpTraceFile> OtlpTraceFile::fromBytes(const QByteArray& bytes)
{
    return Reader().read(bytes);
}

QFuture<Fetched<OtlpTraceFile>> OtlpTraceFile::read(const QString& path)
{
    return runOnPool([path] { return readNow(path); });
}

Fetched<OtlpTraceFile> OtlpTraceFile::readNow(const QString& path)
{
    Fetched<OtlpTraceFile> fetched;
    const QFileInfo info(path);
    if (!info.isFile()) {
        fetched.error = QCoreApplication::translate("OtlpImport", "%1 is not a file.").arg(path);
        return fetched;
    }
    if (info.size() > kMaxFileBytes) {
        fetched.error
            = QCoreApplication::translate("OtlpImport", "The file holds %1 bytes; a trace file is read up to %2 MB.")
                  .arg(QLocale().toString(info.size()))
                  .arg(kMaxFileBytes / (1024 * 1024));
        return fetched;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fetched.error
            = QCoreApplication::translate("OtlpImport", "%1 could not be read: %2").arg(path, file.errorString());
        return fetched;
    }
    return fromBytes(file.read(kMaxFileBytes + 1));
}
