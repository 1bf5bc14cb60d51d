// tenantscope-cli flags and ai-config: feature flags and the tenants' effective AI configuration (contract
// v1.7), changed through the audited flag functions and then pushed to Redis in one operation.
#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <async/AwaitFuture.h>
#include <functional>
#include <models/common/Validation.h>
#include <models/operations/AiConfigOperations.h>
#include <models/operations/Operations.h>
#include <models/plans/AiConfigRepository.h>

namespace
{

class FlagCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    template <typename T> bool answered(QFuture<Fetched<T>>& future, int* exitCode)
    {
        return CliCommand::answered(future, exitCode, tr("PostgreSQL did not answer within 30 s"), 90000);
    }
    // "all", "25 % of tenants", "plans starter,pro", "3 tenants"
    static QString rolloutText(const FeatureFlag& flag)
    {
        if (flag.rollout == QLatin1String("percentage"))
            return tr("%1 % of tenants").arg(flag.percentage);
        if (flag.rollout == QLatin1String("plans"))
            return tr("plans %1").arg(flag.plans.join(u','));
        if (flag.rollout == QLatin1String("tenants"))
            return tr("%n listed tenant(s)", nullptr, int(flag.tenants.size()));
        return tr("every tenant");
    }
    int reportChange(const Fetched<AiConfigChange>& change, const QString& what)
    {
        if (flag(QStringLiteral("--json"))) {
            out() << json(change.value.toJson()) << Qt::flush;
        }
        const QString saved = tr("%1 is now at version %2; it changed for %n tenant(s)",
                                 nullptr,
                                 int(change.value.saved.affectedTenants))
                                  .arg(what)
                                  .arg(change.value.saved.version);
        if (!change.value.pushed())
            return fail(
                tr("%1, but %2 The tenants stay pending until a push succeeds.").arg(saved, change.value.pushError));
        (flag(QStringLiteral("--json")) ? err() : out())
            << tr("%1; Redis has the AI configuration of %n tenant(s) and the change was published",
                  nullptr,
                  int(change.value.pushedTenants))
                   .arg(saved)
            << Qt::endl;
        return ExitCode::Done;
    }
    // The FIELD=VALUE words after the command's positional words, each turned into a change by `take` (which
    // says what is wrong with it, or nothing); the first problem, or nothing when there is at least one change.
    QString fieldChanges(int skip,
                         const QString& command,
                         const std::function<QString(const QString& field, const QString& value, QJsonObject*)>& take,
                         QJsonObject* changes) const
    {
        for (const QString& word : words().mid(skip)) {
            const qsizetype eq = word.indexOf(u'=');
            if (eq <= 0)
                return tr("\"%1\" is not FIELD=VALUE").arg(word);
            const QString problem = take(word.left(eq), word.mid(eq + 1), changes);
            if (!problem.isEmpty())
                return problem;
        }
        return changes->isEmpty() ? tr("%1 needs FIELD=VALUE").arg(command) : QString();
    }
    // What the changes share once their input is checked: the operation, then its report ("flag rag-v2").
    int change(const QString& what,
               const std::function<QFuture<Fetched<AiConfigChange>>(AiConfigOperations*)>& operation)
    {
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto changed = operation(services->aiConfigOperations());
        int exitCode = ExitCode::Done;
        if (!answered(changed, &exitCode))
            return exitCode;
        return reportChange(changed.result(), what);
    }
};

class FlagsList : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    FlagsList()
        : FlagCommand(QStringLiteral("flags list"),
                      tr("The feature flags, their rollout and how many tenants have them."))
    {
        addJson();
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto flags = services->aiConfig()->flags();
        int exitCode = ExitCode::Done;
        if (!answered(flags, &exitCode))
            return exitCode;
        if (printedAsJson(flags.result().value))
            return ExitCode::Done;
        for (const FeatureFlag& f : flags.result().value)
            out() << QStringLiteral("%1  v%2  %3  %4  %5\n")
                         .arg(f.key.leftJustified(24))
                         .arg(f.version)
                         .arg(f.enabled ? tr("on ") : tr("off"),
                              rolloutText(f).leftJustified(20),
                              tr("on for %n tenant(s)", nullptr, int(f.tenantsOn)));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class FlagsShow : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    FlagsShow()
        : FlagCommand(QStringLiteral("flags show"), tr("One flag and every earlier version of it."))
    {
        addPositional(QStringLiteral("KEY"), tr("the flag"));
        addJson();
    }

protected:
    int run() override
    {
        const QString key = words().value(2);
        if (key.isEmpty())
            return usageError(tr("flags %1 needs a flag key").arg(QStringLiteral("show")));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto flags = services->aiConfig()->flags();
        auto history = services->aiConfig()->flagHistory(key);
        int exitCode = ExitCode::Done;
        if (!answered(flags, &exitCode) || !answered(history, &exitCode))
            return exitCode;
        std::optional<FeatureFlag> found;
        for (const FeatureFlag& f : flags.result().value)
            if (f.key == key)
                found = f;
        if (!found)
            return fail(tr("flag \"%1\" does not exist").arg(key));
        if (flag(QStringLiteral("--json"))) {
            QJsonObject object = found->toJson();
            QJsonArray versions;
            for (const FeatureFlagVersion& v : history.result().value)
                versions.append(v.toJson());
            object.insert(QStringLiteral("history"), versions);
            out() << json(object) << Qt::flush;
            return ExitCode::Done;
        }
        out() << tr("flag %1, version %2, %3, %4; on for %n tenant(s)", nullptr, int(found->tenantsOn))
                     .arg(found->key)
                     .arg(found->version)
                     .arg(found->enabled ? tr("on") : tr("off"), rolloutText(*found))
              << '\n';
        for (const FeatureFlagVersion& v : history.result().value)
            out() << QStringLiteral("  v%1  %2  %3  %4%5\n")
                         .arg(v.version)
                         .arg(v.createdAt.toUTC().toString(Qt::ISODate), v.createdBy, v.reason)
                         .arg(v.rolledBackTo > 0 ? tr(" (back to v%1)").arg(v.rolledBackTo) : QString());
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class FlagsSet : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    FlagsSet()
        : FlagCommand(QStringLiteral("flags set"),
                      tr("Create or change a flag (enabled=true|false, rollout=all|percentage|plans|tenants, "
                         "percentage=0-100, plans=a,b, tenants=ID,ID, description=TEXT), then push the tenants it "
                         "changed for to Redis."))
    {
        addPositional(QStringLiteral("KEY"), tr("the flag"));
        addPositional(QStringLiteral("FIELD=VALUE"), tr("the changes"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }

protected:
    int run() override
    {
        const QString key = words().value(2);
        if (key.isEmpty())
            return usageError(tr("flags %1 needs a flag key").arg(QStringLiteral("set")));
        QJsonObject changes;
        const QString problem = fieldChanges(
            3,
            QStringLiteral("flags set"),
            [](const QString& field, const QString& value, QJsonObject* into) {
                if (field == QLatin1String("enabled")) {
                    if (value != QLatin1String("true") && value != QLatin1String("false"))
                        return tr("enabled takes true or false");
                    into->insert(field, value == QLatin1String("true"));
                } else if (field == QLatin1String("percentage")) {
                    bool ok = false;
                    const int percentage = value.toInt(&ok);
                    if (!ok || percentage < 0 || percentage > 100)
                        return tr("percentage takes a whole number from 0 to 100");
                    into->insert(field, percentage);
                } else if (field == QLatin1String("plans") || field == QLatin1String("tenants")) {
                    into->insert(field, QJsonArray::fromStringList(value.split(u',', Qt::SkipEmptyParts)));
                } else if (field == QLatin1String("rollout") || field == QLatin1String("description")) {
                    into->insert(field, value);
                } else {
                    return tr("unknown flag field \"%1\"").arg(field);
                }
                return QString();
            },
            &changes);
        if (!problem.isEmpty())
            return usageError(problem);
        const QString reason = option(QStringLiteral("--reason"));
        return change(tr("flag %1").arg(key),
                      [&](AiConfigOperations* operations) { return operations->setFlag(key, changes, reason); });
    }
};

class FlagsRollback : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    FlagsRollback()
        : FlagCommand(QStringLiteral("flags rollback"),
                      tr("Put a flag back as it was at an earlier version (a new version, audited), then push."))
    {
        addPositional(QStringLiteral("KEY"), tr("the flag"));
        addOption(QStringLiteral("to"), QStringLiteral("VERSION"), tr("the version to go back to"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }

protected:
    int run() override
    {
        const QString key = words().value(2);
        if (key.isEmpty())
            return usageError(tr("flags %1 needs a flag key").arg(QStringLiteral("rollback")));
        bool ok = false;
        const int to = option(QStringLiteral("--to")).toInt(&ok);
        if (!ok || to < 1)
            return usageError(tr("--to takes a version number"));
        const QString reason = option(QStringLiteral("--reason"));
        return change(tr("flag %1").arg(key),
                      [&](AiConfigOperations* operations) { return operations->rollbackFlag(key, to, reason); });
    }
};

class AiConfigShow : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AiConfigShow()
        : FlagCommand(QStringLiteral("ai-config show"),
                      tr("A tenant's effective AI configuration: model, prompt, temperature, RAG and every flag."))
    {
        addPositional(QStringLiteral("TENANT"), tr("the tenant id"));
        addJson();
    }

protected:
    int run() override
    {
        const QString tenant = words().value(2);
        if (!Validation::isUuid(tenant))
            return usageError(tr("ai-config show needs a tenant id (a UUID)"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto config = services->aiConfig()->effective(tenant);
        int exitCode = ExitCode::Done;
        if (!answered(config, &exitCode))
            return exitCode;
        const QJsonObject c = config.result().value;
        if (flag(QStringLiteral("--json"))) {
            out() << json(c) << Qt::flush;
            return ExitCode::Done;
        }
        for (const char* field :
             {"model", "fallback_model", "prompt_version", "temperature", "max_tokens", "rag", "system_prompt"}) {
            const QJsonValue v = c.value(QLatin1String(field));
            out() << QStringLiteral("  %1 %2\n")
                         .arg(QString::fromLatin1(field).leftJustified(16),
                              v.isNull() ? tr("(not set)") : v.toVariant().toString());
        }
        const QJsonObject flags = c.value(QStringLiteral("flags")).toObject();
        for (auto it = flags.begin(); it != flags.end(); ++it)
            out() << QStringLiteral("  flag %1 %2\n")
                         .arg(it.key().leftJustified(24), it.value().toBool() ? tr("on") : tr("off"));
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

} // namespace

class FlagsExport : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    FlagsExport()
        : FlagCommand(QStringLiteral("flags export"),
                      tr("Every flag, evaluated for every tenant, as an OpenFeature flagd flag set (JSON)."))
    {
        addOption(
            QStringLiteral("flagd"), QStringLiteral("FILE"), tr("where to write it (- for standard output)"), true);
    }

protected:
    int run() override
    {
        const QString path = option(QStringLiteral("--flagd"));
        if (path.isEmpty())
            return usageError(tr("flags export needs --flagd FILE"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        int exitCode = ExitCode::Done;
        if (path == QLatin1String("-")) {
            auto exported = services->aiConfigOperations()->flagdExport();
            if (!answered(exported, &exitCode))
                return exitCode;
            out() << json(exported.result().value) << Qt::flush;
            return ExitCode::Done;
        }
        auto written = services->aiConfigOperations()->writeFlagdExport(path);
        if (!answered(written, &exitCode))
            return exitCode;
        out() << tr("%n flag(s) written to %1 for flagd", nullptr, written.result().value).arg(path) << Qt::endl;
        return ExitCode::Done;
    }
};

// "global" or a tenant id: whose AI configuration a command changes or shows ("" for the global defaults).
std::optional<QString> subjectOf(const QString& word)
{
    if (word == QLatin1String("global"))
        return QString();
    if (Validation::isUuid(word))
        return word;
    return std::nullopt;
}

QString subjectText(const QString& subject)
{
    return subject.isEmpty() ? QCoreApplication::translate("Cli", "the global AI configuration")
                             : QCoreApplication::translate("Cli", "the AI configuration of tenant %1").arg(subject);
}

class AiConfigHistory : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AiConfigHistory()
        : FlagCommand(QStringLiteral("ai-config history"),
                      tr("Every version of the global AI defaults (global) or of a tenant's own settings, newest "
                         "first."))
    {
        addPositional(QStringLiteral("TENANT|global"), tr("a tenant id, or global for the global defaults"));
        addJson();
    }

protected:
    int run() override
    {
        const std::optional<QString> subject = subjectOf(words().value(2));
        if (!subject)
            return usageError(tr("ai-config history needs global or a tenant id (a UUID)"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto history = services->aiConfig()->configHistory(*subject);
        int exitCode = ExitCode::Done;
        if (!answered(history, &exitCode))
            return exitCode;
        if (printedAsJson(history.result().value))
            return ExitCode::Done;
        if (history.result().value.isEmpty())
            out() << tr("%1 has no version yet").arg(subjectText(*subject)) << '\n';
        for (const AiConfigVersion& v : history.result().value) {
            const QJsonObject& f = v.fields;
            out() << QStringLiteral("  v%1  %2  %3  model=%4 temperature=%5 max_tokens=%6 rag=%7 prompt=%8  %9%10\n")
                         .arg(v.version)
                         .arg(v.createdAt.toUTC().toString(Qt::ISODate), v.createdBy)
                         .arg(f.value(QStringLiteral("model")).toString(QStringLiteral("-")),
                              f.value(QStringLiteral("temperature")).isDouble()
                                  ? QString::number(f.value(QStringLiteral("temperature")).toDouble())
                                  : QStringLiteral("-"),
                              f.value(QStringLiteral("max_tokens")).isDouble()
                                  ? QString::number(f.value(QStringLiteral("max_tokens")).toInt())
                                  : QStringLiteral("-"),
                              f.value(QStringLiteral("rag")).isBool()
                                  ? (f.value(QStringLiteral("rag")).toBool() ? QStringLiteral("true")
                                                                             : QStringLiteral("false"))
                                  : QStringLiteral("-"),
                              f.value(QStringLiteral("prompt_version")).toString(QStringLiteral("-")),
                              v.reason,
                              v.rolledBackTo > 0 ? tr(" (back to v%1)").arg(v.rolledBackTo) : QString());
        }
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class AiConfigSet : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AiConfigSet()
        : FlagCommand(QStringLiteral("ai-config set"),
                      tr("Change fields of the global AI defaults (global) or of a tenant's own settings (model=, "
                         "fallback_model=, system_prompt=, prompt_version=, temperature=0-2, max_tokens=, "
                         "rag=true|false; =null: not set), then push the tenants it changed for to Redis."))
    {
        addPositional(QStringLiteral("TENANT|global"), tr("a tenant id, or global for the global defaults"));
        addPositional(QStringLiteral("FIELD=VALUE"), tr("the changes"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }

protected:
    int run() override
    {
        const std::optional<QString> subject = subjectOf(words().value(2));
        if (!subject)
            return usageError(tr("ai-config set needs global or a tenant id (a UUID)"));
        QJsonObject changes;
        const QString problem = fieldChanges(
            3,
            QStringLiteral("ai-config set"),
            [](const QString& field, const QString& value, QJsonObject* into) {
                if (!AiConfigRepository::configFields().contains(field))
                    return tr("unknown AI configuration field \"%1\"").arg(field);
                if (value == QLatin1String("null")) {
                    into->insert(field, QJsonValue());
                } else if (field == QLatin1String("temperature") || field == QLatin1String("max_tokens")) {
                    bool ok = false;
                    const double number = value.toDouble(&ok);
                    if (!ok)
                        return tr("%1 takes a number").arg(field);
                    into->insert(field, number); // its range is the server's to check
                } else if (field == QLatin1String("rag")) {
                    if (value != QLatin1String("true") && value != QLatin1String("false"))
                        return tr("rag takes true or false");
                    into->insert(field, value == QLatin1String("true"));
                } else {
                    into->insert(field, value);
                }
                return QString();
            },
            &changes);
        if (!problem.isEmpty())
            return usageError(problem);
        const QString reason = option(QStringLiteral("--reason"));
        return change(subjectText(*subject), [&](AiConfigOperations* operations) {
            return operations->changeConfig(*subject, changes, reason);
        });
    }
};

class AiConfigRollback : public FlagCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    AiConfigRollback()
        : FlagCommand(QStringLiteral("ai-config rollback"),
                      tr("Put the global AI defaults (global) or a tenant's own settings back as they were at an "
                         "earlier version (a new version, audited), then push."))
    {
        addPositional(QStringLiteral("TENANT|global"), tr("a tenant id, or global for the global defaults"));
        addOption(QStringLiteral("to"), QStringLiteral("VERSION"), tr("the version to go back to"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
        addJson();
    }

protected:
    int run() override
    {
        const std::optional<QString> subject = subjectOf(words().value(2));
        if (!subject)
            return usageError(tr("ai-config rollback needs global or a tenant id (a UUID)"));
        bool ok = false;
        const int to = option(QStringLiteral("--to")).toInt(&ok);
        if (!ok || to < 1)
            return usageError(tr("--to takes a version number"));
        const QString reason = option(QStringLiteral("--reason"));
        return change(subjectText(*subject),
                      [&](AiConfigOperations* operations) { return operations->rollbackConfig(*subject, to, reason); });
    }
};

void addFlagCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<FlagsList>());
    commands.push_back(std::make_unique<FlagsShow>());
    commands.push_back(std::make_unique<FlagsSet>());
    commands.push_back(std::make_unique<FlagsRollback>());
    commands.push_back(std::make_unique<FlagsExport>());
    commands.push_back(std::make_unique<AiConfigShow>());
    commands.push_back(std::make_unique<AiConfigHistory>());
    commands.push_back(std::make_unique<AiConfigSet>());
    commands.push_back(std::make_unique<AiConfigRollback>());
}
