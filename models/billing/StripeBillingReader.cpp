#include <models/billing/StripeBillingReader.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

#include <memory>

namespace
{
qint64 epoch(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
}

QString seconds(qint64 value)
{
    return QString::number(value);
}

// Stripe's amounts are integers in the currency's smallest unit (cents for usd).
QString fromMinorUnits(qint64 amount)
{
    const bool negative = amount < 0;
    const qint64 magnitude = negative ? -amount : amount;
    return QStringLiteral("%1%2.%3")
        .arg(negative ? QStringLiteral("-") : QString())
        .arg(magnitude / 100)
        .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
}

// The metered line's quantity on an invoice (the line whose price is metered), if it has one.
std::optional<double> meteredQuantity(const QJsonObject& invoice)
{
    const QJsonArray lines = invoice.value(QStringLiteral("lines")).toObject().value(QStringLiteral("data")).toArray();
    std::optional<double> quantity;
    for (const QJsonValue& value : lines) {
        const QJsonObject line = value.toObject();
        const QJsonObject recurring
            = line.value(QStringLiteral("price")).toObject().value(QStringLiteral("recurring")).toObject();
        if (recurring.value(QStringLiteral("usage_type")).toString() == QLatin1String("metered"))
            quantity = quantity.value_or(0) + line.value(QStringLiteral("quantity")).toDouble();
    }
    return quantity;
}

void takeInvoice(StripeUsage& usage, const QJsonObject& invoice, const QString& status)
{
    usage.invoiceId = invoice.value(QStringLiteral("id")).toString();
    usage.invoiceStatus = status;
    usage.invoicedUnits = meteredQuantity(invoice);
    usage.invoiceAmountDue = fromMinorUnits(qint64(invoice.value(QStringLiteral("amount_due")).toDouble()));
    usage.invoiceCurrency = invoice.value(QStringLiteral("currency")).toString();
}

QFuture<StripeUsage> finished(const StripeUsage& usage)
{
    return QtFuture::makeReadyFuture(usage);
}

StripeUsage failed(const QString& error)
{
    StripeUsage usage;
    usage.error = error;
    return usage;
}
} // namespace

StripeBillingReader::StripeBillingReader(StripeApi api)
    : m_api(std::move(api))
{
}

QFuture<StripeUsage> StripeBillingReader::usage(const BillingAccount& account, QDate month, QDate today) const
{
    const QDate first(month.year(), month.month(), 1);
    const QDate end = first.addMonths(1);
    const bool open = today < end;
    const StripeApi api = m_api;
    auto* context = QCoreApplication::instance();

    // 3. The invoice of the period (invoices of a subscription bill a period's usage at its end).
    const auto readInvoice = [api, account, first, end, open, context](StripeUsage usage) {
        QUrlQuery query{{QStringLiteral("customer"), account.customerId},
                        {QStringLiteral("subscription"), account.subscriptionId},
                        {QStringLiteral("created[gte]"), seconds(epoch(first))}};
        return api.list(QStringLiteral("/v1/invoices"), query, 1000)
            .then(context,
                  [api, account, first, end, open, usage](const StripeList& invoices) mutable {
                      if (!invoices.ok())
                          return finished(
                              failed(QCoreApplication::translate("StripeBillingReader", "Stripe's invoices: %1")
                                         .arg(invoices.error)));
                      for (const QJsonValue& value : invoices.data) {
                          const QJsonObject invoice = value.toObject();
                          const qint64 start = qint64(invoice.value(QStringLiteral("period_start")).toDouble());
                          const qint64 stop = qint64(invoice.value(QStringLiteral("period_end")).toDouble());
                          const QString status = invoice.value(QStringLiteral("status")).toString();
                          if (start == epoch(first) && stop == epoch(end) && status != QLatin1String("void")) {
                              takeInvoice(usage, invoice, status);
                              return finished(usage);
                          }
                      }
                      if (!open)
                          return finished(usage); // closed, and not invoiced yet
                      QUrlQuery upcoming{{QStringLiteral("customer"), account.customerId},
                                         {QStringLiteral("subscription"), account.subscriptionId}};
                      return api.get(QStringLiteral("/v1/invoices/upcoming"), upcoming)
                          .then([usage](const StripeAnswer& answer) mutable {
                              if (answer.errorCode == QLatin1String("invoice_upcoming_none"))
                                  return usage; // nothing will be invoiced: no invoice to show
                              if (!answer.ok())
                                  return failed(QCoreApplication::translate("StripeBillingReader",
                                                                            "Stripe's upcoming invoice: %1")
                                                    .arg(answer.error));
                              takeInvoice(usage, answer.object, QStringLiteral("upcoming"));
                              return usage;
                          });
                  })
            .unwrap();
    };

    // 2. The usage Stripe holds: per UTC day from the meter, or the legacy item's period total.
    const auto readUsage = [api, account, first, end, context, readInvoice]() {
        if (!account.usesMeter()) {
            return api
                .list(
                    QStringLiteral("/v1/subscription_items/%1/usage_record_summaries").arg(account.subscriptionItemId))
                .then(context,
                      [first, end, readInvoice](const StripeList& summaries) {
                          if (!summaries.ok())
                              return finished(failed(QCoreApplication::translate("StripeBillingReader",
                                                                                 "Stripe's usage record summaries: %1")
                                                         .arg(summaries.error)));
                          StripeUsage usage;
                          for (const QJsonValue& value : summaries.data) {
                              const QJsonObject period = value.toObject().value(QStringLiteral("period")).toObject();
                              const qint64 start = qint64(period.value(QStringLiteral("start")).toDouble());
                              if (start >= epoch(first) && start < epoch(end))
                                  usage.units += value.toObject().value(QStringLiteral("total_usage")).toDouble();
                          }
                          return readInvoice(usage);
                      })
                .unwrap();
        }
        return api.get(QStringLiteral("/v1/billing/meters/%1").arg(account.meterId))
            .then(
                context,
                [api, account, first, end, context, readInvoice](const StripeAnswer& meter) {
                    if (!meter.ok())
                        return finished(
                            failed(QCoreApplication::translate("StripeBillingReader", "Stripe's meter %1: %2")
                                       .arg(account.meterId, meter.error)));
                    const QString formula = meter.object.value(QStringLiteral("default_aggregation"))
                                                .toObject()
                                                .value(QStringLiteral("formula"))
                                                .toString();
                    if (formula != QLatin1String("sum"))
                        return finished(
                            failed(QCoreApplication::translate(
                                       "StripeBillingReader",
                                       "Meter %1 aggregates its events by \"%2\"; the platform reports tokens that add "
                                       "up, so only a meter that sums them can be reconciled.")
                                       .arg(account.meterId, formula)));
                    QUrlQuery query{{QStringLiteral("customer"), account.customerId},
                                    {QStringLiteral("start_time"), seconds(epoch(first))},
                                    {QStringLiteral("end_time"), seconds(epoch(end))},
                                    {QStringLiteral("value_grouping_window"), QStringLiteral("day")}};
                    return api.list(QStringLiteral("/v1/billing/meters/%1/event_summaries").arg(account.meterId), query)
                        .then(context,
                              [readInvoice](const StripeList& summaries) {
                                  if (!summaries.ok())
                                      return finished(
                                          failed(QCoreApplication::translate("StripeBillingReader",
                                                                             "Stripe's meter event summaries: %1")
                                                     .arg(summaries.error)));
                                  StripeUsage usage;
                                  usage.perDayKnown = true;
                                  for (const QJsonValue& value : summaries.data) {
                                      const QJsonObject summary = value.toObject();
                                      const double units = summary.value(QStringLiteral("aggregated_value")).toDouble();
                                      const QDate day
                                          = QDateTime::fromSecsSinceEpoch(
                                                qint64(summary.value(QStringLiteral("start_time")).toDouble()),
                                                QTimeZone::utc())
                                                .date();
                                      if (units != 0)
                                          usage.unitsPerDay[day] += units;
                                      usage.units += units;
                                  }
                                  return readInvoice(usage);
                              })
                        .unwrap();
                })
            .unwrap();
    };

    // 1. The customer: a billing account naming one Stripe does not have is an error of its own.
    return api.get(QStringLiteral("/v1/customers/%1").arg(account.customerId))
        .then(context,
              [account, readUsage](const StripeAnswer& customer) {
                  if (!customer.ok())
                      return finished(failed(
                          customer.errorCode == QLatin1String("resource_missing")
                              ? QCoreApplication::translate("StripeBillingReader", "Stripe has no customer %1: %2")
                                    .arg(account.customerId, customer.error)
                              : customer.error));
                  if (customer.object.value(QStringLiteral("deleted")).toBool())
                      return finished(failed(
                          QCoreApplication::translate("StripeBillingReader", "Customer %1 was deleted in Stripe.")
                              .arg(account.customerId)));
                  return readUsage();
              })
        .unwrap();
}
