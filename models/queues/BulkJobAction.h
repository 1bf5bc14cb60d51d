#pragma once

#include <models/queues/JobActions.h>

#include <QJsonObject>
#include <QObject>
#include <QVector>

// Where a bulk retry or removal stands: how many were done, which were refused and why.
struct BulkJobProgress
{
    struct Refusal
    {
        QString queue;
        QString id;
        QString reason;
    };
    enum class Stop
    {
        Running,
        Done, // every job was tried
        Stopped, // Stop between two batches: the rest were not tried
        Failed, // refused before any job was tried: `error`
    };
    Stop stop = Stop::Running;
    QString error;
    int total = 0;
    int tried = 0;
    int done = 0;
    QVector<Refusal> refused;
    int batches = 0;
    QJsonObject toJson() const;
};

// Retry or remove many jobs, `batchSize` at a time: each job by the same atomic script and audit record as
// one (JobActions), the jobs of a batch at once, the next batch when the last has answered. Stop ends it
// between two batches; a job that is refused (retried by someone else, running, part of a flow) is listed
// with the reason and the others go on.
class BulkJobAction : public QObject
{
    Q_OBJECT

public:
    struct Job
    {
        QString queue;
        QString id;
    };

    BulkJobAction(const JobActions& actions,
                  JobActions::Kind kind,
                  QVector<Job> jobs,
                  int batchSize,
                  QString reason,
                  QObject* parent = nullptr);

    static constexpr int kMaxBatch = 1000;
    static QString validateBatchSize(int batchSize);

    void start();
    void cancel();
    const BulkJobProgress& progress() const { return m_progress; }

signals:
    void progressed(const BulkJobProgress& progress);
    void finished(const BulkJobProgress& progress);

private:
    void nextBatch();
    void finish(BulkJobProgress::Stop stop, const QString& error = {});

    JobActions m_actions;
    JobActions::Kind m_kind;
    QVector<Job> m_jobs;
    int m_batchSize;
    QString m_reason;
    BulkJobProgress m_progress;
    bool m_cancelled = false;
    bool m_running = false;
};
