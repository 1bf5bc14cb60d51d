// tenantscope-cli billing: the Stripe key, and the reconciliation of metered, reported and billed usage.
#include <app/cli/CliCommands.h>
#include <app/cli/KeySupport.h>

#include <QJsonArray>
#include <QLocale>
#include <models/operations/BillingOperations.h>
#include <models/operations/Operations.h>

namespace
{

class BillingKeySet : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    BillingKeySet()
        : CliCommand(QStringLiteral("billing key set"),
                     tr("Store the profile's Stripe secret key (a restricted key is recommended) in the OS keychain, "
                        "read from standard input (never the command line)."))
    {
    }

protected:
    int run() override
    {
        QString key = KeySupport::readSecretLine(err(), tr("Stripe key: "));
        const QString problem = BillingOperations::keyProblem(key);
        if (!problem.isEmpty()) {
            key.fill(u'\0');
            return usageError(problem + tr(" (the key is read from standard input)"));
        }
        auto services = connect();
        if (!services) {
            key.fill(u'\0');
            return ExitCode::Failed;
        }
        auto stored = services->billing()->storeStripeKey(key);
        key.fill(u'\0');
        int exitCode = ExitCode::Done;
        if (!answered(stored, &exitCode, tr("the keychain did not answer within 20 s"), 20000))
            return exitCode;
        err() << tr("stored the Stripe key in the keychain (profile %1)").arg(keyProfile()) << Qt::endl;
        return ExitCode::Done;
    }
};

class BillingReconcile : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    BillingReconcile()
        : CliCommand(QStringLiteral("billing reconcile"),
                     tr("A month's usage side by side: metered in PostgreSQL, reported to Stripe (the report log) "
                        "and held or invoiced by Stripe, with each difference explained."))
    {
        addOption(QStringLiteral("month"), QStringLiteral("YYYY-MM"), tr("the billing period (UTC month)"), true);
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("only this tenant"));
        addFlag(QStringLiteral("drift-only"), tr("only the tenants whose figures differ"));
        addJson();
    }

protected:
    int run() override
    {
        const QDate month = QDate::fromString(option(QStringLiteral("--month")) + QStringLiteral("-01"), Qt::ISODate);
        if (!month.isValid())
            return usageError(tr("--month must be YYYY-MM"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->billing()->reconcile(month, option(QStringLiteral("--tenant")).toLower());
        int exitCode = ExitCode::Done;
        if (!answered(future, &exitCode, tr("PostgreSQL or Stripe did not answer within 120 s"), 120000))
            return exitCode;
        const BillingReconciliation& result = future.result().value;
        const bool driftOnly = flag(QStringLiteral("--drift-only"));
        QVector<TenantReconciliation> shown;
        for (const TenantReconciliation& tenant : result.tenants)
            if (!driftOnly || tenant.hasDrift() || !tenant.stripeRead())
                shown.append(tenant);
        if (printedAsJson(shown))
            return ExitCode::Done;
        const QLocale c = QLocale::c();
        if (result.periodOpen)
            out()
                << tr("%1 is still open: figures up to yesterday (UTC).").arg(month.toString(QStringLiteral("yyyy-MM")))
                << '\n';
        for (const TenantReconciliation& tenant : shown) {
            out() << QStringLiteral("%1  metered %2 units  reported %3  Stripe %4  drift %5")
                         .arg(tenant.account.tenantName.leftJustified(28),
                              c.toString(double(tenant.meteredTokens) / double(tenant.account.tokensPerUnit), 'f', 3),
                              c.toString(tenant.reportedUnits),
                              tenant.stripeRead() ? c.toString(tenant.stripe.units, 'f', 0) : tr("unread"),
                              tenant.stripeRead() ? QStringLiteral("%1 units, %2 USD%3")
                                                        .arg(c.toString(tenant.driftUnits, 'f', 0),
                                                             tenant.driftUsd,
                                                             tenant.driftPercent ? QStringLiteral(", %1 %").arg(
                                                                 c.toString(*tenant.driftPercent, 'f', 2))
                                                                                 : QString())
                                                  : tr("unknown"))
                  << '\n';
            if (!tenant.stripeRead())
                out() << QStringLiteral("    ") << tr("Stripe: %1").arg(tenant.stripe.error) << '\n';
            for (const BillingDifference& difference : tenant.differences)
                out() << QStringLiteral("    %1  %2  %3 units  %4%5\n")
                             .arg(BillingDifference::kindLabel(difference.kind).leftJustified(18),
                                  difference.day.isValid() ? difference.day.toString(Qt::ISODate) : tr("period    "),
                                  c.toString(double(difference.tokens) / double(tenant.account.tokensPerUnit), 'f', 3),
                                  difference.detail,
                                  difference.resendable ? tr(" (may be re-sent)") : QString());
        }
        err() << tr("%1 tenants, %2 with differences").arg(result.tenants.size()).arg(result.tenantsWithDrift())
              << Qt::endl;
        out() << Qt::flush;
        return ExitCode::Done;
    }
};
class BillingResendCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    BillingResendCommand()
        : CliCommand(
            QStringLiteral("billing resend"),
            tr("Re-send a day the reconciliation finds unreported or failed, with an idempotency key: only for "
               "a closed month Stripe has not invoiced; recorded in the report log and audited."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("the tenant"), true);
        addOption(QStringLiteral("day"), QStringLiteral("YYYY-MM-DD"), tr("the UTC day to re-send"), true);
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why (the audit log's reason)"), true);
        addJson();
    }

protected:
    int run() override
    {
        const QDate day = QDate::fromString(option(QStringLiteral("--day")), Qt::ISODate);
        if (!day.isValid())
            return usageError(tr("--day must be YYYY-MM-DD"));
        const QString reason = reasonProblem();
        if (!reason.isEmpty())
            return usageError(reason);
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto future = services->billing()->resend(
            option(QStringLiteral("--tenant")).toLower(), day, option(QStringLiteral("--reason")));
        int exitCode = ExitCode::Done;
        if (!answered(future, &exitCode, tr("PostgreSQL or Stripe did not answer within 120 s"), 120000))
            return exitCode;
        const BillingResend& sent = future.result().value;
        if (flag(QStringLiteral("--json"))) {
            out() << json(sent.toJson()) << Qt::flush;
            return ExitCode::Done;
        }
        out() << tr("re-sent %1 units (%2 tokens) for %3 as %4; Stripe accepted it")
                     .arg(sent.quantity)
                     .arg(sent.tokens)
                     .arg(sent.day.toString(Qt::ISODate), sent.identifier)
              << Qt::endl;
        return ExitCode::Done;
    }
};
} // namespace

void addBillingCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<BillingKeySet>());
    commands.push_back(std::make_unique<BillingReconcile>());
    commands.push_back(std::make_unique<BillingResendCommand>());
}
