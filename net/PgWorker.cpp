#include <net/PgWorker.h>

#include <algorithm>

#include <net/Logging.h>
#include <net/PgStatement.h>

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

#include <libpq-fe.h>

namespace
{
PGconn* nativeHandle(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // Registered under the struct's own name ("pg_conn*"), not the typedef.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(handle.data());
}

// How often an idle connection is checked for a server that went away (a non-blocking read, no query).
constexpr int kIdleCheckMs = 500;

// libpq reports login problems only as text; these are the ones retrying cannot fix.
bool isPermanentConnectFailure(const QString& message)
{
    static const char* const kPermanent[] = {"password authentication failed",
                                             "no password supplied",
                                             "does not exist",
                                             "pg_hba.conf",
                                             "certificate verify failed",
                                             "server certificate for",
                                             "root certificate file",
                                             "invalid sslmode",
                                             "SSL is not enabled on the server"};
    for (const char* needle : kPermanent) {
        if (message.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}
} // namespace

PgWorker::PgWorker(const PgConfig& config, Secret password, const QString& connectionName)
    : m_config(config)
    , m_password(std::move(password))
    , m_connectionName(connectionName)
{
}

void PgWorker::logNotice(void*, const char* message)
{
    // Server NOTICEs ("relation already exists, skipping") are for debugging, not for stderr.
    qCDebug(lcPg) << "notice:" << QString::fromUtf8(message).trimmed();
}

PgWorker::~PgWorker()
{
    shutdown();
}

void PgWorker::setState(ConnectionState state, const QString& message)
{
    if (state == m_state && message == m_stateMessage)
        return;
    m_state = state;
    m_stateMessage = message;
    emit stateChanged(state, message);
}

void PgWorker::open()
{
    if (!m_retryTimer) {
        m_retryTimer = new QTimer(this);
        m_retryTimer->setSingleShot(true);
        connect(m_retryTimer, &QTimer::timeout, this, &PgWorker::open);
        m_idleCheck = new QTimer(this);
        m_idleCheck->setInterval(kIdleCheckMs);
        connect(m_idleCheck, &QTimer::timeout, this, &PgWorker::checkIdleConnection);
    }
    if (m_db.isValid() && m_db.isOpen())
        return;
    m_statementTimeoutMs = 0; // a new connection starts with the server's own setting

    QString optionError;
    const QString options = m_config.connectOptions(&optionError);
    if (!optionError.isEmpty()) {
        setState(ConnectionState::Failed, optionError);
        return;
    }
    if (!m_db.isValid()) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!m_db.isValid()) {
            setState(ConnectionState::Failed, tr("The Qt PostgreSQL driver (QPSQL) is not installed."));
            return;
        }
        // The driver object outlives close()/open(), so this is connected once.
        connect(m_db.driver(),
                &QSqlDriver::notification,
                this,
                [this](const QString& channel, QSqlDriver::NotificationSource, const QVariant& payload) {
                    emit notification(channel, payload.toString());
                });
    }
    m_db.setHostName(m_config.host);
    m_db.setPort(m_config.port);
    m_db.setDatabaseName(m_config.database);
    m_db.setUserName(m_config.user);
    m_db.setConnectOptions(options);

    if (m_state != ConnectionState::Reconnecting)
        setState(ConnectionState::Connecting, tr("Connecting to %1:%2").arg(m_config.host).arg(m_config.port));
    qCDebug(lcPg) << "opening" << m_config.host << m_config.port << m_config.database << m_config.user;
    // QSqlDatabase keeps what setPassword() is given until it is replaced, so it holds the password only
    // while open() runs; what the driver and libpq copied on the way is freed (and scrubbed, see
    // ScrubFreedMemory.cpp). libpq keeps one copy in the live connection and wipes it when it closes.
    QString password = m_password ? QString::fromUtf8(m_password->view()) : QString();
    m_db.setPassword(password);
    const bool opened = m_db.open();
    m_db.setPassword(QString());
    wipeAndClear(password);
    if (!opened) {
        const QString reason = m_db.lastError().text().trimmed();
        m_db.close();
        if (isPermanentConnectFailure(reason)) {
            qCWarning(lcPg) << "connection refused for good:" << reason;
            setState(ConnectionState::Failed, reason);
        } else {
            scheduleReconnect(reason);
        }
        return;
    }
    m_backoff.reset();
    refreshCancelHandle();
    QSqlDriver* driver = m_db.driver();
    if (PGconn* conn = nativeHandle(m_db)) {
        PQsetNoticeProcessor(conn, &PgWorker::logNotice, nullptr);
        // libpq keeps the password in the connection only for PQreset() and further hosts of a multi-host
        // string, neither of which is used: a reconnect here is a fresh open() from m_password.
        if (char* kept = PQpass(conn))
            wipeCString(kept);
    }
    for (const QString& channel : std::as_const(m_channels))
        driver->subscribeToNotification(channel);
    m_idleCheck->start();
    setState(ConnectionState::Connected,
             tr("Connected to %1:%2/%3").arg(m_config.host).arg(m_config.port).arg(m_config.database));
}

void PgWorker::scheduleReconnect(const QString& reason)
{
    const auto delay = m_backoff.next();
    qCInfo(lcPg) << "connection unavailable, retrying in" << delay.count() << "ms:" << reason;
    setState(ConnectionState::Reconnecting, reason);
    if (m_retryTimer)
        m_retryTimer->start(delay);
}

void PgWorker::refreshCancelHandle()
{
    std::lock_guard<std::mutex> lock(m_cancelMutex);
    if (m_cancel) {
        PQfreeCancel(m_cancel);
        m_cancel = nullptr;
    }
    if (PGconn* conn = nativeHandle(m_db))
        m_cancel = PQgetCancel(conn);
}

bool PgWorker::cancelRunning()
{
    std::lock_guard<std::mutex> lock(m_cancelMutex);
    if (!m_cancel)
        return false;
    char error[256] = {};
    return PQcancel(m_cancel, error, sizeof error) == 1;
}

bool PgWorker::connectionLost()
{
    PGconn* conn = nativeHandle(m_db);
    return !m_db.isOpen() || !conn || PQstatus(conn) == CONNECTION_BAD;
}

void PgWorker::checkIdleConnection()
{
    // QPSQL's isOpen() is "PQstatus is OK", so a connection that broke during the last query already says
    // closed here: only the handle tells it from one we closed ourselves (close() drops the handle).
    PGconn* conn = nativeHandle(m_db);
    if (!conn)
        return;
    // Without this, a server that shut down or died while nothing was asked would only be noticed by
    // the next query, and the reconnect (and the status bar) would wait for the user. PQconsumeInput
    // reads what is there without blocking; a closed socket marks the connection bad.
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) == CONNECTION_BAD) {
        handleConnectionLoss(
            tr("The server closed the connection: %1").arg(QString::fromUtf8(PQerrorMessage(conn)).trimmed()));
        return;
    }
    // What was read may hold notifications; the driver would not see them any more, so they go out here.
    deliverNotifications(conn);
}

void PgWorker::handleConnectionLoss(const QString& reason)
{
    {
        std::lock_guard<std::mutex> lock(m_cancelMutex);
        if (m_cancel) {
            PQfreeCancel(m_cancel);
            m_cancel = nullptr;
        }
    }
    if (m_idleCheck)
        m_idleCheck->stop();
    m_db.close();
    scheduleReconnect(reason);
}

PgResult PgWorker::failureFromError(const QSqlError& error)
{
    const QString state = error.nativeErrorCode();
    QString message = error.databaseText().trimmed();
    if (message.isEmpty())
        message = error.text().trimmed();
    // The SQLSTATE says so first: QPSQL's single-row mode leaves the closed socket unread until the next
    // call, so libpq may still report the connection as fine.
    if (PgResult::kindForSqlState(state) == PgErrorKind::NotConnected || connectionLost()) {
        handleConnectionLoss(message);
        return PgResult::failure(
            PgErrorKind::NotConnected, tr("Lost the connection to PostgreSQL: %1").arg(message), state);
    }
    return PgResult::failure(PgResult::kindForSqlState(state), message, state);
}

PgResult PgWorker::runStatement(const PgQuery& statement)
{
    PGconn* conn = nativeHandle(m_db);
    if (!conn)
        return PgResult::failure(PgErrorKind::NotConnected, tr("PostgreSQL is not connected."));
    PgResult result = PgStatement::run(conn, statement);
    // Notifications that came in with the answer wait in libpq, where the driver does not look.
    deliverNotifications(conn);
    if (!result.ok() && (result.errorKind == PgErrorKind::NotConnected || connectionLost())) {
        handleConnectionLoss(result.error);
        return PgResult::failure(
            PgErrorKind::NotConnected, tr("Lost the connection to PostgreSQL: %1").arg(result.error), result.sqlState);
    }
    return result;
}

void PgWorker::deliverNotifications(PGconn* conn)
{
    while (PGnotify* notify = PQnotifies(conn)) {
        emit notification(QString::fromUtf8(notify->relname), QString::fromUtf8(notify->extra));
        PQfreemem(notify);
    }
}

void PgWorker::execute(const QList<PgQuery>& statements,
                       bool inTransaction,
                       const std::shared_ptr<QPromise<PgResult>>& promise)
{
    promise->start();
    if (m_state == ConnectionState::Failed) {
        promise->addResult(PgResult::failure(PgErrorKind::Authentication, m_stateMessage));
        promise->finish();
        return;
    }
    // Not connected (yet, or any more): try now rather than wait for the backoff timer, so a server
    // that is back answers the very next request. Refused connections fail in microseconds.
    if (!m_db.isValid() || !m_db.isOpen())
        open();
    if (m_state == ConnectionState::Failed) {
        promise->addResult(PgResult::failure(PgErrorKind::Authentication, m_stateMessage));
        promise->finish();
        return;
    }
    if (!m_db.isValid() || !m_db.isOpen()) {
        const QString reason = m_stateMessage.isEmpty() ? tr("not connected") : m_stateMessage;
        promise->addResult(
            PgResult::failure(PgErrorKind::NotConnected, tr("PostgreSQL is not connected (%1).").arg(reason)));
        promise->finish();
        return;
    }
    if (promise->isCanceled()) {
        promise->finish();
        return;
    }

    // A dashboard read runs under its own time limit, anything else under the session's own setting. Set
    // outside any transaction (a rolled-back SET would undo itself), and only when it changes.
    int timeoutMs = 0;
    for (const PgQuery& statement : statements)
        timeoutMs = std::max(timeoutMs, statement.timeoutMs);
    if (timeoutMs != m_statementTimeoutMs) {
        // An integer of ours, not a value from outside.
        const PgResult set = runStatement({timeoutMs > 0 ? QStringLiteral("SET statement_timeout = %1").arg(timeoutMs)
                                                         : QStringLiteral("RESET statement_timeout"),
                                           {}});
        if (!set.ok()) {
            promise->addResult(set);
            promise->finish();
            return;
        }
        m_statementTimeoutMs = timeoutMs;
    }

    PgResult result;
    if (inTransaction && !m_db.transaction()) {
        result = failureFromError(m_db.lastError());
    } else {
        for (const PgQuery& statement : statements) {
            result = runStatement(statement);
            if (!result.ok())
                break;
        }
        if (inTransaction && m_db.isOpen()) {
            if (result.ok()) {
                if (!m_db.commit()) {
                    result = failureFromError(m_db.lastError());
                    // The COMMIT may have reached the server before the connection broke: say so
                    // rather than claim it was not saved.
                    if (result.errorKind == PgErrorKind::NotConnected)
                        result.error = tr("The connection was lost while committing, so the server may or may "
                                          "not have saved this; reload to see. (%1)")
                                           .arg(result.error);
                }
            } else {
                m_db.rollback();
            }
        }
    }
    promise->addResult(result);
    promise->finish();
}

void PgWorker::subscribe(const QString& channel)
{
    m_channels.insert(channel);
    if (m_db.isValid() && m_db.isOpen())
        m_db.driver()->subscribeToNotification(channel);
}

void PgWorker::shutdown()
{
    if (m_retryTimer)
        m_retryTimer->stop();
    if (m_idleCheck)
        m_idleCheck->stop();
    {
        std::lock_guard<std::mutex> lock(m_cancelMutex);
        if (m_cancel) {
            PQfreeCancel(m_cancel);
            m_cancel = nullptr;
        }
    }
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}
