#include <models/common/Freshness.h>

#include <net/PgResult.h>

#include <QCoreApplication>

Freshness Freshness::of(const PgResult& result)
{
    Freshness freshness;
    if (result.readFrom == QLatin1String("standby")) {
        // A standby that has replayed nothing yet reports no time: "as of" the moment of the read then.
        freshness.asOf = result.asOf.isValid() ? result.asOf : QDateTime::currentDateTimeUtc();
        freshness.lagSeconds = result.standbyLagSeconds;
        freshness.pastBound = result.standbyPastBound;
    }
    return freshness;
}

QString Freshness::text() const
{
    if (!fromStandby())
        return {};
    if (pastBound)
        return QCoreApplication::translate("Freshness",
                                           "As of %1 UTC: read from the standby, %2 s behind, past its lag bound")
            .arg(asOf.toUTC().toString(QStringLiteral("HH:mm:ss")), QString::number(lagSeconds, 'f', 1));
    return QCoreApplication::translate("Freshness", "As of %1 UTC (read from the standby, %2 s behind)")
        .arg(asOf.toUTC().toString(QStringLiteral("HH:mm:ss")), QString::number(lagSeconds, 'f', 1));
}
