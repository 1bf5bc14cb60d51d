#pragma once

#include <models/common/JsonTreeModel.h>

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

// A JSON value as a collapsible tree with "Copy" (the selected branch, or all); text that is not JSON is
// shown as plain text with a note, never interpreted.
class JsonView : public QWidget
{
    Q_OBJECT

public:
    explicit JsonView(const QString& accessibleName, QWidget* parent = nullptr);

    void setJsonText(const QString& text);
    bool showsTree() const;
    QString copyText() const;
    JsonTreeModel* model() const { return m_model; }

    static constexpr int kMaxPlainText = 256 * 1024; // characters shown as text before "Show all"
    static constexpr int kParseInBackground = 256 * 1024; // longer texts are parsed off the GUI thread
    bool isParsing() const { return m_parsing; }

signals:
    void shown(); // the text is on screen, as a tree or as text (after a background parse too)

private:
    void show(const JsonTreeModel::Parsed& parsed);

    JsonTreeModel* m_model;
    QTreeView* m_tree;
    QPlainTextEdit* m_plain;
    QStackedWidget* m_stack;
    QLabel* m_note;
    QPushButton* m_copy;
    QPushButton* m_showAll;
    QString m_raw;
    bool m_parsing = false;
    quint64 m_generation = 0; // the text being shown; a parse finishing for an older one is dropped
};
