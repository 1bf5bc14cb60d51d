#include <models/billing/BillingReconciler.h>

#include <models/common/Decimal.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace
{
QDateTime startOfUtcDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), QTimeZone::utc());
}

QString when(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString unitsText(double units)
{
    return QLocale::c().toString(units, 'f', units == std::floor(units) ? 0 : 3);
}

// Reports in the order they were sent; an identifier Stripe saw before counts once.
QVector<BillingReport> acceptedOnce(QVector<BillingReport> reports)
{
    std::sort(reports.begin(), reports.end(), [](const BillingReport& a, const BillingReport& b) {
        return a.sentAt != b.sentAt ? a.sentAt < b.sentAt : a.id < b.id;
    });
    QVector<BillingReport> distinct;
    QSet<QString> identifiers;
    for (const BillingReport& report : reports)
        if (report.accepted && !identifiers.contains(report.identifier)) {
            identifiers.insert(report.identifier);
            distinct.append(report);
        }
    return distinct;
}
} // namespace

QString BillingDifference::kindName(Kind kind)
{
    switch (kind) {
    case Kind::UnreportedDay:
        return QStringLiteral("unreported_day");
    case Kind::FailedReport:
        return QStringLiteral("failed_report");
    case Kind::DoubleReport:
        return QStringLiteral("double_report");
    case Kind::LateUsage:
        return QStringLiteral("late_usage");
    case Kind::MissingTimestamp:
        return QStringLiteral("missing_timestamp");
    case Kind::Rounding:
        return QStringLiteral("rounding");
    case Kind::Unexplained:
        break;
    }
    return QStringLiteral("unexplained");
}

QString BillingDifference::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::UnreportedDay:
        return QCoreApplication::translate("BillingReconciler", "Unreported day");
    case Kind::FailedReport:
        return QCoreApplication::translate("BillingReconciler", "Failed report");
    case Kind::DoubleReport:
        return QCoreApplication::translate("BillingReconciler", "Double report");
    case Kind::LateUsage:
        return QCoreApplication::translate("BillingReconciler", "Late usage");
    case Kind::MissingTimestamp:
        return QCoreApplication::translate("BillingReconciler", "Missing timestamp");
    case Kind::Rounding:
        return QCoreApplication::translate("BillingReconciler", "Rounding");
    case Kind::Unexplained:
        break;
    }
    return QCoreApplication::translate("BillingReconciler", "Unexplained");
}

QJsonObject BillingDifference::toJson(qint64 tokensPerUnit) const
{
    QJsonArray ids;
    for (qint64 id : reportIds)
        ids.append(double(id));
    return {{QStringLiteral("kind"), kindName(kind)},
            {QStringLiteral("day"), day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("tokens"), double(tokens)},
            {QStringLiteral("units"), double(tokens) / double(tokensPerUnit)},
            {QStringLiteral("detail"), detail},
            {QStringLiteral("report_ids"), ids},
            {QStringLiteral("resendable"), resendable}};
}

QJsonObject TenantReconciliation::toJson() const
{
    QJsonArray explained;
    for (const BillingDifference& difference : differences)
        explained.append(difference.toJson(account.tokensPerUnit));
    QJsonObject stripeJson;
    if (stripeRead()) {
        stripeJson = {
            {QStringLiteral("units"), stripe.units},
            {QStringLiteral("per_day"), stripe.perDayKnown},
            {QStringLiteral("invoice"), stripe.invoiceId.isEmpty() ? QJsonValue() : stripe.invoiceId},
            {QStringLiteral("invoice_status"), stripe.invoiceStatus.isEmpty() ? QJsonValue() : stripe.invoiceStatus},
            {QStringLiteral("invoiced_units"), stripe.invoicedUnits ? QJsonValue(*stripe.invoicedUnits) : QJsonValue()},
            {QStringLiteral("invoice_amount_due"),
             stripe.invoiceAmountDue.isEmpty() ? QJsonValue() : stripe.invoiceAmountDue},
            {QStringLiteral("invoice_currency"),
             stripe.invoiceCurrency.isEmpty() ? QJsonValue() : stripe.invoiceCurrency}};
    } else {
        stripeJson = {{QStringLiteral("error"), stripe.error}};
    }
    return {{QStringLiteral("tenant_id"), account.tenantId},
            {QStringLiteral("tenant"), account.tenantName},
            {QStringLiteral("plan"), account.planId},
            {QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("period_open"), periodOpen},
            {QStringLiteral("customer"), account.customerId},
            {QStringLiteral("subscription"), account.subscriptionId},
            {QStringLiteral("meter"), account.usesMeter() ? QJsonValue(account.meterId) : QJsonValue()},
            {QStringLiteral("subscription_item"),
             account.usesMeter() ? QJsonValue() : QJsonValue(account.subscriptionItemId)},
            {QStringLiteral("tokens_per_unit"), double(account.tokensPerUnit)},
            {QStringLiteral("metered_tokens"), double(meteredTokens)},
            {QStringLiteral("expected_units"), double(expectedUnits)},
            {QStringLiteral("reported_units"), double(reportedUnits)},
            {QStringLiteral("failed_units"), double(failedUnits)},
            {QStringLiteral("stripe"), stripeJson},
            {QStringLiteral("drift_units"), stripeRead() ? QJsonValue(driftUnits) : QJsonValue()},
            {QStringLiteral("drift_percent"), driftPercent ? QJsonValue(*driftPercent) : QJsonValue()},
            {QStringLiteral("drift_usd"), stripeRead() ? QJsonValue(driftUsd) : QJsonValue()},
            {QStringLiteral("differences"), explained}};
}

QString BillingReconciler::amountFor(const BillingAccount& account, double units)
{
    qint64 pricePer1k = 0;
    if (!account.includedTokens || !Decimal::toUnits(account.overagePer1k, &pricePer1k))
        return QStringLiteral("0"); // unlimited tokens: usage costs nothing past the base price
    const double included = double(*account.includedTokens) / double(account.tokensPerUnit);
    const double billable = std::max(0.0, units - included);
    // Whole cents of a unit's price times the units: exact for the whole units Stripe bills.
    const double pricePerUnit = double(pricePer1k) * double(account.tokensPerUnit) / 1000.0; // 10^-8 dollars
    return Decimal::round(Decimal::fromUnits(qint64(std::llround(billable * pricePerUnit))), 2);
}

TenantReconciliation BillingReconciler::reconcile(const BillingAccount& account,
                                                  QDate month,
                                                  const QMap<QDate, qint64>& meteredTokensPerDay,
                                                  const QVector<BillingReport>& reports,
                                                  const StripeUsage& stripe,
                                                  QDate today)
{
    using Kind = BillingDifference::Kind;
    TenantReconciliation result;
    result.account = account;
    result.month = QDate(month.year(), month.month(), 1);
    result.stripe = stripe;
    const qint64 unit = std::max<qint64>(1, account.tokensPerUnit);
    const QDate first = result.month;
    const QDate end = first.addMonths(1);
    result.periodOpen = today < end;
    result.lastDueDay = result.periodOpen ? today.addDays(-1) : end.addDays(-1);
    const QDateTime periodStart = startOfUtcDay(first);
    const QDateTime periodEnd = startOfUtcDay(end);
    const auto inPeriod = [&](const QDateTime& at) { return at >= periodStart && at < periodEnd; };

    for (auto it = meteredTokensPerDay.cbegin(); it != meteredTokensPerDay.cend(); ++it) {
        if (it.key() >= first && it.key() < end)
            result.meteredTokensPerDay.insert(it.key(), it.value());
        if (it.key() >= first && it.key() <= result.lastDueDay)
            result.meteredTokens += it.value();
    }
    result.expectedUnits = result.meteredTokens / unit;

    const QVector<BillingReport> accepted = acceptedOnce(reports);
    QMap<QDate, QVector<BillingReport>> acceptedByDay;
    QMap<QDate, QVector<BillingReport>> failedByDay;
    QMap<QDate, double> loggedUnitsPerDay; // by the UTC day Stripe counts each in
    for (const BillingReport& report : accepted) {
        if (report.usageDay >= first && report.usageDay < end)
            acceptedByDay[report.usageDay].append(report);
        if (inPeriod(report.countedAt())) {
            result.reportedUnits += report.quantity;
            loggedUnitsPerDay[report.countedAt().toUTC().date()] += double(report.quantity);
        }
    }
    for (const BillingReport& report : reports)
        if (!report.accepted && report.usageDay >= first && report.usageDay < end) {
            failedByDay[report.usageDay].append(report);
            result.failedUnits += report.quantity;
        }

    QVector<BillingDifference>& out = result.differences;
    const auto add = [&out](Kind kind, QDate day, qint64 tokens, const QString& detail, QVector<qint64> ids) {
        BillingDifference difference;
        difference.kind = kind;
        difference.day = day;
        difference.tokens = tokens;
        difference.detail = detail;
        difference.reportIds = std::move(ids);
        out.append(difference);
    };

    // Day by day: what was metered against what the log says reached Stripe for it.
    qint64 firstReportsQuantity = 0;
    qint64 firstReportsTokens = 0;
    for (QDate day = first; day <= result.lastDueDay; day = day.addDays(1)) {
        const qint64 metered = meteredTokensPerDay.value(day);
        const QVector<BillingReport> sent = acceptedByDay.value(day);
        if (sent.isEmpty()) {
            if (metered == 0)
                continue;
            const QVector<BillingReport> failed = failedByDay.value(day);
            if (failed.isEmpty()) {
                add(Kind::UnreportedDay,
                    day,
                    -metered,
                    QCoreApplication::translate("BillingReconciler", "%1 tokens were used and never reported.")
                        .arg(QLocale::c().toString(metered)),
                    {});
            } else {
                QVector<qint64> ids;
                for (const BillingReport& report : failed)
                    ids.append(report.id);
                const BillingReport& last = failed.constLast();
                add(Kind::FailedReport,
                    day,
                    -metered,
                    QCoreApplication::translate("BillingReconciler", "Stripe refused the report (%1): %2")
                        .arg(last.stripeStatus ? QString::number(last.stripeStatus)
                                               : QCoreApplication::translate("BillingReconciler", "no answer"),
                             last.stripeAnswer.isEmpty()
                                 ? QCoreApplication::translate("BillingReconciler", "no message")
                                 : last.stripeAnswer),
                    ids);
            }
            continue;
        }
        const BillingReport& report = sent.constFirst();
        if (inPeriod(report.countedAt())) {
            firstReportsQuantity += report.quantity;
            firstReportsTokens += report.tokens;
        }
        if (report.tokens < metered)
            add(Kind::LateUsage,
                day,
                report.tokens - metered,
                QCoreApplication::translate("BillingReconciler", "%1 tokens arrived after the day was reported at %2.")
                    .arg(QLocale::c().toString(metered - report.tokens), when(report.sentAt)),
                {report.id});
        for (int i = 1; i < sent.size(); ++i)
            add(Kind::DoubleReport,
                day,
                sent.at(i).quantity * unit,
                QCoreApplication::translate("BillingReconciler",
                                            "Reported again at %1 under another identifier (%2); Stripe counts both.")
                    .arg(when(sent.at(i).sentAt), sent.at(i).identifier),
                {report.id, sent.at(i).id});
        for (const BillingReport& each : sent)
            if (!inPeriod(each.countedAt()))
                add(each.eventTimestamp.isValid() ? Kind::Unexplained : Kind::MissingTimestamp,
                    day,
                    -each.quantity * unit,
                    each.eventTimestamp.isValid()
                        ? QCoreApplication::translate("BillingReconciler",
                                                      "Sent with the timestamp %1, outside the period.")
                              .arg(when(each.eventTimestamp))
                        : QCoreApplication::translate(
                              "BillingReconciler",
                              "Sent without a timestamp at %1: Stripe counts it in the period it arrived in.")
                              .arg(when(each.sentAt)),
                    {each.id});
    }
    // Reports of an earlier period's day that Stripe counts in this one.
    for (const BillingReport& report : accepted)
        if (report.usageDay < first && inPeriod(report.countedAt()))
            add(report.eventTimestamp.isValid() ? Kind::Unexplained : Kind::MissingTimestamp,
                report.usageDay,
                report.quantity * unit,
                report.eventTimestamp.isValid()
                    ? QCoreApplication::translate("BillingReconciler",
                                                  "A report for %1 sent with a timestamp in this period.")
                          .arg(report.usageDay.toString(Qt::ISODate))
                    : QCoreApplication::translate(
                          "BillingReconciler",
                          "A report for %1 sent without a timestamp at %2: Stripe counts it in this period.")
                          .arg(report.usageDay.toString(Qt::ISODate), when(report.sentAt)),
                {report.id});

    if (!result.stripeRead())
        return result; // the log against our usage only: no drift without Stripe's figure

    // Where Stripe's own figure differs from what the log says reached it.
    if (stripe.perDayKnown) {
        QSet<QDate> days;
        for (auto it = stripe.unitsPerDay.cbegin(); it != stripe.unitsPerDay.cend(); ++it)
            days.insert(it.key());
        for (auto it = loggedUnitsPerDay.cbegin(); it != loggedUnitsPerDay.cend(); ++it)
            days.insert(it.key());
        QList<QDate> ordered(days.cbegin(), days.cend());
        std::sort(ordered.begin(), ordered.end());
        for (QDate day : ordered) {
            const double held = stripe.unitsPerDay.value(day);
            const double logged = loggedUnitsPerDay.value(day);
            if (std::abs(held - logged) > 1e-9)
                add(Kind::Unexplained,
                    day,
                    qint64(std::llround((held - logged) * double(unit))),
                    QCoreApplication::translate(
                        "BillingReconciler",
                        "Stripe counted %1 units on this day; the report log says %2 were accepted.")
                        .arg(unitsText(held), unitsText(logged)),
                    {});
        }
    } else if (std::abs(stripe.units - double(result.reportedUnits)) > 1e-9) {
        add(Kind::Unexplained,
            {},
            qint64(std::llround((stripe.units - double(result.reportedUnits)) * double(unit))),
            QCoreApplication::translate("BillingReconciler",
                                        "Stripe holds %1 units for the period; the report log says %2 were accepted.")
                .arg(unitsText(stripe.units), unitsText(double(result.reportedUnits))),
            {});
    }

    // What the explanations above leave: each explains whole tokens while reports carry whole units, so
    // each may leave less than a unit behind; more than that is rounding per report, or unexplained.
    const double driftTokens = stripe.units * double(unit) - double(result.meteredTokens);
    double explained = 0;
    for (const BillingDifference& difference : out)
        explained += double(difference.tokens);
    const double residual = driftTokens - explained;
    const double tolerance = double(unit) * double(1 + out.size());
    if (std::abs(residual) >= tolerance) {
        const qint64 perReportRounding = firstReportsQuantity * unit - firstReportsTokens;
        const bool rounding
            = std::abs(double(perReportRounding)) >= double(unit) && (perReportRounding > 0) == (residual > 0);
        add(rounding ? Kind::Rounding : Kind::Unexplained,
            {},
            qint64(std::llround(residual)),
            rounding ? QCoreApplication::translate(
                           "BillingReconciler",
                           "The reports rounded each day's tokens to whole units on their own (%1 units for %2 "
                           "tokens) instead of carrying the remainder to the next day.")
                           .arg(QLocale::c().toString(firstReportsQuantity), QLocale::c().toString(firstReportsTokens))
                     : QCoreApplication::translate("BillingReconciler",
                                                   "Stripe's figure differs by %1 units that no report explains.")
                           .arg(unitsText(residual / double(unit))),
            {});
    }

    result.driftUnits = stripe.units - double(result.expectedUnits);
    if (result.expectedUnits > 0)
        result.driftPercent = result.driftUnits * 100.0 / double(result.expectedUnits);
    result.driftUsd
        = Decimal::subtract(amountFor(account, stripe.units), amountFor(account, double(result.expectedUnits)));
    const bool mayResend = !result.periodOpen && !stripe.invoiced();
    for (BillingDifference& difference : out)
        difference.resendable = mayResend && difference.isMissingDay();
    return result;
}
