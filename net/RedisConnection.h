#pragma once

#include <net/Backoff.h>
#include <net/ConnectionState.h>
#include <net/RedisConfig.h>
#include <net/RedisReply.h>
#include <net/RespCodec.h>
#include <net/SecretBuffer.h>

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>

class QSslSocket;

// One connection to one Redis server (RedisClient routes over these, one per node of a cluster).
// An asynchronous Redis client on the thread that owns it: RESP by hiredis, sockets and TLS by Qt.
// Commands are written at once (pipelined) and answered in order; a whole batch can be sent in one
// flight with pipeline(). A dropped connection fails what is in flight with an error reply and is
// re-established with backoff; a refused login stops the client until reconnectToServer().
class RedisConnection : public QObject
{
    Q_OBJECT

public:
    // The client shares the password's buffer and reads it for each AUTH; nothing else keeps it.
    RedisConnection(const RedisConfig& config, Secret password, QObject* parent = nullptr);
    // For scripts and tests that hold the password as a string: copied into a Secret.
    RedisConnection(const RedisConfig& config, const QString& password, QObject* parent = nullptr);
    ~RedisConnection() override;

    void connectToServer();
    void disconnectFromServer();

    QFuture<RedisReply> command(const RedisCommand& args);
    QFuture<QList<RedisReply>> pipeline(const QList<RedisCommand>& commands);

    ConnectionState state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    const RedisConfig& config() const { return m_config; }
    // host:port, as a cluster names its nodes
    QString address() const;

signals:
    void stateChanged(ConnectionState state, const QString& message);

private:
    struct Batch;
    struct Pending
    {
        std::shared_ptr<Batch> batch;
        int index = 0;
        std::function<void(const RedisReply&)> handshake; // set for our own AUTH/SELECT
    };

    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void sendHandshake();
    void overwriteSentAuth();
    void write(const RedisCommand& args, Pending pending);
    void deliver(RedisReply&& reply);
    void answer(const Pending& pending, RedisReply reply);
    void failPending(const QByteArray& reason);
    void dropConnection(const QString& reason, bool retry);
    void setState(ConnectionState state, const QString& message);

    RedisConfig m_config;
    Secret m_password;
    QSslSocket* m_socket = nullptr;
    std::unique_ptr<RespReader> m_reader;
    std::deque<Pending> m_pending;
    QList<QPair<RedisCommand, Pending>> m_outbox; // written once the socket connects
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateMessage;
    Backoff m_backoff;
    qsizetype m_sentAuthSize = 0; // the AUTH command still lying in the socket's write chunk
    QTimer m_retryTimer;
    QTimer m_connectTimer;
    bool m_wantConnection = false;
};
