#include <models/executions/ExecutionFeed.h>

#include <async/Guarded.h>
#include <net/PgSession.h>

#include <QTimer>

ExecutionFeed::ExecutionFeed(PgSession* pg, QObject* parent)
    : QObject(parent)
    , m_pg(pg)
    , m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(kCoalesceMs);
    connect(m_flush, &QTimer::timeout, this, [this] { readChanges(false); });
    connect(pg, &PgSession::notification, this, [this](const QString& notified, const QString&) {
        onNotification(notified);
    });
    pg->subscribe(channel());
    readChanges(/*quietly*/ true); // where "now" is, so the first notice reports what changed after it
}

QString ExecutionFeed::channel()
{
    return QStringLiteral("ts_executions");
}

void ExecutionFeed::onNotification(const QString& notified)
{
    if (notified != channel())
        return;
    if (!m_flush->isActive())
        m_flush->start();
}

void ExecutionFeed::readChanges(bool quietly)
{
    if (m_reading) {
        m_again = true;
        return;
    }
    m_reading = true;
    // The window function counts every changed row the login may see before LIMIT keeps the first ones.
    static const QString sql
        = QStringLiteral("SELECT id::text, change_seq, max(change_seq) OVER (), count(*) OVER () FROM executions "
                         "WHERE change_seq > ? ORDER BY change_seq LIMIT %1")
              .arg(kMaxIds);
    static const QString latest = QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM executions");
    const bool first = m_lastSeen < 0;
    auto read = first ? m_pg->query(latest) : m_pg->query(sql, {m_lastSeen});
    deliver(read, this, [this, first, quietly](const PgResult& result) {
        m_reading = false;
        if (result.ok() && first) {
            m_lastSeen = result.scalar().toLongLong();
            if (!quietly) // a notice came before the feed knew where it stood: re-read all
                emit changed({}, true);
        } else if (result.ok() && !result.rows.isEmpty()) {
            QStringList ids;
            for (const QVariantList& row : result.rows)
                ids << row.value(0).toString();
            m_lastSeen = result.rows.first().value(2).toLongLong();
            const bool everything = result.rows.first().value(3).toLongLong() > kMaxIds;
            emit changed(everything ? QStringList() : ids, everything);
        } else if (!result.ok() && !first) {
            // Not read (connection lost, say): whatever changed is re-read when the page reloads.
            m_lastSeen = -1;
            emit changed({}, true);
        }
        if (m_again) {
            m_again = false;
            readChanges(false);
        }
    });
}
