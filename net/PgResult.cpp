#include <net/PgResult.h>

QVariant PgResult::value(int row, const QString& column) const
{
    const int index = columnIndex(column);
    if (row < 0 || row >= rows.size() || index < 0)
        return {};
    return rows.at(row).value(index);
}

PgResult PgResult::failure(PgErrorKind kind, const QString& message, const QString& state)
{
    PgResult result;
    result.errorKind = kind;
    result.error = message;
    result.sqlState = state;
    return result;
}

PgErrorKind PgResult::kindForSqlState(const QString& state)
{
    if (state == QLatin1String("42501"))
        return PgErrorKind::Permission;
    if (state.startsWith(QLatin1String("23")))
        return PgErrorKind::Constraint;
    if (state == QLatin1String("57014"))
        return PgErrorKind::Cancelled;
    if (state == QLatin1String("28P01") || state == QLatin1String("28000"))
        return PgErrorKind::Authentication;
    // Connection exceptions, and the server shutting down, crashing or starting up (57P01..57P03): the
    // connection is gone even when libpq has not read the closed socket yet.
    if (state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") || state == QLatin1String("57P02")
        || state == QLatin1String("57P03"))
        return PgErrorKind::NotConnected;
    return PgErrorKind::Other;
}
