#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// One of our Redis scripts, from resources/lua (compiled in as :/lua/NAME.lua); empty when missing.
inline QByteArray luaScript(const char* name)
{
    QFile file(QStringLiteral(":/lua/%1.lua").arg(QLatin1String(name)));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
