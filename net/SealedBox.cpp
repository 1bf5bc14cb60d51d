#include <net/SealedBox.h>

#include <QCoreApplication>
#include <QCryptographicHash>

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>
#include <openssl/rand.h>

#include <memory>

namespace
{
struct PkeyFree
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxFree
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
struct CipherCtxFree
{
    void operator()(EVP_CIPHER_CTX* ctx) const { EVP_CIPHER_CTX_free(ctx); }
};
struct BioFree
{
    void operator()(BIO* bio) const { BIO_free(bio); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyFree>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxFree>;
using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, CipherCtxFree>;

QString tr(const char* text)
{
    return QCoreApplication::translate("SealedBox", text);
}

Pkey readPublicKey(const QByteArray& pem, QString* error)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    Pkey key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key) {
        *error = QCoreApplication::translate(
            "SealedBox", "The platform's public key is not a PEM public key (byok.public_key in platform settings).");
        return {};
    }
    if (EVP_PKEY_id(key.get()) != EVP_PKEY_X25519) {
        *error = QCoreApplication::translate(
            "SealedBox",
            "The platform's public key is not an X25519 key; TenantScope seals keys with X25519 + "
            "AES-256-GCM (docs/byok-sealing.md).");
        return {};
    }
    return key;
}

QByteArray rawOf(EVP_PKEY* key)
{
    QByteArray raw(SealedBox::kPublicKeySize, Qt::Uninitialized);
    size_t size = size_t(raw.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char*>(raw.data()), &size) != 1
        || size != size_t(SealedBox::kPublicKeySize))
        return {};
    return raw;
}

// Zeroes key material before the memory goes back to the allocator.
struct Wiped
{
    QByteArray bytes;
    ~Wiped() { OPENSSL_cleanse(bytes.data(), size_t(bytes.size())); }
};
} // namespace

namespace SealedBox
{
QByteArray rawPublicKey(const QByteArray& publicKeyPem, QString* error)
{
    Pkey key = readPublicKey(publicKeyPem, error);
    return key ? rawOf(key.get()) : QByteArray();
}

QString fingerprint(const QByteArray& data)
{
    return QStringLiteral("sha256:")
        + QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex().left(16));
}

QByteArray associatedData(const QString& tenantId, const QString& provider)
{
    return tenantId.toLower().toUtf8() + '\n' + provider.toUtf8();
}

Sealed seal(const QByteArray& recipientPublicKeyPem, const QByteArray& plaintext, const QByteArray& associated)
{
    Sealed out;
    Pkey recipient = readPublicKey(recipientPublicKeyPem, &out.error);
    if (!recipient)
        return out;
    const QByteArray recipientRaw = rawOf(recipient.get());

    // A fresh ephemeral key per seal: the same key sealed twice gives unrelated blobs.
    PkeyCtx keygen(EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr));
    EVP_PKEY* ephemeralRaw = nullptr;
    if (!keygen || EVP_PKEY_keygen_init(keygen.get()) != 1 || EVP_PKEY_keygen(keygen.get(), &ephemeralRaw) != 1) {
        out.error = tr("Could not create an ephemeral X25519 key (OpenSSL).");
        return out;
    }
    Pkey ephemeral(ephemeralRaw);
    const QByteArray ephemeralPublic = rawOf(ephemeral.get());

    Wiped shared{QByteArray(32, Qt::Uninitialized)};
    size_t sharedSize = size_t(shared.bytes.size());
    PkeyCtx derive(EVP_PKEY_CTX_new(ephemeral.get(), nullptr));
    if (!derive || EVP_PKEY_derive_init(derive.get()) != 1
        || EVP_PKEY_derive_set_peer(derive.get(), recipient.get()) != 1
        || EVP_PKEY_derive(derive.get(), reinterpret_cast<unsigned char*>(shared.bytes.data()), &sharedSize) != 1
        || sharedSize != 32) {
        out.error = tr("X25519 key agreement failed (OpenSSL).");
        return out;
    }

    const QByteArray salt = ephemeralPublic + recipientRaw;
    Wiped key{QByteArray(32, Qt::Uninitialized)};
    size_t keySize = size_t(key.bytes.size());
    PkeyCtx hkdf(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    if (!hkdf || EVP_PKEY_derive_init(hkdf.get()) != 1 || EVP_PKEY_CTX_set_hkdf_md(hkdf.get(), EVP_sha256()) != 1
        || EVP_PKEY_CTX_set1_hkdf_salt(
               hkdf.get(), reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()))
            != 1
        || EVP_PKEY_CTX_set1_hkdf_key(
               hkdf.get(), reinterpret_cast<const unsigned char*>(shared.bytes.constData()), int(shared.bytes.size()))
            != 1
        || EVP_PKEY_CTX_add1_hkdf_info(
               hkdf.get(), reinterpret_cast<const unsigned char*>(kHkdfInfo), int(sizeof(kHkdfInfo) - 1))
            != 1
        || EVP_PKEY_derive(hkdf.get(), reinterpret_cast<unsigned char*>(key.bytes.data()), &keySize) != 1) {
        out.error = tr("Key derivation failed (OpenSSL HKDF).");
        return out;
    }

    QByteArray nonce(kNonceSize, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), kNonceSize) != 1) {
        out.error = tr("No random bytes for the nonce (OpenSSL).");
        return out;
    }
    const QByteArray header = QByteArray(kMagic, kMagicSize) + ephemeralPublic + nonce;
    const QByteArray aad = header + associated;

    CipherCtx cipher(EVP_CIPHER_CTX_new());
    QByteArray ciphertext(plaintext.size(), Qt::Uninitialized);
    QByteArray tag(kTagSize, Qt::Uninitialized);
    int length = 0;
    int finalLength = 0;
    const auto* keyBytes = reinterpret_cast<const unsigned char*>(key.bytes.constData());
    const auto* nonceBytes = reinterpret_cast<const unsigned char*>(nonce.constData());
    if (!cipher || EVP_EncryptInit_ex(cipher.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) != 1
        || EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr) != 1
        || EVP_EncryptInit_ex(cipher.get(), nullptr, nullptr, keyBytes, nonceBytes) != 1
        || EVP_EncryptUpdate(
               cipher.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(aad.constData()), int(aad.size()))
            != 1
        || EVP_EncryptUpdate(cipher.get(),
                             reinterpret_cast<unsigned char*>(ciphertext.data()),
                             &length,
                             reinterpret_cast<const unsigned char*>(plaintext.constData()),
                             int(plaintext.size()))
            != 1
        || EVP_EncryptFinal_ex(cipher.get(), reinterpret_cast<unsigned char*>(ciphertext.data()) + length, &finalLength)
            != 1
        || EVP_CIPHER_CTX_ctrl(cipher.get(), EVP_CTRL_GCM_GET_TAG, kTagSize, tag.data()) != 1) {
        out.error = tr("AES-256-GCM encryption failed (OpenSSL).");
        return out;
    }
    out.blob = header + ciphertext + tag;
    return out;
}
} // namespace SealedBox
