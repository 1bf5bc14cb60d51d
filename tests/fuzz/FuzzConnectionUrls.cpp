// libFuzzer target for connection URLs (TS_PG_URL, TS_REDIS_URL and the connection dialog): any text must
// neither crash nor be accepted with a password in it, an accepted URL must survive its own round trip,
// and the PostgreSQL options handed to QPSQL must never carry an injected option.
#include <net/PgConfig.h>
#include <net/RedisConfig.h>

#include <QUrl>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool hasPassword = !QUrl(text).password().isEmpty();

    QString pgError;
    const PgConfig pg = PgConfig::fromUrl(text, &pgError);
    if (pgError.isEmpty()) {
        if (hasPassword)
            std::abort(); // a password in the URL must be refused
        QString again;
        const PgConfig round = PgConfig::fromUrl(pg.toUrl(), &again);
        if (!again.isEmpty() || round.host != pg.host || round.port != pg.port || round.user != pg.user
            || round.database != pg.database || round.sslMode != pg.sslMode || round.sslRootCert != pg.sslRootCert)
            std::abort();
        QString optionError;
        const QString options = pg.connectOptions(&optionError);
        // Options are "name=value" separated by ';', read by libpq's conninfo parser: no value may hold
        // what would start another option there (whitespace) or change the parsing (quotes, backslashes).
        for (const QString& option : options.split(u';', Qt::SkipEmptyParts)) {
            const QString value = option.section(u'=', 1);
            for (const QChar c : value)
                if (c.isSpace() || c == u'\'' || c == u'\\' || c.category() == QChar::Other_Control)
                    std::abort();
        }
    }

    QString redisError;
    const RedisConfig redis = RedisConfig::fromUrl(text, &redisError);
    if (redisError.isEmpty()) {
        if (hasPassword)
            std::abort();
        QString again;
        const RedisConfig round = RedisConfig::fromUrl(redis.toUrl(), &again);
        if (!again.isEmpty() || round.host != redis.host || round.port != redis.port || round.user != redis.user
            || round.database != redis.database || round.tls != redis.tls || round.caFile != redis.caFile
            || round.verifyPeer != redis.verifyPeer || round.allowPlaintext != redis.allowPlaintext)
            std::abort();
    }
    return 0;
}
