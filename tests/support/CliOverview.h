#pragma once

#include <QByteArray>
#include <QStringList>

// The command names ("tenants list", "chat") in the overview `tenantscope-cli --help` prints: each
// command's synopsis line is indented by two spaces, its summary by six.
inline QStringList cliCommandNames(const QByteArray& overview)
{
    QStringList names;
    for (const QByteArray& line : overview.split('\n')) {
        if (!line.startsWith("  ") || line.startsWith("      "))
            continue;
        QStringList name;
        for (const QString& word : QString::fromUtf8(line).trimmed().split(u' ')) {
            if (word.isEmpty() || word.startsWith(u'[') || word.startsWith(u'-') || word.at(0).isUpper())
                break;
            name << word;
        }
        names << name.join(u' ');
    }
    return names;
}
