#include <ui/playground/TranscriptView.h>

#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTimer>

TranscriptView::TranscriptView(QWidget* parent)
    : QTextBrowser(parent)
    , m_follow(new QTimer(this))
{
    setObjectName(QStringLiteral("transcript"));
    setAccessibleName(tr("Conversation"));
    setOpenExternalLinks(true);
    setUndoRedoEnabled(false); // an undo stack per token would grow without bound
    document()->setUndoRedoEnabled(false);
    m_follow->setSingleShot(true);
    m_follow->setInterval(16);
    connect(
        m_follow, &QTimer::timeout, this, [this] { verticalScrollBar()->setValue(verticalScrollBar()->maximum()); });
}

void TranscriptView::addHeading(const QString& text, const QColor& color)
{
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    if (!document()->isEmpty())
        cursor.insertBlock();
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setForeground(color);
    QTextBlockFormat spaced;
    spaced.setTopMargin(document()->isEmpty() ? 0 : 10);
    cursor.setBlockFormat(spaced);
    cursor.insertText(text, heading);
    cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
}

void TranscriptView::addUserTurn(const QString& text)
{
    addHeading(tr("You"), palette().color(QPalette::Link));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, QTextCharFormat());
    followEnd();
}

void TranscriptView::addRecordedTurn(const QString& role, const QString& text)
{
    addHeading(tr("Recorded · %1").arg(role), palette().color(QPalette::PlaceholderText));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text, QTextCharFormat());
    followEnd();
}

void TranscriptView::beginAnswer(const QString& heading)
{
    addHeading(heading, palette().color(QPalette::Text));
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    m_answerStart = cursor.position();
    followEnd();
}

void TranscriptView::appendDelta(const QString& text)
{
    if (m_answerStart < 0)
        return;
    QTextCursor cursor(document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    followEnd();
}

void TranscriptView::finishAnswer(const QString& markdown, const QString& note, bool isError)
{
    if (m_answerStart < 0)
        return;
    QTextCursor cursor(document());
    cursor.setPosition(m_answerStart);
    cursor.movePosition(QTextCursor::End, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    if (!markdown.isEmpty())
        // A model's answer is data: raw HTML in it is shown as text, never rendered (MarkdownNoHTML).
        cursor.insertMarkdown(
            markdown,
            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    if (!note.isEmpty()) {
        cursor.movePosition(QTextCursor::End);
        cursor.insertBlock(QTextBlockFormat(), QTextCharFormat());
        QTextCharFormat format;
        format.setFontItalic(true);
        format.setForeground(isError ? QColor(0xc0, 0x39, 0x2b) : palette().color(QPalette::PlaceholderText));
        cursor.insertText(note, format);
    }
    m_answerStart = -1;
    followEnd();
}

void TranscriptView::clearTranscript()
{
    clear();
    m_answerStart = -1;
}

void TranscriptView::followEnd()
{
    // Follow only if the reader is at the end already: scrolling up to read keeps its place.
    QScrollBar* bar = verticalScrollBar();
    if (bar->value() >= bar->maximum() - 4 && !m_follow->isActive())
        m_follow->start();
}
