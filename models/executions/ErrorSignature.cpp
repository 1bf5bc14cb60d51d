#include <models/executions/ErrorSignature.h>

#include <QRegularExpression>

namespace ErrorSignature
{

QString of(const QString& message)
{
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"));
    static const QRegularExpression quoted(QStringLiteral("'[^']*'|\"[^\"]*\""));
    static const QRegularExpression withDigit(QStringLiteral("\\b\\w*[0-9]\\w*\\b"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString signature = message;
    signature.replace(uuid, QStringLiteral("<id>"));
    signature.replace(quoted, QStringLiteral("<value>"));
    signature.replace(withDigit, QStringLiteral("<n>"));
    signature.replace(space, QStringLiteral(" "));
    return signature.left(300);
}

} // namespace ErrorSignature
