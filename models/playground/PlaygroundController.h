#pragma once

#include <models/common/Fetched.h>
#include <models/keys/ProviderKeys.h>
#include <models/playground/Playground.h>
#include <models/playground/RecordedCall.h>

#include <QObject>

class ChatSession;

// The Playground page's reads, off the widget: the price table, the chosen tenant's configuration (a newer
// choice makes an older answer stale), which key the keychain holds, and the key for one message, read
// and handed to the chat session here so it never travels through a signal.
class PlaygroundController : public QObject
{
    Q_OBJECT

public:
    PlaygroundController(PlaygroundRepository* playground,
                         LocalKeyStore* keys,
                         ChatSession* session,
                         QObject* parent = nullptr);

    void loadPrices();
    void loadTenant(const QString& tenantId);
    // No tenant: an answer still on its way is dropped.
    void dropTenant() { ++m_tenantGeneration; }
    void loadKeyStatus(const QString& slot);
    // Reads the key of `slot` and sends `prompt` with it (a local OpenAI-compatible server, slot "custom",
    // may go without one).
    void send(const QString& slot, const QString& prompt);
    // Reads the key of `slot` and sends a recorded call again with it.
    void replay(const QString& slot, const RecordedCall& call);

signals:
    void pricesLoaded(const Fetched<QVector<ModelPrice>>& prices);
    void tenantLoaded(const Fetched<PlaygroundTenant>& tenant);
    void keyStatusLoaded(const QString& slot, const Fetched<QVector<LocalKey>>& keys);
    // started false: `error` says why nothing was sent.
    void sendStarted(bool started, const QString& error);

private:
    PlaygroundRepository* m_playground;
    LocalKeyStore* m_keys;
    ChatSession* m_session;
    quint64 m_tenantGeneration = 0;
};
