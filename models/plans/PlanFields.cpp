#include <models/plans/PlanFields.h>

#include <models/common/Decimal.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PlanFields", text);
}

// Limits are stored as bigint; JSON numbers are doubles, exact up to 2^53.
constexpr double kLargestLimit = 9007199254740992.0;

bool sameValue(const QJsonValue& a, const QJsonValue& b)
{
    if (a.isString() && b.isString() && Decimal::isValid(a.toString()) && Decimal::isValid(b.toString()))
        return Decimal::compare(a.toString(), b.toString()) == 0;
    if (a.isArray() && b.isArray()) {
        QStringList x;
        QStringList y;
        for (const QJsonValue& v : a.toArray())
            x << v.toString();
        for (const QJsonValue& v : b.toArray())
            y << v.toString();
        x.sort();
        y.sort();
        return x == y;
    }
    return a == b;
}
} // namespace

namespace PlanFields
{

const QStringList& planFields()
{
    static const QStringList fields{QStringLiteral("name"),
                                    QStringLiteral("base_price"),
                                    QStringLiteral("included_tokens"),
                                    QStringLiteral("overage_per_1k"),
                                    QStringLiteral("max_concurrent"),
                                    QStringLiteral("requests_per_minute"),
                                    QStringLiteral("tokens_per_minute"),
                                    QStringLiteral("monthly_runs"),
                                    QStringLiteral("allowed_models")};
    return fields;
}

const QStringList& overrideFields()
{
    static const QStringList fields{QStringLiteral("included_tokens"),
                                    QStringLiteral("max_concurrent"),
                                    QStringLiteral("requests_per_minute"),
                                    QStringLiteral("tokens_per_minute"),
                                    QStringLiteral("monthly_runs")};
    return fields;
}

bool isLimit(const QString& field)
{
    return overrideFields().contains(field);
}

bool isMoney(const QString& field)
{
    return field == QLatin1String("base_price") || field == QLatin1String("overage_per_1k");
}

int minimum(const QString& field)
{
    return field == QLatin1String("included_tokens") || field == QLatin1String("monthly_runs") ? 0 : 1;
}

QString parseAssignment(const QString& assignment, bool forOverride, QString* field, QJsonValue* value)
{
    const qsizetype equals = assignment.indexOf(u'=');
    if (equals <= 0)
        return tr("\"%1\" is not FIELD=VALUE.").arg(assignment);
    *field = assignment.left(equals).trimmed();
    const QString text = assignment.mid(equals + 1).trimmed();
    const QStringList& allowed = forOverride ? overrideFields() : planFields();
    if (!allowed.contains(*field))
        return tr("Unknown field \"%1\" (use %2).").arg(*field, allowed.join(QStringLiteral(", ")));
    if (isLimit(*field)) {
        // In a plan, null is "unlimited"; in an override, null is "follow the plan" (an override cannot
        // lift a limit to unlimited: give it a number, or move the tenant to a plan without that limit).
        if (forOverride && text.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0)
            return tr("%1: an override cannot be unlimited; give a number, or \"plan\" to follow the plan.")
                .arg(*field);
        if ((!forOverride && text.compare(QLatin1String("unlimited"), Qt::CaseInsensitive) == 0)
            || (forOverride && text.compare(QLatin1String("plan"), Qt::CaseInsensitive) == 0)) {
            *value = QJsonValue(QJsonValue::Null);
        } else {
            static const QRegularExpression whole(QStringLiteral("^-?\\d{1,16}$"));
            if (!whole.match(text).hasMatch())
                return tr("%1: \"%2\" is not a whole number (or \"unlimited\").").arg(*field, text);
            *value = QJsonValue(text.toDouble());
        }
    } else if (*field == QLatin1String("allowed_models")) {
        QJsonArray models;
        for (const QString& model : text.split(u',', Qt::SkipEmptyParts))
            models.append(model.trimmed());
        *value = models;
    } else {
        *value = text;
    }
    return validate(*field, *value);
}

QString validate(const QString& field, const QJsonValue& value, const QStringList& knownModels)
{
    if (isLimit(field)) {
        if (value.isNull())
            return {};
        if (!value.isDouble())
            return tr("%1: a whole number or \"unlimited\" is required.").arg(field);
        const double n = value.toDouble();
        if (n != double(qint64(n)) || n > kLargestLimit)
            return tr("%1: %2 is not a whole number.").arg(field).arg(n, 0, 'f');
        if (n < minimum(field))
            return minimum(field) == 0 ? tr("%1: a limit cannot be negative.").arg(field)
                                       : tr("%1: must be at least 1 (or \"unlimited\").").arg(field);
        return {};
    }
    if (isMoney(field)) {
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'f', 10) : value.toString();
        if (!Decimal::isValid(text))
            return tr("%1: \"%2\" is not an amount in USD.").arg(field, text);
        if (Decimal::compare(text, QStringLiteral("0")) < 0)
            return tr("%1: cannot be negative.").arg(field);
        if (Decimal::compare(text, Decimal::round(text, 2)) != 0)
            return tr("%1: at most 2 decimals (cents).").arg(field);
        return {};
    }
    if (field == QLatin1String("allowed_models")) {
        if (!value.isArray())
            return tr("allowed_models: a list of model names is required.");
        for (const QJsonValue& model : value.toArray()) {
            if (!model.isString() || model.toString().isEmpty())
                return tr("allowed_models: every entry must be a model name.");
            if (!knownModels.isEmpty() && !knownModels.contains(model.toString()))
                return tr("allowed_models: \"%1\" is not in the price table.").arg(model.toString());
        }
        return {};
    }
    if (field == QLatin1String("name")) {
        const QString name = value.toString().trimmed();
        if (name.isEmpty() || name.size() > 100)
            return tr("name: 1 to 100 characters.");
        return {};
    }
    return tr("Unknown field \"%1\".").arg(field);
}

QString display(const QString& field, const QJsonValue& value)
{
    if (value.isUndefined())
        return tr("(plan's)");
    if (isLimit(field))
        return value.isNull() ? tr("unlimited") : QLocale().toString(qint64(value.toDouble()));
    if (isMoney(field))
        return Decimal::formatUsd(value.isDouble() ? QString::number(value.toDouble(), 'f', 2) : value.toString());
    if (value.isArray()) {
        QStringList names;
        for (const QJsonValue& v : value.toArray())
            names << v.toString();
        return names.isEmpty() ? tr("(none)") : names.join(QStringLiteral(", "));
    }
    return value.toString();
}

QVector<Change> diff(const QJsonObject& current, const QJsonObject& changes)
{
    QVector<Change> out;
    for (const QString& field : planFields()) {
        if (!changes.contains(field))
            continue;
        const QJsonValue before = current.value(field);
        const QJsonValue after = changes.value(field);
        if (!sameValue(before, after))
            out.append({field, before, after});
    }
    return out;
}

} // namespace PlanFields
