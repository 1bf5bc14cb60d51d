#pragma once

#include <models/operations/BillingOperations.h>

#include <QDate>
#include <QWidget>

class BillingController;
class BillingDifferenceModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class ReconciliationFilter;
class ReconciliationTableModel;
class StatePanel;

// A month's billing reconciliation: per tenant, what PostgreSQL metered, what the platform reported and
// what Stripe holds, the drift in units, percent and dollars; sorted and filtered by drift; a tenant's
// differences explained by kind, a missing day re-sent (confirmed, with a reason), the table exported as CSV.
class ReconciliationPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReconciliationPage(BillingOperations* billing, QWidget* parent = nullptr);

    void reload();
    void setMonth(QDate month);
    QDate month() const;
    void setDriftOnly(bool driftOnly);
    void setFilterText(const QString& text);
    // Shows the tenant's differences (the row of the table as sorted and filtered).
    void selectTenantRow(int row);
    void selectDifferenceRow(int row);
    // Re-sends the selected difference's day with `reason` (what the confirmation leads to).
    void resendSelected(const QString& reason);
    bool exportCsv(const QString& path, QString* error) const;

    BillingController* controller() const { return m_controller; }
    ReconciliationTableModel* tableModel() const { return m_table; }
    ReconciliationFilter* shownModel() const { return m_filter; }
    BillingDifferenceModel* differenceModel() const { return m_differences; }
    QPushButton* resendButton() const { return m_resend; }
    QString stateMessage() const;
    QString summaryText() const;
    QString noticeText() const;
    QString resendRefusalText() const;
    bool isLoading() const;

signals:
    void loaded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void show(const Fetched<BillingReconciliation>& reconciliation);
    void showProgress(int read, int total);
    void showTenant(int shownRow);
    void updateResend();
    void confirmResend();
    void askForKey();
    void chooseAndExport();
    void setNotice(const QString& text, bool problem);
    QString tenantTitle() const;

    BillingController* m_controller;
    ReconciliationTableModel* m_table;
    ReconciliationFilter* m_filter;
    BillingDifferenceModel* m_differences;
    QComboBox* m_month;
    QCheckBox* m_driftOnly;
    QLineEdit* m_filterText;
    QPushButton* m_reconcile;
    QPushButton* m_cancel;
    QPushButton* m_export;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QLabel* m_notice;
    StatePanel* m_state;
    QTableView* m_tenantsView;
    QLabel* m_tenantTitle;
    QTableView* m_differencesView;
    QPushButton* m_resend;
    QLabel* m_resendRefusal;
    bool m_loadedOnce = false;
};
