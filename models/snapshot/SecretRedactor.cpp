#include <models/snapshot/SecretRedactor.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <utility>

namespace
{
// Names whose values are credentials, compared without case, "-" and "_".
bool nameHoldsSecret(QString name)
{
    name = name.toLower().remove(u'_').remove(u'-');
    // Token counts ("max_tokens", "prompt_tokens") and tokenizers are not credentials.
    name.remove(QStringLiteral("tokenizer")).remove(QStringLiteral("tokens"));
    static const QStringList exact{QStringLiteral("authorization"),
                                   QStringLiteral("cookie"),
                                   QStringLiteral("setcookie"),
                                   QStringLiteral("xapikey"),
                                   QStringLiteral("pass"),
                                   QStringLiteral("pwd")};
    static const QStringList within{QStringLiteral("password"),
                                    QStringLiteral("passwd"),
                                    QStringLiteral("secret"),
                                    QStringLiteral("apikey"),
                                    QStringLiteral("token"),
                                    QStringLiteral("privatekey"),
                                    QStringLiteral("credential"),
                                    QStringLiteral("sessionid")};
    if (exact.contains(name))
        return true;
    for (const QString& part : within) {
        if (name.contains(part))
            return true;
    }
    return false;
}

struct Pattern
{
    QRegularExpression expression;
    int keep; // the capture group kept in front of the marker (0: none)
};

const QVector<Pattern>& patterns()
{
    static const QVector<Pattern> list{
        // Provider keys: OpenAI (sk-, sk-proj-), Anthropic (sk-ant-), and other "sk_live_"-style keys.
        {QRegularExpression(QStringLiteral("\\bsk[-_][A-Za-z0-9_\\-]{12,}")), 0},
        // AWS access key ids, GitHub and Slack tokens, Google API keys.
        {QRegularExpression(QStringLiteral("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b")), 0},
        {QRegularExpression(QStringLiteral("\\bgh[pousr]_[A-Za-z0-9]{20,}")), 0},
        {QRegularExpression(QStringLiteral("\\bxox[abposr]-[A-Za-z0-9\\-]{10,}")), 0},
        {QRegularExpression(QStringLiteral("\\bAIza[0-9A-Za-z_\\-]{30,}")), 0},
        // JSON Web Tokens.
        {QRegularExpression(QStringLiteral("\\beyJ[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]{5,}\\.[A-Za-z0-9_\\-]*")), 0},
        // "Bearer <token>", "Basic <base64>".
        {QRegularExpression(QStringLiteral("\\b((?:Bearer|Basic)\\s+)[A-Za-z0-9._~+/=\\-]{8,}"),
                            QRegularExpression::CaseInsensitiveOption),
         1},
        // The password of a URL: scheme://user:password@host.
        {QRegularExpression(QStringLiteral("\\b([a-z][a-z0-9+.\\-]*://[^\\s:/@]*:)[^\\s@/]+(?=@)"),
                            QRegularExpression::CaseInsensitiveOption),
         1},
        // name=value and name: value pairs whose name holds a secret.
        {QRegularExpression(
             QStringLiteral("\\b((?:[A-Za-z0-9]+[_\\-])*(?:api[_\\-]?key|password|passwd|pwd|secret|token|"
                            "access[_\\-]?key|private[_\\-]?key|credentials?)\\s*[=:]\\s*[\"']?)[^\\s\"'&,;]{4,}"),
             QRegularExpression::CaseInsensitiveOption),
         1},
        // PEM private keys, whole.
        {QRegularExpression(
             QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----")),
         0},
    };
    return list;
}
} // namespace

const QString& SecretRedactor::marker()
{
    static const QString text = QStringLiteral("[redacted]");
    return text;
}

bool SecretRedactor::isSecretName(const QString& name)
{
    return nameHoldsSecret(name);
}

QString SecretRedactor::text(const QString& text)
{
    // A pass can uncover what another pattern takes (a password in a URL matches once a token inside it is
    // replaced), so passes repeat until nothing changes: what comes out, a second redaction leaves alone.
    // Chains of such reveals can be long (the fuzzer found one of 9-12 passes), so no fixed count: one pass
    // per character at most guards against a loop, and real text settles in two or three.
    QString result = text;
    for (qsizetype pass = 0; pass <= text.size(); ++pass) {
        QString next = onePass(result);
        if (next == result)
            break;
        result = std::move(next);
    }
    return result;
}

QString SecretRedactor::onePass(const QString& text)
{
    QString result = text;
    for (const Pattern& pattern : patterns()) {
        QString replaced;
        qsizetype last = 0;
        QRegularExpressionMatchIterator it = pattern.expression.globalMatch(result);
        bool any = false;
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            replaced += QStringView(result).mid(last, match.capturedStart() - last);
            const QString replacement = (pattern.keep > 0 ? match.captured(pattern.keep) : QString()) + marker();
            replaced += replacement;
            last = match.capturedEnd();
            // What a pattern takes again after an earlier pass ("token=[redacted]") is not counted twice.
            if (match.captured(0) != replacement) {
                ++m_redactions;
                any = true;
            }
        }
        if (any) {
            replaced += QStringView(result).mid(last);
            result = replaced;
        }
    }
    return result;
}

QJsonValue SecretRedactor::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue inner = it.value();
            // Numbers and flags under such names are settings ("token_ttl": 3600), not credentials.
            const bool holdsValue
                = (inner.isString() && !inner.toString().isEmpty()) || inner.isObject() || inner.isArray();
            if (holdsValue && nameHoldsSecret(it.key())) {
                it.value() = marker();
                ++m_redactions;
            } else {
                it.value() = this->value(inner);
            }
        }
        return object;
    }
    case QJsonValue::Array: {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = this->value(*it);
        return array;
    }
    case QJsonValue::String:
        // A string may itself hold JSON (an audit record's before and after): redacted by its names too.
        return jsonText(value.toString());
    default:
        return value;
    }
}

QString SecretRedactor::jsonText(const QString& text)
{
    if (text.isEmpty())
        return text;
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || (!document.isObject() && !document.isArray()))
        return this->text(text);
    const QJsonValue redacted
        = value(document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
    return QString::fromUtf8(redacted.isObject() ? QJsonDocument(redacted.toObject()).toJson(QJsonDocument::Compact)
                                                 : QJsonDocument(redacted.toArray()).toJson(QJsonDocument::Compact));
}
