#include <net/SseParser.h>

#include <QElapsedTimer>
#include <QTest>

// The WHATWG event-stream rules, each fed whole, byte by byte, and split in two at every byte boundary:
// the events must always be the same.
class TestSseParser : public QObject
{
    Q_OBJECT

    static QVector<SseEvent> whole(const QByteArray& stream)
    {
        SseParser parser;
        QVector<SseEvent> events = parser.feed(stream);
        parser.finish();
        return events;
    }

    static void compareEverySplit(const QByteArray& stream, const QVector<SseEvent>& expected)
    {
        const auto same = [&](const QVector<SseEvent>& got, const QString& how) {
            QVERIFY2(got.size() == expected.size(), qPrintable(how + QStringLiteral(": %1 events").arg(got.size())));
            for (int i = 0; i < got.size(); ++i) {
                QVERIFY2(got.at(i).type == expected.at(i).type, qPrintable(how));
                QVERIFY2(got.at(i).data == expected.at(i).data,
                         qPrintable(how + QStringLiteral(" data ") + got.at(i).text()));
                QVERIFY2(got.at(i).lastEventId == expected.at(i).lastEventId, qPrintable(how));
            }
        };
        same(whole(stream), QStringLiteral("whole"));
        {
            SseParser parser;
            QVector<SseEvent> events;
            for (char c : stream)
                events += parser.feed(QByteArrayView(&c, 1));
            same(events, QStringLiteral("byte by byte"));
        }
        for (qsizetype cut = 0; cut <= stream.size(); ++cut) {
            SseParser parser;
            QVector<SseEvent> events = parser.feed(QByteArrayView(stream).first(cut));
            events += parser.feed(QByteArrayView(stream).sliced(cut));
            same(events, QStringLiteral("split at %1").arg(cut));
        }
    }

    static SseEvent event(const QString& data, const QString& id = {}, const QString& type = QStringLiteral("message"))
    {
        SseEvent e;
        e.data = data.toUtf8();
        e.lastEventId = id;
        e.type = type;
        return e;
    }

private slots:
    void specStockTicker() // the specification's first example
    {
        compareEverySplit("data: YHOO\ndata: +2\ndata: 10\n\n", {event(QStringLiteral("YHOO\n+2\n10"))});
    }

    void specIdsAndComments()
    {
        compareEverySplit(
            ": test stream\n\ndata: first event\nid: 1\n\ndata:second event\nid\n\ndata:  third event\n\n",
            {event(QStringLiteral("first event"), QStringLiteral("1")),
             event(QStringLiteral("second event"), QString()),
             event(QStringLiteral(" third event"), QString())});
    }

    void specEmptyDataAndUnfinishedEvent()
    {
        // Two events (empty data, then one LF); the last "data:" has no blank line and is dropped.
        compareEverySplit("data\n\ndata\ndata\n\ndata:", {event(QString()), event(QStringLiteral("\n"))});
    }

    void specOneOptionalSpace()
    {
        compareEverySplit("data:test\n\ndata: test\n\n",
                          {event(QStringLiteral("test")), event(QStringLiteral("test"))});
    }

    void everyLineEnding()
    {
        const QVector<SseEvent> expected{event(QStringLiteral("a\nb"), QStringLiteral("7"), QStringLiteral("add")),
                                         event(QStringLiteral("c"), QStringLiteral("7"))};
        compareEverySplit("event: add\nid: 7\ndata: a\ndata: b\n\ndata: c\n\n", expected);
        compareEverySplit("event: add\rid: 7\rdata: a\rdata: b\r\rdata: c\r\r", expected);
        compareEverySplit("event: add\r\nid: 7\r\ndata: a\r\ndata: b\r\n\r\ndata: c\r\n\r\n", expected);
        compareEverySplit("event: add\r\nid: 7\rdata: a\ndata: b\r\n\ndata: c\r\r\n", expected);
    }

    void byteOrderMarkOnlyAtTheStart()
    {
        compareEverySplit("\xEF\xBB\xBF"
                          "data: x\n\n",
                          {event(QStringLiteral("x"))});
        // Later, it is data like any other character.
        compareEverySplit("data: x\n\n\xEF\xBB\xBF"
                          "data: y\n\n",
                          {event(QStringLiteral("x"))});
    }

    void fieldsWithoutColonsAndUnknownFields()
    {
        compareEverySplit("foo: bar\nretryx: 1\ndata\nevent\n\n", {event(QString())});
    }

    void retryTakesDigitsOnly()
    {
        SseParser parser;
        parser.feed("retry: 3000\n");
        QCOMPARE(parser.retryMs(), 3000);
        parser.feed("retry: 3s\nretry: -1\nretry:\n");
        QCOMPARE(parser.retryMs(), 3000);
    }

    void idWithNulIsIgnoredAndIdsPersist()
    {
        SseParser parser;
        static const char stream[] = "id: 5\ndata: a\n\nid: x\0y\ndata: b\n\ndata: c\n\n";
        const auto events = parser.feed(QByteArray(stream, sizeof(stream) - 1));
        QCOMPARE(events.size(), 3);
        QCOMPARE(events.at(0).lastEventId, QStringLiteral("5"));
        QCOMPARE(events.at(1).lastEventId, QStringLiteral("5"));
        QCOMPARE(events.at(2).lastEventId, QStringLiteral("5"));
        QCOMPARE(parser.lastEventId(), QStringLiteral("5"));
    }

    void utf8SplitInsideACharacter() { compareEverySplit("data: grüße €\n\n", {event(QString::fromUtf8("grüße €"))}); }

    void invalidUtf8IsReplacedNotTrusted()
    {
        const auto events = whole("data: a\xff"
                                  "b\n\n");
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().text(), QStringLiteral("a\uFFFDb"));
    }

    void anEndlessLineFailsTheStreamInsteadOfGrowing()
    {
        SseParser parser(1024);
        QByteArray chunk(600, 'x');
        QVERIFY(parser.feed("data: " + chunk).isEmpty());
        QVERIFY(!parser.failed());
        parser.feed(chunk);
        QVERIFY(parser.failed());
        QVERIFY(parser.feed("\n\n").isEmpty());
    }

    void manyEventsAreFast()
    {
        QByteArray stream;
        for (int i = 0; i < 20000; ++i)
            stream += "data: {\"choices\":[{\"delta\":{\"content\":\"token\"}}]}\n\n";
        SseParser parser;
        QElapsedTimer timer;
        timer.start();
        int events = 0;
        for (qsizetype at = 0; at < stream.size(); at += 1000)
            events += int(
                parser.feed(QByteArrayView(stream).sliced(at, std::min<qsizetype>(1000, stream.size() - at))).size());
        QCOMPARE(events, 20000);
        qInfo("20,000 events (%lld bytes) in %lld ms", qint64(stream.size()), timer.elapsed());
        QVERIFY(timer.elapsed() < 2000);
    }
};

QTEST_GUILESS_MAIN(TestSseParser)
#include "TestSseParser.moc"
