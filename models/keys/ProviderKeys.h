#pragma once

#include <models/common/Fetched.h>

#include <net/KeyCheck.h>

#include <QDateTime>
#include <QFuture>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QVector>

class PgSession;
class QNetworkAccessManager;
class SecretStore;

// The providers a BYOK key can belong to. Custom is any OpenAI-compatible server at its own base URL.
namespace KeyProvider
{
QStringList all(); // "openai", "anthropic", "custom", "platform" (the gateway's token)
QString displayName(const QString& provider);
bool isKnown(const QString& provider);
QString environmentVariable(const QString& provider); // OPENAI_API_KEY, ANTHROPIC_API_KEY, TS_GATEWAY_TOKEN
// Tests `key` with the provider's cheapest authenticated request (net/KeyCheck); the gateway token is
// refused with a message: it is tested by a chat. Nothing is sent where KeyTransport says no.
QFuture<KeyCheckResult> test(QNetworkAccessManager* network,
                             const QString& provider,
                             const QString& baseUrl,
                             QString key,
                             bool unencryptedAllowed = false);
} // namespace KeyProvider

// "••••••••abcd": enough to tell keys apart, never enough to use one.
QString maskedKey(const QString& key);

struct LocalKey
{
    QString provider;
    bool stored = false;
    QString masked; // empty when not stored
    QString baseUrl; // custom and platform only
};

// This desktop's own provider keys, in the OS keychain through SecretStore, one per profile and provider
// ("profile/<name>/provider/<provider>"). Never in QSettings, logs or exports: only the custom base URL,
// which is not a secret, is kept in the settings.
class LocalKeyStore : public QObject
{
    Q_OBJECT

public:
    LocalKeyStore(SecretStore* secrets, QString profile, QObject* parent = nullptr);

    QFuture<Fetched<QVector<LocalKey>>> list();
    QFuture<Fetched<bool>> store(const QString& provider, const QString& key, const QString& baseUrl = {});
    QFuture<Fetched<bool>> remove(const QString& provider);
    // The key itself, for one request; the caller clears it after use. NotFound is an error naming the
    // provider.
    QFuture<Fetched<QString>> key(const QString& provider);
    QString baseUrl(const QString& provider) const;
    // The stored key tested against its provider (KeyProvider::test), at its stored base URL.
    QFuture<KeyCheckResult> test(QNetworkAccessManager* network, const QString& provider);
    // The profile's choice: may keys go over http:// or ws:// to another machine (KeyTransport)?
    void setUnencryptedKeysAllowed(bool allowed) { m_unencryptedAllowed = allowed; }
    bool unencryptedKeysAllowed() const { return m_unencryptedAllowed; }

    static QString keychainKey(const QString& profile, const QString& provider);
    // A key's shape, checked before it is stored: not empty, no whitespace or control characters.
    static QString validate(const QString& provider, const QString& key, const QString& baseUrl);

private:
    QString settingsKey(const QString& provider) const;

    SecretStore* m_secrets;
    QString m_profile;
    bool m_unencryptedAllowed = false;
};

struct SealedKeyInfo
{
    QString id;
    QString tenantId;
    QString provider;
    QString label;
    QString baseUrl;
    QString last4;
    QString fingerprint;
    QString sealingKeyId;
    QDateTime createdAt;
    QString createdBy;
    QDateTime revokedAt;
    QString revokedBy;
    bool isActive() const { return !revokedAt.isValid(); }
};
Q_DECLARE_METATYPE(SealedKeyInfo)

// A tenant's keys on the platform, sealed here with the platform's public key (net/SealedBox,
// docs/byok-sealing.md) and stored by provider_key_upload, which checks the caller's rights and audits.
// Listing shows metadata only: no role of ours can read the sealed blob.
class SealedKeyRepository
{
public:
    explicit SealedKeyRepository(PgSession* pg);

    QFuture<Fetched<QVector<SealedKeyInfo>>> list(const QString& tenantId) const;
    // Seals `key` for tenant and provider and uploads it; the new key's id.
    QFuture<Fetched<QString>> upload(const QString& tenantId,
                                     const QString& provider,
                                     const QString& label,
                                     const QString& baseUrl,
                                     const QString& key) const;
    // The same, with the key a read delivers (the keychain's, or the environment's): it is cleared once sealed.
    QFuture<Fetched<QString>> uploadFrom(QFuture<Fetched<QString>> key,
                                         const QString& tenantId,
                                         const QString& provider,
                                         const QString& label,
                                         const QString& baseUrl) const;
    QFuture<Fetched<bool>> revoke(const QString& keyId, const QString& reason) const;

private:
    PgSession* m_pg;
};
