#include <DocTable.h>
#include <TestServers.h>
#include <async/AwaitFuture.h>
#include <models/platform/RedisKeys.h>
#include <net/RedisClient.h>

#include <QElapsedTimer>
#include <QMap>
#include <QTest>

// The Redis role x command table of docs/security.md, asked of the running server: for every command and
// subcommand it lists (COMMAND LIST, then COMMAND INFO for arity, ACL categories and containers), ACL
// DRYRUN says whether a user made with each role's rules (RedisAcl, what `tenantscope-cli redis-user`
// sets) may run it. The allowed set must equal the table in the document, so a command newly allowed (a
// rule, or a Redis upgrade adding a subcommand to a category) fails the test. Key and channel patterns
// are not what this table is about: a command refused only for the key or channel it names still counts
// as allowed here; test_tenant_isolation tries the keys.
class TestRedisAcl : public QObject
{
    Q_OBJECT

private:
    struct Command
    {
        QByteArray name; // "get", "client|pause"
        int arity = 0; // COMMAND INFO's: negative means "at least"
        QList<QByteArray> categories; // "@admin", "@dangerous", ...
    };
    enum class Verdict
    {
        Allowed,
        Refused,
        Unclear,
    };

    std::unique_ptr<RedisClient> m_admin;
    QList<Command> m_commands;
    QMap<QString, QMap<QByteArray, Verdict>> m_verdicts; // role -> command -> verdict
    QList<QByteArray> m_users;
    QByteArray m_version;
    const QString m_tenant = QStringLiteral("6f1c0b8e-0000-4000-8000-0000000000ac");

    static const QStringList& roles() { return TestServers::roles(); }

    QList<QByteArray> rulesOf(const QString& role) const { return TestServers::redisRulesOf(role, m_tenant); }

    QByteArray userOf(const QString& role) const { return "ts_acl_probe_" + role.toUtf8(); }

    static Command commandOf(const RedisReply& info)
    {
        Command command;
        command.name = info.elements.value(0).text.toLower();
        command.arity = int(info.elements.value(1).integer);
        for (const RedisReply& category : info.elements.value(6).elements)
            command.categories << category.text;
        return command;
    }

    // ACL DRYRUN checks the arity before the permissions, so each probe has as many arguments as the
    // command takes (at least); "0" fills them. Which key or channel that names does not matter here.
    static QList<QByteArray> dryRun(const QByteArray& user, const Command& command)
    {
        QList<QByteArray> args{"ACL", "DRYRUN", user};
        const QList<QByteArray> words = command.name.split('|');
        args += words;
        const int wanted = std::max<int>(std::abs(command.arity), int(words.size()));
        for (int i = int(words.size()); i < wanted; ++i)
            args << "0";
        return args;
    }

    static Verdict verdictOf(const RedisReply& reply)
    {
        if (reply.type == RedisReply::Type::Status && reply.text == "OK")
            return Verdict::Allowed;
        // DRYRUN answers a refusal as a bulk string: "This user has no permissions to run the 'x' command",
        // or "... to access the '0' key" / "channel" when the command passed and only its argument did not.
        if (reply.type == RedisReply::Type::String && reply.text.contains("no permissions to run"))
            return Verdict::Refused;
        if (reply.type == RedisReply::Type::String && reply.text.contains("no permissions to access"))
            return Verdict::Allowed;
        return Verdict::Unclear;
    }

    static bool administrative(const Command& command)
    {
        return command.categories.contains("@admin") || command.categories.contains("@dangerous");
    }

    static QString shown(const QByteArray& name)
    {
        return QStringLiteral("`%1`").arg(QString::fromUtf8(name).toUpper().replace(u'|', u' '));
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        m_admin = TestServers::adminRedis();
        const RedisReply server = TestServers::redis(m_admin.get(), {"INFO", "server"});
        for (const QByteArray& line : server.text.split('\n'))
            if (line.startsWith("redis_version:"))
                m_version = line.mid(14).trimmed();

        const RedisReply names = TestServers::redis(m_admin.get(), {"COMMAND", "LIST"});
        QVERIFY(names.elements.size() > 100);
        QList<QByteArray> infoArgs{"COMMAND", "INFO"};
        for (const RedisReply& name : names.elements)
            infoArgs << name.text;
        const RedisReply infos = TestServers::redis(m_admin.get(), infoArgs);
        QCOMPARE(infos.elements.size(), names.elements.size());
        // COMMAND LIST names the subcommands too ("client|pause"); a container (CLIENT, ACL, CONFIG, ...)
        // runs only through them, so it is not probed itself.
        for (const RedisReply& info : infos.elements)
            if (info.elements.value(9).elements.isEmpty())
                m_commands << commandOf(info);
        std::sort(
            m_commands.begin(), m_commands.end(), [](const Command& a, const Command& b) { return a.name < b.name; });

        for (const QString& role : roles()) {
            const QByteArray user = userOf(role);
            QList<QByteArray> setUser{"ACL", "SETUSER", user, "reset", ">" + TestServers::randomSecret().toUtf8()};
            setUser += rulesOf(role);
            const RedisReply made = TestServers::redis(m_admin.get(), setUser);
            QVERIFY2(!made.isError(), made.text.constData());
            m_users << user;

            QList<QList<QByteArray>> probes;
            for (const Command& command : std::as_const(m_commands))
                probes << dryRun(user, command);
            auto replies = m_admin->pipeline(probes);
            QVERIFY(awaitFuture(replies, 60000));
            QCOMPARE(replies.result().size(), m_commands.size());
            for (int i = 0; i < m_commands.size(); ++i)
                m_verdicts[role][m_commands.at(i).name] = verdictOf(replies.result().at(i));
        }
    }

    void cleanupTestCase()
    {
        for (const QByteArray& user : std::as_const(m_users))
            TestServers::redis(m_admin.get(), {"ACL", "DELUSER", user});
    }

    void everyProbeGotAClearAnswer()
    {
        QStringList unclear;
        for (const QString& role : roles())
            for (auto it = m_verdicts[role].cbegin(); it != m_verdicts[role].cend(); ++it)
                if (it.value() == Verdict::Unclear)
                    unclear << role + u':' + QString::fromUtf8(it.key());
        QVERIFY2(unclear.isEmpty(), qPrintable(unclear.join(u' ')));
        qInfo("%lld commands and subcommands of Redis %s asked for %lld roles",
              qint64(m_commands.size()),
              m_version.constData(),
              qint64(roles().size()));
    }

    // No administrative command (ACL category @admin or @dangerous: CLIENT PAUSE/KILL/LIST, CONFIG,
    // FLUSHALL, SCRIPT/FUNCTION FLUSH, ...) for any role but platform_admin, whose only one is ACL SETUSER.
    void noAdministrativeCommandBelowPlatformAdmin()
    {
        for (const QString& role : roles()) {
            QStringList admin;
            for (const Command& command : std::as_const(m_commands))
                if (administrative(command) && m_verdicts[role][command.name] == Verdict::Allowed)
                    admin << QString::fromUtf8(command.name);
            qInfo("%s: %lld administrative commands allowed %s",
                  qPrintable(role),
                  qint64(admin.size()),
                  qPrintable(admin.join(u' ')));
            if (role == QLatin1String("platform_admin"))
                QCOMPARE(admin, QStringList{QStringLiteral("acl|setuser")});
            else
                QVERIFY2(admin.isEmpty(), qPrintable(role + QStringLiteral(": ") + admin.join(u' ')));
        }
    }

    void tableMatchesTheDocument()
    {
        QString table = QStringLiteral("| Command | ") + roles().join(QStringLiteral(" | "))
            + QStringLiteral(" |\n|---|---|---|---|---|\n");
        int refusedToAll = 0;
        QMap<QString, int> counts;
        for (const Command& command : std::as_const(m_commands)) {
            QStringList cells;
            bool any = false;
            for (const QString& role : roles()) {
                const bool allowed = m_verdicts[role][command.name] == Verdict::Allowed;
                any = any || allowed;
                counts[role] += allowed ? 1 : 0;
                cells << (allowed ? QStringLiteral("yes") : QStringLiteral("–"));
            }
            if (!any) {
                ++refusedToAll;
                continue;
            }
            table += QStringLiteral("| %1 | %2 |\n").arg(shown(command.name), cells.join(QStringLiteral(" | ")));
        }
        QStringList totals;
        for (const QString& role : roles())
            totals << QStringLiteral("%1 %2").arg(role).arg(counts[role]);
        table += QStringLiteral("\nAllowed in all: %1. Refused to every role: the other %2 of the %3 commands and "
                                "subcommands Redis %4 lists.\n")
                     .arg(totals.join(QStringLiteral(", ")))
                     .arg(refusedToAll)
                     .arg(m_commands.size())
                     .arg(QString::fromUtf8(m_version));
        qInfo("%s", qPrintable(table));
        TS_VERIFY_DOC_TABLE(QStringLiteral("redis-command-table"), table);
    }

    // What the issue found, tried on a real connection of each role: refused, and nothing changed.
    void refusedCommandsChangeNothing()
    {
        const QByteArray marker = "ts_acl_probe_marker";
        TestServers::redis(m_admin.get(), {"SET", marker, "kept"});
        const RedisReply scriptBefore = TestServers::redis(m_admin.get(), {"SCRIPT", "LOAD", "return 1"});
        const QByteArray sha = scriptBefore.text;
        for (const QString& role :
             {QStringLiteral("support"), QStringLiteral("finance"), QStringLiteral("tenant_admin")}) {
            const QByteArray user = userOf(role);
            const QString password = TestServers::randomSecret();
            TestServers::redis(m_admin.get(), {"ACL", "SETUSER", user, "resetpass", ">" + password.toUtf8()});
            RedisConfig config = TestServers::adminProfile().redis;
            config.user = QString::fromUtf8(user);
            RedisClient client(config, password);
            client.connectToServer();
            for (const QList<QByteArray>& forbidden : QList<QList<QByteArray>>{{"CLIENT", "PAUSE", "60000"},
                                                                               {"CLIENT", "LIST"},
                                                                               {"CLIENT", "KILL", "ID", "1"},
                                                                               {"CLIENT", "NO-EVICT", "on"},
                                                                               {"SCRIPT", "FLUSH"},
                                                                               {"FUNCTION", "FLUSH"},
                                                                               {"FLUSHALL"},
                                                                               {"CONFIG", "SET", "maxmemory", "1"},
                                                                               {"DEL", marker}}) {
                const RedisReply reply = TestServers::redis(&client, forbidden);
                QVERIFY2(reply.isError() && reply.text.startsWith("NOPERM"),
                         qPrintable(role + u' ' + QString::fromUtf8(forbidden.join(' ')) + QStringLiteral(": ")
                                    + QString::fromUtf8(reply.text)));
            }
        }
        // Nothing was paused, flushed, reconfigured or deleted.
        QCOMPARE(TestServers::redis(m_admin.get(), {"GET", marker}).text, QByteArray("kept"));
        QCOMPARE(TestServers::redis(m_admin.get(), {"SCRIPT", "EXISTS", sha}).elements.value(0).integer, 1);
        const RedisReply maxmemory = TestServers::redis(m_admin.get(), {"CONFIG", "GET", "maxmemory"});
        QVERIFY(maxmemory.elements.value(1).text != "1");
        QElapsedTimer answered;
        answered.start();
        QCOMPARE(TestServers::redis(m_admin.get(), {"PING"}).text, QByteArray("PONG"));
        QVERIFY(answered.elapsed() < 1000);
        TestServers::redis(m_admin.get(), {"DEL", marker});
    }
};

QTEST_GUILESS_MAIN(TestRedisAcl)
#include "TestRedisAcl.moc"
