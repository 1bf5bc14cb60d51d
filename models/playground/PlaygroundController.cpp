#include <models/playground/PlaygroundController.h>

#include <async/Guarded.h>
#include <models/playground/ChatSession.h>

PlaygroundController::PlaygroundController(PlaygroundRepository* playground,
                                           LocalKeyStore* keys,
                                           ChatSession* session,
                                           QObject* parent)
    : QObject(parent)
    , m_playground(playground)
    , m_keys(keys)
    , m_session(session)
{
}

void PlaygroundController::loadPrices()
{
    deliver(m_playground->prices(), this, [this](const Fetched<QVector<ModelPrice>>& prices) {
        emit pricesLoaded(prices);
    });
}

void PlaygroundController::loadTenant(const QString& tenantId)
{
    const quint64 generation = ++m_tenantGeneration;
    deliver(m_playground->tenant(tenantId), this, [this, generation](const Fetched<PlaygroundTenant>& tenant) {
        if (generation == m_tenantGeneration)
            emit tenantLoaded(tenant);
    });
}

void PlaygroundController::loadKeyStatus(const QString& slot)
{
    deliver(m_keys->list(), this, [this, slot](const Fetched<QVector<LocalKey>>& keys) {
        emit keyStatusLoaded(slot, keys);
    });
}

void PlaygroundController::send(const QString& slot, const QString& prompt)
{
    m_keys->key(slot).then(QCoreApplication::instance(), guarded(this, [this, slot, prompt](Fetched<QString> key) {
                               // A local OpenAI-compatible server often needs no key.
                               if (!key.ok() && slot != QLatin1String("custom")) {
                                   emit sendStarted(false, key.error);
                                   return;
                               }
                               QString error;
                               const bool started = m_session->send(prompt, key.value, &error);
                               key.value.fill(u'\0');
                               emit sendStarted(started, error);
                           }));
}

void PlaygroundController::replay(const QString& slot, const RecordedCall& call)
{
    m_keys->key(slot).then(QCoreApplication::instance(), guarded(this, [this, slot, call](Fetched<QString> key) {
                               if (!key.ok() && slot != QLatin1String("custom")) {
                                   emit sendStarted(false, key.error);
                                   return;
                               }
                               QString error;
                               const bool started = m_session->replay(call, key.value, &error);
                               key.value.fill(u'\0');
                               emit sendStarted(started, error);
                           }));
}
