#include "DocTable.h"

#include <QFile>
#include <QRegularExpression>

namespace DocTable
{

QString documentPath()
{
    return QStringLiteral(TS_SOURCE_DIR "/docs/security.md");
}

Outcome check(const QString& name, const QString& measured)
{
    Outcome outcome;
    QFile file(documentPath());
    if (!file.open(QIODevice::ReadOnly)) {
        outcome.problem = QStringLiteral("cannot read %1").arg(documentPath());
        return outcome;
    }
    QString doc = QString::fromUtf8(file.readAll());
    file.close();
    const QRegularExpression begin(QStringLiteral("<!-- %1:begin[^>]*-->\\n").arg(QRegularExpression::escape(name)));
    const QRegularExpressionMatch found = begin.match(doc);
    const qsizetype end = doc.indexOf(QStringLiteral("<!-- %1:end -->").arg(name));
    if (!found.hasMatch() || end < found.capturedEnd()) {
        outcome.problem = QStringLiteral("docs/security.md has no %1 markers").arg(name);
        return outcome;
    }
    const qsizetype from = found.capturedEnd();
    outcome.documented = doc.mid(from, end - from);
    outcome.matches = outcome.documented == measured;
    if (!outcome.matches && qEnvironmentVariableIsSet("TS_WRITE_SECURITY_TABLE")) {
        doc.replace(from, end - from, measured);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(doc.toUtf8()) > 0)
            outcome.written = true;
    }
    return outcome;
}

} // namespace DocTable
