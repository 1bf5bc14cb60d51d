#include <models/common/TextDiff.h>

#include <QRegularExpression>
#include <QStringList>

#include <vector>

namespace
{
// Words with the spaces after them, so the parts join back into the texts exactly.
QStringList words(const QString& text)
{
    static const QRegularExpression word(QStringLiteral("\\S+\\s*|\\s+"));
    QStringList out;
    for (auto it = word.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

QStringList lines(const QString& text)
{
    QStringList out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text.at(i) == u'\n') {
            out << text.mid(start, i - start + 1);
            start = i + 1;
        }
    if (start < text.size())
        out << text.mid(start);
    return out;
}

void append(QVector<TextDiff::Part>* parts, TextDiff::Kind kind, const QString& text)
{
    if (!parts->isEmpty() && parts->last().kind == kind)
        parts->last().text += text;
    else
        parts->append({kind, text});
}
} // namespace

TextDiff TextDiff::between(const QString& first, const QString& second)
{
    TextDiff diff;
    QStringList a = words(first);
    QStringList b = words(second);
    if (a.size() > kMaxWords || b.size() > kMaxWords) {
        a = lines(first);
        b = lines(second);
        diff.byLine = true;
    }
    // Common prefix and suffix first: an answer mostly the same costs almost nothing.
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;
    for (qsizetype i = 0; i < prefix; ++i)
        append(&diff.parts, Kind::Same, a.at(i));
    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > qsizetype(kMaxWords) * kMaxWords) { // long texts that differ throughout: one change
        for (qsizetype i = 0; i < n; ++i)
            append(&diff.parts, Kind::Removed, a.at(prefix + i));
        for (qsizetype j = 0; j < m; ++j)
            append(&diff.parts, Kind::Added, b.at(prefix + j));
        diff.removedWords = int(n);
        diff.addedWords = int(m);
    } else {
        // lcs[i][j]: the longest common run of a[i..] and b[j..] (the middle parts only).
        std::vector<std::vector<quint16>> lcs(size_t(n + 1), std::vector<quint16>(size_t(m + 1), 0));
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                lcs[size_t(i)][size_t(j)] = a.at(prefix + i) == b.at(prefix + j)
                    ? quint16(lcs[size_t(i + 1)][size_t(j + 1)] + 1)
                    : qMax(lcs[size_t(i + 1)][size_t(j)], lcs[size_t(i)][size_t(j + 1)]);
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                append(&diff.parts, Kind::Same, a.at(prefix + i));
                ++i;
                ++j;
            } else if (i < n && (j == m || lcs[size_t(i + 1)][size_t(j)] >= lcs[size_t(i)][size_t(j + 1)])) {
                append(&diff.parts, Kind::Removed, a.at(prefix + i)); // what went before what came
                ++diff.removedWords;
                ++i;
            } else {
                append(&diff.parts, Kind::Added, b.at(prefix + j));
                ++diff.addedWords;
                ++j;
            }
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        append(&diff.parts, Kind::Same, a.at(k));
    return diff;
}

QString TextDiff::toHtml() const
{
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    for (const Part& part : parts) {
        const QString text = part.text.toHtmlEscaped();
        switch (part.kind) {
        case Kind::Same:
            html += text;
            break;
        case Kind::Removed:
            html += QStringLiteral("<span style=\"color:#c62828; text-decoration: line-through\">%1</span>").arg(text);
            break;
        case Kind::Added:
            html += QStringLiteral("<span style=\"color:#2e7d32; text-decoration: underline\">%1</span>").arg(text);
            break;
        }
    }
    return html + QStringLiteral("</div>");
}
