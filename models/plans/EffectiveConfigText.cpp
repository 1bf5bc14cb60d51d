#include <models/plans/EffectiveConfigText.h>

#include <QLocale>
#include <QStringList>

QString EffectiveConfigText::valueOr(const QJsonObject& c, const char* field, const QString& otherwise)
{
    const QJsonValue value = c.value(QLatin1String(field));
    if (value.isNull() || value.isUndefined())
        return otherwise;
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isBool())
        return value.toBool() ? tr("on") : tr("off");
    return value.toString();
}

QString EffectiveConfigText::of(const QJsonObject& c)
{
    const QString notSet = tr("not set");
    QStringList lines;
    lines << tr("Model %1, fallback %2").arg(valueOr(c, "model", notSet), valueOr(c, "fallback_model", notSet));
    lines << tr("Temperature %1 · max tokens %2 · RAG %3")
                 .arg(valueOr(c, "temperature", notSet), valueOr(c, "max_tokens", notSet), valueOr(c, "rag", notSet));
    QString prompt = c.value(QStringLiteral("system_prompt")).toString().simplified();
    if (prompt.size() > 100)
        prompt = prompt.left(99) + QStringLiteral("…");
    lines << tr("Prompt %1: %2").arg(valueOr(c, "prompt_version", notSet), prompt.isEmpty() ? notSet : prompt);
    const QJsonValue own = c.value(QStringLiteral("tenant_version"));
    lines << (own.isDouble() ? tr("From the global defaults v%1 and the tenant's own settings v%2")
                                   .arg(valueOr(c, "global_version", notSet))
                                   .arg(own.toInt())
                             : tr("From the global defaults v%1 (the tenant sets nothing of its own)")
                                   .arg(valueOr(c, "global_version", notSet)));
    QStringList on;
    QStringList off;
    const QJsonObject flags = c.value(QStringLiteral("flags")).toObject();
    for (auto it = flags.begin(); it != flags.end(); ++it)
        (it.value().toBool() ? on : off) << it.key();
    if (!flags.isEmpty())
        lines << tr("Flags on: %1 · off: %2")
                     .arg(on.isEmpty() ? tr("none") : on.join(QStringLiteral(", ")),
                          off.isEmpty() ? tr("none") : off.join(QStringLiteral(", ")));
    return lines.join(u'\n');
}
