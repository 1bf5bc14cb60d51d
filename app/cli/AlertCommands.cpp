// tenantscope-cli alerts: quota alerts with forecasts.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <async/AwaitFuture.h>
#include <models/alerts/Alerts.h>
#include <models/common/Validation.h>
#include <models/operations/Operations.h>

namespace
{

// What the AlertCommand commands share: their parsing and output, one entry per command below.
class AlertCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    // Every alert command runs the group's parsing; each leaf class below only declares its options.
    int run() override { return alertsCommand(); }
    int alertsCommand();
};

int AlertCommand::alertsCommand()
{
    const QStringList words = this->words();
    const QString sub = words.value(1);
    if (sub == QLatin1String("thresholds")) {
        const QString value = words.value(2);
        if (AlertMath::parseThresholds(value).isEmpty())
            return usageError(tr("alerts thresholds needs whole percentages, like 80,90,100"));
        const QString reason = option(QStringLiteral("--reason"));
        const QString noReason = Validation::reason(reason);
        if (!noReason.isEmpty())
            return usageError(tr("--reason: %1").arg(noReason));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto saved = services->alerts()->setThresholds(value, reason);
        if (!awaitFuture(saved))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!saved.result().ok())
            return fail(saved.result().error);
        out() << tr("alert thresholds are now %1 %").arg(saved.result().value) << Qt::endl;
        return ExitCode::Done;
    }
    bool numberOk = true;
    const int minimum = option(QStringLiteral("--min"), QStringLiteral("0")).toInt(&numberOk);
    if (!numberOk || minimum < 0 || minimum > 1000)
        return usageError(tr("--min takes a percentage (0 to 1000)"));
    qint64 id = 0;
    if (sub == QLatin1String("ack") || sub == QLatin1String("snooze")) {
        id = words.value(2).toLongLong(&numberOk);
        if (!numberOk || id <= 0)
            return usageError(tr("alerts %1 needs an alert id (a number)").arg(sub));
    }
    int hours = 0;
    if (sub == QLatin1String("snooze")) {
        hours = option(QStringLiteral("--hours"), QStringLiteral("24")).toInt(&numberOk);
        if (!numberOk || hours < 1 || hours > 24 * 90)
            return usageError(tr("--hours takes 1 to 2160"));
    }
    const bool asJson = flag(QStringLiteral("--json"));
    auto services = connect();
    if (!services)
        return ExitCode::Failed;
    AlertRepository& alerts = *services->alerts();
    if (sub == QLatin1String("ack") || sub == QLatin1String("snooze")) {
        auto done = sub == QLatin1String("ack") ? alerts.acknowledge(id, option(QStringLiteral("--note")))
                                                : alerts.snooze(id,
                                                                QDateTime::currentDateTimeUtc().addSecs(3600LL * hours),
                                                                option(QStringLiteral("--note")));
        if (!awaitFuture(done))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!done.result().ok())
            return fail(done.result().error);
        out() << (sub == QLatin1String("ack") ? tr("alert %1 acknowledged").arg(id)
                                              : tr("alert %1 snoozed for %2 h").arg(id).arg(hours))
              << Qt::endl;
        return ExitCode::Done;
    }
    if (sub == QLatin1String("check")) {
        auto evaluation = alerts.evaluate();
        if (!awaitFuture(evaluation, 120000))
            return fail(tr("the servers did not answer within 120 s"));
        if (!evaluation.result().ok())
            return fail(evaluation.result().error);
        const AlertRepository::Evaluation& e = evaluation.result().value;
        if (asJson) {
            QJsonArray quotas;
            for (const TenantQuota& q : e.quotas)
                if (q.percent >= minimum)
                    quotas.append(q.toJson());
            QJsonArray fired;
            for (qint64 f : e.fired)
                fired.append(double(f));
            out() << json(QJsonObject{{QStringLiteral("quotas"), quotas}, {QStringLiteral("fired"), fired}})
                  << Qt::flush;
            return ExitCode::Done;
        }
        for (const TenantQuota& q : e.quotas)
            if (q.percent >= minimum)
                out() << QStringLiteral("%1  %2  %3 %  %4 / %5%6%7\n")
                             .arg(q.tenantName.leftJustified(24), q.metric.leftJustified(6))
                             .arg(q.percent, 6, 'f', 1)
                             .arg(q.usedText(),
                                  q.limitText(),
                                  q.crossesAt ? tr("  reaches 100 % %1").arg(q.crossesAt->toString(Qt::ISODate))
                                              : QString(),
                                  q.throttled ? tr("  THROTTLED") : QString());
        out() << QCoreApplication::translate("Cli", "%n new alert(s) fired", nullptr, int(e.fired.size())) << Qt::endl;
        return ExitCode::Done;
    }
    AlertRepository::Filter filter;
    filter.minThreshold = minimum;
    filter.openOnly = !flag(QStringLiteral("--all"));
    auto list = alerts.list(filter);
    if (!awaitFuture(list))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!list.result().ok())
        return fail(list.result().error);
    if (asJson) {
        QJsonArray array;
        for (const QuotaAlert& a : list.result().value)
            array.append(a.toJson());
        out() << json(array) << Qt::flush;
        return ExitCode::Done;
    }
    for (const QuotaAlert& a : list.result().value)
        out() << QStringLiteral("%1  %2  %3  %4 %  %5  %6\n")
                     .arg(a.id, 6)
                     .arg(a.tenantName.leftJustified(24), a.metric.leftJustified(6))
                     .arg(a.threshold, 4)
                     .arg(a.usedOfLimitText(),
                          a.isOpen() ? tr("open")
                                     : (a.acknowledgedAt.isValid()
                                            ? tr("acknowledged by %1").arg(a.acknowledgedBy)
                                            : tr("snoozed until %1").arg(a.snoozedUntil.toString(Qt::ISODate))));
    out() << Qt::flush;
    return ExitCode::Done;
}

class AlertsCheck : public AlertCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsCheck()
        : AlertCommand(QStringLiteral("alerts check"),
                       tr("Evaluate every tenant's month to date and fire the alerts it crossed."))
    {
        addOption(QStringLiteral("min"), QStringLiteral("PERCENT"), tr("only thresholds of PERCENT or more"));
        addJson();
    }
};

class AlertsList : public AlertCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsList()
        : AlertCommand(QStringLiteral("alerts list"), tr("This month's alerts: the open ones, or all."))
    {
        addOption(QStringLiteral("min"), QStringLiteral("PERCENT"), tr("only thresholds of PERCENT or more"));
        addFlag(QStringLiteral("all"), tr("acknowledged and snoozed ones too"));
        addJson();
    }
};

class AlertsAck : public AlertCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsAck()
        : AlertCommand(QStringLiteral("alerts ack"), tr("Acknowledge an alert (shared with everyone, audited)."))
    {
        addPositional(QStringLiteral("ID"), tr("the alert id"));
        addOption(QStringLiteral("note"), QStringLiteral("TEXT"), tr("a note for the others"));
    }
};

class AlertsSnooze : public AlertCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsSnooze()
        : AlertCommand(QStringLiteral("alerts snooze"), tr("Snooze an alert for some hours (audited)."))
    {
        addPositional(QStringLiteral("ID"), tr("the alert id"));
        addOption(QStringLiteral("hours"), QStringLiteral("N"), tr("how long (default 24)"));
        addOption(QStringLiteral("note"), QStringLiteral("TEXT"), tr("a note for the others"));
    }
};

class AlertsThresholds : public AlertCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsThresholds()
        : AlertCommand(QStringLiteral("alerts thresholds"),
                       tr("Set the alert thresholds, in percent of a limit (platform admins; audited)."))
    {
        addPositional(QStringLiteral("PERCENTS"), tr("like 80,90,100"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }
};

} // namespace

void addAlertCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<AlertsCheck>());
    commands.push_back(std::make_unique<AlertsList>());
    commands.push_back(std::make_unique<AlertsAck>());
    commands.push_back(std::make_unique<AlertsSnooze>());
    commands.push_back(std::make_unique<AlertsThresholds>());
}
