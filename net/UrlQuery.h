#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>

// Builds a URL query from decoded values. QUrlQuery::addQueryItem takes its value as already
// "pretty" encoded text, so a decoded value holding "%12" or "&" would come back as another value;
// encoding each value here makes toUrl and the strict parser agree on every character.
inline QString encodedQuery(const QList<QPair<QString, QString>>& items)
{
    QStringList parts;
    for (const auto& [key, value] : items)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value, "/"));
    return parts.join(u'&');
}
