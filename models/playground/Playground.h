#pragma once

#include <models/common/Fetched.h>

#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class PgSession;

struct ModelPrice
{
    QString model;
    QString provider;
    double inputPerMTok = 0;
    double outputPerMTok = 0;
};

// What the platform says about a tenant, as the playground needs it: the gateway would apply its system
// prompt, default and allowed models and monthly token allowance.
struct PlaygroundTenant
{
    QString id;
    QString name;
    QString status;
    QString systemPrompt;
    QString defaultModel;
    QStringList allowedModels; // empty: the plan allows every model
    std::optional<qint64> includedTokens; // empty: unlimited
    qint64 usedTokens = 0; // this UTC month
    // Its effective AI configuration (ai_effective_config): the playground tries the call as the tenant's
    // gateway would make it. The prompt and model above already come from it where it sets them.
    std::optional<double> temperature;
    std::optional<int> maxTokens;
    QJsonObject aiConfig;
};

// The requests a tenant's plan would refuse, said before they are sent.
namespace PlanCheck
{
QStringList warnings(const PlaygroundTenant& tenant, const QString& model);
}

// Current list prices, and a call's cost at them.
class PriceTable
{
public:
    void set(const QVector<ModelPrice>& prices);
    std::optional<ModelPrice> price(const QString& model) const;
    // USD, or nothing when the model has no price.
    std::optional<double> cost(const QString& model, qint64 promptTokens, qint64 completionTokens) const;
    QStringList models(const QString& provider = {}) const;

private:
    QHash<QString, ModelPrice> m_prices;
};

class PlaygroundRepository
{
public:
    explicit PlaygroundRepository(PgSession* pg);

    QFuture<Fetched<PlaygroundTenant>> tenant(const QString& tenantId) const;
    QFuture<Fetched<QVector<ModelPrice>>> prices() const;

private:
    PgSession* m_pg;
};
