#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// An object as one line of JSON text, as the audit functions take it.
inline QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// Any JSON value as a person reads it: a string as itself, anything else as one line of JSON (null, true,
// 3.5, {"a":1}); nothing for an undefined value.
inline QString jsonValueText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isUndefined())
        return {};
    // Wrapped in an array, since a document holds only an object or an array; the brackets come off.
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}
