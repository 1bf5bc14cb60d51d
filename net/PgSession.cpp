#include <net/PgSession.h>

#include <net/StandbyMonitor.h>

#include <QCoreApplication>
#include <QPointer>

#include <net/PgWorker.h>

#include <QAtomicInt>
#include <QPromise>

namespace
{
QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("ts-pg-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

PgSession::PgSession(const PgConfig& config, const QString& password, QObject* parent)
    : PgSession(config, SecretBuffer::copyOf(password.toUtf8()), parent)
{
}

PgSession::PgSession(const PgConfig& config, Secret password, QObject* parent)
    : QObject(parent)
    , m_config(config)
{
    qRegisterMetaType<ConnectionState>();
    m_thread.setObjectName(QStringLiteral("pg-worker"));
    m_worker = new PgWorker(config, std::move(password), nextConnectionName());
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &PgWorker::stateChanged, this, [this](ConnectionState state, const QString& message) {
        m_state = state;
        m_stateMessage = message;
        emit stateChanged(state, message);
    });
    connect(m_worker, &PgWorker::notification, this, &PgSession::notification);
    m_thread.start();
}

PgSession::~PgSession()
{
    m_worker->cancelRunning();
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { delete worker; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void PgSession::open()
{
    QMetaObject::invokeMethod(m_worker, &PgWorker::open, Qt::QueuedConnection);
}

QFuture<PgResult> PgSession::query(const QString& sql, const QVariantList& params)
{
    return dispatch({PgQuery{sql, params}}, false);
}

QFuture<PgResult> PgSession::read(const QString& sql, const QVariantList& params)
{
    if (!m_standby)
        return dispatch({PgQuery{sql, params, m_readTimeoutMs}}, false);
    // Answered through a promise of our own, continued on the application object: a session closed
    // meanwhile still answers (with an error), never with a cancelled future that has no result.
    auto promise = std::make_shared<QPromise<PgResult>>();
    promise->start();
    QFuture<PgResult> answer = promise->future();
    const auto settle = [promise](const PgResult& result) {
        if (promise->future().isFinished())
            return;
        promise->addResult(result);
        promise->finish();
    };
    // A session closed with the statement in flight cancels its future: said as a closed connection.
    const auto closed = [settle] {
        settle(
            PgResult::failure(PgErrorKind::NotConnected, tr("The connection was closed before PostgreSQL answered.")));
    };
    QPointer<PgSession> self(this);
    // Until the standby is measured (the first second of a profile) reads go to the primary.
    if (!m_standby->usable())
        return dispatch({PgQuery{sql, params, m_readTimeoutMs}}, false);
    QPointer<StandbyMonitor> monitor(m_standby);
    const double lag = m_standby->lagSeconds();
    const QDateTime asOf = m_standby->asOf();
    const bool pastBound = m_standby->pastBound();
    m_standby->standby()
        ->read(sql, params) // under the standby session's own time limit
        .then(QCoreApplication::instance(),
              [self, monitor, sql, params, lag, asOf, pastBound, settle, closed](const PgResult& result) {
                  // 40001: the standby cancelled the read for a conflict with its replay; the primary has none.
                  const bool conflict = result.sqlState == QLatin1String("40001");
                  if (result.errorKind == PgErrorKind::NotConnected || conflict) {
                      if (!self) {
                          settle(result);
                          return;
                      }
                      // The standby went away under the read: the primary answers it, and says so.
                      if (monitor && !conflict)
                          monitor->markDown(result.error);
                      self->dispatch({PgQuery{sql, params, self->m_readTimeoutMs}}, false)
                          .then(QCoreApplication::instance(), settle)
                          .onCanceled(closed);
                      return;
                  }
                  PgResult fromStandby = result;
                  fromStandby.readFrom = QStringLiteral("standby");
                  fromStandby.standbyLagSeconds = lag;
                  fromStandby.asOf = asOf;
                  fromStandby.standbyPastBound = pastBound;
                  settle(fromStandby);
              })
        .onCanceled(closed);
    return answer;
}

QFuture<PgResult> PgSession::transaction(const QList<PgQuery>& statements)
{
    return dispatch(statements, true);
}

QFuture<PgResult> PgSession::dispatch(const QList<PgQuery>& statements, bool inTransaction)
{
    auto promise = std::make_shared<QPromise<PgResult>>();
    QFuture<PgResult> future = promise->future();
    if (m_inFlight++ == 0)
        emit busyChanged(true);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, statements, inTransaction, promise] {
            worker->execute(statements, inTransaction, promise);
            // Back on the owner's thread; dropped with the session if it is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this] {
                    if (--m_inFlight == 0)
                        emit busyChanged(false);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return future;
}

void PgSession::subscribe(const QString& channel)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, channel] { worker->subscribe(channel); }, Qt::QueuedConnection);
}

bool PgSession::cancelRunningQuery()
{
    return m_worker->cancelRunning();
}
