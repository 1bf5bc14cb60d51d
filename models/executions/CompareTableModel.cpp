#include <models/executions/CompareTableModel.h>

#include <models/executions/ExecutionListModel.h>

#include <QBrush>
#include <QLocale>
#include <QRegularExpression>

namespace
{
QString msText(const std::optional<qint64>& ms)
{
    if (!ms)
        return QStringLiteral("–");
    if (*ms < 1000)
        return CompareTableModel::tr("%1 ms").arg(*ms);
    return CompareTableModel::tr("%1 s").arg(QLocale().toString(*ms / 1000.0, 'f', 1));
}

// "a → b", or one value when both runs agree.
QString pair(const QString& left, const QString& right)
{
    return left == right ? left : QStringLiteral("%1 → %2").arg(left, right);
}
} // namespace

CompareTableModel::CompareTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CompareTableModel::setComparison(const ExecutionComparison& comparison)
{
    beginResetModel();
    m_comparison = comparison;
    rebuildRows();
    endResetModel();
}

void CompareTableModel::setOnlyDifferences(bool only)
{
    if (only == m_onlyDifferences)
        return;
    beginResetModel();
    m_onlyDifferences = only;
    rebuildRows();
    endResetModel();
}

void CompareTableModel::rebuildRows()
{
    m_rows.clear();
    m_rows.reserve(m_comparison.nodes.size());
    for (int i = 0; i < m_comparison.nodes.size(); ++i)
        if (!m_onlyDifferences || m_comparison.nodes.at(i).differs())
            m_rows.append(i);
}

const NodeComparison* CompareTableModel::nodeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_comparison.nodes.at(m_rows.at(row)) : nullptr;
}

int CompareTableModel::firstDifferingRow() const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_comparison.nodes.at(m_rows.at(row)).differs())
            return row;
    return -1;
}

QString CompareTableModel::changeText(const NodeComparison& node)
{
    if (node.left < 0)
        return tr("only in the second");
    if (node.right < 0)
        return tr("only in the first");
    QStringList what;
    if (node.statusChanged())
        what << tr("status");
    if (node.inputDiffers)
        what << tr("input");
    if (node.outputDiffers)
        what << tr("output");
    if (what.isEmpty() && node.leftTokens != node.rightTokens)
        what << tr("tokens only"); // the same answer, another usage: not counted as a change
    return what.isEmpty() ? tr("same") : what.join(QStringLiteral(", "));
}

int CompareTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareTableModel::data(const QModelIndex& index, int role) const
{
    const NodeComparison* node = nodeAt(index.row());
    if (!node)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NodeColumn:
            return node->key;
        case ChangeColumn:
            return changeText(*node);
        case StatusColumn:
            return pair(node->left < 0 ? QStringLiteral("–") : node->leftStatus,
                        node->right < 0 ? QStringLiteral("–") : node->rightStatus);
        case DurationColumn:
            return pair(msText(node->leftDurationMs), msText(node->rightDurationMs));
        case TokensColumn:
            return pair(QLocale().toString(node->leftTokens), QLocale().toString(node->rightTokens));
        case CostColumn: {
            const QString delta = node->costDeltaUsd();
            static const QRegularExpression zero(QStringLiteral("^-?0(\\.0*)?$"));
            if (zero.match(delta).hasMatch())
                return QStringLiteral("0");
            return delta.startsWith(u'-') ? delta : QStringLiteral("+") + delta;
        }
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (column == StatusColumn)
            return QBrush(ExecutionListModel::statusColor(node->right >= 0 ? node->rightStatus : node->leftStatus));
        if (column == ChangeColumn && node->differs())
            return QBrush(node->left < 0        ? QColor(0x2e, 0x7d, 0x32)
                              : node->right < 0 ? QColor(0xc6, 0x28, 0x28)
                                                : QColor(0xb2, 0x6a, 0x00));
        return {};
    case Qt::TextAlignmentRole:
        return column >= DurationColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == CostColumn)
            return tr("%1 USD in the first run, %2 USD in the second").arg(node->leftCostUsd, node->rightCostUsd);
        return {};
    default:
        return {};
    }
}

QVariant CompareTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NodeColumn:
        return tr("Node");
    case ChangeColumn:
        return tr("What differs");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("Duration");
    case TokensColumn:
        return tr("Tokens");
    case CostColumn:
        return tr("Cost Δ (USD)");
    default:
        return {};
    }
}
