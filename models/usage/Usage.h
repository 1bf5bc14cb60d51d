#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVector>

#include <optional>

enum class UsageResolution
{
    Hour,
    Day,
    Month,
};

struct UsageQuery
{
    QString tenantId; // empty: all tenants
    QDate from; // UTC days, inclusive
    QDate to;
    UsageResolution resolution = UsageResolution::Day;

    // "2026-11-01".."2026-11-30", at most 400 days (a year by the hour is about 9,000 periods: the chart
    // downsamples). Empty when valid.
    QString validate() const;
    static std::optional<UsageResolution> resolutionFromName(const QString& name);
    static QString resolutionName(UsageResolution resolution);
};

// One bucket of one model. Money as exact decimal text.
struct UsagePoint
{
    QDateTime bucket; // UTC start of the hour, day or month
    QString model; // kLiveRemainder for the live part not yet attributed to a model
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    qint64 requests = 0;
    QString costUsd = QStringLiteral("0");

    qint64 tokens() const { return promptTokens + completionTokens; }
    QJsonObject toJson(UsageResolution resolution) const;
};

// The live gateway counter for today (Redis) beyond what PostgreSQL has attributed to models yet.
inline const QString kLiveRemainder = QStringLiteral("(live, not yet attributed)");

struct UsageSeries
{
    QVector<UsagePoint> points; // ordered by bucket, then model
    bool liveMerged = false; // today's bucket was reconciled with Redis
    QString liveError; // Redis could not be read: today is Postgres only
    std::optional<qint64> includedTokens; // the tenant's effective monthly limit (tenant queries only)
};
