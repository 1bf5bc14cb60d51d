#include <net/RedisConfig.h>

#include <net/PgConfig.h>
#include <net/UrlQuery.h>

#include <QCoreApplication>
#include <QRegularExpression>
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
    const QString cluster = query.queryItemValue(QStringLiteral("cluster"));
    if (!cluster.isEmpty()) {
        if (cluster != QLatin1String("on") && cluster != QLatin1String("off")) {
            *error = QCoreApplication::translate("RedisConfig", "cluster= takes on or off, not \"%1\".").arg(cluster);
            return config;
        }
        config.cluster = cluster == QLatin1String("on");
    }
    const QString seeds = query.queryItemValue(QStringLiteral("seeds"), QUrl::FullyDecoded);
    if (!seeds.isEmpty()) {
        if (!config.cluster) {
            *error = QCoreApplication::translate("RedisConfig",
                                                 "seeds= names more nodes of a Redis Cluster: add "
                                                 "cluster=on, or leave the seeds out.");
            return config;
        }
        if (!parseSeeds(seeds, &config.seeds, error))
            return config;
    }
    if (config.cluster && config.database != 0) {
        *error = QCoreApplication::translate("RedisConfig",
                                             "A Redis Cluster has only database 0; the URL asks for database %1.")
                     .arg(config.database);
        return config;
    }
    QStringList parts{config.host, config.user, config.caFile};
    for (const Node& seed : std::as_const(config.seeds))
        parts << seed.host;
    for (const QString& part : std::as_const(parts)) {
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
    if (!isLoopbackHost(host))
        return false;
    for (const Node& seed : seeds) {
        if (!isLoopbackHost(seed.host))
            return false;
    }
    return true;
}

RedisConfig RedisConfig::forNode(const QString& nodeHost, int nodePort) const
{
    RedisConfig node = *this;
    node.host = nodeHost;
    node.port = nodePort;
    node.seeds.clear();
    return node;
}

QString RedisConfig::transportProblem() const
{
    if (tls || allowPlaintext || isLoopback())
        return {};
    return QCoreApplication::translate("RedisConfig",
                                       "Redis at %1 is not on this machine: use TLS (rediss://), or allow an "
                                       "unencrypted connection explicitly (?plaintext=allowed).")
        .arg(remoteHost());
}

QString RedisConfig::remoteHost() const
{
    if (!isLoopbackHost(host))
        return host;
    for (const Node& seed : seeds) {
        if (!isLoopbackHost(seed.host))
            return seed.host;
    }
    return {};
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
    if (cluster)
        query.append({QStringLiteral("cluster"), QStringLiteral("on")});
    if (!seeds.isEmpty())
        query.append({QStringLiteral("seeds"), seedsText()});
    if (!query.isEmpty())
        url.setQuery(encodedQuery(query), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded); // parsed back in StrictMode: nothing left decoded
}

bool RedisConfig::parseSeeds(const QString& text, QList<Node>* seeds, QString* error)
{
    seeds->clear();
    for (QString seed : text.split(u',', Qt::SkipEmptyParts)) {
        seed = seed.trimmed();
        const qsizetype colon = seed.lastIndexOf(u':');
        bool ok = false;
        const int port = colon > 0 ? seed.mid(colon + 1).toInt(&ok) : 0;
        QString seedHost = colon > 0 ? seed.left(colon) : QString();
        if (seedHost.size() > 2 && seedHost.startsWith(u'[') && seedHost.endsWith(u']'))
            seedHost = seedHost.mid(1, seedHost.size() - 2); // [::1]:7000
        static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9._:-]+$"));
        if (!ok || port < 1 || port > 65535 || !hostPattern.match(seedHost).hasMatch()) {
            *error = QCoreApplication::translate("RedisConfig", "A seed must be host:port, not \"%1\".").arg(seed);
            return false;
        }
        seeds->append({seedHost, port});
    }
    return true;
}

QString RedisConfig::seedsText() const
{
    QStringList names;
    for (const Node& seed : seeds)
        names << (seed.host.contains(u':') ? QStringLiteral("[%1]:%2") : QStringLiteral("%1:%2"))
                     .arg(seed.host)
                     .arg(seed.port);
    return names.join(u',');
}
