#pragma once

#include <QJsonObject>
#include <QString>
#include <QTextStream>

// What the keys and chat commands share.
namespace KeySupport
{
// One line from standard input, without echo on a terminal: never from the command line, which every
// user of the machine can read in /proc/PID/cmdline.
QString readSecretLine(QTextStream& err, const QString& prompt);
// One JSON object per line: the --json event stream.
QString jsonLine(const QJsonObject& object);
} // namespace KeySupport
