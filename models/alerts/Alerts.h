#pragma once

#include <models/common/Fetched.h>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QMetaType>
#include <QVector>

#include <optional>

class PgSession;
class RedisClient;

// One tenant's month to date against its effective monthly limits (tokens from the gateways' Redis
// counters, workflow runs from PostgreSQL, provider cost against what its plan charges), with the day it
// reaches 100 % at its pace so far.
struct TenantQuota
{
    QString tenantId;
    QString tenantName;
    QString metric; // "tokens", "runs" or "cost" (against the plan's base price)
    qint64 used = 0; // tokens, runs, or cents for cost
    std::optional<qint64> limit; // none: unlimited
    double percent = 0;
    std::optional<QDateTime> crossesAt; // at this month's pace; none when unlimited, over or idle
    bool over = false;
    bool throttled = false; // quota_exceeded:{tenant} is set: the gateways refuse its requests
    QString usedText() const; // "1,234,567", or "$12.34" for cost
    QString limitText() const; // the same, or "unlimited"
    QJsonObject toJson() const;
};

struct QuotaAlert
{
    qint64 id = 0;
    QString tenantId;
    QString tenantName;
    QString metric;
    int threshold = 0;
    QDateTime firedAt;
    QString observed;
    QString limit;
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    QDateTime snoozedUntil;
    QString snoozedBy;
    bool isOpen() const;
    QString usedOfLimitText() const; // "1,900,000 / 2,000,000" or "$45.00 / $49.00"
    QJsonObject toJson() const;
};

namespace AlertMath
{
// The moment `used` reaches `limit` if the month continues at its average pace so far. None when the
// limit is reached already or nothing was used.
std::optional<QDateTime> crossesAt(qint64 used, qint64 limit, const QDateTime& nowUtc);
// The thresholds `percent` has reached, of `thresholds` (ascending).
QList<int> crossed(double percent, const QList<int>& thresholds);
QList<int> parseThresholds(const QString& text); // "80,90,100"; empty when invalid
} // namespace AlertMath

// Quota alerts: evaluates every tenant's month to date against its limits (one PostgreSQL read, one
// pipelined Redis round trip), records newly crossed thresholds through alerts_fire (once per tenant,
// metric, threshold and month, whoever evaluates), and lists, acknowledges and snoozes them (audited).
class AlertRepository
{
public:
    AlertRepository(PgSession* pg, RedisClient* redis);

    struct Evaluation
    {
        QVector<TenantQuota> quotas; // tenants at or above the lowest threshold, or throttled
        QVector<qint64> fired; // alerts new this month, from this evaluation
        QList<int> thresholds;
    };
    QFuture<Fetched<Evaluation>> evaluate() const;

    struct Filter
    {
        bool openOnly = true;
        int minThreshold = 0;
        QString tenantId;
    };
    QFuture<Fetched<QVector<QuotaAlert>>> list(const Filter& filter) const;
    QFuture<Fetched<bool>> acknowledge(qint64 alertId, const QString& note) const;
    QFuture<Fetched<bool>> snooze(qint64 alertId, const QDateTime& until, const QString& note) const;

    // "80,90,100": validated here, then by the server (platform admins only, audited). The value saved.
    QFuture<Fetched<QString>> setThresholds(const QString& value, const QString& reason) const;

    static QString channel(); // LISTEN: alerts fired or handled anywhere

private:
    PgSession* m_pg;
    RedisClient* m_redis;
};
Q_DECLARE_METATYPE(QuotaAlert)
