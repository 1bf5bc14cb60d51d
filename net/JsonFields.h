#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVarLengthArray>
#include <QVector>

#include <initializer_list>

// Validates one JSON document (RFC 8259) in a single pass and keeps only the values at a few paths,
// such as "choices.0.delta.content": no document tree, no allocation for what is not asked for. A
// provider's stream sends hundreds of thousands of small chunks; building a QJsonDocument for each
// costs more than reading the network. The input must be valid UTF-8 (SseEvent data is).
class JsonFields
{
public:
    enum class Kind
    {
        Missing,
        Null,
        Bool,
        Number,
        String,
        Object,
        Array,
    };
    struct Value
    {
        Kind kind = Kind::Missing;
        QString string;
        double number = 0;
        bool boolean = false;
    };

    // Dotted paths; a segment of digits is an array index ("choices.0.finish_reason").
    JsonFields(std::initializer_list<const char*> paths);

    // False for anything that is not one valid JSON object (then no value is set). The last of duplicate
    // keys wins, as in QJsonDocument.
    bool parse(QByteArrayView json);
    const Value& at(int path) const { return m_values.at(path); }

    static constexpr int kMaxDepth = 256;

private:
    struct Segment
    {
        QByteArrayView key; // empty with index >= 0 for an array element
        int index = -1;
        bool operator==(const Segment& other) const { return index == other.index && key == other.key; }
    };

    bool parseValue(int depth);
    bool parseObject(int depth);
    bool parseArray(int depth);
    // Scans a string starting at its opening quote; decodes it into *decoded when asked.
    bool parseString(QString* decoded, QByteArrayView* raw);
    bool parseNumber(QByteArrayView* raw);
    bool literal(const char* word, int length);
    void skipSpace();
    int capturedPath() const; // the path the value at the current position belongs to, or -1
    bool onPath() const; // the current position is on the way to some path
    void forgetBelow(); // clears what was captured below the current position

    QVector<QVector<Segment>> m_paths;
    QVector<QByteArray> m_pathKeys;
    QVector<Value> m_values;
    QVarLengthArray<Segment, 16> m_stack;
    QVector<QByteArray> m_decodedKeys; // keys that held escapes, decoded; the stack points into them
    int m_offPath = 0; // > 0: inside a value that leads to no path
    const char* m_p = nullptr;
    const char* m_end = nullptr;
};
