#pragma once

#include <QString>

// Checks at the edge, before anything reaches a server.
namespace Validation
{
// A UUID in its text form (any version): tenant, execution and workflow ids.
bool isUuid(const QString& text);
} // namespace Validation
