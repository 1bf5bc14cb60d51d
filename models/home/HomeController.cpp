#include <models/home/HomeController.h>

#include <async/Guarded.h>
#include <models/home/HomeRepository.h>

#include <QTimer>

HomeController::HomeController(HomeRepository* home, QObject* parent)
    : QObject(parent)
    , m_home(home)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &HomeController::refresh);
}

void HomeController::refresh()
{
    if (m_loading) {
        m_again = true;
        return;
    }
    m_loading = true;
    deliver(m_home->read(), this, [this](const HomeReport& report) {
        m_loading = false;
        emit loaded(report);
        if (m_again) {
            m_again = false;
            refresh();
        }
    });
}

void HomeController::setInterval(int ms)
{
    m_timer->setInterval(ms);
}

void HomeController::setRunning(bool running)
{
    if (running == m_timer->isActive())
        return;
    if (running) {
        m_timer->start();
        refresh();
    } else {
        m_timer->stop();
    }
}
