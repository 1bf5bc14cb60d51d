#include <models/alerts/Anomalies.h>

#include <models/common/Decimal.h>
#include <models/common/JsonTime.h>
#include <models/common/ReadError.h>
#include <models/common/TenantScope.h>
#include <models/common/Validation.h>

#include <net/PgSession.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>
#include <QUuid>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("AnomalyRule", text);
}

bool isDecimal(const QString& text)
{
    static const QRegularExpression decimal(QStringLiteral("^\\d{1,12}(\\.\\d{1,8})?$"));
    return decimal.match(text.trimmed()).hasMatch();
}

// "{1,2.5,0}" as PostgreSQL prints a numeric[].
QStringList numericArray(const QString& text)
{
    QString inner = text;
    inner.remove(u'{').remove(u'}');
    return inner.split(u',', Qt::SkipEmptyParts);
}

} // namespace

// The method in one sentence, in the user's language.
static QString methodSentence(int baselineDays, const QString& factor, const QString& minimum);

QStringList AnomalyRule::metrics()
{
    return {QStringLiteral("spend"), QStringLiteral("tokens"), QStringLiteral("failures")};
}

QString AnomalyRule::problem() const
{
    if (name.trimmed().isEmpty() || name.trimmed().size() > 80)
        return tr("Name the rule (1 to 80 characters).");
    if (!metrics().contains(metric))
        return tr("The metric is spend, tokens or failures.");
    if (scope != QLatin1String("platform") && scope != QLatin1String("tenants"))
        return tr("The scope is the whole platform or tenants.");
    if (scope == QLatin1String("platform") && !tenantId.isEmpty())
        return tr("A rule for the whole platform names no tenant.");
    if (!tenantId.isEmpty() && QUuid::fromString(tenantId).isNull())
        return tr("The tenant is a tenant id (a UUID).");
    if (baselineDays < 1 || baselineDays > 28)
        return tr("The baseline window is 1 to 28 days (the same hour of that many earlier days); %1 is not one.")
            .arg(baselineDays);
    if (!isDecimal(factor) || factor.toDouble() < 1.1 || factor.toDouble() > 1000)
        return tr("The factor is a number from 1.1 to 1000 (how many times the baseline is a spike).");
    if (!isDecimal(minimum))
        return tr("The minimum is a number of 0 or more (dollars, tokens or failed executions in the hour).");
    return {};
}

QString AnomalyRule::scopeText() const
{
    if (scope == QLatin1String("platform"))
        return tr("whole platform");
    if (tenantId.isEmpty())
        return tr("each tenant");
    return tenantName.isEmpty() ? tenantId : tenantName;
}

QString AnomalyRule::methodText() const
{
    return methodSentence(baselineDays, factor, minimum);
}

static QString methodSentence(int baselineDays, const QString& factor, const QString& minimum)
{
    return QCoreApplication::translate("AnomalyRule",
                                       "last 60 min vs the median of the same 60 min on the %n previous day(s); "
                                       "fires at %1 x and at least %2",
                                       nullptr,
                                       baselineDays)
        .arg(factor, minimum);
}

QString AnomalyAlert::methodText() const
{
    return methodSentence(int(samples.size()), factor, minimum);
}

QJsonObject AnomalyRule::toJson() const
{
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("name"), name},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("tenant_id"), tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId)},
            {QStringLiteral("tenant"), tenantName.isEmpty() ? QJsonValue() : QJsonValue(tenantName)},
            {QStringLiteral("baseline_days"), baselineDays},
            {QStringLiteral("factor"), factor},
            {QStringLiteral("minimum"), minimum},
            {QStringLiteral("enabled"), enabled},
            {QStringLiteral("method"), methodText()},
            {QStringLiteral("updated_at"), optionalTime(updatedAt)}};
}

QString AnomalyAlert::subjectText() const
{
    return tenantId.isEmpty() ? tr("whole platform") : tenantName;
}

QString AnomalyAlert::valueText(const QString& value) const
{
    if (metric == QLatin1String("spend"))
        return Decimal::formatMoney(value, 2);
    return QLocale().toString(value.toDouble(), 'f', 0);
}

QString AnomalyAlert::ratioText() const
{
    const double base = baseline.toDouble();
    if (base <= 0)
        return tr("from 0");
    return QStringLiteral("%1 ×").arg(QLocale().toString(observed.toDouble() / base, 'f', 1));
}

QJsonObject AnomalyAlert::toJson() const
{
    QJsonArray sampleValues;
    for (const QString& s : samples)
        sampleValues.append(s);
    return {{QStringLiteral("id"), double(id)},
            {QStringLiteral("rule_id"), double(ruleId)},
            {QStringLiteral("rule"), ruleName},
            {QStringLiteral("tenant_id"), tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantId)},
            {QStringLiteral("tenant"), tenantId.isEmpty() ? QJsonValue() : QJsonValue(tenantName)},
            {QStringLiteral("metric"), metric},
            {QStringLiteral("fired_at"), optionalTime(firedAt)},
            {QStringLiteral("window_start"), optionalTime(windowStart)},
            {QStringLiteral("window_end"), optionalTime(windowEnd)},
            {QStringLiteral("observed"), observed},
            {QStringLiteral("baseline"), baseline},
            {QStringLiteral("samples"), sampleValues},
            {QStringLiteral("factor"), factor},
            {QStringLiteral("minimum"), minimum},
            {QStringLiteral("method"), method},
            {QStringLiteral("acknowledged_by"), acknowledgedBy.isEmpty() ? QJsonValue() : QJsonValue(acknowledgedBy)},
            {QStringLiteral("acknowledged_at"), optionalTime(acknowledgedAt)},
            {QStringLiteral("open"), isOpen()}};
}

AnomalyRepository::AnomalyRepository(PgSession* pg)
    : m_pg(pg)
{
}

QFuture<Fetched<QVector<AnomalyRule>>> AnomalyRepository::rules() const
{
    return m_pg
        ->query(QStringLiteral(
            "SELECT r.id, r.name, r.metric, r.scope, coalesce(r.tenant_id::text, ''), coalesce(t.name, ''), "
            "r.baseline_days, trim_scale(r.factor)::text, trim_scale(r.minimum)::text, r.enabled, r.created_by, "
            "r.updated_at FROM anomaly_rules r LEFT JOIN tenants t ON t.id = r.tenant_id ORDER BY r.name"))
        .then([](const PgResult& result) {
            Fetched<QVector<AnomalyRule>> fetched;
            if (!result.ok()) {
                fetched.error = readError(result);
                return fetched;
            }
            for (const QVariantList& row : result.rows) {
                AnomalyRule r;
                r.id = row.at(0).toLongLong();
                r.name = row.at(1).toString();
                r.metric = row.at(2).toString();
                r.scope = row.at(3).toString();
                r.tenantId = row.at(4).toString();
                r.tenantName = row.at(5).toString();
                r.baselineDays = row.at(6).toInt();
                r.factor = row.at(7).toString();
                r.minimum = row.at(8).toString();
                r.enabled = row.at(9).toBool();
                r.createdBy = row.at(10).toString();
                r.updatedAt = row.at(11).toDateTime();
                fetched.value.append(r);
            }
            return fetched;
        });
}

QFuture<Fetched<qint64>> AnomalyRepository::saveRule(const AnomalyRule& rule, const QString& reason) const
{
    QString refused = rule.problem();
    if (refused.isEmpty())
        refused = Validation::reason(reason);
    if (!refused.isEmpty())
        return refusedFuture<qint64>(refused);
    return m_pg
        ->query(QStringLiteral("SELECT anomaly_rule_save(nullif(?, 0)::bigint, ?, ?, ?, nullif(?, '')::uuid, ?, "
                               "?::numeric, ?::numeric, ?, ?)"),
                {rule.id,
                 rule.name.trimmed(),
                 rule.metric,
                 rule.scope,
                 rule.tenantId,
                 rule.baselineDays,
                 rule.factor.trimmed(),
                 rule.minimum.trimmed(),
                 rule.enabled,
                 reason.trimmed()})
        .then([](const PgResult& result) {
            if (!result.ok())
                return failedWith<qint64>(result);
            Fetched<qint64> saved;
            saved.value = result.scalar().toLongLong();
            return saved;
        });
}

QFuture<Fetched<bool>> AnomalyRepository::removeRule(qint64 ruleId, const QString& reason) const
{
    if (const QString refused = Validation::reason(reason); !refused.isEmpty())
        return refusedFuture<bool>(refused);
    return m_pg->query(QStringLiteral("SELECT anomaly_rule_remove(?, ?)"), {ruleId, reason.trimmed()})
        .then([](const PgResult& result) {
            if (!result.ok())
                return failedWith<bool>(result);
            return Fetched<bool>{{}, true};
        });
}

QFuture<Fetched<QVector<qint64>>> AnomalyRepository::evaluate() const
{
    return m_pg->query(QStringLiteral("SELECT anomalies_evaluate()")).then([](const PgResult& result) {
        if (!result.ok())
            return failedWith<QVector<qint64>>(result);
        Fetched<QVector<qint64>> fired;
        for (const QVariantList& row : result.rows)
            fired.value.append(row.at(0).toLongLong());
        return fired;
    });
}

QFuture<Fetched<QVector<AnomalyAlert>>> AnomalyRepository::list(const Filter& filter) const
{
    if (filter.days < 1 || filter.days > 366)
        return refusedFuture<QVector<AnomalyAlert>>(tr("Show spikes of 1 to 366 days."));
    return refuseUnseenTenant<QVector<AnomalyAlert>>(m_pg, filter.tenantId, [&] {
        return m_pg
            ->query(QStringLiteral(
                        "SELECT a.id, a.rule_id, a.rule_name, coalesce(a.tenant_id::text, ''), "
                        "coalesce(t.name, ''), a.metric, a.fired_at, a.window_start, a.window_end, "
                        "trim_scale(a.observed)::text, trim_scale(a.baseline)::text, a.samples::text, "
                        "trim_scale(a.factor)::text, a.method, coalesce(a.acknowledged_by, ''), a.acknowledged_at, "
                        "trim_scale(a.minimum)::text "
                        "FROM anomaly_alerts a LEFT JOIN tenants t ON t.id = a.tenant_id "
                        "WHERE a.fired_at > now() - make_interval(days => ?) "
                        "AND (? = '' OR a.tenant_id = nullif(?, '')::uuid) AND (NOT ? OR a.acknowledged_at IS NULL) "
                        "ORDER BY a.fired_at DESC, a.id DESC LIMIT 5000"),
                    {filter.days, filter.tenantId, filter.tenantId, filter.openOnly})
            .then([](const PgResult& result) {
                Fetched<QVector<AnomalyAlert>> fetched;
                if (!result.ok()) {
                    fetched.error = readError(result);
                    return fetched;
                }
                for (const QVariantList& row : result.rows) {
                    AnomalyAlert a;
                    a.id = row.at(0).toLongLong();
                    a.ruleId = row.at(1).toLongLong();
                    a.ruleName = row.at(2).toString();
                    a.tenantId = row.at(3).toString();
                    a.tenantName = row.at(4).toString();
                    a.metric = row.at(5).toString();
                    a.firedAt = row.at(6).toDateTime();
                    a.windowStart = row.at(7).toDateTime();
                    a.windowEnd = row.at(8).toDateTime();
                    a.observed = row.at(9).toString();
                    a.baseline = row.at(10).toString();
                    a.samples = numericArray(row.at(11).toString());
                    a.factor = row.at(12).toString();
                    a.method = row.at(13).toString();
                    a.acknowledgedBy = row.at(14).toString();
                    a.acknowledgedAt = row.at(15).toDateTime();
                    a.minimum = row.at(16).toString();
                    fetched.value.append(a);
                }
                return fetched;
            });
    });
}

QFuture<Fetched<bool>> AnomalyRepository::acknowledge(qint64 alertId, const QString& note) const
{
    return m_pg->query(QStringLiteral("SELECT anomaly_alert_ack(?, ?)"), {alertId, note.left(1000)})
        .then([](const PgResult& result) {
            if (!result.ok())
                return failedWith<bool>(result);
            return Fetched<bool>{{}, true};
        });
}
