#pragma once

#include <models/common/Fetched.h>
#include <net/PgResult.h>
#include <net/RedisReply.h>

#include <QString>

// The message a page shows for a failed read: the server's own words, and for a refusal by grants or
// row-level security a plain "not permitted" first.
QString readError(const PgResult& result);

// The server's own sentence for a refused action: readError() without libpq's "ERROR:" prefix, PL/pgSQL's
// CONTEXT lines and the SQLSTATE suffix.
QString serverSentence(const PgResult& result);

// A Redis error reply as a sentence: an ACL refusal (NOPERM) reads "Not permitted: ...".
QString redisError(const RedisReply& reply);

// A refused action as a Fetched answer: the server's own sentence (serverSentence) and no value.
template <typename T> Fetched<T> failedWith(const PgResult& result)
{
    Fetched<T> failed;
    failed.error = serverSentence(result);
    return failed;
}
