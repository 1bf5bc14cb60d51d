#pragma once

#include <QFuture>
#include <QObject>
#include <QString>

#include <net/SecretBuffer.h>

struct SecretResult
{
    enum class Status
    {
        Ok,
        NotFound, // nothing stored: ask the user
        Unavailable, // no usable keychain: say so, store nothing
        Error,
    };
    Status status = Status::Error;
    Secret secret; // what read() found, in a buffer of its own; null otherwise
    QString error;
    bool ok() const { return status == Status::Ok; }
    // A copy as a string, for callers that hand it to Qt (an API key in a request header).
    QString text() const { return secret ? QString::fromUtf8(secret->view()) : QString(); }
};

// Passwords and keys in the OS keychain (QtKeychain: Keychain, Credential Manager, Secret Service),
// never anywhere else: no plaintext fallback. Asynchronous; never spins an event loop.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(const QString& service = QStringLiteral("TenantScope"), QObject* parent = nullptr);

    QFuture<SecretResult> read(const QString& key);
    QFuture<SecretResult> write(const QString& key, const QString& secret);
    QFuture<SecretResult> remove(const QString& key);

    // "profile/<name>/postgres", "profile/<name>/redis": namespaced by profile and kind.
    static QString profileKey(const QString& profile, const QString& kind);

private:
    QString m_service;
};
