#include <models/snapshot/SnapshotFileReader.h>

#include <async/Guarded.h>

SnapshotFileReader::SnapshotFileReader(QObject* parent)
    : QObject(parent)
{
}

void SnapshotFileReader::read(const QString& path)
{
    deliver(SupportSnapshot::read(path), this, [this, path](const Fetched<SupportSnapshot>& snapshot) {
        emit finished(path, snapshot);
    });
}
