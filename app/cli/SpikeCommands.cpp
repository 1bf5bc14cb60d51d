// tenantscope-cli alerts: spikes (anomaly rules and what they found) and where alerts are delivered.
#include <app/cli/CliCommands.h>
#include <app/cli/KeySupport.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <async/AwaitFuture.h>
#include <models/alerts/AlertDelivery.h>
#include <models/alerts/Anomalies.h>
#include <models/operations/Operations.h>

namespace
{

// What these commands share: waiting for PostgreSQL, and finding a rule or destination by name.
class SpikeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;

    template <typename T> bool answered(QFuture<Fetched<T>>& future, int* exitCode, int timeoutMs = 30000)
    {
        return CliCommand::answered(future, exitCode, tr("PostgreSQL did not answer within 30 s"), timeoutMs);
    }
    // The rule named `name`; nullopt after saying why (exitCode set) when there is none or the read failed.
    std::optional<AnomalyRule> ruleNamed(Operations& services, const QString& name, int* exitCode, bool mustExist)
    {
        auto rules = services.anomalies()->rules();
        if (!answered(rules, exitCode))
            return std::nullopt;
        for (const AnomalyRule& r : rules.result().value)
            if (r.name == name)
                return r;
        if (mustExist) {
            *exitCode = fail(tr("no anomaly rule is named \"%1\" (alerts rules lists them)").arg(name));
            return std::nullopt;
        }
        return AnomalyRule{};
    }
    std::optional<AlertDestination>
    destinationNamed(Operations& services, const QString& name, int* exitCode, bool mustExist)
    {
        auto destinations = services.deliveries()->destinations();
        if (!answered(destinations, exitCode))
            return std::nullopt;
        for (const AlertDestination& d : destinations.result().value)
            if (d.name == name)
                return d;
        if (mustExist) {
            *exitCode = fail(tr("no alert destination is named \"%1\" (alerts destinations lists them)").arg(name));
            return std::nullopt;
        }
        return AlertDestination{};
    }
    int days(int fallback, int most) const
    {
        bool numberOk = true;
        const int value = option(QStringLiteral("--days"), QString::number(fallback)).toInt(&numberOk);
        return numberOk && value >= 1 && value <= most ? value : -1;
    }
};

class AlertsSpikes : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsSpikes()
        : SpikeCommand(QStringLiteral("alerts spikes"),
                       tr("Spikes the anomaly rules found: what the last hour held against its baseline."))
    {
        addFlag(QStringLiteral("all"), tr("acknowledged ones too"));
        addOption(QStringLiteral("days"), QStringLiteral("N"), tr("fired in the last N days (default 7)"));
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant's"));
        addJson();
    }

protected:
    int run() override
    {
        AnomalyRepository::Filter filter;
        filter.openOnly = !flag(QStringLiteral("--all"));
        filter.tenantId = option(QStringLiteral("--tenant"));
        filter.days = days(7, 366);
        if (filter.days < 0)
            return usageError(tr("--days takes 1 to 366"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto list = services->anomalies()->list(filter);
        int exitCode = ExitCode::Done;
        if (!answered(list, &exitCode))
            return exitCode;
        if (printedAsJson(list.result().value))
            return ExitCode::Done;
        for (const AnomalyAlert& a : list.result().value)
            out() << QStringLiteral("%1  %2  %3  %4  %5 / %6  %7  %8\n")
                         .arg(a.id, 6)
                         .arg(a.firedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                              a.subjectText().leftJustified(24),
                              a.metric.leftJustified(8),
                              a.valueText(a.observed),
                              a.valueText(a.baseline),
                              a.ratioText(),
                              a.isOpen() ? a.ruleName : tr("acknowledged by %1").arg(a.acknowledgedBy));
        out() << QCoreApplication::translate("Cli", "%n spike(s)", nullptr, int(list.result().value.size()))
              << Qt::endl;
        return ExitCode::Done;
    }
};

class AlertsSpikeAck : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsSpikeAck()
        : SpikeCommand(QStringLiteral("alerts spike-ack"), tr("Acknowledge a spike (shared with everyone, audited)."))
    {
        addPositional(QStringLiteral("ID"), tr("the spike's id"));
        addOption(QStringLiteral("note"), QStringLiteral("TEXT"), tr("a note for the others"));
    }

protected:
    int run() override
    {
        bool numberOk = false;
        const qint64 id = words().value(2).toLongLong(&numberOk);
        if (!numberOk || id <= 0)
            return usageError(tr("alerts spike-ack needs a spike id (a number)"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto done = services->anomalies()->acknowledge(id, option(QStringLiteral("--note")));
        int exitCode = ExitCode::Done;
        if (!answered(done, &exitCode))
            return exitCode;
        out() << tr("spike %1 acknowledged").arg(id) << Qt::endl;
        return ExitCode::Done;
    }
};

class AlertsRules : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsRules()
        : SpikeCommand(QStringLiteral("alerts rules"), tr("The anomaly rules, with their method."))
    {
        addJson();
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto rules = services->anomalies()->rules();
        int exitCode = ExitCode::Done;
        if (!answered(rules, &exitCode))
            return exitCode;
        if (printedAsJson(rules.result().value))
            return ExitCode::Done;
        for (const AnomalyRule& r : rules.result().value)
            out() << QStringLiteral("%1  %2  %3  %4%5\n")
                         .arg(r.name.leftJustified(24),
                              r.metric.leftJustified(8),
                              r.scopeText().leftJustified(20),
                              r.methodText(),
                              r.enabled ? QString() : tr("  (off)"));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class AlertsRuleSet : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsRuleSet()
        : SpikeCommand(QStringLiteral("alerts rule-set"),
                       tr("Create or change an anomaly rule by its name (platform admins; audited)."))
    {
        addPositional(QStringLiteral("NAME"), tr("the rule's name"));
        addOption(QStringLiteral("metric"), QStringLiteral("METRIC"), tr("spend, tokens or failures"), true);
        addOption(QStringLiteral("scope"),
                  QStringLiteral("SCOPE"),
                  tr("platform (all tenants summed) or tenants (each; default)"));
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant (scope tenants)"));
        addOption(
            QStringLiteral("days"), QStringLiteral("N"), tr("baseline: the same hour of N earlier days (default 7)"));
        addOption(QStringLiteral("factor"), QStringLiteral("X"), tr("fires at X times the baseline (default 3)"));
        addOption(QStringLiteral("minimum"),
                  QStringLiteral("X"),
                  tr("and at least X in the hour: dollars, tokens or failures (default 0)"));
        addFlag(QStringLiteral("disabled"), tr("keep the rule but do not evaluate it"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }

protected:
    int run() override
    {
        const QString name = words().value(2).trimmed();
        if (name.isEmpty())
            return usageError(tr("alerts rule-set needs the rule's name"));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        bool numberOk = true;
        const int baselineDays = option(QStringLiteral("--days"), QStringLiteral("7")).toInt(&numberOk);
        AnomalyRule wanted;
        wanted.name = name;
        wanted.metric = option(QStringLiteral("--metric"));
        wanted.scope = option(QStringLiteral("--scope"), QStringLiteral("tenants"));
        wanted.tenantId = option(QStringLiteral("--tenant"));
        wanted.baselineDays = numberOk ? baselineDays : 0;
        wanted.factor = option(QStringLiteral("--factor"), QStringLiteral("3"));
        wanted.minimum = option(QStringLiteral("--minimum"), QStringLiteral("0"));
        wanted.enabled = !flag(QStringLiteral("--disabled"));
        if (const QString problem = wanted.problem(); !problem.isEmpty())
            return usageError(problem);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        int exitCode = ExitCode::Done;
        const auto existing = ruleNamed(*services, name, &exitCode, false);
        if (!existing)
            return exitCode;
        wanted.id = existing->id;
        auto saved = services->anomalies()->saveRule(wanted, option(QStringLiteral("--reason")));
        if (!answered(saved, &exitCode))
            return exitCode;
        out() << (existing->id ? tr("anomaly rule \"%1\" changed: %2") : tr("anomaly rule \"%1\" created: %2"))
                     .arg(name, wanted.methodText())
              << Qt::endl;
        return ExitCode::Done;
    }
};

class AlertsRuleRemove : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsRuleRemove()
        : SpikeCommand(QStringLiteral("alerts rule-remove"), tr("Remove an anomaly rule (platform admins; audited)."))
    {
        addPositional(QStringLiteral("NAME"), tr("the rule's name"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }

protected:
    int run() override
    {
        const QString name = words().value(2).trimmed();
        if (name.isEmpty())
            return usageError(tr("alerts rule-remove needs the rule's name"));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        int exitCode = ExitCode::Done;
        const auto existing = ruleNamed(*services, name, &exitCode, true);
        if (!existing)
            return exitCode;
        auto removed = services->anomalies()->removeRule(existing->id, option(QStringLiteral("--reason")));
        if (!answered(removed, &exitCode))
            return exitCode;
        out() << tr("anomaly rule \"%1\" removed").arg(name) << Qt::endl;
        return ExitCode::Done;
    }
};

class AlertsDestinations : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsDestinations()
        : SpikeCommand(QStringLiteral("alerts destinations"),
                       tr("Where alerts are sent, with the last 7 days' deliveries (never the URL)."))
    {
        addJson();
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto destinations = services->deliveries()->destinations();
        int exitCode = ExitCode::Done;
        if (!answered(destinations, &exitCode))
            return exitCode;
        if (printedAsJson(destinations.result().value))
            return ExitCode::Done;
        for (const AlertDestination& d : destinations.result().value)
            out() << QStringLiteral("%1  %2  %3  %4%5\n")
                         .arg(d.name.leftJustified(24), d.kind.leftJustified(8), d.urlHint.leftJustified(40))
                         .arg(tr("%1 sent, %2 pending, %3 failed").arg(d.sent).arg(d.pending).arg(d.failed),
                              d.enabled ? QString() : tr("  (off)"));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class AlertsDestinationSet : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsDestinationSet()
        : SpikeCommand(QStringLiteral("alerts destination-set"),
                       tr("Create or change where alerts are sent; the URL is read from standard input "
                          "(platform admins; audited)."))
    {
        addPositional(QStringLiteral("NAME"), tr("the destination's name"));
        addOption(QStringLiteral("kind"), QStringLiteral("KIND"), tr("slack (incoming webhook) or webhook"), true);
        addFlag(QStringLiteral("keep-url"), tr("change a destination but keep its URL (nothing is read)"));
        addFlag(QStringLiteral("disabled"), tr("keep it but send nothing to it"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }

protected:
    int run() override
    {
        const QString name = words().value(2).trimmed();
        if (name.isEmpty())
            return usageError(tr("alerts destination-set needs the destination's name"));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        AlertDestination wanted;
        wanted.name = name;
        wanted.kind = option(QStringLiteral("--kind"));
        wanted.enabled = !flag(QStringLiteral("--disabled"));
        // Never on the command line: every user of the machine can read it there.
        QString url;
        if (!flag(QStringLiteral("--keep-url"))) {
            url = KeySupport::readSecretLine(err(), tr("Webhook URL (not shown): "));
            if (url.isEmpty())
                return usageError(tr("give the webhook URL on standard input, or --keep-url"));
        }
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        int exitCode = ExitCode::Done;
        const auto existing = destinationNamed(*services, name, &exitCode, flag(QStringLiteral("--keep-url")));
        if (!existing)
            return exitCode;
        wanted.id = existing->id;
        auto saved = services->deliveries()->saveDestination(wanted, url, option(QStringLiteral("--reason")));
        url.fill(u'\0');
        if (!answered(saved, &exitCode))
            return exitCode;
        out() << (existing->id ? tr("alert destination \"%1\" changed") : tr("alert destination \"%1\" created"))
                     .arg(name)
              << Qt::endl;
        return ExitCode::Done;
    }
};

class AlertsDestinationRemove : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsDestinationRemove()
        : SpikeCommand(QStringLiteral("alerts destination-remove"),
                       tr("Stop sending alerts somewhere, and forget its URL (platform admins; audited)."))
    {
        addPositional(QStringLiteral("NAME"), tr("the destination's name"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }

protected:
    int run() override
    {
        const QString name = words().value(2).trimmed();
        if (name.isEmpty())
            return usageError(tr("alerts destination-remove needs the destination's name"));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        int exitCode = ExitCode::Done;
        const auto existing = destinationNamed(*services, name, &exitCode, true);
        if (!existing)
            return exitCode;
        auto removed = services->deliveries()->removeDestination(existing->id, option(QStringLiteral("--reason")));
        if (!answered(removed, &exitCode))
            return exitCode;
        out() << tr("alert destination \"%1\" removed").arg(name) << Qt::endl;
        return ExitCode::Done;
    }
};

class AlertsDeliveries : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsDeliveries()
        : SpikeCommand(QStringLiteral("alerts deliveries"),
                       tr("How each alert's delivery went: sent, retrying (and when), or failed (and why)."))
    {
        addOption(QStringLiteral("days"), QStringLiteral("N"), tr("queued in the last N days (default 7)"));
        addJson();
    }

protected:
    int run() override
    {
        const int days = this->days(7, 90);
        if (days < 0)
            return usageError(tr("--days takes 1 to 90"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto deliveries = services->deliveries()->deliveries(days);
        int exitCode = ExitCode::Done;
        if (!answered(deliveries, &exitCode))
            return exitCode;
        if (printedAsJson(deliveries.result().value))
            return ExitCode::Done;
        for (const AlertDeliveryRow& d : deliveries.result().value)
            out() << QStringLiteral("%1  %2  %3 %4  %5  %6\n")
                         .arg(d.id, 6)
                         .arg(d.destination.leftJustified(20), d.alertKind.leftJustified(7))
                         .arg(d.alertId, -6)
                         .arg((d.tenantName.isEmpty() ? tr("whole platform") : d.tenantName).leftJustified(24),
                              d.stateText());
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class AlertsDeliver : public SpikeCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AlertsDeliver()
        : SpikeCommand(QStringLiteral("alerts deliver"),
                       tr("Send the alert deliveries that are due now (platform admins; run it from cron or a "
                          "timer where no console stays open)."))
    {
        addJson();
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto round = services->alertSender()->sendDue(100);
        int exitCode = ExitCode::Done;
        if (!answered(round, &exitCode, 120000))
            return exitCode;
        const AlertSender::Round& r = round.result().value;
        if (flag(QStringLiteral("--json"))) {
            out() << json(r.toJson()) << Qt::flush;
            return ExitCode::Done;
        }
        for (const QString& problem : r.problems)
            out() << problem << u'\n';
        out() << tr("%1 sent, %2 to retry, %3 failed").arg(r.sent).arg(r.retrying).arg(r.failed) << Qt::endl;
        return ExitCode::Done;
    }
};

} // namespace

void addSpikeCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<AlertsSpikes>());
    commands.push_back(std::make_unique<AlertsSpikeAck>());
    commands.push_back(std::make_unique<AlertsRules>());
    commands.push_back(std::make_unique<AlertsRuleSet>());
    commands.push_back(std::make_unique<AlertsRuleRemove>());
    commands.push_back(std::make_unique<AlertsDestinations>());
    commands.push_back(std::make_unique<AlertsDestinationSet>());
    commands.push_back(std::make_unique<AlertsDestinationRemove>());
    commands.push_back(std::make_unique<AlertsDeliveries>());
    commands.push_back(std::make_unique<AlertsDeliver>());
}
