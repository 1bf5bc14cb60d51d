#include <models/billing/BillingController.h>

#include <async/Guarded.h>

#include <QDateTime>
#include <QPointer>

BillingController::BillingController(BillingOperations* billing, QObject* parent)
    : QObject(parent)
    , m_billing(billing)
{
}

QDate BillingController::today() const
{
    return m_today.isValid() ? m_today : QDateTime::currentDateTimeUtc().date();
}

void BillingController::reconcile(QDate month)
{
    if (m_running)
        m_running->cancel(); // its answer is stale: stop asking Stripe for it
    auto progress = std::make_shared<ReconcileProgress>();
    QPointer<BillingController> self(this);
    ReconcileProgress* raw = progress.get();
    progress->onTenantRead = [self, raw](int read, int total) {
        if (self && self->m_running.get() == raw && !raw->cancelled())
            emit self->progressed(read, total);
    };
    m_running = progress;
    deliver(m_billing->reconcile(month, QString(), today(), progress),
            this,
            [this, progress](const Fetched<BillingReconciliation>& reconciliation) {
                if (m_running != progress)
                    return;
                m_running.reset();
                emit reconciled(reconciliation);
            });
}

void BillingController::cancel()
{
    if (m_running)
        m_running->cancel();
}

void BillingController::resend(const QString& tenantId, QDate day, const QString& reason)
{
    deliver(m_billing->resend(tenantId, day, reason, today()), this, [this](const Fetched<BillingResend>& resend) {
        emit resent(resend);
    });
}

void BillingController::storeKey(const QString& key)
{
    deliver(m_billing->storeStripeKey(key), this, [this](const Fetched<bool>& stored) { emit keyStored(stored); });
}
