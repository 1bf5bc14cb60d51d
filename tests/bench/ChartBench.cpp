// Drawing: a year of hourly usage (8,760 periods x 5 models) against a week (168 periods), built into a
// chart and painted offscreen; LTTB keeps the year to 2,000 points, so both should cost about the same.
#include <ui/usage/UsageChart.h>

#include "BenchSupport.h"

#include <QChart>
#include <QChartView>
#include <QImage>
#include <QPainter>

namespace
{
UsageSeries hourly(int hours)
{
    UsageSeries series;
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QStringList models{QStringLiteral("gpt-4o-mini"),
                             QStringLiteral("gpt-4o"),
                             QStringLiteral("claude-sonnet-4"),
                             QStringLiteral("claude-3-5-haiku"),
                             QStringLiteral("mistral-large")};
    for (int h = 0; h < hours; ++h) {
        for (int m = 0; m < models.size(); ++m) {
            UsagePoint point;
            point.bucket = start.addSecs(3600LL * h);
            point.model = models.at(m);
            point.promptTokens = 1000 + (h * 37 + m * 101) % 5000 + (h % 500 == 0 ? 200000 : 0);
            point.completionTokens = 200 + (h * 13) % 900;
            point.requests = 1 + h % 7;
            series.points << point;
        }
    }
    return series;
}

double drawOnce(const UsageSeries& series, const UsageQuery& query)
{
    QElapsedTimer timer;
    timer.start();
    QChartView view(UsageChart::build(series, query, UsageChart::Metric::Tokens, {}));
    view.resize(1200, 500);
    QImage image(1200, 500, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    view.render(&painter);
    return double(timer.nsecsElapsed()) / 1e6;
}
} // namespace

int runChartBench()
{
    using namespace Bench;
    const UsageSeries year = hourly(365 * 24);
    const UsageSeries week = hourly(7 * 24);
    const UsageQuery yearQuery{QString(), QDate(2026, 1, 1), QDate(2026, 12, 31), UsageResolution::Hour};
    const UsageQuery weekQuery{QString(), QDate(2026, 1, 1), QDate(2026, 1, 7), UsageResolution::Hour};
    const Stats yearStats = measure(10, [&] { drawOnce(year, yearQuery); });
    const Stats weekStats = measure(10, [&] { drawOnce(week, weekQuery); });
    report(QStringLiteral("chart.year_hourly_draw"),
           yearStats,
           QStringLiteral("week_hourly_draw"),
           weekStats,
           {{QStringLiteral("periods"), 365 * 24}, {QStringLiteral("models"), 5}});
    return 0;
}
