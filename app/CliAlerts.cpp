// tenantscope-cli alerts: evaluate, list, acknowledge and snooze quota alerts.
#include "Cli.h"
#include "CliArgs.h"
#include "Services.h"

#include <Alerts.h>
#include <AwaitFuture.h>
#include <Validation.h>

#include <QCoreApplication>
#include <QJsonArray>

using namespace CliArgs;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}
} // namespace

int Cli::alertsCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString sub = words.value(1);
    static const QStringList known{QStringLiteral("list"),
                                   QStringLiteral("check"),
                                   QStringLiteral("ack"),
                                   QStringLiteral("snooze"),
                                   QStringLiteral("thresholds")};
    if (!known.contains(sub))
        return usage(tr("alerts needs list, check, ack, snooze or thresholds"));
    if (sub == QLatin1String("thresholds")) {
        const QString value = words.value(2);
        if (AlertMath::parseThresholds(value).isEmpty())
            return refuse(tr("alerts thresholds needs whole percentages, like 80,90,100"));
        const QString reason = option(args, QStringLiteral("--reason"));
        const QString noReason = Validation::reason(reason);
        if (!noReason.isEmpty())
            return refuse(tr("--reason: %1").arg(noReason));
        auto services = connect(args);
        if (!services)
            return 1;
        auto saved = AlertRepository(services->pg(), services->redis()).setThresholds(value, reason);
        if (!awaitFuture(saved))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!saved.result().ok())
            return fail(saved.result().error);
        m_out << tr("alert thresholds are now %1 %").arg(saved.result().value) << Qt::endl;
        return 0;
    }
    bool numberOk = true;
    const int minimum = option(args, QStringLiteral("--min"), QStringLiteral("0")).toInt(&numberOk);
    if (!numberOk || minimum < 0 || minimum > 1000)
        return refuse(tr("--min takes a percentage (0 to 1000)"));
    qint64 id = 0;
    if (sub == QLatin1String("ack") || sub == QLatin1String("snooze")) {
        id = words.value(2).toLongLong(&numberOk);
        if (!numberOk || id <= 0)
            return refuse(tr("alerts %1 needs an alert id (a number)").arg(sub));
    }
    int hours = 0;
    if (sub == QLatin1String("snooze")) {
        hours = option(args, QStringLiteral("--hours"), QStringLiteral("24")).toInt(&numberOk);
        if (!numberOk || hours < 1 || hours > 24 * 90)
            return refuse(tr("--hours takes 1 to 2160"));
    }
    const bool asJson = flag(args, QStringLiteral("--json"));
    auto services = connect(args);
    if (!services)
        return 1;
    AlertRepository alerts(services->pg(), services->redis());
    if (sub == QLatin1String("ack") || sub == QLatin1String("snooze")) {
        auto done = sub == QLatin1String("ack") ? alerts.acknowledge(id, option(args, QStringLiteral("--note")))
                                                : alerts.snooze(id,
                                                                QDateTime::currentDateTimeUtc().addSecs(3600LL * hours),
                                                                option(args, QStringLiteral("--note")));
        if (!awaitFuture(done))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!done.result().ok())
            return fail(done.result().error);
        m_out << (sub == QLatin1String("ack") ? tr("alert %1 acknowledged").arg(id)
                                              : tr("alert %1 snoozed for %2 h").arg(id).arg(hours))
              << Qt::endl;
        return 0;
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
            m_out << json(QJsonObject{{QStringLiteral("quotas"), quotas}, {QStringLiteral("fired"), fired}})
                  << Qt::flush;
            return 0;
        }
        for (const TenantQuota& q : e.quotas)
            if (q.percent >= minimum)
                m_out << QStringLiteral("%1  %2  %3 %  %4 / %5%6%7\n")
                             .arg(q.tenantName.leftJustified(24), q.metric.leftJustified(6))
                             .arg(q.percent, 6, 'f', 1)
                             .arg(q.usedText(),
                                  q.limitText(),
                                  q.crossesAt ? tr("  reaches 100 % %1").arg(q.crossesAt->toString(Qt::ISODate))
                                              : QString(),
                                  q.throttled ? tr("  THROTTLED") : QString());
        m_out << QCoreApplication::translate("Cli", "%n new alert(s) fired", nullptr, int(e.fired.size())) << Qt::endl;
        return 0;
    }
    AlertRepository::Filter filter;
    filter.minThreshold = minimum;
    filter.openOnly = !flag(args, QStringLiteral("--all"));
    auto list = alerts.list(filter);
    if (!awaitFuture(list))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!list.result().ok())
        return fail(list.result().error);
    if (asJson) {
        QJsonArray array;
        for (const QuotaAlert& a : list.result().value)
            array.append(a.toJson());
        m_out << json(array) << Qt::flush;
        return 0;
    }
    for (const QuotaAlert& a : list.result().value)
        m_out << QStringLiteral("%1  %2  %3  %4 %  %5  %6\n")
                     .arg(a.id, 6)
                     .arg(a.tenantName.leftJustified(24), a.metric.leftJustified(6))
                     .arg(a.threshold, 4)
                     .arg(a.usedOfLimitText(),
                          a.isOpen() ? tr("open")
                                     : (a.acknowledgedAt.isValid()
                                            ? tr("acknowledged by %1").arg(a.acknowledgedBy)
                                            : tr("snoozed until %1").arg(a.snoozedUntil.toString(Qt::ISODate))));
    m_out << Qt::flush;
    return 0;
}
