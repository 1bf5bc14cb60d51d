#include <net/RedisConfig.h>
#include <net/RedisSlots.h>

#include <QTest>

// The slot arithmetic and key positions a Redis Cluster client routes by. test_redis_cluster checks
// slotOf against the server's own CLUSTER KEYSLOT for many keys; these are the specification's cases.
class TestRedisSlots : public QObject
{
    Q_OBJECT

private slots:
    void crc16IsTheClusterSpecificationsVariant()
    {
        // The check value of CRC-16/XMODEM, given in the cluster specification.
        QCOMPARE(RedisSlots::crc16("123456789"), quint16(0x31C3));
        QCOMPARE(RedisSlots::slotOf("foo"), 12182);
        QCOMPARE(RedisSlots::slotOf("somekey"), 11058);
    }

    void hashTagsFollowTheSpecification()
    {
        QCOMPARE(RedisSlots::hashedPart("{user1000}.following"), QByteArray("user1000"));
        QCOMPARE(RedisSlots::slotOf("{user1000}.following"), RedisSlots::slotOf("{user1000}.followers"));
        QCOMPARE(RedisSlots::hashedPart("foo{}{bar}"), QByteArray("foo{}{bar}")); // "{}" is no tag
        QCOMPARE(RedisSlots::hashedPart("foo{{bar}}zap"), QByteArray("{bar"));
        QCOMPARE(RedisSlots::hashedPart("foo{bar}{zap}"), QByteArray("bar"));
        QCOMPARE(RedisSlots::hashedPart("foo{bar"), QByteArray("foo{bar"));
        QVERIFY(RedisSlots::hasHashTag("{bull}:workflow-runs:wait"));
        QVERIFY(!RedisSlots::hasHashTag("bull:workflow-runs:wait"));
        QCOMPARE(RedisSlots::slotOf("{bull}:a:wait"), RedisSlots::slotOf("{bull}:b:1"));
    }

    void keysOfTheCommandsWeSend()
    {
        using RedisSlots::Routing;
        const RedisCommand hgetall{"HGETALL", "usage:t:daily:2026-12-03"};
        auto keys = RedisSlots::keysOf(hgetall);
        QCOMPARE(keys.routing, Routing::Keys);
        QCOMPARE(keys.keys(hgetall), QList<QByteArray>{"usage:t:daily:2026-12-03"});
        const RedisCommand eval{"EVAL", "return 1", "2", "a", "b", "arg"};
        keys = RedisSlots::keysOf(eval);
        QCOMPARE(keys.routing, Routing::Keys);
        QCOMPARE(keys.keys(eval), (QList<QByteArray>{"a", "b"}));
        QCOMPARE(RedisSlots::keysOf({"EVAL", "return 1", "0"}).routing, Routing::AnyNode);
        QCOMPARE(RedisSlots::keysOf({"EVAL", "return 1", "3", "a"}).routing, Routing::Unknown); // too few keys
        const RedisCommand mset{"MSET", "a", "1", "b", "2"};
        QCOMPARE(RedisSlots::keysOf(mset).keys(mset), (QList<QByteArray>{"a", "b"}));
        const RedisCommand unlink{"unlink", "a", "b"};
        QCOMPARE(RedisSlots::keysOf(unlink).keys(unlink), (QList<QByteArray>{"a", "b"}));
        const RedisCommand rename{"Rename", "a", "b"};
        QCOMPARE(RedisSlots::keysOf(rename).keys(rename), (QList<QByteArray>{"a", "b"}));
        // Names that sort around "_" (EVAL_RO against EVALSHA) are found whatever their case.
        const RedisCommand evalRo{"eval_ro", "return 1", "1", "k"};
        QCOMPARE(RedisSlots::keysOf(evalRo).keys(evalRo), QList<QByteArray>{"k"});
        QCOMPARE(RedisSlots::keysOf({"EVALSHA_RO", "0123", "0"}).routing, Routing::AnyNode);
        QCOMPARE(RedisSlots::keysOf({"EVALSHA", "0123", "1", "k"}).routing, Routing::Keys);
        QCOMPARE(RedisSlots::keysOf({"HGETALLX", "k"}).routing, Routing::Unknown);
        QCOMPARE(RedisSlots::keysOf({"HGE", "k"}).routing, Routing::Unknown);
        QCOMPARE(RedisSlots::keysOf({"", "k"}).routing, Routing::Unknown);
        QCOMPARE(RedisSlots::keysOf({"SCAN", "0"}).routing, Routing::PerNode);
        QCOMPARE(RedisSlots::keysOf({"ACL", "SETUSER", "x"}).routing, Routing::PerNode);
        QCOMPARE(RedisSlots::keysOf({"PUBLISH", "plan_changes", "{}"}).routing, Routing::AnyNode);
        QCOMPARE(RedisSlots::keysOf({"MULTI"}).routing, Routing::TransactionStart);
        QCOMPARE(RedisSlots::keysOf({"EXEC"}).routing, Routing::TransactionEnd);
        // Not known: refused on a cluster rather than sent by a guess.
        QCOMPARE(RedisSlots::keysOf({"OBJECT", "ENCODING", "a"}).routing, Routing::Unknown);
        QCOMPARE(RedisSlots::keysOf({"GET"}).routing, Routing::Unknown);
        QVERIFY(RedisSlots::isReadOnly({"hgetall", "k"}));
        QVERIFY(!RedisSlots::isReadOnly({"EVAL", "return 1", "0"}));
        QVERIFY(!RedisSlots::isReadOnly({"INCR", "k"}));
    }

    void clusterUrls()
    {
        QString error;
        RedisConfig config = RedisConfig::fromUrl(
            QStringLiteral("redis://default@127.0.0.1:7000/0?cluster=on&seeds=127.0.0.1:7001,[::1]:7002"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(config.cluster);
        QCOMPARE(config.seeds.size(), 2);
        QCOMPARE(config.seeds.at(1).host, QStringLiteral("::1"));
        QCOMPARE(config.seeds.at(1).port, 7002);
        const RedisConfig again = RedisConfig::fromUrl(config.toUrl(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(again.cluster);
        QCOMPARE(again.seeds.size(), 2);
        QVERIFY(again.seeds == config.seeds);

        RedisConfig::fromUrl(QStringLiteral("redis://127.0.0.1:7000/3?cluster=on"), &error);
        QVERIFY2(error.contains(QStringLiteral("only database 0")), qPrintable(error));
        error.clear();
        RedisConfig::fromUrl(QStringLiteral("redis://127.0.0.1:7000/0?seeds=127.0.0.1:7001"), &error);
        QVERIFY2(error.contains(QStringLiteral("cluster=on")), qPrintable(error));
        error.clear();
        RedisConfig::fromUrl(QStringLiteral("redis://127.0.0.1:7000/0?cluster=on&seeds=127.0.0.1"), &error);
        QVERIFY2(error.contains(QStringLiteral("host:port")), qPrintable(error));
        error.clear();
        RedisConfig::fromUrl(QStringLiteral("redis://127.0.0.1:7000/0?cluster=maybe"), &error);
        QVERIFY2(error.contains(QStringLiteral("on or off")), qPrintable(error));
        error.clear();
        // A seed on another machine is held to the same rule as the host: TLS, or plain TCP allowed explicitly.
        RedisConfig::fromUrl(QStringLiteral("redis://127.0.0.1:7000/0?cluster=on&seeds=cache.example:7001"), &error);
        QVERIFY2(error.contains(QStringLiteral("cache.example is not on this machine")), qPrintable(error));
    }
};

QTEST_APPLESS_MAIN(TestRedisSlots)
#include "TestRedisSlots.moc"
