#pragma once

#include <QTextBrowser>

class QTimer;

// The conversation as a document. A streaming answer is appended at the end of the document, one
// insertion per token, so each token costs the same however long the answer grows (no re-layout of what
// is above it); the view follows the end once per frame, not once per token. A complete answer is
// re-rendered as Markdown in place, with any raw HTML in it shown as text.
class TranscriptView : public QTextBrowser
{
    Q_OBJECT

public:
    explicit TranscriptView(QWidget* parent = nullptr);

    void addUserTurn(const QString& text);
    // A message of a recorded call being replayed: its role as the heading, shown as recorded.
    void addRecordedTurn(const QString& role, const QString& text);
    void beginAnswer(const QString& heading);
    void appendDelta(const QString& text);
    // Replaces the streamed plain text with its Markdown rendering, and adds a note (error, stopped).
    void finishAnswer(const QString& markdown, const QString& note, bool isError);
    void clearTranscript();
    bool isAnswering() const { return m_answerStart >= 0; }

private:
    void addHeading(const QString& text, const QColor& color);
    void followEnd();

    int m_answerStart = -1;
    QTimer* m_follow;
};
