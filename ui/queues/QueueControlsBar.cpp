#include <ui/queues/QueueControlsBar.h>

#include <ui/common/ActionConfirmDialog.h>

#include <models/queues/QueueControlsController.h>

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

QueueControlsBar::QueueControlsBar(QueueOperations* operations, QWidget* parent)
    : QWidget(parent)
    , m_controller(new QueueControlsController(operations, this))
    , m_status(new QLabel(this))
    , m_limit(new QLabel(this))
    , m_concurrency(new QLabel(this))
    , m_message(new QLabel(this))
    , m_pause(new QPushButton(tr("Pause…"), this))
    , m_clearLimit(new QPushButton(tr("Clear limit…"), this))
    , m_setConcurrency(new QPushButton(tr("Concurrency…"), this))
    , m_pauseAll(new QPushButton(tr("Pause all…"), this))
    , m_resumeAll(new QPushButton(tr("Resume all…"), this))
    , m_countdown(new QTimer(this))
{
    setObjectName(QStringLiteral("queueControls"));
    for (QLabel* label : {m_status, m_limit, m_concurrency, m_message})
        label->setTextFormat(Qt::PlainText);
    m_status->setObjectName(QStringLiteral("queueControlStatus"));
    m_limit->setObjectName(QStringLiteral("queueRateLimit"));
    m_concurrency->setObjectName(QStringLiteral("queueConcurrency"));
    m_message->setObjectName(QStringLiteral("queueControlMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_pause->setObjectName(QStringLiteral("pauseQueue"));
    m_clearLimit->setObjectName(QStringLiteral("clearRateLimit"));
    m_setConcurrency->setObjectName(QStringLiteral("setConcurrency"));
    m_pauseAll->setObjectName(QStringLiteral("pauseAllQueues"));
    m_resumeAll->setObjectName(QStringLiteral("resumeAllQueues"));
    m_clearLimit->setToolTip(tr("End the queue's rate limit now (BullMQ's removeRateLimitKey)"));
    m_setConcurrency->setToolTip(tr("At most this many jobs of the queue run at once, across all its workers"));
    connect(m_pause, &QPushButton::clicked, this, &QueueControlsBar::askPause);
    connect(m_clearLimit, &QPushButton::clicked, this, &QueueControlsBar::askClearRateLimit);
    connect(m_setConcurrency, &QPushButton::clicked, this, &QueueControlsBar::askConcurrency);
    connect(m_pauseAll, &QPushButton::clicked, this, [this] { askPauseEverywhere(true); });
    connect(m_resumeAll, &QPushButton::clicked, this, [this] { askPauseEverywhere(false); });

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status);
    row->addWidget(m_pause);
    row->addSpacing(12);
    row->addWidget(m_limit);
    row->addWidget(m_clearLimit);
    row->addSpacing(12);
    row->addWidget(m_concurrency);
    row->addWidget(m_setConcurrency);
    row->addStretch(1);
    row->addWidget(m_pauseAll);
    row->addWidget(m_resumeAll);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_message);

    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &QueueControlsBar::tick);
    connect(m_controller, &QueueControlsController::stateLoaded, this, [this](const Fetched<QueueControlState>& s) {
        if (s.value.queue != m_queue && s.ok())
            return; // an answer for the queue selected before
        if (!s.ok()) {
            showUnavailable(s.error);
            return;
        }
        m_state = s.value;
        m_hasState = true;
        showState();
    });
    connect(m_controller, &QueueControlsController::changed, this, [this](const QString& done, const QString& error) {
        m_message->setText(error.isEmpty() ? done : (done.isEmpty() ? error : done + u'\n' + error));
        m_message->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #c62828"));
        m_message->setVisible(!m_message->text().isEmpty());
        refresh();
        emit queuesChanged();
        emit changeFinished(error.isEmpty());
    });
    setQueue({});
}

void QueueControlsBar::setQueue(const QString& queue)
{
    m_queue = queue;
    m_hasState = false;
    m_countdown->stop();
    m_message->hide();
    for (QPushButton* button : {m_pause, m_clearLimit, m_setConcurrency})
        button->setEnabled(false);
    m_limit->clear();
    m_concurrency->clear();
    if (queue.isEmpty()) {
        m_status->setText(tr("Select a queue to see whether it runs, its rate limit and its concurrency."));
        return;
    }
    m_status->setText(tr("%1: reading…").arg(queue));
    refresh();
}

void QueueControlsBar::refresh()
{
    if (!m_queue.isEmpty())
        m_controller->loadState(m_queue);
}

QString QueueControlsBar::statusText() const
{
    return m_status->text() + u' ' + m_limit->text() + u' ' + m_concurrency->text();
}

QString QueueControlsBar::message() const
{
    return m_message->text();
}

void QueueControlsBar::showUnavailable(const QString& why)
{
    m_hasState = false;
    m_countdown->stop();
    m_status->setText(tr("%1: controls unavailable: %2").arg(m_queue, why));
    m_limit->clear();
    m_concurrency->clear();
    for (QPushButton* button : {m_pause, m_clearLimit, m_setConcurrency})
        button->setEnabled(false);
    emit stateShown();
}

void QueueControlsBar::showState()
{
    m_status->setText(m_state.paused ? tr("%1: paused").arg(m_queue) : tr("%1: running").arg(m_queue));
    m_status->setStyleSheet(m_state.paused ? QStringLiteral("color: #c62828; font-weight: bold") : QString());
    m_pause->setText(m_state.paused ? tr("Resume…") : tr("Pause…"));
    m_pause->setEnabled(true);
    m_setConcurrency->setEnabled(true);
    m_clearLimit->setEnabled(m_state.rateLimited());
    if (m_state.rateLimited()) {
        m_limitShownUntilMs = QDateTime::currentMSecsSinceEpoch() + m_state.limiterTtlMs;
        m_countdown->start();
    } else {
        m_countdown->stop();
    }
    tick();
    m_concurrency->setText(m_state.globalConcurrency ? tr("Concurrency: %1 (%2 active)")
                                                           .arg(QLocale().toString(*m_state.globalConcurrency),
                                                                QLocale().toString(m_state.active))
                                                     : tr("Concurrency: no global limit"));
    m_concurrency->setStyleSheet(m_state.atConcurrencyLimit() ? QStringLiteral("color: #b26a00") : QString());
    emit stateShown();
}

// The rate limit's time left, counted down between reads (the next read corrects it).
void QueueControlsBar::tick()
{
    if (!m_hasState || !m_state.rateLimited()) {
        m_limit->setText(m_hasState ? tr("Not rate limited") : QString());
        m_limit->setStyleSheet(QString());
        return;
    }
    const qint64 left = std::max<qint64>(0, m_limitShownUntilMs - QDateTime::currentMSecsSinceEpoch());
    m_limit->setText(tr("Rate limited: %1 s left").arg(QLocale().toString((left + 999) / 1000)));
    m_limit->setStyleSheet(QStringLiteral("color: #b26a00; font-weight: bold"));
    if (left == 0)
        m_countdown->stop();
}

void QueueControlsBar::setPaused(bool paused, const QString& reason)
{
    m_message->hide();
    m_controller->setPaused(m_queue, paused, reason);
}

void QueueControlsBar::setPausedEverywhere(bool paused, const QString& reason)
{
    m_message->hide();
    m_controller->setPausedEverywhere(paused, reason);
}

void QueueControlsBar::clearRateLimit(const QString& reason)
{
    m_message->hide();
    m_controller->clearRateLimit(m_queue, reason);
}

void QueueControlsBar::setGlobalConcurrency(std::optional<qint64> concurrency, const QString& reason)
{
    m_message->hide();
    m_controller->setGlobalConcurrency(m_queue, concurrency, reason);
}

void QueueControlsBar::askPause()
{
    if (!m_hasState)
        return;
    const bool pause = !m_state.paused;
    const QString reason = ActionConfirmDialog::ask(this,
                                                    pause ? tr("Pause queue") : tr("Resume queue"),
                                                    QueueControls::pauseConsequence(m_queue, pause),
                                                    pause ? tr("Pause") : tr("Resume"));
    if (!reason.isEmpty())
        setPaused(pause, reason);
}

void QueueControlsBar::askPauseEverywhere(bool paused)
{
    const QString reason = ActionConfirmDialog::ask(
        this,
        paused ? tr("Pause every queue") : tr("Resume every queue"),
        paused ? tr("Workers take no new job from any queue under this prefix until it is resumed. Running jobs "
                    "finish; waiting jobs stay waiting. Each queue is recorded in the audit log.")
               : tr("Workers take jobs from every queue under this prefix again. Each queue is recorded in the "
                    "audit log."),
        paused ? tr("Pause all") : tr("Resume all"));
    if (!reason.isEmpty())
        setPausedEverywhere(paused, reason);
}

void QueueControlsBar::askClearRateLimit()
{
    if (!m_hasState)
        return;
    const QString reason = ActionConfirmDialog::ask(
        this, tr("Clear rate limit"), QueueControls::clearRateLimitConsequence(m_queue), tr("Clear"));
    if (!reason.isEmpty())
        clearRateLimit(reason);
}

void QueueControlsBar::askConcurrency()
{
    if (!m_hasState)
        return;
    ActionConfirmDialog dialog(
        tr("Global concurrency"),
        tr("At most this many jobs of queue %1 run at once, across all its workers (BullMQ's global "
           "concurrency). Workers' own concurrency still applies.")
            .arg(m_queue),
        tr("Set"),
        this);
    auto* field = new QWidget(&dialog);
    auto* row = new QHBoxLayout(field);
    row->setContentsMargins(0, 0, 0, 0);
    auto* value = new QSpinBox(field);
    value->setObjectName(QStringLiteral("concurrencyValue"));
    value->setAccessibleName(tr("Global concurrency"));
    value->setRange(1, int(QueueControls::kMaxConcurrency));
    value->setValue(int(m_state.globalConcurrency.value_or(std::max<qint64>(1, m_state.active))));
    auto* none = new QCheckBox(tr("No global limit"), field);
    none->setObjectName(QStringLiteral("concurrencyNone"));
    none->setChecked(!m_state.globalConcurrency);
    value->setEnabled(!none->isChecked());
    connect(none, &QCheckBox::toggled, value, [value](bool on) { value->setEnabled(!on); });
    row->addWidget(new QLabel(tr("Jobs at once:"), field));
    row->addWidget(value);
    row->addWidget(none);
    row->addStretch(1);
    dialog.addField(field);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setGlobalConcurrency(none->isChecked() ? std::nullopt : std::optional<qint64>(value->value()), dialog.reason());
}
