#include <net/StandbyMonitor.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QPointer>

StandbyMonitor::StandbyMonitor(PgSession* primary, PgSession* standby, QObject* parent)
    : QObject(parent)
    , m_primary(primary)
    , m_standby(standby)
{
    connect(&m_timer, &QTimer::timeout, this, &StandbyMonitor::measureNow);
    m_firstMeasure->start();
}

StandbyMonitor::~StandbyMonitor()
{
    if (!m_firstMeasure->future().isFinished())
        m_firstMeasure->finish();
}

void StandbyMonitor::start(int intervalMs)
{
    m_timer.start(intervalMs);
    measureNow();
}

void StandbyMonitor::setLagBoundSeconds(int seconds)
{
    m_lagBoundSeconds = qMax(0, seconds);
    if (m_health == Health::Ready || m_health == Health::Behind)
        setHealth(m_lagSeconds > m_lagBoundSeconds ? Health::Behind : Health::Ready, m_reason);
}

void StandbyMonitor::markDown(const QString& reason)
{
    setHealth(Health::Down, reason);
}

void StandbyMonitor::setHealth(Health health, const QString& reason)
{
    if (health == m_health && reason == m_reason)
        return;
    m_health = health;
    m_reason = reason;
    if (health == Health::Ready && !m_alwaysPrimaryWhenBehind)
        m_primaryWhileBehind = false; // caught up: the next time it falls behind, the pages offer again
    if (!m_firstMeasure->future().isFinished())
        m_firstMeasure->finish();
    emit changed();
}

void StandbyMonitor::measureNow()
{
    if (m_measuring)
        return;
    m_measuring = true;
    QPointer<StandbyMonitor> self(this);
    // The primary's WAL position first; then, on the standby, how much of it is not replayed yet and since
    // when. When everything received is replayed and nothing is missing, the standby is current, however
    // long ago the last transaction was (an idle primary writes nothing to replay).
    m_primary->query(QStringLiteral("SELECT pg_current_wal_lsn()::text"))
        .then(QCoreApplication::instance(), [this, self](const PgResult& primary) {
            if (!self)
                return; // closed meanwhile
            if (!primary.ok()) {
                m_measuring = false;
                setHealth(Health::Unknown, primary.error); // the primary's own state says the rest
                if (!m_firstMeasure->future().isFinished())
                    m_firstMeasure->finish();
                return;
            }
            const QString primaryLsn = primary.scalar().toString();
            m_standby
                ->query(QStringLiteral("SELECT pg_is_in_recovery(), "
                                       "  COALESCE(pg_wal_lsn_diff(?::pg_lsn, pg_last_wal_replay_lsn()), 0)::bigint, "
                                       "  CASE WHEN pg_last_wal_replay_lsn() >= ?::pg_lsn THEN 0 "
                                       "       ELSE COALESCE(extract(epoch FROM clock_timestamp() - "
                                       "pg_last_xact_replay_timestamp()), 0) END::float8, "
                                       "  to_char(pg_last_xact_replay_timestamp() AT TIME ZONE 'UTC', "
                                       "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"),
                        {primaryLsn, primaryLsn})
                .then(QCoreApplication::instance(), [this, self](const PgResult& standby) {
                    if (!self)
                        return;
                    m_measuring = false;
                    if (!standby.ok()) {
                        setHealth(Health::Down, standby.error);
                        return;
                    }
                    const QVariantList row = standby.rows.value(0);
                    if (!row.value(0).toBool()) {
                        setHealth(Health::NotAStandby,
                                  tr("%1:%2 is not a standby (it is not in recovery and accepts writes); "
                                     "TenantScope reads from the primary and sends nothing there.")
                                      .arg(m_standby->config().host)
                                      .arg(m_standby->config().port));
                        return;
                    }
                    m_lagBytes = qMax<qint64>(0, row.value(1).toLongLong());
                    m_lagSeconds = qMax(0.0, row.value(2).toDouble());
                    m_asOf = QDateTime::fromString(row.value(3).toString(), Qt::ISODateWithMs);
                    const bool behind = m_lagSeconds > m_lagBoundSeconds;
                    setHealth(behind ? Health::Behind : Health::Ready, QString());
                    emit changed(); // the figures change on every measure
                });
        });
}

void StandbyMonitor::setPrimaryWhileBehind(bool primary)
{
    if (primary == m_primaryWhileBehind)
        return;
    m_primaryWhileBehind = primary;
    emit changed();
}

void StandbyMonitor::setAlwaysPrimaryWhenBehind()
{
    m_alwaysPrimaryWhenBehind = true;
    setPrimaryWhileBehind(true);
}

QString StandbyMonitor::describe() const
{
    switch (m_health) {
    case Health::Unknown:
        return tr("standby: measuring its lag");
    case Health::Ready:
        return tr("standby %1 s behind (%2 bytes not replayed)").arg(m_lagSeconds, 0, 'f', 1).arg(m_lagBytes);
    case Health::Behind:
        return (m_primaryWhileBehind ? tr("standby %1 s behind, past the bound of %2 s: reading from the primary")
                                     : tr("standby %1 s behind, past the bound of %2 s: figures are that old"))
            .arg(m_lagSeconds, 0, 'f', 1)
            .arg(m_lagBoundSeconds);
    case Health::Down:
        return tr("standby down: reading from the primary (%1)").arg(m_reason);
    case Health::NotAStandby:
        return m_reason;
    }
    return {};
}
