#pragma once

#include <QString>

// Money arrives from PostgreSQL as exact decimal text ("12.34567800"). These helpers round and format
// it without passing through binary floating point.
namespace Decimal
{
// Half away from zero to `places` digits; returns canonical text ("-0.50", "12.35"). Empty on bad input.
QString round(const QString& value, int places);
// "$1,234.57"-style for display, in the C locale's digits.
QString formatUsd(const QString& value);
bool isValid(const QString& value);
} // namespace Decimal
