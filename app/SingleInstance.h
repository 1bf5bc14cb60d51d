#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One running TenantScope per user takes links: a later launch with a link hands it over through a
// local socket private to the user and exits, so a link pasted from a ticket opens in the window the
// user already has (and its connection), not in a second one.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // name: the socket's; serverName() unless a test needs its own.
    explicit SingleInstance(const QString& name = serverName(), QObject* parent = nullptr);

    // True when a running instance took the message (this process can exit). Fails fast when none runs.
    static bool forwardToRunning(const QString& message, const QString& name = serverName());
    // Starts taking messages from later launches; false (and still usable alone) if that fails.
    bool listen();

    static QString serverName();
    static constexpr int kMaxMessageBytes = 4096;

signals:
    void messageReceived(const QString& message);

private:
    QString m_name;
    QLocalServer* m_server;
};
