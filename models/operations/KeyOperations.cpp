#include <models/operations/KeyOperations.h>

#include <net/SecretStore.h>

#include <QNetworkAccessManager>

#include <utility>

KeyOperations::KeyOperations(const QString& profile, bool unencryptedKeysAllowed)
    : m_secrets(std::make_unique<SecretStore>())
    , m_store(std::make_unique<LocalKeyStore>(m_secrets.get(), profile))
{
    m_store->setUnencryptedKeysAllowed(unencryptedKeysAllowed);
}

KeyOperations::~KeyOperations() = default;

QFuture<Fetched<QVector<LocalKey>>> KeyOperations::list() const
{
    return m_store->list();
}

QFuture<Fetched<bool>> KeyOperations::set(const QString& provider, const QString& key, const QString& baseUrl) const
{
    const QString invalid = LocalKeyStore::validate(provider, key, baseUrl);
    if (!invalid.isEmpty())
        return refusedFuture<bool>(invalid);
    return m_store->store(provider, key, baseUrl);
}

QFuture<Fetched<bool>> KeyOperations::remove(const QString& provider) const
{
    return m_store->remove(provider);
}

QString KeyOperations::baseUrl(const QString& provider) const
{
    return m_store->baseUrl(provider);
}

QFuture<Fetched<ResolvedKey>> KeyOperations::resolve(const QString& provider) const
{
    const QString variable = KeyProvider::environmentVariable(provider);
    if (!variable.isEmpty() && !qEnvironmentVariable(qPrintable(variable)).isEmpty())
        return QtFuture::makeReadyFuture(
            Fetched<ResolvedKey>{QString(), ResolvedKey{qEnvironmentVariable(qPrintable(variable)), variable}});
    // The keychain answers on its own thread; the continuation only repackages the value.
    return m_store->key(provider).then([](const Fetched<QString>& stored) {
        return Fetched<ResolvedKey>{stored.error, ResolvedKey{stored.value, QStringLiteral("keychain")}};
    });
}

QFuture<Fetched<QString>> KeyOperations::uploadSealed(const SealedKeyRepository& sealed,
                                                      const QString& tenantId,
                                                      const QString& provider,
                                                      const QString& label,
                                                      const QString& baseUrl) const
{
    QFuture<Fetched<QString>> key = resolve(provider).then([](Fetched<ResolvedKey> resolved) {
        return Fetched<QString>{resolved.error, std::exchange(resolved.value.key, QString())};
    });
    return sealed.uploadFrom(key, tenantId, provider, label, baseUrl.isEmpty() ? m_store->baseUrl(provider) : baseUrl);
}

QFuture<KeyCheckResult> KeyOperations::test(const QString& provider, const QString& baseUrl, QString key)
{
    if (!m_network)
        m_network = std::make_unique<QNetworkAccessManager>();
    return KeyProvider::test(m_network.get(),
                             provider,
                             baseUrl.isEmpty() ? m_store->baseUrl(provider) : baseUrl,
                             std::move(key),
                             m_store->unencryptedKeysAllowed());
}
