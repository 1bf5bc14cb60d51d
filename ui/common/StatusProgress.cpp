#include <ui/common/StatusProgress.h>

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

StatusProgress::StatusProgress(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("statusProgress"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_label->setTextFormat(Qt::PlainText);
    m_bar->setMaximumWidth(160);
    m_bar->setAccessibleName(tr("Progress of the running work"));
    m_cancel->setObjectName(QStringLiteral("statusProgressCancel"));
    m_cancel->setToolTip(tr("Stop the running work after the step in progress"));
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_cancel->setEnabled(false);
        m_label->setText(tr("%1: cancelling…").arg(m_title));
        if (m_onCancel)
            m_onCancel();
    });
    hide();
}

bool StatusProgress::begin(const QString& title, std::function<void()> cancel)
{
    if (m_busy)
        return false;
    m_busy = true;
    m_title = title;
    m_onCancel = std::move(cancel);
    m_label->setText(title);
    m_bar->setRange(0, 0); // busy until the first count
    m_cancel->setEnabled(bool(m_onCancel));
    show();
    return true;
}

void StatusProgress::update(int done, int total, const QString& step)
{
    if (!m_busy)
        return;
    m_bar->setRange(0, qMax(1, total));
    m_bar->setValue(qBound(0, done, qMax(1, total)));
    if (m_cancel->isEnabled())
        m_label->setText(step.isEmpty() ? m_title : tr("%1: %2").arg(m_title, step));
}

void StatusProgress::finish()
{
    m_busy = false;
    m_onCancel = nullptr;
    m_title.clear();
    hide();
}

QString StatusProgress::text() const
{
    return m_label->text();
}
