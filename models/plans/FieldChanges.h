#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QVector>

// One field an edit changes, with its value now and after.
struct FieldChange
{
    QString field;
    QJsonValue before;
    QJsonValue after;
};

// The fields (in the given order) whose value differs between two states; a field absent reads as null.
// Numbers compare by value, so 0.7 read back from the server equals the 0.7 typed.
inline QVector<FieldChange>
changesBetween(const QJsonObject& before, const QJsonObject& after, const QStringList& fields)
{
    QVector<FieldChange> changes;
    for (const QString& field : fields) {
        const QJsonValue now = before.value(field);
        const QJsonValue then = after.value(field);
        const bool same = (now.isDouble() && then.isDouble())
            ? qFuzzyCompare(1.0 + now.toDouble(), 1.0 + then.toDouble())
            : (now.isUndefined() ? QJsonValue() : now) == (then.isUndefined() ? QJsonValue() : then);
        if (!same)
            changes.append({field, now, then});
    }
    return changes;
}
