#include <net/RedisConfig.h>

#include <net/PgConfig.h>
#include <net/UrlQuery.h>

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

RedisConfig RedisConfig::fromUrl(const QString& text, QString* error)
{
    RedisConfig config;
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || (scheme != QLatin1String("redis") && scheme != QLatin1String("rediss"))) {
        *error = QCoreApplication::translate("RedisConfig", "Not a Redis URL (expected redis://user@host:port/db): %1")
                     .arg(text);
        return config;
    }
    if (!url.password().isEmpty()) {
        *error = QCoreApplication::translate(
            "RedisConfig", "The Redis URL must not contain a password; use the keychain or TS_REDIS_PASSWORD.");
        return config;
    }
    config.host = url.host().isEmpty() ? config.host : url.host();
    config.port = url.port(6379);
    config.user = url.userName();
    config.tls = scheme == QLatin1String("rediss");
    const QString path = url.path().mid(1);
    if (!path.isEmpty()) {
        bool ok = false;
        config.database = path.toInt(&ok);
        if (!ok || config.database < 0) {
            *error = QCoreApplication::translate("RedisConfig", "The Redis database must be a number: %1").arg(path);
            return config;
        }
    }
    const QUrlQuery query(url);
    config.caFile = query.queryItemValue(QStringLiteral("cacert"), QUrl::FullyDecoded);
    if (query.queryItemValue(QStringLiteral("verify")) == QLatin1String("none"))
        config.verifyPeer = false;
    if (query.queryItemValue(QStringLiteral("plaintext")) == QLatin1String("allowed"))
        config.allowPlaintext = true;
    for (const QString& part : {config.host, config.user, config.caFile}) {
        if (hasNonCharacter(part)) {
            *error = QCoreApplication::translate("RedisConfig",
                                                 "The Redis URL holds a Unicode noncharacter (such as U+FFFE): %1")
                         .arg(text);
            return config;
        }
    }
    const QString problem = config.transportProblem();
    if (!problem.isEmpty())
        *error = problem;
    return config;
}

bool RedisConfig::isLoopback() const
{
    return isLoopbackHost(host);
}

QString RedisConfig::transportProblem() const
{
    if (tls || allowPlaintext || isLoopback())
        return {};
    return QCoreApplication::translate("RedisConfig",
                                       "Redis at %1 is not on this machine: use TLS (rediss://), or allow an "
                                       "unencrypted connection explicitly (?plaintext=allowed).")
        .arg(host);
}

QString RedisConfig::toUrl() const
{
    QUrl url;
    url.setScheme(tls ? QStringLiteral("rediss") : QStringLiteral("redis"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QStringLiteral("/%1").arg(database));
    QList<QPair<QString, QString>> query;
    if (!caFile.isEmpty())
        query.append({QStringLiteral("cacert"), caFile});
    if (!verifyPeer)
        query.append({QStringLiteral("verify"), QStringLiteral("none")});
    if (allowPlaintext)
        query.append({QStringLiteral("plaintext"), QStringLiteral("allowed")});
    if (!query.isEmpty())
        url.setQuery(encodedQuery(query), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded); // parsed back in StrictMode: nothing left decoded
}
