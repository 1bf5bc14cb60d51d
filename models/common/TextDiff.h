#pragma once

#include <QString>
#include <QVector>

// Two texts compared word by word (the longest common subsequence of their words, spaces kept with the
// word before them): what stayed, what only the first has, what only the second has, in reading order.
// Texts of more than kMaxWords words each are compared line by line instead, so the table stays small.
struct TextDiff
{
    enum class Kind
    {
        Same,
        Removed, // only in the first text
        Added, // only in the second
    };
    struct Part
    {
        Kind kind = Kind::Same;
        QString text;
    };
    static constexpr int kMaxWords = 3000;

    QVector<Part> parts;
    int removedWords = 0;
    int addedWords = 0;
    bool byLine = false; // the texts were too long to compare word by word

    static TextDiff between(const QString& first, const QString& second);
    bool same() const { return removedWords == 0 && addedWords == 0; }
    // The diff as HTML for a text view: removed struck through in red, added underlined in green.
    QString toHtml() const;
};
