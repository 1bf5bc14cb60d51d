#include <LagProbe.h>
#include <OpenAiSse.h>
#include <ProviderPeer.h>
#include <Screenshots.h>
#include <TestServers.h>
#include <models/keys/ProviderKeys.h>
#include <models/operations/Operations.h>
#include <models/platform/ConnectionStatus.h>
#include <models/playground/ChatSession.h>
#include <net/PgSession.h>
#include <ui/keys/KeysPage.h>
#include <ui/platform/MainWindow.h>
#include <ui/playground/PlaygroundPage.h>
#include <ui/playground/TranscriptView.h>

#include <QAbstractItemView>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kMaxStallMs = 1000;
#else
constexpr qint64 kMaxStallMs = 50;
#endif

// The Playground and Keys pages in a real main window, offscreen, against a local provider peer, the real
// keychain (private Secret Service) and the real database.
class TestPlaygroundKeysPages : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Operations> m_services;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<PgSession> m_admin;
    QTemporaryDir m_home;
    QString m_secret;

    static QByteArray sseHead() { return OpenAiSse::head(); }
    static QByteArray chunk(const QByteArray& text) { return OpenAiSse::chunk(text); }
    static QByteArray tail(int completion) { return OpenAiSse::tail(20, completion); }

    PlaygroundPage* playground() { return m_window->playgroundPage(); }

    // Waits until the spy has seen `count` signals in all (some arrive before a wait could start).
    static bool reached(QSignalSpy& spy, int count, int ms = 10000)
    {
        return QTest::qWaitFor([&] { return spy.count() >= count; }, ms);
    }

private slots:
    void initTestCase()
    {
        TS_REQUIRE_SERVERS();
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"), "run through scripts/test (private D-Bus)");
        for (const char* name : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            qputenv(name, (m_home.path() + u'/' + QString::fromLatin1(name)).toUtf8());
        m_admin = TestServers::adminPg();
        ConnectionProfile profile = TestServers::adminProfile();
        profile.name = QStringLiteral("gui-keys-%1").arg(QDateTime::currentMSecsSinceEpoch());
        m_services = std::make_unique<Operations>(profile, TestServers::adminSecrets());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->setServices({m_services->tenants(),
                               m_services->usage(),
                               m_services->costs(),
                               new ConnectionStatus(m_services->pg(), m_services->redis(), m_window.get()),
                               nullptr,
                               nullptr,
                               nullptr,
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
                               profile.name});
        m_services->connectAll();
        QVERIFY(playground());
        QVERIFY(m_window->keysPage());
        m_secret = QStringLiteral("sk-gui-") + TestServers::randomSecret() + QStringLiteral("G7k2");
    }

    void cleanupTestCase()
    {
        if (!m_services)
            return;
        for (const QString& provider : KeyProvider::all()) {
            auto removed = m_services->localKeys()->remove(provider);
            (void)QTest::qWaitFor([&] { return removed.isFinished(); }, 10000);
        }
    }

    void answerStreamsWithLiveFiguresThenMarkdown()
    {
        ProviderPeer peer;
        QByteArray body;
        for (int i = 0; i < 40; ++i)
            body += chunk(i == 0 ? "**Bold** start" : " tok" + QByteArray::number(i));
        QVector<ProviderPeer::Piece> pieces{{sseHead(), 0}};
        for (int i = 0; i < 8; ++i)
            pieces.append({body.mid(i * body.size() / 8, (i + 1) * body.size() / 8 - i * body.size() / 8), 25});
        pieces.append({tail(41), 10});
        peer.answer(pieces);
        m_window->showPage(MainWindow::PlaygroundPageIndex);
        QSignalSpy prices(playground(), &PlaygroundPage::pricesLoaded);
        QVERIFY(prices.count() > 0 || prices.wait(10000));
        playground()->setProvider(ChatRequest::Provider::OpenAi);
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        playground()->setModel(QStringLiteral("gpt-4o-mini"));
        playground()->setPrompt(QStringLiteral("Write something"));

        LagProbe probe;
        probe.start();
        QSignalSpy finished(playground(), &PlaygroundPage::answerFinished);
        QSignalSpy deltas(playground()->session(), &ChatSession::delta);
        playground()->send();
        // While streaming: plain text arrives token by token, the figures are live.
        QTRY_VERIFY_WITH_TIMEOUT(deltas.count() >= 5, 10000);
        if (finished.isEmpty()) // still streaming: plain text, not yet Markdown
            QVERIFY2(playground()->transcript()->toPlainText().contains(QLatin1String("**Bold** start")),
                     qPrintable(playground()->transcript()->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(playground()->statsText().contains(QLatin1String("First token")), 5000);
        QVERIFY(reached(finished, 1));
        const qint64 stall = probe.stop();
        QVERIFY2(stall <= kMaxStallMs, qPrintable(QString::number(stall)));

        // Complete: rendered as Markdown, with usage and cost at the price table.
        const QString text = playground()->transcript()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Bold start tok1")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("**")));
        const QString stats = playground()->statsText();
        QVERIFY2(stats.contains(QLatin1String("tokens/s")), qPrintable(stats));
        QVERIFY2(stats.contains(QLatin1String("20 in + 41 out tokens")), qPrintable(stats));
        QVERIFY2(stats.contains(QLatin1String("$0.000028")), qPrintable(stats)); // 20 x 0.15 + 41 x 0.60 per M
        const ChatTurn& answer = playground()->session()->turns().last();
        QCOMPARE(answer.completionTokens.value_or(0), 41);
        QVERIFY(answer.ttftMs >= 0);
    }

    // Hostile data is shown, never rendered: HTML in an answer and in a provider's error page.
    void htmlFromAProviderIsText()
    {
        ProviderPeer peer;
        peer.answer(
            {{sseHead(), 0}, {chunk("<b>not bold</b> <img src=\\\"file:///etc/passwd\\\"> **bold**") + tail(3), 0}});
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        playground()->setModel(QStringLiteral("gpt-4o-mini"));
        playground()->setPrompt(QStringLiteral("Be hostile"));
        QSignalSpy finished(playground(), &PlaygroundPage::answerFinished);
        playground()->send();
        QVERIFY(reached(finished, 1));
        const QString text = playground()->transcript()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("<b>not bold</b>")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("<img src=")), qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("**bold**"))); // Markdown itself is still rendered

        ProviderPeer proxy; // a proxy's HTML error page instead of the provider's JSON
        const QByteArray page = "<html><body><h1>502 Bad Gateway</h1></body></html>";
        proxy.answer({{"HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: "
                           + QByteArray::number(page.size()) + "\r\n\r\n" + page,
                       0}});
        playground()->setBaseUrl(proxy.url(QStringLiteral("/v1")).toString());
        playground()->setPrompt(QStringLiteral("Again"));
        playground()->send();
        QVERIFY(reached(finished, 2));
        QVERIFY(playground()->transcript()->toPlainText().contains(QLatin1String("<h1>502 Bad Gateway</h1>")));
        for (QLabel* label : playground()->findChildren<QLabel*>())
            if (!label->objectName().isEmpty())
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
    }

    void stopKeepsThePartialAnswer()
    {
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {chunk("kept") + chunk(" part"), 10}}, true); // then nothing: hangs open
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        playground()->setPrompt(QStringLiteral("Go on"));
        QSignalSpy deltas(playground()->session(), &ChatSession::delta);
        playground()->send();
        QTRY_COMPARE_WITH_TIMEOUT(deltas.count(), 2, 10000);
        playground()->stop();
        QVERIFY(!playground()->session()->isStreaming());
        const ChatTurn& answer = playground()->session()->turns().last();
        QCOMPARE(answer.content, QStringLiteral("kept part"));
        QVERIFY(answer.stopped);
        QVERIFY(playground()->transcript()->toPlainText().contains(QLatin1String("kept part")));
        QVERIFY(playground()->transcript()->toPlainText().contains(QLatin1String("partial answer is kept")));
    }

    // The page says when a key would go in clear text to another machine (the profile allows it), and
    // that a URL carrying a credential will not be used; over TLS or to this machine it says nothing.
    void unencryptedOrCredentialUrlsAreSaidBesideTheUrl()
    {
        m_window->showPage(MainWindow::PlaygroundPageIndex);
        auto* label = playground()->findChild<QLabel*>(QStringLiteral("transportWarning"));
        QVERIFY(label);
        playground()->setBaseUrl(QStringLiteral("http://gpu-box.example.test:11434/v1"));
        QVERIFY(!label->isVisibleTo(playground())); // not allowed: nothing will carry a key there
        m_services->localKeys()->setUnencryptedKeysAllowed(true);
        playground()->setBaseUrl(QStringLiteral("http://gpu-box.example.test:11434/v1/"));
        QVERIFY(label->isVisibleTo(playground()));
        QVERIFY2(label->text().contains(QLatin1String("Not encrypted"))
                     && label->text().contains(QLatin1String("gpu-box.example.test")),
                 qPrintable(label->text()));
        for (const char* quiet : {"https://api.example.test/v1", "http://localhost:11434/v1", ""}) {
            playground()->setBaseUrl(QString::fromLatin1(quiet));
            QVERIFY2(!label->isVisibleTo(playground()), quiet);
        }
        playground()->setBaseUrl(QStringLiteral("https://api.example.test/v1?api_key=sk-in-url-0000"));
        QVERIFY(label->isVisibleTo(playground()));
        QVERIFY2(label->text().contains(QLatin1String("credential")), qPrintable(label->text()));
        m_services->localKeys()->setUnencryptedKeysAllowed(false);
        playground()->setBaseUrl(QString());
    }

    void planWarningBeforeSending()
    {
        const PgResult tenant = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT t.id::text, t.name FROM tenants t JOIN tenant_effective_limits el "
                           "ON el.tenant_id = t.id WHERE t.status = 'active' AND "
                           "cardinality(el.allowed_models) > 0 AND NOT ('mistral-large' = ANY "
                           "(el.allowed_models)) LIMIT 1"));
        QCOMPARE(tenant.rows.size(), 1);
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {chunk("ok") + tail(1), 0}});
        QSignalSpy loaded(playground(), &PlaygroundPage::tenantLoaded);
        playground()->setTenant(tenant.rows.first().at(0).toString(), tenant.rows.first().at(1).toString());
        QVERIFY(loaded.wait(10000));
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        playground()->setModel(QStringLiteral("mistral-large"));
        playground()->setPrompt(QStringLiteral("Hello"));
        const int turns = int(playground()->session()->turns().size());
        playground()->send();
        QVERIFY2(playground()->warningText().contains(QLatin1String("does not allow mistral-large")),
                 qPrintable(playground()->warningText()));
        QCOMPARE(playground()->session()->turns().size(), turns); // nothing sent
        QCOMPARE(peer.requests, 0);
        QSignalSpy finished(playground(), &PlaygroundPage::answerFinished);
        playground()->send(true); // "Send anyway"
        QVERIFY(reached(finished, 1));
        QCOMPARE(peer.requests, 1);
        playground()->setTenant(QString(), QString());
    }

    // "Try as this tenant": its effective AI configuration (its own overrides over the global defaults) fills
    // the prompt, model, temperature and maximum, and the request carries exactly those.
    void triesACallAsTheTenantsConfigurationMakesIt()
    {
        const PgResult tenant = TestServers::exec(
            m_admin.get(),
            QStringLiteral(
                "SELECT t.id::text, t.name, ai_effective_config(t.id)::text FROM tenants t JOIN ai_configs c "
                "ON c.tenant_id = t.id WHERE c.system_prompt IS NOT NULL AND c.temperature IS NOT NULL "
                "ORDER BY t.name LIMIT 1"));
        QVERIFY2(tenant.ok() && tenant.rows.size() == 1, qPrintable(tenant.error)); // the demo plants such tenants
        const QJsonObject effective = QJsonDocument::fromJson(tenant.rows.first().at(2).toString().toUtf8()).object();
        QSignalSpy loaded(playground(), &PlaygroundPage::tenantLoaded);
        playground()->setTenant(tenant.rows.first().at(0).toString(), tenant.rows.first().at(1).toString());
        QVERIFY(loaded.wait(10000));
        const ChatSettings settings = playground()->currentSettings();
        QCOMPARE(settings.system, effective.value(QStringLiteral("system_prompt")).toString());
        QCOMPARE(settings.model, effective.value(QStringLiteral("model")).toString());
        QVERIFY(settings.temperature.has_value());
        QCOMPARE(*settings.temperature, effective.value(QStringLiteral("temperature")).toDouble());
        QCOMPARE(settings.maxTokens, effective.value(QStringLiteral("max_tokens")).toInt());
        const QString info = playground()->findChild<QLabel*>(QStringLiteral("tenantInfo"))->text();
        QVERIFY2(info.contains(QLatin1String("AI configuration: global v")) && info.contains(QLatin1String("tenant v")),
                 qPrintable(info));

        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {chunk("as the tenant") + tail(3), 0}});
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        playground()->setPrompt(QStringLiteral("Hello"));
        QSignalSpy finished(playground(), &PlaygroundPage::answerFinished);
        playground()->send(true); // past any plan warning: the model may be outside the plan's list
        QVERIFY(reached(finished, 1));
        const QJsonObject body = QJsonDocument::fromJson(peer.requestBody).object();
        QCOMPARE(body.value(QStringLiteral("model")).toString(), settings.model);
        QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), *settings.temperature);
        QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), settings.maxTokens);
        const QJsonObject system = body.value(QStringLiteral("messages")).toArray().first().toObject();
        QCOMPARE(system.value(QStringLiteral("role")).toString(), QStringLiteral("system"));
        QCOMPARE(system.value(QStringLiteral("content")).toString(), settings.system);
        playground()->setTenant(QString(), QString());
    }

    void savedAndExportedWithoutAKey()
    {
        // A key in the keychain for the custom server: used by the request, absent from every file.
        auto stored = m_services->localKeys()->store(
            QStringLiteral("custom"), m_secret, QStringLiteral("http://127.0.0.1:9/v1"));
        QVERIFY(QTest::qWaitFor([&] { return stored.isFinished(); }, 10000));
        QVERIFY2(stored.result().ok(), qPrintable(stored.result().error));
        ProviderPeer peer;
        peer.answer({{sseHead(), 0}, {chunk("with key") + tail(2), 0}});
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        playground()->setModel(QStringLiteral("gpt-4o-mini"));
        playground()->setPrompt(QStringLiteral("Use my key"));
        QSignalSpy finished(playground(), &PlaygroundPage::answerFinished);
        playground()->send();
        QVERIFY(reached(finished, 1));
        QVERIFY(peer.requestHead.contains("Authorization: Bearer " + m_secret.toUtf8()));

        QTemporaryDir out;
        QString error;
        QVERIFY2(playground()->exportTo(out.filePath(QStringLiteral("c.md")), &error), qPrintable(error));
        QVERIFY2(playground()->exportTo(out.filePath(QStringLiteral("c.json")), &error), qPrintable(error));
        const QString saved = playground()->saveConversation(&error);
        QVERIFY2(!saved.isEmpty(), qPrintable(error));
        QVERIFY(saved.startsWith(m_home.path()));
        for (const QString& root : {out.path(), m_home.path()}) {
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile file(it.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(m_secret.toUtf8()), qPrintable(file.fileName()));
            }
        }
        QFile markdown(out.filePath(QStringLiteral("c.md")));
        QVERIFY(markdown.open(QIODevice::ReadOnly));
        const QByteArray md = markdown.readAll();
        QVERIFY(md.contains("## User") && md.contains("with key") && md.contains("kept part"));

        // A saved conversation opens again, transcript and all.
        const int turns = int(playground()->session()->turns().size());
        QVERIFY2(playground()->openConversation(saved, &error), qPrintable(error));
        QCOMPARE(playground()->session()->turns().size(), turns);
        QVERIFY(playground()->transcript()->toPlainText().contains(QLatin1String("with key")));
        QVERIFY(!playground()->openConversation(out.filePath(QStringLiteral("c.md")), &error));
        QVERIFY(!error.isEmpty());
    }

    // Every text the window draws (what a screenshot would show): visible labels, line edits not in
    // password mode, text views, item views' cells and tool tips, the window title.
    QStringList textsOnScreen() const
    {
        QStringList texts{m_window->windowTitle()};
        for (QWidget* widget : m_window->findChildren<QWidget*>()) {
            if (!widget->isVisible())
                continue;
            texts << widget->toolTip();
            if (auto* label = qobject_cast<QLabel*>(widget))
                texts << label->text();
            else if (auto* line = qobject_cast<QLineEdit*>(widget); line && line->echoMode() == QLineEdit::Normal)
                texts << line->text();
            else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget))
                texts << plain->toPlainText();
            else if (auto* rich = qobject_cast<QTextEdit*>(widget))
                texts << rich->toPlainText();
            else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
                for (int row = 0; row < view->model()->rowCount(); ++row)
                    for (int column = 0; column < view->model()->columnCount(); ++column) {
                        const QModelIndex index = view->model()->index(row, column);
                        texts << index.data().toString() << index.data(Qt::ToolTipRole).toString();
                    }
            }
        }
        return texts;
    }

    void noSecretOnScreen(const char* when)
    {
        for (const QString& text : textsOnScreen())
            QVERIFY2(!text.contains(m_secret), when);
    }

    void keysPageStoresTestsUploadsAndRevokes()
    {
        KeysPage* keys = m_window->keysPage();
        QSignalSpy loaded(keys, &KeysPage::loaded);
        QSignalSpy done(keys, &KeysPage::done);
        QSignalSpy uploads(keys, &KeysPage::uploadsLoaded);
        m_window->showPage(MainWindow::KeysPageIndex);
        QVERIFY(reached(loaded, 1));
        // The custom key stored above is listed masked.
        QTableWidget* table = keys->localTable();
        int customRow = -1;
        for (int row = 0; row < table->rowCount(); ++row)
            if (table->item(row, 1)->text().endsWith(QLatin1String("G7k2")))
                customRow = row;
        QVERIFY(customRow >= 0);
        QVERIFY(!table->item(customRow, 1)->text().contains(m_secret));

        // Bad input keeps what was typed out of the keychain and says why.
        keys->storeKey(QStringLiteral("openai"), QStringLiteral("has a space"), {});
        QVERIFY(reached(done, 1));
        QCOMPARE(done.at(0).first().toBool(), false);

        // Test key: the model list from the peer with the stored key.
        ProviderPeer peer;
        peer.answer(
            {{"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n{\"data\":[]}", 0}});
        keys->storeKey(QStringLiteral("custom"), m_secret, peer.url(QStringLiteral("/v1")).toString());
        QVERIFY(reached(done, 2));
        QVERIFY2(done.at(1).first().toBool(), qPrintable(keys->message()));
        QVERIFY(reached(loaded, 2));
        table->selectRow(customRow);
        QCOMPARE(keys->selectedProvider(), QStringLiteral("custom"));
        keys->testSelected();
        QVERIFY(reached(done, 3));
        QVERIFY2(done.at(2).first().toBool(), qPrintable(keys->message()));
        QVERIFY(peer.requestHead.startsWith("GET /v1/models"));
        QVERIFY(reached(loaded, 3));
        noSecretOnScreen("after storing and testing the key");

        // Upload for a tenant, sealed with the (demo) platform key; listed with its last four; revoked.
        const PgResult tenant = TestServers::exec(
            m_admin.get(),
            QStringLiteral("SELECT id::text, name FROM tenants WHERE status = 'active' ORDER BY name LIMIT 1"));
        keys->setTenant(tenant.rows.first().at(0).toString(), tenant.rows.first().at(1).toString());
        QVERIFY(reached(uploads, 1));
        const int before = keys->uploadedTable()->rowCount();
        table->selectRow(customRow);
        keys->uploadSelected(QStringLiteral("gui-test"));
        QVERIFY(reached(done, 4));
        QVERIFY2(done.at(3).first().toBool(), qPrintable(keys->message()));
        QVERIFY(reached(uploads, 2));
        QCOMPARE(keys->uploadedTable()->rowCount(), before + 1);
        QVERIFY(keys->uploadedTable()->item(0, 2)->text().endsWith(QLatin1String("G7k2")));
        noSecretOnScreen("after uploading the key");
        keys->uploadedTable()->selectRow(0);
        keys->revokeSelectedUpload(QStringLiteral("x"));
        QVERIFY(reached(done, 5));
        QCOMPARE(done.at(4).first().toBool(), false); // a reason is required
        keys->revokeSelectedUpload(QStringLiteral("rotated after the GUI test"));
        QVERIFY(reached(done, 6));
        QVERIFY2(done.at(5).first().toBool(), qPrintable(keys->message()));
        QVERIFY(reached(uploads, 3));
        Screenshots::save(m_window.get(), QStringLiteral("keys")); // before the English texts are checked
        QVERIFY(keys->uploadedTable()->item(0, 7)->text().startsWith(QLatin1String("revoked")));
        TestServers::exec(m_admin.get(), QStringLiteral("DELETE FROM sealed_provider_keys WHERE label = 'gui-test'"));

        // Deleted from the keychain.
        const int loads = int(loaded.count());
        table->selectRow(customRow);
        keys->deleteSelected();
        QVERIFY(reached(done, 7));
        QVERIFY2(done.at(6).first().toBool(), qPrintable(keys->message()));
        QVERIFY(reached(loaded, loads + 1));
        QVERIFY(!keys->localTable()->item(customRow, 1)->text().endsWith(QLatin1String("G7k2")));
    }

    // A key in the keychain is not sent in clear text to another machine: the request is refused before it
    // leaves, with what to do, and the conversation keeps nothing of it.
    void aKeyIsNotSentInClearTextToAnotherMachine()
    {
        auto stored = m_services->localKeys()->store(
            QStringLiteral("custom"), m_secret, QStringLiteral("http://gpu-box.lan:11434/v1"));
        QVERIFY(QTest::qWaitFor([&] { return stored.isFinished(); }, 10000));
        QVERIFY2(stored.result().ok(), qPrintable(stored.result().error));
        m_window->showPage(MainWindow::PlaygroundPageIndex);
        playground()->findChild<QPushButton*>(QStringLiteral("newConversation"))->click();
        playground()->setTenant({}, {});
        playground()->setProvider(ChatRequest::Provider::OpenAi);
        playground()->setBaseUrl(QStringLiteral("http://gpu-box.lan:11434/v1"));
        playground()->setModel(QStringLiteral("gpt-4.1-mini"));
        playground()->findChild<QPlainTextEdit*>(QStringLiteral("systemPrompt"))->clear();
        playground()->setPrompt(QStringLiteral("Hello from the LAN"));
        playground()->send();
        QTRY_VERIFY_WITH_TIMEOUT(!playground()->message().isEmpty(), 5000);
        Screenshots::save(m_window.get(), QStringLiteral("playground-key-not-sent")); // before the English text
        QTRY_VERIFY2_WITH_TIMEOUT(playground()->message().contains(QLatin1String("Not sent"))
                                      && playground()->message().contains(QLatin1String("gpu-box.lan")),
                                  qPrintable(playground()->message()),
                                  5000);
        QCOMPARE(playground()->session()->turns().size(), 0);
        QCOMPARE(playground()->prompt(), QStringLiteral("Hello from the LAN")); // kept, to send elsewhere
        auto removed = m_services->localKeys()->remove(QStringLiteral("custom"));
        QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, 10000));
        playground()->setBaseUrl(QString());
        playground()->setPrompt(QString());
    }

    // A longer answer, as a support engineer would ask for one: it streams, then reads as Markdown (a list,
    // a table, code and emphasis), with the figures of the call.
    void aPlanStreamsThenReadsAsMarkdown()
    {
        const QString answer = QStringLiteral(
            "Here is a short plan for the **Invoice extraction** workflow that failed:\n\n"
            "1. The `llm` node hit a *provider 429* three times in a row.\n"
            "2. Retrying with backoff would have succeeded: the window resets every 60 s.\n"
            "3. Lower `max_concurrent` for this tenant from 8 to 4, or move it to a plan with a higher "
            "tokens-per-minute limit.\n\n"
            "| Option | Cost impact | Risk |\n|---|---|---|\n| Backoff only | none | slower runs |\n"
            "| Higher plan | +$49/month | none |\n\n"
            "Resume the execution from the failed node: the completed checkpoints are kept.");
        QVector<ProviderPeer::Piece> pieces{{sseHead(), 0}};
        const QStringList words = answer.split(u' ');
        for (int i = 0; i < words.size(); ++i) {
            const QString word = (i == 0 ? QString() : QStringLiteral(" ")) + words.at(i);
            QByteArray escaped = word.toUtf8();
            escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n"); // JSON string
            pieces.append({chunk(escaped), 8});
        }
        pieces.append({tail(int(words.size())), 5});
        ProviderPeer peer;
        peer.answer(pieces);
        m_window->showPage(MainWindow::PlaygroundPageIndex);
        playground()->findChild<QPushButton*>(QStringLiteral("newConversation"))->click();
        playground()->setTenant({}, {});
        playground()->setProvider(ChatRequest::Provider::OpenAi);
        playground()->setBaseUrl(peer.url(QStringLiteral("/v1")).toString());
        playground()->setModel(QStringLiteral("gpt-4o-mini"));
        playground()
            ->findChild<QPlainTextEdit*>(QStringLiteral("systemPrompt"))
            ->setPlainText(
                QStringLiteral("You are the platform's support assistant: answer in short, concrete steps."));
        playground()->setPrompt(QStringLiteral("Why did the Invoice extraction workflow fail, and what should we do?"));
        QSignalSpy finished(playground(), &PlaygroundPage::answerFinished);
        playground()->send();
        QVERIFY(reached(finished, 1, 20000));
        Screenshots::save(m_window.get(), QStringLiteral("playground")); // before the English texts are checked
        const QString text = playground()->transcript()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("Invoice extraction")) && !text.contains(QLatin1String("**")),
                 qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Backoff only")), qPrintable(text)); // the table, as a table
        QVERIFY2(playground()->statsText().contains(QLatin1String("tokens/s")), qPrintable(playground()->statsText()));
        playground()->setBaseUrl(QString());
    }
};

QTEST_MAIN(TestPlaygroundKeysPages)
#include "TestPlaygroundKeysPages.moc"
