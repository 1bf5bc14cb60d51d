#pragma once

#include <net/Backoff.h>
#include <net/ConnectionState.h>
#include <net/PgConfig.h>
#include <net/PgResult.h>
#include <net/SecretBuffer.h>

#include <QObject>
#include <QPromise>
#include <QSet>
#include <QSqlDatabase>
#include <QTimer>

#include <memory>
#include <mutex>

struct pg_cancel;

// Owns one QSqlDatabase (QPSQL) and lives on its own thread: QSqlDatabase may only be used from the
// thread that opened it. PgSession is the public face; nothing else talks to this class.
class PgWorker : public QObject
{
    Q_OBJECT

public:
    PgWorker(const PgConfig& config, Secret password, const QString& connectionName);
    ~PgWorker() override;

    // All of these run on the worker thread (PgSession queues them there).
    void open();
    void
    execute(const QList<PgQuery>& statements, bool inTransaction, const std::shared_ptr<QPromise<PgResult>>& promise);
    void subscribe(const QString& channel);
    void shutdown();

    // Safe from any thread: asks the server to cancel the statement running now.
    bool cancelRunning();

signals:
    void stateChanged(ConnectionState state, const QString& message);
    void notification(const QString& channel, const QString& payload);

private:
    static void logNotice(void* context, const char* message);
    PgResult runStatement(const PgQuery& statement);
    void deliverNotifications(struct pg_conn* conn);
    PgResult failureFromError(const class QSqlError& error);
    bool connectionLost();
    void handleConnectionLoss(const QString& reason);
    void scheduleReconnect(const QString& reason);
    void setState(ConnectionState state, const QString& message);
    void refreshCancelHandle();
    void checkIdleConnection();

    PgConfig m_config;
    Secret m_password;
    QString m_connectionName;
    QSqlDatabase m_db;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateMessage;
    Backoff m_backoff;
    QTimer* m_retryTimer = nullptr;
    QTimer* m_idleCheck = nullptr;
    QSet<QString> m_channels;
    std::mutex m_cancelMutex;
    int m_statementTimeoutMs = 0; // what this connection's statement_timeout is set to; 0: not set by us
    pg_cancel* m_cancel = nullptr;
};
