#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

// The platform contract's Redis key layout (docs/platform-contract.md). Every Redis key name in the code
// base is built here.
namespace RedisKeys
{
QByteArray usageDaily(const QString& tenantId, QDate day);
// usageDaily() of many tenants, built without intermediate strings (10,000 per read of all tenants).
QList<QByteArray> usageDailyKeys(const QStringList& tenantIds, QDate day);
// Every tenant's traffic of the UTC day, kept by gateways that keep it (contract v1.6; optional).
QByteArray usagePlatformDaily(QDate day);
QByteArray usageMonthly(const QString& tenantId, QDate month);
QByteArray rateLimitRequests(const QString& tenantId);
QByteArray rateLimitTokens(const QString& tenantId);
QByteArray concurrent(const QString& tenantId);
QByteArray quotaExceeded(const QString& tenantId);
QByteArray limits(const QString& tenantId);
// A tenant's effective AI configuration and flags (contract v1.7), a hash replaced whole by each push.
QByteArray aiConfig(const QString& tenantId);
QByteArray planChangesChannel();

// BullMQ: "<prefix>:<queue>:<suffix>" ("bull:workflow-runs:wait", "bull:workflow-runs:42").
QByteArray bullPrefix(); // BullMQ's default; a profile may name another (ConnectionProfile::queuePrefix)
QByteArray bull(const QString& queue, const QByteArray& suffix);
QByteArray bull(const QByteArray& prefix, const QString& queue, const QByteArray& suffix);
// A queue prefix that is safe in key names and SCAN patterns (no spaces or glob characters).
bool isValidQueuePrefix(const QString& prefix);
// Patterns of every key the contract owns, for cleaning a demo database.
QList<QByteArray> contractPatterns(const QByteArray& queuePrefix);
} // namespace RedisKeys

// ACL rules (as ACL SETUSER arguments after the user name and password) for each role of the contract.
namespace RedisAcl
{
QList<QByteArray> tenantAdminRules(const QString& tenantId);
QList<QByteArray> supportRules(const QByteArray& queuePrefix = RedisKeys::bullPrefix());
QList<QByteArray> financeRules();
QList<QByteArray> platformAdminRules();
} // namespace RedisAcl
