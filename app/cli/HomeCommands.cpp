// tenantscope-cli home: what is wrong right now, as the Home page shows it.
#include <app/cli/CliCommands.h>

#include <async/AwaitFuture.h>
#include <models/common/Decimal.h>
#include <models/home/HomeRepository.h>
#include <models/operations/Operations.h>

#include <QCoreApplication>

namespace
{

class Home : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Home()
        : CliCommand(QStringLiteral("home"),
                     tr("What needs attention now: spend today against the same hours of the last 7 days, failed "
                        "executions in the last hour by cause, queue backlogs, open alerts, tenants over quota."))
    {
        addJson();
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->home()->read();
        if (!awaitFuture(future, 60000))
            return fail(tr("the servers did not answer within 60 s"));
        const HomeReport report = future.result();
        const bool nothingRead = report.nothingRead();
        if (flag(QStringLiteral("--json"))) {
            out() << json(report.toJson()) << Qt::flush;
            return nothingRead ? ExitCode::Failed : ExitCode::Done;
        }
        if (!report.ownTenant.isEmpty()) {
            out() << tr("your home is your tenant: tenantscope-cli tenants show %1").arg(report.ownTenant) << Qt::endl;
            return ExitCode::Done;
        }
        out() << tr("as of %1").arg(report.asOf.toString(Qt::ISODate)) << Qt::endl;
        line(tr("spend today"), report.spend, [&] {
            const auto change = report.spend.changePercent();
            return tr("%1 (%2 the same hours of the last 7 days, median %3)")
                .arg(Decimal::formatUsd(report.spend.today),
                     change
                         ? tr("%1 % against").arg(QString::number(*change, 'f', 0).prepend(*change >= 0 ? u"+" : u""))
                         : tr("no baseline from"),
                     Decimal::formatUsd(report.spend.baseline()));
        });
        line(tr("failed, last hour"), report.failures, [&] {
            QStringList causes;
            for (const HomeFailureCause& c : report.failures.causes)
                causes.append(QStringLiteral("%1 %2").arg(c.code).arg(c.count));
            return tr("%1%2, %3 in the last 24 hours")
                .arg(report.failures.lastHour)
                .arg(causes.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(causes.join(QStringLiteral(", "))))
                .arg(report.failures.lastDay());
        });
        line(tr("queues"), report.queues, [&] {
            const QStringList paused = report.queues.paused();
            return tr("%1 waiting, %2 failed kept, in %n queue(s)%3%4", nullptr, int(report.queues.queues.size()))
                .arg(report.queues.backlog())
                .arg(report.queues.failed())
                .arg(report.queues.busiest().isEmpty() ? QString()
                                                       : tr("; longest backlog %1").arg(report.queues.busiest()),
                     paused.isEmpty() ? QString() : tr("; paused %1").arg(paused.join(QStringLiteral(", "))));
        });
        line(tr("alerts firing"), report.quota, [&] {
            return tr("%1 (%2 quota, %3 spikes)")
                .arg(report.quota.firing())
                .arg(report.quota.openAlerts)
                .arg(report.quota.openSpikes);
        });
        line(tr("over quota"), report.quota, [&] {
            return report.quota.overQuotaNames.isEmpty()
                ? QString::number(report.quota.overQuota)
                : QStringLiteral("%1 (%2)")
                      .arg(report.quota.overQuota)
                      .arg(report.quota.overQuotaNames.join(QStringLiteral(", ")));
        });
        return nothingRead ? ExitCode::Failed : ExitCode::Done;
    }

private:
    template <typename F> void line(const QString& label, const HomePart& part, F text)
    {
        out() << label.leftJustified(18) << (part.ok() ? text() : tr("not read: %1").arg(part.error)) << Qt::endl;
    }
};

} // namespace

void addHomeCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<Home>());
}
