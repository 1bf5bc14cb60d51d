#pragma once

#include <QByteArrayView>
#include <QLocale>
#include <QString>

// Money arrives from PostgreSQL as exact decimal text ("12.34567800"). These helpers round and format
// it without passing through binary floating point.
namespace Decimal
{
// Half away from zero to `places` digits; returns canonical text ("-0.50", "12.35"). Empty on bad input.
QString round(const QString& value, int places);
// "$1,234.57"-style for display, in the C locale's digits.
QString formatUsd(const QString& value);
// US dollars for the window, in `locale`'s digits, separators and currency pattern: "$1,234.57" in
// English, "1.234,57 $" in German, "1 234,57 $" in French; `places` decimals (4 for the small amounts
// of one execution or node), exact (never through a double); a negative amount as the locale writes
// it ("($45.50)" in US English). The C locale (no language chosen) reads as formatUsd does. The CLI
// and CSV keep formatUsd.
QString formatMoney(const QString& value, int places = 2, const QLocale& locale = QLocale());
bool isValid(const QString& value);
// Exact sums and differences of decimal text ("12.5" - "0.125" = "12.375"); empty on bad input.
QString add(const QString& a, const QString& b);
QString subtract(const QString& a, const QString& b);
// Exact fixed-point form for fast sums: value * 10^8 when it has at most 8 decimals and fits; false
// otherwise (then use add()).
bool toUnits(const QString& value, qint64* units);
// The same for ASCII text straight from Redis, without regular expressions (10,000 counters per read).
bool toUnits(QByteArrayView value, qint64* units);
QString fromUnits(qint64 units);
// -1, 0 or 1; 0 for bad input.
int compare(const QString& a, const QString& b);
} // namespace Decimal
