#include <net/JsonFields.h>

#include <QByteArray>

#include <cstring>

namespace
{
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

JsonFields::JsonFields(std::initializer_list<const char*> paths)
{
    for (const char* path : paths) {
        QVector<Segment> segments;
        for (const QByteArray& part : QByteArray(path).split('.')) {
            bool number = !part.isEmpty();
            for (char c : part)
                number = number && isDigit(c);
            m_pathKeys.append(part);
            segments.append(number ? Segment{QByteArrayView(), part.toInt()} : Segment{QByteArrayView(), -1});
        }
        m_paths.append(segments);
    }
    // Views into m_pathKeys, taken once the vector no longer moves.
    int k = 0;
    for (QVector<Segment>& segments : m_paths)
        for (Segment& segment : segments) {
            if (segment.index < 0)
                segment.key = QByteArrayView(m_pathKeys.at(k));
            ++k;
        }
    m_values.resize(m_paths.size());
}

bool JsonFields::parse(QByteArrayView json)
{
    for (Value& v : m_values)
        v = Value();
    m_stack.clear();
    m_decodedKeys.clear();
    m_p = json.data();
    m_end = json.data() + json.size();
    skipSpace();
    if (m_p >= m_end || *m_p != '{' || !parseValue(0)) {
        for (Value& v : m_values)
            v = Value();
        return false;
    }
    skipSpace();
    if (m_p != m_end) {
        for (Value& v : m_values)
            v = Value();
        return false;
    }
    return true;
}

void JsonFields::skipSpace()
{
    while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
        ++m_p;
}

int JsonFields::capturedPath() const
{
    for (int i = 0; i < m_paths.size(); ++i) {
        const QVector<Segment>& path = m_paths.at(i);
        if (path.size() != m_stack.size())
            continue;
        bool same = true;
        for (int s = 0; same && s < path.size(); ++s)
            same = path.at(s) == m_stack.at(s);
        if (same)
            return i;
    }
    return -1;
}

void JsonFields::forgetBelow()
{
    for (int i = 0; i < m_paths.size(); ++i) {
        const QVector<Segment>& path = m_paths.at(i);
        if (path.size() <= m_stack.size() || m_values.at(i).kind == Kind::Missing)
            continue;
        bool prefix = true;
        for (int s = 0; prefix && s < m_stack.size(); ++s)
            prefix = path.at(s) == m_stack.at(s);
        if (prefix)
            m_values[i] = Value();
    }
}

bool JsonFields::onPath() const
{
    for (const QVector<Segment>& path : m_paths) {
        if (path.size() <= m_stack.size())
            continue;
        bool prefix = true;
        for (int s = 0; prefix && s < m_stack.size(); ++s)
            prefix = path.at(s) == m_stack.at(s);
        if (prefix)
            return true;
    }
    return false;
}

bool JsonFields::literal(const char* word, int length)
{
    if (m_end - m_p < length || std::memcmp(m_p, word, size_t(length)) != 0)
        return false;
    m_p += length;
    return true;
}

bool JsonFields::parseValue(int depth)
{
    if (depth > kMaxDepth || m_p >= m_end)
        return false;
    const int captured = m_offPath > 0 ? -1 : capturedPath();
    if (m_offPath == 0)
        forgetBelow(); // a duplicate key replaces its earlier value, and all that was captured inside it
    Value* value = captured >= 0 ? &m_values[captured] : nullptr;
    switch (*m_p) {
    case '{':
        if (value)
            *value = Value{Kind::Object, {}, 0, false};
        return parseObject(depth + 1);
    case '[':
        if (value)
            *value = Value{Kind::Array, {}, 0, false};
        return parseArray(depth + 1);
    case '"': {
        if (!value)
            return parseString(nullptr, nullptr);
        QString decoded;
        QByteArrayView raw;
        if (!parseString(&decoded, &raw))
            return false;
        *value = Value{Kind::String, decoded.isNull() ? QString::fromUtf8(raw) : decoded, 0, false};
        return true;
    }
    case 't':
        if (!literal("true", 4))
            return false;
        if (value)
            *value = Value{Kind::Bool, {}, 0, true};
        return true;
    case 'f':
        if (!literal("false", 5))
            return false;
        if (value)
            *value = Value{Kind::Bool, {}, 0, false};
        return true;
    case 'n':
        if (!literal("null", 4))
            return false;
        if (value)
            *value = Value{Kind::Null, {}, 0, false};
        return true;
    default: {
        QByteArrayView raw;
        if (!parseNumber(&raw))
            return false;
        if (value)
            *value = Value{Kind::Number, {}, QByteArray(raw.data(), raw.size()).toDouble(), false};
        return true;
    }
    }
}

bool JsonFields::parseObject(int depth)
{
    ++m_p; // '{'
    skipSpace();
    if (m_p < m_end && *m_p == '}') {
        ++m_p;
        return true;
    }
    // Below an object that leads to no path, nothing is captured: keys are not even decoded.
    const bool tracked = m_offPath == 0 && onPath();
    if (!tracked)
        ++m_offPath;
    bool ok = false;
    while (true) {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            break;
        QString decoded;
        QByteArrayView key;
        if (!parseString(tracked ? &decoded : nullptr, &key))
            break;
        if (tracked && !decoded.isNull()) {
            m_decodedKeys.append(decoded.toUtf8());
            key = QByteArrayView(m_decodedKeys.constLast());
        }
        skipSpace();
        if (m_p >= m_end || *m_p != ':')
            break;
        ++m_p;
        skipSpace();
        if (tracked)
            m_stack.append(Segment{key, -1});
        const bool valueOk = parseValue(depth);
        if (tracked)
            m_stack.removeLast();
        if (!valueOk)
            break;
        skipSpace();
        if (m_p >= m_end)
            break;
        if (*m_p == '}') {
            ++m_p;
            ok = true;
            break;
        }
        if (*m_p != ',')
            break;
        ++m_p;
    }
    if (!tracked)
        --m_offPath;
    return ok;
}

bool JsonFields::parseArray(int depth)
{
    ++m_p; // '['
    skipSpace();
    if (m_p < m_end && *m_p == ']') {
        ++m_p;
        return true;
    }
    const bool tracked = m_offPath == 0 && onPath();
    if (!tracked)
        ++m_offPath;
    bool ok = false;
    for (int index = 0;; ++index) {
        skipSpace();
        if (tracked)
            m_stack.append(Segment{QByteArrayView(), index});
        const bool valueOk = parseValue(depth);
        if (tracked)
            m_stack.removeLast();
        if (!valueOk)
            break;
        skipSpace();
        if (m_p >= m_end)
            break;
        if (*m_p == ']') {
            ++m_p;
            ok = true;
            break;
        }
        if (*m_p != ',')
            break;
        ++m_p;
    }
    if (!tracked)
        --m_offPath;
    return ok;
}

bool JsonFields::parseString(QString* decoded, QByteArrayView* raw)
{
    ++m_p; // '"'
    const char* start = m_p;
    bool escaped = false;
    while (m_p < m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_p);
        if (c == '"')
            break;
        if (c < 0x20)
            return false; // control characters must be escaped
        if (c != '\\') {
            ++m_p;
            continue;
        }
        escaped = true;
        if (m_end - m_p < 2)
            return false;
        const char e = m_p[1];
        if (e == 'u') {
            if (m_end - m_p < 6)
                return false;
            for (int i = 2; i < 6; ++i)
                if (hexValue(m_p[i]) < 0)
                    return false;
            m_p += 6;
        } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
            m_p += 2;
        } else {
            return false;
        }
    }
    if (m_p >= m_end)
        return false;
    const char* stop = m_p;
    ++m_p; // '"'
    if (raw)
        *raw = QByteArrayView(start, stop - start);
    if (!decoded || !escaped)
        return true; // decoded stays null: the raw bytes are the string
    // Runs of plain bytes as UTF-8, escapes as UTF-16 code units: a \uD83D\uDE80 pair becomes one
    // character and a lone surrogate stays what it is, exactly as QJsonDocument and JSON.parse read them.
    QString out;
    out.reserve(stop - start);
    const char* run = start;
    for (const char* q = start; q < stop;) {
        if (*q != '\\') {
            ++q;
            continue;
        }
        out += QString::fromUtf8(run, q - run);
        const char e = q[1];
        switch (e) {
        case 'b':
            out += u'\b';
            break;
        case 'f':
            out += u'\f';
            break;
        case 'n':
            out += u'\n';
            break;
        case 'r':
            out += u'\r';
            break;
        case 't':
            out += u'\t';
            break;
        case 'u':
            out += QChar(
                char16_t((hexValue(q[2]) << 12) | (hexValue(q[3]) << 8) | (hexValue(q[4]) << 4) | hexValue(q[5])));
            q += 4;
            break;
        default:
            out += QLatin1Char(e); // " \ /
        }
        q += 2;
        run = q;
    }
    out += QString::fromUtf8(run, stop - run);
    *decoded = out;
    return true;
}

bool JsonFields::parseNumber(QByteArrayView* raw)
{
    const char* start = m_p;
    if (m_p < m_end && *m_p == '-')
        ++m_p;
    if (m_p >= m_end)
        return false;
    if (*m_p == '0') {
        ++m_p;
    } else if (*m_p >= '1' && *m_p <= '9') {
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    } else {
        return false;
    }
    if (m_p < m_end && *m_p == '.') {
        ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    bool exponent = false;
    if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
        exponent = true;
        ++m_p;
        if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
            ++m_p;
        if (m_p >= m_end || !isDigit(*m_p))
            return false;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
    }
    *raw = QByteArrayView(start, m_p - start);
    // A number out of a double's range (1e400, 1e-400) is refused, as QJsonDocument does (RFC 8259 lets
    // parsers limit the range). Only an exponent or a very long mantissa can get there.
    if (exponent || m_p - start > 300) {
        bool inRange = false;
        QByteArray(start, m_p - start).toDouble(&inRange);
        if (!inRange)
            return false;
    }
    return true;
}
