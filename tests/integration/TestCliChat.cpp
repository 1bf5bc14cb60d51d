#include <OpenAiSse.h>
#include <ProviderPeer.h>
#include <TestServers.h>
#include <net/PgSession.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

// tenantscope-cli chat and keys as a script uses them, against a local provider peer in this process:
// the answer's text on stdout exactly as streamed, status on stderr, provider errors as a non-zero exit.
class TestCliChat : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Runs the CLI without blocking this thread's event loop, which serves the provider peer.
    Run cli(const QStringList& args, const QProcessEnvironment& env, const QByteArray& input = {})
    {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(TS_CLI_PATH), args);
        process.write(input);
        process.closeWriteChannel();
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QProcessEnvironment env(const QString& variable = {}, const QString& value = {})
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("OPENAI_API_KEY"));
        e.remove(QStringLiteral("ANTHROPIC_API_KEY"));
        if (!variable.isEmpty())
            e.insert(variable, value);
        return e;
    }

    static QByteArray sseHead() { return OpenAiSse::head(); }
    static QByteArray openAiChunk(const QByteArray& text) { return OpenAiSse::chunk(text); }
    static QByteArray openAiTail() { return OpenAiSse::tail(9, 4); }

private slots:
    void initTestCase() { TS_REQUIRE_SERVERS(); }

    void openAiAnswerStreamsToStdoutExactly()
    {
        ProviderPeer peer;
        const QByteArray body
            = openAiChunk("Line one\\n") + openAiChunk("  line two ") + openAiChunk("\\u00e9t\\u00e9") + openAiTail();
        peer.answer({{sseHead(), 0}, {body.left(50), 30}, {body.mid(50), 30}});
        const Run run = cli({QStringLiteral("chat"),
                             QStringLiteral("--provider"),
                             QStringLiteral("openai"),
                             QStringLiteral("--base-url"),
                             peer.url(QStringLiteral("/v1")).toString(),
                             QStringLiteral("--model"),
                             QStringLiteral("gpt-4o-mini"),
                             QStringLiteral("Say"),
                             QStringLiteral("hi")},
                            env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-env-5555")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("Line one\n  line two \xc3\xa9t\xc3\xa9"));
        QVERIFY2(peer.requestHead.startsWith("POST /v1/chat/completions"), peer.requestHead.constData());
        QVERIFY(peer.requestHead.contains("Authorization: Bearer sk-env-5555"));
        const QJsonObject request = QJsonDocument::fromJson(peer.requestBody).object();
        QCOMPARE(request.value(QStringLiteral("model")).toString(), QStringLiteral("gpt-4o-mini"));
        QCOMPARE(request.value(QStringLiteral("stream")).toBool(), true);
        // Status on stderr: usage, and the cost at the platform's price table (TS_PG_URL is set).
        QVERIFY2(run.err.contains("9 prompt + 4 completion tokens"), run.err.constData());
        QVERIFY2(run.err.contains("$0.000004"), run.err.constData()); // 9 x 0.15 + 4 x 0.60 per million
        QVERIFY2(run.err.contains("OPENAI_API_KEY"), run.err.constData());
        QVERIFY(!run.err.contains("sk-env-5555"));
    }

    // A key never goes in clear text to another machine unless the profile (here TS_ALLOW_UNENCRYPTED_KEYS)
    // allows it; a base URL with a credential in it is refused and never stored.
    void keysStayOffUnencryptedRemoteUrls()
    {
        const QStringList chat{QStringLiteral("chat"),
                               QStringLiteral("--provider"),
                               QStringLiteral("openai"),
                               QStringLiteral("--base-url"),
                               QStringLiteral("http://models.example.test:8000/v1"),
                               QStringLiteral("--model"),
                               QStringLiteral("llama3"),
                               QStringLiteral("Hi")};
        Run run = cli(chat, env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-plain-7777")));
        QVERIFY2(run.err.contains("Not sent") && run.err.contains("https://"), run.err.constData());
        QCOMPARE(run.exitCode, 1); // refused, not a usage error
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.contains("sk-plain-7777"));

        QProcessEnvironment allowed = env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-plain-7777"));
        allowed.insert(QStringLiteral("TS_ALLOW_UNENCRYPTED_KEYS"), QStringLiteral("1"));
        run = cli(chat, allowed); // sent: the .test host does not exist, so it fails after the warning
        QVERIFY2(run.err.contains("Not encrypted: the key goes to models.example.test"), run.err.constData());

        run = cli({QStringLiteral("keys"),
                   QStringLiteral("set"),
                   QStringLiteral("--provider"),
                   QStringLiteral("custom"),
                   QStringLiteral("--base-url"),
                   QStringLiteral("https://models.example.test/v1?api_key=sk-in-the-url-1234")},
                  env(),
                  "sk-custom-key-5678\n");
        QVERIFY2(run.exitCode != 0 && run.err.contains("credential"), run.err.constData());
        run = cli({QStringLiteral("keys"), QStringLiteral("list"), QStringLiteral("--json")}, env());
        QVERIFY(!run.out.contains("sk-in-the-url-1234"));
    }

    void anthropicBaseUrlWithoutV1()
    {
        ProviderPeer peer;
        const QByteArray body
            = "event: message_start\ndata: "
              "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_1\",\"type\":\"message\","
              "\"role\":\"assistant\",\"content\":[],\"model\":\"claude-sonnet-4\",\"usage\":{\"input_tokens\":11,"
              "\"output_tokens\":1}}}\n\n"
              "event: content_block_start\ndata: {\"type\":\"content_block_start\",\"index\":0,\"content_block\":"
              "{\"type\":\"text\",\"text\":\"\"}}\n\n"
              "event: ping\ndata: {\"type\": \"ping\"}\n\n"
              "event: content_block_delta\ndata: {\"type\":\"content_block_delta\",\"index\":0,\"delta\":"
              "{\"type\":\"text_delta\",\"text\":\"Bonjour\"}}\n\n"
              "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n"
              "event: message_delta\ndata: {\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
              "\"stop_sequence\":null},\"usage\":{\"output_tokens\":3}}\n\n"
              "event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n";
        peer.answer({{sseHead(), 0}, {body, 10}});
        const Run run = cli({QStringLiteral("chat"),
                             QStringLiteral("--provider"),
                             QStringLiteral("anthropic"),
                             QStringLiteral("--base-url"),
                             peer.url().toString(),
                             QStringLiteral("--model"),
                             QStringLiteral("claude-sonnet-4"),
                             QStringLiteral("Hello")},
                            env(QStringLiteral("ANTHROPIC_API_KEY"), QStringLiteral("sk-ant-env")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, QByteArray("Bonjour"));
        QVERIFY2(peer.requestHead.startsWith("POST /v1/messages"), peer.requestHead.constData());
        QVERIFY(peer.requestHead.contains("x-api-key: sk-ant-env"));
        QVERIFY2(run.err.contains("11 prompt + 3 completion tokens"), run.err.constData());
    }

    void rateLimitExitsWithTheWait()
    {
        ProviderPeer peer;
        const QByteArray refusal = R"({"error":{"message":"Rate limit reached for gpt-4o-mini","type":"requests"}})";
        peer.answer({{"HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: 30\r\n"
                      "Content-Length: "
                          + QByteArray::number(refusal.size()) + "\r\nConnection: close\r\n\r\n" + refusal,
                      0}});
        const Run run = cli({QStringLiteral("chat"),
                             QStringLiteral("--provider"),
                             QStringLiteral("openai"),
                             QStringLiteral("--base-url"),
                             peer.url(QStringLiteral("/v1")).toString(),
                             QStringLiteral("--model"),
                             QStringLiteral("gpt-4o-mini"),
                             QStringLiteral("Hi")},
                            env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-x")));
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("Rate limit reached for gpt-4o-mini"), run.err.constData());
        QVERIFY2(run.err.contains("30 second"), run.err.constData());
    }

    void errorMidStreamKeepsThePartialTextThenFails()
    {
        ProviderPeer peer;
        const QByteArray body = openAiChunk("Partial ") + openAiChunk("answer")
            + "data: {\"error\":{\"message\":\"The server had an error while processing\"}}\n\n";
        peer.answer({{sseHead(), 0}, {body, 10}});
        const Run run = cli({QStringLiteral("chat"),
                             QStringLiteral("--provider"),
                             QStringLiteral("openai"),
                             QStringLiteral("--base-url"),
                             peer.url(QStringLiteral("/v1")).toString(),
                             QStringLiteral("--model"),
                             QStringLiteral("gpt-4o-mini"),
                             QStringLiteral("Hi")},
                            env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-x")));
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray("Partial answer"));
        QVERIFY2(run.err.contains("The server had an error while processing"), run.err.constData());
    }

    void jsonEvents()
    {
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {openAiChunk("A") + openAiChunk("B") + openAiTail(), 10}});
        const Run run = cli({QStringLiteral("chat"),
                             QStringLiteral("--json"),
                             QStringLiteral("--provider"),
                             QStringLiteral("openai"),
                             QStringLiteral("--base-url"),
                             peer.url(QStringLiteral("/v1")).toString(),
                             QStringLiteral("--model"),
                             QStringLiteral("gpt-4o-mini"),
                             QStringLiteral("Hi")},
                            env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-x")));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(QJsonDocument::fromJson(lines.at(0)).object().value(QStringLiteral("text")).toString(),
                 QStringLiteral("A"));
        const QJsonObject done = QJsonDocument::fromJson(lines.at(2)).object();
        QCOMPARE(done.value(QStringLiteral("type")).toString(), QStringLiteral("done"));
        QCOMPARE(done.value(QStringLiteral("completion_tokens")).toInt(), 4);
        QCOMPARE(done.value(QStringLiteral("finish_reason")).toString(), QStringLiteral("stop"));
    }

    void tenantPlanRefusalIsSaidBeforeSending()
    {
        auto admin = TestServers::adminPg();
        // A tenant whose plan lists its allowed models, asked for one it does not allow.
        const PgResult tenant = TestServers::exec(
            admin.get(),
            QStringLiteral(
                "SELECT t.id::text, coalesce(ai_effective_config(t.id)->>'system_prompt', t.system_prompt, '') "
                "FROM tenants t JOIN tenant_effective_limits el ON "
                "el.tenant_id = t.id WHERE t.status = 'active' AND cardinality(el.allowed_models) > 0 "
                "AND NOT ('mistral-large' = ANY (el.allowed_models)) AND t.system_prompt <> '' LIMIT 1"));
        QVERIFY2(tenant.ok() && tenant.rows.size() == 1, qPrintable(tenant.error));
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {openAiChunk("x") + openAiTail(), 0}});
        const QStringList args{QStringLiteral("chat"),
                               QStringLiteral("--provider"),
                               QStringLiteral("openai"),
                               QStringLiteral("--base-url"),
                               peer.url(QStringLiteral("/v1")).toString(),
                               QStringLiteral("--model"),
                               QStringLiteral("mistral-large"),
                               QStringLiteral("--tenant"),
                               tenant.rows.first().at(0).toString(),
                               QStringLiteral("Hi")};
        const Run refused = cli(args, env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-x")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains("does not allow mistral-large"), refused.err.constData());
        QCOMPARE(peer.requests, 0); // nothing was sent
        const Run anyway = cli(args + QStringList{QStringLiteral("--anyway")},
                               env(QStringLiteral("OPENAI_API_KEY"), QStringLiteral("sk-x")));
        QVERIFY2(anyway.exitCode == 0, anyway.err.constData());
        QCOMPARE(peer.requests, 1);
        // The tenant's system prompt went with it: its effective AI configuration's (contract v1.7), else its row's.
        const QJsonObject first = QJsonDocument::fromJson(peer.requestBody)
                                      .object()
                                      .value(QStringLiteral("messages"))
                                      .toArray()
                                      .first()
                                      .toObject();
        QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(first.value(QStringLiteral("content")).toString(), tenant.rows.first().at(1).toString());
    }

    void keysFromStandardInputIntoTheKeychain()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/test (private D-Bus)");
        const QString profile = QStringLiteral("cli-keys-%1").arg(QDateTime::currentMSecsSinceEpoch());
        const QString secret = QStringLiteral("sk-cli-") + TestServers::randomSecret() + QStringLiteral("K3y9");
        const QStringList set{QStringLiteral("keys"),
                              QStringLiteral("set"),
                              QStringLiteral("--provider"),
                              QStringLiteral("openai"),
                              QStringLiteral("--profile"),
                              profile};
        Run run = cli(set, env(), secret.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(!run.err.contains(secret.toUtf8()));
        run = cli({QStringLiteral("keys"),
                   QStringLiteral("list"),
                   QStringLiteral("--json"),
                   QStringLiteral("--profile"),
                   profile},
                  env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.contains("K3y9"), run.out.constData());
        QVERIFY(!run.out.contains(secret.toUtf8()));

        // The stored key is what chat sends when no environment variable is set.
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {openAiChunk("ok") + openAiTail(), 0}});
        // No --base-url: the openai slot is used; the base URL goes through the custom slot otherwise, so
        // point the openai provider at the peer by storing it as custom too.
        run = cli({QStringLiteral("keys"),
                   QStringLiteral("set"),
                   QStringLiteral("--provider"),
                   QStringLiteral("custom"),
                   QStringLiteral("--base-url"),
                   peer.url(QStringLiteral("/v1")).toString(),
                   QStringLiteral("--profile"),
                   profile},
                  env(),
                  secret.toUtf8() + '\n');
        QVERIFY2(run.exitCode == 0, run.err.constData());
        run = cli({QStringLiteral("chat"),
                   QStringLiteral("--provider"),
                   QStringLiteral("openai"),
                   QStringLiteral("--base-url"),
                   peer.url(QStringLiteral("/v1")).toString(),
                   QStringLiteral("--model"),
                   QStringLiteral("local-model"),
                   QStringLiteral("--profile"),
                   profile,
                   QStringLiteral("Hi")},
                  env());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(peer.requestHead.contains("Authorization: Bearer " + secret.toUtf8()));

        const Run bad = cli(set, env(), "sk with spaces\n");
        QCOMPARE(bad.exitCode, 2);
        for (const QString& provider : {QStringLiteral("openai"), QStringLiteral("custom")}) {
            run = cli({QStringLiteral("keys"),
                       QStringLiteral("delete"),
                       QStringLiteral("--provider"),
                       provider,
                       QStringLiteral("--profile"),
                       profile},
                      env());
            QVERIFY2(run.exitCode == 0, run.err.constData());
        }
        run = cli({QStringLiteral("keys"),
                   QStringLiteral("delete"),
                   QStringLiteral("--provider"),
                   QStringLiteral("openai"),
                   QStringLiteral("--profile"),
                   profile},
                  env());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("no OpenAI key"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliChat)
#include "TestCliChat.moc"
