#pragma once

#include <models/billing/BillingReconciler.h>

#include <net/StripeApi.h>

#include <QDate>
#include <QFuture>

// What Stripe holds for one tenant and month, read through its API (Stripe-Version 2024-06-20): the
// customer (it must exist), the meter (it must sum) and its event summaries per UTC day, or the legacy
// subscription item's usage record summaries; then the invoice of the period: the finalised one, a
// draft, or while the period is open the upcoming one.
class StripeBillingReader
{
public:
    explicit StripeBillingReader(StripeApi api);

    QFuture<StripeUsage> usage(const BillingAccount& account, QDate month, QDate today) const;

private:
    StripeApi m_api;
};
