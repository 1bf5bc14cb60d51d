#include <ui/executions/CompareWindow.h>

#include <models/common/Decimal.h>
#include <models/common/JsonText.h>
#include <models/executions/CompareTableModel.h>
#include <models/executions/TraceController.h>

#include <ui/common/StatePanel.h>

#include <QCheckBox>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
constexpr int kMaxValueShown = 300; // characters of a changed value in a cell; the whole is in the tooltip
constexpr int kChangesShown = 500;

QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // run names, ids and errors come from the platform's data
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QString valueText(const QJsonValue& value)
{
    return value.isUndefined() ? QStringLiteral("–") : jsonValueText(value);
}

QString runLine(const QString& label,
                const ExecutionSummary& run,
                const std::optional<qint64>& ms,
                qint64 tokens,
                const QString& cost)
{
    return CompareWindow::tr("%1: %2 · %3 · %4 · %5 · %6 · %7 tokens · %8 USD")
        .arg(label,
             run.id,
             run.status,
             run.workflow,
             run.tenantName,
             ms ? CompareWindow::tr("%1 s").arg(QLocale().toString(*ms / 1000.0, 'f', 1)) : QStringLiteral("–"),
             QLocale().toString(tokens),
             cost);
}
} // namespace

CompareWindow::CompareWindow(TraceOperations* traces, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_controller(new TraceController(traces, this))
    , m_model(new CompareTableModel(this))
    , m_first(plainLabel(this))
    , m_second(plainLabel(this))
    , m_summary(plainLabel(this))
    , m_onlyDifferences(new QCheckBox(tr("Only nodes whose status, input or output differ"), this))
    , m_table(new QTableView(this))
    , m_node(plainLabel(this))
    , m_changes(new QTableWidget(0, 5, this))
{
    setObjectName(QStringLiteral("compareWindow"));
    setWindowTitle(tr("Compare executions"));
    resize(1100, 720);
    m_first->setObjectName(QStringLiteral("compareFirst"));
    m_second->setObjectName(QStringLiteral("compareSecond"));
    m_summary->setObjectName(QStringLiteral("compareSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_onlyDifferences->setObjectName(QStringLiteral("compareOnlyDifferences"));
    m_onlyDifferences->setToolTip(tr("Hide the nodes whose status, input and output are the same in both runs"));

    m_table->setObjectName(QStringLiteral("compareTable"));
    m_table->setAccessibleName(tr("Nodes of both runs"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed); // 10,000 rows: no per-row sizing
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(CompareTableModel::NodeColumn, 170);
    m_table->setColumnWidth(CompareTableModel::ChangeColumn, 170);
    m_table->setColumnWidth(CompareTableModel::StatusColumn, 170);
    m_table->setColumnWidth(CompareTableModel::DurationColumn, 140);
    m_table->setColumnWidth(CompareTableModel::TokensColumn, 130);

    m_node->setObjectName(QStringLiteral("compareNode"));
    m_changes->setObjectName(QStringLiteral("compareChanges"));
    m_changes->setAccessibleName(tr("Input and output changes of the node"));
    m_changes->setHorizontalHeaderLabels({tr("In"), tr("Change"), tr("Path"), tr("First run"), tr("Second run")});
    m_changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_changes->setWordWrap(false);
    m_changes->verticalHeader()->hide();
    m_changes->horizontalHeader()->setStretchLastSection(true);
    m_changes->setColumnWidth(0, 60);
    m_changes->setColumnWidth(1, 80);
    m_changes->setColumnWidth(2, 230);
    m_changes->setColumnWidth(3, 330);

    auto* nodePane = new QWidget(this);
    auto* nodeLayout = new QVBoxLayout(nodePane);
    nodeLayout->setContentsMargins(0, 0, 0, 0);
    nodeLayout->addWidget(m_node);
    nodeLayout->addWidget(m_changes, 1);
    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(nodePane);
    splitter->setSizes({420, 260});

    auto* content = new QWidget(this);
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addWidget(m_first);
    contentLayout->addWidget(m_second);
    auto* summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(m_onlyDifferences);
    contentLayout->addLayout(summaryRow);
    contentLayout->addWidget(splitter, 1);
    m_state = new StatePanel(content, this);
    m_state->setObjectName(QStringLiteral("compareState"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_state);

    connect(m_onlyDifferences, &QCheckBox::toggled, this, [this](bool only) {
        const NodeComparison* shown = m_model->nodeAt(m_table->currentIndex().row());
        const QString key = shown ? shown->key : QString();
        m_model->setOnlyDifferences(only);
        int row = -1;
        for (int i = 0; i < m_model->rowCount() && !key.isEmpty(); ++i)
            if (m_model->nodeAt(i)->key == key) {
                row = i;
                break;
            }
        if (row < 0)
            row = m_model->firstDifferingRow();
        if (row >= 0)
            m_table->selectRow(row);
        else
            showNode(-1);
    });
    connect(m_controller, &TraceController::compared, this, [this](const Fetched<ExecutionPair>& compared) {
        if (!compared.ok()) {
            m_state->showError(compared.error);
            emit loaded(false);
            return;
        }
        present(compared.value);
        m_loadMs = m_clock.elapsed();
        emit loaded(true);
    });
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) { showNode(current.row()); });
}

void CompareWindow::compare(const QString& firstId, const QString& secondId)
{
    m_clock.start();
    m_loadMs = -1;
    setWindowTitle(tr("Compare %1 with %2").arg(firstId.left(8), secondId.left(8)));
    m_state->showLoading(tr("Reading both runs and aligning their nodes…"));
    m_controller->compare(firstId, secondId);
}

void CompareWindow::present(const ExecutionPair& pair)
{
    m_pair = pair;
    const ExecutionComparison& c = pair.comparison;
    if (c.nodes.isEmpty()) {
        m_state->showEmpty(tr("Neither run has a node yet: there is nothing to compare."));
        return;
    }
    m_first->setText(runLine(tr("First"), c.left, c.leftDurationMs, c.leftTokens, c.leftCostUsd));
    m_second->setText(runLine(tr("Second"), c.right, c.rightDurationMs, c.rightTokens, c.rightCostUsd));
    const QString costDelta = Decimal::subtract(c.rightCostUsd, c.leftCostUsd);
    m_summary->setText(tr("%1 node(s) differ: %2 changed, %3 only in the first, %4 only in the second · tokens %5 · "
                          "cost %6 USD")
                           .arg(c.changed + c.added + c.removed)
                           .arg(c.changed)
                           .arg(c.removed)
                           .arg(c.added)
                           .arg((c.rightTokens >= c.leftTokens ? QStringLiteral("+") : QString())
                                + QLocale().toString(c.rightTokens - c.leftTokens))
                           .arg(costDelta.startsWith(u'-') ? costDelta : QStringLiteral("+") + costDelta));
    // The differences first; "all" is one click away.
    const bool anyDiffer = c.changed + c.added + c.removed > 0;
    m_model->setComparison(c);
    m_model->setOnlyDifferences(anyDiffer);
    {
        const QSignalBlocker quiet(m_onlyDifferences); // the model is set already
        m_onlyDifferences->setChecked(anyDiffer);
    }
    m_state->showContent();
    const int row = anyDiffer ? m_model->firstDifferingRow() : 0;
    m_table->selectRow(row);
    showNode(row);
}

void CompareWindow::showNode(int row)
{
    m_changes->setRowCount(0);
    const NodeComparison* node = m_model->nodeAt(row);
    if (!node) {
        m_node->setText(tr("Select a node to see what changed in its input and output."));
        return;
    }
    const auto errorOf = [](const ExecutionDetail& run, int index) {
        if (index < 0)
            return QString();
        const ExecutionNode& n = run.nodes.at(index);
        return n.errorMessage.isEmpty() ? QString() : QStringLiteral("%1: %2").arg(n.errorCode, n.errorMessage);
    };
    QStringList lines{QStringLiteral("%1 (%2) — %3").arg(node->key, node->type, CompareTableModel::changeText(*node))};
    const QString leftError = errorOf(m_pair.first, node->left);
    const QString rightError = errorOf(m_pair.second, node->right);
    if (!leftError.isEmpty())
        lines << tr("First run's error: %1").arg(leftError.left(500));
    if (!rightError.isEmpty())
        lines << tr("Second run's error: %1").arg(rightError.left(500));
    const JsonDiff input = ExecutionCompare::inputDiff(m_pair.first, m_pair.second, *node, kChangesShown);
    const JsonDiff output = ExecutionCompare::outputDiff(m_pair.first, m_pair.second, *node, kChangesShown);
    if (node->inBoth() && input.changes.isEmpty() && output.changes.isEmpty())
        lines << tr("Input and output are the same in both runs.");
    if (input.truncated || output.truncated)
        lines << tr("Only the first %1 changes of the input and of the output are listed.").arg(kChangesShown);
    m_node->setText(lines.join(u'\n'));
    int at = 0;
    m_changes->setRowCount(int(input.changes.size() + output.changes.size()));
    for (const auto& [where, diff] : {std::pair{tr("input"), &input}, std::pair{tr("output"), &output}}) {
        for (const JsonChange& change : diff->changes) {
            const QString before = valueText(change.before);
            const QString after = valueText(change.after);
            const QStringList cells{where,
                                    change.kind == JsonChange::Kind::Added         ? tr("added")
                                        : change.kind == JsonChange::Kind::Removed ? tr("removed")
                                                                                   : tr("changed"),
                                    change.path,
                                    before.left(kMaxValueShown),
                                    after.left(kMaxValueShown)};
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QTableWidgetItem(cells.at(column));
                if (column >= 3)
                    item->setToolTip((column == 3 ? before : after).left(4000));
                m_changes->setItem(at, column, item);
            }
            ++at;
        }
    }
}

QString CompareWindow::headerText() const
{
    return QStringList{m_first->text(), m_second->text(), m_summary->text()}.join(u'\n');
}

QString CompareWindow::nodeText() const
{
    return m_node->text();
}
