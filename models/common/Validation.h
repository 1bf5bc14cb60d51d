#pragma once

#include <QString>

// Checks at the edge, before anything reaches a server.
namespace Validation
{
// A UUID in its text form (any version): tenant, execution and workflow ids.
bool isUuid(const QString& text);
// The reason an action is audited with: 3 to 1,000 characters. Empty when fine, else what to fix.
QString reason(const QString& text);
} // namespace Validation
