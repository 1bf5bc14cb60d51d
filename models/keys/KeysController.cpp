#include <models/keys/KeysController.h>

#include <async/Guarded.h>

KeysController::KeysController(LocalKeyStore* keys,
                               SealedKeyRepository* sealed,
                               QNetworkAccessManager* network,
                               QObject* parent)
    : QObject(parent)
    , m_keys(keys)
    , m_sealed(sealed)
    , m_network(network)
{
}

void KeysController::listLocal()
{
    deliver(m_keys->list(), this, [this](const Fetched<QVector<LocalKey>>& keys) { emit localListed(keys); });
}

void KeysController::store(const QString& provider, const QString& key, const QString& baseUrl)
{
    deliver(m_keys->store(provider, key, baseUrl), this, [this, provider](const Fetched<bool>& result) {
        emit stored(provider, result);
    });
}

void KeysController::test(const QString& provider)
{
    deliver(m_keys->test(m_network, provider), this, [this, provider](const KeyCheckResult& result) {
        emit tested(provider, result);
    });
}

void KeysController::remove(const QString& provider)
{
    deliver(m_keys->remove(provider), this, [this, provider](const Fetched<bool>& result) {
        emit removed(provider, result);
    });
}

void KeysController::listUploads(const QString& tenantId)
{
    deliver(m_sealed->list(tenantId), this, [this, tenantId](const Fetched<QVector<SealedKeyInfo>>& keys) {
        emit uploadsListed(tenantId, keys);
    });
}

void KeysController::upload(const QString& tenantId, const QString& provider, const QString& label)
{
    deliver(m_sealed->uploadFrom(m_keys->key(provider), tenantId, provider, label, m_keys->baseUrl(provider)),
            this,
            [this](const Fetched<QString>& keyId) { emit uploaded(keyId); });
}

void KeysController::revoke(const QString& keyId, const QString& reason)
{
    deliver(m_sealed->revoke(keyId, reason), this, [this](const Fetched<bool>& result) { emit revoked(result); });
}
