#include <models/home/HomeReport.h>

#include <models/common/Decimal.h>

#include <QJsonArray>

#include <algorithm>
#include <cmath>

QString HomeSpend::baseline() const
{
    if (sameHours.isEmpty())
        return QStringLiteral("0");
    QStringList sorted = sameHours;
    std::sort(
        sorted.begin(), sorted.end(), [](const QString& a, const QString& b) { return Decimal::compare(a, b) < 0; });
    // The lower middle for an even count: a median that is one of the days, exact, never an average.
    return sorted.at((sorted.size() - 1) / 2);
}

std::optional<double> HomeSpend::changePercent() const
{
    const double base = baseline().toDouble();
    if (base <= 0)
        return std::nullopt;
    return (today.toDouble() / base - 1) * 100;
}

qint64 HomeFailures::lastDay() const
{
    qint64 sum = 0;
    for (qint64 n : byHour)
        sum += n;
    return sum;
}

qint64 HomeQueues::backlogOf(const QueueCounts& queue)
{
    return queue.count(QStringLiteral("wait")) + queue.count(QStringLiteral("prioritized"))
        + queue.count(QStringLiteral("delayed"));
}

qint64 HomeQueues::backlog() const
{
    qint64 sum = 0;
    for (const QueueCounts& q : queues)
        sum += backlogOf(q);
    return sum;
}

qint64 HomeQueues::failed() const
{
    qint64 sum = 0;
    for (const QueueCounts& q : queues)
        sum += q.count(QStringLiteral("failed"));
    return sum;
}

QString HomeQueues::busiest() const
{
    QString name;
    qint64 most = 0;
    for (const QueueCounts& q : queues) {
        const qint64 backlog = backlogOf(q);
        if (backlog > most) {
            most = backlog;
            name = q.queue;
        }
    }
    return name;
}

QStringList HomeQueues::paused() const
{
    QStringList names;
    for (const QueueCounts& q : queues)
        if (q.paused)
            names.append(q.queue);
    return names;
}

namespace
{
void putError(QJsonObject* object, const HomePart& part)
{
    if (!part.ok())
        object->insert(QStringLiteral("error"), part.error);
}
} // namespace

bool HomeReport::nothingRead() const
{
    return !spend.ok() && !failures.ok() && !quota.ok() && !queues.ok();
}

QJsonObject HomeReport::toJson() const
{
    QJsonObject root{{QStringLiteral("as_of"), asOf.toString(Qt::ISODateWithMs)}};
    if (!ownTenant.isEmpty()) {
        root.insert(QStringLiteral("own_tenant"), ownTenant);
        return root;
    }
    QJsonObject spendJson{{QStringLiteral("today_usd"), spend.today},
                          {QStringLiteral("same_hours_usd"), QJsonArray::fromStringList(spend.sameHours)},
                          {QStringLiteral("baseline_usd"), spend.baseline()}};
    if (const auto change = spend.changePercent())
        spendJson.insert(QStringLiteral("change_pct"), std::round(*change * 10) / 10);
    putError(&spendJson, spend);

    QJsonArray causes;
    for (const HomeFailureCause& c : failures.causes)
        causes.append(QJsonObject{{QStringLiteral("error_code"), c.code}, {QStringLiteral("count"), c.count}});
    QJsonArray byHour;
    for (qint64 n : failures.byHour)
        byHour.append(n);
    QJsonObject failuresJson{{QStringLiteral("last_hour"), failures.lastHour},
                             {QStringLiteral("by_cause"), causes},
                             {QStringLiteral("by_hour_24h"), byHour}};
    putError(&failuresJson, failures);

    QJsonObject quotaJson{{QStringLiteral("open_alerts"), quota.openAlerts},
                          {QStringLiteral("open_spikes_24h"), quota.openSpikes},
                          {QStringLiteral("over_quota_tenants"), quota.overQuota},
                          {QStringLiteral("over_quota_first"), QJsonArray::fromStringList(quota.overQuotaNames)}};
    putError(&quotaJson, quota);

    QJsonArray queueList;
    for (const QueueCounts& q : queues.queues)
        queueList.append(q.toJson());
    QJsonObject queuesJson{{QStringLiteral("backlog"), queues.backlog()},
                           {QStringLiteral("failed"), queues.failed()},
                           {QStringLiteral("busiest"), queues.busiest()},
                           {QStringLiteral("paused"), QJsonArray::fromStringList(queues.paused())},
                           {QStringLiteral("queues"), queueList}};
    putError(&queuesJson, queues);

    root.insert(QStringLiteral("spend"), spendJson);
    root.insert(QStringLiteral("failures"), failuresJson);
    root.insert(QStringLiteral("quota"), quotaJson);
    root.insert(QStringLiteral("queues"), queuesJson);
    return root;
}
