#include <models/common/DisplayText.h>
#include <models/tenants/TenantListModel.h>

#include <models/common/Decimal.h>

#include <async/Guarded.h>

#include <QLocale>

TenantListModel::TenantListModel(TenantRepository* repository, QObject* parent)
    : QAbstractTableModel(parent)
    , m_repository(repository)
{
}

int TenantListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int TenantListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const TenantSummary* TenantListModel::tenantAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

QVariant TenantListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantSummary& tenant = m_rows.at(index.row());
    switch (role) {
    case TenantIdRole:
        return tenant.id;
    case IncludedTokensRole:
        return tenant.includedTokens ? QVariant(*tenant.includedTokens) : QVariant();
    case UsageFractionRole:
        if (!tenant.includedTokens || *tenant.includedTokens <= 0)
            return {};
        return double(tenant.tokensThisMonth) / double(*tenant.includedTokens);
    case Qt::TextAlignmentRole:
        if (index.column() == TokensColumn || index.column() == CostColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return plainToolTip(tr("%1\nid %2").arg(tenant.name, tenant.id));
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case NameColumn:
        return tenant.name;
    case SlugColumn:
        return tenant.slug;
    case PlanColumn:
        return tenant.planId;
    case StatusColumn:
        return tenant.status;
    case TokensColumn:
        if (!tenant.includedTokens)
            return tr("%1 (unlimited)").arg(locale.toString(tenant.tokensThisMonth));
        return tr("%1 / %2").arg(locale.toString(tenant.tokensThisMonth), locale.toString(*tenant.includedTokens));
    case CostColumn:
        return Decimal::formatMoney(tenant.costThisMonth);
    default:
        return {};
    }
}

QVariant TenantListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SlugColumn:
        return tr("Slug");
    case PlanColumn:
        return tr("Plan");
    case StatusColumn:
        return tr("Status");
    case TokensColumn:
        return tr("Tokens this month");
    case CostColumn:
        return tr("Cost this month");
    default:
        return {};
    }
}

bool TenantListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loading && m_error.isEmpty();
}

void TenantListModel::fetchMore(const QModelIndex& parent)
{
    if (canFetchMore(parent))
        requestPage();
}

void TenantListModel::setSearch(const QString& search)
{
    if (search.trimmed() == m_search.trimmed() && !m_rows.isEmpty())
        return;
    m_search = search;
    reload();
}

void TenantListModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_hasMore = true;
    m_error.clear();
    m_loading = false;
    endResetModel();
    requestPage();
}

void TenantListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void TenantListModel::requestPage()
{
    TenantRepository::Page page;
    page.search = m_search;
    page.limit = kPageSize + 1; // one extra row tells whether there is more, without another request
    if (!m_rows.isEmpty()) {
        page.afterName = m_rows.constLast().name;
        page.afterId = m_rows.constLast().id;
    }
    const quint64 generation = m_generation;
    setLoading(true);
    deliver(m_repository->list(page), this, [this, generation](const Fetched<QVector<TenantSummary>>& fetched) {
        if (generation != m_generation)
            return; // a newer search replaced this one
        if (!fetched.ok()) {
            m_error = fetched.error;
            setLoading(false);
            emit loadFailed(m_error);
            return;
        }
        // Still "loading" while the rows go in: views and testers that ask for more from
        // inside the insert signals must not start a request with a stale cursor.
        m_freshness = fetched.freshness;
        m_hasMore = fetched.value.size() > kPageSize;
        const QVector<TenantSummary> rows = fetched.value.mid(0, kPageSize);
        if (!rows.isEmpty()) {
            const int first = static_cast<int>(m_rows.size());
            beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
            m_rows += rows;
            endInsertRows();
        }
        setLoading(false);
        emit loaded(static_cast<int>(m_rows.size()), m_hasMore);
    });
}
