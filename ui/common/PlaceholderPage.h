#pragma once

#include <QWidget>

// A page that is not built yet says so plainly, and what it will do.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& purpose, QWidget* parent = nullptr);
};
