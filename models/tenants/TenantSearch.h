#pragma once

#include <models/common/Fetched.h>
#include <models/tenants/Tenant.h>

#include <QObject>

class TenantRepository;

// Tenants whose name, slug or id contains what was typed, for a search box: only the latest search is
// answered (typing on makes the earlier ones stale).
class TenantSearch : public QObject
{
    Q_OBJECT

public:
    explicit TenantSearch(TenantRepository* tenants, QObject* parent = nullptr);

    void search(const QString& term, int limit);

signals:
    void found(const Fetched<QVector<TenantSummary>>& tenants);

private:
    TenantRepository* m_tenants;
    quint64 m_generation = 0;
};
