#pragma once

#include <models/platform/ConnectionProfile.h>

#include <QSettings>
#include <QStringList>

#include <memory>

// Connection profiles in QSettings (never a password: those go to SecretStore).
class ProfileStore
{
public:
    ProfileStore(); // the user's settings
    explicit ProfileStore(const QString& iniPath); // a file of its own, for tests

    QStringList names() const;
    bool load(const QString& name, ConnectionProfile* profile) const;
    void save(const ConnectionProfile& profile);
    void remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    std::unique_ptr<QSettings> m_settings;
};
