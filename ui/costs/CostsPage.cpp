#include <ui/costs/CostsPage.h>

#include <ui/common/AsOfLabel.h>

#include <ui/common/ChartStyle.h>

#include <ui/common/StatePanel.h>

#include <models/common/CsvWriter.h>
#include <models/common/Decimal.h>
#include <models/costs/CostTableModel.h>
#include <models/costs/CostsController.h>

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QVBoxLayout>

#include <QValueAxis>
#include <utility>

CostsPage::CostsPage(CostRepository* costs, QWidget* parent)
    : QWidget(parent)
    , m_controller(new CostsController(costs, this))
    , m_month(new QComboBox(this))
    , m_grouping(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_asOf(new AsOfLabel(this))
    , m_chartView(new QChartView(new QChart))
    , m_tableView(new QTableView)
    , m_table(new CostTableModel(this))
{
    setObjectName(QStringLiteral("costsPage"));
    m_month->setObjectName(QStringLiteral("costsMonth"));
    m_grouping->setObjectName(QStringLiteral("costsGrouping"));
    m_totals->setObjectName(QStringLiteral("costsTotals"));
    m_totals->setTextFormat(Qt::RichText);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    for (int back = 0; back < 13; ++back) {
        const QDate month = QDate(today.year(), today.month(), 1).addMonths(-back);
        m_month->addItem(QLocale().toString(month, QStringLiteral("MMMM yyyy")), month);
    }
    m_month->setAccessibleName(tr("Month"));
    m_grouping->addItem(tr("by tenant (with margin)"), int(CostGrouping::Tenant));
    m_grouping->addItem(tr("by model"), int(CostGrouping::Model));
    m_grouping->addItem(tr("by provider"), int(CostGrouping::Provider));
    m_grouping->addItem(tr("by day"), int(CostGrouping::Day));
    m_grouping->setAccessibleName(tr("Group by"));
    auto* csv = new QPushButton(tr("Export CSV…"), this);
    csv->setObjectName(QStringLiteral("costsExportCsv"));
    auto* pdf = new QPushButton(tr("PDF report…"), this);
    pdf->setObjectName(QStringLiteral("costsExportPdf"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Month (UTC)"), this));
    controls->addWidget(m_month);
    controls->addWidget(m_grouping);
    controls->addStretch();
    controls->addWidget(csv);
    controls->addWidget(pdf);

    m_tableView->setObjectName(QStringLiteral("costsTable"));
    m_tableView->setAccessibleName(tr("Costs"));
    m_chartView->setAccessibleName(tr("Cost and margin chart"));
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->setAlternatingRowColors(true);
    m_tableView->verticalHeader()->setDefaultSectionSize(m_tableView->fontMetrics().height() + 8);
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(300);
    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_chartView);
    split->addWidget(m_tableView);
    split->setStretchFactor(1, 1);
    split->setSizes({360, 340});
    m_state = new StatePanel(split, this);
    m_state->setObjectName(QStringLiteral("costsState"));
    connect(m_state, &StatePanel::retryRequested, this, &CostsPage::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_totals);
    layout->addWidget(m_asOf);
    layout->addWidget(m_state, 1);

    connect(m_table, &CostTableModel::moreRequested, this, &CostsPage::loadMore);
    connect(m_month, &QComboBox::currentIndexChanged, this, &CostsPage::reload);
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &CostsPage::reload);
    connect(csv, &QPushButton::clicked, this, [this] { chooseAndExport(false); });
    connect(pdf, &QPushButton::clicked, this, [this] { chooseAndExport(true); });
    m_state->showEmpty(tr("Choose a month."));
    connectController();
}

QDate CostsPage::month() const
{
    return m_month->currentData().toDate();
}

CostGrouping CostsPage::grouping() const
{
    return CostGrouping(m_grouping->currentData().toInt());
}

void CostsPage::setMonth(QDate month)
{
    const int index = m_month->findData(QDate(month.year(), month.month(), 1));
    if (index >= 0)
        m_month->setCurrentIndex(index);
}

void CostsPage::setGrouping(CostGrouping grouping)
{
    m_grouping->setCurrentIndex(m_grouping->findData(int(grouping)));
}

QString CostsPage::stateMessage() const
{
    return m_state->currentMessage();
}

QString CostsPage::totalsText() const
{
    return m_totals->text();
}

void CostsPage::reload()
{
    m_pending = 2;
    m_error.clear();
    m_loadedOnce = true;
    m_state->showLoading(tr("Loading costs…"));
    // A page of the most expensive groups first (one more row says whether there are more).
    m_controller->load(month(), grouping(), CostTableModel::kPageSize + 1);
}

void CostsPage::connectController()
{
    connect(m_controller,
            &CostsController::rowsLoaded,
            this,
            [this](CostsController::Rows which, CostGrouping by, const Fetched<QVector<CostRow>>& fetched) {
                switch (which) {
                case CostsController::Rows::FirstPage:
                    m_asOf->setFreshness(fetched.freshness);
                    if (fetched.ok())
                        m_table->setRows(fetched.value.mid(0, CostTableModel::kPageSize),
                                         by,
                                         fetched.value.size() > CostTableModel::kPageSize);
                    else
                        m_error = fetched.error;
                    finishOne();
                    break;
                case CostsController::Rows::NextPage:
                    if (!fetched.ok()) {
                        m_table->appendRows({}, false);
                        m_totals->setText(
                            m_totals->text()
                            + tr("<br><span style='color:#c62828'>More rows could not be loaded: %1</span>")
                                  .arg(fetched.error.toHtmlEscaped()));
                        return;
                    }
                    m_table->appendRows(fetched.value.mid(0, CostTableModel::kPageSize),
                                        fetched.value.size() > CostTableModel::kPageSize);
                    break;
                case CostsController::Rows::Rest: {
                    const auto write = std::exchange(m_pendingExport, nullptr);
                    if (!fetched.ok()) {
                        QMessageBox::warning(this, tr("Export failed"), fetched.error);
                        return;
                    }
                    m_table->appendRows(fetched.value, false);
                    if (write)
                        write();
                    break;
                }
                }
            });
    connect(m_controller, &CostsController::totalsLoaded, this, [this](const Fetched<CostTotals>& fetched) {
        if (fetched.ok())
            m_totalsValue = fetched.value;
        else if (m_error.isEmpty())
            m_error = fetched.error;
        finishOne();
    });
}

void CostsPage::loadMore(int offset)
{
    m_controller->loadMore(month(), grouping(), CostTableModel::kPageSize + 1, offset);
}

void CostsPage::finishOne()
{
    if (--m_pending > 0)
        return;
    if (!m_error.isEmpty()) {
        m_state->showError(tr("Could not load costs:\n%1").arg(m_error));
        m_totals->clear();
    } else {
        render();
    }
    emit loaded();
}

void CostsPage::render()
{
    const CostTotals& t = m_totalsValue;
    const bool loss = Decimal::compare(t.marginUsd, QStringLiteral("0")) < 0;
    m_totals->setText(
        tr("Revenue <b>%1</b> · platform-paid AI cost <b>%2</b> · margin <b style='color:%3'>%4</b> · "
           "BYOK traffic (paid by tenants' own keys) %5 · <span style='color:#c62828'>%n tenant(s) with a negative "
           "margin</span>",
           nullptr,
           t.negativeMarginTenants)
            .arg(Decimal::formatMoney(t.revenueUsd),
                 Decimal::formatMoney(t.platformCostUsd),
                 loss ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32"),
                 Decimal::formatMoney(t.marginUsd),
                 Decimal::formatMoney(t.byokCostUsd)));
    const QVector<CostRow>& rows = m_table->rows();
    bool anyCost = false;
    for (const CostRow& row : rows)
        anyCost = anyCost || Decimal::compare(row.costUsd, QStringLiteral("0")) > 0;
    if (rows.isEmpty() || !anyCost) {
        m_state->showEmpty(tr("No AI provider cost in %1.").arg(m_month->currentText()));
        return;
    }
    // The most expensive groups (or every day), platform-paid and BYOK stacked.
    auto* platform = new QBarSet(tr("Platform-paid"));
    auto* byok = new QBarSet(tr("BYOK (tenant's key)"));
    platform->setColor(QColor(0x1e, 0x88, 0xe5));
    byok->setColor(QColor(0xff, 0xb3, 0x00));
    QStringList labels;
    const bool byDay = m_table->grouping() == CostGrouping::Day;
    const int count
        = byDay ? static_cast<int>(rows.size()) : std::min<int>(kChartGroups, static_cast<int>(rows.size()));
    for (int i = count - 1; i >= 0; --i) { // horizontal bars draw bottom-up: most expensive on top
        const CostRow& row = byDay ? rows.at(count - 1 - i) : rows.at(i);
        labels << (row.label.size() > 28 ? row.label.left(27) + u'…' : row.label);
        *platform << row.platformCostUsd.toDouble(); // drawing only; the table keeps exact text
        *byok << row.byokCostUsd.toDouble();
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(platform);
    series->append(byok);
    for (QBarSet* set : {platform, byok}) {
        connect(set, &QBarSet::hovered, set, [set, labels](bool on, int index) {
            if (on)
                QToolTip::showText(QCursor::pos(),
                                   QStringLiteral("%1\n%2: $%3")
                                       .arg(labels.value(index), set->label())
                                       .arg(set->at(index), 0, 'f', 2));
        });
    }
    // One chart for the page's life, its series and axes replaced: a new chart is styled and laid out from
    // scratch, which costs the GUI thread tens of milliseconds on every load.
    QChart* chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    ChartStyle::apply(chart); // before the series get colours; the same theme again costs nothing
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->addSeries(series);
    chart->setTitle(byDay ? tr("AI provider cost per day") : tr("Top %n by AI provider cost", nullptr, count));
    auto* y = new QBarCategoryAxis;
    y->append(labels);
    auto* x = new QValueAxis;
    x->setLabelFormat(QStringLiteral("$%.0f"));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    x->applyNiceNumbers();
    chart->legend()->setAlignment(Qt::AlignBottom);
    fitColumns();
    m_state->showContent();
}

void CostsPage::fitColumns()
{
    // QTableView::resizeColumnsToContents measures every row: 150 ms for 10,000 tenants on the GUI
    // thread. The header and the first rows (the most expensive groups) are enough to size a column.
    const QFontMetrics metrics(m_tableView->font());
    const int sample = std::min(50, m_table->rowCount());
    for (int column = 0; column < m_table->columnCount(); ++column) {
        int width = m_tableView->horizontalHeader()->fontMetrics().horizontalAdvance(
            m_table->headerData(column, Qt::Horizontal).toString());
        for (int row = 0; row < sample; ++row)
            width = std::max(width, metrics.horizontalAdvance(m_table->index(row, column).data().toString()));
        m_tableView->setColumnWidth(column, width + 24);
    }
}

bool CostsPage::exportCsv(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = file.errorString();
        return false;
    }
    return CsvWriter::write(*m_table, &file, error);
}

bool CostsPage::exportPdf(const QString& path, QString* error)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setTitle(tr("TenantScope cost report %1").arg(m_month->currentText()));
    writer.setCreator(QStringLiteral("TenantScope"));
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer)) {
        *error = tr("Could not write %1").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    const int margin = 60;
    int y = margin;
    QFont title = painter.font();
    title.setPointSize(16);
    title.setBold(true);
    painter.setFont(title);
    painter.drawText(QRect(margin, y, page.width() - 2 * margin, 60),
                     Qt::AlignLeft,
                     tr("AI costs %1, %2").arg(m_month->currentText(), m_grouping->currentText()));
    y += 70;
    QFont body = painter.font();
    body.setPointSize(9);
    body.setBold(false);
    painter.setFont(body);
    const QString plain = QString(m_totals->text()).remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    painter.drawText(QRect(margin, y, page.width() - 2 * margin, 50), Qt::AlignLeft | Qt::TextWordWrap, plain);
    y += 60;
    // The chart as on screen, then as many table rows as fit.
    const int chartHeight = page.height() * 2 / 5;
    m_chartView->render(&painter, QRectF(margin, y, page.width() - 2 * margin, chartHeight));
    y += chartHeight + 20;
    const int columns = m_table->columnCount();
    const int columnWidth = (page.width() - 2 * margin) / std::max(1, columns);
    const int rowHeight = painter.fontMetrics().height() + 6;
    QFont header = body;
    header.setBold(true);
    painter.setFont(header);
    for (int c = 0; c < columns; ++c)
        painter.drawText(QRect(margin + c * columnWidth, y, columnWidth - 6, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         m_table->headerData(c, Qt::Horizontal).toString());
    y += rowHeight;
    painter.setFont(body);
    int shown = 0;
    for (int r = 0; r < m_table->rowCount() && y + rowHeight < page.height() - margin; ++r, ++shown) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = m_table->index(r, c);
            const QVariant color = index.data(Qt::ForegroundRole);
            painter.setPen(color.isValid() ? color.value<QBrush>().color() : QColor(Qt::black));
            const QVariant alignment = index.data(Qt::TextAlignmentRole);
            painter.drawText(
                QRect(margin + c * columnWidth, y, columnWidth - 6, rowHeight),
                alignment.isValid() ? alignment.toInt() : int(Qt::AlignLeft | Qt::AlignVCenter),
                painter.fontMetrics().elidedText(index.data().toString(), Qt::ElideRight, columnWidth - 6));
        }
        y += rowHeight;
    }
    painter.setPen(Qt::gray);
    painter.drawText(QRect(margin, page.height() - margin, page.width() - 2 * margin, 40),
                     Qt::AlignLeft,
                     tr("%1 of %2 rows; generated %3 UTC by TenantScope")
                         .arg(shown)
                         .arg(m_table->rowCount())
                         .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    painter.end();
    return true;
}

void CostsPage::chooseAndExport(bool pdf)
{
    const QString suggested = QStringLiteral("tenantscope-costs-%1-%2.%3")
                                  .arg(month().toString(QStringLiteral("yyyy-MM")),
                                       CostRepository::groupingName(grouping()),
                                       pdf ? QStringLiteral("pdf") : QStringLiteral("csv"));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save PDF report") : tr("Export CSV"), suggested, pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const auto write = [this, pdf, path] {
        QString error;
        if (!(pdf ? exportPdf(path, &error) : exportCsv(path, &error)))
            QMessageBox::warning(this, tr("Export failed"), error);
    };
    if (pdf || !m_table->hasMore()) {
        write();
        return;
    }
    // The CSV holds every row, not only the pages scrolled to so far.
    m_pendingExport = write;
    m_controller->loadRest(month(), grouping(), m_table->rowCount());
}

void CostsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        reload();
}
