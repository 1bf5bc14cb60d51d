// tenantscope-cli keys and chat: BYOK keys in the OS keychain, sealed upload, and a streamed answer.
#include "Cli.h"
#include "CliArgs.h"
#include "ProfileStore.h"
#include "Services.h"

#include <AwaitFuture.h>
#include <ChatSession.h>
#include <Playground.h>
#include <ProviderKeys.h>
#include <SecretStore.h>
#include <Validation.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>
#include <utility>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace CliArgs;

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Cli", text);
}

// Keys are namespaced by the profile: --profile NAME, or "environment" (what the app calls a connection
// from the TS_* variables).
QString keyProfile(const QStringList& args)
{
    return option(args, QStringLiteral("--profile"), QStringLiteral("environment"));
}

// The profile's choice (or TS_ALLOW_UNENCRYPTED_KEYS=1 without one): may keys go over http:// or ws:// to
// another machine?
bool unencryptedKeysAllowed(const QStringList& args)
{
    const QString name = option(args, QStringLiteral("--profile"));
    ConnectionProfile profile;
    if (!name.isEmpty())
        return ProfileStore().load(name, &profile) && profile.allowUnencryptedKeys;
    return qEnvironmentVariable("TS_ALLOW_UNENCRYPTED_KEYS") == QLatin1String("1");
}

// One line from standard input, without echo on a terminal: never from the command line, which every
// user of the machine can read in /proc/PID/cmdline.
QString readSecretLine(QTextStream& err, const QString& prompt)
{
#ifdef Q_OS_UNIX
    const bool terminal = isatty(STDIN_FILENO) == 1;
    termios saved{};
    if (terminal) {
        err << prompt << Qt::flush;
        tcgetattr(STDIN_FILENO, &saved);
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
#else
    Q_UNUSED(prompt);
#endif
    QTextStream in(stdin);
    QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err << Qt::endl;
    }
#endif
    return line.trimmed();
}

// One JSON object per line: the --json event stream.
QString jsonLine(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// The key for a request: the provider's environment variable when set (scripts), else this profile's
// keychain entry. *source says which, for the status line.
Fetched<QString> resolveKey(LocalKeyStore& keys, const QString& provider, QString* source)
{
    const QString variable = KeyProvider::environmentVariable(provider);
    if (!variable.isEmpty() && qEnvironmentVariableIsSet(qPrintable(variable))
        && !qEnvironmentVariable(qPrintable(variable)).isEmpty()) {
        *source = variable;
        return {QString(), qEnvironmentVariable(qPrintable(variable))};
    }
    *source = QStringLiteral("keychain");
    auto future = keys.key(provider);
    if (!awaitFuture(future, 20000))
        return {QCoreApplication::translate("Cli", "the keychain did not answer within 20 s"), {}};
    return future.result();
}
} // namespace

int Cli::keysCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    const QString sub = words.value(1);
    static const QStringList known{QStringLiteral("set"),
                                   QStringLiteral("list"),
                                   QStringLiteral("delete"),
                                   QStringLiteral("test"),
                                   QStringLiteral("upload"),
                                   QStringLiteral("revoke")};
    if (!known.contains(sub))
        return usage(tr("keys needs set, list, delete, test, upload or revoke"));
    const QString provider = option(args, QStringLiteral("--provider"));
    const bool needsProvider = sub != QLatin1String("list") && sub != QLatin1String("revoke");
    if (needsProvider && !KeyProvider::isKnown(provider))
        return refuse(tr("--provider: one of openai, anthropic, custom, platform"));
    SecretStore secrets;
    LocalKeyStore keys(&secrets, keyProfile(args));
    const bool asJson = flag(args, QStringLiteral("--json"));

    if (sub == QLatin1String("set")) {
        const QString baseUrl = option(args, QStringLiteral("--base-url"));
        QString key = readSecretLine(m_err, tr("%1 key: ").arg(KeyProvider::displayName(provider)));
        const QString invalid = LocalKeyStore::validate(provider, key, baseUrl);
        if (!invalid.isEmpty()) {
            key.fill(u'\0');
            return refuse(invalid + tr(" (the key is read from standard input)"));
        }
        auto stored = keys.store(provider, key, baseUrl);
        const QString masked = maskedKey(key);
        key.fill(u'\0');
        if (!awaitFuture(stored, 20000))
            return fail(tr("the keychain did not answer within 20 s"));
        if (!stored.result().ok())
            return fail(stored.result().error);
        m_err << tr("stored the %1 key %2 in the keychain (profile %3)")
                     .arg(KeyProvider::displayName(provider), masked, keyProfile(args))
              << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("delete")) {
        auto removed = keys.remove(provider);
        if (!awaitFuture(removed, 20000))
            return fail(tr("the keychain did not answer within 20 s"));
        if (!removed.result().ok())
            return fail(removed.result().error);
        m_err << tr("deleted the %1 key of profile %2").arg(KeyProvider::displayName(provider), keyProfile(args))
              << Qt::endl;
        return 0;
    }
    if (sub == QLatin1String("list")) {
        const QString tenant = option(args, QStringLiteral("--tenant"));
        if (!tenant.isEmpty())
            return keysListUploaded(args, tenant, asJson);
        auto listed = keys.list();
        if (!awaitFuture(listed, 20000))
            return fail(tr("the keychain did not answer within 20 s"));
        if (!listed.result().ok())
            return fail(listed.result().error);
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
            m_out << QStringLiteral("%1  %2  %3\n")
                         .arg(key.provider, -10)
                         .arg(key.stored ? key.masked : tr("(none)"), -14)
                         .arg(key.baseUrl);
        }
        if (asJson)
            m_out << json(array) << '\n';
        m_out << Qt::flush;
        return 0;
    }
    if (sub == QLatin1String("revoke")) {
        const QString id = words.value(2);
        if (!Validation::isUuid(id))
            return refuse(tr("keys revoke needs the uploaded key's id (see keys list --tenant ID)"));
        const QString reason = option(args, QStringLiteral("--reason"));
        const QString noReason = Validation::reason(reason);
        if (!noReason.isEmpty())
            return refuse(tr("--reason: %1").arg(noReason));
        auto services = connect(args);
        if (!services)
            return 1;
        auto revoked = SealedKeyRepository(services->pg()).revoke(id, reason);
        if (!awaitFuture(revoked))
            return fail(tr("PostgreSQL did not answer within 30 s"));
        if (!revoked.result().ok())
            return fail(revoked.result().error);
        m_err << tr("revoked key %1").arg(id) << Qt::endl;
        return 0;
    }

    QString source;
    Fetched<QString> key = resolveKey(keys, provider, &source);
    if (!key.ok())
        return fail(key.error);
    QString baseUrl = option(args, QStringLiteral("--base-url"), keys.baseUrl(provider));
    if (sub == QLatin1String("test")) {
        if (provider == QLatin1String("platform"))
            return refuse(tr("the gateway token is tested by a chat: tenantscope-cli chat --provider platform ..."));
        QNetworkAccessManager network;
        auto checked = KeyProvider::test(
            &network, provider, baseUrl, std::exchange(key.value, QString()), unencryptedKeysAllowed(args));
        if (!awaitFuture(checked, 30000))
            return fail(tr("the provider did not answer within 30 s"));
        if (!checked.result().accepted)
            return fail(checked.result().message);
        m_err << checked.result().message << tr(" (key from %1)").arg(source) << Qt::endl;
        return 0;
    }
    // upload
    const QString tenant = option(args, QStringLiteral("--tenant"));
    if (!Validation::isUuid(tenant)) {
        key.value.fill(u'\0');
        return refuse(tr("keys upload needs --tenant ID (the tenant's UUID)"));
    }
    auto services = connect(args);
    if (!services) {
        key.value.fill(u'\0');
        return 1;
    }
    const QString label = option(args, QStringLiteral("--label"), QStringLiteral("default"));
    auto uploaded = SealedKeyRepository(services->pg()).upload(tenant, provider, label, baseUrl, key.value);
    const QString masked = maskedKey(key.value);
    key.value.fill(u'\0');
    if (!awaitFuture(uploaded))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!uploaded.result().ok())
        return fail(uploaded.result().error);
    if (asJson)
        m_out << json(QJsonObject{{QStringLiteral("id"), uploaded.result().value}}) << Qt::endl;
    m_err << tr("uploaded the %1 key %2 for tenant %3, sealed with the platform's public key (id %4)")
                 .arg(KeyProvider::displayName(provider), masked, tenant, uploaded.result().value)
          << Qt::endl;
    return 0;
}

int Cli::keysListUploaded(const QStringList& args, const QString& tenant, bool asJson)
{
    if (!Validation::isUuid(tenant))
        return refuse(tr("--tenant needs the tenant's UUID"));
    auto services = connect(args);
    if (!services)
        return 1;
    auto listed = SealedKeyRepository(services->pg()).list(tenant);
    if (!awaitFuture(listed))
        return fail(tr("PostgreSQL did not answer within 30 s"));
    if (!listed.result().ok())
        return fail(listed.result().error);
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
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(k.id, k.provider, k.label, maskedKey(QStringLiteral("xxxx") + k.last4), k.fingerprint)
                     .arg(k.isActive() ? tr("active") : tr("revoked"));
    }
    if (asJson)
        m_out << json(array) << '\n';
    m_out << Qt::flush;
    return 0;
}

int Cli::chatCommand(const QStringList& args)
{
    const QStringList words = positional(args);
    const auto provider = ChatSettings::providerFromId(option(args, QStringLiteral("--provider")));
    if (!provider)
        return refuse(tr("--provider: openai, anthropic or platform"));
    const QString prompt = words.mid(1).join(u' ');
    if (prompt.trimmed().isEmpty())
        return refuse(tr("chat needs a prompt: tenantscope-cli chat --provider openai --model M \"prompt\""));
    const QString tenantId = option(args, QStringLiteral("--tenant"));
    if (!tenantId.isEmpty() && !Validation::isUuid(tenantId))
        return refuse(tr("--tenant needs the tenant's UUID"));
    bool numberOk = true;
    const int maxTokens = option(args, QStringLiteral("--max-tokens"), QStringLiteral("1024")).toInt(&numberOk);
    if (!numberOk || maxTokens < 1 || maxTokens > 200000)
        return refuse(tr("--max-tokens: 1 to 200000"));
    const bool asJson = flag(args, QStringLiteral("--json"));

    // The key: the --base-url's custom slot for an OpenAI-compatible server, else the provider's own.
    const QString baseUrlOption = option(args, QStringLiteral("--base-url"));
    QString keySlot = ChatSettings::providerId(*provider);
    SecretStore secrets;
    LocalKeyStore keys(&secrets, keyProfile(args));
    if (*provider == ChatRequest::Provider::OpenAi && !baseUrlOption.isEmpty()
        && !qEnvironmentVariableIsSet("OPENAI_API_KEY"))
        keySlot = QStringLiteral("custom");
    QString source;
    Fetched<QString> key = resolveKey(keys, keySlot, &source);
    if (!key.ok() && keySlot == QLatin1String("custom")) {
        // A local server (Ollama, llama.cpp) often needs no key at all.
        key = {QString(), QString()};
        source = tr("no key");
    }
    if (!key.ok())
        return fail(key.error);

    ChatSettings settings;
    settings.provider = *provider;
    settings.baseUrl = QUrl(baseUrlOption.isEmpty() ? keys.baseUrl(keySlot) : baseUrlOption);
    if (*provider == ChatRequest::Provider::Platform && settings.baseUrl.isEmpty())
        settings.baseUrl = QUrl(qEnvironmentVariable("TS_GATEWAY_URL"));
    settings.unencryptedKeysAllowed = unencryptedKeysAllowed(args);
    settings.model = option(args, QStringLiteral("--model"));
    settings.system = option(args, QStringLiteral("--system"));
    settings.maxTokens = maxTokens;
    settings.tenantId = tenantId;

    // With a platform connection: the tenant's system prompt, model and plan check, and prices for the cost.
    PriceTable prices;
    const QString profileName = option(args, QStringLiteral("--profile"));
    const bool platformReachable = (profileName.isEmpty() ? qEnvironmentVariableIsSet("TS_PG_URL")
                                                          : ProfileStore().names().contains(profileName))
        || !tenantId.isEmpty();
    if (platformReachable) {
        auto services = connect(args);
        if (!services) {
            key.value.fill(u'\0');
            return 1;
        }
        PlaygroundRepository platform(services->pg());
        auto priceList = platform.prices();
        if (awaitFuture(priceList) && priceList.result().ok())
            prices.set(priceList.result().value);
        if (!tenantId.isEmpty()) {
            auto tenant = platform.tenant(tenantId);
            if (!awaitFuture(tenant) || !tenant.result().ok()) {
                key.value.fill(u'\0');
                return fail(tenant.isFinished() ? tenant.result().error : tr("PostgreSQL did not answer within 30 s"));
            }
            const PlaygroundTenant& t = tenant.result().value;
            settings.tenantName = t.name;
            if (settings.model.isEmpty())
                settings.model = t.defaultModel;
            if (settings.system.isEmpty())
                settings.system = t.systemPrompt;
            const QStringList warnings = PlanCheck::warnings(t, settings.model);
            for (const QString& warning : warnings)
                m_err << tr("warning: %1").arg(warning) << Qt::endl;
            if (!warnings.isEmpty() && !flag(args, QStringLiteral("--anyway"))) {
                key.value.fill(u'\0');
                return fail(tr("not sent: the tenant's plan would refuse it (--anyway sends it all the same)"));
            }
        }
    }
    if (settings.model.isEmpty()) {
        key.value.fill(u'\0');
        return refuse(tr("--model is required"));
    }

    QNetworkAccessManager network;
    ChatSession session(&network);
    session.setSettings(settings);
    session.setPrices(prices);
    QEventLoop loop;
    QObject::connect(&session, &ChatSession::delta, &loop, [this, asJson](int, const QString& text) {
        if (asJson)
            m_out << jsonLine(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("delta")}, {QStringLiteral("text"), text}})
                  << '\n';
        else
            m_out << text;
        m_out << Qt::flush;
    });
    QObject::connect(&session, &ChatSession::turnFinished, &loop, &QEventLoop::quit);
    QString error;
    const bool started = session.send(prompt, key.value, &error);
    key.value.fill(u'\0');
    if (!started)
        return refuse(error);
    m_err << tr("%1 · %2 · key: %3").arg(ChatSettings::providerId(*provider), settings.model, source) << Qt::endl;
    if (!session.transportWarning().isEmpty())
        m_err << session.transportWarning() << Qt::endl;
    loop.exec();

    const ChatTurn& answer = session.turns().constLast();
    QStringList facts;
    if (answer.ttftMs >= 0)
        facts << tr("first token %1 ms").arg(qRound(answer.ttftMs));
    if (answer.tokensPerSecond >= 0)
        facts << tr("%1 tokens/s").arg(answer.tokensPerSecond, 0, 'f', 1);
    if (answer.promptTokens)
        facts << tr("%1 prompt + %2 completion tokens")
                     .arg(*answer.promptTokens)
                     .arg(answer.completionTokens.value_or(0));
    if (answer.costUsd)
        facts << QStringLiteral("$%1").arg(*answer.costUsd, 0, 'f', 6);
    if (asJson) {
        QJsonObject end = answer.toJson();
        end.insert(QStringLiteral("type"), answer.error.isEmpty() ? QStringLiteral("done") : QStringLiteral("error"));
        end.remove(QStringLiteral("content"));
        end.remove(QStringLiteral("role"));
        if (!answer.error.isEmpty()) {
            end.insert(QStringLiteral("http_status"), answer.httpStatus);
            end.insert(QStringLiteral("retry_after"),
                       answer.retryAfterSeconds >= 0 ? QJsonValue(answer.retryAfterSeconds) : QJsonValue());
        }
        m_out << jsonLine(end) << Qt::endl;
    } else if (!answer.content.isEmpty() && !answer.content.endsWith(u'\n')) {
        m_err << Qt::endl; // the answer stays exactly as received on stdout; the terminal's line ends here
    }
    if (!answer.error.isEmpty()) {
        if (!facts.isEmpty())
            m_err << QStringLiteral("[%1]").arg(facts.join(QStringLiteral(" · "))) << Qt::endl;
        return fail(answer.error);
    }
    facts.prepend(tr("finish: %1").arg(answer.finishReason));
    m_err << QStringLiteral("[%1]").arg(facts.join(QStringLiteral(" · "))) << Qt::endl;
    return 0;
}
