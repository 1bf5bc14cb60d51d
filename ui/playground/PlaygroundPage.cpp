#include <ui/playground/PlaygroundPage.h>

#include <ui/playground/ReplayPanel.h>

#include <ui/common/TenantPicker.h>
#include <ui/playground/TranscriptView.h>

#include <models/keys/ProviderKeys.h>
#include <models/playground/ChatSession.h>
#include <models/playground/KeyTransport.h>
#include <models/playground/PlaygroundController.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

namespace
{
QString noTenantText()
{
    return QCoreApplication::translate("PlaygroundPage",
                                       "No tenant: no system prompt or plan check from the platform.");
}

QString conversationsFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/conversations");
}
} // namespace

PlaygroundPage::PlaygroundPage(PlaygroundRepository* playground,
                               TenantRepository* tenants,
                               LocalKeyStore* keys,
                               QNetworkAccessManager* network,
                               QWidget* parent)
    : QWidget(parent)
    , m_keys(keys)
    , m_session(new ChatSession(network, this))
    , m_controller(new PlaygroundController(playground, keys, m_session, this))
    , m_tenantPicker(new TenantPicker(tenants, this))
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QComboBox(this))
    , m_maxTokens(new QSpinBox(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_keyStatus(new QLabel(this))
    , m_tenantInfo(new QLabel(this))
    , m_system(new QPlainTextEdit(this))
    , m_transcript(new TranscriptView(this))
    , m_warningBar(new QWidget(this))
    , m_warning(new QLabel(m_warningBar))
    , m_input(new QPlainTextEdit(this))
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_stats(new QLabel(this))
    , m_message(new QLabel(this))
    , m_saved(new QComboBox(this))
    , m_statsTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("playgroundPage"));
    m_tenantPicker->setPlaceholderText(tr("No tenant: type a tenant's name to use its configuration"));
    m_tenantPicker->setAccessibleName(tr("Tenant"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(tr("OpenAI-compatible"), int(ChatRequest::Provider::OpenAi));
    m_provider->addItem(QStringLiteral("Anthropic"), int(ChatRequest::Provider::Anthropic));
    m_provider->addItem(tr("Platform gateway"), int(ChatRequest::Provider::Platform));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setClearButtonEnabled(true);
    m_model->setEditable(true);
    m_model->setAccessibleName(tr("Model"));
    m_model->setMinimumContentsLength(18);
    m_maxTokens->setRange(1, 200000);
    m_maxTokens->setValue(1024);
    m_maxTokens->setAccessibleName(tr("Maximum answer tokens"));
    m_temperature->setObjectName(QStringLiteral("temperature"));
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setRange(-0.01, 2.0);
    m_temperature->setSingleStep(0.05);
    m_temperature->setDecimals(2);
    m_temperature->setSpecialValueText(tr("default"));
    m_temperature->setValue(m_temperature->minimum());
    m_temperature->setToolTip(tr("Sampling temperature (0 to 2; Anthropic takes 0 to 1); \"default\": not sent"));
    m_system->setObjectName(QStringLiteral("systemPrompt"));
    m_system->setPlaceholderText(tr("System prompt (a tenant's own is filled in when you pick it)"));
    m_system->setAccessibleName(tr("System prompt"));
    m_system->setMaximumHeight(m_system->fontMetrics().lineSpacing() * 4 + 12);
    // Everything these labels show comes from the database or a provider (an error page may be HTML):
    // shown as text, never interpreted as markup.
    for (QLabel* label : {m_tenantInfo, m_keyStatus, m_warning, m_stats, m_message})
        label->setTextFormat(Qt::PlainText);
    m_tenantInfo->setWordWrap(true);
    m_tenantInfo->setMinimumHeight(m_tenantInfo->fontMetrics().lineSpacing() * 2);
    m_tenantInfo->setText(noTenantText()); // the row keeps its place: nothing below jumps when a tenant loads
    m_tenantInfo->setObjectName(QStringLiteral("tenantInfo"));
    m_keyStatus->setObjectName(QStringLiteral("keyStatus"));
    m_keyStatus->setWordWrap(true); // a long status takes two lines, not the window's width past 1280 px
    m_transport = new QLabel(this);
    m_transport->setObjectName(QStringLiteral("transportWarning"));
    m_transport->setWordWrap(true);
    m_transport->setTextFormat(Qt::PlainText); // it quotes a URL the user typed
    m_transport->setStyleSheet(QStringLiteral("color: #b9770e"));
    m_transport->hide();
    m_input->setPlaceholderText(tr("Message (Ctrl+Enter sends)"));
    m_input->setAccessibleName(tr("Message"));
    m_input->setMaximumHeight(m_input->fontMetrics().lineSpacing() * 5 + 12);
    m_send->setObjectName(QStringLiteral("send"));
    m_stop->setObjectName(QStringLiteral("stop"));
    m_stop->setToolTip(tr("Stop the answer and keep what arrived"));
    m_stats->setObjectName(QStringLiteral("stats"));
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("message"));
    m_saved->setAccessibleName(tr("Saved conversations"));

    m_warningBar->setObjectName(QStringLiteral("planWarning"));
    m_warningBar->setAutoFillBackground(true);
    QPalette warn = m_warningBar->palette();
    warn.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd2));
    warn.setColor(QPalette::WindowText, QColor(0x5c, 0x40, 0x00));
    m_warningBar->setPalette(warn);
    m_warning->setWordWrap(true);
    auto* anyway = new QPushButton(tr("Send anyway"), m_warningBar);
    auto* cancel = new QPushButton(tr("Cancel"), m_warningBar);
    auto* warningLayout = new QHBoxLayout(m_warningBar);
    warningLayout->addWidget(m_warning, 1);
    warningLayout->addWidget(anyway);
    warningLayout->addWidget(cancel);
    m_warningBar->hide();

    auto* settings = new QFormLayout;
    settings->addRow(tr("Tenant"), m_tenantPicker);
    settings->addRow(QString(), m_tenantInfo);
    auto* providerRow = new QHBoxLayout;
    providerRow->addWidget(m_provider);
    providerRow->addWidget(m_baseUrl, 1);
    settings->addRow(tr("Provider"), providerRow);
    settings->addRow(QString(), m_transport);
    auto* modelRow = new QHBoxLayout;
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(new QLabel(tr("Max tokens"), this));
    modelRow->addWidget(m_maxTokens);
    modelRow->addWidget(new QLabel(tr("Temperature"), this));
    modelRow->addWidget(m_temperature);
    modelRow->addWidget(m_keyStatus, 1);
    settings->addRow(tr("Model"), modelRow);
    settings->addRow(tr("System"), m_system);

    auto* save = new QPushButton(tr("Save"), this);
    save->setToolTip(tr("Save the conversation in TenantScope's data folder (never with a key)"));
    auto* exportMd = new QPushButton(tr("Export Markdown…"), this);
    auto* exportJson = new QPushButton(tr("Export JSON…"), this);
    auto* clear = new QPushButton(tr("New conversation"), this);
    clear->setObjectName(QStringLiteral("newConversation"));
    auto* tools = new QHBoxLayout;
    tools->addWidget(m_stats, 1);
    tools->addWidget(m_saved);
    tools->addWidget(save);
    tools->addWidget(exportMd);
    tools->addWidget(exportJson);
    tools->addWidget(clear);

    auto* inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    inputRow->addLayout(buttons);

    m_replayPanel = new ReplayPanel(this);
    m_replayPanel->hide();
    connect(m_replayPanel, &ReplayPanel::sendAgainRequested, this, [this] { sendRecordedAgain(false); });
    connect(m_replayPanel, &ReplayPanel::closeRequested, this, &PlaygroundPage::closeReplay);
    auto* conversation = new QSplitter(Qt::Vertical, this);
    conversation->addWidget(m_replayPanel);
    conversation->addWidget(m_transcript);
    conversation->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(settings);
    layout->addLayout(tools);
    layout->addWidget(conversation, 1);
    layout->addWidget(m_warningBar);
    layout->addWidget(m_message);
    layout->addLayout(inputRow);

    m_statsTimer->setSingleShot(true);
    m_statsTimer->setInterval(100); // live figures ten times a second, not once per token
    connect(m_statsTimer, &QTimer::timeout, this, &PlaygroundPage::updateStats);

    connect(m_tenantPicker, &TenantPicker::tenantChanged, this, &PlaygroundPage::loadTenant);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        const auto provider = ChatRequest::Provider(m_provider->currentData().toInt());
        m_baseUrl->setPlaceholderText(provider == ChatRequest::Provider::Platform
                                          ? tr("wss://gateway.example.com/chat (required)")
                                          : ChatRequest::defaultBaseUrl(provider).toString());
        refreshModels();
        refreshKeyStatus();
    });
    connect(m_baseUrl, &QLineEdit::editingFinished, this, &PlaygroundPage::refreshKeyStatus);
    connect(m_baseUrl, &QLineEdit::textChanged, this, &PlaygroundPage::refreshTransport); // as it is typed
    connect(m_model, &QComboBox::currentTextChanged, this, [this] { m_warningBar->hide(); });
    connect(m_send, &QPushButton::clicked, this, [this] { send(false); });
    connect(m_stop, &QPushButton::clicked, this, &PlaygroundPage::stop);
    auto* sendShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), m_input);
    connect(sendShortcut, &QShortcut::activated, this, [this] { send(false); });
    connect(anyway, &QPushButton::clicked, this, [this] {
        if (m_replayPending)
            sendRecordedAgain(true);
        else
            send(true);
    });
    connect(cancel, &QPushButton::clicked, m_warningBar, &QWidget::hide);
    connect(clear, &QPushButton::clicked, this, [this] {
        m_session->clear();
        m_transcript->clearTranscript();
        m_stats->clear();
        updateButtons();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        QString error;
        const QString path = saveConversation(&error);
        m_message->setText(path.isEmpty() ? error : tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
    });
    for (auto [button, suffix] :
         {std::pair{exportMd, QStringLiteral("md")}, std::pair{exportJson, QStringLiteral("json")}}) {
        // Captured by copy under its own name: C++17 does not let a lambda capture a structured binding
        // (GCC allows it; Clang, and so macOS, does not).
        connect(button, &QPushButton::clicked, this, [this, suffix = suffix] {
            auto* dialog = new QFileDialog(this,
                                           tr("Export conversation"),
                                           QDir::homePath(),
                                           suffix == QLatin1String("md") ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
            dialog->setAcceptMode(QFileDialog::AcceptSave);
            dialog->setDefaultSuffix(suffix);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
                QString error;
                m_message->setText(exportTo(path, &error) ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                                                          : error);
            });
            dialog->open();
        });
    }
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QString path = m_saved->itemData(index).toString();
        if (path.isEmpty())
            return;
        QString error;
        if (!openConversation(path, &error))
            m_message->setText(error);
    });

    connect(m_session, &ChatSession::turnAdded, this, &PlaygroundPage::onTurnAdded);
    connect(m_session, &ChatSession::delta, m_transcript, [this](int, const QString& text) {
        m_transcript->appendDelta(text);
        if (m_replay && m_replayPanel->isVisible() && !m_session->turns().isEmpty())
            m_replayPanel->setNewAnswer(m_session->turns().last().content, QString(), false);
    });
    connect(m_session, &ChatSession::statsChanged, this, [this] {
        if (!m_statsTimer->isActive())
            m_statsTimer->start();
    });
    connect(m_session, &ChatSession::turnFinished, this, &PlaygroundPage::onTurnFinished);

    m_provider->setCurrentIndex(0);
    m_baseUrl->setPlaceholderText(ChatRequest::defaultBaseUrl(ChatRequest::Provider::OpenAi).toString());
    m_transcript->setPlaceholderText(
        tr("No messages yet. Pick a provider and a model, type a message and press Send (Ctrl+Enter).\n"
           "Pick a tenant to use its system prompt and to check its plan before sending."));
    refreshSavedList();
    updateButtons();
    connectController();
}

void PlaygroundPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_pricesLoaded)
        loadPrices();
    refreshKeyStatus();
}

void PlaygroundPage::loadPrices()
{
    m_pricesLoaded = true;
    m_model->setPlaceholderText(tr("Loading models…"));
    m_controller->loadPrices();
}

void PlaygroundPage::refreshModels()
{
    const QString current = m_model->currentText();
    const auto provider = ChatRequest::Provider(m_provider->currentData().toInt());
    QStringList models;
    if (!m_tenant.allowedModels.isEmpty())
        models = m_tenant.allowedModels;
    else if (provider == ChatRequest::Provider::Anthropic)
        models = m_prices.models(QStringLiteral("anthropic"));
    else if (provider == ChatRequest::Provider::OpenAi)
        models = m_prices.models(QStringLiteral("openai"));
    else
        models = m_prices.models();
    m_model->blockSignals(true);
    m_model->clear();
    m_model->addItems(models);
    m_model->setEditText(current.isEmpty() ? (m_tenant.defaultModel.isEmpty() ? models.value(0) : m_tenant.defaultModel)
                                           : current);
    m_model->blockSignals(false);
}

void PlaygroundPage::loadTenant(const QString& tenantId)
{
    m_warningBar->hide();
    if (tenantId.isEmpty()) {
        m_controller->dropTenant();
        m_tenant = PlaygroundTenant();
        m_tenantInfo->setText(noTenantText());
        refreshModels();
        return;
    }
    m_tenantInfo->setText(tr("Loading the tenant's configuration…"));
    m_controller->loadTenant(tenantId);
}

QString PlaygroundPage::keySlot() const
{
    const auto provider = ChatRequest::Provider(m_provider->currentData().toInt());
    if (provider == ChatRequest::Provider::Anthropic)
        return QStringLiteral("anthropic");
    if (provider == ChatRequest::Provider::Platform)
        return QStringLiteral("platform");
    // An OpenAI-compatible server at its own base URL uses the custom key.
    return m_baseUrl->text().trimmed().isEmpty() ? QStringLiteral("openai") : QStringLiteral("custom");
}

void PlaygroundPage::refreshTransport()
{
    const auto provider = ChatRequest::Provider(m_provider->currentData().toInt());
    const QString typed = m_baseUrl->text().trimmed();
    const QUrl url = typed.isEmpty() ? ChatRequest::defaultBaseUrl(provider) : QUrl(typed);
    const bool allowed = m_keys->unencryptedKeysAllowed();
    const KeyTransport::Verdict verdict = KeyTransport::check(url, allowed);
    const QString text = verdict.carriesCredential ? verdict.problem : KeyTransport::warning(url, allowed);
    m_transport->setText(text);
    m_transport->setVisible(!text.isEmpty());
}

void PlaygroundPage::refreshKeyStatus()
{
    refreshTransport();
    const QString slot = keySlot();
    m_controller->loadKeyStatus(slot);
}

void PlaygroundPage::applySettings()
{
    m_session->setSettings(currentSettings());
}

ChatSettings PlaygroundPage::currentSettings() const
{
    ChatSettings settings;
    settings.provider = ChatRequest::Provider(m_provider->currentData().toInt());
    settings.baseUrl = QUrl(m_baseUrl->text().trimmed());
    settings.model = m_model->currentText().trimmed();
    settings.system = m_system->toPlainText();
    settings.tenantId = m_tenant.id;
    settings.tenantName = m_tenant.name;
    settings.maxTokens = m_maxTokens->value();
    if (m_temperature->value() > m_temperature->minimum())
        settings.temperature = m_temperature->value();
    settings.unencryptedKeysAllowed = m_keys->unencryptedKeysAllowed();
    return settings;
}

void PlaygroundPage::send(bool anyway)
{
    if (m_session->isStreaming())
        return;
    if (m_input->toPlainText().trimmed().isEmpty()) {
        m_message->setText(tr("Type a message first."));
        return;
    }
    const QStringList warnings = PlanCheck::warnings(m_tenant, m_model->currentText().trimmed());
    if (!warnings.isEmpty() && !anyway) {
        m_warning->setText(warnings.join(u'\n'));
        m_warningBar->show();
        return;
    }
    m_warningBar->hide();
    m_replayPending = false;
    startSending();
}

void PlaygroundPage::openRecorded(const Fetched<RecordedCall>& call)
{
    m_replayPanel->show();
    m_warningBar->hide();
    if (!call.ok()) {
        m_replay.reset();
        m_replayPanel->setRefusal(call.error);
        return;
    }
    m_replay = call.value;
    m_replayPanel->setCall(call.value);
    if (m_session->isStreaming())
        m_session->stop();
    m_session->clear();
    m_transcript->clearTranscript();
    m_stats->clear();
    for (const RecordedCall::Line& line : call.value.transcript())
        m_transcript->addRecordedTurn(line.role, line.text);
    // The tenant's configuration (plan, allowed models, limits) comes with the tenant, then the recorded
    // model and parameters are put back over its defaults.
    if (!call.value.tenantId.isEmpty() && call.value.tenantId != m_tenant.id)
        setTenant(call.value.tenantId, call.value.tenantName); // applyRecordedParameters() once it is read
    applyRecordedParameters();
    m_message->setText(tr("The recorded messages carry their own system prompt; the tenant's current one is not "
                          "added. Press Send again."));
}

void PlaygroundPage::applyRecordedParameters()
{
    if (!m_replay)
        return;
    // The provider the model is priced under (once the prices are read).
    if (const std::optional<ModelPrice> price = m_prices.price(m_replay->model))
        setProvider(price->provider == QLatin1String("anthropic") ? ChatRequest::Provider::Anthropic
                                                                  : ChatRequest::Provider::OpenAi);
    m_model->setEditText(m_replay->model);
    if (m_replay->maxTokens)
        m_maxTokens->setValue(*m_replay->maxTokens);
    m_temperature->setValue(m_replay->temperature.value_or(m_temperature->minimum()));
}

void PlaygroundPage::sendRecordedAgain(bool anyway)
{
    if (!m_replay || m_session->isStreaming())
        return;
    const QStringList warnings = PlanCheck::warnings(m_tenant, m_model->currentText().trimmed());
    if (!warnings.isEmpty() && !anyway) {
        m_replayPending = true;
        m_warning->setText(warnings.join(u'\n'));
        m_warningBar->show();
        return;
    }
    m_warningBar->hide();
    m_replayPending = false;
    applySettings();
    m_transcript->clearTranscript();
    m_replayPanel->setNewAnswer(QString(), QString(), false);
    m_send->setEnabled(false);
    m_message->setText(tr("Reading the key from the keychain…"));
    m_controller->replay(keySlot(), *m_replay);
}

void PlaygroundPage::closeReplay()
{
    m_replay.reset();
    m_replayPending = false;
    m_replayPanel->hide();
}

void PlaygroundPage::startSending()
{
    applySettings();
    const QString slot = keySlot();
    m_send->setEnabled(false);
    m_message->setText(tr("Reading the key from the keychain…"));
    m_controller->send(slot, m_input->toPlainText());
}

void PlaygroundPage::stop()
{
    m_session->stop();
}

void PlaygroundPage::onTurnAdded(int index)
{
    const ChatTurn& turn = m_session->turns().at(index);
    if (turn.recorded)
        m_transcript->addRecordedTurn(turn.role, turn.content);
    else if (turn.role == QLatin1String("user"))
        m_transcript->addUserTurn(turn.content);
    else
        m_transcript->beginAnswer(tr("Assistant · %1").arg(turn.model));
    updateStats();
    updateButtons();
}

void PlaygroundPage::onTurnFinished(int index)
{
    const ChatTurn& turn = m_session->turns().at(index);
    QString note;
    if (!turn.error.isEmpty())
        note = turn.error;
    else if (turn.stopped)
        note = tr("Stopped: the partial answer is kept.");
    else if (turn.finishReason == QLatin1String("length") || turn.finishReason == QLatin1String("max_tokens"))
        note = tr("The answer reached the maximum number of tokens.");
    m_transcript->finishAnswer(turn.content, note, !turn.error.isEmpty());
    if (m_replay && m_replayPanel->isVisible()) {
        QStringList figures;
        if (turn.promptTokens)
            figures << tr("%1 + %2 tokens")
                           .arg(QLocale().toString(*turn.promptTokens),
                                QLocale().toString(turn.completionTokens.value_or(0)));
        figures << (turn.costUsd ? QStringLiteral("$%1").arg(*turn.costUsd, 0, 'f', 8)
                                 : tr("no price for %1").arg(turn.model));
        if (!turn.error.isEmpty())
            figures << turn.error;
        m_replayPanel->setNewAnswer(turn.content, figures.join(QStringLiteral(" · ")), true);
    }
    m_statsTimer->stop();
    updateStats();
    updateButtons();
    emit answerFinished();
}

void PlaygroundPage::updateStats()
{
    const QVector<ChatTurn>& turns = m_session->turns();
    if (turns.isEmpty() || turns.last().role != QLatin1String("assistant")) {
        m_stats->clear();
        return;
    }
    const ChatTurn& turn = turns.last();
    QStringList facts;
    if (turn.ttftMs >= 0)
        facts << tr("First token %1 ms").arg(qRound(turn.ttftMs));
    else if (turn.streaming)
        facts << tr("Waiting for the first token…");
    else
        facts << tr("No answer");
    if (turn.tokensPerSecond >= 0)
        facts << tr("%1 tokens/s").arg(QLocale().toString(turn.tokensPerSecond, 'f', 1));
    if (turn.promptTokens)
        facts << tr("%1 in + %2 out tokens")
                     .arg(QLocale().toString(*turn.promptTokens),
                          QLocale().toString(turn.completionTokens.value_or(0)));
    else if (turn.chunks > 0)
        facts << tr("~%1 tokens so far").arg(QLocale().toString(turn.chunks));
    if (turn.costUsd)
        facts << QStringLiteral("$%1").arg(*turn.costUsd, 0, 'f', 6);
    else if (turn.promptTokens && !turn.streaming)
        facts << tr("no price for %1").arg(turn.model);
    m_stats->setText(facts.join(QStringLiteral(" · ")));
}

void PlaygroundPage::updateButtons()
{
    const bool streaming = m_session->isStreaming();
    m_send->setEnabled(!streaming);
    m_stop->setEnabled(streaming);
}

QString PlaygroundPage::statsText() const
{
    return m_stats->text();
}

QString PlaygroundPage::warningText() const
{
    return m_warningBar->isVisibleTo(this) ? m_warning->text() : QString();
}

QString PlaygroundPage::message() const
{
    return m_message->text();
}

void PlaygroundPage::setProvider(ChatRequest::Provider provider)
{
    m_provider->setCurrentIndex(m_provider->findData(int(provider)));
}

void PlaygroundPage::setBaseUrl(const QString& url)
{
    m_baseUrl->setText(url);
    refreshKeyStatus();
}

void PlaygroundPage::setModel(const QString& model)
{
    m_model->setEditText(model);
}

void PlaygroundPage::setTenant(const QString& tenantId, const QString& label)
{
    if (tenantId.isEmpty())
        m_tenantPicker->clearChoice();
    else
        m_tenantPicker->choose(tenantId, label);
}

void PlaygroundPage::setPrompt(const QString& text)
{
    m_input->setPlainText(text);
}

QString PlaygroundPage::prompt() const
{
    return m_input->toPlainText();
}

bool PlaygroundPage::exportTo(const QString& path, QString* error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    const QByteArray bytes = path.endsWith(QLatin1String(".md"), Qt::CaseInsensitive)
        ? m_session->toMarkdown().toUtf8()
        : QJsonDocument(m_session->toJson()).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        *error = tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

QString PlaygroundPage::saveConversation(QString* error)
{
    if (m_session->turns().isEmpty()) {
        *error = tr("Nothing to save yet.");
        return {};
    }
    if (!m_session->isStreaming())
        applySettings();
    if (!QDir().mkpath(conversationsFolder())) {
        *error = tr("Could not create %1").arg(QDir::toNativeSeparators(conversationsFolder()));
        return {};
    }
    const QString path = conversationsFolder() + u'/'
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")) + QStringLiteral(".json");
    if (!exportTo(path, error))
        return {};
    refreshSavedList();
    return path;
}

bool PlaygroundPage::openConversation(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument document = QJsonDocument::fromJson(file.read(32 * 1024 * 1024), &parse);
    if (parse.error != QJsonParseError::NoError) {
        *error = tr("%1 is not valid JSON: %2").arg(QDir::toNativeSeparators(path), parse.errorString());
        return false;
    }
    if (!m_session->load(document.object(), error))
        return false;
    const ChatSettings& settings = m_session->settings();
    setProvider(settings.provider);
    m_baseUrl->setText(settings.baseUrl.toString());
    m_model->setEditText(settings.model);
    m_system->setPlainText(settings.system);
    m_maxTokens->setValue(settings.maxTokens);
    m_temperature->setValue(settings.temperature.value_or(m_temperature->minimum()));
    if (!settings.tenantId.isEmpty())
        setTenant(settings.tenantId, settings.tenantName);
    rerenderTranscript();
    updateStats();
    return true;
}

void PlaygroundPage::rerenderTranscript()
{
    m_transcript->clearTranscript();
    for (int i = 0; i < m_session->turns().size(); ++i) {
        const ChatTurn& turn = m_session->turns().at(i);
        if (turn.role == QLatin1String("user")) {
            m_transcript->addUserTurn(turn.content);
            continue;
        }
        m_transcript->beginAnswer(tr("Assistant · %1").arg(turn.model));
        m_transcript->finishAnswer(turn.content,
                                   turn.error.isEmpty() ? (turn.stopped ? tr("Stopped.") : QString()) : turn.error,
                                   !turn.error.isEmpty());
    }
}

void PlaygroundPage::refreshSavedList()
{
    m_saved->clear();
    m_saved->addItem(tr("Saved conversations…"), QString());
    const QDir folder(conversationsFolder());
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : files.mid(0, 200))
        m_saved->addItem(name.chopped(5), folder.filePath(name));
}

void PlaygroundPage::connectController()
{
    connect(
        m_controller, &PlaygroundController::pricesLoaded, this, [this](const Fetched<QVector<ModelPrice>>& fetched) {
            m_model->setPlaceholderText(QString());
            if (!fetched.ok()) {
                m_pricesLoaded = false; // try again next time the page shows
                m_message->setText(tr("Prices could not be read (%1): costs are not "
                                      "shown.")
                                       .arg(fetched.error));
                return;
            }
            m_prices.set(fetched.value);
            m_session->setPrices(m_prices);
            refreshModels();
            applyRecordedParameters();
            emit pricesLoaded();
        });
    connect(m_controller, &PlaygroundController::tenantLoaded, this, [this](const Fetched<PlaygroundTenant>& fetched) {
        if (!fetched.ok()) {
            m_tenant = PlaygroundTenant();
            m_tenantInfo->setText(fetched.error);
            return;
        }
        m_tenant = fetched.value;
        m_system->setPlainText(m_tenant.systemPrompt);
        QStringList facts;
        facts << tr("Plan allows: %1")
                     .arg(m_tenant.allowedModels.isEmpty() ? tr("every model")
                                                           : m_tenant.allowedModels.join(QStringLiteral(", ")));
        if (m_tenant.includedTokens)
            facts << tr("%1 of %2 tokens used this month")
                         .arg(QLocale().toString(m_tenant.usedTokens), QLocale().toString(*m_tenant.includedTokens));
        if (m_tenant.status != QLatin1String("active"))
            facts << tr("status: %1").arg(m_tenant.status);
        // Try as this tenant: its effective AI configuration fills the prompt, model, temperature and
        // maximum, as its gateway would apply them.
        const QJsonObject& config = m_tenant.aiConfig;
        if (!config.isEmpty()) {
            QStringList on;
            const QJsonObject flags = config.value(QStringLiteral("flags")).toObject();
            for (auto it = flags.begin(); it != flags.end(); ++it)
                if (it.value().toBool())
                    on << it.key();
            facts << tr("AI configuration: global v%1%2, prompt %3, RAG %4, flags on: %5")
                         .arg(config.value(QStringLiteral("global_version")).toInt())
                         .arg(config.value(QStringLiteral("tenant_version")).isDouble()
                                  ? tr(" + tenant v%1").arg(config.value(QStringLiteral("tenant_version")).toInt())
                                  : QString())
                         .arg(config.value(QStringLiteral("prompt_version")).toString(tr("none")),
                              config.value(QStringLiteral("rag")).toBool() ? tr("on") : tr("off"),
                              on.isEmpty() ? tr("none") : on.join(QStringLiteral(", ")));
        }
        m_maxTokens->setValue(m_tenant.maxTokens.value_or(m_maxTokens->value()));
        m_temperature->setValue(m_tenant.temperature.value_or(m_temperature->minimum()));
        m_tenantInfo->setText(facts.join(QStringLiteral(" · ")));
        m_model->setEditText(QString());
        refreshModels();
        if (!m_tenant.defaultModel.isEmpty())
            m_model->setEditText(m_tenant.defaultModel);
        applyRecordedParameters(); // a replay keeps the recorded model and parameters
        emit tenantLoaded();
    });
    connect(m_controller,
            &PlaygroundController::keyStatusLoaded,
            this,
            [this](const QString& slot, const Fetched<QVector<LocalKey>>& fetched) {
                if (!fetched.ok()) {
                    m_keyStatus->setText(tr("Keychain: %1").arg(fetched.error));
                    return;
                }
                for (const LocalKey& key : fetched.value) {
                    if (key.provider != slot)
                        continue;
                    if (key.stored)
                        m_keyStatus->setText(tr("Key %1 (keychain)").arg(key.masked));
                    else if (slot == QLatin1String("custom"))
                        // A local server (Ollama, llama.cpp, vLLM) often needs none: say what will happen.
                        m_keyStatus->setText(tr("No key stored for this base URL: requests go without one (add one "
                                                "on the Keys page if the server needs it)"));
                    else
                        m_keyStatus->setText(
                            tr("No %1 key stored: add one on the Keys page").arg(KeyProvider::displayName(slot)));
                    if (m_baseUrl->text().isEmpty() && !key.baseUrl.isEmpty() && slot != QLatin1String("openai"))
                        m_baseUrl->setText(key.baseUrl);
                }
            });
    connect(m_controller, &PlaygroundController::sendStarted, this, [this](bool started, const QString& error) {
        if (!started) {
            m_message->setText(error);
        } else {
            m_input->clear();
            m_message->clear();
        }
        updateButtons();
    });
}
