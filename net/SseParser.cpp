#include <net/SseParser.h>

#include <QCoreApplication>

#include <cstring>
#include <utility>

SseParser::SseParser(qsizetype maxLineBytes)
    : m_maxLine(maxLineBytes)
{
}

void SseParser::reset()
{
    *this = SseParser(m_maxLine);
}

namespace
{
// The end of the line that starts at `from`: the first CR or LF, or -1 when the line is unfinished.
// memchr finds both quickly (SIMD in every libc); lines end in LF almost always.
qsizetype lineEnd(const char* data, qsizetype from, qsizetype size)
{
    const void* lf = std::memchr(data + from, '\n', size_t(size - from));
    const qsizetype limit = lf ? static_cast<const char*>(lf) - data : size;
    const void* cr = std::memchr(data + from, '\r', size_t(limit - from));
    if (cr)
        return static_cast<const char*>(cr) - data;
    return lf ? limit : -1;
}
} // namespace

QVector<SseEvent> SseParser::feed(QByteArrayView bytes)
{
    QVector<SseEvent> out;
    if (failed() || bytes.isEmpty())
        return out;
    // A UTF-8 byte order mark is skipped at the very start of the stream only (it may arrive in pieces).
    QByteArray start;
    if (!m_bomChecked) {
        m_pending.append(bytes.data(), bytes.size());
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
        start.swap(m_pending);
        bytes = start;
        if (bytes.isEmpty())
            return out;
    }
    const char* data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    if (m_lastWasCr && data[0] == '\n')
        i = 1; // the LF of a CRLF split across reads
    m_lastWasCr = false;
    if (!m_pending.isEmpty()) {
        // Finish the line the previous read left open, then go on in place.
        const qsizetype end = i < size ? lineEnd(data, i, size) : -1;
        if (end < 0) {
            m_pending.append(data + i, size - i);
        } else {
            m_pending.append(data + i, end - i);
            const QByteArray line = std::exchange(m_pending, QByteArray());
            processLine(line, &out);
            i = end;
            if (data[i] == '\r') {
                if (i + 1 < size) {
                    if (data[i + 1] == '\n')
                        ++i;
                } else {
                    m_lastWasCr = true;
                }
            }
            i = processLines(bytes, i + 1, &out);
            m_pending.append(data + i, size - i);
        }
    } else {
        i = processLines(bytes, i, &out);
        m_pending.append(data + i, size - i);
    }
    if (m_pending.size() > m_maxLine) {
        m_error
            = QCoreApplication::translate("SseParser", "The stream sent a line longer than %1 bytes; it was stopped.")
                  .arg(m_maxLine);
        m_pending.clear();
    }
    return out;
}

qsizetype SseParser::processLines(QByteArrayView bytes, qsizetype from, QVector<SseEvent>* out)
{
    const char* data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype i = from;
    while (i < size) {
        qsizetype end = lineEnd(data, i, size);
        if (end < 0)
            break;
        processLine(QByteArrayView(data + i, end - i), out);
        if (data[end] == '\r') {
            if (end + 1 < size) {
                if (data[end + 1] == '\n')
                    ++end;
            } else {
                m_lastWasCr = true; // the next read may start with its LF
            }
        }
        i = end + 1;
    }
    return i;
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
        m_data.append(value.data(), value.size());
        m_data.append('\n');
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
    if (m_data.endsWith('\n'))
        m_data.chop(1);
    // UTF-8 decode with replacement, as the specification says, without leaving UTF-8 when it is valid.
    if (QByteArrayView(m_data).isValidUtf8())
        event.data = std::move(m_data);
    else
        event.data = QString::fromUtf8(m_data).toUtf8();
    if (!m_eventType.isEmpty())
        event.type = m_eventType;
    event.lastEventId = m_lastEventId;
    out->append(event);
    m_data.clear();
    m_hasData = false;
    m_eventType.clear();
}
