#include <models/plans/FlagdExport.h>

#include <QJsonArray>

namespace
{
const QString kOn = QStringLiteral("on");
const QString kOff = QStringLiteral("off");

QJsonObject flagdFlag(const EvaluatedFlag& flag)
{
    const bool onForAll = flag.enabled && flag.rollout == QLatin1String("all");
    const bool onForSome = flag.enabled && !onForAll && !flag.tenantsOn.isEmpty();
    QJsonObject json{
        {QStringLiteral("state"), QStringLiteral("ENABLED")},
        {QStringLiteral("variants"), QJsonObject{{kOn, true}, {kOff, false}}},
        {QStringLiteral("defaultVariant"), onForAll ? kOn : kOff},
        {QStringLiteral("metadata"),
         QJsonObject{{QStringLiteral("description"), flag.description},
                     {QStringLiteral("rollout"), flag.rollout},
                     {QStringLiteral("enabled"), flag.enabled},
                     {QStringLiteral("version"), flag.version},
                     {QStringLiteral("tenantsOn"), double(onForAll ? flag.tenantsTotal : flag.tenantsOn.size())}}}};
    if (onForSome) {
        // JsonLogic: "on" when the evaluation context's targetingKey is one of the tenants.
        const QJsonObject tenantIsIn{{QStringLiteral("in"),
                                      QJsonArray{QJsonObject{{QStringLiteral("var"), QStringLiteral("targetingKey")}},
                                                 QJsonArray::fromStringList(flag.tenantsOn)}}};
        json.insert(QStringLiteral("targeting"),
                    QJsonObject{{QStringLiteral("if"), QJsonArray{tenantIsIn, kOn, kOff}}});
    }
    return json;
}
} // namespace

QJsonObject FlagdExport::build(const QVector<EvaluatedFlag>& flags, const QString& version)
{
    QJsonObject all;
    for (const EvaluatedFlag& flag : flags)
        all.insert(flag.key, flagdFlag(flag));
    return {{QStringLiteral("$schema"), QStringLiteral("https://flagd.dev/schema/v0/flags.json")},
            {QStringLiteral("metadata"),
             QJsonObject{{QStringLiteral("flagSetId"), QStringLiteral("tenantscope")},
                         {QStringLiteral("version"), version}}},
            {QStringLiteral("flags"), all}};
}
