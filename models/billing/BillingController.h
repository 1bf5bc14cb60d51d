#pragma once

#include <models/operations/BillingOperations.h>

#include <QObject>

#include <memory>

// The Reconciliation page's work, off the widget: a month's reconciliation (with progress tenant by
// tenant, and a Cancel that stops it between two tenants), a day's re-send and the Stripe key's storing.
// Each answer comes back as a signal; a reconciliation asked again makes the previous one's answer stale.
class BillingController : public QObject
{
    Q_OBJECT

public:
    explicit BillingController(BillingOperations* billing, QObject* parent = nullptr);

    void reconcile(QDate month);
    void cancel();
    bool isReconciling() const { return m_running != nullptr; }
    void resend(const QString& tenantId, QDate day, const QString& reason);
    void storeKey(const QString& key);
    // Tests pin "today"; otherwise it is the current UTC day.
    void setToday(QDate today) { m_today = today; }

signals:
    void progressed(int read, int total);
    void reconciled(const Fetched<BillingReconciliation>& reconciliation);
    void resent(const Fetched<BillingResend>& resend);
    void keyStored(const Fetched<bool>& stored);

private:
    QDate today() const;

    BillingOperations* m_billing;
    std::shared_ptr<ReconcileProgress> m_running;
    QDate m_today;
};
