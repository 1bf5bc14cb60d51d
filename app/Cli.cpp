#include "Cli.h"

#include "CliArgs.h"

#include "ProfileStore.h"
#include "SecretStore.h"
#include "Services.h"

#include <AwaitFuture.h>
#include <CostRepository.h>
#include <Decimal.h>
#include <DemoDataGenerator.h>
#include <ExecutionRepository.h>
#include <MigrationRunner.h>
#include <PgSession.h>
#include <RedisClient.h>
#include <RedisKeys.h>
#include <TenantRepository.h>
#include <UsageRepository.h>
#include <Validation.h>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

using namespace CliArgs;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

} // namespace

Cli::Cli(QTextStream& out, QTextStream& err)
    : m_out(out)
    , m_err(err)
{
}

int Cli::fail(const QString& message)
{
    m_err << tr("error: %1").arg(message) << Qt::endl;
    return 1;
}

int Cli::refuse(const QString& problem)
{
    m_err << tr("error: %1").arg(problem) << Qt::endl;
    return 2;
}

int Cli::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << tr("error: %1").arg(problem) << "\n\n";
    m_err << tr(
        "Usage: tenantscope-cli [--profile NAME] COMMAND [options]\n"
        "\n"
        "Commands:\n"
        "  migrate                                  apply the platform contract's migrations\n"
        "  demo-data --size small|large [--seed N]  fill the (loopback) servers with demo data\n"
        "  tenants list [--search S] [--limit N] [--json]\n"
        "  tenants show ID [--json]\n"
        "  usage [--tenant ID] --from YYYY-MM-DD --to YYYY-MM-DD [--by hour|day|month] [--json]\n"
        "                                           tokens, requests and cost per bucket and model (UTC)\n"
        "  costs --month YYYY-MM [--by tenant|model|provider|day] [--limit N] [--json]\n"
        "                                           provider cost, BYOK apart, revenue and margin per tenant\n"
        "  executions list [--tenant ID] [--status S] [--workflow NAME] [--error TEXT] [--since 1h]\n"
        "                  [--limit N] [--json]\n"
        "                                           newest first; S: queued, running, succeeded, failed, cancelled\n"
        "  executions show ID [--json]              one execution with its nodes (checkpoints)\n"
        "  executions errors [--tenant ID] [--error TEXT] [--since 1h] [--json]\n"
        "                                           failed executions grouped by cause, largest first\n"
        "  executions retry|resume|cancel ID --reason TEXT [--json]\n"
        "                                           retry from the start, resume from the failed node,\n"
        "                                           or cancel a queued or running one (audited)\n"
        "  jobs list --queue Q [--state S] [--tenant ID] [--limit N] [--json]\n"
        "                                           BullMQ jobs; without --queue: the queues and counts\n"
        "  jobs show|retry|remove --queue Q ID [--reason TEXT] [--json]\n"
        "                                           one job; retry a failed job; remove a job (audited)\n"
        "  jobs errors [--queue Q] [--error TEXT] [--json]\n"
        "                                           failed jobs of every queue grouped by cause\n"
        "  plans list|show PLAN [--json]\n"
        "  plans set PLAN FIELD=VALUE... --reason TEXT\n"
        "                                           change a plan (base_price, included_tokens, overage_per_1k,\n"
        "                                           max_concurrent, requests_per_minute, tokens_per_minute,\n"
        "                                           monthly_runs, allowed_models=a,b; limits take \"unlimited\");\n"
        "                                           then pushes the affected tenants' limits to Redis\n"
        "  overrides list [--json]\n"
        "  overrides set TENANT FIELD=VALUE... [--until YYYY-MM-DD] --reason TEXT\n"
        "  overrides clear TENANT --reason TEXT\n"
        "  limits push [--tenant ID] [--all]       write pending (or all) effective limits to Redis\n"
        "  audit list [--tenant ID] [--action PREFIX] [--limit N] [--json]\n"
        "  alerts check [--min 90] [--json]         evaluate every tenant's month to date, fire new alerts\n"
        "  alerts list [--min 90] [--all] [--json]  this month's alerts (open ones unless --all)\n"
        "  alerts ack ID [--note TEXT]              acknowledge (shared, audited)\n"
        "  alerts snooze ID [--hours 24] [--note TEXT]\n"
        "  alerts thresholds 80,90,100 --reason TEXT  set the thresholds (platform admins; audited)\n"
        "  keys list [--tenant ID] [--json]         this profile's keychain keys (masked), or a tenant's\n"
        "                                           keys uploaded to the platform\n"
        "  keys set --provider P [--base-url U]     store a key in the OS keychain, read from standard input\n"
        "                                           (P: openai, anthropic, custom, platform)\n"
        "  keys delete|test --provider P            delete it; test it with the provider (no tokens spent)\n"
        "  keys upload --provider P --tenant ID [--label L]\n"
        "                                           seal it with the platform's public key and upload it (audited)\n"
        "  keys revoke KEY_ID --reason TEXT         revoke an uploaded key (audited)\n"
        "  chat --provider openai|anthropic|platform [--base-url U] --model M [--tenant ID]\n"
        "       [--system S] [--max-tokens N] [--anyway] [--json] \"prompt\"\n"
        "                                           stream an answer to stdout; status and usage on stderr.\n"
        "                                           Key: OPENAI_API_KEY / ANTHROPIC_API_KEY / TS_GATEWAY_TOKEN,\n"
        "                                           else the keychain. --base-url as the SDKs take it: OpenAI's\n"
        "                                           with /v1, Anthropic's without; the gateway's ws(s):// URL\n"
        "  snapshot export --tenant ID --out FILE  one tenant's support snapshot (no secrets), for a ticket;\n"
        "                                           opened read-only by `tenantscope FILE`\n"
        "  snapshot show FILE                       what a snapshot holds\n"
        "  redis-user ROLE NAME [--tenant ID]      create or reset the Redis ACL user of a role\n"
        "                                           (platform_admin, support, finance, tenant_admin);\n"
        "                                           its password is read from standard input\n"
        "\n"
        "Connection: TS_PG_URL, TS_PG_PASSWORD, TS_REDIS_URL, TS_REDIS_PASSWORD, or --profile NAME\n"
        "(a profile saved by the app; its passwords come from the OS keychain).\n")
          << Qt::flush;
    return 2;
}

int Cli::run(const QStringList& arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty() || flag(args, QStringLiteral("--help")) || flag(args, QStringLiteral("-h")))
        return usage();
    if (flag(args, QStringLiteral("--version"))) {
        m_out << "tenantscope-cli " << TS_VERSION << Qt::endl;
        return 0;
    }
    const QStringList words = positional(args);
    if (words.isEmpty())
        return usage(tr("no command given"));
    const QString command = words.first();
    if (command == QLatin1String("migrate"))
        return migrate(args);
    if (command == QLatin1String("demo-data"))
        return demoData(args);
    if (command == QLatin1String("tenants"))
        return tenants(args);
    if (command == QLatin1String("redis-user"))
        return redisUser(args);
    if (command == QLatin1String("usage"))
        return usageCommand(args);
    if (command == QLatin1String("costs"))
        return costsCommand(args);
    if (command == QLatin1String("executions"))
        return executionsCommand(args);
    if (command == QLatin1String("jobs"))
        return jobsCommand(args);
    if (command == QLatin1String("plans"))
        return plansCommand(args);
    if (command == QLatin1String("overrides"))
        return overridesCommand(args);
    if (command == QLatin1String("limits"))
        return limitsCommand(args);
    if (command == QLatin1String("audit"))
        return auditCommand(args);
    if (command == QLatin1String("alerts"))
        return alertsCommand(args);
    if (command == QLatin1String("keys"))
        return keysCommand(args);
    if (command == QLatin1String("snapshot"))
        return snapshotCommand(args);
    if (command == QLatin1String("chat"))
        return chatCommand(args);
    return usage(tr("unknown command \"%1\"").arg(command));
}

std::unique_ptr<Services> Cli::connect(const QStringList& args)
{
    ConnectionProfile profile;
    ConnectionSecrets secrets;
    QString error;
    const QString profileName = option(args, QStringLiteral("--profile"));
    if (!profileName.isEmpty()) {
        ProfileStore store;
        if (!store.load(profileName, &profile)) {
            fail(tr("no saved profile named \"%1\"").arg(profileName));
            return nullptr;
        }
        SecretStore secretsStore;
        auto pg = secretsStore.read(SecretStore::profileKey(profileName, QStringLiteral("postgres")));
        auto redis = secretsStore.read(SecretStore::profileKey(profileName, QStringLiteral("redis")));
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
    auto services = std::make_unique<Services>(profile, secrets);
    services->connectAll();
    return services;
}

int Cli::migrate(const QStringList& args)
{
    auto services = connect(args);
    if (!services)
        return 1;
    auto future = MigrationRunner::run(services->pg());
    if (!awaitFuture(future, 120000))
        return fail(tr("migrations did not finish within 120 s"));
    const MigrationReport report = future.result();
    if (!report.ok())
        return fail(report.error);
    for (const QString& name : report.applied)
        m_out << tr("applied %1").arg(name) << '\n';
    m_out << tr("schema up to date (%1 applied now, %2 already)").arg(report.applied.size()).arg(report.alreadyApplied)
          << Qt::endl;
    return 0;
}

int Cli::demoData(const QStringList& args)
{
    const QString size = option(args, QStringLiteral("--size"), QStringLiteral("small"));
    if (size != QLatin1String("small") && size != QLatin1String("large"))
        return usage(tr("--size must be small or large"));
    bool seedOk = true;
    const quint32 seed = option(args, QStringLiteral("--seed"), QStringLiteral("42")).toUInt(&seedOk);
    if (!seedOk)
        return usage(tr("--seed must be a non-negative integer"));
    auto services = connect(args);
    if (!services)
        return 1;

    auto migrations = MigrationRunner::run(services->pg());
    if (!awaitFuture(migrations, 120000) || !migrations.result().ok())
        return fail(migrations.isFinished() ? migrations.result().error : tr("migrations timed out"));

    const auto options = DemoDataOptions::forSize(
        size == QLatin1String("large") ? DemoDataOptions::Size::Large : DemoDataOptions::Size::Small, seed);
    m_out << tr("demo data: %1 tenants, %2 days, %3 usage events, %4 executions, seed %5")
                 .arg(options.tenants)
                 .arg(options.days)
                 .arg(options.events)
                 .arg(options.executions)
                 .arg(seed)
          << Qt::endl;
    DemoDataGenerator generator(services->pg(), services->redis());
    QElapsedTimer total;
    total.start();
    QObject::connect(&generator, &DemoDataGenerator::progress, [this](const QString& step, int index, int count) {
        m_out << QStringLiteral("[%1/%2] %3 ...").arg(index + 1).arg(count).arg(step) << Qt::flush;
    });
    QObject::connect(&generator, &DemoDataGenerator::stepFinished, [this](const QString&, qint64 ms) {
        m_out << QStringLiteral(" %1 s").arg(double(ms) / 1000.0, 0, 'f', 1) << Qt::endl;
    });
    auto future = generator.run(options);
    if (!awaitFuture(future, 30 * 60 * 1000))
        return fail(tr("demo data did not finish within 30 minutes"));
    if (!future.result().isEmpty()) {
        m_out << Qt::endl;
        return fail(future.result());
    }
    m_out << tr("demo data loaded in %1 s").arg(double(total.elapsed()) / 1000.0, 0, 'f', 1) << Qt::endl;
    return 0;
}

int Cli::tenants(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString sub = words.value(1);
    if (sub != QLatin1String("list") && sub != QLatin1String("show"))
        return usage(tr("tenants needs list or show"));
    if (sub == QLatin1String("show") && words.size() < 3)
        return usage(tr("tenants show needs a tenant id"));
    auto services = connect(args);
    if (!services)
        return 1;
    return sub == QLatin1String("list") ? tenantsList(*services, args) : tenantsShow(*services, args);
}

int Cli::tenantsList(Services& services, const QStringList& args)
{
    bool limitOk = true;
    const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
    if (!limitOk || limit < 1 || limit > 100000)
        return usage(tr("--limit must be between 1 and 100000"));
    TenantRepository::Page page;
    page.search = option(args, QStringLiteral("--search"));
    QVector<TenantSummary> rows;
    // Keyset pages of up to 1,000 until the limit is reached.
    while (rows.size() < limit) {
        page.limit = qMin(1000, limit - static_cast<int>(rows.size()));
        auto future = services.tenants()->list(page);
        if (!awaitFuture(future))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        const auto fetched = future.result();
        if (!fetched.ok())
            return fail(fetched.error);
        rows += fetched.value;
        if (fetched.value.size() < page.limit)
            break;
        page.afterName = rows.constLast().name;
        page.afterId = rows.constLast().id;
    }
    if (flag(args, QStringLiteral("--json"))) {
        QJsonArray array;
        for (const TenantSummary& tenant : rows)
            array.append(tenant.toJson());
        m_out << json(array) << Qt::flush;
        return 0;
    }
    const QLocale locale;
    for (const TenantSummary& tenant : rows) {
        const QString limitText = tenant.includedTokens ? locale.toString(*tenant.includedTokens) : tr("unlimited");
        m_out << QStringLiteral("%1  %2  %3  %4  %5/%6  %7")
                     .arg(tenant.id,
                          tenant.slug.leftJustified(28),
                          tenant.planId.leftJustified(12),
                          tenant.status.leftJustified(9),
                          locale.toString(tenant.tokensThisMonth),
                          limitText,
                          Decimal::formatUsd(tenant.costThisMonth))
              << '\n';
    }
    m_out << Qt::flush;
    return 0;
}

int Cli::tenantsShow(Services& services, const QStringList& args)
{
    const QString id = positional(args).value(2);
    auto detail = services.tenants()->detail(id);
    auto live = services.tenants()->liveState(id);
    if (!awaitFuture(detail) || !awaitFuture(live))
        return fail(tr("the servers did not answer within 30 s"));
    if (!detail.result().ok())
        return fail(detail.result().error);
    QJsonObject object = detail.result().value.toJson();
    object.insert(QStringLiteral("live"), live.result().toJson());
    if (flag(args, QStringLiteral("--json"))) {
        m_out << json(object) << Qt::flush;
        return 0;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        const QString text = value.isObject() || value.isArray()
            ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
            : value.toVariant().toString();
        m_out << it.key().leftJustified(18) << ' ' << text << '\n';
    }
    m_out << Qt::flush;
    return 0;
}

int Cli::redisUser(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString role = words.value(1);
    const QString name = words.value(2);
    const QString tenant = option(args, QStringLiteral("--tenant"));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]{1,64}$"));
    QList<QByteArray> rules;
    if (role == QLatin1String("platform_admin"))
        rules = RedisAcl::platformAdminRules();
    else if (role == QLatin1String("support"))
        rules = RedisAcl::supportRules();
    else if (role == QLatin1String("finance"))
        rules = RedisAcl::financeRules();
    else if (role == QLatin1String("tenant_admin") && Validation::isUuid(tenant))
        rules = RedisAcl::tenantAdminRules(tenant.toLower());
    else if (role == QLatin1String("tenant_admin"))
        return usage(tr("a tenant_admin user needs --tenant ID (the tenant's UUID)"));
    else
        return usage(tr("the role must be platform_admin, support, finance or tenant_admin"));
    if (!namePattern.match(name).hasMatch())
        return usage(tr("the user name may hold letters, digits, '_', '.' and '-' (at most 64)"));

    // From standard input, never the command line (visible to every user in /proc/PID/cmdline).
    QTextStream in(stdin);
    QString password = in.readLine();
    if (password.size() < 16) {
        password.fill(u'\0');
        return fail(tr("give the new user's password (16 characters or more) on standard input"));
    }
    auto services = connect(args);
    if (!services)
        return 1;
    if (role == QLatin1String("support")) // its write access follows the profile's BullMQ prefix
        rules = RedisAcl::supportRules(services->profile().queuePrefix.toUtf8());
    QList<QByteArray> command{"ACL", "SETUSER", name.toUtf8(), "reset", '>' + password.toUtf8()};
    password.fill(u'\0');
    command += rules;
    auto reply = services->redis()->command(command);
    command.clear();
    if (!awaitFuture(reply, 20000))
        return fail(tr("Redis did not answer within 20 s"));
    if (reply.result().isError())
        return fail(QString::fromUtf8(reply.result().text));
    const QJsonObject after{{QStringLiteral("role"), role}, {QStringLiteral("tenant"), tenant}};
    auto audited = services->pg()->query(
        QStringLiteral("SELECT audit_redis_action(?::uuid, 'redis_acl.set_user', ?, NULL, ?::jsonb, ?)"),
        {tenant.isEmpty() ? QVariant() : QVariant(tenant),
         name,
         QString::fromUtf8(QJsonDocument(after).toJson(QJsonDocument::Compact)),
         tr("tenantscope-cli redis-user")});
    if (!awaitFuture(audited) || !audited.result().ok())
        return fail(tr("the Redis user was set, but the audit record failed: %1")
                        .arg(audited.isFinished() ? audited.result().error : tr("timed out")));
    m_out << tr("Redis user %1 set for role %2").arg(name, role) << Qt::endl;
    return 0;
}

int Cli::usageCommand(const QStringList& args)
{
    UsageQuery query;
    query.tenantId = option(args, QStringLiteral("--tenant")).toLower();
    query.from = QDate::fromString(option(args, QStringLiteral("--from")), Qt::ISODate);
    query.to = QDate::fromString(option(args, QStringLiteral("--to")), Qt::ISODate);
    const auto resolution = UsageQuery::resolutionFromName(option(args, QStringLiteral("--by"), QStringLiteral("day")));
    if (!resolution)
        return usage(tr("--by must be hour, day or month"));
    query.resolution = *resolution;
    const QString invalid = query.validate();
    if (!invalid.isEmpty())
        return usage(invalid);
    auto services = connect(args);
    if (!services)
        return 1;
    UsageRepository repository(services->pg(), services->redis());
    auto future = repository.series(query);
    if (!awaitFuture(future, 60000))
        return fail(tr("the servers did not answer within 60 s"));
    const auto fetched = future.result();
    if (!fetched.ok())
        return fail(fetched.error);
    if (!fetched.value.liveError.isEmpty())
        m_err << tr("warning: today's live counters were not read: %1").arg(fetched.value.liveError) << Qt::endl;
    if (flag(args, QStringLiteral("--json"))) {
        QJsonArray array;
        for (const UsagePoint& point : fetched.value.points)
            array.append(point.toJson(query.resolution));
        m_out << json(array) << Qt::flush;
        return 0;
    }
    const QLocale locale;
    for (const UsagePoint& point : fetched.value.points) {
        const QJsonObject row = point.toJson(query.resolution);
        m_out << QStringLiteral("%1  %2  %3 tokens  %4 requests  %5")
                     .arg(row.value(QStringLiteral("bucket")).toString().leftJustified(20),
                          point.model.leftJustified(26),
                          locale.toString(point.tokens()).rightJustified(14),
                          locale.toString(point.requests).rightJustified(10),
                          point.costUsd)
              << '\n';
    }
    m_out << Qt::flush;
    return 0;
}

int Cli::costsCommand(const QStringList& args)
{
    const QDate month = QDate::fromString(option(args, QStringLiteral("--month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        return usage(tr("--month must be YYYY-MM"));
    const auto grouping
        = CostRepository::groupingFromName(option(args, QStringLiteral("--by"), QStringLiteral("tenant")));
    if (!grouping)
        return usage(tr("--by must be tenant, model, provider or day"));
    bool limitOk = true;
    const int limit = option(args, QStringLiteral("--limit"), QStringLiteral("0")).toInt(&limitOk);
    if (!limitOk || limit < 0)
        return usage(tr("--limit must be a positive number"));
    auto services = connect(args);
    if (!services)
        return 1;
    CostRepository repository(services->pg());
    auto future = repository.breakdown(month, *grouping, limit);
    if (!awaitFuture(future, 60000))
        return fail(tr("PostgreSQL did not answer within 60 s"));
    const auto fetched = future.result();
    if (!fetched.ok())
        return fail(fetched.error);
    if (flag(args, QStringLiteral("--json"))) {
        QJsonArray array;
        for (const CostRow& row : fetched.value)
            array.append(row.toJson(*grouping));
        m_out << json(array) << Qt::flush;
        return 0;
    }
    for (const CostRow& row : fetched.value) {
        m_out << QStringLiteral("%1  cost %2  (BYOK %3)")
                     .arg(row.label.leftJustified(32),
                          Decimal::formatUsd(row.costUsd).rightJustified(12),
                          Decimal::formatUsd(row.byokCostUsd));
        if (row.marginUsd)
            m_out << QStringLiteral("  revenue %1  margin %2")
                         .arg(Decimal::formatUsd(*row.revenueUsd), Decimal::formatUsd(*row.marginUsd));
        m_out << '\n';
    }
    m_out << Qt::flush;
    return 0;
}
