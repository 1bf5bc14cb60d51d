#pragma once

#include <QDate>
#include <QMap>
#include <QPair>
#include <QString>
#include <QVector>

#include <optional>

// When will a tenant cross its included tokens this month? A linear run-rate forecast: the average of
// the last (up to) 7 complete UTC days, extended from today's month-to-date total. Pure, so it is
// tested on its own and the page names the method it used.
struct QuotaForecast
{
    qint64 monthToDate = 0;
    std::optional<qint64> included;
    double dailyRate = 0; // tokens per day over the window
    int windowDays = 0;
    std::optional<QDate> crossedOn; // already over: the first day the running total reached the limit
    std::optional<QDate> crossesOn; // at this pace, within or after this month
    int resetsInDays = 0; // days until the first of next month (UTC)
    QVector<QPair<QDate, qint64>> cumulative; // month to date, one point per UTC day up to today

    QString methodText() const;
    // tokensPerDay: UTC days from historyStart on (missing days had no traffic).
    static QuotaForecast
    compute(const QMap<QDate, qint64>& tokensPerDay, std::optional<qint64> included, QDate today, QDate historyStart);
};
