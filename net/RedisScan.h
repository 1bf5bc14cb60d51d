#pragma once

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>

class RedisClient;

struct RedisScanResult
{
    QList<QByteArray> keys;
    QString error; // empty when every node was walked to its end
};

// Every key matching `pattern` on every master (SCAN, never KEYS): a SCAN cursor belongs to one node,
// so on a Redis Cluster each master is walked in turn. `count` is SCAN's COUNT hint per page.
QFuture<RedisScanResult> scanKeys(RedisClient* redis, const QByteArray& pattern, int count = 1000);
