#pragma once

#include <models/queues/BullJob.h>
#include <models/queues/QueueRepository.h>

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QVector>

class RedisClient;

// What to look for in BullMQ jobs, and how hard Redis may be asked while looking.
struct JobSearchQuery
{
    enum class Field
    {
        Any, // the id, the name, the data or the failed reason
        Id, // exactly this job id: read at once in each queue, no scan
        Name,
        Data, // the job data's JSON text
        FailedReason,
    };
    QStringList queues; // empty: every queue under the prefix
    Field field = Field::Any;
    QString text; // case-insensitive "contains" (Id: the exact id)
    QString state; // empty: any state; else only jobs in it (JobState::all())
    QString tenantId; // empty: any tenant; else only jobs whose data names it
    int maxResults = 200; // the search stops when it has this many
    int keysPerSecond = 100000; // at most this many keys scanned a second (Redis serves others in between)

    static constexpr int kMaxResults = 10000;
    static constexpr int kMinKeysPerSecond = 1000;
    static constexpr int kMaxKeysPerSecond = 1000000;
    QString validate() const; // empty when the query can run
    // Whether a job's fields match the text (the state and tenant are checked apart).
    bool matchesText(const QString& id, const QString& name, const QString& data, const QString& failedReason) const;
    static Field fieldFromName(const QString& name, bool* ok); // "any", "id", "name", "data", "reason"
    static QString fieldName(Field field);
};

// Where a search stands: what it scanned, read and found, and why it stopped.
struct JobSearchProgress
{
    enum class Stop
    {
        Running,
        Done, // every key of every queue scanned
        LimitReached, // maxResults found
        Cancelled,
        Failed, // Redis refused or the connection went: `error`
    };
    Stop stop = Stop::Running;
    QString error;
    qint64 keysScanned = 0; // keys of the queues SCAN returned (job hashes and the queue's own hashes)
    qint64 jobsRead = 0; // job hashes read and matched against the text
    qint64 matches = 0; // jobs found (all filters)
    qint64 vanished = 0; // removed between the scan and the read: skipped
    qint64 elapsedMs = 0;
    qint64 firstResultMs = -1; // when the first job was found
    QString queue; // the queue being scanned
    int queuesDone = 0;
    int queuesTotal = 0;

    double keysPerSecond() const;
    QString stopText() const; // "done", "limit of 200 reached", "cancelled", "failed: ..."
    QJsonObject toJson() const;
};

// One search through BullMQ jobs across queues, without blocking Redis: per queue, SCAN pages (MATCH on the
// queue's keys, TYPE hash, COUNT a page) on every master, each page's job hashes read in one pipeline and
// matched here; the states of the jobs found are read after (ZSCORE, then LPOS only for those in no sorted
// set). Paced to query.keysPerSecond, cancellable between pages; results and progress come as signals as
// they are found. A job removed while the search runs is skipped, a malformed one shown as read (BullJob).
class JobSearch : public QObject
{
    Q_OBJECT

public:
    JobSearch(const QueueRepository& queues, const JobSearchQuery& query, QObject* parent = nullptr);

    void start();
    void cancel(); // stops before the next page; finished() follows
    bool isRunning() const { return m_running; }
    const JobSearchProgress& progress() const { return m_progress; }
    const JobSearchQuery& query() const { return m_query; }

    static constexpr int kPageSize = 1000; // SCAN's COUNT hint; fewer when the pace is slow

signals:
    void found(const QVector<JobSummary>& jobs);
    void progressed(const JobSearchProgress& progress);
    void finished(const JobSearchProgress& progress);

private:
    void beginQueues(const QStringList& queues);
    void nextQueue();
    void learnNodes();
    void nextPage();
    void readJobs(const QList<QByteArray>& keys, const QByteArray& nextCursor);
    void resolveStates(QVector<JobSummary> candidates, const std::function<void()>& then);
    void lookUpId();
    void deliver(QVector<JobSummary> jobs);
    void pace(const std::function<void()>& then);
    void finish(JobSearchProgress::Stop stop, const QString& error = {});

    QPointer<RedisClient> m_redis;
    QueueRepository m_queues;
    JobSearchQuery m_query;
    JobSearchProgress m_progress;
    QElapsedTimer m_clock;
    bool m_running = false;
    bool m_cancelled = false;
    QStringList m_pendingQueues;
    QStringList m_nodes; // masters still to scan for the current queue
    QByteArray m_cursor;
    QByteArray m_keyPrefix; // "<prefix>:<queue>:"
    QByteArray m_pattern; // SCAN's MATCH for it
};
