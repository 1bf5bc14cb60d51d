// tenantscope-cli migrate, demo-data, redis-user: setting up a platform's database and people.
#include <app/cli/CliCommands.h>

#include <async/AwaitFuture.h>
#include <models/operations/Operations.h>
#include <models/operations/RedisUsers.h>
#include <models/platform/DemoDataGenerator.h>

#include <QCoreApplication>
#include <QElapsedTimer>

namespace
{

class Migrate : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Migrate()
        : CliCommand(QStringLiteral("migrate"), tr("Apply the platform contract's migrations (idempotent)."))
    {
    }

protected:
    int run() override
    {
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->migrate();
        if (!awaitFuture(future, 120000))
            return fail(tr("migrations did not finish within 120 s"));
        const MigrationReport report = future.result();
        if (!report.ok())
            return fail(report.error);
        for (const QString& name : report.applied)
            out() << tr("applied %1").arg(name) << '\n';
        out() << tr("schema up to date (%1 applied now, %2 already)")
                     .arg(report.applied.size())
                     .arg(report.alreadyApplied)
              << Qt::endl;
        return ExitCode::Done;
    }
};

class DemoData : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    DemoData()
        : CliCommand(QStringLiteral("demo-data"),
                     tr("Fill the (loopback) servers with demo data: small is 200 tenants, large 10k tenants and "
                        "10M events."))
    {
        addOption(QStringLiteral("size"),
                  QStringLiteral("small|large|xlarge"),
                  tr("how much (default small; large: 10,000 tenants and 10M usage events; xlarge: 100,000 and "
                     "100M, for benchmarks)"));
        addOption(
            QStringLiteral("seed"), QStringLiteral("N"), tr("the random seed (default 42): same seed, same data"));
    }

protected:
    int run() override
    {
        const QString size = option(QStringLiteral("--size"), QStringLiteral("small"));
        if (size != QLatin1String("small") && size != QLatin1String("large") && size != QLatin1String("xlarge"))
            return usageError(tr("--size must be small, large or xlarge"));
        bool seedOk = true;
        const quint32 seed = option(QStringLiteral("--seed"), QStringLiteral("42")).toUInt(&seedOk);
        if (!seedOk)
            return usageError(tr("--seed must be a non-negative integer"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;

        auto migrations = services->migrate();
        if (!awaitFuture(migrations, 120000) || !migrations.result().ok())
            return fail(migrations.isFinished() ? migrations.result().error : tr("migrations timed out"));

        const auto options
            = DemoDataOptions::forSize(size == QLatin1String("xlarge")      ? DemoDataOptions::Size::XLarge
                                           : size == QLatin1String("large") ? DemoDataOptions::Size::Large
                                                                            : DemoDataOptions::Size::Small,
                                       seed);
        out() << tr("demo data: %1 tenants, %2 days, %3 usage events, %4 executions, seed %5")
                     .arg(options.tenants)
                     .arg(options.days)
                     .arg(options.events)
                     .arg(options.executions)
                     .arg(seed)
              << Qt::endl;
        const auto generator = services->demoData();
        QElapsedTimer total;
        total.start();
        QObject::connect(
            generator.get(), &DemoDataGenerator::progress, [this](const QString& step, int index, int count) {
                out() << QStringLiteral("[%1/%2] %3 ...").arg(index + 1).arg(count).arg(step) << Qt::flush;
            });
        QObject::connect(generator.get(), &DemoDataGenerator::stepFinished, [this](const QString&, qint64 ms) {
            out() << QStringLiteral(" %1 s").arg(double(ms) / 1000.0, 0, 'f', 1) << Qt::endl;
        });
        auto future = generator->run(options);
        if (!awaitFuture(future, 30 * 60 * 1000))
            return fail(tr("demo data did not finish within 30 minutes"));
        if (!future.result().isEmpty()) {
            out() << Qt::endl;
            return fail(future.result());
        }
        out() << tr("demo data loaded in %1 s").arg(double(total.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
        return ExitCode::Done;
    }
};

class RedisUser : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    RedisUser()
        : CliCommand(QStringLiteral("redis-user"),
                     tr("Create or reset the Redis ACL user of a person in a role, with exactly the commands and "
                        "keys the role needs; the password is read from standard input, the change audited."))
    {
        addPositional(QStringLiteral("ROLE"), tr("platform_admin, support, finance or tenant_admin"));
        addPositional(QStringLiteral("NAME"), tr("the Redis user name"));
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("the tenant of a tenant_admin"));
    }

protected:
    int run() override
    {
        const QStringList words = this->words();
        const QString role = words.value(1);
        const QString name = words.value(2);
        const QString tenant = option(QStringLiteral("--tenant")).toLower();
        const QString invalid = RedisUsers::validate(role, name, tenant);
        if (!invalid.isEmpty())
            return usageError(invalid);
        // From standard input, never the command line (visible to every user in /proc/PID/cmdline).
        QTextStream in(stdin);
        QString password = in.readLine();
        if (password.size() < 16) {
            password.fill(u'\0');
            return fail(tr("give the new user's password (16 characters or more) on standard input"));
        }
        auto services = connect();
        if (!services) {
            password.fill(u'\0');
            return ExitCode::Failed;
        }
        // Set with the role's exact rules, then audited: one operation.
        auto set = services->redisUsers()->setUser(
            role, name, tenant, std::move(password), tr("tenantscope-cli redis-user"));
        if (!awaitFuture(set, 30000))
            return fail(tr("no answer within 30 s; check the user with ACL GETUSER %1").arg(name));
        if (!set.result().ok())
            return fail(set.result().error);
        out() << set.result().value << Qt::endl;
        return ExitCode::Done;
    }
};
} // namespace

void addSetupCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<Migrate>());
    commands.push_back(std::make_unique<DemoData>());
    commands.push_back(std::make_unique<RedisUser>());
}
