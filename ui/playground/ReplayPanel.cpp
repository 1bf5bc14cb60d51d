#include <ui/playground/ReplayPanel.h>

#include <models/common/JsonText.h>
#include <models/common/TextDiff.h>

#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace
{
QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // node keys, models and answers come from the platform's data
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPlainTextEdit* answerView(const QString& name, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setReadOnly(true);
    view->setAccessibleName(name);
    return view;
}
} // namespace

ReplayPanel::ReplayPanel(QWidget* parent)
    : QFrame(parent)
    , m_header(plainLabel(this))
    , m_recordedTitle(plainLabel(this))
    , m_recorded(answerView(tr("Recorded answer"), this))
    , m_newTitle(plainLabel(this))
    , m_new(answerView(tr("New answer"), this))
    , m_diffTitle(plainLabel(this))
    , m_diff(new QTextBrowser(this))
    , m_sendAgain(new QPushButton(tr("Send again"), this))
{
    setObjectName(QStringLiteral("replayPanel"));
    setFrameShape(QFrame::StyledPanel);
    m_header->setObjectName(QStringLiteral("replayHeader"));
    m_recorded->setObjectName(QStringLiteral("replayRecorded"));
    m_new->setObjectName(QStringLiteral("replayNew"));
    m_diff->setObjectName(QStringLiteral("replayDiff"));
    m_diff->setAccessibleName(tr("Difference between the recorded and the new answer"));
    m_diff->setOpenLinks(false);
    m_sendAgain->setObjectName(QStringLiteral("replaySend"));
    m_sendAgain->setToolTip(tr("Send the recorded messages again with the model and key chosen above"));
    auto* close = new QPushButton(tr("Close replay"), this);
    close->setObjectName(QStringLiteral("replayClose"));
    connect(m_sendAgain, &QPushButton::clicked, this, &ReplayPanel::sendAgainRequested);
    connect(close, &QPushButton::clicked, this, &ReplayPanel::closeRequested);

    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_sendAgain);
    top->addWidget(close);
    auto* answers = new QGridLayout;
    answers->addWidget(m_recordedTitle, 0, 0);
    answers->addWidget(m_newTitle, 0, 1);
    answers->addWidget(m_recorded, 1, 0);
    answers->addWidget(m_new, 1, 1);
    answers->addWidget(m_diffTitle, 2, 0, 1, 2);
    answers->addWidget(m_diff, 3, 0, 1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(answers, 1);
}

void ReplayPanel::setCall(const RecordedCall& call)
{
    m_call = call;
    QStringList parameters{tr("model %1").arg(call.model)};
    if (call.temperature)
        parameters << tr("temperature %1").arg(QLocale().toString(*call.temperature));
    if (call.maxTokens)
        parameters << tr("max tokens %1").arg(*call.maxTokens);
    for (auto it = call.extraParameters.begin(); it != call.extraParameters.end(); ++it)
        parameters << QStringLiteral("%1 %2").arg(it.key(), jsonValueText(it.value()));
    m_header->setText(tr("Replay of %1 (node %2) of execution %3 · tenant %4\n%5 message(s), %6 tool call(s), %7 "
                         "tool(s) · %8")
                          .arg(call.nodeKey)
                          .arg(call.seq)
                          .arg(call.executionId, call.tenantName.isEmpty() ? call.tenantId : call.tenantName)
                          .arg(call.messages.size())
                          .arg(call.toolCallCount())
                          .arg(call.tools.size())
                          .arg(parameters.join(QStringLiteral(" · "))));
    m_recordedTitle->setText(tr("Recorded: %1 · %2 + %3 tokens · $%4")
                                 .arg(call.recordedStatus)
                                 .arg(QLocale().toString(call.recordedPromptTokens),
                                      QLocale().toString(call.recordedCompletionTokens),
                                      call.recordedCostUsd));
    m_recorded->setPlainText(call.recordedAnswer.isEmpty()
                                 ? tr("(no answer was recorded: %1)")
                                       .arg(call.recordedError.isEmpty() ? call.recordedStatus : call.recordedError)
                                 : call.recordedAnswer);
    m_newTitle->setText(tr("New: not sent yet"));
    m_new->clear();
    m_diffTitle->setText(tr("Difference: send the call again to compare"));
    m_diff->clear();
    m_sendAgain->setEnabled(true);
    m_recorded->setEnabled(true);
    m_new->setEnabled(true);
}

void ReplayPanel::setRefusal(const QString& why)
{
    m_call.reset();
    m_header->setText(why);
    m_recordedTitle->clear();
    m_recorded->clear();
    m_newTitle->clear();
    m_new->clear();
    m_diffTitle->clear();
    m_diff->clear();
    m_sendAgain->setEnabled(false);
    m_recorded->setEnabled(false);
    m_new->setEnabled(false);
}

void ReplayPanel::setNewAnswer(const QString& text, const QString& costText, bool finished)
{
    m_newTitle->setText(finished ? tr("New: %1").arg(costText) : tr("New: streaming…"));
    m_new->setPlainText(text);
    if (!finished || !m_call)
        return;
    const TextDiff diff = TextDiff::between(m_call->recordedAnswer, text);
    m_diffTitle->setText(diff.same() ? tr("Difference: none, the new answer is the recorded one word for word")
                                     : tr("Difference%1: %2 word(s) only in the recorded answer (struck), %3 only in "
                                          "the new one (underlined)")
                                           .arg(diff.byLine ? tr(" by line") : QString())
                                           .arg(diff.removedWords)
                                           .arg(diff.addedWords));
    m_diff->setHtml(diff.toHtml());
}

QString ReplayPanel::headerText() const
{
    return m_header->text();
}

QString ReplayPanel::recordedText() const
{
    return m_recordedTitle->text() + u'\n' + m_recorded->toPlainText();
}

QString ReplayPanel::newText() const
{
    return m_newTitle->text() + u'\n' + m_new->toPlainText();
}

QString ReplayPanel::diffSummary() const
{
    return m_diffTitle->text();
}
