#include <models/usage/Downsampler.h>

#include <QTest>

#include <cmath>

class TestDownsampler : public QObject
{
    Q_OBJECT

private slots:
    void keepsEndsAndCount()
    {
        QVector<QPointF> points;
        for (int i = 0; i < 10000; ++i)
            points << QPointF(i, std::sin(i / 100.0));
        const auto out = Downsampler::lttb(points, 500);
        QCOMPARE(out.size(), 500);
        QCOMPARE(out.first(), points.first());
        QCOMPARE(out.last(), points.last());
        for (int i = 1; i < out.size(); ++i)
            QVERIFY(out.at(i).x() > out.at(i - 1).x()); // order kept
    }

    void keepsASinglePeak()
    {
        QVector<QPointF> points;
        for (int i = 0; i < 100000; ++i)
            points << QPointF(i, i == 31337 ? 1e6 : 1.0);
        const auto out = Downsampler::lttb(points, 100);
        bool found = false;
        for (const QPointF& p : out)
            found = found || p.y() == 1e6;
        QVERIFY2(found, "a one-sample spike must survive downsampling");
    }

    void shortSeriesUntouched()
    {
        const QVector<QPointF> points{{0, 1}, {1, 2}, {2, 3}};
        QCOMPARE(Downsampler::lttb(points, 100), points);
        QCOMPARE(Downsampler::lttbIndices(points, 2).size(), 3); // below 3 buckets: nothing to choose
        QVERIFY(Downsampler::lttb({}, 10).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDownsampler)
#include "TestDownsampler.moc"
