#include <app/ProfileStore.h>

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>())
{
}

ProfileStore::ProfileStore(const QString& iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

QStringList ProfileStore::names() const
{
    m_settings->beginGroup(QStringLiteral("profiles"));
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    return groups;
}

bool ProfileStore::load(const QString& name, ConnectionProfile* profile) const
{
    if (!names().contains(name))
        return false;
    QSettings& s = *m_settings;
    s.beginGroup(QStringLiteral("profiles/") + name);
    profile->name = name;
    profile->pg.host = s.value(QStringLiteral("pg/host"), profile->pg.host).toString();
    profile->pg.port = s.value(QStringLiteral("pg/port"), profile->pg.port).toInt();
    profile->pg.database = s.value(QStringLiteral("pg/database"), profile->pg.database).toString();
    profile->pg.user = s.value(QStringLiteral("pg/user")).toString();
    profile->pg.sslMode = s.value(QStringLiteral("pg/sslmode")).toString();
    profile->pg.sslRootCert = s.value(QStringLiteral("pg/sslrootcert")).toString();
    profile->redis.host = s.value(QStringLiteral("redis/host"), profile->redis.host).toString();
    profile->redis.port = s.value(QStringLiteral("redis/port"), profile->redis.port).toInt();
    profile->redis.user = s.value(QStringLiteral("redis/user")).toString();
    profile->redis.database = s.value(QStringLiteral("redis/database"), 0).toInt();
    profile->redis.tls = s.value(QStringLiteral("redis/tls"), false).toBool();
    profile->redis.caFile = s.value(QStringLiteral("redis/cafile")).toString();
    profile->redis.verifyPeer = s.value(QStringLiteral("redis/verify"), true).toBool();
    profile->redis.allowPlaintext = s.value(QStringLiteral("redis/plaintext"), false).toBool();
    profile->redis.cluster = s.value(QStringLiteral("redis/cluster"), false).toBool();
    QString ignored; // saved from a valid profile; a hand-edited bad list loads as no seeds
    RedisConfig::parseSeeds(s.value(QStringLiteral("redis/seeds")).toString(), &profile->redis.seeds, &ignored);
    profile->queuePrefix = s.value(QStringLiteral("queues/prefix"), QStringLiteral("bull")).toString();
    profile->stripeApiBase = s.value(QStringLiteral("stripe/apiBase"), profile->stripeApiBase).toString();
    profile->allowUnencryptedKeys = s.value(QStringLiteral("providers/allowUnencryptedKeys"), false).toBool();
    s.endGroup();
    return true;
}

void ProfileStore::save(const ConnectionProfile& profile)
{
    QSettings& s = *m_settings;
    s.beginGroup(QStringLiteral("profiles/") + profile.name);
    s.setValue(QStringLiteral("pg/host"), profile.pg.host);
    s.setValue(QStringLiteral("pg/port"), profile.pg.port);
    s.setValue(QStringLiteral("pg/database"), profile.pg.database);
    s.setValue(QStringLiteral("pg/user"), profile.pg.user);
    s.setValue(QStringLiteral("pg/sslmode"), profile.pg.sslMode);
    s.setValue(QStringLiteral("pg/sslrootcert"), profile.pg.sslRootCert);
    s.setValue(QStringLiteral("redis/host"), profile.redis.host);
    s.setValue(QStringLiteral("redis/port"), profile.redis.port);
    s.setValue(QStringLiteral("redis/user"), profile.redis.user);
    s.setValue(QStringLiteral("redis/database"), profile.redis.database);
    s.setValue(QStringLiteral("redis/tls"), profile.redis.tls);
    s.setValue(QStringLiteral("redis/cafile"), profile.redis.caFile);
    s.setValue(QStringLiteral("redis/verify"), profile.redis.verifyPeer);
    s.setValue(QStringLiteral("redis/plaintext"), profile.redis.allowPlaintext);
    s.setValue(QStringLiteral("redis/cluster"), profile.redis.cluster);
    s.setValue(QStringLiteral("redis/seeds"), profile.redis.seedsText());
    s.setValue(QStringLiteral("queues/prefix"), profile.queuePrefix);
    s.setValue(QStringLiteral("stripe/apiBase"), profile.stripeApiBase);
    s.setValue(QStringLiteral("providers/allowUnencryptedKeys"), profile.allowUnencryptedKeys);
    s.endGroup();
    s.sync();
}

void ProfileStore::remove(const QString& name)
{
    m_settings->remove(QStringLiteral("profiles/") + name);
    m_settings->sync();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    m_settings->setValue(QStringLiteral("lastProfile"), name);
    m_settings->sync();
}
