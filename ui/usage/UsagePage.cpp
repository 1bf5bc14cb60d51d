#include <ui/usage/UsagePage.h>

#include <ui/common/AsOfLabel.h>
#include <ui/common/StatePanel.h>
#include <ui/common/TenantPicker.h>
#include <ui/common/ZoomableChartView.h>

#include <models/common/Decimal.h>
#include <models/usage/UsageController.h>
#include <models/usage/UsageRepository.h>
#include <models/usage/UsageTableModel.h>

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLegendMarker>
#include <QLocale>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
QDate utcToday()
{
    return QDateTime::currentDateTimeUtc().date();
}
} // namespace

UsagePage::UsagePage(UsageRepository* usage, TenantRepository* tenants, QWidget* parent)
    : QWidget(parent)
    , m_controller(new UsageController(usage, this))
    , m_tenant(new TenantPicker(tenants, this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_resolution(new QComboBox(this))
    , m_metric(new QComboBox(this))
    , m_live(new QLabel(this))
    , m_asOf(new AsOfLabel(this))
    , m_chartView(new ZoomableChartView(new QChart))
    , m_tableView(new QTableView)
    , m_table(new UsageTableModel(this))
    , m_monthView(new QChartView(new QChart, this))
    , m_monthText(new QLabel(this))
    , m_liveTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("usagePage"));
    m_tenant->setObjectName(QStringLiteral("usageTenant"));
    m_range->setObjectName(QStringLiteral("usageRange"));
    m_resolution->setObjectName(QStringLiteral("usageResolution"));
    m_metric->setObjectName(QStringLiteral("usageMetric"));
    m_live->setObjectName(QStringLiteral("usageLive"));
    m_chartView->setObjectName(QStringLiteral("usageChart"));
    m_chartView->setAccessibleName(tr("Usage over time"));
    m_range->addItems({tr("Today"),
                       tr("Last 7 days"),
                       tr("Last 30 days"),
                       tr("Last 90 days"),
                       tr("This month"),
                       tr("Last month"),
                       tr("Custom")});
    m_range->setCurrentIndex(Last30Days);
    m_range->setAccessibleName(tr("Range"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setVisible(false);
    }
    m_resolution->addItem(tr("by hour"), int(UsageResolution::Hour));
    m_resolution->addItem(tr("by day"), int(UsageResolution::Day));
    m_resolution->addItem(tr("by month"), int(UsageResolution::Month));
    m_resolution->setCurrentIndex(1);
    m_resolution->setAccessibleName(tr("Resolution"));
    for (auto metric : {UsageChart::Metric::Tokens,
                        UsageChart::Metric::PromptTokens,
                        UsageChart::Metric::CompletionTokens,
                        UsageChart::Metric::Requests,
                        UsageChart::Metric::Cost})
        m_metric->addItem(UsageChart::metricName(metric), int(metric));
    m_metric->setAccessibleName(tr("Metric"));

    auto* controls = new QHBoxLayout;
    controls->addWidget(new QLabel(tr("Tenant"), this));
    controls->addWidget(m_tenant, 2);
    controls->addWidget(m_range);
    controls->addWidget(m_from);
    controls->addWidget(m_to);
    controls->addWidget(m_resolution);
    controls->addWidget(m_metric);
    // Where today's figure comes from, and as of when, on a line of their own: with the controls they made
    // the page wider than a 1280 px window.
    auto* source = new QHBoxLayout;
    source->addWidget(m_live, 1);
    source->addWidget(m_asOf);

    m_tableView->setObjectName(QStringLiteral("usageTable"));
    m_tableView->setModel(m_table);
    m_tableView->verticalHeader()->hide();
    m_tableView->horizontalHeader()->setStretchLastSection(true);
    m_tableView->setAlternatingRowColors(true);
    auto* tabs = new QTabWidget;
    tabs->addTab(m_chartView, tr("Chart"));
    tabs->addTab(m_tableView, tr("Table"));
    m_state = new StatePanel(tabs, this);
    m_state->setObjectName(QStringLiteral("usageState"));
    connect(m_state, &StatePanel::retryRequested, this, &UsagePage::reload);

    m_monthView->setObjectName(QStringLiteral("usageMonthChart"));
    m_monthView->setRenderHint(QPainter::Antialiasing);
    m_monthView->setMinimumHeight(230);
    m_monthView->setVisible(false);
    m_monthText->setObjectName(QStringLiteral("usageMonthText"));
    m_monthText->setWordWrap(true);
    m_monthText->setTextFormat(Qt::PlainText);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(source);
    layout->addWidget(m_state, 3);
    layout->addWidget(m_monthText);
    layout->addWidget(m_monthView, 1);

    connect(m_tenant, &TenantPicker::tenantChanged, this, &UsagePage::reload);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        applyRangePreset();
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &UsagePage::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &UsagePage::reload);
    connect(m_resolution, &QComboBox::currentIndexChanged, this, &UsagePage::reload);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &UsagePage::render);
    m_liveTimer->setInterval(kLiveRefreshMs);
    connect(m_liveTimer, &QTimer::timeout, this, [this] {
        const UsageQuery query = currentQuery();
        if (!m_loading && query.from <= utcToday() && utcToday() <= query.to)
            reload();
    });
    applyRangePreset();
    m_state->showEmpty(tr("Choose a tenant and a range."));
    connectController();
}

QString UsagePage::stateMessage() const
{
    return m_state->currentMessage();
}

void UsagePage::setTenant(const QString& tenantId, const QString& label)
{
    if (tenantId.isEmpty())
        m_tenant->clearChoice(); // every tenant
    else
        m_tenant->choose(tenantId, label);
}

QString UsagePage::tenantId() const
{
    return m_tenant->tenantId();
}

void UsagePage::setRange(QDate from, QDate to, UsageResolution resolution)
{
    const QSignalBlocker blockRange(m_range);
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    const QSignalBlocker blockResolution(m_resolution);
    m_range->setCurrentIndex(Custom);
    m_from->setVisible(true);
    m_to->setVisible(true);
    m_from->setDate(from);
    m_to->setDate(to);
    m_resolution->setCurrentIndex(m_resolution->findData(int(resolution)));
    reload();
}

void UsagePage::setMetric(UsageChart::Metric metric)
{
    m_metric->setCurrentIndex(m_metric->findData(int(metric)));
}

void UsagePage::applyRangePreset()
{
    const QDate today = utcToday();
    const QDate monthStart(today.year(), today.month(), 1);
    QDate from = today;
    QDate to = today;
    switch (m_range->currentIndex()) {
    case Today:
        m_resolution->setCurrentIndex(m_resolution->findData(int(UsageResolution::Hour)));
        break;
    case Last7Days:
        from = today.addDays(-6);
        break;
    case Last30Days:
        from = today.addDays(-29);
        break;
    case Last90Days:
        from = today.addDays(-89);
        break;
    case ThisMonth:
        from = monthStart;
        break;
    case LastMonth:
        from = monthStart.addMonths(-1);
        to = monthStart.addDays(-1);
        break;
    case Custom:
        m_from->setVisible(true);
        m_to->setVisible(true);
        return;
    }
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockTo(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    m_from->setVisible(false);
    m_to->setVisible(false);
}

UsageQuery UsagePage::currentQuery() const
{
    return {m_tenant->tenantId(), m_from->date(), m_to->date(), UsageResolution(m_resolution->currentData().toInt())};
}

void UsagePage::reload()
{
    const UsageQuery query = currentQuery();
    const QString invalid = query.validate();
    if (!invalid.isEmpty()) {
        m_state->showError(invalid);
        return;
    }
    m_loading = true;
    if (!m_hasData)
        m_state->showLoading(tr("Loading usage…"));
    m_controller->loadSeries(query);
}

void UsagePage::render()
{
    const UsageSeries& series = m_table->series();
    const UsageQuery query = currentQuery();
    if (series.points.isEmpty()) {
        m_hasData = false;
        m_state->showEmpty(query.tenantId.isEmpty() ? tr("No usage in this range.")
                                                    : tr("This tenant has no usage in this range."));
        return;
    }
    m_hasData = true;
    QChart* old = m_chartView->chart();
    QChart* chart
        = UsageChart::build(series, query, UsageChart::Metric(m_metric->currentData().toInt()), m_hiddenModels);
    m_chartView->setChart(chart);
    delete old;
    for (QLegendMarker* marker : chart->legend()->markers()) {
        connect(marker, &QLegendMarker::clicked, this, [this, label = marker->label()] { toggleModel(label); });
    }
    m_state->showContent();
}

void UsagePage::toggleModel(const QString& model)
{
    if (m_hiddenModels.contains(model))
        m_hiddenModels.remove(model);
    else
        m_hiddenModels.insert(model);
    // Leave the slot of the marker that was clicked before its chart is replaced.
    QTimer::singleShot(0, this, &UsagePage::render);
}

void UsagePage::loadForecast()
{
    const QString tenant = m_tenant->tenantId();
    if (tenant.isEmpty()) {
        m_monthView->setVisible(false);
        m_monthText->clear();
        return;
    }
    m_controller->loadForecast(tenant);
}

void UsagePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_liveTimer->start();
    if (!m_hasData && !m_loading)
        reload();
}

void UsagePage::hideEvent(QHideEvent* event)
{
    m_liveTimer->stop();
    QWidget::hideEvent(event);
}

void UsagePage::connectController()
{
    connect(m_controller,
            &UsageController::seriesLoaded,
            this,
            [this](const UsageQuery& query, const Fetched<UsageSeries>& fetched) {
                m_loading = false;
                if (!fetched.ok()) {
                    m_hasData = false;
                    m_state->showError(tr("Could not load usage:\n%1").arg(fetched.error));
                    emit loaded();
                    return;
                }
                m_asOf->setFreshness(fetched.freshness);
                const bool includesToday = query.from <= utcToday() && utcToday() <= query.to;
                if (!includesToday)
                    m_live->setText(tr("History from PostgreSQL rollups"));
                else if (fetched.value.liveMerged)
                    m_live->setText(tr("● Live: today reconciled with the gateways' counters at %1 UTC")
                                        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("HH:mm:ss"))));
                else
                    m_live->setText(tr("Today from PostgreSQL only: %1").arg(fetched.value.liveError));
                // Live refreshes redraw only when the numbers changed, so zoom and hover survive.
                QString fingerprint;
                for (const UsagePoint& point : fetched.value.points)
                    fingerprint += point.model + QString::number(point.bucket.toSecsSinceEpoch())
                        + QString::number(point.tokens()) + point.costUsd + QString::number(point.requests);
                if (fingerprint == m_fingerprint && m_hasData) {
                    emit loaded();
                    return;
                }
                m_fingerprint = fingerprint;
                m_table->setSeries(fetched.value, query.resolution);
                render();
                loadForecast();
                emit loaded();
            });
    connect(m_controller, &UsageController::forecastLoaded, this, [this](const Fetched<QuotaForecast>& fetched) {
        if (!fetched.ok()) {
            m_monthText->setText(tr("Month context unavailable: %1").arg(fetched.error));
            m_monthView->setVisible(false);
            return;
        }
        const QuotaForecast& f = fetched.value;
        const QLocale locale;
        m_monthText->setText(
            f.included ? tr("This month: %1 of %2 included tokens (%3 %), %4 tokens/day recently; resets in %n day(s).",
                            nullptr,
                            f.resetsInDays)
                             .arg(locale.toString(f.monthToDate), locale.toString(*f.included))
                             .arg(100.0 * double(f.monthToDate) / double(std::max<qint64>(1, *f.included)), 0, 'f', 1)
                             .arg(locale.toString(qint64(f.dailyRate)))
                       : tr("This month: %1 tokens on an unlimited plan; resets in %n day(s).", nullptr, f.resetsInDays)
                             .arg(locale.toString(f.monthToDate)));
        QChart* old = m_monthView->chart();
        m_monthView->setChart(UsageChart::buildMonth(f, utcToday()));
        delete old;
        m_monthView->setVisible(true);
    });
}
