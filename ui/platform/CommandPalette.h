#pragma once

#include <models/platform/AppLink.h>

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;
class QuickFind;
struct QuickFindResult;

// Ctrl+K: jump anywhere by typing. Pages match locally at once; tenants, a pasted execution or tenant
// id and job ids come from QuickFind as the typing pauses. Enter opens the highlighted entry,
// Up/Down move, Escape closes.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    struct PageEntry
    {
        int page;
        QString name;
    };

    CommandPalette(QuickFind* find, const QVector<PageEntry>& pages, QWidget* parent = nullptr);

    QLineEdit* input() const { return m_input; }
    QListWidget* results() const { return m_results; }
    bool isSearching() const { return m_searching; }

    static constexpr int kDebounceMs = 150;

signals:
    void pageChosen(int page);
    void linkChosen(const AppLink& link);
    void jobChosen(const QString& queue, const QString& id);
    void searched(); // for tests: the answer for the current text is shown

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showFound(const QuickFindResult& found);
    void showPages();
    void search();
    void activate(QListWidgetItem* item);

    QuickFind* m_find;
    QVector<PageEntry> m_pages;
    QLineEdit* m_input;
    QListWidget* m_results;
    QLabel* m_status;
    QTimer* m_debounce;
    bool m_searching = false;
};
