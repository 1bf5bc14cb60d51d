#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <QVector>

#include <algorithm>
#include <functional>

// p50/p95 of repeated runs, and one JSON line per measurement with its baseline from the same run.
namespace Bench
{
struct Stats
{
    double p50 = 0;
    double p95 = 0;
    int runs = 0;
};

inline Stats measure(int runs, const std::function<void()>& once)
{
    once(); // warm-up: plans cached, pages in memory
    QVector<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        once();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.at(ms.size() / 2), ms.at(std::min<int>(ms.size() - 1, int(ms.size() * 0.95))), runs};
}

// A size field of /proc/PID/status ("VmHWM:" peak RSS, "VmRSS:") in MB; pid 0 is this process.
inline double statusMb(qint64 pid, const char* field)
{
    QFile status(pid == 0 ? QStringLiteral("/proc/self/status") : QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

inline void report(const QString& name,
                   const Stats& ours,
                   const QString& baselineName,
                   const Stats& baseline,
                   const QJsonObject& extra = {})
{
    QJsonObject line{{QStringLiteral("bench"), name},
                     {QStringLiteral("p50_ms"), ours.p50},
                     {QStringLiteral("p95_ms"), ours.p95},
                     {QStringLiteral("runs"), ours.runs},
                     {QStringLiteral("baseline"), baselineName},
                     {QStringLiteral("baseline_p50_ms"), baseline.p50},
                     {QStringLiteral("baseline_p95_ms"), baseline.p95},
                     {QStringLiteral("ratio_to_baseline_p50"), ours.p50 / std::max(baseline.p50, 1e-9)}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        line.insert(it.key(), it.value());
    QTextStream(stdout) << QJsonDocument(line).toJson(QJsonDocument::Compact) << Qt::endl;
}
} // namespace Bench
