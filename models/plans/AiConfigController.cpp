#include <models/plans/AiConfigController.h>

#include <async/Guarded.h>

AiConfigController::AiConfigController(AiConfigRepository* repository, AiConfigOperations* operations, QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_operations(operations)
{
}

void AiConfigController::loadFlags()
{
    deliver(
        m_repository->flags(), this, [this](const Fetched<QVector<FeatureFlag>>& flags) { emit flagsLoaded(flags); });
}

void AiConfigController::loadPending()
{
    deliver(
        m_repository->pendingPushes(), this, [this](const Fetched<PushState>& state) { emit pendingLoaded(state); });
}

void AiConfigController::loadFlagHistory(const QString& key)
{
    deliver(m_repository->flagHistory(key), this, [this, key](const Fetched<QVector<FeatureFlagVersion>>& history) {
        emit flagHistoryLoaded(key, history);
    });
}

void AiConfigController::loadFlagTenants(const QString& key, int limit)
{
    deliver(m_repository->flagTenants(key, limit), this, [this, key](const Fetched<TenantReach>& reach) {
        emit flagTenantsLoaded(key, reach);
    });
}

void AiConfigController::previewFlag(const QString& key, const QJsonObject& state, int limit, int rollbackVersion)
{
    deliver(m_repository->flagPreview(key, state, limit),
            this,
            [this, key, state, rollbackVersion](const Fetched<TenantReach>& reach) {
                emit flagPreviewLoaded(key, state, rollbackVersion, reach);
            });
}

void AiConfigController::setFlag(const QString& key,
                                 const QJsonObject& changes,
                                 const QString& reason,
                                 int expectedVersion)
{
    deliver(m_operations->setFlag(key, changes, reason, expectedVersion),
            this,
            [this, key](const Fetched<AiConfigChange>& change) { emit flagChanged(key, change); });
}

void AiConfigController::rollbackFlag(const QString& key, int toVersion, const QString& reason, int expectedVersion)
{
    deliver(m_operations->rollbackFlag(key, toVersion, reason, expectedVersion),
            this,
            [this, key](const Fetched<AiConfigChange>& change) { emit flagChanged(key, change); });
}

void AiConfigController::pushPending()
{
    deliver(m_operations->pushPending(), this, [this](const Fetched<AiConfigChange>& change) {
        emit pendingPushed(change);
    });
}

void AiConfigController::exportFlagd(const QString& path)
{
    deliver(m_operations->writeFlagdExport(path), this, [this, path](const Fetched<int>& flags) {
        emit flagdExported(path, flags);
    });
}

void AiConfigController::loadConfigHistory(const QString& subject)
{
    deliver(
        m_repository->configHistory(subject), this, [this, subject](const Fetched<QVector<AiConfigVersion>>& history) {
            emit configHistoryLoaded(subject, history);
        });
}

void AiConfigController::loadEffective(const QString& tenantId)
{
    deliver(m_repository->effective(tenantId), this, [this, tenantId](const Fetched<QJsonObject>& effective) {
        emit effectiveLoaded(tenantId, effective);
    });
}

void AiConfigController::previewConfig(
    const QString& subject, const QStringList& fields, int limit, const QJsonObject& target, int rollbackVersion)
{
    deliver(m_repository->configPreview(subject, fields, limit),
            this,
            [this, subject, target, rollbackVersion](const Fetched<TenantReach>& reach) {
                emit configPreviewLoaded(subject, target, rollbackVersion, reach);
            });
}

void AiConfigController::setConfig(const QString& subject,
                                   const QJsonObject& config,
                                   const QString& reason,
                                   int expectedVersion)
{
    deliver(m_operations->setConfig(subject, config, reason, expectedVersion),
            this,
            [this, subject](const Fetched<AiConfigChange>& change) { emit configChanged(subject, change); });
}

void AiConfigController::rollbackConfig(const QString& subject,
                                        int toVersion,
                                        const QString& reason,
                                        int expectedVersion)
{
    deliver(m_operations->rollbackConfig(subject, toVersion, reason, expectedVersion),
            this,
            [this, subject](const Fetched<AiConfigChange>& change) { emit configChanged(subject, change); });
}
