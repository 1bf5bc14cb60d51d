#include <models/platform/ConnectionProfile.h>

#include <models/platform/RedisKeys.h>
#include <net/StripeApi.h>

#include <QCoreApplication>

bool ConnectionProfile::isValid(QString* error) const
{
    if (name.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("ConnectionProfile", "The profile needs a name.");
        return false;
    }
    if (pg.host.trimmed().isEmpty() || pg.user.trimmed().isEmpty() || pg.database.trimmed().isEmpty()) {
        *error = QCoreApplication::translate("ConnectionProfile", "PostgreSQL host, database and user are required.");
        return false;
    }
    if (pg.port < 1 || pg.port > 65535 || redis.port < 1 || redis.port > 65535) {
        *error = QCoreApplication::translate("ConnectionProfile", "Ports must be between 1 and 65535.");
        return false;
    }
    if (!RedisKeys::isValidQueuePrefix(queuePrefix)) {
        *error = QCoreApplication::translate("ConnectionProfile",
                                             "The BullMQ prefix is 1 to 100 characters without spaces or * ? [ ].");
        return false;
    }
    if (redis.cluster && redis.database != 0) {
        *error = QCoreApplication::translate("ConnectionProfile", "A Redis Cluster has only database 0.");
        return false;
    }
    if (const QString stripe = StripeApi::baseUrlProblem(QUrl(stripeApiBase.trimmed())); !stripe.isEmpty()) {
        *error = stripe;
        return false;
    }
    QString optionError;
    pg.connectOptions(&optionError);
    if (!optionError.isEmpty()) {
        *error = optionError;
        return false;
    }
    if (!redis.transportProblem().isEmpty()) {
        // Said in the connection dialog's words (the URL form of the same choice is RedisConfig's).
        *error = QCoreApplication::translate("ConnectionProfile",
                                             "Redis at %1 is not on this machine: tick \"Use TLS\", or \"Allow an "
                                             "unencrypted connection to another machine\" if you must.")
                     .arg(redis.remoteHost());
        return false;
    }
    return true;
}

QStringList transportWarnings(const PgConfig& pg, const RedisConfig& redis)
{
    QStringList warnings;
    const QString mode = pg.effectiveSslMode();
    if (!pg.isLoopback() && mode != QLatin1String("verify-full")) {
        warnings << (mode == QLatin1String("verify-ca")
                         ? QCoreApplication::translate("ConnectionProfile",
                                                       "PostgreSQL: the certificate is checked but not the host name "
                                                       "(sslmode=verify-ca).")
                         : QCoreApplication::translate("ConnectionProfile",
                                                       "PostgreSQL: the server is not verified (sslmode=%1).")
                               .arg(mode));
    }
    if (!redis.isLoopback()) {
        if (!redis.tls)
            warnings << QCoreApplication::translate("ConnectionProfile", "Redis: unencrypted connection (no TLS).");
        else if (!redis.verifyPeer)
            warnings << QCoreApplication::translate("ConnectionProfile",
                                                    "Redis: TLS without checking the server's certificate.");
    }
    return warnings;
}

QString unencryptedKeysWarning()
{
    return QCoreApplication::translate("ConnectionProfile",
                                       "Provider keys: may go unencrypted (http://, ws://) to other machines.");
}

bool profileFromEnvironment(ConnectionProfile* profile, ConnectionSecrets* secrets, QString* error)
{
    const QString pgUrl = qEnvironmentVariable("TS_PG_URL");
    const QString redisUrl = qEnvironmentVariable("TS_REDIS_URL");
    if (pgUrl.isEmpty() || redisUrl.isEmpty())
        return false;
    QString problem;
    profile->name = QStringLiteral("environment");
    profile->pg = PgConfig::fromUrl(pgUrl, &problem);
    if (problem.isEmpty())
        profile->redis = RedisConfig::fromUrl(redisUrl, &problem);
    if (!problem.isEmpty()) {
        *error = problem;
        return false;
    }
    const QString standbyUrl = qEnvironmentVariable("TS_PG_REPLICA_URL");
    if (!standbyUrl.isEmpty()) {
        profile->standby = PgConfig::fromUrl(standbyUrl, &problem);
        if (!problem.isEmpty()) {
            *error = QCoreApplication::translate("ConnectionProfile", "TS_PG_REPLICA_URL: %1").arg(problem);
            return false;
        }
        profile->useStandby = true;
        if (profile->standby.user.isEmpty())
            profile->standby.user = profile->pg.user;
    }
    const QString bound = qEnvironmentVariable("TS_PG_REPLICA_LAG_BOUND");
    if (!bound.isEmpty()) {
        bool ok = false;
        profile->standbyLagBoundSeconds = bound.toInt(&ok);
        if (!ok || profile->standbyLagBoundSeconds < 0 || profile->standbyLagBoundSeconds > 86400) {
            *error = QCoreApplication::translate("ConnectionProfile",
                                                 "TS_PG_REPLICA_LAG_BOUND is a number of seconds from 0 to 86400.");
            return false;
        }
    }
    const QString readTimeout = qEnvironmentVariable("TS_PG_READ_TIMEOUT");
    if (!readTimeout.isEmpty()) {
        bool ok = false;
        profile->readTimeoutSeconds = readTimeout.toInt(&ok);
        if (!ok || profile->readTimeoutSeconds < 0 || profile->readTimeoutSeconds > 3600) {
            *error = QCoreApplication::translate("ConnectionProfile",
                                                 "TS_PG_READ_TIMEOUT is a number of seconds from 0 (none) to 3600.");
            return false;
        }
    }
    profile->queuePrefix = qEnvironmentVariable("TS_BULL_PREFIX", QStringLiteral("bull"));
    profile->allowUnencryptedKeys = qEnvironmentVariable("TS_ALLOW_UNENCRYPTED_KEYS") == QLatin1String("1");
    profile->stripeApiBase = qEnvironmentVariable("TS_STRIPE_API_BASE", profile->stripeApiBase);
    if (!RedisKeys::isValidQueuePrefix(profile->queuePrefix)) {
        *error = QCoreApplication::translate("ConnectionProfile", "TS_BULL_PREFIX is not a usable BullMQ prefix.");
        return false;
    }
    // The environment block keeps its own copy for the life of the process: that is the price of
    // this scripted way in, and why the app's own way is the keychain.
    secrets->pgPassword = SecretBuffer::copyOf(qgetenv("TS_PG_PASSWORD"));
    secrets->redisPassword = SecretBuffer::copyOf(qgetenv("TS_REDIS_PASSWORD"));
    return true;
}
