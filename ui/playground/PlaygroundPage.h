#pragma once

#include <models/playground/ChatSession.h>
#include <models/playground/Playground.h>
#include <models/playground/RecordedCall.h>

#include <QWidget>

#include <optional>

class LocalKeyStore;
class PlaygroundController;
class PlaygroundRepository;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPlainTextEdit;
class QPushButton;
class QDoubleSpinBox;
class QSpinBox;
class QTimer;
class ReplayPanel;
class TenantPicker;
class TenantRepository;
class TranscriptView;

// Chat as a tenant's users would, or with no tenant: provider, model and key; the answer streams token by
// token with live time to first token, tokens per second, usage and cost; Stop keeps the partial answer.
// A request the tenant's plan would refuse is flagged before it is sent. Conversations are saved and
// exported (Markdown, JSON) without any key in them.
class PlaygroundPage : public QWidget
{
    Q_OBJECT

public:
    PlaygroundPage(PlaygroundRepository* playground,
                   TenantRepository* tenants,
                   LocalKeyStore* keys,
                   QNetworkAccessManager* network,
                   QWidget* parent = nullptr);

    ChatSession* session() const { return m_session; }
    TranscriptView* transcript() const { return m_transcript; }
    QString statsText() const;
    QString warningText() const;
    QString message() const;

    void setProvider(ChatRequest::Provider provider);
    void setBaseUrl(const QString& url);
    void setModel(const QString& model);
    // What the next request is sent with (as the tenant's configuration filled them in, or as edited).
    ChatSettings currentSettings() const;
    void setTenant(const QString& tenantId, const QString& label);
    void setPrompt(const QString& text);
    QString prompt() const;
    // Sends the prompt; with warnings from the plan check it waits for "Send anyway" unless forced.
    void send(bool anyway = false);
    void stop();
    bool exportTo(const QString& path, QString* error) const; // .md: Markdown, else JSON
    QString saveConversation(QString* error); // into the app's data folder; the file's path
    bool openConversation(const QString& path, QString* error);
    // An execution's LLM call opened from its trace: the tenant, model and parameters it used are set, its
    // messages wait to be sent again beside the recorded answer; a node that recorded no chat request
    // says so in the replay panel.
    void openRecorded(const Fetched<RecordedCall>& call);
    // Sends the opened call again (plan warnings wait for "Send anyway" unless forced).
    void sendRecordedAgain(bool anyway = false);
    ReplayPanel* replayPanel() const { return m_replayPanel; }

signals:
    void tenantLoaded();
    void pricesLoaded();
    void answerFinished();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectController();
    void loadPrices();
    void loadTenant(const QString& tenantId);
    void refreshKeyStatus();
    void refreshTransport();
    void refreshModels();
    void applySettings();
    QString keySlot() const;
    void startSending();
    void applyRecordedParameters();
    void closeReplay();
    void onTurnAdded(int index);
    void onTurnFinished(int index);
    void updateStats();
    void updateButtons();
    void rerenderTranscript();
    void refreshSavedList();

    LocalKeyStore* m_keys;
    ChatSession* m_session;
    PlaygroundController* m_controller;
    PriceTable m_prices;
    PlaygroundTenant m_tenant;
    TenantPicker* m_tenantPicker;
    QComboBox* m_provider;
    QLineEdit* m_baseUrl;
    QComboBox* m_model;
    QSpinBox* m_maxTokens;
    QDoubleSpinBox* m_temperature; // its minimum means "the provider's default"
    QLabel* m_keyStatus;
    QLabel* m_transport; // a key going unencrypted, or a URL carrying a credential
    QLabel* m_tenantInfo;
    QPlainTextEdit* m_system;
    TranscriptView* m_transcript;
    QWidget* m_warningBar;
    QLabel* m_warning;
    QPlainTextEdit* m_input;
    QPushButton* m_send;
    QPushButton* m_stop;
    QLabel* m_stats;
    QLabel* m_message;
    QComboBox* m_saved;
    QTimer* m_statsTimer;
    bool m_pricesLoaded = false;
    ReplayPanel* m_replayPanel;
    std::optional<RecordedCall> m_replay;
    bool m_replayPending = false; // "Send anyway" answers the replay's plan warning, not a typed message
};
