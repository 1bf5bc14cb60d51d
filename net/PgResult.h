#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

// What a statement sent to PostgreSQL, and what came back. Numeric columns arrive as exact decimal
// strings (never double): money stays exact.
struct PgQuery
{
    QString sql;
    QVariantList params;
    int timeoutMs = 0; // > 0: PostgreSQL stops the statement after this long (dashboard reads)
};

enum class PgErrorKind
{
    None,
    NotConnected, // no connection now (server down, reconnecting)
    Authentication, // wrong password or unknown role
    Permission, // 42501: the server's grants or row-level security said no
    Constraint, // 23xxx: the server's constraints refused the data
    Cancelled, // 57014: cancelled by the user or a timeout
    Other,
};

struct PgResult
{
    PgErrorKind errorKind = PgErrorKind::None;
    QString error;
    QString sqlState;
    QStringList columns;
    QVector<QVariantList> rows;
    int rowsAffected = -1;
    QString readFrom; // "standby" when a read was served by the hot standby; empty: the primary
    double standbyLagSeconds = 0; // how far that standby was behind
    QDateTime asOf; // its last replayed transaction
    bool standbyPastBound = false; // read there although it was past its lag bound (the user's choice)

    bool ok() const { return errorKind == PgErrorKind::None; }
    int columnIndex(const QString& name) const { return columns.indexOf(name); }
    QVariant value(int row, const QString& column) const;
    QVariant scalar() const { return rows.isEmpty() || rows.first().isEmpty() ? QVariant() : rows.first().first(); }

    static PgResult failure(PgErrorKind kind, const QString& message, const QString& sqlState = {});
    static PgErrorKind kindForSqlState(const QString& sqlState);
};

Q_DECLARE_METATYPE(PgResult)
