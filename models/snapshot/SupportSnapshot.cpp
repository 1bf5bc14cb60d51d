#include <models/snapshot/SupportSnapshot.h>

#include <async/OnPool.h>
#include <models/common/AtomicFile.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <memory>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("SupportSnapshot", text);
}

// Bounds a reader keeps, whatever a file says: enough for any snapshot TenantScope writes.
constexpr int kMaxExecutions = 1000;
constexpr int kMaxJobs = 5000;
} // namespace

const QString& SupportSnapshot::formatName()
{
    static const QString name = QStringLiteral("tenantscope-support-snapshot");
    return name;
}

const QString& SupportSnapshot::fileSuffix()
{
    static const QString suffix = QStringLiteral("tssnapshot");
    return suffix;
}

void SupportSnapshot::setPart(const QString& key, const QJsonValue& value)
{
    if (key == QLatin1String("month"))
        month = value.toObject();
    else if (key == QLatin1String("failure_groups"))
        failureGroups = value.toArray();
    else if (key == QLatin1String("jobs_by_state"))
        jobsByState = value.toObject();
    else if (key == QLatin1String("alerts"))
        alerts = value.toArray();
    else if (key == QLatin1String("keys"))
        keys = value.toArray();
    else if (key == QLatin1String("audit"))
        audit = value.toArray();
    else if (key == QLatin1String("ai_config"))
        aiConfig = value.toObject();
}

QString SupportSnapshot::tenantId() const
{
    return tenant.value(QStringLiteral("id")).toString();
}

QString SupportSnapshot::tenantName() const
{
    return tenant.value(QStringLiteral("name")).toString();
}

QByteArray SupportSnapshot::toFile() const
{
    QJsonArray executionArray;
    for (const ExecutionDetail& execution : executions)
        executionArray.append(execution.toJson());
    QJsonObject unavailableObject;
    for (auto it = unavailable.begin(); it != unavailable.end(); ++it)
        unavailableObject.insert(it.key(), it.value());
    const QJsonObject root{{QStringLiteral("format"), formatName()},
                           {QStringLiteral("version"), kVersion},
                           {QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("exported_by"), exportedBy},
                           {QStringLiteral("profile"), profileName},
                           {QStringLiteral("app_version"), appVersion},
                           {QStringLiteral("tenant"), tenant},
                           {QStringLiteral("live"), live},
                           {QStringLiteral("month"), month},
                           {QStringLiteral("failure_groups"), failureGroups},
                           {QStringLiteral("jobs_by_state"), jobsByState},
                           {QStringLiteral("alerts"), alerts},
                           {QStringLiteral("keys"), keys},
                           {QStringLiteral("audit"), audit},
                           {QStringLiteral("ai_config"), aiConfig},
                           {QStringLiteral("executions"), executionArray},
                           {QStringLiteral("jobs"), jobs},
                           {QStringLiteral("unavailable"), unavailableObject},
                           {QStringLiteral("redactions"), redactions}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Fetched<SupportSnapshot> SupportSnapshot::fromFile(const QByteArray& bytes)
{
    Fetched<SupportSnapshot> read;
    if (bytes.size() > kMaxFileBytes) {
        read.error = tr("The file is larger than a support snapshot can be (%1 MB).").arg(kMaxFileBytes >> 20);
        return read;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        read.error = tr("This is not a support snapshot: the file is not JSON (%1 at byte %2).")
                         .arg(parseError.errorString())
                         .arg(parseError.offset);
        return read;
    }
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != formatName()) {
        read.error = tr("This is not a TenantScope support snapshot.");
        return read;
    }
    const int version = root.value(QStringLiteral("version")).toInt(0);
    if (version < 1) {
        read.error = tr("The snapshot has no valid version: it is damaged.");
        return read;
    }
    if (version > kVersion) {
        read.error = tr("The snapshot was written by a newer TenantScope (format %1; this one reads up to %2).")
                         .arg(version)
                         .arg(kVersion);
        return read;
    }
    SupportSnapshot& s = read.value;
    s.tenant = root.value(QStringLiteral("tenant")).toObject();
    if (s.tenantId().isEmpty()) {
        read.error = tr("The snapshot names no tenant: it is damaged.");
        return read;
    }
    s.exportedAt = QDateTime::fromString(root.value(QStringLiteral("exported_at")).toString(), Qt::ISODateWithMs);
    s.exportedBy = root.value(QStringLiteral("exported_by")).toString();
    s.profileName = root.value(QStringLiteral("profile")).toString();
    s.appVersion = root.value(QStringLiteral("app_version")).toString();
    s.live = root.value(QStringLiteral("live")).toObject();
    s.month = root.value(QStringLiteral("month")).toObject();
    s.failureGroups = root.value(QStringLiteral("failure_groups")).toArray();
    s.jobsByState = root.value(QStringLiteral("jobs_by_state")).toObject();
    s.alerts = root.value(QStringLiteral("alerts")).toArray();
    s.keys = root.value(QStringLiteral("keys")).toArray();
    s.audit = root.value(QStringLiteral("audit")).toArray();
    s.aiConfig = root.value(QStringLiteral("ai_config")).toObject(); // absent in a snapshot taken before contract v1.7
    const QJsonArray executionArray = root.value(QStringLiteral("executions")).toArray();
    for (const QJsonValue& execution : executionArray) {
        if (s.executions.size() >= kMaxExecutions)
            break;
        if (execution.isObject())
            s.executions.append(ExecutionDetail::fromJson(execution.toObject()));
    }
    for (const QJsonValue& job : root.value(QStringLiteral("jobs")).toArray()) {
        if (s.jobs.size() >= kMaxJobs)
            break;
        if (job.isObject())
            s.jobs.append(job);
    }
    const QJsonObject unavailableObject = root.value(QStringLiteral("unavailable")).toObject();
    for (auto it = unavailableObject.begin(); it != unavailableObject.end(); ++it)
        s.unavailable.insert(it.key(), it.value().toString());
    s.redactions = qMax(0, root.value(QStringLiteral("redactions")).toInt());
    return read;
}

QFuture<Fetched<SupportSnapshot>> SupportSnapshot::read(const QString& path)
{
    return runOnPool([path] {
        Fetched<SupportSnapshot> read;
        QFile file(path);
        // At most one byte past the bound: fromFile() then says the file is too large.
        if (!file.open(QIODevice::ReadOnly))
            read.error = tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString());
        else
            read = fromFile(file.read(kMaxFileBytes + 1));
        return read;
    });
}

QFuture<QString> SupportSnapshot::write(const QString& path) const
{
    const QByteArray bytes = toFile();
    return runOnPool([path, bytes] {
        const QString problem = writeAtomically(path, bytes);
        return problem.isEmpty() ? QString() : tr("Cannot write %1: %2").arg(QFileInfo(path).fileName(), problem);
    });
}
