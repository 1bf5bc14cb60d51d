#pragma once

#include <models/home/HomeReport.h>

#include <QFuture>

class PgSession;
class QObject;
class QueueOperations;

// The reads behind the first screen: who the login is (a tenant admin's home is its own tenant), then
// the spend, the failures and the quotas from PostgreSQL and the queues from Redis, all asked at once.
// Each part answers on its own: a role without a part's grant still sees the others.
class HomeRepository
{
public:
    // `lifetime`: the connection's owner; an answer after it is gone is dropped with the part's error.
    HomeRepository(PgSession* pg, QueueOperations* queues, QObject* lifetime);

    QFuture<HomeReport> read() const;

private:
    QFuture<HomeReport> readPlatform() const;

    PgSession* m_pg;
    QueueOperations* m_queues;
    QObject* m_lifetime;
};
