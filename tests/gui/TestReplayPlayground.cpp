#include <OpenAiSse.h>
#include <ProviderPeer.h>
#include <Screenshots.h>
#include <TestServers.h>
#include <models/executions/TraceModel.h>
#include <models/keys/ProviderKeys.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <models/playground/ChatSession.h>
#include <net/PgSession.h>
#include <ui/executions/ExecutionsPage.h>
#include <ui/executions/TraceView.h>
#include <ui/platform/MainWindow.h>
#include <ui/playground/PlaygroundPage.h>
#include <ui/playground/ReplayPanel.h>

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// "Open in Playground" on an execution's LLM node, in the real window on the private servers: the recorded
// call (system, user, the assistant's tool call and the tool's result, the tools, model, temperature and
// maximum) reaches the provider exactly as recorded, as the tenant; the new answer is set beside the
// recorded one with both costs and a word diff. A node that recorded no chat request says so, and nodes
// that are not LLM calls offer no replay.
class TestReplayPlayground : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    QTemporaryDir m_home;

    QString scalar(const QString& statement, const QVariantList& params = {})
    {
        const PgResult result = TestServers::exec(m_admin.get(), statement, params);
        return result.ok() && !result.rows.isEmpty() ? result.rows.first().value(0).toString() : QString();
    }

    ExecutionsPage* executions() const { return m_window->executionsPage(); }
    PlaygroundPage* playground() const { return m_window->playgroundPage(); }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/test (private D-Bus)");
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, (m_home.path() + u'/' + QString::fromLatin1(name)).toUtf8());
        m_admin = TestServers::adminPg();
        ConnectionProfile profile = TestServers::adminProfile();
        profile.name = QStringLiteral("gui-replay-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        PageServices services{m_services->tenants(),
                              m_services->usage(),
                              m_services->costs(),
                              new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get()),
                              m_services->executions(),
                              m_services->executionActions(),
                              m_services->executionFeed(),
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              nullptr,
                              m_services->localKeys(),
                              m_services->sealedKeys(),
                              m_services->playground(),
                              m_services->network(),
                              profile.name};
        services.traces = m_services->traces();
        m_window->setServices(services);
        m_services->connectAll();
        QVERIFY(executions() && playground());
    }

    void anLlmCallIsSentAgainExactlyAsRecorded()
    {
        // A demo LLM call that answered after a knowledge-base tool call, on a model priced under OpenAI.
        const PgResult picked = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT n.execution_id::text, n.seq, n.input::text, n.model FROM execution_nodes n "
                           "JOIN model_prices p ON p.model = n.model AND p.provider = 'openai' "
                           "WHERE n.node_type = 'llm' AND n.status = 'succeeded' AND n.input ? 'tools' "
                           "ORDER BY n.started_at DESC LIMIT 1"));
        QVERIFY2(picked.ok() && !picked.rows.isEmpty(), qPrintable(picked.error));
        const QString execution = picked.rows.first().at(0).toString();
        const int seq = picked.rows.first().at(1).toInt();
        const QJsonObject recorded = QJsonDocument::fromJson(picked.rows.first().at(2).toString().toUtf8()).object();
        const QString model = picked.rows.first().at(3).toString();

        m_window->showPage(MainWindow::ExecutionsPageIndex);
        QSignalSpy trace(executions(), &ExecutionsPage::traceLoaded);
        executions()->openExecution(execution);
        QVERIFY(trace.wait(10000));
        TraceView* view = executions()->traceView();
        view->table()->selectRow(0); // the trigger: no replay for a node that is not an LLM call
        QVERIFY(view->replayButton()->isHidden());
        view->table()->selectRow(seq - 1);
        QVERIFY(!view->replayButton()->isHidden());

        QSignalSpy tenantLoaded(playground(), &PlaygroundPage::tenantLoaded);
        view->replayButton()->click();
        QVERIFY(playground()->isVisible()); // the window went to the Playground
        ReplayPanel* panel = playground()->replayPanel();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->headerText().contains(QStringLiteral("llm_%1").arg(seq)), qPrintable(panel->headerText()));
        QVERIFY(panel->sendAgainButton()->isEnabled());
        QVERIFY(tenantLoaded.count() > 0 || tenantLoaded.wait(10000)); // the tenant's configuration
        QCOMPARE(playground()->currentSettings().tenantId,
                 scalar(QStringLiteral("SELECT tenant_id::text FROM executions WHERE id = ?::uuid"), {execution}));
        QCOMPARE(playground()->currentSettings().model, model); // the recorded one, over the tenant's default
        QCOMPARE(*playground()->currentSettings().temperature, 0.2);
        QCOMPARE(playground()->currentSettings().maxTokens, 800);

        ProviderPeer peer;
        peer.answer(
            {{OpenAiSse::head(), 0},
             {OpenAiSse::chunk("Refunds are accepted within 30 days, with the receipt.") + OpenAiSse::tail(1210, 12),
              20}});
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        QSignalSpy finished(playground(), &PlaygroundPage::answerFinished);
        playground()->sendRecordedAgain(true); // past a plan warning, if the plan lists other models
        QVERIFY(finished.wait(10000));

        // The provider got the recorded call exactly: every message (the tool call and its result
        // included), the tools, the model and the parameters.
        const QJsonObject sent = QJsonDocument::fromJson(peer.requestBody).object();
        QCOMPARE(sent.value(QStringLiteral("messages")).toArray(),
                 recorded.value(QStringLiteral("messages")).toArray());
        QCOMPARE(sent.value(QStringLiteral("tools")).toArray(), recorded.value(QStringLiteral("tools")).toArray());
        QCOMPARE(sent.value(QStringLiteral("model")).toString(), recorded.value(QStringLiteral("model")).toString());
        QCOMPARE(sent.value(QStringLiteral("temperature")).toDouble(), 0.2);
        QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 800);
        QVERIFY(sent.value(QStringLiteral("messages"))[2][QStringLiteral("tool_calls")].isArray());
        QCOMPARE(sent.value(QStringLiteral("messages"))[3][QStringLiteral("role")].toString(), QStringLiteral("tool"));

        // Beside the recorded answer, with the cost of each and the words that differ.
        QVERIFY2(panel->newText().contains(QStringLiteral("Refunds are accepted within 30 days")),
                 qPrintable(panel->newText()));
        QVERIFY2(QRegularExpression(QStringLiteral("\\$\\d+\\.\\d{8}")).match(panel->newText()).hasMatch(),
                 qPrintable(panel->newText())); // its cost at the price table
        QVERIFY2(panel->recordedText().contains(QStringLiteral("Here is the summary you asked for.")),
                 qPrintable(panel->recordedText()));
        QVERIFY2(panel->recordedText().contains(
                     u'$'
                     + scalar(QStringLiteral("SELECT cost_usd::text FROM execution_nodes WHERE execution_id = "
                                             "?::uuid AND seq = ?"),
                              {execution, seq})),
                 qPrintable(panel->recordedText()));
        QTest::qWait(50);
        Screenshots::save(m_window.get(), QStringLiteral("replay"));
        // English texts last: the German screenshot run saves its picture above.
        QVERIFY2(panel->diffSummary().contains(QStringLiteral("only in the recorded answer")),
                 qPrintable(panel->diffSummary()));
    }

    void aNodeThatRecordedNoChatRequestSaysSo()
    {
        ExecutionSummary run;
        run.id = QStringLiteral("0b0e6f6a-1c2d-4e5f-8a9b-0c1d2e3f4a5b");
        ExecutionNode node;
        node.key = QStringLiteral("llm_legacy");
        node.type = QStringLiteral("llm");
        node.model = QStringLiteral("gpt-4o-mini");
        node.input = QStringLiteral(R"({"prompt":"Summarize the ticket"})");
        playground()->openRecorded(RecordedCall::fromNode(run, node));
        ReplayPanel* panel = playground()->replayPanel();
        QVERIFY(panel->isVisible());
        QVERIFY2(panel->headerText().contains(QStringLiteral("did not record a chat request")),
                 qPrintable(panel->headerText()));
        QVERIFY(!panel->sendAgainButton()->isEnabled());
    }
};

QTEST_MAIN(TestReplayPlayground)
#include "TestReplayPlayground.moc"
