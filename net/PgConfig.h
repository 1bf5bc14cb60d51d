#pragma once

#include <QString>

// Where and how to reach PostgreSQL. The password is never part of it: it comes from the OS keychain or
// TS_PG_PASSWORD and is handed to the session separately.
struct PgConfig
{
    QString host = QStringLiteral("127.0.0.1");
    int port = 5432;
    QString database = QStringLiteral("tenantscope");
    QString user;
    QString sslMode; // empty: "prefer" on loopback, "verify-full" elsewhere
    QString sslRootCert;
    int connectTimeoutSeconds = 5;

    // postgresql://user@host:port/database?sslmode=verify-full&sslrootcert=/path/ca.pem
    // A password inside the URL is refused: it would end up in settings, shell history and logs.
    static PgConfig fromUrl(const QString& url, QString* error);
    QString toUrl() const;

    bool isLoopback() const;
    QString effectiveSslMode() const;
    // Semicolon-separated options for QSqlDatabase::setConnectOptions; empty with *error set if invalid.
    QString connectOptions(QString* error) const;
};

bool isLoopbackHost(const QString& host);
