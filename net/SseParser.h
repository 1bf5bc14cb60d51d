#pragma once

#include <QByteArray>
#include <QString>
#include <QVector>

#include <optional>

// One event of a text/event-stream. The data stays UTF-8 (valid: invalid sequences were replaced with
// U+FFFD, as the specification's UTF-8 decode does), so a JSON payload goes to the JSON parser without a
// round trip through UTF-16.
struct SseEvent
{
    QString type = QStringLiteral("message");
    QByteArray data;
    QString lastEventId;
    QString text() const { return QString::fromUtf8(data); }
};

// An incremental server-sent events parser that follows the WHATWG HTML specification's event stream
// interpretation: CR, LF and CRLF line ends (a CRLF split across two reads is one line end), a leading
// UTF-8 BOM ignored, comment lines, fields without a colon, one optional space after the colon, data
// lines joined with LF, `event`, `id` (ignored when it contains NUL), `retry` (ASCII digits only),
// dispatch on a blank line, unknown fields ignored, an unfinished event dropped at the end of the stream.
// Bytes in, events out: no sockets, no widgets. Lines longer than maxLineBytes fail the stream instead of
// growing without bound.
class SseParser
{
public:
    explicit SseParser(qsizetype maxLineBytes = 16 * 1024 * 1024);

    QVector<SseEvent> feed(QByteArrayView bytes);
    void finish(); // the stream ended: an event without its blank line is dropped (as the spec says)
    void reset();

    std::optional<int> retryMs() const { return m_retryMs; }
    QString lastEventId() const { return m_lastEventId; }
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    // Lines of `bytes` from `from` on; returns where the unfinished last line starts.
    qsizetype processLines(QByteArrayView bytes, qsizetype from, QVector<SseEvent>* out);
    void processLine(QByteArrayView line, QVector<SseEvent>* out);
    void dispatch(QVector<SseEvent>* out);

    qsizetype m_maxLine;
    QByteArray m_pending; // bytes of an unfinished line
    bool m_bomChecked = false;
    bool m_lastWasCr = false; // the previous read ended in CR: a leading LF belongs to it
    QByteArray m_data;
    bool m_hasData = false;
    QString m_eventType;
    QString m_lastEventIdBuffer;
    QString m_lastEventId;
    std::optional<int> m_retryMs;
    QString m_error;
};
