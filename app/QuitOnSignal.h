#pragma once

#include <QObject>

class QSocketNotifier;

// SIGTERM, SIGINT and SIGHUP (a session logging out, `kill`, Ctrl+C in the terminal that started it) close
// the app as File › Quit does: every window closes (the main window saves its state), connections end,
// and the process exits normally. The handler only writes a byte to a socket pair; the quit happens in the
// event loop (the only safe place). On systems without these signals it does nothing.
class QuitOnSignal : public QObject
{
public:
    explicit QuitOnSignal(QObject* parent = nullptr);
    ~QuitOnSignal() override;

private:
    QSocketNotifier* m_notifier = nullptr;
};
