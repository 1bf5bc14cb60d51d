#pragma once

#include <models/tenants/Tenant360.h>

#include <QObject>

// The tenant 360's reads, off the widget: every part of Tenant360::sections() for one tenant, each
// answered by its own signal while it belongs to the tenant asked for last.
class Tenant360Controller : public QObject
{
    Q_OBJECT

public:
    explicit Tenant360Controller(QObject* parent = nullptr);

    // The parts to read (null: none); answers for the parts of before become stale.
    void setParts(Tenant360* parts);
    Tenant360* parts() const { return m_parts; }
    void load(const QString& tenantId);

signals:
    void forecastLoaded(const Fetched<QuotaForecast>& forecast);
    void failuresLoaded(const Fetched<QVector<ErrorGroup>>& groups);
    void jobsLoaded(const Fetched<QHash<QString, qint64>>& byState);
    void alertsLoaded(const Fetched<QVector<QuotaAlert>>& alerts);
    void keysLoaded(const Fetched<QVector<SealedKeyInfo>>& keys);
    void auditLoaded(const Fetched<QVector<AuditEntry>>& entries);
    void aiConfigLoaded(const Fetched<QJsonObject>& effective);

private:
    template <typename T, typename Signal> void read(QFuture<T> future, Signal signal);

    Tenant360* m_parts = nullptr;
    quint64 m_generation = 0;
};
