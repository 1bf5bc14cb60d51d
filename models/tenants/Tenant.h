#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

// One row of the tenant list. Money is exact decimal text; a missing limit means unlimited.
struct TenantSummary
{
    QString id;
    QString slug;
    QString name;
    QString planId;
    QString status;
    qint64 tokensThisMonth = 0;
    std::optional<qint64> includedTokens;
    QString costThisMonth = QStringLiteral("0");

    QJsonObject toJson() const;
};

struct EffectiveLimits
{
    std::optional<qint64> includedTokens;
    std::optional<qint64> maxConcurrent;
    std::optional<qint64> requestsPerMinute;
    std::optional<qint64> tokensPerMinute;
    std::optional<qint64> monthlyRuns;
    QStringList allowedModels;
    bool hasOverride = false;
    QString overrideReason;
    QDateTime overrideExpiresAt;

    QJsonObject toJson() const;
};

struct TenantDetail
{
    TenantSummary summary;
    QString planName;
    QString basePrice;
    QString overagePer1k;
    QDateTime createdAt;
    QString defaultModel;
    qint64 requestsThisMonth = 0;
    int openAlerts = 0;
    EffectiveLimits limits;

    QJsonObject toJson() const;
};

// What the gateways are doing now, read from Redis.
struct TenantLiveState
{
    bool available = false; // false: Redis could not be read (error says why)
    QString error;
    qint64 requestsInWindow = 0; // last 60 s
    qint64 tokensInWindow = 0; // last 60 s
    qint64 concurrent = 0;
    bool quotaExceeded = false;
    QString quotaDetail;
    std::optional<qint64> liveTokensThisMonth; // the gateway's own month counter
    QString liveCostThisMonth;
    // Counters Redis holds that cannot be right (negative, or not a number), as "name = value": they are
    // not shown as usage. Empty when every counter read is plausible.
    QStringList invalidCounters;

    QJsonObject toJson() const;
};

Q_DECLARE_METATYPE(TenantSummary)
