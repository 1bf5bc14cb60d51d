#include <models/usage/UsageTableModel.h>

#include <models/common/Decimal.h>

#include <QLocale>

void UsageTableModel::setSeries(const UsageSeries& series, UsageResolution resolution)
{
    beginResetModel();
    m_series = series;
    m_resolution = resolution;
    endResetModel();
}

int UsageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_series.points.size());
}

int UsageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsageTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UsagePoint& point = m_series.points.at(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= PromptColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::EditRole) { // raw values, for sorting and export
        switch (index.column()) {
        case PromptColumn:
            return point.promptTokens;
        case CompletionColumn:
            return point.completionTokens;
        case TokensColumn:
            return point.tokens();
        case RequestsColumn:
            return point.requests;
        case CostColumn:
            return point.costUsd;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case BucketColumn:
        return point.toJson(m_resolution).value(QStringLiteral("bucket")).toString();
    case ModelColumn:
        return point.model;
    case PromptColumn:
        return locale.toString(point.promptTokens);
    case CompletionColumn:
        return locale.toString(point.completionTokens);
    case TokensColumn:
        return locale.toString(point.tokens());
    case RequestsColumn:
        return locale.toString(point.requests);
    case CostColumn:
        return Decimal::round(point.costUsd, 6);
    default:
        return {};
    }
}

QVariant UsageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BucketColumn:
        return tr("Period (UTC)");
    case ModelColumn:
        return tr("Model");
    case PromptColumn:
        return tr("Prompt tokens");
    case CompletionColumn:
        return tr("Completion tokens");
    case TokensColumn:
        return tr("Tokens");
    case RequestsColumn:
        return tr("Requests");
    case CostColumn:
        return tr("Cost (USD)");
    default:
        return {};
    }
}
