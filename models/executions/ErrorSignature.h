#pragma once

#include <QString>

// The error with its variable parts masked (ids, quoted values, words with digits), so failures group by
// cause. The same rules as the platform's ts_error_signature() in SQL (migration 007), for errors that
// live in Redis (BullMQ's failedReason).
namespace ErrorSignature
{
QString of(const QString& message);
}
