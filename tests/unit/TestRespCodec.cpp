#include <net/RespCodec.h>

#include <QRandomGenerator>
#include <QTest>

#include <hiredis/hiredis.h>

class TestRespCodec : public QObject
{
    Q_OBJECT

private slots:
    void formatsBinarySafeCommands()
    {
        const QByteArray wire = formatRedisCommand({"SET", "k", QByteArray("a\r\nb\0c", 6)});
        QCOMPARE(wire, QByteArray("*3\r\n$3\r\nSET\r\n$1\r\nk\r\n$6\r\na\r\nb\0c\r\n", 32));
    }

    // Our formatter against hiredis' own, on random binary commands of every length class.
    void formatsExactlyAsHiredis()
    {
        QRandomGenerator random(11);
        for (int round = 0; round < 500; ++round) {
            RedisCommand args;
            const int count = 1 + int(random.bounded(12));
            for (int i = 0; i < count; ++i) {
                const int length = int(random.bounded(round % 50 == 0 ? 70000 : 40));
                QByteArray arg(length, Qt::Uninitialized);
                for (char& byte : arg)
                    byte = char(random.bounded(256));
                args << arg;
            }
            std::vector<const char*> argv;
            std::vector<size_t> lengths;
            for (const QByteArray& arg : std::as_const(args)) {
                argv.push_back(arg.constData());
                lengths.push_back(size_t(arg.size()));
            }
            char* theirs = nullptr;
            const int length = redisFormatCommandArgv(&theirs, int(argv.size()), argv.data(), lengths.data());
            QVERIFY(length > 0);
            const QByteArray expected(theirs, length);
            redisFreeCommand(theirs);
            QCOMPARE(formatRedisCommand(args), expected);
            QCOMPARE(formattedSize(args), expected.size());
            QByteArray appended("prefix");
            appendRedisCommand(appended, args);
            QCOMPARE(appended, "prefix" + expected);
        }
    }

    // Many replies fed at once, one large reply split across feeds, and replies larger than a feed piece.
    void parsesLargeBatchesAndLargeReplies()
    {
        QByteArray stream;
        for (int i = 0; i < 5000; ++i)
            stream += "*4\r\n$6\r\ntokens\r\n$" + QByteArray::number(QByteArray::number(i).size()) + "\r\n"
                + QByteArray::number(i) + "\r\n$4\r\ncost\r\n$4\r\n0.50\r\n";
        const QByteArray big(100000, 'x');
        stream += "$100000\r\n" + big + "\r\n";
        for (const int split : {1, 777, 65536, int(stream.size())}) {
            RespReader reader;
            QList<RedisReply> replies;
            for (qsizetype at = 0; at < stream.size(); at += split) {
                reader.feed(stream.constData() + at, std::min<qsizetype>(split, stream.size() - at));
                while (auto reply = reader.next())
                    replies << *reply;
            }
            QVERIFY(!reader.hasError());
            QCOMPARE(replies.size(), 5001);
            QCOMPARE(replies.at(4321).toHash().value("tokens"), QByteArray("4321"));
            QCOMPARE(replies.last().text, big);
            QVERIFY(!reader.next());
        }
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

    // A header claiming more elements than will ever come costs what arrives, not what it claims (the
    // fuzzer found "*888888880" asking for 64 GB at once).
    void anArrayHeaderIsNotTrustedForMemory()
    {
        RespReader reader;
        const QByteArray data("*2147483647\r\n:1\r\n$2\r\nok\r\n*0\r\n");
        reader.feed(data.constData(), data.size());
        QVERIFY(!reader.next()); // still waiting for the rest
        QVERIFY(!reader.hasError());
        RespReader honest;
        const QByteArray three("*3\r\n:1\r\n$2\r\nok\r\n*0\r\n");
        honest.feed(three.constData(), three.size());
        const auto reply = honest.next();
        QVERIFY(reply);
        QCOMPARE(reply->elements.size(), 3);
        QCOMPARE(reply->elements.at(0).integer, 1);
        QCOMPARE(reply->elements.at(1).text, QByteArray("ok"));
        QVERIFY(reply->elements.at(2).type == RedisReply::Type::Array && reply->elements.at(2).elements.isEmpty());
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
