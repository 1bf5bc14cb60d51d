#include <Decimal.h>

#include <QTest>

class TestDecimal : public QObject
{
    Q_OBJECT

private slots:
    void rounds_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("places");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "12.34567800" << 2 << "12.35";
        QTest::newRow("carry") << "9.995" << 2 << "10.00";
        QTest::newRow("many nines") << "999.9999" << 3 << "1000.000";
        QTest::newRow("half down stays") << "0.124999" << 2 << "0.12";
        QTest::newRow("integer") << "7" << 2 << "7.00";
        QTest::newRow("negative") << "-1.005" << 2 << "-1.01";
        QTest::newRow("negative zero") << "-0.001" << 2 << "0.00";
        QTest::newRow("binary float trap") << "0.145" << 2 << "0.15"; // 0.145 is 0.14499999... as a double
        QTest::newRow("no places") << "2.5" << 0 << "3";
        QTest::newRow("leading zeros") << "000.5" << 1 << "0.5";
        QTest::newRow("garbage") << "12,5" << 2 << "";
    }

    void rounds()
    {
        QFETCH(QString, value);
        QFETCH(int, places);
        QFETCH(QString, expected);
        QCOMPARE(Decimal::round(value, places), expected);
    }

    void formatsUsd()
    {
        QCOMPARE(Decimal::formatUsd(QStringLiteral("1234567.891")), QStringLiteral("$1,234,567.89"));
        QCOMPARE(Decimal::formatUsd(QStringLiteral("-45.5")), QStringLiteral("-$45.50"));
        QCOMPARE(Decimal::formatUsd(QStringLiteral("0")), QStringLiteral("$0.00"));
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
