#pragma once

#include <QList>
#include <QString>

// Where and how to reach Redis. As with PgConfig, the password travels separately.
struct RedisConfig
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 6379;
    QString user; // ACL user name; empty means the default user
    int database = 0;
    bool tls = false;
    QString caFile; // extra CA for TLS; system CAs otherwise
    bool verifyPeer = true; // turning this off is an explicit per-profile choice
    // Without TLS to a host other than this machine: refused unless allowed explicitly (?plaintext=allowed).
    bool allowPlaintext = false;
    int connectTimeoutMs = 5000;
    // A Redis Cluster (?cluster=on): host:port is the first node asked for the topology, the seeds
    // (?seeds=host:port,host:port) are asked when it does not answer.
    bool cluster = false;
    struct Node
    {
        QString host;
        int port = 0;
        bool operator==(const Node& other) const { return host == other.host && port == other.port; }
    };
    QList<Node> seeds;

    // "host:port,host:port" (IPv6 in brackets) to seeds; false with a message when one is not host:port.
    static bool parseSeeds(const QString& text, QList<Node>* seeds, QString* error);
    QString seedsText() const;
    // The same settings (user, TLS, timeouts) for another node of the cluster.
    RedisConfig forNode(const QString& nodeHost, int nodePort) const;

    bool isLoopback() const; // the host and every seed
    QString remoteHost() const; // the first of them not on this machine
    // Why this configuration may not be used as it is ("" when it may): plain TCP to another machine
    // without the explicit opt-out.
    QString transportProblem() const;

    // redis://user@host:port/db or rediss://... for TLS; a password in the URL is refused. Query: cacert=FILE,
    // verify=none (TLS without certificate checks), plaintext=allowed (redis:// to another machine),
    // cluster=on (a Redis Cluster; database 0 only), seeds=host:port,... (more cluster nodes to start from).
    static RedisConfig fromUrl(const QString& url, QString* error);
    QString toUrl() const;
};
