#include <models/billing/BillingDifferenceModel.h>

#include <models/billing/ReconciliationTableModel.h>
#include <models/operations/BillingOperations.h>

#include <QLocale>

void BillingDifferenceModel::setTenant(const TenantReconciliation& tenant)
{
    beginResetModel();
    m_tenant = tenant;
    endResetModel();
}

void BillingDifferenceModel::clear()
{
    setTenant({});
}

const BillingDifference* BillingDifferenceModel::differenceAt(int row) const
{
    return row >= 0 && row < m_tenant.differences.size() ? &m_tenant.differences.at(row) : nullptr;
}

int BillingDifferenceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tenant.differences.size());
}

int BillingDifferenceModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillingDifferenceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BillingDifference& difference = m_tenant.differences.at(index.row());
    const qint64 perUnit = qMax<qint64>(1, m_tenant.account.tokensPerUnit);
    const QLocale locale;
    if (role == Qt::TextAlignmentRole)
        return index.column() == TokensColumn || index.column() == UnitsColumn
            ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
            : QVariant();
    if (role == Qt::ToolTipRole && index.column() == ResendColumn && difference.day.isValid())
        return BillingOperations::resendRefusal(m_tenant, difference.day);
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return difference.detail;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case KindColumn:
        return role == Qt::EditRole ? BillingDifference::kindName(difference.kind)
                                    : BillingDifference::kindLabel(difference.kind);
    case DayColumn:
        return difference.day.isValid() ? difference.day.toString(Qt::ISODate) : tr("whole period");
    case TokensColumn:
        return role == Qt::EditRole ? QVariant(difference.tokens) : QVariant(locale.toString(difference.tokens));
    case UnitsColumn: {
        const double units = double(difference.tokens) / double(perUnit);
        return role == Qt::EditRole ? QVariant(units) : QVariant(ReconciliationTableModel::units(units));
    }
    case ResendColumn: // only a day that never reached Stripe; not once the month is invoiced
        if (!difference.isMissingDay())
            return tr("no");
        return BillingOperations::resendRefusal(m_tenant, difference.day).isEmpty() ? tr("possible") : tr("not now");
    case DetailColumn:
        return difference.detail;
    default:
        return {};
    }
}

QVariant BillingDifferenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case DayColumn:
        return tr("Day");
    case TokensColumn:
        return tr("Tokens");
    case UnitsColumn:
        return tr("Units");
    case ResendColumn:
        return tr("Re-send");
    case DetailColumn:
        return tr("Explanation");
    default:
        return {};
    }
}
