#include <models/billing/ReconciliationTableModel.h>

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <cmath>

void ReconciliationTableModel::setReconciliation(const BillingReconciliation& reconciliation)
{
    beginResetModel();
    m_reconciliation = reconciliation;
    endResetModel();
}

const TenantReconciliation* ReconciliationTableModel::tenantAt(int row) const
{
    return row >= 0 && row < m_reconciliation.tenants.size() ? &m_reconciliation.tenants.at(row) : nullptr;
}

int ReconciliationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reconciliation.tenants.size());
}

int ReconciliationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconciliationTableModel::units(double value)
{
    const bool whole = std::floor(value) == value;
    return QLocale().toString(value, 'f', whole ? 0 : 2);
}

QString ReconciliationTableModel::differenceSummary(const TenantReconciliation& tenant)
{
    QVector<BillingDifference::Kind> order;
    QMap<BillingDifference::Kind, int> counts;
    for (const BillingDifference& difference : tenant.differences) {
        if (!counts.contains(difference.kind))
            order << difference.kind;
        ++counts[difference.kind];
    }
    QStringList parts;
    for (const BillingDifference::Kind kind : order) {
        const int count = counts.value(kind);
        parts << (count > 1 ? tr("%1 ×%2").arg(BillingDifference::kindLabel(kind)).arg(count)
                            : BillingDifference::kindLabel(kind));
    }
    return parts.join(QStringLiteral(", "));
}

QVariant ReconciliationTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantReconciliation& tenant = m_reconciliation.tenants.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(tenant, column);
    case Qt::EditRole:
        return exact(tenant, column);
    case Qt::UserRole:
        return sortKey(tenant, column);
    case Qt::TextAlignmentRole:
        return column >= MeteredColumn && column <= DriftUsdColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                   : QVariant();
    case Qt::ForegroundRole:
        if (!tenant.stripeRead() && column == StripeColumn)
            return QBrush(QColor(0xb9, 0x77, 0x0e));
        return tenant.hasDrift()
                && (column == TenantColumn || (column >= DriftUnitsColumn && column <= DifferencesColumn))
            ? QVariant(QBrush(QColor(0xc6, 0x28, 0x28)))
            : QVariant();
    case Qt::FontRole:
        if (tenant.driftUnits != 0 && column == DriftUnitsColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == StripeColumn && !tenant.stripeRead())
            return tr("Stripe could not be read: %1").arg(tenant.stripe.error);
        if (column == StripeColumn && !tenant.stripe.perDayKnown)
            return tr("A legacy subscription item: Stripe gives the period's total only.");
        if (column == ExpectedColumn)
            return tr("floor(metered tokens / %1 tokens per unit), the days due so far")
                .arg(tenant.account.tokensPerUnit);
        return {};
    default:
        return {};
    }
}

QVariant ReconciliationTableModel::display(const TenantReconciliation& tenant, int column) const
{
    const QLocale locale;
    switch (column) {
    case TenantColumn:
        return tenant.account.tenantName;
    case PlanColumn:
        return tenant.account.planId;
    case MeteredColumn:
        return locale.toString(tenant.meteredTokens);
    case ExpectedColumn:
        return locale.toString(tenant.expectedUnits);
    case ReportedColumn:
        return tenant.failedUnits > 0
            ? tr("%1 (+%2 failed)").arg(locale.toString(tenant.reportedUnits), locale.toString(tenant.failedUnits))
            : locale.toString(tenant.reportedUnits);
    case StripeColumn:
        return tenant.stripeRead() ? units(tenant.stripe.units) : tr("not read");
    case DriftUnitsColumn:
        if (!tenant.stripeRead())
            return QStringLiteral("—");
        return tenant.driftUnits > 0 ? QStringLiteral("+") + units(tenant.driftUnits) : units(tenant.driftUnits);
    case DriftPercentColumn:
        return tenant.driftPercent ? QStringLiteral("%1 %").arg(locale.toString(*tenant.driftPercent, 'f', 2))
                                   : QStringLiteral("—");
    case DriftUsdColumn:
        if (!tenant.stripeRead())
            return QStringLiteral("—");
        return tenant.driftUsd.startsWith(u'-') ? QStringLiteral("−$%1").arg(tenant.driftUsd.mid(1))
                                                : QStringLiteral("$%1").arg(tenant.driftUsd);
    case DifferencesColumn:
        return tenant.stripeRead() ? differenceSummary(tenant) : tenant.stripe.error;
    case InvoiceColumn:
        return tenant.stripe.invoiceId.isEmpty()
            ? tr("none yet")
            : QStringLiteral("%1 (%2)").arg(tenant.stripe.invoiceId, tenant.stripe.invoiceStatus);
    default:
        return {};
    }
}

QVariant ReconciliationTableModel::exact(const TenantReconciliation& tenant, int column) const
{
    switch (column) {
    case MeteredColumn:
        return tenant.meteredTokens;
    case ExpectedColumn:
        return tenant.expectedUnits;
    case ReportedColumn:
        return tenant.reportedUnits;
    case StripeColumn:
        return tenant.stripeRead() ? QVariant(tenant.stripe.units) : QVariant();
    case DriftUnitsColumn:
        return tenant.stripeRead() ? QVariant(tenant.driftUnits) : QVariant();
    case DriftPercentColumn:
        return tenant.driftPercent ? QVariant(*tenant.driftPercent) : QVariant();
    case DriftUsdColumn:
        return tenant.stripeRead() ? QVariant(tenant.driftUsd) : QVariant();
    case DifferencesColumn: {
        if (!tenant.stripeRead())
            return tenant.stripe.error;
        QStringList kinds;
        for (const BillingDifference& difference : tenant.differences)
            kinds << BillingDifference::kindName(difference.kind)
                    + (difference.day.isValid() ? QLatin1Char('@') + difference.day.toString(Qt::ISODate) : QString());
        return kinds.join(QLatin1Char(' '));
    }
    case InvoiceColumn:
        return tenant.stripe.invoiceId;
    default:
        return display(tenant, column);
    }
}

// Drift sorts by its size whichever way it goes, so the worst come first in a descending sort; a tenant
// Stripe could not be read for sorts above every figure (it is unknown, and needs looking at).
QVariant ReconciliationTableModel::sortKey(const TenantReconciliation& tenant, int column)
{
    constexpr double unknown = 1e300;
    switch (column) {
    case TenantColumn:
        return tenant.account.tenantName.toLower();
    case PlanColumn:
        return tenant.account.planId;
    case MeteredColumn:
        return double(tenant.meteredTokens);
    case ExpectedColumn:
        return double(tenant.expectedUnits);
    case ReportedColumn:
        return double(tenant.reportedUnits);
    case StripeColumn:
        return tenant.stripeRead() ? tenant.stripe.units : unknown;
    case DriftUnitsColumn:
        return tenant.stripeRead() ? std::abs(tenant.driftUnits) : unknown;
    case DriftPercentColumn:
        return !tenant.stripeRead() ? unknown : tenant.driftPercent ? std::abs(*tenant.driftPercent) : 0.0;
    case DriftUsdColumn:
        return tenant.stripeRead() ? std::abs(tenant.driftUsd.toDouble()) : unknown;
    case DifferencesColumn:
        return tenant.stripeRead() ? double(tenant.differences.size()) : unknown;
    case InvoiceColumn:
        return tenant.stripe.invoiceStatus;
    default:
        return {};
    }
}

QVariant ReconciliationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MeteredColumn:
            return tr("Tokens the usage rollups hold for the days due (BYOK excluded), exact");
        case ReportedColumn:
            return tr("Units Stripe accepted per the platform's report log, counted in this period");
        case StripeColumn:
            return tr("What Stripe holds: the meter's event summaries, or the legacy item's usage record summary");
        case DriftUnitsColumn:
            return tr("Stripe's units minus the units the metered tokens make");
        case DriftUsdColumn:
            return tr("What the drift costs the customer at the plan's overage price (negative: billed too little)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case PlanColumn:
        return tr("Plan");
    case MeteredColumn:
        return tr("Metered tokens");
    case ExpectedColumn:
        return tr("Expected units");
    case ReportedColumn:
        return tr("Reported units");
    case StripeColumn:
        return tr("Stripe units");
    case DriftUnitsColumn:
        return tr("Drift (units)");
    case DriftPercentColumn:
        return tr("Drift %");
    case DriftUsdColumn:
        return tr("Drift ($)");
    case DifferencesColumn:
        return tr("Differences");
    case InvoiceColumn:
        return tr("Invoice");
    default:
        return {};
    }
}
