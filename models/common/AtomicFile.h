#pragma once

#include <QByteArray>
#include <QSaveFile>
#include <QString>

// Writes `bytes` to `path` whole or not at all (a full disk or a failed write leaves no half file behind):
// empty when written, else the system's reason.
inline QString writeAtomically(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return file.errorString();
    return {};
}
