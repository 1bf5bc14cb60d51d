#include <models/tenants/QuotaForecast.h>

#include <QTest>

class TestQuotaForecast : public QObject
{
    Q_OBJECT

private slots:
    void forecastsTheCrossingDay()
    {
        // 1,000,000 included; 100,000 a day for the last 7 days; 500,000 so far this month by the 10th.
        QMap<QDate, qint64> days;
        const QDate today(2026, 3, 10);
        for (int d = 1; d <= 9; ++d)
            days.insert(QDate(2026, 3, d), d <= 4 ? 12500 : 90000);
        days[today] = 0;
        // Month to date: 4 x 12,500 + 5 x 90,000 = 500,000. Last 7 complete days (3rd..9th): 2 x 12,500 + 5 x 90,000.
        const auto f = QuotaForecast::compute(days, 1000000, today, QDate(2026, 2, 25));
        QCOMPARE(f.monthToDate, 500000);
        QCOMPARE(f.windowDays, 7);
        QCOMPARE(f.dailyRate, 475000.0 / 7.0);
        // 500,000 left at 67,857/day: 7.4 days, so it is reached on the 8th day counting today: the 17th.
        QCOMPARE(f.crossesOn.value_or(QDate()), QDate(2026, 3, 17));
        QVERIFY(!f.crossedOn);
        QCOMPARE(f.resetsInDays, 22);
        QVERIFY(f.methodText().contains(QLatin1String("7")));
    }

    void alreadyCrossed()
    {
        QMap<QDate, qint64> days{{QDate(2026, 4, 1), 600}, {QDate(2026, 4, 2), 500}, {QDate(2026, 4, 3), 10}};
        const auto f = QuotaForecast::compute(days, 1000, QDate(2026, 4, 3), QDate(2026, 3, 27));
        QCOMPARE(f.crossedOn.value_or(QDate()), QDate(2026, 4, 2));
        QVERIFY(!f.crossesOn);
    }

    void unlimitedOrIdleHasNoForecast()
    {
        QMap<QDate, qint64> days{{QDate(2026, 4, 1), 600}};
        QVERIFY(!QuotaForecast::compute(days, std::nullopt, QDate(2026, 4, 3), QDate(2026, 3, 27)).crossesOn);
        QVERIFY(!QuotaForecast::compute({}, 1000, QDate(2026, 4, 3), QDate(2026, 3, 27)).crossesOn);
        // A young tenant: the window is only as long as its history.
        const auto young
            = QuotaForecast::compute({{QDate(2026, 4, 2), 100}}, 1000, QDate(2026, 4, 3), QDate(2026, 4, 2));
        QCOMPARE(young.windowDays, 1);
        QCOMPARE(young.crossesOn.value_or(QDate()), QDate(2026, 4, 11));
    }
};

QTEST_GUILESS_MAIN(TestQuotaForecast)
#include "TestQuotaForecast.moc"
