#include <models/tenants/TenantRepository.h>

#include <models/common/Validation.h>
#include <models/platform/RedisKeys.h>

#include <models/common/ReadError.h>

#include <net/PgSession.h>
#include <net/RedisClient.h>

#include <QCoreApplication>
#include <QDateTime>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("TenantRepository", text);
}

std::optional<qint64> optionalInt(const QVariant& value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

// Columns: id, slug, name, plan_id, status, tokens_month, included_tokens, cost_month
const QString kSummaryColumns = QStringLiteral(
    "t.id::text, t.slug, t.name, t.plan_id, t.status, "
    "coalesce(m.prompt_tokens + m.completion_tokens, 0)::bigint, el.included_tokens, coalesce(m.cost_usd, 0)::text");
const QString kSummaryJoins = QStringLiteral("FROM tenants t "
                                             "JOIN tenant_effective_limits el ON el.tenant_id = t.id "
                                             "LEFT JOIN usage_monthly m ON m.tenant_id = t.id AND m.month = "
                                             "date_trunc('month', now() AT TIME ZONE 'UTC')::date ");

TenantSummary summaryFromRow(const QVariantList& row)
{
    TenantSummary tenant;
    tenant.id = row.at(0).toString();
    tenant.slug = row.at(1).toString();
    tenant.name = row.at(2).toString();
    tenant.planId = row.at(3).toString();
    tenant.status = row.at(4).toString();
    tenant.tokensThisMonth = row.at(5).toLongLong();
    tenant.includedTokens = optionalInt(row.at(6));
    tenant.costThisMonth = row.at(7).toString();
    return tenant;
}

} // namespace

TenantRepository::TenantRepository(PgSession* pg, RedisClient* redis)
    : m_pg(pg)
    , m_redis(redis)
{
}

QString TenantRepository::likePattern(const QString& term)
{
    QString escaped = term;
    escaped.replace(u'\\', QStringLiteral("\\\\"))
        .replace(u'%', QStringLiteral("\\%"))
        .replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QFuture<Fetched<QVector<TenantSummary>>> TenantRepository::list(const Page& page) const
{
    const QString term = page.search.trimmed();
    const QString sql = QStringLiteral("SELECT ") + kSummaryColumns + u' ' + kSummaryJoins
        + QStringLiteral("WHERE (? = '' OR t.name ILIKE ? OR t.slug ILIKE ? OR t.id::text = lower(?)) "
                         "AND (lower(t.name), t.id) > (?, ?::uuid) "
                         "ORDER BY lower(t.name), t.id LIMIT ?");
    const QString pattern = likePattern(term);
    const QString afterId
        = page.afterId.isEmpty() ? QStringLiteral("00000000-0000-0000-0000-000000000000") : page.afterId;
    return m_pg
        ->read(sql, {term, pattern, pattern, term, page.afterName.toLower(), afterId, qBound(1, page.limit, 1000)})
        .then([](const PgResult& result) {
            Fetched<QVector<TenantSummary>> fetched;
            fetched.freshness = Freshness::of(result);
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            fetched.value.reserve(result.rows.size());
            for (const QVariantList& row : result.rows)
                fetched.value.append(summaryFromRow(row));
            return fetched;
        });
}

QFuture<Fetched<TenantDetail>> TenantRepository::detail(const QString& tenantId) const
{
    if (!Validation::isUuid(tenantId)) {
        Fetched<TenantDetail> invalid;
        invalid.error = tr("\"%1\" is not a tenant id (a UUID).").arg(tenantId);
        return QtFuture::makeReadyFuture(invalid);
    }
    const QString sql
        = QStringLiteral("SELECT ") + kSummaryColumns
        + QStringLiteral(
              ", p.name, p.base_price::text, p.overage_per_1k::text, t.created_at, t.default_model, "
              "coalesce(m.requests, 0), el.max_concurrent, el.requests_per_minute, el.tokens_per_minute, "
              "el.monthly_runs, array_to_string(el.allowed_models, ','), el.has_override, "
              "el.override_expires_at, o.reason, "
              "(SELECT count(*) FROM quota_alerts a WHERE a.tenant_id = t.id AND a.acknowledged_at IS NULL) ")
        + kSummaryJoins
        + QStringLiteral("JOIN plans p ON p.id = t.plan_id "
                         "LEFT JOIN tenant_limit_overrides o ON o.tenant_id = t.id AND el.has_override "
                         "WHERE t.id = ?::uuid");
    return m_pg->query(sql, {tenantId}).then([tenantId](const PgResult& result) {
        Fetched<TenantDetail> fetched;
        if (!result.ok()) {
            fetched.error = readError(result);
            return fetched;
        }
        if (result.rows.isEmpty()) {
            // Row-level security hides other tenants' rows: "not found" and "not yours" look alike on purpose.
            fetched.error = tr("Tenant %1 was not found, or your login is not permitted to see it.").arg(tenantId);
            return fetched;
        }
        const QVariantList& row = result.rows.first();
        TenantDetail& detail = fetched.value;
        detail.summary = summaryFromRow(row);
        detail.planName = row.at(8).toString();
        detail.basePrice = row.at(9).toString();
        detail.overagePer1k = row.at(10).toString();
        detail.createdAt = row.at(11).toDateTime();
        detail.defaultModel = row.at(12).toString();
        detail.requestsThisMonth = row.at(13).toLongLong();
        detail.limits.includedTokens = detail.summary.includedTokens;
        detail.limits.maxConcurrent = optionalInt(row.at(14));
        detail.limits.requestsPerMinute = optionalInt(row.at(15));
        detail.limits.tokensPerMinute = optionalInt(row.at(16));
        detail.limits.monthlyRuns = optionalInt(row.at(17));
        detail.limits.allowedModels = row.at(18).toString().split(u',', Qt::SkipEmptyParts);
        detail.limits.hasOverride = row.at(19).toBool();
        detail.limits.overrideExpiresAt = row.at(20).toDateTime();
        detail.limits.overrideReason = row.at(21).toString();
        detail.openAlerts = row.at(22).toInt();
        return fetched;
    });
}

QFuture<TenantLiveState> TenantRepository::liveState(const QString& tenantId) const
{
    const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
    const QByteArray windowStart = QByteArray::number(nowMs - 60000);
    const QDate month = QDateTime::currentDateTimeUtc().date();
    const QList<RedisCommand> commands = {
        {"ZCOUNT", RedisKeys::rateLimitRequests(tenantId), windowStart, "+inf"},
        {"ZRANGEBYSCORE", RedisKeys::rateLimitTokens(tenantId), windowStart, "+inf"},
        {"GET", RedisKeys::concurrent(tenantId)},
        {"GET", RedisKeys::quotaExceeded(tenantId)},
        {"HGETALL", RedisKeys::usageMonthly(tenantId, QDate(month.year(), month.month(), 1))},
    };
    return m_redis->pipeline(commands).then([](const QList<RedisReply>& replies) {
        TenantLiveState state;
        for (const RedisReply& reply : replies) {
            if (reply.isError()) {
                state.error = reply.text.startsWith("NOPERM")
                    ? tr("Not permitted: the Redis user may not read this tenant's keys.")
                    : QString::fromUtf8(reply.text);
                return state;
            }
        }
        state.available = true;
        state.requestsInWindow = replies.at(0).toInteger();
        for (const RedisReply& member : replies.at(1).elements) {
            const int colon = static_cast<int>(member.text.lastIndexOf(':'));
            if (colon > 0)
                state.tokensInWindow += member.text.mid(colon + 1).toLongLong();
        }
        state.concurrent = replies.at(2).toInteger();
        if (state.concurrent < 0) {
            state.invalidCounters << QStringLiteral("concurrent = %1").arg(state.concurrent);
            state.concurrent = 0;
        }
        state.quotaExceeded = !replies.at(3).isNil();
        state.quotaDetail = QString::fromUtf8(replies.at(3).text);
        const auto monthCounter = replies.at(4).toHash();
        if (monthCounter.contains("tokens")) {
            // Written by the platform's gateway: a count that is negative or not a number is a bug there,
            // said as such, not usage.
            const QByteArray tokensText = monthCounter.value("tokens");
            const QByteArray cost = monthCounter.value("cost_usd");
            bool tokensOk = false;
            const qint64 tokens = tokensText.toLongLong(&tokensOk);
            tokensOk = tokensOk && tokens >= 0;
            bool costOk = true; // no cost field yet is fine
            if (!cost.isEmpty()) {
                const double value = cost.toDouble(&costOk);
                costOk = costOk && value >= 0;
            }
            if (tokensOk && costOk) {
                state.liveTokensThisMonth = tokens;
                state.liveCostThisMonth = QString::fromUtf8(cost);
            } else {
                if (!tokensOk)
                    state.invalidCounters << QStringLiteral("tokens = %1").arg(QString::fromUtf8(tokensText.left(40)));
                if (!costOk)
                    state.invalidCounters << QStringLiteral("cost_usd = %1").arg(QString::fromUtf8(cost.left(40)));
            }
        }
        return state;
    });
}

QFuture<Fetched<QHash<QString, QString>>> TenantRepository::names(const QStringList& tenantIds) const
{
    QStringList ids;
    for (const QString& id : tenantIds)
        if (Validation::isUuid(id))
            ids.append(id);
    if (ids.isEmpty())
        return QtFuture::makeReadyFuture(Fetched<QHash<QString, QString>>{});
    return m_pg
        ->read(QStringLiteral("SELECT id::text, name FROM tenants WHERE id = ANY (?::uuid[])"),
               {QVariant(u'{' + ids.join(u',') + u'}')})
        .then([](const PgResult& result) {
            Fetched<QHash<QString, QString>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows)
                fetched.value.insert(row.at(0).toString(), row.at(1).toString());
            return fetched;
        });
}
