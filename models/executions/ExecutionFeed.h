#pragma once

#include <QObject>

class PgSession;
class QTimer;

// Live execution changes. A notice on ts_executions only says that something changed (it carries no ids:
// LISTEN has no row-level security); the feed then asks which executions changed after the last change
// number it saw, under the login's own row-level security, and reports them coalesced: a burst of
// notices becomes one changed() a moment later.
class ExecutionFeed : public QObject
{
    Q_OBJECT

public:
    explicit ExecutionFeed(PgSession* pg, QObject* parent = nullptr);

    static QString channel();
    static constexpr int kCoalesceMs = 250;
    static constexpr int kMaxIds = 50; // more changed rows than this: re-read everything shown

signals:
    // everything: a bulk change (more than kMaxIds executions); re-read what is shown.
    void changed(const QStringList& ids, bool everything);

private:
    void onNotification(const QString& channel);
    void readChanges(bool quietly);

    PgSession* m_pg;
    QTimer* m_flush;
    qint64 m_lastSeen = -1; // change number read so far; -1 until the first read answered
    bool m_reading = false;
    bool m_again = false; // a notice came while reading
};
