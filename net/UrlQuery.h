#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QStringView>
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

// Whether `text` holds a Unicode noncharacter (U+FFFE, U+FDD0, U+10FFFF ...). QUrl decodes every
// percent-encoded character except these, so a value holding one would not survive toUrl and back; no
// host, user, database or file name needs one, so URLs holding one are refused.
inline bool hasNonCharacter(QStringView text)
{
    for (const char32_t c : text.toUcs4()) {
        if (QChar::isNonCharacter(c))
            return true;
    }
    return false;
}
