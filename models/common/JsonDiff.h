#pragma once

#include <QJsonValue>
#include <QString>
#include <QVector>

// One difference between two JSON documents, at a path like $.messages[2].content or $["a key"].
struct JsonChange
{
    enum class Kind
    {
        Added, // only in the second document
        Removed, // only in the first
        Changed, // in both, with another value (or another type)
    };
    Kind kind = Kind::Changed;
    QString path;
    QJsonValue before;
    QJsonValue after;

    static QString kindName(Kind kind); // added, removed, changed (stable, for --json)
};

// What differs between two JSON documents, path by path: objects member by member (in key order),
// arrays element by element (by index). At most `limit` changes are listed; `truncated` then says so.
struct JsonDiff
{
    QVector<JsonChange> changes;
    bool truncated = false;

    static JsonDiff between(const QJsonValue& before, const QJsonValue& after, int limit = 500);
    // Text that holds JSON is compared as JSON; any other text as one string value.
    static JsonDiff betweenTexts(const QString& before, const QString& after, int limit = 500);
    static QString childPath(const QString& parent, const QString& key);
    static QString indexPath(const QString& parent, qsizetype index);
};
