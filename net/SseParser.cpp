#include "SseParser.h"

#include <QCoreApplication>

SseParser::SseParser(qsizetype maxLineBytes)
    : m_maxLine(maxLineBytes)
{
}

void SseParser::reset()
{
    *this = SseParser(m_maxLine);
}

QVector<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QVector<SseEvent> out;
    if (failed() || bytes.isEmpty())
        return out;
    m_pending.append(bytes.data(), bytes.size());
    // A UTF-8 byte order mark is skipped at the very start of the stream only (it may arrive in pieces).
    if (!m_bomChecked) {
        static const QByteArray bom("\xEF\xBB\xBF");
        const qsizetype n = std::min<qsizetype>(m_pending.size(), 3);
        if (m_pending.left(n) != bom.left(n)) {
            m_bomChecked = true;
        } else if (m_pending.size() >= 3) {
            m_pending.remove(0, 3);
            m_bomChecked = true;
        } else {
            return out; // a prefix of the BOM: wait for more
        }
    }
    qsizetype start = 0;
    if (m_lastWasCr && !m_pending.isEmpty() && m_pending.at(0) == '\n')
        start = 1; // the LF of a CRLF split across reads
    m_lastWasCr = false;
    const char* data = m_pending.constData();
    const qsizetype size = m_pending.size();
    qsizetype i = start;
    while (i < size) {
        const char c = data[i];
        if (c != '\r' && c != '\n') {
            ++i;
            continue;
        }
        processLine(QByteArrayView(data + start, i - start), &out);
        if (c == '\r') {
            if (i + 1 < size) {
                if (data[i + 1] == '\n')
                    ++i;
            } else {
                m_lastWasCr = true; // the next read may start with its LF
            }
        }
        ++i;
        start = i;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > m_maxLine) {
        m_error
            = QCoreApplication::translate("SseParser", "The stream sent a line longer than %1 bytes; it was stopped.")
                  .arg(m_maxLine);
        m_pending.clear();
    }
    return out;
}

void SseParser::finish()
{
    // "Once the end of the file is reached, any pending data must be discarded."
    m_pending.clear();
    m_data.clear();
    m_hasData = false;
    m_eventType.clear();
}

void SseParser::processLine(QByteArrayView line, QVector<SseEvent>* out)
{
    if (line.isEmpty()) {
        dispatch(out);
        return;
    }
    if (line.at(0) == ':')
        return; // a comment
    const qsizetype colon = line.indexOf(':');
    QByteArrayView field = colon < 0 ? line : line.first(colon);
    QByteArrayView value;
    if (colon >= 0) {
        value = line.sliced(colon + 1);
        if (!value.isEmpty() && value.at(0) == ' ')
            value = value.sliced(1);
    }
    if (field == "data") {
        m_data += QString::fromUtf8(value);
        m_data += u'\n';
        m_hasData = true;
    } else if (field == "event") {
        m_eventType = QString::fromUtf8(value);
    } else if (field == "id") {
        if (!value.contains('\0'))
            m_lastEventIdBuffer = QString::fromUtf8(value);
    } else if (field == "retry") {
        bool digits = !value.isEmpty();
        for (char c : value)
            digits = digits && c >= '0' && c <= '9';
        if (digits) {
            bool ok = false;
            const int ms = QByteArray(value.data(), value.size()).toInt(&ok);
            if (ok)
                m_retryMs = ms;
        }
    }
    // Any other field is ignored.
}

void SseParser::dispatch(QVector<SseEvent>* out)
{
    m_lastEventId = m_lastEventIdBuffer;
    if (!m_hasData) {
        m_eventType.clear();
        return;
    }
    SseEvent event;
    if (m_data.endsWith(u'\n'))
        m_data.chop(1);
    event.data = m_data;
    if (!m_eventType.isEmpty())
        event.type = m_eventType;
    event.lastEventId = m_lastEventId;
    out->append(event);
    m_data.clear();
    m_hasData = false;
    m_eventType.clear();
}
