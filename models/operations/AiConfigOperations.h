#pragma once

#include <models/common/Fetched.h>
#include <models/plans/AiConfigRepository.h>

#include <QFuture>

class AiConfigPusher;
class QObject;

// A flag or AI configuration change is two steps, as a plan change is: the audited save in PostgreSQL,
// then the affected tenants' `ai_config:{tenant}` written to Redis and announced. The save is the change:
// when Redis then fails, the result is a success that carries the push error (the tenants stay pending).
struct AiConfigChange
{
    SaveResult saved;
    qint64 pushedTenants = 0;
    QString pushError; // empty: Redis has the new configuration

    bool pushed() const { return pushError.isEmpty(); }
    QJsonObject toJson() const;
};

class AiConfigOperations
{
public:
    // `lifetime`: destroyed with the connection's Redis client (an answer after it ends as "closed").
    AiConfigOperations(AiConfigRepository* repository, AiConfigPusher* pusher, QObject* lifetime);

    // Saves `changes` on top of the flag's version now (a flag not there yet is created), then pushes.
    QFuture<Fetched<AiConfigChange>>
    setFlag(const QString& key, const QJsonObject& changes, const QString& reason) const;
    // Back to `toVersion`, on top of the version now, then pushes.
    QFuture<Fetched<AiConfigChange>> rollbackFlag(const QString& key, int toVersion, const QString& reason) const;

private:
    QFuture<Fetched<AiConfigChange>> thenPush(QFuture<Fetched<SaveResult>> saved) const;
    // The flag's version now (0: no such flag) and then `save` with it.
    template <typename Save> QFuture<Fetched<AiConfigChange>> onCurrentVersion(const QString& key, Save save) const;

    AiConfigRepository* m_repository;
    AiConfigPusher* m_pusher;
    QObject* m_lifetime;
};
