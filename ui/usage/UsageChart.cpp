#include <ui/usage/UsageChart.h>

#include <ui/common/ChartStyle.h>

#include <models/usage/Downsampler.h>

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QCursor>
#include <QDateTimeAxis>
#include <QHash>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QPen>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

namespace UsageChart
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("UsageChart", text);
}

QString bucketLabel(const QDateTime& bucket, UsageResolution resolution)
{
    switch (resolution) {
    case UsageResolution::Hour:
        return bucket.toString(QStringLiteral("MM-dd HH:00"));
    case UsageResolution::Day:
        return bucket.toString(QStringLiteral("MM-dd"));
    case UsageResolution::Month:
        return bucket.toString(QStringLiteral("yyyy-MM"));
    }
    return {};
}

QString formatValue(double v, Metric metric)
{
    return metric == Metric::Cost ? QStringLiteral("$%1").arg(v, 0, 'f', 4) : QLocale().toString(qint64(v));
}
} // namespace

double value(const UsagePoint& point, Metric metric)
{
    switch (metric) {
    case Metric::Tokens:
        return double(point.tokens());
    case Metric::PromptTokens:
        return double(point.promptTokens);
    case Metric::CompletionTokens:
        return double(point.completionTokens);
    case Metric::Requests:
        return double(point.requests);
    case Metric::Cost:
        return point.costUsd.toDouble(); // drawing only; the table and exports keep the exact text
    }
    return 0;
}

QString metricName(Metric metric)
{
    switch (metric) {
    case Metric::Tokens:
        return tr("Tokens");
    case Metric::PromptTokens:
        return tr("Prompt tokens");
    case Metric::CompletionTokens:
        return tr("Completion tokens");
    case Metric::Requests:
        return tr("Requests");
    case Metric::Cost:
        return tr("Cost (USD)");
    }
    return {};
}

QChart* build(const UsageSeries& series, const UsageQuery& query, Metric metric, const QSet<QString>& hiddenModels)
{
    const UsageResolution resolution = query.resolution;
    // Every period of the range gets a slot, found by arithmetic (no map lookups: a year by the hour is
    // 8,760 periods times every model).
    const QDateTime first(resolution == UsageResolution::Month ? QDate(query.from.year(), query.from.month(), 1)
                                                               : query.from,
                          QTime(0, 0),
                          Qt::UTC);
    const auto slotOf = [&](const QDateTime& bucket) -> qint64 {
        switch (resolution) {
        case UsageResolution::Hour:
            return first.secsTo(bucket) / 3600;
        case UsageResolution::Day:
            return first.daysTo(bucket);
        case UsageResolution::Month:
            return (bucket.date().year() - first.date().year()) * 12 + bucket.date().month() - first.date().month();
        }
        return 0;
    };
    const QDateTime last(query.to, QTime(0, 0), Qt::UTC);
    const qint64 slotCount = std::clamp<qint64>(slotOf(last) + 1, 1, 100000);
    QList<QDateTime> buckets;
    buckets.reserve(slotCount);
    for (qint64 i = 0; i < slotCount; ++i)
        buckets << (resolution == UsageResolution::Hour      ? first.addSecs(3600 * i)
                        : resolution == UsageResolution::Day ? first.addDays(i)
                                                             : first.addMonths(int(i)));
    // Models, the live remainder last.
    QStringList models;
    QHash<QString, int> modelIndex;
    for (const UsagePoint& point : series.points) {
        if (!modelIndex.contains(point.model)) {
            modelIndex.insert(point.model, 0);
            models << point.model;
        }
    }
    std::sort(models.begin(), models.end(), [](const QString& a, const QString& b) {
        return (a == kLiveRemainder) != (b == kLiveRemainder) ? b == kLiveRemainder : a < b;
    });
    for (int m = 0; m < models.size(); ++m)
        modelIndex[models.at(m)] = m;
    QVector<QVector<double>> valuesByModel(models.size(), QVector<double>(buckets.size(), 0.0));
    for (const UsagePoint& point : series.points) {
        const qint64 slot = slotOf(point.bucket);
        if (slot >= 0 && slot < buckets.size())
            valuesByModel[modelIndex.value(point.model)][slot] += value(point, metric);
    }

    // Readable axis numbers: counts in thousands, millions or billions when they are that large.
    double peak = 0;
    for (int i = 0; i < buckets.size(); ++i) {
        double sum = 0;
        for (const auto& modelValues : std::as_const(valuesByModel))
            sum += modelValues.at(i);
        peak = std::max(peak, sum);
    }
    double scale = 1;
    QString unit;
    if (metric != Metric::Cost) {
        if (peak >= 1e10) {
            scale = 1e9;
            unit = tr("billions");
        } else if (peak >= 1e7) {
            scale = 1e6;
            unit = tr("millions");
        } else if (peak >= 1e4) {
            scale = 1e3;
            unit = tr("thousands");
        }
    }

    auto* chart = new QChart;
    ChartStyle::apply(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(unit.isEmpty() ? metricName(metric) : QStringLiteral("%1 (%2)").arg(metricName(metric), unit));
    auto* yAxis = new QValueAxis;
    yAxis->setLabelFormat(metric == Metric::Cost ? QStringLiteral("$%.2f")
                                                 : (scale > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f")));
    chart->addAxis(yAxis, Qt::AlignLeft);

    if (buckets.size() <= kMaxBars) {
        auto* bars = new QStackedBarSeries;
        for (const QString& model : std::as_const(models)) {
            auto* set = new QBarSet(model);
            const bool hidden = hiddenModels.contains(model);
            for (double v : valuesByModel.at(modelIndex.value(model)))
                *set << (hidden ? 0.0 : v / scale);
            if (hidden)
                set->setColor(Qt::transparent);
            QObject::connect(
                set, &QBarSet::hovered, set, [set, buckets, resolution, metric, scale](bool on, int index) {
                    if (on)
                        QToolTip::showText(QCursor::pos(),
                                           QStringLiteral("%1\n%2: %3")
                                               .arg(bucketLabel(buckets.value(index), resolution),
                                                    set->label(),
                                                    formatValue(set->at(index) * scale, metric)));
                    else
                        QToolTip::hideText();
                });
            bars->append(set);
        }
        chart->addSeries(bars);
        auto* xAxis = new QBarCategoryAxis;
        QStringList labels;
        for (const QDateTime& start : buckets)
            labels << bucketLabel(start, resolution);
        xAxis->append(labels);
        xAxis->setLabelsAngle(labels.size() > 16 ? -90 : 0);
        xAxis->setTruncateLabels(false);
        chart->addAxis(xAxis, Qt::AlignBottom);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
    } else {
        // Stacked areas; every model thinned at the same x positions, chosen on the total.
        QVector<QPointF> total(buckets.size());
        QVector<bool> hiddenByIndex(models.size());
        for (int m = 0; m < models.size(); ++m)
            hiddenByIndex[m] = hiddenModels.contains(models.at(m));
        const qint64 firstMs = first.toMSecsSinceEpoch();
        for (int i = 0; i < buckets.size(); ++i) {
            double sum = 0;
            for (int m = 0; m < models.size(); ++m)
                sum += hiddenByIndex.at(m) ? 0 : valuesByModel.at(m).at(i);
            // Hours and days are fixed lengths in UTC; months come from their bucket.
            const double x = resolution == UsageResolution::Month ? double(buckets.at(i).toMSecsSinceEpoch())
                : resolution == UsageResolution::Hour             ? double(firstMs + 3600000LL * i)
                                                                  : double(firstMs + 86400000LL * i);
            total[i] = QPointF(x, sum);
        }
        const QVector<int> kept = Downsampler::lttbIndices(total, kMaxAreaPoints);
        QVector<double> base(kept.size(), 0.0);
        auto* xAxis = new QDateTimeAxis;
        xAxis->setFormat(resolution == UsageResolution::Hour ? QStringLiteral("MM-dd HH:mm")
                                                             : QStringLiteral("yyyy-MM-dd"));
        chart->addAxis(xAxis, Qt::AlignBottom);
        for (const QString& model : std::as_const(models)) {
            auto* lower = new QLineSeries;
            auto* upper = new QLineSeries;
            const bool hidden = hiddenModels.contains(model);
            const QVector<double>& modelValues = valuesByModel.at(modelIndex.value(model));
            for (int k = 0; k < kept.size(); ++k) {
                const double x = total.at(kept.at(k)).x();
                const double v = hidden ? 0.0 : modelValues.at(kept.at(k)) / scale;
                lower->append(x, base[k]);
                base[k] += v;
                upper->append(x, base[k]);
            }
            auto* area = new QAreaSeries(upper, lower);
            upper->setParent(area); // the area series draws its lines but does not own them
            lower->setParent(area);
            area->setName(model);
            if (hidden)
                area->setOpacity(0.0);
            QObject::connect(area, &QAreaSeries::hovered, area, [area, metric](const QPointF& point, bool on) {
                if (on)
                    QToolTip::showText(
                        QCursor::pos(),
                        QStringLiteral("%1\n%2").arg(area->name(),
                                                     QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC)
                                                         .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
                else
                    QToolTip::hideText();
                Q_UNUSED(metric)
            });
            chart->addSeries(area);
            area->attachAxis(xAxis);
            area->attachAxis(yAxis);
        }
    }
    // Legend markers of hidden models are greyed out; clicking a marker is handled by the page.
    for (QLegendMarker* marker : chart->legend()->markers()) {
        if (hiddenModels.contains(marker->label())) {
            marker->setLabelBrush(QBrush(Qt::gray));
            QFont font = marker->font();
            font.setStrikeOut(true);
            marker->setFont(font);
        }
    }
    yAxis->applyNiceNumbers();
    return chart;
}

QChart* buildMonth(const QuotaForecast& forecast, QDate today)
{
    auto* chart = new QChart;
    ChartStyle::apply(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    const auto msecs = [](QDate day) { return double(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()); };

    // Millions on the axis once the numbers are that large.
    const double topValue
        = std::max({double(forecast.monthToDate),
                    double(forecast.included.value_or(0)),
                    double(forecast.monthToDate) + forecast.dailyRate * double(today.daysTo(monthEnd) + 1)});
    const double scale = topValue >= 1e6 ? 1e6 : 1;
    auto* actual = new QLineSeries;
    actual->setName(QCoreApplication::translate("UsageChart", "Tokens this month"));
    for (const auto& [day, total] : forecast.cumulative)
        actual->append(msecs(day), double(total) / scale);
    chart->addSeries(actual);

    double top = double(forecast.monthToDate);
    if (forecast.included) {
        auto* limit = new QLineSeries;
        limit->setName(
            QCoreApplication::translate("UsageChart", "Included: %1").arg(QLocale().toString(*forecast.included)));
        limit->append(msecs(monthStart), double(*forecast.included) / scale);
        limit->append(msecs(monthEnd), double(*forecast.included) / scale);
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setWidth(2);
        limit->setPen(pen);
        chart->addSeries(limit);
        top = std::max(top, double(*forecast.included));
    }
    if (forecast.dailyRate > 0) {
        auto* pace = new QLineSeries;
        pace->setName(QCoreApplication::translate("UsageChart", "At the current pace"));
        QPen pen(QColor(0x55, 0x55, 0x55));
        pen.setStyle(Qt::DashLine);
        pace->setPen(pen);
        pace->append(msecs(today), double(forecast.monthToDate) / scale);
        const double end = double(forecast.monthToDate) + forecast.dailyRate * double(today.daysTo(monthEnd) + 1);
        pace->append(msecs(monthEnd), end / scale);
        chart->addSeries(pace);
        top = std::max(top, end);
    }
    QString title;
    if (!forecast.included)
        title = QCoreApplication::translate("UsageChart", "Unlimited plan: no quota to cross");
    else if (forecast.crossedOn)
        title = QCoreApplication::translate("UsageChart", "Crossed the included tokens on %1")
                    .arg(QLocale().toString(*forecast.crossedOn, QLocale::ShortFormat));
    else if (forecast.crossesOn && forecast.crossesOn->month() == today.month())
        title = QCoreApplication::translate("UsageChart", "Crosses the included tokens on %1 at the current pace")
                    .arg(QLocale().toString(*forecast.crossesOn, QLocale::ShortFormat));
    else
        title = QCoreApplication::translate("UsageChart",
                                            "Stays within the included tokens this month at the current pace");
    chart->setTitle(
        QStringLiteral("%1 · %2 · %3")
            .arg(title,
                 QCoreApplication::translate("UsageChart", "resets in %n day(s)", nullptr, forecast.resetsInDays),
                 forecast.methodText()));
    auto* x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("MM-dd"));
    x->setRange(QDateTime(monthStart, QTime(0, 0), Qt::UTC), QDateTime(monthEnd, QTime(23, 59), Qt::UTC));
    auto* y = new QValueAxis;
    y->setLabelFormat(scale > 1 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    if (scale > 1)
        y->setTitleText(QCoreApplication::translate("UsageChart", "millions"));
    y->setRange(0, (top * 1.1 + 1) / scale);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* series : chart->series()) {
        series->attachAxis(x);
        series->attachAxis(y);
    }
    return chart;
}

} // namespace UsageChart
