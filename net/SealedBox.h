#pragma once

#include <QByteArray>
#include <QString>

// Seals a secret for the platform so only the holder of the platform's private key can open it:
// X25519 key agreement with a fresh ephemeral key, HKDF-SHA256, AES-256-GCM (docs/byok-sealing.md).
// The app only ever seals; opening lives with the platform (and in the tests, with a test key).
namespace SealedBox
{
inline constexpr char kMagic[] = "TSB1";
inline constexpr int kMagicSize = 4;
inline constexpr int kPublicKeySize = 32;
inline constexpr int kNonceSize = 12;
inline constexpr int kTagSize = 16;
inline constexpr char kHkdfInfo[] = "tenantscope byok v1";

struct Sealed
{
    QByteArray blob; // magic | ephemeral public key | nonce | ciphertext | tag
    QString error;
    bool ok() const { return error.isEmpty(); }
};

// recipientPublicKeyPem: an X25519 SubjectPublicKeyInfo in PEM ("-----BEGIN PUBLIC KEY-----").
// associatedData is authenticated, not encrypted: it binds the blob to its tenant and provider.
Sealed seal(const QByteArray& recipientPublicKeyPem, const QByteArray& plaintext, const QByteArray& associatedData);

// The raw 32-byte X25519 public key of a PEM, or empty with *error set.
QByteArray rawPublicKey(const QByteArray& publicKeyPem, QString* error);

// "sha256:" and the first 16 hex digits of SHA-256(data): tells two keys apart without revealing them.
QString fingerprint(const QByteArray& data);

// What the blob authenticates besides its own header: tenant id and provider, one per line.
QByteArray associatedData(const QString& tenantId, const QString& provider);
} // namespace SealedBox
