#include <async/Guarded.h>

#include <QFuture>
#include <QPromise>
#include <QTest>

// A page closed (its QObject deleted) while its query is still running: the answer must be dropped,
// not delivered to a dead object. Qt 6.4's then(context, ...) asserts in that case in debug builds,
// which is how a profile switch crashed the ASan CI run.
class TestGuarded : public QObject
{
    Q_OBJECT

private slots:
    void dropsTheAnswerWhenTheContextIsGone()
    {
        QPromise<int> promise;
        promise.start();
        auto* page = new QObject;
        bool called = false;
        promise.future().then(QCoreApplication::instance(), guarded(page, [&called](int) { called = true; }));
        delete page;
        promise.addResult(42);
        promise.finish();
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void deliversWhileTheContextLives()
    {
        QPromise<int> promise;
        promise.start();
        QObject page;
        int seen = 0;
        auto chained = promise.future().then(QCoreApplication::instance(), guarded(&page, [&seen](int value) {
                                                 seen = value;
                                                 return value * 2;
                                             }));
        promise.addResult(21);
        promise.finish();
        QTRY_COMPARE(seen, 21);
        QTRY_VERIFY(chained.isFinished());
        QCOMPARE(chained.result(), 42);
    }

    void fallbackWhenGone()
    {
        QPromise<int> promise;
        promise.start();
        auto* page = new QObject;
        auto chained = promise.future().then(QCoreApplication::instance(),
                                             guardedOr(
                                                 page, [] { return -1; }, [](int value) { return value; }));
        delete page;
        promise.addResult(7);
        promise.finish();
        QTRY_VERIFY(chained.isFinished());
        QCOMPARE(chained.result(), -1);
    }

    // Regression: an answer ready before deliver() was called (a refusal decided before any I/O, or a
    // worker faster than the caller) was handled inside the call, so a page heard it before it showed
    // "loading", and the plans page test waited 10 s for a signal it had already missed.
    void deliversAReadyAnswerLaterNeverInsideTheCall()
    {
        QObject page;
        int seen = 0;
        deliver(QtFuture::makeReadyFuture(5), &page, [&seen](int value) { seen = value; });
        QCOMPARE(seen, 0);
        QTRY_COMPARE(seen, 5);
    }

    void deliverDropsTheAnswerWhenTheReceiverGoesBeforeItsTurn()
    {
        auto* page = new QObject;
        bool called = false;
        deliver(QtFuture::makeReadyFuture(5), page, [&called](int) { called = true; });
        delete page; // after the answer was queued, before it was handled
        QTest::qWait(50);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestGuarded)
#include "TestGuarded.moc"
