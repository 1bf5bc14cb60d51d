#pragma once

#include <models/common/Fetched.h>
#include <models/costs/CostRepository.h>

#include <QObject>

// The Costs page's reads, off the widget: a month's breakdown (a page of the most expensive groups, more on
// demand, or the rest for an export) and its totals. Each answer comes back as a signal while it belongs
// to the month and grouping asked last.
class CostsController : public QObject
{
    Q_OBJECT

public:
    enum class Rows
    {
        FirstPage, // replaces what is shown
        NextPage, // appended
        Rest, // every row after those shown, for an export
    };
    Q_ENUM(Rows)

    explicit CostsController(CostRepository* costs, QObject* parent = nullptr);

    // The first `limit` groups and the totals; answers of earlier loads become stale.
    void load(QDate month, CostGrouping grouping, int limit);
    void loadMore(QDate month, CostGrouping grouping, int limit, int offset);
    void loadRest(QDate month, CostGrouping grouping, int offset);

signals:
    void rowsLoaded(CostsController::Rows which, CostGrouping grouping, const Fetched<QVector<CostRow>>& rows);
    void totalsLoaded(const Fetched<CostTotals>& totals);

private:
    void rows(Rows which, QDate month, CostGrouping grouping, int limit, int offset);

    CostRepository* m_costs;
    quint64 m_generation = 0;
};
