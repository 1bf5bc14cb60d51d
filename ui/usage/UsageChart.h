#pragma once

#include <models/tenants/QuotaForecast.h>
#include <models/usage/Usage.h>

#include <QSet>
#include <QString>

class QChart;

// Builds the Usage page's charts from the numbers: stacked bars by model for up to 120 periods,
// stacked areas (downsampled with LTTB to 2,000 points, peaks kept) beyond; and the month's
// cumulative tokens against the included amount with the forecast.
namespace UsageChart
{
enum class Metric
{
    Tokens,
    PromptTokens,
    CompletionTokens,
    Requests,
    Cost,
};

constexpr int kMaxBars = 120;
constexpr int kMaxAreaPoints = 1200; // about one point per pixel of a wide chart

double value(const UsagePoint& point, Metric metric);
QString metricName(Metric metric);
// Every period of [from, to] gets its place on the axis, with or without traffic.
QChart* build(const UsageSeries& series, const UsageQuery& query, Metric metric, const QSet<QString>& hiddenModels);
QChart* buildMonth(const QuotaForecast& forecast, QDate today);
} // namespace UsageChart
