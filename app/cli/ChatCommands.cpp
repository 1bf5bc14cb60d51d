// tenantscope-cli chat: a streamed answer on stdout, status and usage on stderr.
#include <app/ProfileStore.h>
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

// What the ChatCommand commands share: their parsing and output, one entry per command below.
class ChatCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
protected:
    using CliCommand::CliCommand;
    int chatCommand();
};

int ChatCommand::chatCommand()
{
    const QStringList words = this->words();
    const auto provider = ChatSettings::providerFromId(option(QStringLiteral("--provider")));
    if (!provider)
        return usageError(tr("--provider: openai, anthropic or platform"));
    const QString prompt = words.mid(1).join(u' ');
    if (prompt.trimmed().isEmpty())
        return usageError(tr("chat needs a prompt: tenantscope-cli chat --provider openai --model M \"prompt\""));
    const QString tenantId = option(QStringLiteral("--tenant"));
    if (!tenantId.isEmpty() && !Validation::isUuid(tenantId))
        return usageError(tr("--tenant needs the tenant's UUID"));
    bool numberOk = true;
    const int maxTokens = option(QStringLiteral("--max-tokens"), QStringLiteral("1024")).toInt(&numberOk);
    if (!numberOk || maxTokens < 1 || maxTokens > 200000)
        return usageError(tr("--max-tokens: 1 to 200000"));
    const bool asJson = flag(QStringLiteral("--json"));

    // The key: the --base-url's custom slot for an OpenAI-compatible server, else the provider's own.
    const QString baseUrlOption = option(QStringLiteral("--base-url"));
    QString keySlot = ChatSettings::providerId(*provider);
    KeyOperations keys(keyProfile(), unencryptedKeysAllowed());
    if (*provider == ChatRequest::Provider::OpenAi && !baseUrlOption.isEmpty()
        && !qEnvironmentVariableIsSet("OPENAI_API_KEY"))
        keySlot = QStringLiteral("custom");
    auto resolved = keys.resolve(keySlot);
    if (!awaitFuture(resolved, 20000))
        return fail(tr("the keychain did not answer within 20 s"));
    Fetched<ResolvedKey> found = resolved.result();
    if (!found.ok() && keySlot == QLatin1String("custom"))
        found
            = {QString(), ResolvedKey{QString(), tr("no key")}}; // a local server (Ollama, llama.cpp) often needs none
    if (!found.ok())
        return fail(found.error);
    Fetched<QString> key{QString(), std::exchange(found.value.key, QString())};
    const QString source = found.value.source;

    ChatSettings settings;
    settings.provider = *provider;
    settings.baseUrl = QUrl(baseUrlOption.isEmpty() ? keys.baseUrl(keySlot) : baseUrlOption);
    if (*provider == ChatRequest::Provider::Platform && settings.baseUrl.isEmpty())
        settings.baseUrl = QUrl(qEnvironmentVariable("TS_GATEWAY_URL"));
    settings.unencryptedKeysAllowed = unencryptedKeysAllowed();
    settings.model = option(QStringLiteral("--model"));
    settings.system = option(QStringLiteral("--system"));
    settings.maxTokens = maxTokens;
    settings.tenantId = tenantId;

    // With a platform connection: the tenant's system prompt, model and plan check, and prices for the cost.
    PriceTable prices;
    const QString profile = profileName();
    const bool platformReachable
        = (profile.isEmpty() ? qEnvironmentVariableIsSet("TS_PG_URL") : ProfileStore().names().contains(profile))
        || !tenantId.isEmpty();
    if (platformReachable) {
        auto services = connect();
        if (!services) {
            key.value.fill(u'\0');
            return ExitCode::Failed;
        }
        PlaygroundRepository& platform = *services->playground();
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
                err() << tr("warning: %1").arg(warning) << Qt::endl;
            if (!warnings.isEmpty() && !flag(QStringLiteral("--anyway"))) {
                key.value.fill(u'\0');
                return fail(tr("not sent: the tenant's plan would refuse it (--anyway sends it all the same)"));
            }
        }
    }
    if (settings.model.isEmpty()) {
        key.value.fill(u'\0');
        return usageError(tr("--model is required"));
    }

    QNetworkAccessManager network;
    ChatSession session(&network);
    session.setSettings(settings);
    session.setPrices(prices);
    QEventLoop loop;
    QObject::connect(&session, &ChatSession::delta, &loop, [this, asJson](int, const QString& text) {
        if (asJson)
            out() << KeySupport::jsonLine(
                QJsonObject{{QStringLiteral("type"), QStringLiteral("delta")}, {QStringLiteral("text"), text}})
                  << '\n';
        else
            out() << text;
        out() << Qt::flush;
    });
    QObject::connect(&session, &ChatSession::turnFinished, &loop, &QEventLoop::quit);
    QString error;
    const bool started = session.send(prompt, key.value, &error);
    key.value.fill(u'\0');
    if (!started) // refused before sending (the key's transport, the tenant's plan): not a usage error
        return fail(error);
    err() << tr("%1 · %2 · key: %3").arg(ChatSettings::providerId(*provider), settings.model, source) << Qt::endl;
    if (!session.transportWarning().isEmpty())
        err() << session.transportWarning() << Qt::endl;
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
        out() << KeySupport::jsonLine(end) << Qt::endl;
    } else if (!answer.content.isEmpty() && !answer.content.endsWith(u'\n')) {
        err() << Qt::endl; // the answer stays exactly as received on stdout; the terminal's line ends here
    }
    if (!answer.error.isEmpty()) {
        if (!facts.isEmpty())
            err() << QStringLiteral("[%1]").arg(facts.join(QStringLiteral(" · "))) << Qt::endl;
        return fail(answer.error);
    }
    facts.prepend(tr("finish: %1").arg(answer.finishReason));
    err() << QStringLiteral("[%1]").arg(facts.join(QStringLiteral(" · "))) << Qt::endl;
    return ExitCode::Done;
}

class Chat : public ChatCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    Chat()
        : ChatCommand(QStringLiteral("chat"),
                      tr("Stream an answer to stdout; status and usage on stderr. Key: OPENAI_API_KEY / "
                         "ANTHROPIC_API_KEY / TS_GATEWAY_TOKEN, else the keychain."))
    {
        addPositional(QStringLiteral("PROMPT"), tr("what to ask"), true);
        addOption(QStringLiteral("provider"), QStringLiteral("openai|anthropic|platform"), tr("who answers"), true);
        addOption(QStringLiteral("base-url"),
                  QStringLiteral("URL"),
                  tr("as the SDKs take it: OpenAI's with /v1, Anthropic's without; the gateway's ws(s):// URL"));
        addOption(QStringLiteral("model"), QStringLiteral("M"), tr("the model"), true);
        addOption(
            QStringLiteral("tenant"), QStringLiteral("ID"), tr("the tenant whose configuration and limits apply"));
        addOption(QStringLiteral("system"), QStringLiteral("S"), tr("a system prompt"));
        addOption(QStringLiteral("max-tokens"), QStringLiteral("N"), tr("at most N tokens (default 1024)"));
        addFlag(QStringLiteral("anyway"), tr("send it even if the tenant's plan would refuse it"));
        addFlag(QStringLiteral("json"), tr("one JSON event per line"));
    }

protected:
    int run() override { return chatCommand(); }
};

} // namespace

void addChatCommands(CliCommands& commands)
{
    commands.push_back(std::make_unique<Chat>());
}
