#include <models/common/Decimal.h>

#include <QRegularExpression>
#include <QTest>

#include <limits>

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

    void addsAndSubtractsExactly_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<QString>("sum");
        QTest::addColumn<QString>("difference");
        QTest::newRow("tenths") << "0.1"
                                << "0.2"
                                << "0.3"
                                << "-0.1"; // 0.30000000000000004 in binary
        QTest::newRow("scales") << "12.5"
                                << "0.125"
                                << "12.625"
                                << "12.375";
        QTest::newRow("carry") << "999.99999999"
                               << "0.00000001"
                               << "1000.00000000"
                               << "999.99999998";
        QTest::newRow("signs") << "-5"
                               << "3.25"
                               << "-1.75"
                               << "-8.25";
        QTest::newRow("zero") << "1.10"
                              << "1.1"
                              << "2.20"
                              << "0.00";
        QTest::newRow("big") << "123456789012345678901.5"
                             << "1"
                             << "123456789012345678902.5"
                             << "123456789012345678900.5";
    }

    void addsAndSubtractsExactly()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(QString, sum);
        QFETCH(QString, difference);
        QCOMPARE(Decimal::add(a, b), sum);
        QCOMPARE(Decimal::subtract(a, b), difference);
        QCOMPARE(Decimal::compare(a, b),
                 difference.startsWith(u'-')
                     ? -1
                     : (difference.contains(QRegularExpression(QStringLiteral("[1-9]"))) ? 1 : 0));
        QVERIFY(Decimal::add(QStringLiteral("1,5"), a).isEmpty());
    }

    void fixedPointUnits()
    {
        qint64 units = 0;
        QVERIFY(Decimal::toUnits(QStringLiteral("12.34567890"), &units));
        QCOMPARE(units, Q_INT64_C(1234567890));
        QVERIFY(Decimal::toUnits(QStringLiteral("-0.5"), &units));
        QCOMPARE(units, Q_INT64_C(-50000000));
        QCOMPARE(Decimal::fromUnits(Q_INT64_C(1234567890)), QStringLiteral("12.34567890"));
        QCOMPARE(Decimal::fromUnits(Q_INT64_C(-50000000)), QStringLiteral("-0.50000000"));
        QVERIFY(!Decimal::toUnits(QStringLiteral("0.123456789"), &units)); // 9 decimals: not exact in units
        QVERIFY(!Decimal::toUnits(QStringLiteral("123456789012.5"), &units)); // would overflow once scaled
    }

    // The byte form (counters straight from Redis) agrees with the text form wherever the text form
    // answers, and refuses what is not a plain decimal.
    void fixedPointUnitsFromBytes()
    {
        for (const char* text : {"0",
                                 "7",
                                 "0.20540540",
                                 "-0.5",
                                 "12.34567890",
                                 "1.",
                                 ".5",
                                 "",
                                 "-",
                                 "1e5",
                                 "1.2.3",
                                 " 1",
                                 "1 ",
                                 "+1",
                                 "0.123456789",
                                 "92233720368.54775807",
                                 "92233720368.54775808",
                                 "123456789012.5",
                                 "00012.50"}) {
            qint64 fromText = 0;
            qint64 fromBytes = 0;
            const bool textOk = Decimal::toUnits(QString::fromLatin1(text), &fromText);
            const bool bytesOk = Decimal::toUnits(QByteArrayView(text), &fromBytes);
            if (textOk) {
                QVERIFY2(bytesOk, text);
                QCOMPARE(fromBytes, fromText);
            }
            if (!Decimal::isValid(QString::fromLatin1(text)))
                QVERIFY2(!bytesOk, text);
        }
        qint64 units = 0;
        QVERIFY(Decimal::toUnits(QByteArrayView("92233720368.54775807"), &units)); // the largest qint64
        QCOMPARE(units, std::numeric_limits<qint64>::max());
        QVERIFY(!Decimal::toUnits(QByteArrayView("92233720368.54775808"), &units));
    }

    void formatsUsd()
    {
        QCOMPARE(Decimal::formatUsd(QStringLiteral("1234567.891")), QStringLiteral("$1,234,567.89"));
        QCOMPARE(Decimal::formatUsd(QStringLiteral("-45.5")), QStringLiteral("-$45.50"));
        QCOMPARE(Decimal::formatUsd(QStringLiteral("0")), QStringLiteral("$0.00"));
    }

    // Issue 23: money in the user's locale, exact, the currency where the locale puts it.
    void formatsMoneyInTheLocale()
    {
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        const QLocale french(QLocale::French, QLocale::France);
        QCOMPARE(Decimal::formatMoney(QStringLiteral("1234567.891"), 2, english), QStringLiteral("$1,234,567.89"));
        QCOMPARE(Decimal::formatMoney(QStringLiteral("-45.5"), 2, english), QStringLiteral("($45.50)"));
        QCOMPARE(Decimal::formatMoney(QStringLiteral("1234567.891"), 2, german), QStringLiteral("1.234.567,89\u00a0$"));
        QCOMPARE(Decimal::formatMoney(QStringLiteral("-45.5"), 2, german), QStringLiteral("-45,50\u00a0$"));
        QCOMPARE(Decimal::formatMoney(QStringLiteral("1234.5"), 2, french), QStringLiteral("1\u202f234,50\u00a0$"));
        // Exact at any size: 20 digits, no binary floating point on the way.
        QCOMPARE(Decimal::formatMoney(QStringLiteral("12345678901234567890.125"), 2, german),
                 QStringLiteral("12.345.678.901.234.567.890,13\u00a0$"));
        QCOMPARE(Decimal::formatMoney(QStringLiteral("0.00421"), 4, english), QStringLiteral("$0.0042"));
        // No language chosen (the C locale of servers and CI): as English.
        QCOMPARE(Decimal::formatMoney(QStringLiteral("1234.5"), 2, QLocale::c()), QStringLiteral("$1,234.50"));
        QCOMPARE(Decimal::formatMoney(QStringLiteral("-45.5"), 2, QLocale::c()), QStringLiteral("-$45.50"));
        QCOMPARE(Decimal::formatMoney(QStringLiteral("not money"), 2, english), QString());
    }
};

QTEST_GUILESS_MAIN(TestDecimal)
#include "TestDecimal.moc"
