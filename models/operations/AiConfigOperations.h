#pragma once

#include <models/common/Fetched.h>
#include <models/plans/AiConfigRepository.h>

#include <QFuture>

#include <optional>

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

    // Every change is saved on `expectedVersion`, the version the editor started from (a change made since
    // is refused as a conflict); std::nullopt: on the version now, read first (the CLI's "apply this").

    // Saves `changes` to the flag (a flag not there yet is created), then pushes.
    QFuture<Fetched<AiConfigChange>> setFlag(const QString& key,
                                             const QJsonObject& changes,
                                             const QString& reason,
                                             std::optional<int> expectedVersion = std::nullopt) const;
    // The flag back to `toVersion`, then pushes.
    QFuture<Fetched<AiConfigChange>> rollbackFlag(const QString& key,
                                                  int toVersion,
                                                  const QString& reason,
                                                  std::optional<int> expectedVersion = std::nullopt) const;
    // A new version of the global defaults (tenantId empty) or of one tenant's overrides, then pushes.
    QFuture<Fetched<AiConfigChange>> setConfig(const QString& tenantId,
                                               const QJsonObject& config,
                                               const QString& reason,
                                               std::optional<int> expectedVersion = std::nullopt) const;
    // `changes` on top of the fields of the version now (a field set to null is not set any more: a tenant
    // then follows the global default for it), then pushes: the CLI's "set these fields".
    QFuture<Fetched<AiConfigChange>>
    changeConfig(const QString& tenantId, const QJsonObject& changes, const QString& reason) const;
    QFuture<Fetched<AiConfigChange>> rollbackConfig(const QString& tenantId,
                                                    int toVersion,
                                                    const QString& reason,
                                                    std::optional<int> expectedVersion = std::nullopt) const;

    // The tenants still pending (a push that failed, or a change made elsewhere) written to Redis now.
    QFuture<Fetched<AiConfigChange>> pushPending() const;

    // Every flag, evaluated for every tenant, as an OpenFeature flagd flag set (FlagdExport).
    QFuture<Fetched<QJsonObject>> flagdExport() const;
    // The same, written to `path` whole or not at all; the answer is how many flags it holds.
    QFuture<Fetched<int>> writeFlagdExport(const QString& path) const;

private:
    QFuture<Fetched<AiConfigChange>> thenPush(QFuture<Fetched<SaveResult>> saved) const;
    // `save` on `expected`, or on the version `versionNow` reads, then the push.
    template <typename ReadVersion, typename Save>
    QFuture<Fetched<AiConfigChange>> onVersion(std::optional<int> expected, ReadVersion versionNow, Save save) const;

    AiConfigRepository* m_repository;
    AiConfigPusher* m_pusher;
    QObject* m_lifetime;
};
