#include <ui/common/StatePanel.h>

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

StatePanel::StatePanel(QWidget* content, QWidget* parent)
    : QStackedWidget(parent)
    , m_content(content)
    , m_messagePage(new QWidget(this))
    , m_message(new QLabel(m_messagePage))
    , m_retry(new QPushButton(tr("Retry"), m_messagePage))
{
    m_message->setObjectName(QStringLiteral("stateMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // server text is data, never markup
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setObjectName(QStringLiteral("stateRetry"));
    auto* layout = new QVBoxLayout(m_messagePage);
    layout->addStretch();
    layout->addWidget(m_message);
    layout->addWidget(m_retry, 0, Qt::AlignHCenter);
    layout->addStretch();
    addWidget(m_content);
    addWidget(m_messagePage);
    connect(m_retry, &QPushButton::clicked, this, &StatePanel::retryRequested);
}

void StatePanel::showContent()
{
    setCurrentWidget(m_content);
}

void StatePanel::showLoading(const QString& text)
{
    m_message->setText(text);
    m_retry->hide();
    setCurrentWidget(m_messagePage);
}

void StatePanel::showEmpty(const QString& text)
{
    m_message->setText(text);
    m_retry->hide();
    setCurrentWidget(m_messagePage);
}

void StatePanel::showError(const QString& text)
{
    m_message->setText(text);
    m_retry->show();
    setCurrentWidget(m_messagePage);
}

QString StatePanel::currentMessage() const
{
    return currentWidget() == m_messagePage ? m_message->text() : QString();
}
