#pragma once

#include <QWidget>

class QLabel;

// Above every page: its title, and the filter it shows now ("tenant Acme · status failed · last 24 hours"),
// so a page opened from a link or a tile never looks like the whole picture when it is not.
class PageHeader : public QWidget
{
    Q_OBJECT

public:
    explicit PageHeader(QWidget* parent = nullptr);

    void setPage(const QString& title, const QString& filter);
    QString title() const;
    QString filter() const; // empty: nothing filtered

private:
    QLabel* m_title;
    QLabel* m_filter;
};
