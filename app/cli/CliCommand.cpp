#include <app/cli/CliCommand.h>

#include <models/common/Validation.h>

#include <app/ProfileStore.h>

#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <net/SecretStore.h>
#include <net/StandbyMonitor.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{

const QString kProfile = QStringLiteral("profile");
const QString kHelp = QStringLiteral("help");
} // namespace

CliCommand::CliCommand(QString name, QString summary)
    : m_name(std::move(name))
    , m_summary(std::move(summary))
{
}

CliCommand::~CliCommand() = default;

void CliCommand::addOption(const QString& name, const QString& valueName, const QString& description, bool required)
{
    m_options.append({name, valueName, description, required});
}

void CliCommand::addFlag(const QString& name, const QString& description)
{
    m_options.append({name, QString(), description, false});
}

void CliCommand::addJson()
{
    addFlag(QStringLiteral("json"), tr("print the answer as JSON"));
}

void CliCommand::addPositional(const QString& name, const QString& description, bool repeated)
{
    m_positionals.append({name, description, repeated});
}

QString CliCommand::synopsis() const
{
    QStringList parts{m_name};
    for (const Positional& p : m_positionals)
        parts << p.name + (p.repeated ? QStringLiteral("...") : QString());
    for (const Option& o : m_options) {
        const QString text = QStringLiteral("--") + o.name + (o.valueName.isEmpty() ? QString() : u' ' + o.valueName);
        parts << (o.required ? text : u'[' + text + u']');
    }
    return parts.join(u' ');
}

QString CliCommand::help() const
{
    QString text
        = tr("Usage: tenantscope-cli %1").arg(synopsis()) + QStringLiteral("\n\n") + m_summary + QStringLiteral("\n");
    QList<QPair<QString, QString>> rows;
    for (const Positional& p : m_positionals)
        rows.append({p.name, p.description});
    for (const Option& o : m_options)
        rows.append(
            {QStringLiteral("--") + o.name + (o.valueName.isEmpty() ? QString() : u' ' + o.valueName), o.description});
    if (!m_offline)
        rows.append({QStringLiteral("--profile NAME"),
                     tr("a profile saved by the app (its passwords from the OS keychain); without it the TS_* "
                        "variables")});
    rows.append({QStringLiteral("-h, --help"), tr("this help")});
    qsizetype width = 0;
    for (const auto& row : rows)
        width = qMax(width, row.first.size());
    text += u'\n';
    for (const auto& row : rows)
        text += QStringLiteral("  ") + row.first.leftJustified(width + 2) + row.second + u'\n';
    return text;
}

int CliCommand::execute(const QStringList& arguments, QTextStream& out, QTextStream& err, const QString& globalProfile)
{
    m_out = &out;
    m_err = &err;
    m_globalProfile = globalProfile;
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const Option& o : std::as_const(m_options))
        m_parser.addOption(o.valueName.isEmpty() ? QCommandLineOption(o.name, o.description)
                                                 : QCommandLineOption(o.name, o.description, o.valueName));
    if (!m_offline)
        m_parser.addOption(QCommandLineOption(kProfile, QString(), QStringLiteral("NAME")));
    m_parser.addOption(QCommandLineOption(QStringList{QStringLiteral("h"), kHelp}));
    // QCommandLineParser reads arguments()[0] as the program: give it one.
    if (!m_parser.parse(QStringList{QStringLiteral("tenantscope-cli")} + arguments))
        return usageError(m_parser.errorText());
    if (m_parser.isSet(kHelp)) {
        out << help() << Qt::flush;
        return ExitCode::Done;
    }
    qsizetype required = 0;
    bool repeated = false;
    for (const Positional& p : std::as_const(m_positionals)) {
        ++required;
        repeated = repeated || p.repeated;
    }
    if (!repeated && m_parser.positionalArguments().size() > required)
        return usageError(tr("unexpected \"%1\"").arg(m_parser.positionalArguments().at(required)));
    return run();
}

QString CliCommand::option(const QString& name, const QString& fallback) const
{
    const QString key = name.startsWith(QLatin1String("--")) ? name.mid(2) : name;
    return m_parser.isSet(key) ? m_parser.value(key) : fallback;
}

bool CliCommand::flag(const QString& name) const
{
    return m_parser.isSet(name.startsWith(QLatin1String("--")) ? name.mid(2) : name);
}

QStringList CliCommand::words() const
{
    return m_name.split(u' ') + m_parser.positionalArguments();
}

QString CliCommand::profileName() const
{
    if (!m_offline && m_parser.isSet(kProfile))
        return m_parser.value(kProfile);
    return m_globalProfile;
}

QString CliCommand::keyProfile() const
{
    const QString name = profileName();
    return name.isEmpty() ? QStringLiteral("environment") : name;
}

bool CliCommand::unencryptedKeysAllowed() const
{
    const QString name = profileName();
    ConnectionProfile profile;
    if (!name.isEmpty())
        return ProfileStore().load(name, &profile) && profile.allowUnencryptedKeys;
    return qEnvironmentVariable("TS_ALLOW_UNENCRYPTED_KEYS") == QLatin1String("1");
}

int CliCommand::fail(const QString& message)
{
    err() << tr("error: %1").arg(message) << Qt::endl;
    return ExitCode::Failed;
}

QString CliCommand::reasonProblem() const
{
    const QString problem = Validation::reason(option(QStringLiteral("--reason")));
    return problem.isEmpty() ? QString() : tr("--reason: %1").arg(problem);
}

int CliCommand::usageError(const QString& problem)
{
    err() << tr("error: %1").arg(problem) << '\n'
          << tr("Usage: tenantscope-cli %1").arg(synopsis()) << '\n'
          << tr("(tenantscope-cli %1 --help says more)").arg(m_name) << Qt::endl;
    return ExitCode::Usage;
}

QString CliCommand::json(const QJsonValue& value)
{
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
                           : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

std::unique_ptr<Operations> CliCommand::connect()
{
    ConnectionProfile profile;
    ConnectionSecrets secrets;
    QString error;
    const QString name = profileName();
    if (!name.isEmpty()) {
        ProfileStore store;
        if (!store.load(name, &profile)) {
            fail(tr("no saved profile named \"%1\"").arg(name));
            return nullptr;
        }
        SecretStore secretsStore;
        auto pg = secretsStore.read(SecretStore::profileKey(name, QStringLiteral("postgres")));
        auto redis = secretsStore.read(SecretStore::profileKey(name, QStringLiteral("redis")));
        if (!awaitFuture(pg, 20000) || !awaitFuture(redis, 20000)) {
            fail(tr("the keychain did not answer"));
            return nullptr;
        }
        for (const SecretResult& result : {pg.result(), redis.result()}) {
            if (result.status == SecretResult::Status::Unavailable || result.status == SecretResult::Status::Error) {
                fail(result.error);
                return nullptr;
            }
        }
        secrets.pgPassword = pg.result().secret;
        secrets.redisPassword = redis.result().secret;
    } else if (!profileFromEnvironment(&profile, &secrets, &error)) {
        fail(error.isEmpty() ? tr("no connection: set TS_PG_URL and TS_REDIS_URL (eval \"$(scripts/services env)\") "
                                  "or pass --profile NAME")
                             : error);
        return nullptr;
    }
    auto operations = std::make_unique<Operations>(profile, secrets);
    if (StandbyMonitor* standby = operations->standbyMonitor()) {
        standby->setAlwaysPrimaryWhenBehind(); // a script wants current figures, not the standby's older ones
        // Reads go to the standby when they may; when they may not, stderr says why, once.
        auto said = std::make_shared<QString>();
        QObject::connect(standby, &StandbyMonitor::changed, standby, [standby, said, err = m_err] {
            const bool worthSaying = standby->health() == StandbyMonitor::Health::Down
                || standby->health() == StandbyMonitor::Health::Behind
                || standby->health() == StandbyMonitor::Health::NotAStandby;
            const QString text = standby->describe();
            if (worthSaying && text != *said) {
                *said = text;
                *err << tr("note: %1").arg(text) << Qt::endl;
            }
        });
    }
    operations->connectAll();
    // A command reads once: it waits for the standby's first measure, so its reads go where they should.
    if (StandbyMonitor* standby = operations->standbyMonitor())
        awaitFuture(standby->measured(), 10000);
    return operations;
}
