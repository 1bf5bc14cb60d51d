#pragma once

#include <models/common/Fetched.h>
#include <models/queues/QueueRepository.h>

#include <QFuture>
#include <QJsonObject>
#include <QVector>

// One job of a BullMQ flow (docs/platform-contract.md, "Flows"), with its children.
struct FlowNode
{
    QString queue;
    QString id;
    QString name;
    QString state; // JobState::all(), "unknown" (in no state), or empty when not read (outside, missing)
    // How its parent holds it (BullMQ's getDependencies): "root", "pending" (:dependencies, the parent waits
    // for it), "processed" (done, its result in :processed), "ignored" (:failed, its failure ignored), "failed"
    // (:unsuccessful, failed).
    QString relation;
    QString key; // the job's Redis key
    bool outside = false; // under another prefix: named, not read
    bool missing = false; // its hash is gone
    QVector<FlowNode> children;

    int size() const; // this node and all below it
    QJsonObject toJson() const;
};

// A job's whole flow: up through parentKey to the root, then down through each job's dependencies,
// processed, failed and ignored children, a level at a time in one pipeline per level. At most kMaxDepth
// parents up and kMaxNodes jobs (the tree says when it was cut).
namespace JobFlow
{
constexpr int kMaxDepth = 20;
constexpr int kMaxNodes = 1000;
// The tree from the root; `truncated` set when kMaxNodes stopped the walk.
QFuture<Fetched<FlowNode>>
read(const QueueRepository& queues, const QString& queue, const QString& id, bool* truncated = nullptr);
} // namespace JobFlow
