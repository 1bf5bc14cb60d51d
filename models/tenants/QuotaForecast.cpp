#include <models/tenants/QuotaForecast.h>

#include <QCoreApplication>

#include <cmath>

QString QuotaForecast::methodText() const
{
    return QCoreApplication::translate(
        "QuotaForecast", "linear run rate: average of the last %n complete day(s)", nullptr, windowDays);
}

QuotaForecast QuotaForecast::compute(const QMap<QDate, qint64>& tokensPerDay,
                                     std::optional<qint64> included,
                                     QDate today,
                                     QDate historyStart)
{
    QuotaForecast forecast;
    forecast.included = included;
    const QDate monthStart(today.year(), today.month(), 1);
    forecast.resetsInDays = static_cast<int>(today.daysTo(monthStart.addMonths(1)));

    qint64 running = 0;
    for (QDate day = monthStart; day <= today; day = day.addDays(1)) {
        running += tokensPerDay.value(day, 0);
        forecast.cumulative.append({day, running});
        if (included && *included > 0 && !forecast.crossedOn && running >= *included)
            forecast.crossedOn = day;
    }
    forecast.monthToDate = running;

    // Complete days only: today is still filling up.
    qint64 windowTotal = 0;
    for (int back = 1; back <= 7; ++back) {
        const QDate day = today.addDays(-back);
        if (day < historyStart)
            break;
        windowTotal += tokensPerDay.value(day, 0);
        ++forecast.windowDays;
    }
    forecast.dailyRate = forecast.windowDays > 0 ? double(windowTotal) / forecast.windowDays : 0;

    if (included && *included > 0 && !forecast.crossedOn && forecast.dailyRate > 0) {
        const double remaining = double(*included - running);
        // Today counts as a day still to come: the forecast lands on the day the total is reached.
        const int days = static_cast<int>(std::ceil(remaining / forecast.dailyRate)) - 1;
        forecast.crossesOn = today.addDays(std::max(0, days));
    }
    return forecast;
}
