#pragma once

#include <QMetaType>
#include <QString>

// The life of a server connection as the UI shows it.
enum class ConnectionState
{
    Disconnected, // never connected, or closed on purpose
    Connecting, // first attempt in progress
    Connected,
    Reconnecting, // lost, retrying with backoff
    Failed, // gave up: wrong password, bad configuration; needs the user
};

QString connectionStateName(ConnectionState state);
Q_DECLARE_METATYPE(ConnectionState)
