#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QVector>

// The contract's plan and override fields (base_price, included_tokens, overage_per_1k, max_concurrent,
// requests_per_minute, tokens_per_minute, monthly_runs, allowed_models, name), their JSON form (limits a
// whole number or null for unlimited; money as exact decimal text; models a list) and their validation,
// naming the field. The server checks again; this is for a clear message before the round trip.
namespace PlanFields
{
const QStringList& planFields();
const QStringList& overrideFields(); // the limits only
bool isLimit(const QString& field);
bool isMoney(const QString& field);
int minimum(const QString& field); // 1 for rates and concurrency, 0 otherwise

// "included_tokens=5000000", "monthly_runs=unlimited", "allowed_models=gpt-4o,claude-3-5-haiku". For an
// override, "plan" (null) means "follow the plan's value" and "unlimited" is refused.
QString parseAssignment(const QString& assignment, bool forOverride, QString* field, QJsonValue* value);
// Empty when valid; else a sentence that names the field. knownModels empty: models are not checked here.
QString validate(const QString& field, const QJsonValue& value, const QStringList& knownModels = {});
QString display(const QString& field, const QJsonValue& value); // "unlimited", "$0.02", "5,000,000"

struct Change
{
    QString field;
    QJsonValue before;
    QJsonValue after;
};
// The fields of `changes` whose value differs from `current`, in the contract's order.
QVector<Change> diff(const QJsonObject& current, const QJsonObject& changes);
} // namespace PlanFields
