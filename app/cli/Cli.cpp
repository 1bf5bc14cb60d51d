#include <app/cli/Cli.h>

#include <QCoreApplication>

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
    , m_commands(allCliCommands())
{
}

void Cli::overview(QTextStream& to) const
{
    to << tr("Usage: tenantscope-cli [--profile NAME] COMMAND [options]") << "\n\n" << tr("Commands:") << '\n';
    for (const auto& command : m_commands)
        to << "  " << command->synopsis() << "\n      " << command->summary() << '\n';
    to << '\n'
       << tr("`tenantscope-cli COMMAND --help` says more about one. Exit codes: 0 done, 1 refused or failed, "
             "2 bad usage.\n"
             "Connection: TS_PG_URL, TS_PG_PASSWORD, TS_REDIS_URL, TS_REDIS_PASSWORD (and TS_BULL_PREFIX), or\n"
             "--profile NAME (a profile saved by the app; its passwords come from the OS keychain).\n")
       << Qt::flush;
}

int Cli::usageError(const QString& problem)
{
    m_err << tr("error: %1").arg(problem) << "\n\n";
    overview(m_err);
    return ExitCode::Usage;
}

QList<const CliCommand*> Cli::group(const QString& first) const
{
    QList<const CliCommand*> found;
    for (const auto& command : m_commands)
        if (command->name().section(u' ', 0, 0) == first)
            found.append(command.get());
    return found;
}

int Cli::run(const QStringList& arguments)
{
    QStringList args = arguments.mid(1);
    QString profile;
    while (!args.isEmpty() && args.first().startsWith(u'-')) {
        const QString word = args.takeFirst();
        if (word == QLatin1String("--help") || word == QLatin1String("-h")) {
            overview(m_out);
            return ExitCode::Done;
        }
        if (word == QLatin1String("--version")) {
            m_out << "tenantscope-cli " << TS_VERSION << Qt::endl;
            return ExitCode::Done;
        }
        if (word == QLatin1String("--profile") && !args.isEmpty())
            profile = args.takeFirst();
        else if (word.startsWith(QLatin1String("--profile=")))
            profile = word.mid(10);
        else
            return usageError(tr("unknown option \"%1\"").arg(word));
    }
    if (args.isEmpty())
        return usageError(tr("no command given"));

    // The command whose words the arguments start with; the longest name wins ("tenants list").
    CliCommand* chosen = nullptr;
    qsizetype chosenWords = 0;
    for (const auto& command : m_commands) {
        const QStringList name = command->name().split(u' ');
        if (name.size() > chosenWords && args.mid(0, name.size()) == name) {
            chosen = command.get();
            chosenWords = name.size();
        }
    }
    if (chosen)
        return chosen->execute(args.mid(chosenWords), m_out, m_err, profile);

    const QList<const CliCommand*> commands = group(args.first());
    if (commands.isEmpty())
        return usageError(tr("unknown command \"%1\"").arg(args.first()));
    const bool help = args.contains(QStringLiteral("--help")) || args.contains(QStringLiteral("-h"));
    QTextStream& to = help ? m_out : m_err;
    if (!help) {
        QStringList subs;
        for (const CliCommand* command : commands)
            subs << command->name().section(u' ', 1);
        to << tr("error: %1 needs one of: %2").arg(args.first(), subs.join(QStringLiteral(", "))) << "\n\n";
    }
    for (const CliCommand* command : commands)
        to << "  tenantscope-cli " << command->synopsis() << "\n      " << command->summary() << '\n';
    to << Qt::flush;
    return help ? ExitCode::Done : ExitCode::Usage;
}
