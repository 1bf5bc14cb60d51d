#pragma once

#include <models/costs/CostRepository.h>

#include <QDate>
#include <QWidget>

#include <functional>

class AsOfLabel;
class CostTableModel;
class CostsController;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class StatePanel;

// A month's AI provider costs by tenant, model, provider or day; platform-paid apart from BYOK; revenue
// and margin per tenant with negative margins standing out; CSV and one-page PDF export of what is shown.
class CostsPage : public QWidget
{
    Q_OBJECT

public:
    explicit CostsPage(CostRepository* costs, QWidget* parent = nullptr);

    void setMonth(QDate month);
    void setGrouping(CostGrouping grouping);
    QDate month() const;
    CostGrouping grouping() const;
    void reload();
    bool exportCsv(const QString& path, QString* error) const;
    bool exportPdf(const QString& path, QString* error);
    CostTableModel* tableModel() const { return m_table; }
    bool isLoading() const { return m_pending > 0; }
    QString stateMessage() const;
    QString totalsText() const;

    static constexpr int kChartGroups = 10;

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void connectController();
    void render();
    void fitColumns();
    void finishOne();
    void loadMore(int offset);
    void chooseAndExport(bool pdf);

    CostsController* m_controller;
    std::function<void()> m_pendingExport; // an export waiting for the rest of the rows
    QComboBox* m_month;
    QComboBox* m_grouping;
    QLabel* m_totals;
    AsOfLabel* m_asOf;
    StatePanel* m_state;
    QChartView* m_chartView;
    QTableView* m_tableView;
    CostTableModel* m_table;
    CostTotals m_totalsValue;
    int m_pending = 0;
    bool m_loadedOnce = false;
    QString m_error;
};
