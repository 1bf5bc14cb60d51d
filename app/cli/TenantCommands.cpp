// tenantscope-cli tenants list|show.
#include <app/cli/CliCommands.h>

#include <async/AwaitFuture.h>
#include <models/common/Decimal.h>
#include <models/operations/Operations.h>
#include <models/tenants/TenantRepository.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace
{

class TenantsList : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    TenantsList()
        : CliCommand(QStringLiteral("tenants list"),
                     tr("Tenants by name, with this month's tokens, allowance and cost."))
    {
        addOption(QStringLiteral("search"), QStringLiteral("S"), tr("name, slug or id contains S"));
        addOption(QStringLiteral("limit"), QStringLiteral("N"), tr("at most N tenants (default 50)"));
        addJson();
    }

protected:
    int run() override
    {
        bool limitOk = true;
        const int limit = option(QStringLiteral("--limit"), QStringLiteral("50")).toInt(&limitOk);
        if (!limitOk || limit < 1 || limit > 100000)
            return usageError(tr("--limit must be between 1 and 100000"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        TenantRepository::Page page;
        page.search = option(QStringLiteral("--search"));
        QVector<TenantSummary> rows;
        // Keyset pages of up to 1,000 until the limit is reached.
        while (rows.size() < limit) {
            page.limit = qMin(1000, limit - static_cast<int>(rows.size()));
            auto future = services->tenants()->list(page);
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
        if (printedAsJson(rows))
            return ExitCode::Done;
        const QLocale locale;
        for (const TenantSummary& tenant : rows) {
            const QString limitText = tenant.includedTokens ? locale.toString(*tenant.includedTokens) : tr("unlimited");
            out() << QStringLiteral("%1  %2  %3  %4  %5/%6  %7")
                         .arg(tenant.id,
                              tenant.slug.leftJustified(28),
                              tenant.planId.leftJustified(12),
                              tenant.status.leftJustified(9),
                              locale.toString(tenant.tokensThisMonth),
                              limitText,
                              Decimal::formatUsd(tenant.costThisMonth))
                  << '\n';
        }
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class TenantsShow : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    TenantsShow()
        : CliCommand(QStringLiteral("tenants show"), tr("One tenant: plan, limits, this month, live counters."))
    {
        addPositional(QStringLiteral("ID"), tr("the tenant's id"));
        addJson();
    }

protected:
    int run() override
    {
        if (words().size() < 3)
            return usageError(tr("tenants show needs a tenant id"));
        const QString id = words().value(2);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto overview = services->tenantOverview(id);
        if (!awaitFuture(overview))
            return fail(tr("the servers did not answer within 30 s"));
        if (!overview.result().ok())
            return fail(overview.result().error);
        const QJsonObject object = overview.result().value.toJson();
        if (flag(QStringLiteral("--json"))) {
            out() << json(object) << Qt::flush;
            return ExitCode::Done;
        }
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QJsonValue value = it.value();
            const QString text = value.isObject() || value.isArray()
                ? QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))
                : value.toVariant().toString();
            out() << it.key().leftJustified(18) << ' ' << text << '\n';
        }
        out() << Qt::flush;
        return ExitCode::Done;
    }
};
} // namespace

void addTenantCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<TenantsList>());
    commands.push_back(std::make_unique<TenantsShow>());
}
