#include <models/keys/ProviderKeys.h>

#include <async/Guarded.h>

#include <models/common/TenantScope.h>
#include <models/playground/KeyTransport.h>

#include <models/common/ReadError.h>
#include <models/common/Validation.h>

#include <net/PgSession.h>
#include <net/SealedBox.h>
#include <net/SecretStore.h>

#include <QCoreApplication>
#include <QSettings>
#include <QUrl>
#include <QUuid>

#include <utility>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("ProviderKeys", text);
}

bool isUuid(const QString& text)
{
    return !QUuid::fromString(text).isNull();
}
} // namespace

namespace KeyProvider
{
QStringList all()
{
    return {
        QStringLiteral("openai"), QStringLiteral("anthropic"), QStringLiteral("custom"), QStringLiteral("platform")};
}

QString displayName(const QString& provider)
{
    if (provider == QLatin1String("openai"))
        return QStringLiteral("OpenAI");
    if (provider == QLatin1String("anthropic"))
        return QStringLiteral("Anthropic");
    if (provider == QLatin1String("custom"))
        return tr("OpenAI-compatible (custom base URL)");
    if (provider == QLatin1String("platform"))
        return tr("Platform gateway token");
    return provider;
}

bool isKnown(const QString& provider)
{
    return all().contains(provider);
}

QString environmentVariable(const QString& provider)
{
    if (provider == QLatin1String("openai") || provider == QLatin1String("custom"))
        return QStringLiteral("OPENAI_API_KEY");
    if (provider == QLatin1String("anthropic"))
        return QStringLiteral("ANTHROPIC_API_KEY");
    if (provider == QLatin1String("platform"))
        return QStringLiteral("TS_GATEWAY_TOKEN");
    return {};
}

QFuture<KeyCheckResult> test(QNetworkAccessManager* network,
                             const QString& provider,
                             const QString& baseUrl,
                             QString key,
                             bool unencryptedAllowed)
{
    if (provider == QLatin1String("platform")) {
        key.fill(u'\0');
        KeyCheckResult refused;
        refused.message = tr("The gateway token is tested by sending a message (Playground, or tenantscope-cli "
                             "chat --provider platform).");
        return QtFuture::makeReadyFuture(refused);
    }
    const auto kind
        = provider == QLatin1String("anthropic") ? ChatRequest::Provider::Anthropic : ChatRequest::Provider::OpenAi;
    const QUrl target = baseUrl.isEmpty() ? ChatRequest::defaultBaseUrl(kind) : QUrl(baseUrl);
    const KeyTransport::Verdict transport = KeyTransport::check(target, unencryptedAllowed);
    if (!transport.mayCarryKey) {
        key.fill(u'\0');
        KeyCheckResult refused;
        refused.message = transport.problem;
        return QtFuture::makeReadyFuture(refused);
    }
    auto check = checkProviderKey(network, kind, QUrl(baseUrl), key);
    key.fill(u'\0');
    return check;
}
} // namespace KeyProvider

QString maskedKey(const QString& key)
{
    if (key.size() <= 4)
        return QString(8, QChar(0x2022));
    return QString(8, QChar(0x2022)) + key.right(4);
}

LocalKeyStore::LocalKeyStore(SecretStore* secrets, QString profile, QObject* parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_profile(std::move(profile))
{
}

QString LocalKeyStore::keychainKey(const QString& profile, const QString& provider)
{
    return SecretStore::profileKey(profile, QStringLiteral("provider/") + provider);
}

QString LocalKeyStore::settingsKey(const QString& provider) const
{
    return QStringLiteral("providerKeys/%1/%2/baseUrl").arg(m_profile, provider);
}

QString LocalKeyStore::baseUrl(const QString& provider) const
{
    return QSettings().value(settingsKey(provider)).toString();
}

QString LocalKeyStore::validate(const QString& provider, const QString& key, const QString& baseUrl)
{
    if (!KeyProvider::isKnown(provider))
        return tr("provider: one of openai, anthropic, custom, platform");
    if (key.trimmed().isEmpty())
        return tr("the key is empty");
    if (key.size() > 4096)
        return tr("the key is longer than 4,096 characters: is it the right text?");
    for (const QChar c : key)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("the key contains spaces or control characters: paste the key alone");
    if (provider == QLatin1String("custom")) {
        const QUrl url(baseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
            || url.host().isEmpty())
            return tr("a custom provider needs its base URL, like http://localhost:8000/v1");
    }
    if (provider == QLatin1String("platform")) {
        const QUrl url(baseUrl);
        if (!url.isValid() || (url.scheme() != QLatin1String("wss") && url.scheme() != QLatin1String("ws"))
            || url.host().isEmpty())
            return tr("the platform gateway needs its URL, like wss://gateway.example.com/chat");
    }
    // The base URL is kept in the settings: never one that carries a credential.
    const QString credential = baseUrl.isEmpty() ? QString() : KeyTransport::credentialIn(QUrl(baseUrl));
    if (!credential.isEmpty())
        return tr("the base URL carries a credential (%1): take it out, the key goes in the keychain").arg(credential);
    return {};
}

QFuture<Fetched<QVector<LocalKey>>> LocalKeyStore::list()
{
    const QStringList providers = KeyProvider::all();
    QList<QFuture<SecretResult>> reads;
    for (const QString& provider : providers)
        reads.append(m_secrets->read(keychainKey(m_profile, provider)));
    QVector<QString> baseUrls;
    for (const QString& provider : providers)
        baseUrls.append(baseUrl(provider));
    return QtFuture::whenAll(reads.begin(), reads.end())
        .then([providers, baseUrls](const QList<QFuture<SecretResult>>& done) {
            Fetched<QVector<LocalKey>> fetched;
            for (int i = 0; i < done.size(); ++i) {
                SecretResult read = done.at(i).result();
                if (read.status == SecretResult::Status::Unavailable || read.status == SecretResult::Status::Error) {
                    fetched.error = read.error;
                    fetched.value.clear();
                    return fetched;
                }
                LocalKey key;
                key.provider = providers.at(i);
                key.stored = read.ok();
                if (read.ok()) {
                    QString text = read.text();
                    key.masked = maskedKey(text);
                    wipeAndClear(text);
                }
                key.baseUrl = baseUrls.at(i);
                read.secret.reset();
                fetched.value.append(key);
            }
            return fetched;
        });
}

QFuture<Fetched<bool>> LocalKeyStore::store(const QString& provider, const QString& key, const QString& baseUrl)
{
    const QString invalid = validate(provider, key, baseUrl);
    if (!invalid.isEmpty())
        return refusedFuture<bool>(invalid);
    const QString settings = settingsKey(provider);
    const bool hasUrl = provider == QLatin1String("custom") || provider == QLatin1String("platform");
    const QString url = hasUrl ? baseUrl.trimmed() : QString();
    return m_secrets->write(keychainKey(m_profile, provider), key).then([settings, url](const SecretResult& written) {
        Fetched<bool> done;
        done.value = written.ok();
        if (!written.ok()) {
            done.error = written.error;
            return done;
        }
        QSettings s;
        if (url.isEmpty())
            s.remove(settings);
        else
            s.setValue(settings, url);
        return done;
    });
}

QFuture<Fetched<bool>> LocalKeyStore::remove(const QString& provider)
{
    if (!KeyProvider::isKnown(provider))
        return refusedFuture<bool>(tr("provider: one of openai, anthropic, custom, platform"));
    const QString settings = settingsKey(provider);
    const QString entry = keychainKey(m_profile, provider);
    SecretStore* secrets = m_secrets;
    // Read first: some keychains report success for deleting nothing, and "nothing was stored" is worth saying.
    return m_secrets->read(entry)
        .then(this,
              [secrets, entry, provider](SecretResult read) -> QFuture<SecretResult> {
                  read.secret.reset();
                  if (read.status == SecretResult::Status::NotFound) {
                      read.error = tr("no %1 key is stored for this profile").arg(KeyProvider::displayName(provider));
                      return QtFuture::makeReadyFuture(read);
                  }
                  if (!read.ok())
                      return QtFuture::makeReadyFuture(read);
                  return secrets->remove(entry);
              })
        .unwrap()
        .then([settings](const SecretResult& removed) {
            Fetched<bool> done;
            done.value = removed.ok();
            if (!removed.ok())
                done.error = removed.error;
            else
                QSettings().remove(settings);
            return done;
        });
}

QFuture<KeyCheckResult> LocalKeyStore::test(QNetworkAccessManager* network, const QString& provider)
{
    const QString url = baseUrl(provider);
    const bool unencryptedAllowed = m_unencryptedAllowed;
    return key(provider)
        .then(this,
              [network, provider, url, unencryptedAllowed](Fetched<QString> stored) -> QFuture<KeyCheckResult> {
                  if (!stored.ok()) {
                      KeyCheckResult missing;
                      missing.message = stored.error;
                      return QtFuture::makeReadyFuture(missing);
                  }
                  return KeyProvider::test(
                      network, provider, url, std::exchange(stored.value, QString()), unencryptedAllowed);
              })
        .unwrap();
}

QFuture<Fetched<QString>> LocalKeyStore::key(const QString& provider)
{
    if (!KeyProvider::isKnown(provider))
        return refusedFuture<QString>(tr("provider: one of openai, anthropic, custom, platform"));
    return m_secrets->read(keychainKey(m_profile, provider)).then([provider](const SecretResult& read) {
        Fetched<QString> fetched;
        if (read.ok())
            fetched.value = read.text();
        else if (read.status == SecretResult::Status::NotFound)
            fetched.error = tr("no %1 key is stored for this profile: add one on the Keys page or with "
                               "tenantscope-cli keys set")
                                .arg(KeyProvider::displayName(provider));
        else
            fetched.error = read.error;
        return fetched;
    });
}

SealedKeyRepository::SealedKeyRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<QVector<SealedKeyInfo>>> SealedKeyRepository::list(const QString& tenantId) const
{
    if (!isUuid(tenantId))
        return refusedFuture<QVector<SealedKeyInfo>>(tr("tenant: a tenant id (UUID)"));
    // Row-level security decides which tenants' keys a login sees; the tenant filter is explicit too.
    return refuseUnseenTenant<QVector<SealedKeyInfo>>(m_pg, tenantId, [&] {
        return m_pg
            ->query(QStringLiteral("SELECT id::text, tenant_id::text, provider, label, coalesce(base_url, ''), last4, "
                                   "coalesce(fingerprint, ''), sealing_key_id, created_at, created_by, revoked_at, "
                                   "coalesce(revoked_by, '') FROM sealed_provider_keys WHERE tenant_id = ?::uuid "
                                   "ORDER BY revoked_at IS NOT NULL, created_at DESC LIMIT 500"),
                    {tenantId})
            .then([](const PgResult& result) {
                Fetched<QVector<SealedKeyInfo>> fetched;
                if (!result.ok()) {
                    fetched.error = readError(result);
                    return fetched;
                }
                for (const QVariantList& row : result.rows) {
                    SealedKeyInfo k;
                    k.id = row.at(0).toString();
                    k.tenantId = row.at(1).toString();
                    k.provider = row.at(2).toString();
                    k.label = row.at(3).toString();
                    k.baseUrl = row.at(4).toString();
                    k.last4 = row.at(5).toString();
                    k.fingerprint = row.at(6).toString();
                    k.sealingKeyId = row.at(7).toString();
                    k.createdAt = row.at(8).toDateTime();
                    k.createdBy = row.at(9).toString();
                    k.revokedAt = row.at(10).toDateTime();
                    k.revokedBy = row.at(11).toString();
                    fetched.value.append(k);
                }
                return fetched;
            });
    });
}

QFuture<Fetched<QString>> SealedKeyRepository::uploadFrom(QFuture<Fetched<QString>> key,
                                                          const QString& tenantId,
                                                          const QString& provider,
                                                          const QString& label,
                                                          const QString& baseUrl) const
{
    const SealedKeyRepository* self = this;
    // The session lives on the application's thread: the upload starts there, once the key is read.
    return key
        .then(QCoreApplication::instance(),
              guardedOr(
                  m_pg,
                  [] { return QtFuture::makeReadyFuture(closedBeforeAnswer<QString>()); },
                  [self, tenantId, provider, label, baseUrl](Fetched<QString> read) {
                      if (!read.ok())
                          return refusedFuture<QString>(read.error);
                      auto uploaded = self->upload(tenantId, provider, label, baseUrl, read.value);
                      read.value.fill(u'\0');
                      return uploaded;
                  }))
        .unwrap();
}

QFuture<Fetched<QString>> SealedKeyRepository::upload(const QString& tenantId,
                                                      const QString& provider,
                                                      const QString& label,
                                                      const QString& baseUrl,
                                                      const QString& key) const
{
    QString invalid
        = isUuid(tenantId) ? LocalKeyStore::validate(provider, key, baseUrl) : tr("tenant: a tenant id (UUID)");
    const QString cleanLabel = label.trimmed();
    if (invalid.isEmpty() && (cleanLabel.isEmpty() || cleanLabel.size() > 100))
        invalid = tr("label: 1 to 100 characters, like \"production\"");
    if (invalid.isEmpty() && provider == QLatin1String("platform"))
        invalid = tr("a gateway token is this desktop's own; only provider keys are uploaded to the platform");
    if (invalid.isEmpty() && key.size() < 8)
        invalid = tr("the key is shorter than 8 characters: is it the whole key?");
    if (!invalid.isEmpty())
        return refusedFuture<QString>(invalid);

    PgSession* pg = m_pg;
    const QString tenant = QUuid::fromString(tenantId).toString(QUuid::WithoutBraces);
    // The public key is read first, then the key is sealed here; only the sealed box leaves this process.
    QByteArray plaintext = key.toUtf8();
    const QString last4 = key.right(4);
    const QString fingerprint = SealedBox::fingerprint(plaintext);
    return pg
        ->query(QStringLiteral("SELECT (SELECT value FROM platform_settings WHERE key = 'byok.public_key'), "
                               "(SELECT value FROM platform_settings WHERE key = 'byok.key_id')"))
        // Continues on the GUI thread: PgSession futures finish on its worker.
        .then(QCoreApplication::instance(),
              [pg, tenant, provider, cleanLabel, baseUrl, plaintext, last4, fingerprint](
                  const PgResult& settings) mutable -> QFuture<Fetched<QString>> {
                  if (!settings.ok()) {
                      plaintext.fill('\0');
                      return refusedFuture<QString>(readError(settings));
                  }
                  const QByteArray publicKey = settings.rows.value(0).value(0).toString().toUtf8();
                  const QString keyId = settings.rows.value(0).value(1).toString();
                  if (publicKey.trimmed().isEmpty() || keyId.isEmpty()) {
                      plaintext.fill('\0');
                      return refusedFuture<QString>(
                          tr("the platform has no public key to seal with: a platform admin sets byok.public_key and "
                             "byok.key_id in platform_settings"));
                  }
                  const SealedBox::Sealed sealed
                      = SealedBox::seal(publicKey, plaintext, SealedBox::associatedData(tenant, provider));
                  plaintext.fill('\0');
                  if (!sealed.ok())
                      return refusedFuture<QString>(sealed.error);
                  return pg
                      ->query(QStringLiteral(
                                  "SELECT provider_key_upload(?::uuid, ?, ?, ?, ?, ?, decode(?, 'hex'), ?)::text"),
                              {tenant,
                               provider,
                               cleanLabel,
                               provider == QLatin1String("custom") ? baseUrl.trimmed() : QString(),
                               last4,
                               fingerprint,
                               QString::fromLatin1(sealed.blob.toHex()),
                               keyId})
                      .then([](const PgResult& result) {
                          Fetched<QString> done;
                          if (!result.ok())
                              done.error = serverSentence(result);
                          else
                              done.value = result.scalar().toString();
                          return done;
                      });
              })
        .unwrap();
}

QFuture<Fetched<bool>> SealedKeyRepository::revoke(const QString& keyId, const QString& reason) const
{
    if (!isUuid(keyId))
        return refusedFuture<bool>(tr("key: a key id (UUID)"));
    const QString invalid = Validation::reason(reason);
    if (!invalid.isEmpty())
        return refusedFuture<bool>(invalid);
    return m_pg->query(QStringLiteral("SELECT provider_key_revoke(?::uuid, ?)"), {keyId, reason.trimmed()})
        .then([](const PgResult& result) {
            Fetched<bool> done;
            done.value = result.ok();
            if (!result.ok())
                done.error = serverSentence(result);
            return done;
        });
}
