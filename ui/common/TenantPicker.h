#pragma once

#include <models/common/Fetched.h>
#include <models/tenants/Tenant.h>

#include <QHash>
#include <QLineEdit>

class QCompleter;
class QStringListModel;
class QTimer;
class TenantRepository;
class TenantSearch;

// Type part of a tenant's name or slug (or paste its id) and pick it; empty means all tenants. The
// suggestions come from the server as you type (debounced).
class TenantPicker : public QLineEdit
{
    Q_OBJECT

public:
    TenantPicker(TenantRepository* repository, QWidget* parent = nullptr);
    QString tenantId() const { return m_tenantId; }
    void choose(const QString& tenantId, const QString& label);
    void clearChoice(); // no tenant

signals:
    void tenantChanged(const QString& tenantId); // empty: all tenants

private:
    void showSuggestions(const Fetched<QVector<TenantSummary>>& fetched);
    void suggest();
    void commit();

    TenantSearch* m_search;
    QStringListModel* m_suggestions;
    QCompleter* m_completer;
    QTimer* m_debounce;
    QHash<QString, QString> m_idForLabel;
    QString m_tenantId;
};
