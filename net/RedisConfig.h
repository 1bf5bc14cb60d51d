#pragma once

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
    int connectTimeoutMs = 5000;

    // redis://user@host:port/db or rediss://... for TLS; a password in the URL is refused.
    static RedisConfig fromUrl(const QString& url, QString* error);
    QString toUrl() const;
};
