#pragma once

#include <models/common/Fetched.h>

#include <QDateTime>
#include <QFuture>
#include <QJsonObject>
#include <QMetaType>
#include <QStringList>
#include <QVector>

class PgSession;

// A rule the team shares: the last 60 minutes of a tenant's (or the whole platform's) spend, tokens or
// failed executions against the median of the same 60 minutes on each of the previous `baselineDays`;
// it fires at `factor` times the baseline and at least `minimum`.
struct AnomalyRule
{
    qint64 id = 0; // 0: not saved yet
    QString name;
    QString metric = QStringLiteral("spend"); // spend (USD), tokens, failures (failed executions)
    QString scope = QStringLiteral("tenants"); // "platform" (all tenants summed) or "tenants" (each)
    QString tenantId; // scope "tenants": only this tenant; empty: each tenant
    QString tenantName;
    int baselineDays = 7;
    QString factor = QStringLiteral("3"); // exact decimal text
    QString minimum = QStringLiteral("0");
    bool enabled = true;
    QString createdBy;
    QDateTime updatedAt;

    // What is wrong with the rule before it reaches the server (which checks again); empty when fine.
    QString problem() const;
    QString scopeText() const; // "whole platform", "each tenant", or the tenant's name
    QString methodText() const; // the rule in one sentence
    QJsonObject toJson() const;
    static QStringList metrics();
};

// One spike: what the last hour held, against which baseline (its samples, oldest last), by which method.
struct AnomalyAlert
{
    qint64 id = 0;
    qint64 ruleId = 0;
    QString ruleName;
    QString tenantId; // empty: the whole platform
    QString tenantName;
    QString metric;
    QDateTime firedAt;
    QDateTime windowStart;
    QDateTime windowEnd;
    QString observed;
    QString baseline;
    QStringList samples; // the same window 1, 2, ... N days earlier
    QString factor;
    QString minimum;
    QString method; // as the server wrote it (English); methodText() says it in the user's language
    QString acknowledgedBy;
    QDateTime acknowledgedAt;
    bool isOpen() const { return !acknowledgedAt.isValid(); }
    QString subjectText() const; // the tenant's name, or "whole platform"
    QString valueText(const QString& value) const; // money for spend, a count otherwise
    QString ratioText() const; // "5.2 ×", or "from 0" against a baseline of 0
    QString methodText() const;
    QJsonObject toJson() const;
};

// Anomaly rules and the spikes they found: evaluated on the server (anomalies_evaluate, once per rule,
// subject and UTC day whoever evaluates), listed, acknowledged (audited); rules changed by platform admins
// (audited).
class AnomalyRepository
{
public:
    explicit AnomalyRepository(PgSession* pg);

    QFuture<Fetched<QVector<AnomalyRule>>> rules() const;
    QFuture<Fetched<qint64>> saveRule(const AnomalyRule& rule, const QString& reason) const; // the rule's id
    QFuture<Fetched<bool>> removeRule(qint64 ruleId, const QString& reason) const;
    QFuture<Fetched<QVector<qint64>>> evaluate() const; // the alerts new from this evaluation

    struct Filter
    {
        bool openOnly = true;
        QString tenantId;
        int days = 7; // fired in the last `days` days
    };
    QFuture<Fetched<QVector<AnomalyAlert>>> list(const Filter& filter) const;
    QFuture<Fetched<bool>> acknowledge(qint64 alertId, const QString& note) const;

private:
    PgSession* m_pg;
};
Q_DECLARE_METATYPE(AnomalyAlert)
Q_DECLARE_METATYPE(AnomalyRule)
