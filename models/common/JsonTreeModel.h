#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>

#include <memory>
#include <vector>

// A JSON document as a collapsible tree (key, value, type). Children are built when a branch is first
// expanded, so a 10 MB node output opens at once. Text that is not JSON is refused (setJsonText returns
// false) and shown as text by the caller: data from the database is displayed, never trusted.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        TypeColumn,
        ColumnCount
    };

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    bool setJsonText(const QString& text, QString* parseError = nullptr);

    // Parsing alone, safe on any thread (a 10 MB output is parsed off the GUI thread), then shown.
    struct Parsed
    {
        bool ok = false;
        QJsonValue value;
        QString error; // why the text is not one JSON value
    };
    static Parsed parse(const QString& text);
    bool setParsed(const Parsed& parsed);
    void clear();
    bool isEmpty() const;
    // The value under `index` (or the whole document) as indented JSON, for copying.
    QString jsonText(const QModelIndex& index = {}) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int kMaxShownValue = 500; // characters of a string value shown in its cell

private:
    struct Node
    {
        QString key;
        QJsonValue value;
        Node* parent = nullptr;
        int row = 0;
        bool populated = false;
        std::vector<std::unique_ptr<Node>> children;
    };

    Node* nodeFor(const QModelIndex& index) const;
    void populate(Node* node) const;

    std::unique_ptr<Node> m_root;
};
