#pragma once

#include <models/queues/QueueRepository.h>

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QVector>

#include <optional>

// One part of the first screen: its figures, or why it could not be read (a role without the grant, a
// server that is down). A part that failed never hides the others.
struct HomePart
{
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// AI spend on the platform's own keys so far today (UTC), against the same hours of each of the last
// seven days: the baseline is their median.
struct HomeSpend : HomePart
{
    QString today = QStringLiteral("0"); // USD, exact decimal text
    QStringList sameHours; // the seven earlier days, yesterday first
    QString baseline() const; // the median of sameHours
    // today / baseline - 1, in percent; no value when the baseline is zero
    std::optional<double> changePercent() const;
};

struct HomeFailureCause
{
    QString code; // executions.error_code
    qint64 count = 0;
};

// Failed executions: the last hour by cause (most first) and the last 24 hours by hour (oldest first).
struct HomeFailures : HomePart
{
    qint64 lastHour = 0;
    QVector<HomeFailureCause> causes;
    QVector<qint64> byHour; // 24 buckets
    qint64 lastDay() const; // the sum of byHour
};

// Open quota alerts of this month and the tenants at or past their quota (the platform throttles them); and
// the spikes of the last 24 hours not yet acknowledged.
struct HomeQuota : HomePart
{
    qint64 openAlerts = 0;
    qint64 openSpikes = 0;
    qint64 firing() const { return openAlerts + openSpikes; }
    qint64 overQuota = 0;
    QStringList overQuotaNames; // up to three, furthest past their quota first
};

// The queues with their counts; a queue with waiting or delayed jobs has a backlog.
struct HomeQueues : HomePart
{
    QVector<QueueCounts> queues;
    static qint64 backlogOf(const QueueCounts& queue); // waiting + prioritized + delayed
    qint64 backlog() const; // every queue's
    qint64 failed() const;
    QString busiest() const; // the queue with the largest backlog; empty when none
    QStringList paused() const;
};

// What is wrong right now, as the Home page and `tenantscope-cli home` show it.
struct HomeReport
{
    QDateTime asOf;
    // A tenant admin's home is its own tenant: set (and the platform-wide parts left empty) when the login
    // administers tenants and holds no staff role.
    QString ownTenant;
    HomeSpend spend;
    HomeFailures failures;
    HomeQuota quota;
    HomeQueues queues;

    // Every platform part failed (a tenant admin's report reads none of them and is not this).
    bool nothingRead() const;
    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(HomeReport)
