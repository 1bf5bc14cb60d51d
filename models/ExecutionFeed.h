#pragma once

#include <QObject>
#include <QSet>

class PgSession;
class QTimer;

// Live execution changes from the platform's ts_executions notices (LISTEN/NOTIFY), coalesced: a burst
// of notices becomes one changed() a moment later. The notices carry ids only; readers re-read them
// under their own row-level security.
class ExecutionFeed : public QObject
{
    Q_OBJECT

public:
    explicit ExecutionFeed(PgSession* pg, QObject* parent = nullptr);

    static QString channel();
    static constexpr int kCoalesceMs = 250;

signals:
    // everything: a bulk change (more ids than a notice carries); re-read what is shown.
    void changed(const QStringList& ids, bool everything);

private:
    void onNotification(const QString& channel, const QString& payload);
    void flush();

    QTimer* m_flush;
    QSet<QString> m_ids;
    bool m_everything = false;
};
