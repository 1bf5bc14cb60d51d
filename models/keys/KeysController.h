#pragma once

#include <models/common/Fetched.h>
#include <models/keys/ProviderKeys.h>

#include <QObject>

class QNetworkAccessManager;

// The Keys page's reads and changes, off the widget: this profile's keychain keys (store, test, delete)
// and a tenant's keys on the platform (upload sealed, revoke). Each answer comes back as a signal.
class KeysController : public QObject
{
    Q_OBJECT

public:
    KeysController(LocalKeyStore* keys,
                   SealedKeyRepository* sealed,
                   QNetworkAccessManager* network,
                   QObject* parent = nullptr);

    void listLocal();
    void store(const QString& provider, const QString& key, const QString& baseUrl);
    void test(const QString& provider);
    void remove(const QString& provider);
    void listUploads(const QString& tenantId);
    // The keychain's key for `provider`, sealed with the platform's public key and uploaded (audited).
    void upload(const QString& tenantId, const QString& provider, const QString& label);
    void revoke(const QString& keyId, const QString& reason);

signals:
    void localListed(const Fetched<QVector<LocalKey>>& keys);
    void stored(const QString& provider, const Fetched<bool>& result);
    void tested(const QString& provider, const KeyCheckResult& result);
    void removed(const QString& provider, const Fetched<bool>& result);
    void uploadsListed(const QString& tenantId, const Fetched<QVector<SealedKeyInfo>>& keys);
    void uploaded(const Fetched<QString>& keyId);
    void revoked(const Fetched<bool>& result);

private:
    LocalKeyStore* m_keys;
    SealedKeyRepository* m_sealed;
    QNetworkAccessManager* m_network;
};
