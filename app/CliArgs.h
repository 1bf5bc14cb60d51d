#pragma once

#include <QJsonValue>
#include <QStringList>

// Command-line words for tenantscope-cli: options (--name value or --name=value), flags and the
// positional words left over.
namespace CliArgs
{
QString option(const QStringList& args, const QString& name, const QString& fallback = {});
bool flag(const QStringList& args, const QString& name);
QStringList positional(const QStringList& args);
QString json(const QJsonValue& value);
} // namespace CliArgs
