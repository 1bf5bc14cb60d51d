#include <ui/executions/TraceView.h>

#include <ui/common/JsonView.h>
#include <ui/executions/WaterfallDelegate.h>

#include <models/common/Decimal.h>
#include <models/executions/ExecutionListModel.h>
#include <models/executions/TraceModel.h>

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

TraceView::TraceView(QWidget* parent)
    : QWidget(parent)
    , m_model(new TraceModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_nodeTitle(new QLabel(this))
    , m_nodeError(new QLabel(this))
    , m_stack(new QPlainTextEdit(this))
    , m_showAllStack(new QPushButton(tr("Show all"), this))
    , m_input(new JsonView(tr("Node input"), this))
    , m_output(new JsonView(tr("Node output"), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("traceView"));
    m_summary->setObjectName(QStringLiteral("traceSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("traceTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Trace nodes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 10,000 rows, it paints the ones on screen.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegateForColumn(
        TraceModel::TimelineColumn,
        new WaterfallDelegate(
            TraceModel::OffsetFractionRole, TraceModel::WidthFractionRole, TraceModel::StatusRole, m_table));
    m_table->setColumnWidth(TraceModel::SeqColumn, 36);
    m_table->setColumnWidth(TraceModel::NodeColumn, 80);
    m_table->setColumnWidth(TraceModel::TypeColumn, 140);
    m_table->setColumnWidth(TraceModel::StatusColumn, 80);
    m_table->setColumnWidth(TraceModel::DurationColumn, 64);
    m_table->setColumnWidth(TraceModel::TokensColumn, 56);
    m_table->setColumnWidth(TraceModel::CostColumn, 64);
    m_table->setColumnWidth(TraceModel::AttemptColumn, 56);
    // The time axis takes what is left.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(TraceModel::TimelineColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(30);
    connect(m_table->selectionModel(),
            &QItemSelectionModel::currentRowChanged,
            this,
            [this](const QModelIndex& current) { showNode(current.row()); });

    m_nodeTitle->setTextFormat(Qt::PlainText);
    m_nodeTitle->setObjectName(QStringLiteral("traceNodeTitle"));
    m_nodeError->setTextFormat(Qt::PlainText);
    m_nodeError->setWordWrap(true);
    m_nodeError->setObjectName(QStringLiteral("traceNodeError"));
    m_nodeError->setStyleSheet(QStringLiteral("color: #c62828"));
    m_nodeError->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stack->setReadOnly(true);
    m_stack->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_stack->setObjectName(QStringLiteral("traceStack"));
    m_stack->setAccessibleName(tr("Stack trace"));
    m_showAllStack->hide();
    connect(m_showAllStack, &QPushButton::clicked, this, [this] {
        if (const ExecutionNode* node = m_model->node(selectedRow()))
            m_stack->setPlainText(node->errorStack);
        m_showAllStack->hide();
    });

    auto* errorTab = new QWidget;
    auto* errorLayout = new QVBoxLayout(errorTab);
    errorLayout->addWidget(m_nodeError);
    errorLayout->addWidget(m_stack, 1);
    errorLayout->addWidget(m_showAllStack, 0, Qt::AlignRight);
    m_tabs->addTab(errorTab, tr("Error"));
    m_tabs->addTab(m_input, tr("Input"));
    m_tabs->addTab(m_output, tr("Output"));

    auto* detail = new QWidget;
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_replay = new QPushButton(tr("Open in Playground"), this);
    m_replay->setObjectName(QStringLiteral("openInPlayground"));
    m_replay->setToolTip(tr("Send this LLM call again with its exact messages, tools, model and parameters, "
                            "as the tenant, and set the new answer beside the recorded one"));
    m_replay->hide();
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (const ExecutionNode* node = m_model->node(selectedRow()))
            emit replayRequested(m_model->trace().summary, *node);
    });
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_nodeTitle, 1);
    titleRow->addWidget(m_replay);
    detailLayout->addLayout(titleRow);
    detailLayout->addWidget(m_tabs, 1);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({760, 380});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    clear(tr("Select an execution to see its trace."));
}

void TraceView::clear(const QString& message)
{
    m_model->clear();
    m_summary->setText(message);
    showNode(-1);
}

void TraceView::setTrace(const ExecutionDetail& detail)
{
    m_model->setTrace(detail);
    const ExecutionSummary& e = detail.summary;
    QStringList parts{e.tenantName,
                      e.workflow,
                      e.status,
                      tr("%1 nodes").arg(QLocale().toString(qsizetype(detail.nodes.size()))),
                      tr("%1 tokens").arg(QLocale().toString(m_model->totalTokens())),
                      Decimal::formatMoney(m_model->totalCost(), 4)};
    const QString duration = ExecutionListModel::durationText(e.startedAt, e.finishedAt);
    if (!duration.isEmpty())
        parts << duration;
    QString summary = parts.join(QStringLiteral(" · "));
    if (!e.retryOf.isEmpty())
        summary += u'\n'
            + (e.resumeFrom > 0
                   ? tr("Resumes %1 from node %2 (requested by %3)").arg(e.retryOf).arg(e.resumeFrom).arg(e.requestedBy)
                   : tr("Retries %1 (requested by %2)").arg(e.retryOf, e.requestedBy));
    if (!e.errorCode.isEmpty())
        summary += u'\n' + tr("Failed: %1: %2").arg(e.errorCode, e.errorMessage.left(500));
    if (!e.jobId.isEmpty())
        summary += u'\n' + tr("BullMQ job %1 on queue %2").arg(e.jobId, e.queue);
    m_summary->setText(summary);
    const int row = m_model->failedRow() >= 0 ? m_model->failedRow() : (detail.nodes.isEmpty() ? -1 : 0);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
    } else {
        showNode(-1);
    }
}

int TraceView::selectedRow() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QString TraceView::nodeErrorText() const
{
    return m_nodeError->text();
}

QString TraceView::stackText() const
{
    return m_stack->toPlainText();
}

void TraceView::showNode(int row)
{
    const ExecutionNode* node = m_model->node(row);
    m_showAllStack->hide();
    m_replay->setVisible(m_replayEnabled && node && !node->model.isEmpty());
    if (!node) {
        m_nodeTitle->clear();
        m_nodeError->clear();
        m_stack->clear();
        m_input->setJsonText({});
        m_output->setJsonText({});
        return;
    }
    m_nodeTitle->setText(tr("Node %1 · %2 · %3 · attempt %4%5")
                             .arg(node->seq)
                             .arg(node->key, node->type)
                             .arg(node->attempt)
                             .arg(node->willRetry ? tr(" · will retry") : QString()));
    m_nodeError->setText(node->errorCode.isEmpty() ? tr("No error.")
                                                   : QStringLiteral("%1: %2").arg(node->errorCode, node->errorMessage));
    // A 1 MB stack is cut for the screen (at a line end when there is one); "Show all" shows it whole.
    if (node->errorStack.size() > kMaxStackShown) {
        QString head = node->errorStack.left(kMaxStackShown);
        const qsizetype lastLine = head.lastIndexOf(u'\n');
        if (lastLine > 0)
            head.truncate(lastLine);
        m_stack->setPlainText(head + u'\n' + tr("… %1 more characters").arg(node->errorStack.size() - head.size()));
        m_showAllStack->show();
    } else {
        m_stack->setPlainText(node->errorStack);
    }
    m_input->setJsonText(node->input);
    m_output->setJsonText(node->output);
    m_tabs->setCurrentIndex(node->errorCode.isEmpty() ? 2 : 0);
}

void TraceView::setReplayEnabled(bool enabled)
{
    m_replayEnabled = enabled;
    const ExecutionNode* node = m_model->node(selectedRow());
    m_replay->setVisible(enabled && node && !node->model.isEmpty());
}
