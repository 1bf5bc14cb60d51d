#pragma once

#include <models/common/Fetched.h>
#include <models/snapshot/SupportSnapshot.h>

#include <QObject>

// Reads and checks a snapshot file off the GUI thread (SupportSnapshot::read) for a window that opens it.
class SnapshotFileReader : public QObject
{
    Q_OBJECT

public:
    explicit SnapshotFileReader(QObject* parent = nullptr);

    void read(const QString& path);

signals:
    void finished(const QString& path, const Fetched<SupportSnapshot>& snapshot);
};
