#include <ui/executions/OtlpTraceWindow.h>

#include <models/executions/ExecutionListModel.h>
#include <models/executions/TraceController.h>
#include <ui/executions/TraceView.h>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace
{
QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // every text here came from the file
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}
} // namespace

QString OtlpTraceWindow::fileFilter()
{
    return tr("OTLP JSON traces (*.json *.jsonl);;All files (*)");
}

void OtlpTraceWindow::open(const QString& path, QWidget* parent)
{
    QPointer<QWidget> owner = parent;
    auto* reader = new TraceController(nullptr, qApp); // reading a file needs no connection
    connect(reader,
            &TraceController::otlpOpened,
            qApp,
            [owner, reader](const QString& file, const Fetched<OtlpTraceFile>& read) {
                reader->deleteLater();
                if (!read.ok()) {
                    QMessageBox::warning(owner,
                                         tr("Open trace file"),
                                         tr("%1 cannot be opened.\n\n%2").arg(QFileInfo(file).fileName(), read.error));
                    return;
                }
                auto* window = new OtlpTraceWindow(read.value, file);
                window->setAttribute(Qt::WA_DeleteOnClose);
                window->show();
            });
    reader->openOtlp(path);
}

OtlpTraceWindow::OtlpTraceWindow(const OtlpTraceFile& file, const QString& path, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_file(file)
    , m_banner(plainLabel(this))
    , m_warnings(plainLabel(this))
    , m_traces(new QTableWidget(0, 6, this))
    , m_trace(new TraceView(this))
{
    setObjectName(QStringLiteral("otlpTraceWindow"));
    setWindowTitle(tr("%1 — OTLP traces (read-only)").arg(QFileInfo(path).fileName()));
    setWindowFilePath(path);
    resize(1100, 760);
    m_banner->setObjectName(QStringLiteral("otlpBanner"));
    m_banner->setText(
        tr("Read-only and offline: %1 holds %2 trace(s) with %3 span(s)%4. Nothing here reaches the "
           "platform.")
            .arg(QDir::toNativeSeparators(path))
            .arg(file.traces.size())
            .arg(QLocale().toString(file.spans))
            .arg(file.services.isEmpty() ? QString() : tr(" from %1").arg(file.services.join(QStringLiteral(", ")))));
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: palette(alternate-base); padding: 6px; }"));
    m_warnings->setObjectName(QStringLiteral("otlpWarnings"));
    m_warnings->setText(file.warnings.join(u'\n'));
    m_warnings->setVisible(!file.warnings.isEmpty());
    m_warnings->setStyleSheet(QStringLiteral("QLabel { color: #b26a00; }"));

    m_traces->setObjectName(QStringLiteral("otlpTraces"));
    m_traces->setAccessibleName(tr("Traces in the file"));
    m_traces->setHorizontalHeaderLabels(
        {tr("Trace"), tr("Status"), tr("Root"), tr("Started"), tr("Duration"), tr("Nodes")});
    m_traces->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_traces->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_traces->setSelectionMode(QAbstractItemView::SingleSelection);
    m_traces->verticalHeader()->hide();
    m_traces->horizontalHeader()->setStretchLastSection(true);
    m_traces->setColumnWidth(0, 280);
    m_traces->setColumnWidth(2, 240);
    m_traces->setColumnWidth(3, 150);
    m_traces->setRowCount(int(file.traces.size()));
    for (int row = 0; row < file.traces.size(); ++row) {
        const ExecutionDetail& trace = file.traces.at(row);
        const ExecutionSummary& run = trace.summary;
        const QStringList cells{run.id,
                                run.status,
                                run.workflow,
                                QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat),
                                ExecutionListModel::durationText(run.startedAt, run.finishedAt),
                                QLocale().toString(trace.nodes.size())};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column == 1)
                item->setForeground(ExecutionListModel::statusColor(run.status));
            m_traces->setItem(row, column, item);
        }
    }
    connect(m_traces, &QTableWidget::currentCellChanged, this, [this](int row) { showTrace(row); });

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_traces);
    splitter->addWidget(m_trace);
    splitter->setSizes({file.traces.size() > 1 ? 160 : 70, 560});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_warnings);
    layout->addWidget(splitter, 1);
    if (!file.traces.isEmpty())
        m_traces->setCurrentCell(0, 0);
}

void OtlpTraceWindow::showTrace(int row)
{
    if (row < 0 || row >= m_file.traces.size()) {
        m_trace->clear(tr("Choose a trace of the file."));
        return;
    }
    m_trace->setTrace(m_file.traces.at(row));
}

QString OtlpTraceWindow::bannerText() const
{
    return m_banner->text();
}

QString OtlpTraceWindow::warningsText() const
{
    return m_warnings->text();
}
