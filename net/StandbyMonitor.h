#pragma once

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QTimer>

#include <memory>

class PgSession;

// Watches a PostgreSQL hot standby beside its primary: whether it is a standby at all, how far its replay
// is behind (seconds, and WAL bytes received by the primary but not replayed here), and so whether reads
// may go there. PgSession::read() asks it for every dashboard read.
class StandbyMonitor : public QObject
{
    Q_OBJECT

public:
    enum class Health
    {
        Unknown, // not measured yet
        Ready, // a standby within the lag bound: reads go there
        Behind, // a standby past the lag bound: reads stay there, flagged, unless the user chose the primary
        Down, // cannot be reached: reads go to the primary
        NotAStandby, // a server that accepts writes: never used
    };

    StandbyMonitor(PgSession* primary, PgSession* standby, QObject* parent = nullptr);
    ~StandbyMonitor() override;

    void start(int intervalMs = 2000);
    void measureNow();
    // Finished once the first measure is in (or failed): the first read waits for it, so it goes to the
    // right server.
    QFuture<void> measured() const { return m_firstMeasure->future(); }
    PgSession* standby() const { return m_standby; }

    Health health() const { return m_health; }
    // Ready, or behind while the user has not chosen the primary: past the bound the pages say so and
    // offer the primary rather than move every read onto it unasked (the load a standby is there to take).
    bool usable() const { return m_health == Health::Ready || (m_health == Health::Behind && !m_primaryWhileBehind); }
    bool pastBound() const { return m_health == Health::Behind; }
    // While the standby is past its bound, reads go to the primary: until it is within its bound again
    // (the pages' offer, taken), or always (the CLI's choice: a script wants current figures).
    void setPrimaryWhileBehind(bool primary);
    void setAlwaysPrimaryWhenBehind();
    bool primaryWhileBehind() const { return m_primaryWhileBehind; }
    double lagSeconds() const { return m_lagSeconds; }
    qint64 lagBytes() const { return m_lagBytes; }
    // The last transaction the standby has replayed: what a figure read there is "as of".
    QDateTime asOf() const { return m_asOf; }
    int lagBoundSeconds() const { return m_lagBoundSeconds; }
    void setLagBoundSeconds(int seconds);
    // A read failed for the standby's sake (the connection went): the next reads go to the primary.
    void markDown(const QString& reason);
    // For the status bar: "standby 0.2 s behind (0 bytes)", "standby down: reading from the primary".
    QString describe() const;

signals:
    void changed();

private:
    void setHealth(Health health, const QString& reason);

    PgSession* m_primary;
    PgSession* m_standby;
    QTimer m_timer;
    Health m_health = Health::Unknown;
    QString m_reason;
    double m_lagSeconds = 0;
    qint64 m_lagBytes = 0;
    QDateTime m_asOf;
    int m_lagBoundSeconds = 30;
    bool m_primaryWhileBehind = false;
    bool m_alwaysPrimaryWhenBehind = false;
    bool m_measuring = false;
    std::shared_ptr<QPromise<void>> m_firstMeasure = std::make_shared<QPromise<void>>();
};
