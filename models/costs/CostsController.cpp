#include <models/costs/CostsController.h>

#include <async/Guarded.h>

CostsController::CostsController(CostRepository* costs, QObject* parent)
    : QObject(parent)
    , m_costs(costs)
{
}

void CostsController::load(QDate month, CostGrouping grouping, int limit)
{
    const quint64 generation = ++m_generation;
    rows(Rows::FirstPage, month, grouping, limit, 0);
    deliver(m_costs->totals(month), this, [this, generation](const Fetched<CostTotals>& totals) {
        if (generation == m_generation)
            emit totalsLoaded(totals);
    });
}

void CostsController::loadMore(QDate month, CostGrouping grouping, int limit, int offset)
{
    rows(Rows::NextPage, month, grouping, limit, offset);
}

void CostsController::loadRest(QDate month, CostGrouping grouping, int offset)
{
    rows(Rows::Rest, month, grouping, 0, offset);
}

void CostsController::rows(Rows which, QDate month, CostGrouping grouping, int limit, int offset)
{
    const quint64 generation = m_generation;
    deliver(m_costs->breakdown(month, grouping, limit, offset),
            this,
            [this, generation, which, grouping](const Fetched<QVector<CostRow>>& rows) {
                if (generation == m_generation)
                    emit rowsLoaded(which, grouping, rows);
            });
}
