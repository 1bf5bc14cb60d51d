#pragma once

#include <net/PgConfig.h>
#include <net/RedisConfig.h>
#include <net/SecretBuffer.h>

#include <QString>
#include <QStringList>

// A named place to connect to: where PostgreSQL and Redis are and as whom. Passwords are not part of
// it (they live in the OS keychain, or come from TS_*_PASSWORD for scripted use).
struct ConnectionProfile
{
    QString name;
    PgConfig pg;
    RedisConfig redis;
    // A hot standby of the same database for dashboard reads (TS_PG_REPLICA_URL); same login and password.
    bool useStandby = false;
    PgConfig standby;
    int standbyLagBoundSeconds = 30; // past it, reads go to the primary (TS_PG_REPLICA_LAG_BOUND)
    int readTimeoutSeconds = 30; // every dashboard read's statement timeout (TS_PG_READ_TIMEOUT); 0: none
    QString queuePrefix = QStringLiteral("bull"); // BullMQ's key prefix on the platform
    // Where Stripe's API is reached (TS_STRIPE_API_BASE): Stripe itself, or a proxy or test peer.
    QString stripeApiBase = QStringLiteral("https://api.stripe.com");
    // Provider keys and gateway tokens may go over http:// or ws:// to another machine (KeyTransport).
    // Off by default; on, the status bar says so for as long as the profile is open.
    bool allowUnencryptedKeys = false;

    bool isValid(QString* error) const;
};

// What this profile's connections do not protect, for the status bar: a host other than this machine
// reached without verifying the server (an explicit choice in the profile). Empty when all is verified.
QStringList transportWarnings(const PgConfig& pg, const RedisConfig& redis);

// The two passwords of a profile, each in a buffer of its own (null or empty: none).
struct ConnectionSecrets
{
    Secret pgPassword;
    Secret redisPassword;
};

// The status bar's line while a profile lets keys travel unencrypted to other machines.
QString unencryptedKeysWarning();

// TS_PG_URL, TS_REDIS_URL (+ TS_PG_PASSWORD, TS_REDIS_PASSWORD, TS_ALLOW_UNENCRYPTED_KEYS=1): the scripted way in, for
// the CLI, the tests and `scripts/demo`. Returns false (and says why in *error unless simply unset).
bool profileFromEnvironment(ConnectionProfile* profile, ConnectionSecrets* secrets, QString* error);
