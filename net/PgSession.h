#pragma once

#include <net/ConnectionState.h>
#include <net/PgConfig.h>
#include <net/PgResult.h>
#include <net/SecretBuffer.h>

#include <QFuture>
#include <QObject>
#include <QThread>

class PgWorker;
class StandbyMonitor;

// The asynchronous PostgreSQL session: every statement runs on the session's own worker thread and the
// caller gets a QFuture (continue it with .then(context, ...) so a closed page is never called back).
// Parameterised statements only: values go in params, never into the SQL text.
class PgSession : public QObject
{
    Q_OBJECT

public:
    // The session shares the password's buffer and lends it to each (re)connect; nothing else keeps it.
    PgSession(const PgConfig& config, Secret password, QObject* parent = nullptr);
    // For scripts and tests that hold the password as a string: copied into a Secret.
    PgSession(const PgConfig& config, const QString& password, QObject* parent = nullptr);
    ~PgSession() override;

    void open();
    QFuture<PgResult> query(const QString& sql, const QVariantList& params = {});
    // A dashboard read (lists, charts, searches, exports): on the hot standby when the profile names one
    // and it is within its lag bound, else here. A standby that fails the read hands it back to the
    // primary. The result says where it was read (readFrom) and, from the standby, as of when.
    // Every read runs under a statement timeout (readTimeoutMs; 0: none), and can be cancelled.
    QFuture<PgResult> read(const QString& sql, const QVariantList& params = {});
    static constexpr int kDefaultReadTimeoutMs = 30000;
    void setReadTimeoutMs(int ms) { m_readTimeoutMs = ms; }
    int readTimeoutMs() const { return m_readTimeoutMs; }
    void setStandby(StandbyMonitor* monitor) { m_standby = monitor; }
    StandbyMonitor* standby() const { return m_standby; }
    // Runs the statements in one transaction; the result is the last statement's, or the first failure.
    QFuture<PgResult> transaction(const QList<PgQuery>& statements);
    void subscribe(const QString& channel);
    bool cancelRunningQuery();
    // True while any statement of this session is queued or running (updated on the owner's thread).
    bool isBusy() const { return m_inFlight > 0; }

    ConnectionState state() const { return m_state; }
    QString stateMessage() const { return m_stateMessage; }
    const PgConfig& config() const { return m_config; }

signals:
    void stateChanged(ConnectionState state, const QString& message);
    void notification(const QString& channel, const QString& payload);
    void busyChanged(bool busy);

private:
    QFuture<PgResult> dispatch(const QList<PgQuery>& statements, bool inTransaction);

    PgConfig m_config;
    QThread m_thread;
    PgWorker* m_worker = nullptr;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_stateMessage;
    int m_inFlight = 0;
    StandbyMonitor* m_standby = nullptr;
    int m_readTimeoutMs = kDefaultReadTimeoutMs;
};
