#pragma once

#include <models/common/Fetched.h>
#include <models/operations/AiConfigOperations.h>
#include <models/plans/AiConfigRepository.h>

#include <QObject>

// The Flags and AI configuration page's reads and changes, off the widgets: each request's answer comes
// back as a signal, named with what it was for (a flag key, a subject: "" for the global defaults), so a
// panel that moved on can drop an older answer.
class AiConfigController : public QObject
{
    Q_OBJECT

public:
    AiConfigController(AiConfigRepository* repository, AiConfigOperations* operations, QObject* parent = nullptr);

    void loadFlags();
    void loadPending();
    void loadFlagHistory(const QString& key);
    void loadFlagTenants(const QString& key, int limit);
    // `rollbackVersion` 0: an edit; otherwise the version a rollback goes back to (handed back with the answer).
    void previewFlag(const QString& key, const QJsonObject& state, int limit, int rollbackVersion);
    void setFlag(const QString& key, const QJsonObject& changes, const QString& reason, int expectedVersion);
    void rollbackFlag(const QString& key, int toVersion, const QString& reason, int expectedVersion);
    void pushPending();
    void exportFlagd(const QString& path);

    void loadConfigHistory(const QString& subject);
    void loadEffective(const QString& tenantId);
    void previewConfig(
        const QString& subject, const QStringList& fields, int limit, const QJsonObject& target, int rollbackVersion);
    void setConfig(const QString& subject, const QJsonObject& config, const QString& reason, int expectedVersion);
    void rollbackConfig(const QString& subject, int toVersion, const QString& reason, int expectedVersion);

signals:
    void flagsLoaded(const Fetched<QVector<FeatureFlag>>& flags);
    void pendingLoaded(const Fetched<PushState>& state);
    void flagHistoryLoaded(const QString& key, const Fetched<QVector<FeatureFlagVersion>>& history);
    void flagTenantsLoaded(const QString& key, const Fetched<TenantReach>& reach);
    void flagPreviewLoaded(const QString& key,
                           const QJsonObject& state,
                           int rollbackVersion,
                           const Fetched<TenantReach>& reach);
    void flagChanged(const QString& key, const Fetched<AiConfigChange>& change);
    void pendingPushed(const Fetched<AiConfigChange>& change);
    // How many flags were written to `path`, or why nothing was.
    void flagdExported(const QString& path, const Fetched<int>& flags);

    void configHistoryLoaded(const QString& subject, const Fetched<QVector<AiConfigVersion>>& history);
    void effectiveLoaded(const QString& tenantId, const Fetched<QJsonObject>& effective);
    void configPreviewLoaded(const QString& subject,
                             const QJsonObject& target,
                             int rollbackVersion,
                             const Fetched<TenantReach>& reach);
    void configChanged(const QString& subject, const Fetched<AiConfigChange>& change);

private:
    AiConfigRepository* m_repository;
    AiConfigOperations* m_operations;
};
