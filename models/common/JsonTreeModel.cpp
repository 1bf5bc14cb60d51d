#include <models/common/DisplayText.h>
#include <models/common/JsonTreeModel.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace
{
QString typeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return {};
    }
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

JsonTreeModel::~JsonTreeModel() = default;

JsonTreeModel::Parsed JsonTreeModel::parse(const QString& text)
{
    QJsonParseError error{};
    // Scalars are valid JSON too; wrap to let QJsonDocument parse any value.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
    Parsed parsed;
    if (error.error == QJsonParseError::NoError && document.isArray() && document.array().size() == 1) {
        parsed.ok = true;
        parsed.value = document.array().first();
    } else {
        // Parsed, but not exactly one value ("", "  "): the parser has no error to name.
        parsed.error = error.error != QJsonParseError::NoError
            ? error.errorString()
            : QCoreApplication::translate("JsonTreeModel", "not exactly one JSON value");
    }
    return parsed;
}

bool JsonTreeModel::setParsed(const Parsed& parsed)
{
    beginResetModel();
    m_root.reset();
    if (parsed.ok) {
        m_root = std::make_unique<Node>();
        m_root->value = parsed.value;
    }
    endResetModel();
    return parsed.ok;
}

bool JsonTreeModel::setJsonText(const QString& text, QString* parseError)
{
    const Parsed parsed = parse(text);
    if (!parsed.ok && parseError)
        *parseError = parsed.error;
    return setParsed(parsed);
}

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root.reset();
    endResetModel();
}

bool JsonTreeModel::isEmpty() const
{
    return !m_root;
}

JsonTreeModel::Node* JsonTreeModel::nodeFor(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

void JsonTreeModel::populate(Node* node) const
{
    if (!node || node->populated)
        return;
    node->populated = true;
    const auto add = [node](const QString& key, const QJsonValue& value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

QString JsonTreeModel::jsonText(const QModelIndex& index) const
{
    const Node* node = nodeFor(index);
    if (!node)
        return {};
    const QJsonValue& value = node->value;
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented));
    // A scalar: its JSON spelling.
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!m_root || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, m_root.get()) : QModelIndex();
    Node* node = nodeFor(parent);
    populate(node);
    if (row < 0 || row >= int(node->children.size()))
        return {};
    return createIndex(row, column, node->children.at(std::size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* node = nodeFor(child);
    if (!node->parent)
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (!m_root)
        return 0;
    if (!parent.isValid())
        return 1; // the document itself
    if (parent.column() > 0)
        return 0;
    Node* node = nodeFor(parent);
    populate(node);
    return int(node->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

bool JsonTreeModel::hasChildren(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return m_root != nullptr;
    if (parent.column() > 0)
        return false;
    const Node* node = nodeFor(parent);
    return (node->value.isObject() && !node->value.toObject().isEmpty())
        || (node->value.isArray() && !node->value.toArray().isEmpty());
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (role == Qt::ToolTipRole)
        return plainToolTip(data(index, Qt::DisplayRole).toString());
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const Node* node = nodeFor(index);
    switch (index.column()) {
    case KeyColumn:
        return node->parent ? node->key : tr("(document)");
    case ValueColumn: {
        const QJsonValue& value = node->value;
        if (value.isObject())
            return tr("{%n key(s)}", nullptr, int(value.toObject().size()));
        if (value.isArray())
            return tr("[%n item(s)]", nullptr, int(value.toArray().size()));
        if (value.isString()) {
            // Shown as data: control characters visible, long values cut (the copy has it all).
            QString text = value.toString();
            const bool cut = text.size() > kMaxShownValue;
            text = text.left(kMaxShownValue);
            text.replace(u'\n', QStringLiteral("⏎"))
                .replace(u'\r', QStringLiteral("␍"))
                .replace(u'\t', QStringLiteral("⇥"));
            return cut ? tr("%1… (%2 characters)").arg(text).arg(value.toString().size()) : text;
        }
        return jsonText(index);
    }
    case TypeColumn:
        return typeName(node->value);
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case ValueColumn:
        return tr("Value");
    case TypeColumn:
        return tr("Type");
    }
    return {};
}
