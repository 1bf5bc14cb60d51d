#include <net/RedisConnection.h>

#include <net/Logging.h>

#include <QCoreApplication>
#include <QPromise>
#include <QSslConfiguration>
#include <QSslSocket>

struct RedisConnection::Batch
{
    QPromise<QList<RedisReply>> promise;
    QList<RedisReply> replies;
    int remaining = 0;
};

RedisConnection::RedisConnection(const RedisConfig& config, const QString& password, QObject* parent)
    : RedisConnection(config, SecretBuffer::copyOf(password.toUtf8()), parent)
{
}

RedisConnection::RedisConnection(const RedisConfig& config, Secret password, QObject* parent)
    : QObject(parent)
    , m_config(config)
    , m_password(std::move(password))
{
    qRegisterMetaType<ConnectionState>();
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &RedisConnection::connectToServer);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        dropConnection(tr("Timed out connecting to %1:%2").arg(m_config.host).arg(m_config.port), true);
    });
}

RedisConnection::~RedisConnection()
{
    m_wantConnection = false;
    failPending(QByteArrayLiteral("client closed"));
    if (m_socket)
        m_socket->disconnect(this);
}

void RedisConnection::setState(ConnectionState state, const QString& message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
}

QString RedisConnection::address() const
{
    return QStringLiteral("%1:%2").arg(m_config.host).arg(m_config.port);
}

void RedisConnection::connectToServer()
{
    m_wantConnection = true;
    m_retryTimer.stop();
    if (m_socket && m_socket->state() != QAbstractSocket::UnconnectedState)
        return;
    if (!m_socket) {
        m_socket = new QSslSocket(this);
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(m_socket, &QSslSocket::connected, this, [this] {
            if (!m_config.tls)
                onConnected();
        });
        connect(m_socket, &QSslSocket::encrypted, this, &RedisConnection::onConnected);
        connect(m_socket, &QSslSocket::readyRead, this, &RedisConnection::onReadyRead);
        connect(m_socket, &QSslSocket::disconnected, this, &RedisConnection::onDisconnected);
        connect(m_socket, &QSslSocket::errorOccurred, this, &RedisConnection::onSocketError);
        connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            // VerifyNone still reports a host name mismatch here; the profile chose not to verify
            // (and the status bar says so), so the handshake goes on.
            if (!m_config.verifyPeer) {
                m_socket->ignoreSslErrors();
                return;
            }
            QStringList texts;
            for (const QSslError& error : errors)
                texts << error.errorString();
            dropConnection(tr("TLS verification failed: %1").arg(texts.join(QStringLiteral("; "))), false);
        });
    }
    m_reader = std::make_unique<RespReader>();
    if (m_state != ConnectionState::Reconnecting)
        setState(ConnectionState::Connecting, tr("Connecting to %1:%2").arg(m_config.host).arg(m_config.port));
    m_connectTimer.start(m_config.connectTimeoutMs);
    if (m_config.tls) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        if (!m_config.caFile.isEmpty()) {
            const auto certificates = QSslCertificate::fromPath(m_config.caFile);
            if (certificates.isEmpty()) {
                dropConnection(tr("Cannot read the CA certificate %1").arg(m_config.caFile), false);
                return;
            }
            ssl.addCaCertificates(certificates);
        }
        ssl.setPeerVerifyMode(m_config.verifyPeer ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
        m_socket->setSslConfiguration(ssl);
        m_socket->connectToHostEncrypted(m_config.host, static_cast<quint16>(m_config.port));
    } else {
        m_socket->connectToHost(m_config.host, static_cast<quint16>(m_config.port));
    }
}

void RedisConnection::disconnectFromServer()
{
    m_wantConnection = false;
    m_retryTimer.stop();
    dropConnection(tr("Disconnected"), false);
    setState(ConnectionState::Disconnected, tr("Disconnected"));
}

void RedisConnection::onConnected()
{
    m_connectTimer.stop();
    sendHandshake();
    const auto outbox = std::exchange(m_outbox, {});
    for (const auto& [args, pending] : outbox)
        write(args, pending);
}

void RedisConnection::sendHandshake()
{
    // AUTH and SELECT go first; commands queued behind them are pipelined in the same flight.
    const auto handshakeFailed = [this](const RedisReply& reply) {
        if (reply.isError()) {
            const QString reason = QString::fromUtf8(reply.text);
            qCWarning(lcRedis) << "handshake refused:" << reason;
            dropConnection(tr("Redis refused the login: %1").arg(reason), false);
        }
    };
    if (m_password && !m_password->isEmpty()) {
        RedisCommand auth{QByteArrayLiteral("AUTH")};
        if (!m_config.user.isEmpty())
            auth << m_config.user.toUtf8();
        auth << QByteArray(m_password->data(), m_password->size());
        Pending pending;
        pending.handshake = handshakeFailed;
        QByteArray wire = formatRedisCommand(auth);
        wipeAndClear(auth.last());
        m_pending.push_back(std::move(pending));
        m_socket->write(wire);
        m_sentAuthSize = wire.size();
        wipeAndClear(wire);
    }
    if (m_config.database != 0) {
        Pending pending;
        pending.handshake = handshakeFailed;
        write({QByteArrayLiteral("SELECT"), QByteArray::number(m_config.database)}, pending);
    }
    Pending ready;
    ready.handshake = [this](const RedisReply& reply) {
        if (reply.isError() && reply.text.startsWith("NOAUTH")) {
            dropConnection(tr("Redis needs a password for this connection."), false);
            return;
        }
        // A server that has just started answers LOADING until its data is read back (the append-only
        // file): not connected yet, or a page reloaded now would fail. Try again shortly.
        if (reply.isError() && reply.text.startsWith("LOADING")) {
            dropConnection(tr("Redis is loading its data"), true);
            return;
        }
        // Any other reply (even NOPERM for PING) proves the login went through.
        if (m_state != ConnectionState::Failed) {
            m_backoff.reset();
            setState(ConnectionState::Connected, tr("Connected to %1:%2").arg(m_config.host).arg(m_config.port));
            overwriteSentAuth();
        }
    };
    write({QByteArrayLiteral("PING")}, ready);
}

void RedisConnection::overwriteSentAuth()
{
    // The socket keeps its last write chunk for reuse and, once everything in it has been sent, only
    // resets its offsets: the AUTH bytes would stay there until longer writes happened to cover them.
    // Once the write buffer is empty, a PING (@connection: allowed to every user) at least as long as
    // AUTH goes into that chunk from its start and covers them. Its reply, even NOPERM, is ignored.
    if (m_sentAuthSize == 0 || !m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_socket->bytesToWrite() > 0) {
        QTimer::singleShot(10, this, &RedisConnection::overwriteSentAuth);
        return;
    }
    Pending ignored;
    ignored.handshake = [](const RedisReply&) {};
    write({QByteArrayLiteral("PING"), QByteArray(m_sentAuthSize, 'x')}, ignored);
    m_sentAuthSize = 0;
}

void RedisConnection::write(const RedisCommand& args, Pending pending)
{
    const QByteArray wire = formatRedisCommand(args);
    m_pending.push_back(std::move(pending));
    m_socket->write(wire);
}

QFuture<RedisReply> RedisConnection::command(const RedisCommand& args)
{
    return pipeline({args}).then([](const QList<RedisReply>& replies) {
        return replies.isEmpty() ? RedisReply::error(QByteArrayLiteral("no reply")) : replies.first();
    });
}

QFuture<QList<RedisReply>> RedisConnection::pipeline(const QList<RedisCommand>& commands)
{
    auto batch = std::make_shared<Batch>();
    batch->promise.start();
    QFuture<QList<RedisReply>> future = batch->promise.future();
    batch->remaining = static_cast<int>(commands.size());
    batch->replies.resize(commands.size());
    if (commands.isEmpty()) {
        batch->promise.addResult(batch->replies);
        batch->promise.finish();
        return future;
    }
    const bool socketReady = m_socket && m_socket->state() == QAbstractSocket::ConnectedState
        && (!m_config.tls || m_socket->isEncrypted());
    if (m_state == ConnectionState::Failed || (!socketReady && m_state != ConnectionState::Connecting)) {
        const QByteArray reason = (m_stateMessage.isEmpty() ? tr("Redis is not connected") : m_stateMessage).toUtf8();
        for (auto& reply : batch->replies)
            reply = RedisReply::error("NOTCONNECTED " + reason);
        batch->promise.addResult(batch->replies);
        batch->promise.finish();
        return future;
    }
    if (!socketReady) {
        for (int i = 0; i < commands.size(); ++i)
            m_outbox.append({commands.at(i), Pending{batch, i, {}}});
        return future;
    }
    // Written in chunks, each pushed to the kernel at once: the server starts on the first commands
    // while the rest are still being formatted (10,000 at a time from the pages' live counters).
    constexpr qsizetype kChunkBytes = 64 * 1024;
    QByteArray wire;
    wire.reserve(kChunkBytes + 1024);
    for (int i = 0; i < commands.size(); ++i) {
        appendRedisCommand(wire, commands.at(i));
        m_pending.push_back(Pending{batch, i, {}});
        if (wire.size() >= kChunkBytes || i + 1 == commands.size()) {
            m_socket->write(wire);
            m_socket->flush();
            wire.clear();
        }
    }
    return future;
}

void RedisConnection::onReadyRead()
{
    const QByteArray data = m_socket->readAll();
    m_reader->feed(data.constData(), data.size());
    // A handshake failure drops the socket mid-loop; what is left in the reader is for nobody.
    while (m_socket->state() == QAbstractSocket::ConnectedState) {
        auto reply = m_reader->next();
        if (!reply)
            break;
        deliver(std::move(*reply));
    }
    if (m_reader->hasError())
        dropConnection(tr("Malformed reply from Redis: %1").arg(QString::fromUtf8(m_reader->errorText())), true);
}

void RedisConnection::deliver(RedisReply&& reply)
{
    if (m_pending.empty()) {
        qCWarning(lcRedis) << "reply without a request; dropping the connection";
        dropConnection(tr("Redis sent a reply nobody asked for"), true);
        return;
    }
    Pending pending = std::move(m_pending.front());
    m_pending.pop_front();
    if (pending.handshake) {
        pending.handshake(reply);
        return;
    }
    answer(pending, std::move(reply));
}

void RedisConnection::answer(const Pending& pending, RedisReply reply)
{
    Batch& batch = *pending.batch;
    batch.replies[pending.index] = std::move(reply);
    if (--batch.remaining == 0) {
        batch.promise.addResult(batch.replies);
        batch.promise.finish();
    }
}

void RedisConnection::failPending(const QByteArray& reason)
{
    const auto pending = std::exchange(m_pending, {});
    const auto outbox = std::exchange(m_outbox, {});
    // What was written may have run on the server; what waited for the connection never left us. A
    // cluster router sends the second kind again elsewhere, and the first only if it changes nothing.
    const RedisReply lost = RedisReply::error("CONNECTIONLOST " + reason);
    for (const Pending& entry : pending) {
        if (entry.batch) // handshake entries belong to the connection that just went away
            answer(entry, lost);
    }
    const RedisReply notSent = RedisReply::error("NOTCONNECTED " + reason);
    for (const auto& entry : outbox)
        answer(entry.second, notSent);
}

void RedisConnection::dropConnection(const QString& reason, bool retry)
{
    m_connectTimer.stop();
    if (m_socket) {
        m_socket->blockSignals(true);
        m_socket->abort();
        m_socket->blockSignals(false);
    }
    failPending(reason.toUtf8());
    if (retry && m_wantConnection) {
        const auto delay = m_backoff.next();
        qCInfo(lcRedis) << "connection lost, retrying in" << delay.count() << "ms:" << reason;
        setState(ConnectionState::Reconnecting, reason);
        m_retryTimer.start(delay);
    } else if (m_wantConnection) {
        setState(ConnectionState::Failed, reason);
    }
}

void RedisConnection::onDisconnected()
{
    dropConnection(tr("Redis closed the connection"), true);
}

void RedisConnection::onSocketError()
{
    if (!m_socket)
        return;
    const auto error = m_socket->error();
    if (error == QAbstractSocket::SslHandshakeFailedError) {
        dropConnection(tr("TLS handshake failed: %1").arg(m_socket->errorString()), false);
        return;
    }
    dropConnection(m_socket->errorString(), true);
}
