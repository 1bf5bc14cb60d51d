#pragma once

#include <models/home/HomeReport.h>

#include <QObject>

class HomeRepository;
class QTimer;

// The Home page's reads, off the widget: one read at a time (a refresh asked while one runs waits for
// it), and a refresh of its own every interval while running.
class HomeController : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 60000;

    explicit HomeController(HomeRepository* home, QObject* parent = nullptr);

    void refresh();
    // The page is shown: refresh now and every kRefreshMs; hidden: stop (nothing reads for no one).
    void setRunning(bool running);
    bool isLoading() const { return m_loading; }
    void setInterval(int ms);

signals:
    void loaded(const HomeReport& report);

private:
    HomeRepository* m_home;
    QTimer* m_timer;
    bool m_loading = false;
    bool m_again = false;
};
