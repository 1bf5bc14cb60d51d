#pragma once

#include <net/PgResult.h>

struct pg_conn;

// One statement on a libpq connection, sent as the extended protocol's single round trip
// (PQexecParams), with its rows converted to the QVariant types the QPSQL driver gives (numeric as exact
// text). QPSQL sends a parameterised statement as three: PREPARE, EXECUTE with the values spelled into
// the text, DEALLOCATE; on a database across a network that is three times the wait for every read.
namespace PgStatement
{
// Runs the statement: with parameters through PQexecParams, without through PQexec (which may hold
// several statements, as migrations do). An error's message is libpq's, followed by its SQLSTATE.
PgResult run(pg_conn* connection, const PgQuery& statement);
} // namespace PgStatement
