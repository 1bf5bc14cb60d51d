#include <models/operations/AiConfigOperations.h>

#include <models/common/AtomicFile.h>

#include <async/Guarded.h>
#include <models/plans/AiConfigPusher.h>
#include <models/plans/FlagdExport.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>

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

template <typename ReadVersion, typename Save>
QFuture<Fetched<AiConfigChange>>
AiConfigOperations::onVersion(std::optional<int> expected, ReadVersion versionNow, Save save) const
{
    if (expected)
        return thenPush(save(*expected));
    const AiConfigOperations* self = this;
    // Only the version: not the whole flag list, whose tenant counts evaluate every flag for every tenant.
    return versionNow()
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

QFuture<Fetched<AiConfigChange>> AiConfigOperations::setFlag(const QString& key,
                                                             const QJsonObject& changes,
                                                             const QString& reason,
                                                             std::optional<int> expectedVersion) const
{
    AiConfigRepository* repository = m_repository;
    return onVersion(
        expectedVersion,
        [repository, key] { return repository->flagVersion(key); },
        [repository, key, changes, reason](int version) { return repository->setFlag(key, version, changes, reason); });
}

QFuture<Fetched<AiConfigChange>> AiConfigOperations::rollbackFlag(const QString& key,
                                                                  int toVersion,
                                                                  const QString& reason,
                                                                  std::optional<int> expectedVersion) const
{
    AiConfigRepository* repository = m_repository;
    return onVersion(
        expectedVersion,
        [repository, key] { return repository->flagVersion(key); },
        [repository, key, toVersion, reason](int version) {
            return repository->rollbackFlag(key, toVersion, version, reason);
        });
}

QFuture<Fetched<AiConfigChange>> AiConfigOperations::setConfig(const QString& tenantId,
                                                               const QJsonObject& config,
                                                               const QString& reason,
                                                               std::optional<int> expectedVersion) const
{
    AiConfigRepository* repository = m_repository;
    return onVersion(
        expectedVersion,
        [repository, tenantId] { return repository->configVersion(tenantId); },
        [repository, tenantId, config, reason](int version) {
            return repository->setConfig(tenantId, version, config, reason);
        });
}

QFuture<Fetched<AiConfigChange>> AiConfigOperations::rollbackConfig(const QString& tenantId,
                                                                    int toVersion,
                                                                    const QString& reason,
                                                                    std::optional<int> expectedVersion) const
{
    AiConfigRepository* repository = m_repository;
    return onVersion(
        expectedVersion,
        [repository, tenantId] { return repository->configVersion(tenantId); },
        [repository, tenantId, toVersion, reason](int version) {
            return repository->rollbackConfig(tenantId, toVersion, version, reason);
        });
}

QFuture<Fetched<QJsonObject>> AiConfigOperations::flagdExport() const
{
    return m_repository->evaluatedFlags().then([](const Fetched<QVector<EvaluatedFlag>>& flags) {
        Fetched<QJsonObject> exported;
        exported.error = flags.error;
        if (flags.ok()) {
            // The flag set's version: when it was read, so two exports are told apart.
            exported.value
                = FlagdExport::build(flags.value, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        }
        return exported;
    });
}

QFuture<Fetched<AiConfigChange>> AiConfigOperations::pushPending() const
{
    Fetched<SaveResult> nothingSaved;
    return thenPush(QtFuture::makeReadyFuture(nothingSaved));
}

QFuture<Fetched<AiConfigChange>>
AiConfigOperations::changeConfig(const QString& tenantId, const QJsonObject& changes, const QString& reason) const
{
    const AiConfigOperations* self = this;
    AiConfigRepository* repository = m_repository;
    return m_repository->configHistory(tenantId)
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_lifetime,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<AiConfigChange>()); },
                  [self, repository, tenantId, changes, reason](const Fetched<QVector<AiConfigVersion>>& history) {
                      if (!history.ok())
                          return refusedFuture<AiConfigChange>(history.error);
                      QJsonObject fields = history.value.isEmpty() ? QJsonObject() : history.value.first().fields;
                      const int version = history.value.isEmpty() ? 0 : history.value.first().version;
                      for (auto it = changes.begin(); it != changes.end(); ++it)
                          fields.insert(it.key(), it.value());
                      return self->thenPush(repository->setConfig(tenantId, version, fields, reason));
                  }))
        .unwrap();
}

QFuture<Fetched<int>> AiConfigOperations::writeFlagdExport(const QString& path) const
{
    return flagdExport().then([path](const Fetched<QJsonObject>& flagSet) {
        Fetched<int> written;
        if (!flagSet.ok()) {
            written.error = flagSet.error;
            return written;
        }
        const QString problem = writeAtomically(path, QJsonDocument(flagSet.value).toJson());
        if (!problem.isEmpty()) {
            written.error
                = QCoreApplication::translate("AiConfigOperations", "%1 could not be written (%2).").arg(path, problem);
            return written;
        }
        written.value = int(flagSet.value.value(QStringLiteral("flags")).toObject().size());
        return written;
    });
}
