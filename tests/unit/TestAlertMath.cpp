#include <models/alerts/Alerts.h>

#include <QTest>

// Alert thresholds and the 100 % forecast on constructed numbers with known answers.
class TestAlertMath : public QObject
{
    Q_OBJECT

private slots:
    void thresholdsFireExactlyAtTheirPercentage()
    {
        const QList<int> thresholds{80, 90, 100};
        QCOMPARE(AlertMath::crossed(79.999, thresholds), QList<int>{});
        QCOMPARE(AlertMath::crossed(80.0, thresholds), QList<int>{80});
        QCOMPARE(AlertMath::crossed(89.99, thresholds), QList<int>{80});
        QCOMPARE(AlertMath::crossed(90.0, thresholds), (QList<int>{80, 90}));
        QCOMPARE(AlertMath::crossed(100.0, thresholds), (QList<int>{80, 90, 100}));
        QCOMPARE(AlertMath::crossed(250.0, thresholds), (QList<int>{80, 90, 100}));
    }

    void thresholdsParse()
    {
        QCOMPARE(AlertMath::parseThresholds(QStringLiteral("100, 80,90")), (QList<int>{80, 90, 100}));
        QCOMPARE(AlertMath::parseThresholds(QStringLiteral("75")), QList<int>{75});
        QVERIFY(AlertMath::parseThresholds(QStringLiteral("80,abc")).isEmpty());
        QVERIFY(AlertMath::parseThresholds(QStringLiteral("0,90")).isEmpty());
    }

    void forecastAtThisMonthsPace()
    {
        // 10 days into November, half the limit used: the other half takes another 10 days.
        const QDateTime now(QDate(2026, 11, 11), QTime(0, 0), Qt::UTC);
        QCOMPARE(AlertMath::crossesAt(500, 1000, now), QDateTime(QDate(2026, 11, 21), QTime(0, 0), Qt::UTC));
        // A quarter used after 6 hours of the month: 18 more hours.
        const QDateTime early(QDate(2026, 12, 1), QTime(6, 0), Qt::UTC);
        QCOMPARE(AlertMath::crossesAt(250, 1000, early),
                 QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC).addSecs(24 * 3600));
        // Past the month's end is still a date (it will not cross this month).
        QCOMPARE(AlertMath::crossesAt(100, 1000, now),
                 QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC).addDays(100));
        QVERIFY(!AlertMath::crossesAt(1000, 1000, now)); // already there
        QVERIFY(!AlertMath::crossesAt(0, 1000, now)); // no pace yet
    }
};

QTEST_GUILESS_MAIN(TestAlertMath)
#include "TestAlertMath.moc"
