#pragma once

#include <models/queues/QueueControls.h>

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;
class QueueControlsController;
class QueueOperations;

// The selected queue as a whole, above its jobs: running or paused, its rate limit with the time left
// (counting down between reads), its global concurrency against the jobs active; and the controls:
// pause or resume it, clear the rate limit, set the concurrency, pause or resume every queue. Each
// change is confirmed with a reason and audited (QueueControls).
class QueueControlsBar : public QWidget
{
    Q_OBJECT

public:
    explicit QueueControlsBar(QueueOperations* operations, QWidget* parent = nullptr);

    // The queue whose state is shown (empty: none selected); read at once.
    void setQueue(const QString& queue);
    // Reads the shown queue's state again (the page's refresh).
    void refresh();

    const QueueControlState& state() const { return m_state; }
    bool hasState() const { return m_hasState; }
    QString statusText() const;
    QString message() const;

    // The changes, as the buttons do them once confirmed.
    void setPaused(bool paused, const QString& reason);
    void setPausedEverywhere(bool paused, const QString& reason);
    void clearRateLimit(const QString& reason);
    void setGlobalConcurrency(std::optional<qint64> concurrency, const QString& reason);

signals:
    void stateShown();
    void changeFinished(bool ok);
    // Every queue was paused or resumed: the page reads its counts again.
    void queuesChanged();

private:
    void showState();
    void showUnavailable(const QString& why);
    void askPause();
    void askPauseEverywhere(bool paused);
    void askClearRateLimit();
    void askConcurrency();
    void tick();

    QueueControlsController* m_controller;
    QString m_queue;
    QueueControlState m_state;
    bool m_hasState = false;
    qint64 m_limitShownUntilMs = 0; // when the rate limit ends, by this machine's clock
    QLabel* m_status;
    QLabel* m_limit;
    QLabel* m_concurrency;
    QLabel* m_message;
    QPushButton* m_pause;
    QPushButton* m_clearLimit;
    QPushButton* m_setConcurrency;
    QPushButton* m_pauseAll;
    QPushButton* m_resumeAll;
    QTimer* m_countdown;
};
