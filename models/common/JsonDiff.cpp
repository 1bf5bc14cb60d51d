#include <models/common/JsonDiff.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace
{
// Deep documents (a hostile trace) would recurse without bound: past this depth a subtree that differs
// is reported as one change.
constexpr int kMaxDepth = 64;

class Differ
{
public:
    explicit Differ(int limit)
        : m_limit(limit)
    {
    }

    void compare(const QJsonValue& before, const QJsonValue& after, const QString& path, int depth)
    {
        if (full())
            return;
        if (before.type() != after.type() || depth >= kMaxDepth || (!before.isObject() && !before.isArray())) {
            if (before != after)
                add(JsonChange::Kind::Changed, path, before, after);
            return;
        }
        if (before.isObject())
            compareObjects(before.toObject(), after.toObject(), path, depth);
        else
            compareArrays(before.toArray(), after.toArray(), path, depth);
    }

    JsonDiff result() { return std::move(m_diff); }

private:
    bool full()
    {
        if (m_diff.changes.size() < m_limit)
            return false;
        m_diff.truncated = true;
        return true;
    }

    void add(JsonChange::Kind kind, const QString& path, const QJsonValue& before, const QJsonValue& after)
    {
        if (!full())
            m_diff.changes.append({kind, path, before, after});
    }

    void compareObjects(const QJsonObject& before, const QJsonObject& after, const QString& path, int depth)
    {
        // Both key lists are sorted (QJsonObject keeps its keys in order): one merge pass.
        const QStringList left = before.keys();
        const QStringList right = after.keys();
        qsizetype i = 0;
        qsizetype j = 0;
        while ((i < left.size() || j < right.size()) && !full()) {
            if (j >= right.size() || (i < left.size() && left.at(i) < right.at(j))) {
                add(JsonChange::Kind::Removed, JsonDiff::childPath(path, left.at(i)), before.value(left.at(i)), {});
                ++i;
            } else if (i >= left.size() || right.at(j) < left.at(i)) {
                add(JsonChange::Kind::Added, JsonDiff::childPath(path, right.at(j)), {}, after.value(right.at(j)));
                ++j;
            } else {
                compare(before.value(left.at(i)),
                        after.value(right.at(j)),
                        JsonDiff::childPath(path, left.at(i)),
                        depth + 1);
                ++i;
                ++j;
            }
        }
    }

    void compareArrays(const QJsonArray& before, const QJsonArray& after, const QString& path, int depth)
    {
        const qsizetype common = qMin(before.size(), after.size());
        for (qsizetype i = 0; i < common && !full(); ++i)
            compare(before.at(i), after.at(i), JsonDiff::indexPath(path, i), depth + 1);
        for (qsizetype i = common; i < before.size() && !full(); ++i)
            add(JsonChange::Kind::Removed, JsonDiff::indexPath(path, i), before.at(i), {});
        for (qsizetype i = common; i < after.size() && !full(); ++i)
            add(JsonChange::Kind::Added, JsonDiff::indexPath(path, i), {}, after.at(i));
    }

    int m_limit;
    JsonDiff m_diff;
};

QJsonValue parsedOrText(const QString& text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return text;
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}
} // namespace

QString JsonChange::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Changed:
        break;
    }
    return QStringLiteral("changed");
}

QString JsonDiff::childPath(const QString& parent, const QString& key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return parent + u'.' + key;
    QString quoted = key;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return parent + QStringLiteral("[\"") + quoted + QStringLiteral("\"]");
}

QString JsonDiff::indexPath(const QString& parent, qsizetype index)
{
    return parent + u'[' + QString::number(index) + u']';
}

JsonDiff JsonDiff::between(const QJsonValue& before, const QJsonValue& after, int limit)
{
    Differ differ(qMax(1, limit));
    differ.compare(before, after, QStringLiteral("$"), 0);
    return differ.result();
}

JsonDiff JsonDiff::betweenTexts(const QString& before, const QString& after, int limit)
{
    if (before == after)
        return {};
    return between(parsedOrText(before), parsedOrText(after), limit);
}
