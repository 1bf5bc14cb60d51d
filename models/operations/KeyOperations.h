#pragma once

#include <models/common/Fetched.h>
#include <models/keys/ProviderKeys.h>

#include <QFuture>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class SecretStore;

// A key for one request and where it came from: the provider's environment variable or "keychain".
struct ResolvedKey
{
    QString key; // the caller clears it after use
    QString source;
};

// This desktop's BYOK keys for one profile (OS keychain) and their check with the provider. It needs no
// connection to the platform: `keys set|list|delete|test` work offline, so a shell may build it alone.
class KeyOperations
{
public:
    KeyOperations(const QString& profile, bool unencryptedKeysAllowed);
    ~KeyOperations();

    LocalKeyStore* store() const { return m_store.get(); }

    QFuture<Fetched<QVector<LocalKey>>> list() const;
    // Validates the key's shape first (LocalKeyStore::validate): a refusal is a finished future.
    QFuture<Fetched<bool>> set(const QString& provider, const QString& key, const QString& baseUrl) const;
    QFuture<Fetched<bool>> remove(const QString& provider) const;
    QString baseUrl(const QString& provider) const;
    // The provider's environment variable when set (scripts, CI), else this profile's keychain entry.
    QFuture<Fetched<ResolvedKey>> resolve(const QString& provider) const;
    // The key resolve() finds, sealed with the platform's public key and uploaded for a tenant (audited); the
    // new key's id.
    QFuture<Fetched<QString>> uploadSealed(const SealedKeyRepository& sealed,
                                           const QString& tenantId,
                                           const QString& provider,
                                           const QString& label,
                                           const QString& baseUrl) const;
    // `key` against its provider at `baseUrl` (empty: the stored one), with the profile's transport rule.
    QFuture<KeyCheckResult> test(const QString& provider, const QString& baseUrl, QString key);

private:
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<LocalKeyStore> m_store;
    std::unique_ptr<QNetworkAccessManager> m_network;
};
