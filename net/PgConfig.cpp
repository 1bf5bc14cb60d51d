#include <net/PgConfig.h>

#include <net/UrlQuery.h>

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("PgConfig", text);
}

const QStringList kSslModes = {QStringLiteral("disable"),
                               QStringLiteral("allow"),
                               QStringLiteral("prefer"),
                               QStringLiteral("require"),
                               QStringLiteral("verify-ca"),
                               QStringLiteral("verify-full")};
} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.isEmpty() || host.compare(QStringLiteral("localhost"), Qt::CaseInsensitive) == 0 || host.startsWith(u'/'))
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

PgConfig PgConfig::fromUrl(const QString& text, QString* error)
{
    PgConfig config;
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        *error = tr("Not a PostgreSQL URL (expected postgresql://user@host:port/database): %1").arg(text);
        return config;
    }
    if (!url.password().isEmpty()) {
        *error = tr("The PostgreSQL URL must not contain a password; use the keychain or TS_PG_PASSWORD.");
        return config;
    }
    if (url.host().isEmpty()) {
        *error = tr("The PostgreSQL URL has no host.");
        return config;
    }
    config.host = url.host();
    config.port = url.port(5432);
    config.user = url.userName();
    const QString path = url.path().mid(1);
    if (!path.isEmpty())
        config.database = path;
    const QUrlQuery query(url);
    config.sslMode = query.queryItemValue(QStringLiteral("sslmode"), QUrl::FullyDecoded);
    config.sslRootCert = query.queryItemValue(QStringLiteral("sslrootcert"), QUrl::FullyDecoded);
    for (const QString& part : {config.host, config.user, config.database, config.sslMode, config.sslRootCert}) {
        if (hasNonCharacter(part)) {
            *error = tr("The PostgreSQL URL holds a Unicode noncharacter (such as U+FFFE): %1").arg(text);
            return config;
        }
    }
    const QString timeout = query.queryItemValue(QStringLiteral("connect_timeout"));
    if (!timeout.isEmpty())
        config.connectTimeoutSeconds = timeout.toInt();
    QString optionError;
    config.connectOptions(&optionError);
    if (!optionError.isEmpty())
        *error = optionError;
    return config;
}

QString PgConfig::toUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u'/' + database);
    QList<QPair<QString, QString>> query;
    if (!sslMode.isEmpty())
        query.append({QStringLiteral("sslmode"), sslMode});
    if (!sslRootCert.isEmpty())
        query.append({QStringLiteral("sslrootcert"), sslRootCert});
    if (!query.isEmpty())
        url.setQuery(encodedQuery(query), QUrl::StrictMode);
    return url.toString(QUrl::FullyEncoded); // parsed back in StrictMode: nothing left decoded
}

bool PgConfig::isLoopback() const
{
    return isLoopbackHost(host);
}

QString PgConfig::effectiveSslMode() const
{
    if (!sslMode.isEmpty())
        return sslMode;
    return isLoopback() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

QString PgConfig::connectOptions(QString* error) const
{
    const QString mode = effectiveSslMode();
    if (!kSslModes.contains(mode)) {
        *error = tr("Unknown sslmode \"%1\" (use one of %2).").arg(mode, kSslModes.join(QStringLiteral(", ")));
        return {};
    }
    // QPSQL splits options on ';' and hands the rest to libpq's conninfo parser, where any whitespace
    // starts a new option and quotes and backslashes are syntax: a path holding one of those could add
    // an option of its own (a tab then "host=elsewhere"), so it is refused.
    for (const QChar c : sslRootCert) {
        if (c == u';' || c.isSpace() || c == u'\'' || c == u'\\' || c.category() == QChar::Other_Control) {
            *error = tr("The CA certificate path must not contain spaces, tabs, line breaks, quotes, backslashes "
                        "or semicolons: %1")
                         .arg(sslRootCert);
            return {};
        }
    }
    if (connectTimeoutSeconds < 1 || connectTimeoutSeconds > 300) {
        *error = tr("connect_timeout must be between 1 and 300 seconds.");
        return {};
    }
    QStringList options{QStringLiteral("connect_timeout=%1").arg(connectTimeoutSeconds),
                        QStringLiteral("sslmode=%1").arg(mode),
                        QStringLiteral("application_name=tenantscope")};
    if (!sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=%1").arg(sslRootCert);
    return options.join(u';');
}
