#include <ChatSession.h>
#include <ProviderPeer.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
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
        QUrl url = peer.url(QStringLiteral("/v1"));
        url.setUserInfo(QStringLiteral("user:url-password"));
        settings.baseUrl = url;
        settings.model = QStringLiteral("gpt-4o-mini");
        settings.system = QStringLiteral("Be kind.");
        session.setSettings(settings);
        QString error;
        QVERIFY(session.send(QStringLiteral("Save me"), QStringLiteral("sk-never-saved-1234"), &error));
        QVERIFY(finishTurn(session));
        const QByteArray json = QJsonDocument(session.toJson()).toJson();
        const QByteArray markdown = session.toMarkdown().toUtf8();
        for (const QByteArray& secret : {QByteArray("sk-never-saved-1234"), QByteArray("url-password")}) {
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
};

QTEST_GUILESS_MAIN(TestChatSession)
#include "TestChatSession.moc"
