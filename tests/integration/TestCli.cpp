#include <CliOverview.h>
#include <TestServers.h>
#include <models/platform/RedisKeys.h>
#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

// tenantscope-cli as a script would use it: exit codes, JSON, and plain errors instead of hangs.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        qint64 ms = 0;
    };

    Run cli(const QStringList& args,
            const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
            const QByteArray& input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(QStringLiteral(TS_CLI_PATH), args);
        process.write(input);
        process.closeWriteChannel();
        process.waitForFinished(60000);
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(),
                process.readAllStandardError(),
                timer.elapsed()};
    }

private slots:
    void initTestCase() { TS_REQUIRE_SERVERS(); }

    void version()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("tenantscope-cli "));
    }

    QStringList commandNames() { return cliCommandNames(cli({QStringLiteral("--help")}).out); }

    // Every command answers --help (exit 0, its synopsis and options), refuses an unknown option as bad
    // usage (exit 2), and every read offers --json.
    void everyCommandHasHelpAndTheSameExitCodes()
    {
        const QStringList names = commandNames();
        QVERIFY2(names.size() >= 35, qPrintable(names.join(QStringLiteral(", "))));
        static const QStringList reads{QStringLiteral("tenants list"),
                                       QStringLiteral("tenants show"),
                                       QStringLiteral("usage"),
                                       QStringLiteral("costs"),
                                       QStringLiteral("executions list"),
                                       QStringLiteral("executions show"),
                                       QStringLiteral("executions errors"),
                                       QStringLiteral("jobs list"),
                                       QStringLiteral("jobs show"),
                                       QStringLiteral("jobs errors"),
                                       QStringLiteral("plans list"),
                                       QStringLiteral("plans show"),
                                       QStringLiteral("overrides list"),
                                       QStringLiteral("audit list"),
                                       QStringLiteral("alerts list"),
                                       QStringLiteral("keys list"),
                                       QStringLiteral("snapshot show")};
        for (const QString& read : reads)
            QVERIFY2(names.contains(read), qPrintable(read));
        for (const QString& name : names) {
            const QStringList words = name.split(u' ');
            const Run help = cli(words + QStringList{QStringLiteral("--help")});
            QVERIFY2(help.exitCode == 0, qPrintable(name));
            QVERIFY2(help.out.startsWith("Usage: tenantscope-cli " + name.toUtf8()), help.out.constData());
            QVERIFY2(help.out.contains("-h, --help"), qPrintable(name));
            if (reads.contains(name))
                QVERIFY2(help.out.contains("--json"), qPrintable(name + QStringLiteral(": no --json")));
            const Run wrong = cli(words + QStringList{QStringLiteral("--no-such-option")});
            QVERIFY2(wrong.exitCode == 2, qPrintable(name));
            QVERIFY2(wrong.err.contains("Unknown option 'no-such-option'"), wrong.err.constData());
            QVERIFY2(wrong.err.contains("Usage: tenantscope-cli " + name.toUtf8()), wrong.err.constData());
        }
        // A group without its command names its commands; no command at all is bad usage too.
        const Run group = cli({QStringLiteral("tenants")});
        QCOMPARE(group.exitCode, 2);
        QVERIFY2(group.err.contains("tenants needs one of: list, show"), group.err.constData());
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("no-such-command")}).exitCode, 2);
        QCOMPARE(cli({QStringLiteral("tenants"), QStringLiteral("--help")}).exitCode, 0);
    }

    // Each command checks its input before it connects: a bad value is bad usage (exit 2) with what is
    // wrong, said before any server is asked (no TS_* variables: it would fail with 1 otherwise).
    void badInputIsUsageBeforeConnecting_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const auto row = [](const char* name, const QString& words, const QString& says) {
            QTest::newRow(name) << words.split(u' ') << says;
        };
        row("usage by",
            QStringLiteral("usage --from 2026-11-01 --to 2026-11-02 --by week"),
            QStringLiteral("--by must be hour"));
        row("usage dates", QStringLiteral("usage --from 2026-11-05 --to 2026-11-01"), QStringLiteral("--from"));
        row("costs month", QStringLiteral("costs --month 2026-13"), QStringLiteral("--month must be YYYY-MM"));
        row("costs by", QStringLiteral("costs --month 2026-11 --by planet"), QStringLiteral("--by must be tenant"));
        row("costs limit",
            QStringLiteral("costs --month 2026-11 --limit -3"),
            QStringLiteral("--limit must be a positive"));
        row("tenants limit",
            QStringLiteral("tenants list --limit 0"),
            QStringLiteral("--limit must be between 1 and 100000"));
        row("tenants show", QStringLiteral("tenants show"), QStringLiteral("tenants show needs a tenant id"));
        row("executions since",
            QStringLiteral("executions list --since 3w"),
            QStringLiteral("--since takes an amount"));
        row("executions limit",
            QStringLiteral("executions errors --limit 5000"),
            QStringLiteral("--limit must be between 1 and 1000"));
        row("executions id", QStringLiteral("executions retry --reason x"), QStringLiteral("needs an execution id"));
        row("executions reason",
            QStringLiteral("executions cancel 00000000-0000-0000-0000-000000000001"),
            QStringLiteral("--reason"));
        row("jobs queue", QStringLiteral("jobs show 12"), QStringLiteral("needs --queue Q and a job id"));
        row("jobs state",
            QStringLiteral("jobs list --queue q --state sleeping"),
            QStringLiteral("--state must be one of"));
        row("jobs tenant", QStringLiteral("jobs list --tenant acme"), QStringLiteral("--tenant needs a tenant id"));
        row("jobs limit", QStringLiteral("jobs list --limit 0"), QStringLiteral("--limit must be between 1 and 1000"));
        row("jobs queue name", QStringLiteral("jobs list --queue a:b"), QStringLiteral("queue"));
        row("plans id", QStringLiteral("plans show"), QStringLiteral("plans show needs a plan id"));
        row("plans fields",
            QStringLiteral("plans set starter --reason x"),
            QStringLiteral("plans set needs FIELD=VALUE"));
        row("plans field", QStringLiteral("plans set starter colour=blue --reason x"), QStringLiteral("colour"));
        row("plans reason", QStringLiteral("plans set starter max_concurrent=5"), QStringLiteral("--reason"));
        row("overrides tenant",
            QStringLiteral("overrides set acme max_concurrent=5 --reason x"),
            QStringLiteral("needs a tenant id"));
        row("overrides fields",
            QStringLiteral("overrides set 00000000-0000-0000-0000-000000000001 --reason x"),
            QStringLiteral("overrides set needs FIELD=VALUE"));
        row("overrides until",
            QStringLiteral(
                "overrides set 00000000-0000-0000-0000-000000000001 max_concurrent=5 --until soon --reason x"),
            QStringLiteral("--until takes a date"));
        row("overrides reason",
            QStringLiteral("overrides clear 00000000-0000-0000-0000-000000000001"),
            QStringLiteral("--reason"));
        row("limits tenant", QStringLiteral("limits push --tenant acme"), QStringLiteral("--tenant needs a tenant id"));
        row("audit limit",
            QStringLiteral("audit list --limit 9000"),
            QStringLiteral("--limit must be between 1 and 5000"));
        row("alerts min", QStringLiteral("alerts list --min 5000"), QStringLiteral("--min takes a percentage"));
        row("alerts id", QStringLiteral("alerts ack x"), QStringLiteral("needs an alert id"));
        row("alerts hours", QStringLiteral("alerts snooze 3 --hours 0"), QStringLiteral("--hours takes 1 to 2160"));
        row("alerts thresholds",
            QStringLiteral("alerts thresholds lots --reason x"),
            QStringLiteral("whole percentages"));
        row("alerts reason", QStringLiteral("alerts thresholds 80,90 --reason"), QStringLiteral("reason"));
        row("keys provider", QStringLiteral("keys delete --provider mistral"), QStringLiteral("--provider: one of"));
        row("keys revoke id",
            QStringLiteral("keys revoke 42 --reason x"),
            QStringLiteral("keys revoke needs the uploaded key's id"));
        row("keys revoke reason",
            QStringLiteral("keys revoke 00000000-0000-0000-0000-000000000001"),
            QStringLiteral("--reason"));
        row("keys list tenant",
            QStringLiteral("keys list --tenant acme"),
            QStringLiteral("--tenant needs the tenant's UUID"));
        row("chat provider",
            QStringLiteral("chat --provider mistral --model m hi"),
            QStringLiteral("--provider: openai, anthropic or platform"));
        row("chat prompt", QStringLiteral("chat --provider openai --model m"), QStringLiteral("chat needs a prompt"));
        row("chat tenant",
            QStringLiteral("chat --provider openai --model m --tenant acme hi"),
            QStringLiteral("--tenant needs the tenant's UUID"));
        row("chat tokens",
            QStringLiteral("chat --provider openai --model m --max-tokens 0 hi"),
            QStringLiteral("--max-tokens: 1 to 200000"));
        row("demo size",
            QStringLiteral("demo-data --size huge"),
            QStringLiteral("--size must be small, large or xlarge"));
        row("demo seed",
            QStringLiteral("demo-data --seed -1"),
            QStringLiteral("--seed must be a non-negative integer"));
        row("snapshot file", QStringLiteral("snapshot show"), QStringLiteral("snapshot show needs a file"));
        row("snapshot export",
            QStringLiteral("snapshot export --tenant 00000000-0000-0000-0000-000000000001"),
            QStringLiteral("needs --tenant ID and --out FILE"));
        row("redis-user role", QStringLiteral("redis-user wizard bob"), QStringLiteral("the role must be"));
        row("redis-user tenant", QStringLiteral("redis-user tenant_admin bob"), QStringLiteral("needs --tenant ID"));
        row("redis-user name", QStringLiteral("redis-user support b@d"), QStringLiteral("the user name may hold"));
        row("extra word", QStringLiteral("plans list extra"), QStringLiteral("unexpected \"extra\""));
    }

    void badInputIsUsageBeforeConnecting()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QProcessEnvironment bare = QProcessEnvironment::systemEnvironment();
        for (const char* name : {"TS_PG_URL", "TS_REDIS_URL", "TS_PG_PASSWORD", "TS_REDIS_PASSWORD"})
            bare.remove(QString::fromLatin1(name));
        const Run run = cli(args, bare);
        QVERIFY2(run.exitCode == 2,
                 qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(QString::fromUtf8(run.err))));
        QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void listsFiveTenantsAsJson()
    {
        const Run run = cli({QStringLiteral("tenants"),
                             QStringLiteral("list"),
                             QStringLiteral("--limit"),
                             QStringLiteral("5"),
                             QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QJsonArray tenants = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(tenants.size(), 5);
        for (const QJsonValue& value : tenants) {
            const QJsonObject tenant = value.toObject();
            for (const char* key :
                 {"id", "slug", "name", "plan", "status", "tokens_month", "included_tokens", "cost_usd_month"})
                QVERIFY2(tenant.contains(QLatin1String(key)), key);
            QVERIFY(tenant.value(QStringLiteral("cost_usd_month")).isString()); // exact decimal text
        }
    }

    void searchAndShowAgree()
    {
        const Run list = cli({QStringLiteral("tenants"),
                              QStringLiteral("list"),
                              QStringLiteral("--limit"),
                              QStringLiteral("1"),
                              QStringLiteral("--json")});
        const QJsonObject first = QJsonDocument::fromJson(list.out).array().first().toObject();
        const QString slug = first.value(QStringLiteral("slug")).toString();
        const Run found = cli({QStringLiteral("tenants"),
                               QStringLiteral("list"),
                               QStringLiteral("--search"),
                               slug,
                               QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(found.out).array().first().toObject().value(QStringLiteral("id")),
                 first.value(QStringLiteral("id")));
        const Run show = cli({QStringLiteral("tenants"),
                              QStringLiteral("show"),
                              first.value(QStringLiteral("id")).toString(),
                              QStringLiteral("--json")});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonObject detail = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(detail.value(QStringLiteral("tokens_month")), first.value(QStringLiteral("tokens_month")));
        QCOMPARE(detail.value(QStringLiteral("cost_usd_month")), first.value(QStringLiteral("cost_usd_month")));
        QVERIFY(detail.value(QStringLiteral("limits")).toObject().contains(QStringLiteral("requests_per_minute")));
        QCOMPARE(detail.value(QStringLiteral("live")).toObject().value(QStringLiteral("available")).toBool(), true);
    }

    void unknownTenantIsAPlainError()
    {
        const Run run = cli({QStringLiteral("tenants"),
                             QStringLiteral("show"),
                             QStringLiteral("00000000-0000-0000-0000-000000000000")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("not found"));
        const Run bad
            = cli({QStringLiteral("tenants"), QStringLiteral("show"), QStringLiteral("x'; DROP TABLE tenants; --")});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY(bad.err.contains("is not a tenant id"));
    }

    void snapshotExportAndShow()
    {
        const Run list = cli({QStringLiteral("tenants"),
                              QStringLiteral("list"),
                              QStringLiteral("--limit"),
                              QStringLiteral("1"),
                              QStringLiteral("--json")});
        const QJsonObject first = QJsonDocument::fromJson(list.out).array().first().toObject();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.tssnapshot"));
        const Run exported = cli({QStringLiteral("snapshot"),
                                  QStringLiteral("export"),
                                  QStringLiteral("--tenant"),
                                  first.value(QStringLiteral("id")).toString(),
                                  QStringLiteral("--out"),
                                  path});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        QVERIFY(exported.err.contains("[1/")); // progress, step by step
        QVERIFY(exported.err.contains("wrote "));
        QVERIFY2(!exported.err.contains("not in it"), exported.err.constData()); // the admin reads every part
        const Run shown = cli({QStringLiteral("snapshot"), QStringLiteral("show"), path});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY(shown.out.contains(first.value(QStringLiteral("name")).toString().toUtf8()));

        const Run unknown = cli({QStringLiteral("snapshot"),
                                 QStringLiteral("export"),
                                 QStringLiteral("--tenant"),
                                 QStringLiteral("00000000-0000-0000-0000-000000000000"),
                                 QStringLiteral("--out"),
                                 dir.filePath(QStringLiteral("none.tssnapshot"))});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY2(unknown.err.contains("not found"), unknown.err.constData());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("none.tssnapshot"))));
        // Not a snapshot: a clear sentence, exit code 1.
        const QString other = dir.filePath(QStringLiteral("notes.tssnapshot"));
        QFile notes(other);
        QVERIFY(notes.open(QIODevice::WriteOnly));
        notes.write("call the tenant back on Monday\n");
        notes.close();
        const Run notSnapshot = cli({QStringLiteral("snapshot"), QStringLiteral("show"), other});
        QCOMPARE(notSnapshot.exitCode, 1);
        QVERIFY2(notSnapshot.err.contains("not a support snapshot"), notSnapshot.err.constData());
    }

    void wrongPasswordIsAClearMessageNotAHang()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TS_PG_PASSWORD"), QStringLiteral("wrong"));
        const Run run = cli({QStringLiteral("tenants"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("password authentication failed"), run.err.constData());
        QVERIFY(run.ms < 10000);
    }

    void stoppedServerIsAClearMessageNotAHang()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TS_PG_URL"),
                   QStringLiteral("postgresql://tsadmin@127.0.0.1:%1/tenantscope").arg(port));
        const Run run = cli({QStringLiteral("tenants"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("not connected"), run.err.constData());
        QVERIFY(run.ms < 10000);
    }

    void noConnectionAndBadUsage()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("TS_PG_URL"));
        const Run run = cli({QStringLiteral("tenants"), QStringLiteral("list")}, env);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("TS_PG_URL"));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(
            cli({QStringLiteral("tenants"), QStringLiteral("list"), QStringLiteral("--limit"), QStringLiteral("0")})
                .exitCode,
            2);
    }

    void executionsListAndShow()
    {
        const Run list = cli({QStringLiteral("executions"),
                              QStringLiteral("list"),
                              QStringLiteral("--status"),
                              QStringLiteral("failed"),
                              QStringLiteral("--limit"),
                              QStringLiteral("5"),
                              QStringLiteral("--json")});
        QVERIFY2(list.exitCode == 0, list.err.constData());
        const QJsonArray rows = QJsonDocument::fromJson(list.out).array();
        QCOMPARE(rows.size(), 5);
        for (const QJsonValue& row : rows)
            QCOMPARE(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        const Run show = cli({QStringLiteral("executions"),
                              QStringLiteral("show"),
                              rows.first().toObject().value(QStringLiteral("id")).toString(),
                              QStringLiteral("--json")});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonObject detail = QJsonDocument::fromJson(show.out).object();
        QVERIFY(detail.value(QStringLiteral("nodes")).toArray().size() >= 3);
        QCOMPARE(cli({QStringLiteral("executions"),
                      QStringLiteral("list"),
                      QStringLiteral("--status"),
                      QStringLiteral("exploded")})
                     .exitCode,
                 2);
    }

    void executionErrorsAndActionArguments()
    {
        const Run errors = cli({QStringLiteral("executions"),
                                QStringLiteral("errors"),
                                QStringLiteral("--since"),
                                QStringLiteral("90d"),
                                QStringLiteral("--json")});
        QVERIFY2(errors.exitCode == 0, errors.err.constData());
        const QJsonArray groups = QJsonDocument::fromJson(errors.out).array();
        QVERIFY(!groups.isEmpty());
        QVERIFY(groups.first().toObject().value(QStringLiteral("count")).toInt() > 0);
        // No reason, a bad id, a bad --since: refused as usage errors before anything is sent.
        QCOMPARE(cli({QStringLiteral("executions"),
                      QStringLiteral("retry"),
                      QStringLiteral("1f0e4a5c-0000-4000-8000-000000000000")})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("executions"),
                      QStringLiteral("errors"),
                      QStringLiteral("--since"),
                      QStringLiteral("yesterday")})
                     .exitCode,
                 2);
        const Run vanished = cli({QStringLiteral("executions"),
                                  QStringLiteral("cancel"),
                                  QStringLiteral("00000000-0000-4000-8000-000000000000"),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("runaway")});
        QCOMPARE(vanished.exitCode, 1);
        QVERIFY2(vanished.err.contains("was not found"), vanished.err.constData());
    }

    void jobsListAndShow()
    {
        const Run queues = cli({QStringLiteral("jobs"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(queues.exitCode == 0, queues.err.constData());
        const QJsonArray all = QJsonDocument::fromJson(queues.out).array();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().toObject().value(QStringLiteral("queue")).toString(), QStringLiteral("workflow-runs"));
        const Run failed = cli({QStringLiteral("jobs"),
                                QStringLiteral("list"),
                                QStringLiteral("--queue"),
                                QStringLiteral("workflow-runs"),
                                QStringLiteral("--state"),
                                QStringLiteral("failed"),
                                QStringLiteral("--limit"),
                                QStringLiteral("3"),
                                QStringLiteral("--json")});
        QVERIFY2(failed.exitCode == 0, failed.err.constData());
        const QJsonArray jobs = QJsonDocument::fromJson(failed.out).array();
        QCOMPARE(jobs.size(), 3);
        const QJsonObject first = jobs.first().toObject();
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        const Run show = cli({QStringLiteral("jobs"),
                              QStringLiteral("show"),
                              QStringLiteral("--queue"),
                              QStringLiteral("workflow-runs"),
                              first.value(QStringLiteral("id")).toString(),
                              QStringLiteral("--json")});
        QVERIFY2(show.exitCode == 0, show.err.constData());
        const QJsonObject job = QJsonDocument::fromJson(show.out).object();
        QCOMPARE(job.value(QStringLiteral("tenant_id")).toString(),
                 first.value(QStringLiteral("tenant_id")).toString());
        QVERIFY(!job.value(QStringLiteral("stacktrace")).toArray().isEmpty());
        // The tenant filter keeps only that tenant's jobs.
        const Run mine = cli({QStringLiteral("jobs"),
                              QStringLiteral("list"),
                              QStringLiteral("--queue"),
                              QStringLiteral("workflow-runs"),
                              QStringLiteral("--tenant"),
                              first.value(QStringLiteral("tenant_id")).toString(),
                              QStringLiteral("--json")});
        QVERIFY2(mine.exitCode == 0, mine.err.constData());
        const QJsonArray own = QJsonDocument::fromJson(mine.out).array();
        QVERIFY(!own.isEmpty());
        for (const QJsonValue& j : own)
            QCOMPARE(j.toObject().value(QStringLiteral("tenant_id")), first.value(QStringLiteral("tenant_id")));
        const Run missing = cli({QStringLiteral("jobs"),
                                 QStringLiteral("show"),
                                 QStringLiteral("--queue"),
                                 QStringLiteral("workflow-runs"),
                                 QStringLiteral("no-such-job")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains("not in queue"), missing.err.constData());
        QCOMPARE(cli({QStringLiteral("jobs"), QStringLiteral("retry"), QStringLiteral("12")}).exitCode, 2);
    }

    void plansAndAuditFromTheCommandLine()
    {
        const Run plans = cli({QStringLiteral("plans"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(plans.exitCode == 0, plans.err.constData());
        const QJsonArray all = QJsonDocument::fromJson(plans.out).array();
        QVERIFY(all.size() >= 3);
        const QJsonObject first = all.first().toObject();
        for (const char* field : {"base_price",
                                  "included_tokens",
                                  "overage_per_1k",
                                  "max_concurrent",
                                  "requests_per_minute",
                                  "tokens_per_minute",
                                  "monthly_runs",
                                  "allowed_models"})
            QVERIFY2(first.contains(QLatin1String(field)), field);
        // Bad values and a missing reason are refused before anything is sent, with the field named.
        const Run noReason = cli({QStringLiteral("plans"),
                                  QStringLiteral("set"),
                                  QStringLiteral("starter"),
                                  QStringLiteral("max_concurrent=5")});
        QCOMPARE(noReason.exitCode, 2);
        const Run negative = cli({QStringLiteral("plans"),
                                  QStringLiteral("set"),
                                  QStringLiteral("starter"),
                                  QStringLiteral("max_concurrent=-5"),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("test")});
        QCOMPARE(negative.exitCode, 2);
        QVERIFY2(negative.err.contains("max_concurrent"), negative.err.constData());
        const Run audit = cli({QStringLiteral("audit"),
                               QStringLiteral("list"),
                               QStringLiteral("--limit"),
                               QStringLiteral("5"),
                               QStringLiteral("--json")});
        QVERIFY2(audit.exitCode == 0, audit.err.constData());
        QVERIFY(QJsonDocument::fromJson(audit.out).isArray());
        const Run overrides = cli({QStringLiteral("overrides"), QStringLiteral("list"), QStringLiteral("--json")});
        QVERIFY2(overrides.exitCode == 0, overrides.err.constData());
        QVERIFY(QJsonDocument::fromJson(overrides.out).isArray());
    }

    // Regression (issue 17): plans show --json crashed and every plans set was refused as a concurrent
    // change, both reading a plan through a pointer into a temporary. The success path, checked in SQL.
    void plansShowAndSetSucceed()
    {
        auto pg = TestServers::adminPg();
        const auto inSql = [&] {
            return TestServers::exec(pg.get(),
                                     QStringLiteral("SELECT included_tokens, version FROM plans WHERE id = 'starter'"))
                .rows.value(0);
        };
        const QVariantList before = inSql();
        const Run shown = cli(
            {QStringLiteral("plans"), QStringLiteral("show"), QStringLiteral("starter"), QStringLiteral("--json")});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        const QJsonObject plan = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(plan.value(QStringLiteral("id")).toString(), QStringLiteral("starter"));
        QCOMPARE(plan.value(QStringLiteral("version")).toInteger(), before.at(1).toLongLong());
        QCOMPARE(plan.value(QStringLiteral("included_tokens")).toInteger(), before.at(0).toLongLong());

        const qint64 raised = before.at(0).toLongLong() + 1000;
        const Run set = cli({QStringLiteral("plans"),
                             QStringLiteral("set"),
                             QStringLiteral("starter"),
                             QStringLiteral("included_tokens=%1").arg(raised),
                             QStringLiteral("--reason"),
                             QStringLiteral("Q4 pricing")});
        QVERIFY2(set.exitCode == 0, set.err.constData());
        // English plural forms, never "tenant(s)".
        QVERIFY2(set.out.contains(" tenants affected") || set.out.contains("(1 tenant affected"), set.out.constData());
        QVERIFY2(!set.out.contains("(s)") && !set.err.contains("(s)"), (set.out + set.err).constData());
        const Run one = cli(
            {QStringLiteral("limits"),
             QStringLiteral("push"),
             QStringLiteral("--tenant"),
             TestServers::exec(pg.get(), QStringLiteral("SELECT id::text FROM tenants LIMIT 1")).scalar().toString()});
        QVERIFY2(one.exitCode == 0 && one.out.startsWith("pushed the limits of 1 tenant;"), one.out.constData());
        const QVariantList after = inSql();
        QCOMPARE(after.at(0).toLongLong(), raised);
        QCOMPARE(after.at(1).toLongLong(), before.at(1).toLongLong() + 1);
        const Run back = cli({QStringLiteral("plans"),
                              QStringLiteral("set"),
                              QStringLiteral("starter"),
                              QStringLiteral("included_tokens=%1").arg(before.at(0).toLongLong()),
                              QStringLiteral("--reason"),
                              QStringLiteral("put back by the test")});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(inSql().at(0).toLongLong(), before.at(0).toLongLong());
    }

    // Regression (issue 17): every jobs command used the default prefix, whatever TS_BULL_PREFIX said.
    void jobsFollowTheProfilesPrefix()
    {
        auto redis = TestServers::adminRedis();
        const QByteArray prefix = "tsprefix" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QByteArray queue = prefix + ":prefixed-runs:";
        TestServers::redis(redis.get(), {"HSET", queue + "meta", "opts.maxLenEvents", "100"});
        TestServers::redis(redis.get(),
                           {"HSET",
                            queue + "7",
                            "name",
                            "run",
                            "data",
                            "{\"tenantId\":\"t\"}",
                            "timestamp",
                            "1",
                            "finishedOn",
                            "2",
                            "failedReason",
                            "boom",
                            "atm",
                            "1"});
        TestServers::redis(redis.get(), {"ZADD", queue + "failed", "2", "7"});
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TS_BULL_PREFIX"), QString::fromUtf8(prefix));
        const Run listed = cli({QStringLiteral("jobs"),
                                QStringLiteral("list"),
                                QStringLiteral("--queue"),
                                QStringLiteral("prefixed-runs"),
                                QStringLiteral("--state"),
                                QStringLiteral("failed"),
                                QStringLiteral("--json")},
                               env);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains("\"7\"") && listed.out.contains("boom"), listed.out.constData());
        const Run retried = cli({QStringLiteral("jobs"),
                                 QStringLiteral("retry"),
                                 QStringLiteral("--queue"),
                                 QStringLiteral("prefixed-runs"),
                                 QStringLiteral("7"),
                                 QStringLiteral("--reason"),
                                 QStringLiteral("prefix test")},
                                env);
        QVERIFY2(retried.exitCode == 0, retried.err.constData());
        QCOMPARE(TestServers::redis(redis.get(), {"LPOS", queue + "wait", "7"}).integer, 0);
        for (const char* key : {"meta", "7", "failed", "wait", "marker", "events", "pc"})
            TestServers::redis(redis.get(), {"DEL", queue + key});
    }

    void redisUserForATenantAdmin()
    {
        auto pg = TestServers::adminPg();
        const PgResult tenants
            = TestServers::exec(pg.get(), QStringLiteral("SELECT id::text FROM tenants ORDER BY id LIMIT 2"));
        QCOMPARE(tenants.rows.size(), 2);
        const QString own = tenants.rows.at(0).at(0).toString();
        const QString other = tenants.rows.at(1).at(0).toString();
        const QByteArray name = "ts_cli_user_" + QByteArray::number(QDateTime::currentMSecsSinceEpoch());
        const QString password = TestServers::randomSecret() + TestServers::randomSecret();

        QCOMPARE(cli({QStringLiteral("redis-user"), QStringLiteral("tenant_admin"), QString::fromLatin1(name)},
                     {},
                     password.toUtf8())
                     .exitCode,
                 2); // no --tenant
        QCOMPARE(cli({QStringLiteral("redis-user"), QStringLiteral("support"), QString::fromLatin1(name)},
                     QProcessEnvironment::systemEnvironment(),
                     "short\n")
                     .exitCode,
                 1); // a weak password is refused
        const Run run = cli({QStringLiteral("redis-user"),
                             QStringLiteral("tenant_admin"),
                             QString::fromLatin1(name),
                             QStringLiteral("--tenant"),
                             own},
                            QProcessEnvironment::systemEnvironment(),
                            password.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.out.contains(password.toUtf8()));

        RedisConfig config = TestServers::adminProfile().redis;
        config.user = QString::fromLatin1(name);
        RedisClient redis(config, password);
        redis.connectToServer();
        QVERIFY(!TestServers::redis(&redis, {"HGETALL", RedisKeys::limits(own)}).isError());
        QVERIFY(TestServers::redis(&redis, {"HGETALL", RedisKeys::limits(other)}).text.startsWith("NOPERM"));
        QCOMPARE(TestServers::exec(pg.get(),
                                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'redis_acl.set_user' "
                                                  "AND object_id = ? AND tenant_id = ?::uuid"),
                                   {QString::fromLatin1(name), own})
                     .scalar()
                     .toInt(),
                 1);
        auto admin = TestServers::adminRedis();
        TestServers::redis(admin.get(), {"ACL", "DELUSER", name});
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
