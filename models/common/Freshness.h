#pragma once

#include <QDateTime>
#include <QString>

struct PgResult;

// How current a read is: from the primary (current), or from the hot standby, as of its last replayed
// transaction. Pages show it beside the figures it applies to.
struct Freshness
{
    QDateTime asOf; // valid only for a read the standby served
    double lagSeconds = 0;
    bool pastBound = false; // the standby was past its lag bound (ConnectionStatus offers the primary)

    bool fromStandby() const { return asOf.isValid(); }
    static Freshness of(const PgResult& result);
    // "As of 07:15:32 UTC (read from the standby, 1.2 s behind)"; empty for the primary.
    QString text() const;
};
