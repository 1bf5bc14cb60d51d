#pragma once

#include <QListWidget>

// The window's navigation: pages under group headings (Monitor, Billing, Operate, Configure), each with
// its icon. A page is known by its number (MainWindow::Page), whatever row it sits in; the headings are
// never selected, and the arrow keys pass over them.
class NavigationList : public QListWidget
{
    Q_OBJECT

public:
    explicit NavigationList(QWidget* parent = nullptr);

    void addGroup(const QString& title);
    void addPage(int page, const QString& text, const QIcon& icon);
    int currentPage() const; // -1: none
    void setCurrentPage(int page);
    QString pageText(int page) const;
    void setPageText(int page, const QString& text);
    QList<int> pagesInOrder() const; // as listed, top to bottom
    QStringList groups() const;
    // The group heading a page is listed under.
    QString groupOf(int page) const;

signals:
    void pageChosen(int page);

private:
    QListWidgetItem* itemOf(int page) const;
    static bool isHeading(const QListWidgetItem* item);
};
