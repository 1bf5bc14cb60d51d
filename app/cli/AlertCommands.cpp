// tenantscope-cli alerts: quota alerts with forecasts.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <async/AwaitFuture.h>
#include <models/alerts/Alerts.h>
#include <models/alerts/Anomalies.h>
#include <models/common/Validation.h>
#include <models/operations/Operations.h>

namespace
{

// What the alerts commands share: --min, and waiting for PostgreSQL's answer.
class AlertCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;

    // --min as a percentage; -1 when it is not one.
    int minimum() const
    {
        bool numberOk = true;
        const int minimum = option(QStringLiteral("--min"), QStringLiteral("0")).toInt(&numberOk);
        return numberOk && minimum >= 0 && minimum <= 1000 ? minimum : -1;
    }
    int badMinimum() { return usageError(tr("--min takes a percentage (0 to 1000)")); }
    template <typename T> bool answered(QFuture<Fetched<T>>& future, int* exitCode, int timeoutMs = 30000)
    {
        return CliCommand::answered(future,
                                    exitCode,
                                    timeoutMs > 30000 ? tr("the servers did not answer within 120 s")
                                                      : tr("PostgreSQL did not answer within 30 s"),
                                    timeoutMs);
    }
    // The alert id after the command's words; 0 when it is not one.
    qint64 alertId() const
    {
        bool numberOk = true;
        const qint64 id = words().value(2).toLongLong(&numberOk);
        return numberOk && id > 0 ? id : 0;
    }
};

class AlertsCheck : public AlertCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsCheck()
        : AlertCommand(QStringLiteral("alerts check"),
                       tr("Evaluate every tenant's month to date and the anomaly rules, and fire what they found."))
    {
        addOption(QStringLiteral("min"), QStringLiteral("PERCENT"), tr("only thresholds of PERCENT or more"));
        addJson();
    }

protected:
    int run() override
    {
        const int minimum = this->minimum();
        if (minimum < 0)
            return badMinimum();
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto evaluation = services->alerts()->evaluate();
        int exitCode = ExitCode::Done;
        if (!answered(evaluation, &exitCode, 120000))
            return exitCode;
        const AlertRepository::Evaluation& e = evaluation.result().value;
        // Then the anomaly rules, as every console does after the quotas.
        auto spikes = services->anomalies()->evaluate();
        if (!answered(spikes, &exitCode, 120000))
            return exitCode;
        if (flag(QStringLiteral("--json"))) {
            QJsonArray quotas;
            for (const TenantQuota& q : e.quotas)
                if (q.percent >= minimum)
                    quotas.append(q.toJson());
            QJsonArray fired;
            for (qint64 f : e.fired)
                fired.append(double(f));
            QJsonArray spiked;
            for (qint64 f : spikes.result().value)
                spiked.append(double(f));
            out() << json(QJsonObject{{QStringLiteral("quotas"), quotas},
                                      {QStringLiteral("fired"), fired},
                                      {QStringLiteral("spikes_fired"), spiked}})
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
        out() << QCoreApplication::translate("Cli", "%n new alert(s) fired", nullptr, int(e.fired.size())) << u'\n'
              << QCoreApplication::translate("Cli", "%n new spike(s) found", nullptr, int(spikes.result().value.size()))
              << Qt::endl;
        return ExitCode::Done;
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

protected:
    int run() override
    {
        AlertRepository::Filter filter;
        filter.minThreshold = minimum();
        if (filter.minThreshold < 0)
            return badMinimum();
        filter.openOnly = !flag(QStringLiteral("--all"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto list = services->alerts()->list(filter);
        int exitCode = ExitCode::Done;
        if (!answered(list, &exitCode))
            return exitCode;
        if (printedAsJson(list.result().value))
            return ExitCode::Done;
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

protected:
    int run() override
    {
        const qint64 id = alertId();
        if (id == 0)
            return usageError(tr("alerts %1 needs an alert id (a number)").arg(QStringLiteral("ack")));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto done = services->alerts()->acknowledge(id, option(QStringLiteral("--note")));
        int exitCode = ExitCode::Done;
        if (!answered(done, &exitCode))
            return exitCode;
        out() << tr("alert %1 acknowledged").arg(id) << Qt::endl;
        return ExitCode::Done;
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

protected:
    int run() override
    {
        const qint64 id = alertId();
        if (id == 0)
            return usageError(tr("alerts %1 needs an alert id (a number)").arg(QStringLiteral("snooze")));
        bool numberOk = true;
        const int hours = option(QStringLiteral("--hours"), QStringLiteral("24")).toInt(&numberOk);
        if (!numberOk || hours < 1 || hours > 24 * 90)
            return usageError(tr("--hours takes 1 to 2160"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto done = services->alerts()->snooze(
            id, QDateTime::currentDateTimeUtc().addSecs(3600LL * hours), option(QStringLiteral("--note")));
        int exitCode = ExitCode::Done;
        if (!answered(done, &exitCode))
            return exitCode;
        out() << tr("alert %1 snoozed for %2 h").arg(id).arg(hours) << Qt::endl;
        return ExitCode::Done;
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

protected:
    int run() override
    {
        const QString value = words().value(2);
        if (AlertMath::parseThresholds(value).isEmpty())
            return usageError(tr("alerts thresholds needs whole percentages, like 80,90,100"));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        const QString reason = option(QStringLiteral("--reason"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto saved = services->alerts()->setThresholds(value, reason);
        int exitCode = ExitCode::Done;
        if (!answered(saved, &exitCode))
            return exitCode;
        out() << tr("alert thresholds are now %1 %").arg(saved.result().value) << Qt::endl;
        return ExitCode::Done;
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
