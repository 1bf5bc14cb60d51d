#include <models/common/Validation.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace Validation
{

bool isUuid(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return pattern.match(text).hasMatch();
}

QString reason(const QString& text)
{
    if (text.trimmed().size() < 3)
        return QCoreApplication::translate("Validation",
                                           "Give a reason (at least 3 characters): it goes into the audit log.");
    if (text.size() > 1000)
        return QCoreApplication::translate("Validation", "The reason is limited to 1000 characters.");
    return {};
}

} // namespace Validation
