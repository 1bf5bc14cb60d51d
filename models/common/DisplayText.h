#pragma once

#include <QString>

// A tool tip holding text from the database or Redis. Qt renders a tool tip as rich text when its first
// line looks like markup, so a tenant named "<img src=x>" would be drawn, not read: such text goes in
// escaped, inside a paragraph, and shows exactly as stored. Text without '<' or '&' is left alone.
inline QString plainToolTip(const QString& text)
{
    if (!text.contains(u'<') && !text.contains(u'&'))
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

// Text from the data shown on one line: whitespace runs (line breaks included) become one space, and
// text longer than `max` characters ends in an ellipsis.
inline QString oneLineText(const QString& text, int max)
{
    QString line = text.simplified();
    if (line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}
