#include <net/Backoff.h>

#include <QTest>

using namespace std::chrono_literals;

class TestBackoff : public QObject
{
    Q_OBJECT

private slots:
    void doublesUpToTheCap()
    {
        Backoff backoff(200ms, 2000ms);
        QCOMPARE(backoff.next(), 200ms);
        QCOMPARE(backoff.next(), 400ms);
        QCOMPARE(backoff.next(), 800ms);
        QCOMPARE(backoff.next(), 1600ms);
        QCOMPARE(backoff.next(), 2000ms);
        QCOMPARE(backoff.next(), 2000ms);
        QCOMPARE(backoff.attempts(), 6);
    }

    void resetStartsOver()
    {
        Backoff backoff(100ms, 1000ms);
        backoff.next();
        backoff.next();
        backoff.reset();
        QCOMPARE(backoff.attempts(), 0);
        QCOMPARE(backoff.next(), 100ms);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "TestBackoff.moc"
