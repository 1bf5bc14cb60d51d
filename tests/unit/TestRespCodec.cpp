#include <net/RespCodec.h>

#include <QTest>

class TestRespCodec : public QObject
{
    Q_OBJECT

private slots:
    void formatsBinarySafeCommands()
    {
        const QByteArray wire = formatRedisCommand({"SET", "k", QByteArray("a\r\nb\0c", 6)});
        QCOMPARE(wire, QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$6\r\na\r\nb\0c\r\n", 32));
    }

    void parsesEveryReplyTypeSplitAtEveryByte()
    {
        const QByteArray stream("+OK\r\n-ERR wrong\r\n:42\r\n$5\r\nhello\r\n$-1\r\n*3\r\n$1\r\na\r\n:7\r\n*-1\r\n");
        for (int split = 0; split <= stream.size(); ++split) {
            RespReader reader;
            QList<RedisReply> replies;
            reader.feed(stream.constData(), split);
            while (auto reply = reader.next())
                replies << *reply;
            reader.feed(stream.constData() + split, stream.size() - split);
            while (auto reply = reader.next())
                replies << *reply;
            QVERIFY(!reader.hasError());
            QCOMPARE(replies.size(), 6);
            QCOMPARE(replies.at(0).type, RedisReply::Type::Status);
            QCOMPARE(replies.at(1).type, RedisReply::Type::Error);
            QCOMPARE(replies.at(1).text, QByteArray("ERR wrong"));
            QCOMPARE(replies.at(2).integer, 42);
            QCOMPARE(replies.at(3).text, QByteArray("hello"));
            QVERIFY(replies.at(4).isNil());
            QCOMPARE(replies.at(5).elements.size(), 3);
            QCOMPARE(replies.at(5).elements.at(1).integer, 7);
            QVERIFY(replies.at(5).elements.at(2).isNil());
        }
    }

    void malformedStreamIsAnError()
    {
        RespReader reader;
        reader.feed("?what\r\n", 7);
        QVERIFY(!reader.next());
        QVERIFY(reader.hasError());
    }

    void hashFromFlatArray()
    {
        RespReader reader;
        const QByteArray data("*4\r\n$6\r\ntokens\r\n$3\r\n120\r\n$4\r\ncost\r\n$4\r\n0.50\r\n");
        reader.feed(data.constData(), data.size());
        const auto reply = reader.next();
        QVERIFY(reply);
        const auto hash = reply->toHash();
        QCOMPARE(hash.value("tokens"), QByteArray("120"));
        QCOMPARE(hash.value("cost"), QByteArray("0.50"));
    }
};

QTEST_GUILESS_MAIN(TestRespCodec)
#include "TestRespCodec.moc"
