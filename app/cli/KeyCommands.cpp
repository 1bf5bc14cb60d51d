// tenantscope-cli keys: BYOK keys in the OS keychain, and sealed uploads to the platform.
#include <app/cli/CliCommands.h>
#include <app/cli/KeySupport.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>
#include <async/AwaitFuture.h>
#include <cstdio>
#include <models/common/Validation.h>
#include <models/keys/ProviderKeys.h>
#include <models/operations/KeyOperations.h>
#include <models/operations/Operations.h>
#include <models/playground/ChatSession.h>
#include <models/playground/Playground.h>
#include <utility>

namespace
{

QString providerHelp()
{
    return QCoreApplication::translate("Cli", "openai, anthropic, custom or platform");
}

// What the keys commands share: the profile's keychain keys and the checks of their options.
class KeyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;

    // --provider, checked: empty after saying why.
    QString provider()
    {
        const QString provider = option(QStringLiteral("--provider"));
        return KeyProvider::isKnown(provider) ? provider : QString();
    }
    int unknownProvider() { return usageError(tr("--provider: one of openai, anthropic, custom, platform")); }
    KeyOperations localKeys() const { return KeyOperations(keyProfile(), unencryptedKeysAllowed()); }
    // The key for --provider (its environment variable, else the keychain); an empty key after failing.
    ResolvedKey resolve(const KeyOperations& keys, const QString& provider, int* exitCode)
    {
        auto resolved = keys.resolve(provider);
        if (!awaitFuture(resolved, 20000)) {
            *exitCode = fail(tr("the keychain did not answer within 20 s"));
            return {};
        }
        if (!resolved.result().ok()) {
            *exitCode = fail(resolved.result().error);
            return {};
        }
        return resolved.result().value;
    }
    int keychainAnswer(QFuture<Fetched<bool>>& future)
    {
        if (!awaitFuture(future, 20000))
            return fail(tr("the keychain did not answer within 20 s"));
        if (!future.result().ok())
            return fail(future.result().error);
        return ExitCode::Done;
    }
};

class KeysSet : public KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    KeysSet()
        : KeyCommand(QStringLiteral("keys set"),
                     tr("Store a provider key in the OS keychain, read from standard input (never the command line)."))
    {
        addOption(QStringLiteral("provider"), QStringLiteral("P"), providerHelp(), true);
        addOption(QStringLiteral("base-url"), QStringLiteral("URL"), tr("an OpenAI-compatible server's URL (custom)"));
    }

protected:
    int run() override
    {
        const QString provider = this->provider();
        if (provider.isEmpty())
            return unknownProvider();
        const QString baseUrl = option(QStringLiteral("--base-url"));
        QString key = KeySupport::readSecretLine(err(), tr("%1 key: ").arg(KeyProvider::displayName(provider)));
        const QString invalid = LocalKeyStore::validate(provider, key, baseUrl);
        if (!invalid.isEmpty()) {
            key.fill(u'\0');
            return usageError(invalid + tr(" (the key is read from standard input)"));
        }
        KeyOperations keys = localKeys();
        auto stored = keys.set(provider, key, baseUrl);
        const QString masked = maskedKey(key);
        key.fill(u'\0');
        const int exitCode = keychainAnswer(stored);
        if (exitCode == ExitCode::Done)
            err() << tr("stored the %1 key %2 in the keychain (profile %3)")
                         .arg(KeyProvider::displayName(provider), masked, keyProfile())
                  << Qt::endl;
        return exitCode;
    }
};

class KeysList : public KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    KeysList()
        : KeyCommand(
            QStringLiteral("keys list"),
            tr("This profile's keychain keys (masked), or with --tenant a tenant's keys uploaded to the platform."))
    {
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("the tenant whose uploaded keys to list"));
        addJson();
    }

protected:
    int run() override
    {
        const QString tenant = option(QStringLiteral("--tenant"));
        return tenant.isEmpty() ? listLocal() : listUploaded(tenant);
    }

private:
    int listLocal()
    {
        KeyOperations keys = localKeys();
        auto listed = keys.list();
        if (!awaitFuture(listed, 20000))
            return fail(tr("the keychain did not answer within 20 s"));
        if (!listed.result().ok())
            return fail(listed.result().error);
        const bool asJson = flag(QStringLiteral("--json"));
        QJsonArray array;
        for (const LocalKey& key : listed.result().value) {
            if (asJson) {
                array.append(QJsonObject{
                    {QStringLiteral("provider"), key.provider},
                    {QStringLiteral("stored"), key.stored},
                    {QStringLiteral("masked"), key.stored ? QJsonValue(key.masked) : QJsonValue()},
                    {QStringLiteral("base_url"), key.baseUrl.isEmpty() ? QJsonValue() : QJsonValue(key.baseUrl)}});
                continue;
            }
            out() << QStringLiteral("%1  %2  %3\n")
                         .arg(key.provider, -10)
                         .arg(key.stored ? key.masked : tr("(none)"), -14)
                         .arg(key.baseUrl);
        }
        if (asJson)
            out() << json(array) << '\n';
        out() << Qt::flush;
        return ExitCode::Done;
    }

    int listUploaded(const QString& tenant)
    {
        if (!Validation::isUuid(tenant))
            return usageError(tr("--tenant needs the tenant's UUID"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto listed = services->sealedKeys()->list(tenant);
        if (!awaitFuture(listed))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!listed.result().ok())
            return fail(listed.result().error);
        const bool asJson = flag(QStringLiteral("--json"));
        QJsonArray array;
        for (const SealedKeyInfo& k : listed.result().value) {
            if (asJson) {
                array.append(QJsonObject{
                    {QStringLiteral("id"), k.id},
                    {QStringLiteral("provider"), k.provider},
                    {QStringLiteral("label"), k.label},
                    {QStringLiteral("last4"), k.last4},
                    {QStringLiteral("fingerprint"), k.fingerprint},
                    {QStringLiteral("sealing_key_id"), k.sealingKeyId},
                    {QStringLiteral("created_at"), k.createdAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("created_by"), k.createdBy},
                    {QStringLiteral("revoked_at"),
                     k.revokedAt.isValid() ? QJsonValue(k.revokedAt.toUTC().toString(Qt::ISODate)) : QJsonValue()}});
                continue;
            }
            out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(k.id, k.provider, k.label, maskedKey(QStringLiteral("xxxx") + k.last4), k.fingerprint)
                         .arg(k.isActive() ? tr("active") : tr("revoked"));
        }
        if (asJson)
            out() << json(array) << '\n';
        out() << Qt::flush;
        return ExitCode::Done;
    }
};

class KeysDelete : public KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    KeysDelete()
        : KeyCommand(QStringLiteral("keys delete"), tr("Delete a key from the keychain."))
    {
        addOption(QStringLiteral("provider"), QStringLiteral("P"), providerHelp(), true);
    }

protected:
    int run() override
    {
        const QString provider = this->provider();
        if (provider.isEmpty())
            return unknownProvider();
        KeyOperations keys = localKeys();
        auto removed = keys.remove(provider);
        const int exitCode = keychainAnswer(removed);
        if (exitCode == ExitCode::Done)
            err() << tr("deleted the %1 key of profile %2").arg(KeyProvider::displayName(provider), keyProfile())
                  << Qt::endl;
        return exitCode;
    }
};

class KeysTest : public KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    KeysTest()
        : KeyCommand(QStringLiteral("keys test"), tr("Test a key with its provider (the model list: no tokens spent)."))
    {
        addOption(QStringLiteral("provider"), QStringLiteral("P"), providerHelp(), true);
        addJson();
    }

protected:
    int run() override
    {
        const QString provider = this->provider();
        if (provider.isEmpty())
            return unknownProvider();
        if (provider == QLatin1String("platform"))
            return usageError(
                tr("the gateway token is tested by a chat: tenantscope-cli chat --provider platform ..."));
        KeyOperations keys = localKeys();
        int exitCode = ExitCode::Done;
        ResolvedKey key = resolve(keys, provider, &exitCode);
        if (exitCode != ExitCode::Done)
            return exitCode;
        auto checked = keys.test(provider, option(QStringLiteral("--base-url")), std::exchange(key.key, QString()));
        if (!awaitFuture(checked, 30000))
            return fail(tr("the provider did not answer within 30 s"));
        if (!checked.result().accepted)
            return fail(checked.result().message);
        if (flag(QStringLiteral("--json")))
            out() << json(QJsonObject{{QStringLiteral("provider"), provider},
                                      {QStringLiteral("accepted"), true},
                                      {QStringLiteral("message"), checked.result().message},
                                      {QStringLiteral("key_from"), key.source}})
                  << Qt::flush;
        err() << checked.result().message << tr(" (key from %1)").arg(key.source) << Qt::endl;
        return ExitCode::Done;
    }
};

class KeysUpload : public KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    KeysUpload()
        : KeyCommand(QStringLiteral("keys upload"),
                     tr("Seal a keychain key with the platform's public key and upload it for a tenant (audited)."))
    {
        addOption(QStringLiteral("provider"), QStringLiteral("P"), providerHelp(), true);
        addOption(QStringLiteral("tenant"), QStringLiteral("ID"), tr("the tenant"), true);
        addOption(QStringLiteral("label"), QStringLiteral("L"), tr("a name for it"));
        addJson();
    }

protected:
    int run() override
    {
        const QString provider = this->provider();
        if (provider.isEmpty())
            return unknownProvider();
        const QString tenant = option(QStringLiteral("--tenant"));
        if (!Validation::isUuid(tenant))
            return usageError(tr("keys upload needs --tenant ID (the tenant's UUID)"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        KeyOperations keys = localKeys();
        // The key (its environment variable, else the keychain) sealed and uploaded: one operation.
        auto uploaded = keys.uploadSealed(*services->sealedKeys(),
                                          tenant,
                                          provider,
                                          option(QStringLiteral("--label"), QStringLiteral("default")),
                                          option(QStringLiteral("--base-url")));
        if (!awaitFuture(uploaded))
            return fail(
                tr("no answer within 30 s; run keys list --tenant %1 to see whether it was uploaded").arg(tenant));
        if (!uploaded.result().ok())
            return fail(uploaded.result().error);
        if (flag(QStringLiteral("--json")))
            out() << json(QJsonObject{{QStringLiteral("id"), uploaded.result().value}}) << Qt::endl;
        err() << tr("uploaded the %1 key for tenant %2, sealed with the platform's public key (id %3)")
                     .arg(KeyProvider::displayName(provider), tenant, uploaded.result().value)
              << Qt::endl;
        return ExitCode::Done;
    }
};

class KeysRevoke : public KeyCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    KeysRevoke()
        : KeyCommand(QStringLiteral("keys revoke"), tr("Revoke a key uploaded to the platform (audited)."))
    {
        addPositional(QStringLiteral("KEY_ID"), tr("the uploaded key's id"));
        addOption(QStringLiteral("reason"), QStringLiteral("TEXT"), tr("why, for the audit log"), true);
    }

protected:
    int run() override
    {
        const QString id = words().value(2);
        if (!Validation::isUuid(id))
            return usageError(tr("keys revoke needs the uploaded key's id (see keys list --tenant ID)"));
        if (const QString noReason = reasonProblem(); !noReason.isEmpty())
            return usageError(noReason);
        const QString reason = option(QStringLiteral("--reason"));
        auto services = connect();
        if (!services)
            return ExitCode::Failed;
        auto revoked = services->sealedKeys()->revoke(id, reason);
        if (!awaitFuture(revoked))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!revoked.result().ok())
            return fail(revoked.result().error);
        err() << tr("revoked key %1").arg(id) << Qt::endl;
        return ExitCode::Done;
    }
};

} // namespace

void addKeyCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<KeysSet>());
    commands.push_back(std::make_unique<KeysList>());
    commands.push_back(std::make_unique<KeysDelete>());
    commands.push_back(std::make_unique<KeysTest>());
    commands.push_back(std::make_unique<KeysUpload>());
    commands.push_back(std::make_unique<KeysRevoke>());
}
