#include "CliArgs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace CliArgs
{

QString option(const QStringList& args, const QString& name, const QString& fallback)
{
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == name && i + 1 < args.size())
            return args.at(i + 1);
        if (args.at(i).startsWith(name + u'='))
            return args.at(i).mid(name.size() + 1);
    }
    return fallback;
}

bool flag(const QStringList& args, const QString& name)
{
    return args.contains(name);
}

QStringList positional(const QStringList& args)
{
    // Options that take a value: the word after them is theirs, not a positional one.
    static const QStringList valued
        = {QStringLiteral("--search"), QStringLiteral("--limit"),    QStringLiteral("--size"),
           QStringLiteral("--seed"),   QStringLiteral("--profile"),  QStringLiteral("--tenant"),
           QStringLiteral("--status"), QStringLiteral("--error"),    QStringLiteral("--from"),
           QStringLiteral("--to"),     QStringLiteral("--by"),       QStringLiteral("--month"),
           QStringLiteral("--reason"), QStringLiteral("--workflow"), QStringLiteral("--since"),
           QStringLiteral("--queue"),  QStringLiteral("--state"),    QStringLiteral("--until"),
           QStringLiteral("--action"), QStringLiteral("--min"),      QStringLiteral("--note"),
           QStringLiteral("--hours")};
    QStringList out;
    for (int i = 0; i < args.size(); ++i) {
        if (valued.contains(args.at(i))) {
            ++i;
            continue;
        }
        if (!args.at(i).startsWith(QLatin1String("--")))
            out << args.at(i);
    }
    return out;
}

QString json(const QJsonValue& value)
{
    return value.isArray() ? QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented))
                           : QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
}

} // namespace CliArgs
