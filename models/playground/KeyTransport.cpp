#include <models/playground/KeyTransport.h>

#include <models/snapshot/SecretRedactor.h>

#include <net/PgConfig.h>

#include <QCoreApplication>
#include <QUrlQuery>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("KeyTransport", text);
}

bool encrypted(const QUrl& url)
{
    return url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("wss");
}
} // namespace

namespace KeyTransport
{

QString credentialIn(const QUrl& url)
{
    if (!url.password().isEmpty())
        return tr("a password");
    const QUrlQuery query(url);
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        // "api_key", "key", "token", "access_token", "sig", ... or a value shaped like a provider key.
        static const QStringList shortNames{QStringLiteral("key"),
                                            QStringLiteral("sig"),
                                            QStringLiteral("signature"),
                                            QStringLiteral("auth"),
                                            QStringLiteral("code")};
        if (SecretRedactor::isSecretName(name) || shortNames.contains(name.toLower()))
            return QStringLiteral("\"%1\"").arg(name);
        SecretRedactor redactor;
        redactor.text(value);
        if (redactor.redactions() > 0)
            return QStringLiteral("\"%1\"").arg(name);
    }
    return {};
}

Verdict check(const QUrl& url, bool unencryptedAllowed)
{
    Verdict verdict;
    if (!url.isValid() || url.host().isEmpty()) {
        verdict.problem = tr("The URL is not valid: it needs a scheme and a host, like https://api.example.com/v1.");
        return verdict;
    }
    const QString credential = credentialIn(url);
    if (!credential.isEmpty()) {
        verdict.carriesCredential = true;
        verdict.problem = tr("The URL carries a credential (%1): take it out. Keys are kept in the keychain and "
                             "sent in a header, never in a URL, which ends up in settings, exports and logs.")
                              .arg(credential);
        return verdict;
    }
    if (encrypted(url) || isLoopbackHost(url.host())) {
        verdict.mayCarryKey = true;
        return verdict;
    }
    if (unencryptedAllowed) {
        verdict.mayCarryKey = true;
        verdict.unencrypted = true;
        return verdict;
    }
    verdict.problem
        = tr("Not sent: %1 is not encrypted, and the key would cross the network to %2 in clear text. "
             "Use %3, or allow unencrypted keys to other machines in the connection profile.")
              .arg(url.scheme() + QStringLiteral("://"),
                   url.host(),
                   url.scheme() == QLatin1String("ws") ? QStringLiteral("wss://") : QStringLiteral("https://"));
    return verdict;
}

QString writable(const QUrl& url)
{
    QUrl clean = url.adjusted(QUrl::RemoveUserInfo);
    if (!credentialIn(url).isEmpty())
        clean.setQuery(QString());
    return clean.toString();
}

QString warning(const QUrl& url, bool unencryptedAllowed)
{
    const Verdict verdict = check(url, unencryptedAllowed);
    return verdict.unencrypted ? tr("⚠ Not encrypted: the key goes to %1 in clear text").arg(url.host()) : QString();
}

} // namespace KeyTransport
