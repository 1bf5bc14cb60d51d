#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

// An object as one line of JSON text, as the audit functions take it.
inline QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
