#include "ExecutionFeed.h"

#include <PgSession.h>

#include <QTimer>

ExecutionFeed::ExecutionFeed(PgSession* pg, QObject* parent)
    : QObject(parent)
    , m_flush(new QTimer(this))
{
    m_flush->setSingleShot(true);
    m_flush->setInterval(kCoalesceMs);
    connect(m_flush, &QTimer::timeout, this, &ExecutionFeed::flush);
    connect(pg, &PgSession::notification, this, &ExecutionFeed::onNotification);
    pg->subscribe(channel());
}

QString ExecutionFeed::channel()
{
    return QStringLiteral("ts_executions");
}

void ExecutionFeed::onNotification(const QString& notified, const QString& payload)
{
    if (notified != channel())
        return;
    if (payload == QLatin1String("*")) {
        m_everything = true;
    } else {
        for (const QString& id : payload.split(u',', Qt::SkipEmptyParts))
            if (id.size() == 36)
                m_ids.insert(id);
    }
    if (!m_flush->isActive())
        m_flush->start();
}

void ExecutionFeed::flush()
{
    const QStringList ids(m_ids.cbegin(), m_ids.cend());
    const bool everything = m_everything;
    m_ids.clear();
    m_everything = false;
    emit changed(ids, everything);
}
