#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// The platform's side of net/SealedBox, for tests only: the app never holds a private key. Generates a
// throwaway X25519 key pair in memory and opens boxes sealed for it.
class SealedBoxOpener
{
public:
    SealedBoxOpener();
    ~SealedBoxOpener();

    QByteArray publicKeyPem() const;
    // The plaintext, or empty with *error set (wrong key, tampered box, other associated data).
    QByteArray open(const QByteArray& blob, const QByteArray& associatedData, QString* error) const;

    // An RSA public key in PEM, to check that sealing refuses keys of the wrong type.
    static QByteArray rsaPublicKeyPem();

private:
    struct Key;
    std::unique_ptr<Key> m_key;
};
