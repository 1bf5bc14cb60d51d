#pragma once

#include <models/common/Fetched.h>

#include <QDate>
#include <QFuture>
#include <QJsonObject>
#include <QVector>

#include <optional>

class PgSession;

enum class CostGrouping
{
    Tenant,
    Model,
    Provider,
    Day,
};

// One group of a month's costs. Money is exact decimal text; revenue and margin exist per tenant only.
struct CostRow
{
    QString key; // tenant id, model, provider or day
    QString label; // tenant name, model, provider or day
    QString detail; // tenant: plan; model: provider
    qint64 requests = 0;
    qint64 tokens = 0;
    QString costUsd = QStringLiteral("0"); // all provider cost
    QString byokCostUsd = QStringLiteral("0"); // paid with the tenant's own key
    QString platformCostUsd = QStringLiteral("0"); // paid by the platform
    std::optional<QString> revenueUsd;
    std::optional<QString> marginUsd;

    QJsonObject toJson(CostGrouping grouping) const;
};

struct CostTotals
{
    QString revenueUsd = QStringLiteral("0");
    QString platformCostUsd = QStringLiteral("0");
    QString byokCostUsd = QStringLiteral("0");
    QString marginUsd = QStringLiteral("0");
    int tenants = 0;
    int negativeMarginTenants = 0;

    QJsonObject toJson() const;
};

// The Costs page's numbers for one UTC month, from the monthly summaries; tenant rows carry revenue and
// margin from the server's tenant_margins() (exact decimals, row-level security applied).
class CostRepository
{
public:
    explicit CostRepository(PgSession* pg);

    // limit 0: every group. Rows come most expensive first (days in order); offset pages through them.
    QFuture<Fetched<QVector<CostRow>>>
    breakdown(QDate month, CostGrouping grouping, int limit = 0, int offset = 0) const;
    QFuture<Fetched<CostTotals>> totals(QDate month) const;

    static std::optional<CostGrouping> groupingFromName(const QString& name);
    static QString groupingName(CostGrouping grouping);

private:
    PgSession* m_pg;
};
