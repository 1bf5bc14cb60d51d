// tenantscope-cli snapshot: export one tenant's support snapshot to a file, or check one.
#include "Cli.h"
#include "CliArgs.h"
#include "Services.h"

#include <AwaitFuture.h>
#include <SnapshotExporter.h>
#include <Tenant360.h>

#include <QCoreApplication>
#include <QFileInfo>

using namespace CliArgs;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

int Cli::snapshotCommand(const QStringList& args)
{
    const QString sub = positional(args).value(1);
    if (sub == QLatin1String("show")) {
        const QString path = positional(args).value(2);
        if (path.isEmpty())
            return usage(tr("snapshot show needs a file"));
        auto read = SupportSnapshot::read(path);
        if (!awaitFuture(read))
            return fail(tr("reading %1 took longer than 30 s").arg(path));
        if (!read.result().ok())
            return fail(read.result().error);
        const SupportSnapshot& s = read.result().value;
        m_out << tr("%1 (%2), taken %3 by %4 from \"%5\" with TenantScope %6")
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
            m_out << tr("not in it: %1 (%2)").arg(it.key(), it.value()) << '\n';
        m_out << Qt::flush;
        return 0;
    }
    if (sub != QLatin1String("export"))
        return usage(tr("snapshot needs export or show"));
    const QString tenant = option(args, QStringLiteral("--tenant")).toLower();
    const QString out = option(args, QStringLiteral("--out"));
    if (tenant.isEmpty() || out.isEmpty())
        return usage(tr("snapshot export needs --tenant ID and --out FILE"));
    auto services = connect(args);
    if (!services)
        return 1;
    // Every part the service layer has; the database's grants and policies decide what is readable.
    Tenant360 parts(services->usage(),
                    services->executions(),
                    services->queues(),
                    services->alerts(),
                    services->sealedKeys(),
                    services->audit());
    SnapshotExporter::Source source;
    source.tenants = services->tenants();
    source.parts = &parts;
    source.executions = services->executions();
    source.queues = services->queues();
    source.profileName = services->profile().name;
    source.exportedBy = services->profile().pg.user;
    source.appVersion = QStringLiteral(TS_VERSION);
    SnapshotExporter exporter(source);
    QObject::connect(&exporter, &SnapshotExporter::progress, [this](int done, int total, const QString& what) {
        m_err << QStringLiteral("[%1/%2] %3").arg(qMin(done + 1, total)).arg(total).arg(what) << Qt::endl;
    });
    auto collected = exporter.collect(tenant);
    if (!awaitFuture(collected, 300000))
        return fail(tr("the snapshot took longer than 5 minutes"));
    if (!collected.result().ok())
        return fail(collected.result().error);
    const SupportSnapshot& s = collected.result().value;
    auto written = s.write(out);
    if (!awaitFuture(written))
        return fail(tr("writing %1 took longer than 30 s").arg(out));
    if (!written.result().isEmpty())
        return fail(written.result());
    m_err << tr("wrote %1: %2 failed executions, %3 jobs, %4 values redacted")
                 .arg(QFileInfo(out).absoluteFilePath())
                 .arg(s.executions.size())
                 .arg(s.jobs.size())
                 .arg(s.redactions)
          << Qt::endl;
    for (auto it = s.unavailable.begin(); it != s.unavailable.end(); ++it)
        m_err << tr("not in it: %1 (%2)").arg(it.key(), it.value()) << Qt::endl;
    return 0;
}
