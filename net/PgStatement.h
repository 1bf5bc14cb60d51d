#pragma once

#include <net/PgResult.h>

#include <QByteArray>
#include <QString>
#include <QVariant>

struct pg_conn;
struct pg_result;

// One statement on a libpq connection, sent as the extended protocol's single round trip
// (PQexecParams), with its rows converted to the QVariant types the QPSQL driver gives (numeric as exact
// text). QPSQL sends a parameterised statement as three: PREPARE, EXECUTE with the values spelled into
// the text, DEALLOCATE; on a database across a network that is three times the wait for every read.
namespace PgStatement
{
// "?" placeholders as "$1", "$2", ...; a "?" inside '...' or "..." is text, not a placeholder. *count:
// how many there were.
QByteArray positional(const QString& sql, int* count = nullptr);

// A bound value as PostgreSQL's text input (binary for QByteArray, as bytea); *isNull for SQL NULL.
QByteArray textOf(const QVariant& value, bool* isNull, bool* binary);

// A value of the type with this OID, from its text output, as QPSQL converts it.
QVariant valueOf(unsigned int typeOid, const char* text, int length);
QVariant nullOf(unsigned int typeOid);

// Runs the statement: with parameters through PQexecParams, without through PQexec (which may hold
// several statements, as migrations do). An error's message is libpq's, followed by its SQLSTATE.
PgResult run(pg_conn* connection, const PgQuery& statement);
} // namespace PgStatement
