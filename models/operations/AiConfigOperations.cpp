#include <models/operations/AiConfigOperations.h>

#include <async/Guarded.h>
#include <models/plans/AiConfigPusher.h>

#include <QCoreApplication>

QJsonObject AiConfigChange::toJson() const
{
    return {{QStringLiteral("version"), saved.version},
            {QStringLiteral("affected_tenants"), double(saved.affectedTenants)},
            {QStringLiteral("pushed_tenants"), double(pushedTenants)},
            {QStringLiteral("push_error"), pushError.isEmpty() ? QJsonValue() : QJsonValue(pushError)}};
}

AiConfigOperations::AiConfigOperations(AiConfigRepository* repository, AiConfigPusher* pusher, QObject* lifetime)
    : m_repository(repository)
    , m_pusher(pusher)
    , m_lifetime(lifetime)
{
}

QFuture<Fetched<AiConfigChange>> AiConfigOperations::thenPush(QFuture<Fetched<SaveResult>> saved) const
{
    AiConfigPusher* pusher = m_pusher;
    // The Redis client lives on the application's thread: the push starts there.
    return saved
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<AiConfigChange>()); },
                  [pusher](const Fetched<SaveResult>& result) {
                      if (!result.ok()) {
                          Fetched<AiConfigChange> refused;
                          refused.error = result.error;
                          refused.value.saved = result.value; // e.g. a conflict
                          return QtFuture::makeReadyFuture(refused);
                      }
                      return pusher->push().then([saved = result.value](const Fetched<AiConfigPusher::Result>& pushed) {
                          Fetched<AiConfigChange> change;
                          change.value.saved = saved;
                          change.value.pushedTenants = pushed.value.pushed;
                          change.value.pushError = pushed.error;
                          return change;
                      });
                  }))
        .unwrap();
}

template <typename Save>
QFuture<Fetched<AiConfigChange>> AiConfigOperations::onCurrentVersion(const QString& key, Save save) const
{
    const AiConfigOperations* self = this;
    // Only the version: not the whole flag list, whose tenant counts evaluate every flag for every tenant.
    return m_repository->flagVersion(key)
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<AiConfigChange>()); },
                  [self, save](const Fetched<int>& version) {
                      if (!version.ok())
                          return refusedFuture<AiConfigChange>(version.error);
                      return self->thenPush(save(version.value));
                  }))
        .unwrap();
}

QFuture<Fetched<AiConfigChange>>
AiConfigOperations::setFlag(const QString& key, const QJsonObject& changes, const QString& reason) const
{
    AiConfigRepository* repository = m_repository;
    return onCurrentVersion(key, [repository, key, changes, reason](int version) {
        return repository->setFlag(key, version, changes, reason);
    });
}

QFuture<Fetched<AiConfigChange>>
AiConfigOperations::rollbackFlag(const QString& key, int toVersion, const QString& reason) const
{
    AiConfigRepository* repository = m_repository;
    return onCurrentVersion(key, [repository, key, toVersion, reason](int version) {
        return repository->rollbackFlag(key, toVersion, version, reason);
    });
}
