#include <models/costs/CostTableModel.h>

#include <models/common/Decimal.h>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

void CostTableModel::setRows(const QVector<CostRow>& rows, CostGrouping grouping, bool hasMore)
{
    beginResetModel();
    m_rows = rows;
    m_grouping = grouping;
    m_hasMore = hasMore;
    m_loadingMore = false;
    endResetModel();
}

void CostTableModel::appendRows(const QVector<CostRow>& rows, bool hasMore)
{
    m_loadingMore = false;
    m_hasMore = hasMore;
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(rows.size()) - 1);
    m_rows += rows;
    endInsertRows();
}

bool CostTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore && !m_loadingMore;
}

void CostTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    m_loadingMore = true;
    emit moreRequested(static_cast<int>(m_rows.size()));
}

int CostTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CostTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : (hasMargins() ? ColumnCount : RevenueColumn);
}

QVariant CostTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CostRow& row = m_rows.at(index.row());
    const bool negative = row.marginUsd && Decimal::compare(*row.marginUsd, QStringLiteral("0")) < 0;
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() >= RequestsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ForegroundRole:
        return negative && (index.column() == MarginColumn || index.column() == GroupColumn)
            ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28)))
            : QVariant();
    case Qt::FontRole:
        if (negative && index.column() == MarginColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return negative ? tr("Negative margin: the platform pays its providers more than this tenant pays")
                        : QVariant();
    case Qt::EditRole: // exact values for export
        switch (index.column()) {
        case GroupColumn:
            return row.label;
        case DetailColumn:
            return row.detail;
        case RequestsColumn:
            return row.requests;
        case TokensColumn:
            return row.tokens;
        case CostColumn:
            return row.costUsd;
        case PlatformCostColumn:
            return row.platformCostUsd;
        case ByokCostColumn:
            return row.byokCostUsd;
        case RevenueColumn:
            return row.revenueUsd.value_or(QString());
        case MarginColumn:
            return row.marginUsd.value_or(QString());
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    const QLocale locale;
    switch (index.column()) {
    case GroupColumn:
        return row.label;
    case DetailColumn:
        return row.detail;
    case RequestsColumn:
        return locale.toString(row.requests);
    case TokensColumn:
        return locale.toString(row.tokens);
    case CostColumn:
        return Decimal::formatMoney(row.costUsd);
    case PlatformCostColumn:
        return Decimal::formatMoney(row.platformCostUsd);
    case ByokCostColumn:
        return Decimal::formatMoney(row.byokCostUsd);
    case RevenueColumn:
        return row.revenueUsd ? Decimal::formatMoney(*row.revenueUsd) : QString();
    case MarginColumn:
        return row.marginUsd ? Decimal::formatMoney(*row.marginUsd) : QString();
    default:
        return {};
    }
}

QVariant CostTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case GroupColumn:
        switch (m_grouping) {
        case CostGrouping::Tenant:
            return tr("Tenant");
        case CostGrouping::Model:
            return tr("Model");
        case CostGrouping::Provider:
            return tr("Provider");
        case CostGrouping::Day:
            return tr("Day (UTC)");
        }
        return {};
    case DetailColumn:
        return m_grouping == CostGrouping::Tenant ? tr("Plan")
                                                  : (m_grouping == CostGrouping::Model ? tr("Provider") : QString());
    case RequestsColumn:
        return tr("Requests");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Provider cost");
    case PlatformCostColumn:
        return tr("Platform-paid");
    case ByokCostColumn:
        return tr("BYOK (tenant's key)");
    case RevenueColumn:
        return tr("Revenue");
    case MarginColumn:
        return tr("Margin");
    default:
        return {};
    }
}
