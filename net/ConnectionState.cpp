#include <net/ConnectionState.h>

#include <QCoreApplication>

QString connectionStateName(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Disconnected:
        return QCoreApplication::translate("ConnectionState", "disconnected");
    case ConnectionState::Connecting:
        return QCoreApplication::translate("ConnectionState", "connecting");
    case ConnectionState::Connected:
        return QCoreApplication::translate("ConnectionState", "connected");
    case ConnectionState::Reconnecting:
        return QCoreApplication::translate("ConnectionState", "reconnecting");
    case ConnectionState::Failed:
        return QCoreApplication::translate("ConnectionState", "failed");
    }
    return {};
}
