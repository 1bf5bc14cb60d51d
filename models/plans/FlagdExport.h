#pragma once

#include <models/plans/AiConfigRepository.h>

#include <QJsonObject>

// The effective feature flags as an OpenFeature flagd flag set (https://flagd.dev/schema/v0/flags.json):
// each flag a boolean flag with the variants "on" and "off". A flag on for every tenant or for none is its
// default variant; any other rollout targets the tenants it is on for by `targetingKey` (the tenant id),
// evaluated by PostgreSQL, so flagd answers exactly as `ai_effective_config` does (flagd's fractional
// split hashes differently from the contract's bucket). It is a snapshot: export again when tenants or
// flags change.
class FlagdExport
{
public:
    static QJsonObject build(const QVector<EvaluatedFlag>& flags, const QString& version);
};
