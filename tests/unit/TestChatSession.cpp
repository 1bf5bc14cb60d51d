#include <ProviderPeer.h>
#include <models/playground/ChatSession.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSignalSpy>
#include <QTest>

// A playground conversation over a local provider peer: history sent back, figures, what an early end says,
// and what is saved (never a key, never a URL's password).
class TestChatSession : public QObject
{
    Q_OBJECT

    QNetworkAccessManager m_network;

    static QByteArray sseHead()
    {
        return "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nConnection: close\r\n\r\n";
    }
    static QByteArray chunk(const QByteArray& text)
    {
        return "data: {\"choices\":[{\"index\":0,\"delta\":{\"content\":\"" + text
            + "\"},\"finish_reason\":null}]}\n\n";
    }

    static bool finishTurn(ChatSession& session)
    {
        QSignalSpy finished(&session, &ChatSession::turnFinished);
        return finished.wait(10000);
    }

private slots:
    // Regression: trial tenants were warned as if the platform refused them.
    void planCheckSaysWhatThePlatformWouldRefuse()
    {
        PlaygroundTenant tenant;
        QVERIFY(PlanCheck::warnings(tenant, QStringLiteral("any")).isEmpty()); // no tenant, no check
        tenant.id = QStringLiteral("t");
        tenant.name = QStringLiteral("Acme");
        tenant.status = QStringLiteral("trial");
        tenant.allowedModels = {QStringLiteral("gpt-4o-mini")};
        tenant.includedTokens = 1000;
        tenant.usedTokens = 999;
        QVERIFY(PlanCheck::warnings(tenant, QStringLiteral("gpt-4o-mini")).isEmpty());
        QCOMPARE(PlanCheck::warnings(tenant, QStringLiteral("gpt-4o")).size(), 1);
        tenant.usedTokens = 1000;
        QVERIFY(PlanCheck::warnings(tenant, QStringLiteral("gpt-4o-mini")).first().contains(QLatin1String("1,000")));
        tenant.usedTokens = 0;
        tenant.status = QStringLiteral("suspended");
        QVERIFY(
            PlanCheck::warnings(tenant, QStringLiteral("gpt-4o-mini")).first().contains(QLatin1String("suspended")));
        tenant.status = QStringLiteral("active");
        tenant.allowedModels.clear(); // every model
        tenant.includedTokens.reset(); // unlimited
        tenant.usedTokens = 1'000'000'000;
        QVERIFY(PlanCheck::warnings(tenant, QStringLiteral("anything")).isEmpty());
    }

    void historyFiguresAndCost()
    {
        ProviderPeer peer;
        peer.answer({{sseHead(), 0},
                     {chunk("One") + chunk(" two"), 20},
                     {"data: {\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                      "data: {\"choices\":[],\"usage\":{\"prompt_tokens\":1000,\"completion_tokens\":2000}}\n\n"
                      "data: [DONE]\n\n",
                      60}});
        ChatSession session(&m_network);
        ChatSettings settings;
        settings.baseUrl = peer.url(QStringLiteral("/v1"));
        settings.model = QStringLiteral("gpt-4o-mini");
        session.setSettings(settings);
        PriceTable prices;
        prices.set({{QStringLiteral("gpt-4o-mini"), QStringLiteral("openai"), 0.15, 0.60}});
        session.setPrices(prices);
        QString error;
        QVERIFY(session.send(QStringLiteral("Count"), QStringLiteral("sk-session-key"), &error));
        QVERIFY(!session.send(QStringLiteral("again"), {}, &error)); // one answer at a time
        QVERIFY(finishTurn(session));
        const ChatTurn& answer = session.turns().last();
        QCOMPARE(answer.content, QStringLiteral("One two"));
        QCOMPARE(answer.finishReason, QStringLiteral("stop"));
        QVERIFY(answer.ttftMs >= 0);
        QVERIFY(answer.tokensPerSecond > 0);
        QCOMPARE(answer.costUsd.value_or(0), 0.00135); // 1000 x 0.15 + 2000 x 0.60 per million
        QVERIFY(answer.error.isEmpty());

        // The next request carries the history.
        ProviderPeer second;
        second.answer({{sseHead(), 0}, {chunk("Three") + "data: [DONE]\n\n", 0}});
        settings.baseUrl = second.url(QStringLiteral("/v1"));
        session.setSettings(settings);
        QVERIFY(session.send(QStringLiteral("More"), {}, &error));
        QVERIFY(finishTurn(session));
        const QJsonArray messages
            = QJsonDocument::fromJson(second.requestBody).object().value(QStringLiteral("messages")).toArray();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.at(1).toObject().value(QStringLiteral("content")).toString(), QStringLiteral("One two"));
    }

    // Regression: "the partial answer is kept" was said when nothing had arrived.
    void anEarlyEndSaysWhatIsKept()
    {
        ChatSession session(&m_network);
        ChatSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/v1")); // nothing listens
        settings.model = QStringLiteral("m");
        session.setSettings(settings);
        QString error;
        QVERIFY(session.send(QStringLiteral("Hi"), {}, &error));
        QVERIFY(finishTurn(session));
        QVERIFY(!session.turns().last().error.isEmpty());
        QVERIFY2(!session.turns().last().error.contains(QLatin1String("partial answer")),
                 qPrintable(session.turns().last().error));

        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {chunk("Half"), 10}}); // then the connection closes
        settings.baseUrl = peer.url(QStringLiteral("/v1"));
        session.setSettings(settings);
        QVERIFY(session.send(QStringLiteral("Hi"), {}, &error));
        QVERIFY(finishTurn(session));
        QCOMPARE(session.turns().last().content, QStringLiteral("Half"));
        QVERIFY2(session.turns().last().error.contains(QLatin1String("partial answer is kept")),
                 qPrintable(session.turns().last().error));
    }

    void savedWithoutSecretsAndLoadedBack()
    {
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {chunk("Saved answer") + "data: [DONE]\n\n", 0}});
        ChatSession session(&m_network);
        ChatSettings settings;
        settings.baseUrl = peer.url(QStringLiteral("/v1"));
        settings.model = QStringLiteral("gpt-4o-mini");
        settings.system = QStringLiteral("Be kind.");
        session.setSettings(settings);
        QString error;
        QVERIFY(session.send(QStringLiteral("Save me"), QStringLiteral("sk-never-saved-1234"), &error));
        QVERIFY(finishTurn(session));
        // A URL typed with credentials in it is never sent to (see below) and never written down.
        QUrl url = peer.url(QStringLiteral("/v1?api_key=url-query-secret"));
        url.setUserInfo(QStringLiteral("user:url-password"));
        settings.baseUrl = url;
        session.setSettings(settings);
        const QByteArray json = QJsonDocument(session.toJson()).toJson();
        const QByteArray markdown = session.toMarkdown().toUtf8();
        for (const QByteArray& secret :
             {QByteArray("sk-never-saved-1234"), QByteArray("url-password"), QByteArray("url-query-secret")}) {
            QVERIFY(!json.contains(secret));
            QVERIFY(!markdown.contains(secret));
        }
        QVERIFY(markdown.contains("Saved answer") && markdown.contains("Be kind."));

        ChatSession loaded(&m_network);
        QVERIFY2(loaded.load(session.toJson(), &error), qPrintable(error));
        QCOMPARE(loaded.turns().size(), 2);
        QCOMPARE(loaded.turns().last().content, QStringLiteral("Saved answer"));
        QCOMPARE(loaded.settings().system, QStringLiteral("Be kind."));
        QVERIFY(!loaded.load(QJsonObject{{QStringLiteral("format"), QStringLiteral("other")}}, &error));
        QVERIFY(!error.isEmpty());
    }

    // Keys cross the network only encrypted, unless the profile allows otherwise. Every request of this
    // session's network goes through an HTTP proxy that is the peer, so a request that were made for
    // http://models.example.test would reach the peer: "nothing sent" is observed, not assumed.
    void aKeyGoesUnencryptedOnlyWhenTheProfileAllowsIt()
    {
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {chunk("Over plain HTTP") + "data: [DONE]\n\n", 0}});
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), peer.url().port()));
        ChatSession session(&network);
        ChatSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("http://models.example.test:8000/v1"));
        settings.model = QStringLiteral("llama3");
        session.setSettings(settings);
        QVERIFY(session.transportWarning().isEmpty());
        QString error;
        QVERIFY(!session.send(QStringLiteral("Hi"), QStringLiteral("sk-remote-plain-1234"), &error));
        QVERIFY2(error.contains(QLatin1String("Not sent")) && error.contains(QLatin1String("models.example.test")),
                 qPrintable(error));
        QVERIFY(session.turns().isEmpty()); // the message stays in the input, nothing was added or sent
        QTest::qWait(200);
        QCOMPARE(peer.requests, 0);

        // Without a key (a local server that needs none) nothing secret travels: it is sent.
        QVERIFY2(session.send(QStringLiteral("Hi"), {}, &error), qPrintable(error));
        QVERIFY(finishTurn(session));
        QCOMPARE(peer.requests, 1);
        QVERIFY(!peer.requestHead.contains("Authorization"));

        // The profile allows it: sent, with the key, and said.
        settings.unencryptedKeysAllowed = true;
        session.setSettings(settings);
        QVERIFY(session.transportWarning().contains(QLatin1String("models.example.test")));
        QVERIFY2(session.send(QStringLiteral("Hi"), QStringLiteral("sk-remote-plain-1234"), &error), qPrintable(error));
        QVERIFY(finishTurn(session));
        QCOMPARE(peer.requests, 2);
        QVERIFY(peer.requestHead.contains("POST http://models.example.test:8000/v1/chat/completions"));
        QVERIFY(peer.requestHead.contains("Bearer sk-remote-plain-1234"));

        // Encrypted or on this machine: no warning, whatever the profile says.
        for (const char* fine : {"https://api.example.test/v1",
                                 "http://localhost:11434/v1",
                                 "http://127.0.0.2/v1",
                                 "http://[::1]:8080/v1"}) {
            settings.baseUrl = QUrl(QString::fromLatin1(fine));
            session.setSettings(settings);
            QVERIFY2(session.transportWarning().isEmpty(), fine);
        }
    }

    void aUrlCarryingACredentialIsRefusedEvenWithoutAKey()
    {
        ProviderPeer peer;
        QNetworkAccessManager network;
        network.setProxy(QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), peer.url().port()));
        ChatSession session(&network);
        ChatSettings settings;
        settings.model = QStringLiteral("gpt-4o-mini");
        settings.unencryptedKeysAllowed = true;
        for (const char* carrying : {"https://api.example.test/v1?api_key=sk-proj-abcdefghijklmnopqrstuvwxyz012345",
                                     "https://api.example.test/v1?key=abc",
                                     "https://user:pw@api.example.test/v1",
                                     "http://127.0.0.1:1/v1?token=t0k3n",
                                     "https://api.example.test/v1?x=sk-ant-api03-abcdefghijklmnopqrstuvwxyz"}) {
            settings.baseUrl = QUrl(QString::fromLatin1(carrying));
            session.setSettings(settings);
            QString error;
            QVERIFY2(!session.send(QStringLiteral("Hi"), {}, &error), carrying);
            QVERIFY2(error.contains(QLatin1String("credential")), qPrintable(error));
        }
        QTest::qWait(100);
        QCOMPARE(peer.requests, 0);
        QVERIFY(session.turns().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "TestChatSession.moc"
