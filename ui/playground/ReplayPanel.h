#pragma once

#include <models/playground/RecordedCall.h>

#include <QFrame>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

// A recorded LLM call being sent again: where it comes from (execution, node, tenant), what it carries
// (messages, tool calls, tools, model, parameters), the recorded answer and cost beside the new answer and
// its cost, and a word-by-word diff of the two. A node that recorded no chat request says so instead.
class ReplayPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ReplayPanel(QWidget* parent = nullptr);

    void setCall(const RecordedCall& call);
    void setRefusal(const QString& why); // not a chat request: nothing to send
    void setNewAnswer(const QString& text, const QString& costText, bool finished);

    QString headerText() const;
    QString recordedText() const;
    QString newText() const;
    QString diffSummary() const;
    QPushButton* sendAgainButton() const { return m_sendAgain; }

signals:
    void sendAgainRequested();
    void closeRequested();

private:
    QLabel* m_header;
    QLabel* m_recordedTitle;
    QPlainTextEdit* m_recorded;
    QLabel* m_newTitle;
    QPlainTextEdit* m_new;
    QLabel* m_diffTitle;
    QTextBrowser* m_diff;
    QPushButton* m_sendAgain;
    std::optional<RecordedCall> m_call;
};
