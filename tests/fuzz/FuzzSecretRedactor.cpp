// libFuzzer target for the support snapshot's redactor (models/SecretRedactor): it runs over whatever the
// platform's data holds (node inputs, job data, error messages), so on any text it must finish quickly
// (no regular expression that backtracks without end), leave nothing a second pass would still take
// out, and never let a planted provider key through.
#include "FuzzRequire.h"

#include <models/snapshot/SecretRedactor.h>

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));

    SecretRedactor once;
    const QString redacted = once.text(text);
    // A second pass changes nothing: what is left holds no credential the patterns know.
    SecretRedactor twice;
    REQUIRE(twice.text(redacted) == redacted);

    // A provider key planted in the text never survives, whatever surrounds it.
    static const QString planted = QStringLiteral("sk-proj-FUZZPLANTED0123456789");
    SecretRedactor withKey;
    REQUIRE(!withKey.text(text + QLatin1Char(' ') + planted).contains(QLatin1String("FUZZPLANTED0123456789")));

    // As JSON text (a node's input): valid JSON stays valid JSON, and a secret-named member is gone.
    SecretRedactor json;
    const QString out = json.jsonText(text);
    QJsonParseError inError{};
    const QJsonDocument in = QJsonDocument::fromJson(text.toUtf8(), &inError);
    if (inError.error == QJsonParseError::NoError && (in.isObject() || in.isArray())) {
        QJsonParseError outError{};
        const QJsonDocument parsed = QJsonDocument::fromJson(out.toUtf8(), &outError);
        REQUIRE(outError.error == QJsonParseError::NoError);
        REQUIRE(parsed.isObject() == in.isObject());
        if (in.isObject()) {
            const QJsonObject before = in.object();
            const QJsonObject after = parsed.object();
            REQUIRE(before.keys() == after.keys());
            for (const QString& key : before.keys()) {
                const QJsonValue value = before.value(key);
                if (SecretRedactor::isSecretName(key) && value.isString() && !value.toString().isEmpty())
                    REQUIRE(after.value(key).toString() == SecretRedactor::marker());
            }
        }
    }
    return 0;
}
