#pragma once

#include <QDateTime>
#include <QJsonValue>

// A moment in JSON output (the CLI's --json, webhook payloads): UTC ISO 8601 with milliseconds, or null
// when there is none.
inline QJsonValue optionalTime(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}
