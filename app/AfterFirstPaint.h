#pragma once

#include <QObject>

#include <functional>

class QWidget;

// Runs work once the window's first frame is on screen: the window appears (its navigation, status bar
// and the pages' loading state), then the pages are built and the connections opened. Start-up is then
// what a user sees first, not everything the application sets up. A window that is never painted
// (minimised, no display) still gets the work after a second.
class AfterFirstPaint : public QObject
{
public:
    static void run(QWidget* window, std::function<void()> work);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    AfterFirstPaint(QWidget* window, std::function<void()> work);
    void start();

    std::function<void()> m_work;
    bool m_started = false;
};
