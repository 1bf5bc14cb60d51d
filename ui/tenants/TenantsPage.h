#pragma once

#include <QWidget>

class AsOfLabel;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class StatePanel;
class TenantDetailPane;
class TenantListModel;
class TenantRepository;

// Find a tenant among thousands as you type (server-side, debounced, paged), and see its detail.
class TenantsPage : public QWidget
{
    Q_OBJECT

public:
    TenantsPage(TenantRepository* repository, QWidget* parent = nullptr);

    TenantListModel* model() const { return m_model; }
    TenantDetailPane* detailPane() const { return m_detail; }
    void reload();

    static constexpr int kSearchDebounceMs = 250;

private:
    void onLoaded(int rows, bool hasMore);
    void onSelectionChanged();

    TenantListModel* m_model;
    QLineEdit* m_search;
    QTimer* m_debounce;
    QTableView* m_table;
    StatePanel* m_listState;
    QLabel* m_countLabel;
    AsOfLabel* m_asOf;
    TenantDetailPane* m_detail;
};
