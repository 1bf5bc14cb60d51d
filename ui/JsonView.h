#pragma once

#include <QWidget>

class JsonTreeModel;
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

private:
    JsonTreeModel* m_model;
    QTreeView* m_tree;
    QPlainTextEdit* m_plain;
    QStackedWidget* m_stack;
    QLabel* m_note;
    QPushButton* m_copy;
    QPushButton* m_showAll;
    QString m_raw;
};
