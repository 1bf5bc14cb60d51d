#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <net/RedisClient.h>

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTest>

class TestRedisClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { TS_REQUIRE_SERVERS(); }

    void authenticatesAndRoundTripsBinaryValues()
    {
        auto redis = TestServers::adminRedis();
        const QByteArray value("bin\0ary\r\n", 9);
        QCOMPARE(TestServers::redis(redis.get(), {"SET", "ts:test:bin", value}).text, QByteArray("OK"));
        QCOMPARE(TestServers::redis(redis.get(), {"GET", "ts:test:bin"}).text, value);
        QCOMPARE(redis->state(), ConnectionState::Connected);
        TestServers::redis(redis.get(), {"DEL", "ts:test:bin"});
    }

    void pipelinesInOrder()
    {
        auto redis = TestServers::adminRedis();
        QList<RedisCommand> commands;
        for (int i = 0; i < 5000; ++i)
            commands.append(RedisCommand{"INCR", "ts:test:counter"});
        TestServers::redis(redis.get(), {"DEL", "ts:test:counter"});
        auto future = redis->pipeline(commands);
        QVERIFY(awaitFuture(future));
        const auto replies = future.result();
        QCOMPARE(replies.size(), 5000);
        for (int i = 0; i < replies.size(); ++i)
            QCOMPARE(replies.at(i).integer, i + 1);
        TestServers::redis(redis.get(), {"DEL", "ts:test:counter"});
    }

    void wrongPasswordIsAPlainFailure()
    {
        RedisClient redis(TestServers::adminProfile().redis, QStringLiteral("wrong-password"));
        redis.connectToServer();
        const RedisReply reply = TestServers::redis(&redis, {"PING"});
        QVERIFY(reply.isError());
        QTRY_COMPARE_WITH_TIMEOUT(redis.state(), ConnectionState::Failed, 3000);
        QVERIFY2(redis.stateMessage().contains(QLatin1String("WRONGPASS")), qPrintable(redis.stateMessage()));
    }

    void missingPasswordIsAPlainFailure()
    {
        RedisClient redis(TestServers::adminProfile().redis, QString());
        redis.connectToServer();
        TestServers::redis(&redis, {"GET", "x"});
        QTRY_COMPARE_WITH_TIMEOUT(redis.state(), ConnectionState::Failed, 3000);
        QVERIFY2(redis.stateMessage().contains(QLatin1String("password")), qPrintable(redis.stateMessage()));
    }

    void noServerFailsFast()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        RedisConfig config = TestServers::adminProfile().redis;
        config.port = probe.serverPort();
        probe.close();
        RedisClient redis(config, TestServers::adminSecrets().redisPassword);
        QElapsedTimer timer;
        timer.start();
        redis.connectToServer();
        const RedisReply reply = TestServers::redis(&redis, {"PING"});
        QVERIFY(reply.isError());
        QVERIFY(timer.elapsed() < 3000);
        QTRY_COMPARE_WITH_TIMEOUT(redis.state(), ConnectionState::Reconnecting, 3000);
        // And while reconnecting, commands fail at once instead of queueing forever.
        timer.restart();
        QVERIFY(TestServers::redis(&redis, {"PING"}).text.startsWith("NOTCONNECTED"));
        QVERIFY(timer.elapsed() < 500);
    }

    void reconnectsAfterTheServerDropsUs()
    {
        auto redis = TestServers::adminRedis();
        auto admin = TestServers::adminRedis();
        QVERIFY(!TestServers::redis(redis.get(), {"CLIENT", "SETNAME", "ts-victim"}).isError());
        const RedisReply killed
            = TestServers::redis(admin.get(), {"CLIENT", "KILL", "SKIPME", "yes", "TYPE", "normal"});
        QVERIFY(!killed.isError());
        QTRY_VERIFY_WITH_TIMEOUT(redis->state() != ConnectionState::Connected, 3000);
        QTRY_COMPARE_WITH_TIMEOUT(redis->state(), ConnectionState::Connected, 5000);
        QCOMPARE(TestServers::redis(redis.get(), {"PING"}).text, QByteArray("PONG"));
    }
};

QTEST_GUILESS_MAIN(TestRedisClient)
#include "TestRedisClient.moc"
