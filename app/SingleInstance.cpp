#include <app/SingleInstance.h>

#include <QLocalServer>
#include <QLocalSocket>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

SingleInstance::SingleInstance(const QString& name, QObject* parent)
    : QObject(parent)
    , m_name(name)
    , m_server(new QLocalServer(this))
{
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket* socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, socket, [this, socket] {
                if (socket->bytesAvailable() > kMaxMessageBytes) { // not one of ours
                    socket->abort();
                    return;
                }
                if (!socket->canReadLine())
                    return;
                const QString message = QString::fromUtf8(socket->readLine(kMaxMessageBytes)).trimmed();
                socket->write("ok\n");
                socket->disconnectFromServer();
                emit messageReceived(message);
            });
        }
    });
}

QString SingleInstance::serverName()
{
#if defined(Q_OS_UNIX)
    return QStringLiteral("tenantscope-%1").arg(getuid());
#else
    return QStringLiteral("tenantscope-%1").arg(qEnvironmentVariable("USERNAME"));
#endif
}

bool SingleInstance::forwardToRunning(const QString& message, const QString& name)
{
    // Runs before the window exists and waits on a local socket only: refused at once when no
    // instance listens, answered within milliseconds when one does.
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(300))
        return false;
    socket.write(message.toUtf8().left(kMaxMessageBytes - 1) + '\n');
    if (!socket.waitForBytesWritten(300))
        return false;
    return socket.waitForReadyRead(1000) && socket.readLine().startsWith("ok");
}

bool SingleInstance::listen()
{
    // Asked first: with socket options set, QLocalServer::listen() would silently replace the socket
    // of an instance that is running.
    QLocalSocket probe;
    probe.connectToServer(m_name);
    if (probe.waitForConnected(100))
        return false; // another instance runs (it started while we did)
    // A socket file left by an instance that crashed: nobody answers on it, so it is removed.
    QLocalServer::removeServer(m_name);
    return m_server->listen(m_name);
}
