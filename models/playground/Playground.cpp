#include <models/playground/Playground.h>

#include <models/common/ReadError.h>
#include <models/common/Validation.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Playground", text);
}
} // namespace

QStringList PlanCheck::warnings(const PlaygroundTenant& tenant, const QString& model)
{
    QStringList out;
    if (tenant.id.isEmpty())
        return out;
    // Trial tenants run like active ones; suspended and churned ones are refused by the gateway.
    if (tenant.status == QLatin1String("suspended") || tenant.status == QLatin1String("churned"))
        out << tr("%1 is %2: the platform refuses its requests.").arg(tenant.name, tenant.status);
    if (!tenant.allowedModels.isEmpty() && !tenant.allowedModels.contains(model))
        out << tr("%1's plan does not allow %2 (allowed: %3).")
                   .arg(tenant.name,
                        model.isEmpty() ? tr("an empty model") : model,
                        tenant.allowedModels.join(QStringLiteral(", ")));
    if (tenant.includedTokens && tenant.usedTokens >= *tenant.includedTokens)
        out << tr("%1 has used %2 of its %3 tokens this month: the platform would refuse this request.")
                   .arg(tenant.name, QLocale().toString(tenant.usedTokens), QLocale().toString(*tenant.includedTokens));
    return out;
}

void PriceTable::set(const QVector<ModelPrice>& prices)
{
    m_prices.clear();
    for (const ModelPrice& price : prices)
        m_prices.insert(price.model, price);
}

std::optional<ModelPrice> PriceTable::price(const QString& model) const
{
    const auto it = m_prices.constFind(model);
    if (it == m_prices.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<double> PriceTable::cost(const QString& model, qint64 promptTokens, qint64 completionTokens) const
{
    const auto p = price(model);
    if (!p)
        return std::nullopt;
    return (double(promptTokens) * p->inputPerMTok + double(completionTokens) * p->outputPerMTok) / 1e6;
}

QStringList PriceTable::models(const QString& provider) const
{
    QStringList out;
    for (const ModelPrice& price : m_prices)
        if (provider.isEmpty() || price.provider == provider)
            out << price.model;
    out.sort();
    return out;
}

PlaygroundRepository::PlaygroundRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<PlaygroundTenant>> PlaygroundRepository::tenant(const QString& tenantId) const
{
    if (!Validation::isUuid(tenantId))
        return refusedFuture<PlaygroundTenant>(tr("tenant: a tenant id (UUID)"));
    // Row-level security limits a tenant admin to its own tenants; the id is explicit too.
    return m_pg
        ->query(
            QStringLiteral(
                "SELECT t.id::text, t.name, t.status, coalesce(t.system_prompt, ''), coalesce(t.default_model, ''), "
                "array_to_string(el.allowed_models, ','), el.included_tokens, "
                "coalesce((SELECT m.prompt_tokens + m.completion_tokens FROM usage_monthly m WHERE m.tenant_id = t.id "
                "AND m.month = date_trunc('month', now() AT TIME ZONE 'UTC')::date), 0), "
                "ai_effective_config(t.id)::text "
                "FROM tenants t JOIN tenant_effective_limits el ON el.tenant_id = t.id WHERE t.id = ?::uuid"),
            {tenantId})
        .then([](const PgResult& result) {
            Fetched<PlaygroundTenant> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            if (result.rows.isEmpty()) {
                fetched.error = tr("Not permitted, or no such tenant: your login sees no tenant with this id.");
                return fetched;
            }
            const QVariantList& row = result.rows.first();
            PlaygroundTenant& t = fetched.value;
            t.id = row.at(0).toString();
            t.name = row.at(1).toString();
            t.status = row.at(2).toString();
            t.systemPrompt = row.at(3).toString();
            t.defaultModel = row.at(4).toString();
            t.allowedModels = row.at(5).toString().split(u',', Qt::SkipEmptyParts);
            if (!row.at(6).isNull())
                t.includedTokens = row.at(6).toLongLong();
            t.usedTokens = row.at(7).toLongLong();
            t.aiConfig = QJsonDocument::fromJson(row.at(8).toString().toUtf8()).object();
            // The effective configuration wins where it sets a field; the tenant's own row is the fallback.
            const QJsonObject& c = t.aiConfig;
            if (c.value(QStringLiteral("system_prompt")).isString())
                t.systemPrompt = c.value(QStringLiteral("system_prompt")).toString();
            if (c.value(QStringLiteral("model")).isString())
                t.defaultModel = c.value(QStringLiteral("model")).toString();
            if (c.value(QStringLiteral("temperature")).isDouble())
                t.temperature = c.value(QStringLiteral("temperature")).toDouble();
            if (c.value(QStringLiteral("max_tokens")).isDouble())
                t.maxTokens = c.value(QStringLiteral("max_tokens")).toInt();
            return fetched;
        });
}

QFuture<Fetched<QVector<ModelPrice>>> PlaygroundRepository::prices() const
{
    return m_pg
        ->query(QStringLiteral("SELECT DISTINCT ON (model) model, provider, input_per_mtok::float8, "
                               "output_per_mtok::float8 FROM model_prices WHERE effective_from <= now() "
                               "ORDER BY model, effective_from DESC"))
        .then([](const PgResult& result) {
            Fetched<QVector<ModelPrice>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows)
                fetched.value.append(
                    {row.at(0).toString(), row.at(1).toString(), row.at(2).toDouble(), row.at(3).toDouble()});
            return fetched;
        });
}
