// tenantscope-cli snapshot export|show: one tenant's support snapshot for a ticket.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>
#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <models/snapshot/SnapshotExporter.h>
#include <models/tenants/Tenant360.h>

namespace
{

class SnapshotExport : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    SnapshotExport()
        : CliCommand(QStringLiteral("snapshot export"),
                     tr("Export one tenant's support snapshot (no secrets), opened read-only by `tenantscope FILE`."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("the tenant"), true);
        addOption(QStringLiteral("out"), QStringLiteral("FILE"), tr("where to write it"), true);
    }

protected:
    int run() override
    {
        const QString tenant = option(QStringLiteral("--tenant")).toLower();
        const QString out = option(QStringLiteral("--out"));
        if (tenant.isEmpty() || out.isEmpty())
            return usageError(tr("snapshot export needs --tenant ID and --out FILE"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        // Every part the operations layer has; the database's grants and policies decide what is readable.
        const SnapshotExporter::Source source = services->snapshotSource();
        SnapshotExporter exporter(source);
        QObject::connect(&exporter, &SnapshotExporter::progress, [this](int done, int total, const QString& what) {
            err() << QStringLiteral("[%1/%2] %3").arg(qMin(done + 1, total)).arg(total).arg(what) << Qt::endl;
        });
        // Collected part by part, then written atomically: one operation.
        auto exported = exporter.exportTo(tenant, out);
        if (!awaitFuture(exported, 300000))
            return fail(tr("the snapshot took longer than 5 minutes"));
        if (!exported.result().ok())
            return fail(exported.result().error);
        const SupportSnapshot& s = exported.result().value;
        err() << tr("wrote %1: %2 failed executions, %3 jobs, %4 values redacted")
                     .arg(QFileInfo(out).absoluteFilePath())
                     .arg(s.executions.size())
                     .arg(s.jobs.size())
                     .arg(s.redactions)
              << Qt::endl;
        for (auto it = s.unavailable.begin(); it != s.unavailable.end(); ++it)
            err() << tr("not in it: %1 (%2)").arg(it.key(), it.value()) << Qt::endl;
        return ExitCode::Done;
    }
};

class SnapshotShow : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    SnapshotShow()
        : CliCommand(QStringLiteral("snapshot show"), tr("What a snapshot file holds."))
    {
        addPositional(QStringLiteral("FILE"), tr("the snapshot"));
        worksOffline();
        addJson();
    }

protected:
    int run() override
    {
        const QString path = words().value(2);
        if (path.isEmpty())
            return usageError(tr("snapshot show needs a file"));
        auto read = SupportSnapshot::read(path);
        if (!awaitFuture(read))
            return fail(tr("reading %1 took longer than 30 s").arg(path));
        if (!read.result().ok())
            return fail(read.result().error);
        const SupportSnapshot& s = read.result().value;
        if (flag(QStringLiteral("--json"))) {
            QJsonObject missing;
            for (auto it = s.unavailable.begin(); it != s.unavailable.end(); ++it)
                missing.insert(it.key(), it.value());
            out() << json(QJsonObject{{QStringLiteral("tenant_id"), s.tenantId()},
                                      {QStringLiteral("tenant_name"), s.tenantName()},
                                      {QStringLiteral("exported_at"), s.exportedAt.toString(Qt::ISODate)},
                                      {QStringLiteral("exported_by"), s.exportedBy},
                                      {QStringLiteral("profile"), s.profileName},
                                      {QStringLiteral("app_version"), s.appVersion},
                                      {QStringLiteral("failed_executions"), s.executions.size()},
                                      {QStringLiteral("jobs"), s.jobs.size()},
                                      {QStringLiteral("redactions"), s.redactions},
                                      {QStringLiteral("unavailable"), missing}})
                  << Qt::flush;
            return ExitCode::Done;
        }
        out() << tr("%1 (%2), taken %3 by %4 from \"%5\" with TenantScope %6")
                     .arg(s.tenantName(),
                          s.tenantId(),
                          s.exportedAt.toString(Qt::ISODate),
                          s.exportedBy,
                          s.profileName,
                          s.appVersion)
              << '\n'
              << tr("%1 failed executions, %2 jobs, %3 values redacted")
                     .arg(s.executions.size())
                     .arg(s.jobs.size())
                     .arg(s.redactions)
              << '\n';
        for (auto it = s.unavailable.begin(); it != s.unavailable.end(); ++it)
            out() << tr("not in it: %1 (%2)").arg(it.key(), it.value()) << '\n';
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

} // namespace

void addSnapshotCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<SnapshotExport>());
    commands.push_back(std::make_unique<SnapshotShow>());
}
