// libFuzzer target for the fast JSON path of the stream decoders: any valid UTF-8 input must neither crash
// nor be accepted where QJsonDocument refuses it, and what it extracts must equal what QJsonDocument reads.
#include <net/JsonFields.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!QByteArrayView(json).isValidUtf8())
        return 0; // the decoders only ever see valid UTF-8 (SseEvent data)
    JsonFields fields{"choices.0.delta.content", "usage.prompt_tokens"};
    if (!fields.parse(json))
        return 0;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        std::abort(); // accepted what QJsonDocument refuses
    const QJsonValue content = document.object()
                                   .value(QStringLiteral("choices"))
                                   .toArray()
                                   .first()
                                   .toObject()
                                   .value(QStringLiteral("delta"))
                                   .toObject()
                                   .value(QStringLiteral("content"));
    if (content.isString() != (fields.at(0).kind == JsonFields::Kind::String))
        std::abort();
    if (content.isString() && content.toString() != fields.at(0).string)
        std::abort();
    return 0;
}
