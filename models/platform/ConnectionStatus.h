#pragma once

#include <net/ConnectionState.h>

#include <QObject>
#include <QStringList>

class PgSession;
class RedisClient;

// One node of a Redis Cluster as the cluster view lists it.
struct ClusterNodeRow
{
    QString address;
    bool master = false;
    QString slotRanges; // "0-5460" for a master
    QString replicaOf; // the master's address, for a replica
    bool down = false;
};

// What the status bar shows: the state of each server connection, as one observable object, so the
// UI never touches the sessions themselves.
class ConnectionStatus : public QObject
{
    Q_OBJECT

public:
    ConnectionStatus(PgSession* pg, RedisClient* redis, QObject* parent = nullptr);

    ConnectionState postgresState() const;
    QString postgresMessage() const;
    ConnectionState redisState() const;
    QString redisMessage() const;
    bool redisIsCluster() const;
    // The hot standby's state for the status bar ("standby 0.2 s behind ..."); empty without one.
    bool hasStandby() const;
    bool standbyUsable() const;
    QString standbyMessage() const;
    // The standby is past its lag bound and the pages still read there: the status bar offers the
    // primary. Taking it sends reads to the primary until the standby is within its bound again.
    bool standbyOffersPrimary() const;
    void readFromPrimaryWhileBehind();
    // The cluster's nodes, masters first, each followed by its replicas; empty on a single server.
    QList<ClusterNodeRow> clusterNodes() const;
    QString profileDescription() const;
    // What the profile chose not to verify on a host other than this machine (empty: all verified).
    QStringList transportWarnings() const;
    // The profile lets provider keys go unencrypted to other machines: one more warning.
    void setUnencryptedKeysAllowed(bool allowed);
    bool postgresBusy() const;
    // Asks the server to stop the statement running now (a slow page load); its page shows it cancelled.
    void cancelPostgresQuery();

signals:
    void changed();
    void postgresBusyChanged(bool busy);

private:
    PgSession* m_pg;
    RedisClient* m_redis;
    bool m_unencryptedKeysAllowed = false;
};
