#include <models/usage/Usage.h>

#include <QCoreApplication>

QString UsageQuery::validate() const
{
    const auto tr = [](const char* text) { return QCoreApplication::translate("UsageQuery", text); };
    if (!from.isValid() || !to.isValid())
        return tr("Give both dates of the range as YYYY-MM-DD.");
    if (from > to)
        return tr("The range starts after it ends.");
    if (from.daysTo(to) > 400)
        return tr("Ranges are limited to 400 days.");
    return {};
}

std::optional<UsageResolution> UsageQuery::resolutionFromName(const QString& name)
{
    if (name == QLatin1String("hour"))
        return UsageResolution::Hour;
    if (name == QLatin1String("day"))
        return UsageResolution::Day;
    if (name == QLatin1String("month"))
        return UsageResolution::Month;
    return std::nullopt;
}

QString UsageQuery::resolutionName(UsageResolution resolution)
{
    switch (resolution) {
    case UsageResolution::Hour:
        return QStringLiteral("hour");
    case UsageResolution::Day:
        return QStringLiteral("day");
    case UsageResolution::Month:
        return QStringLiteral("month");
    }
    return {};
}

QJsonObject UsagePoint::toJson(UsageResolution resolution) const
{
    const QDateTime utc = bucket.toUTC();
    QString label;
    switch (resolution) {
    case UsageResolution::Hour:
        label = utc.toString(QStringLiteral("yyyy-MM-ddTHH:00:00Z"));
        break;
    case UsageResolution::Day:
        label = utc.date().toString(Qt::ISODate);
        break;
    case UsageResolution::Month:
        label = utc.date().toString(QStringLiteral("yyyy-MM"));
        break;
    }
    return {{QStringLiteral("bucket"), label},
            {QStringLiteral("model"), model},
            {QStringLiteral("prompt_tokens"), double(promptTokens)},
            {QStringLiteral("completion_tokens"), double(completionTokens)},
            {QStringLiteral("tokens"), double(tokens())},
            {QStringLiteral("requests"), double(requests)},
            {QStringLiteral("cost_usd"), costUsd}};
}
