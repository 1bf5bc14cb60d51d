#pragma once

#include <models/common/Fetched.h>

#include <QJsonObject>
#include <QString>
#include <QTextStream>

class LocalKeyStore;

// What the keys and chat commands share.
namespace KeySupport
{
// One line from standard input, without echo on a terminal: never from the command line, which every
// user of the machine can read in /proc/PID/cmdline.
QString readSecretLine(QTextStream& err, const QString& prompt);
// One JSON object per line: the --json event stream.
QString jsonLine(const QJsonObject& object);
// The key for a request: the provider's environment variable when set (scripts), else this profile's
// keychain entry. *source says which, for the status line.
Fetched<QString> resolveKey(LocalKeyStore& keys, const QString& provider, QString* source);
} // namespace KeySupport
