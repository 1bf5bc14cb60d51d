#pragma once

#include <models/common/Freshness.h>

#include <models/tenants/Tenant.h>
#include <models/tenants/TenantRepository.h>

#include <QAbstractTableModel>
#include <QVector>

// The Tenants page's list: pages of 100 fetched on demand (fetchMore) with keyset paging, so 10k+
// tenants stay instant. A new search drops the rows and any answer still in flight for the old one.
class TenantListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        SlugColumn,
        PlanColumn,
        StatusColumn,
        TokensColumn,
        CostColumn,
        ColumnCount
    };
    enum Role
    {
        TenantIdRole = Qt::UserRole + 1,
        UsageFractionRole, // tokens this month / included (double), absent when unlimited
        IncludedTokensRole,
    };

    explicit TenantListModel(TenantRepository* repository, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    void setSearch(const QString& search);
    void reload();
    QString search() const { return m_search; }
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_hasMore; }
    QString lastError() const { return m_error; }
    // How current the last page read is (the standby's "as of").
    const Freshness& freshness() const { return m_freshness; }
    const TenantSummary* tenantAt(int row) const;

    static constexpr int kPageSize = 100;

signals:
    void loadingChanged(bool loading);
    void loadFailed(const QString& error);
    void loaded(int totalRows, bool hasMore);

private:
    void requestPage();
    void setLoading(bool loading);

    TenantRepository* m_repository;
    QVector<TenantSummary> m_rows;
    QString m_search;
    QString m_error;
    Freshness m_freshness;
    bool m_loading = false;
    bool m_hasMore = true;
    quint64 m_generation = 0; // answers for an older search are ignored
};
