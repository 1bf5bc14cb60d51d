#pragma once

#include <PgResult.h>

#include <QString>

// The message a page shows for a failed read: the server's own words, and for a refusal by grants or
// row-level security a plain "not permitted" first.
QString readError(const PgResult& result);
