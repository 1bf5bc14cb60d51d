#include "SealedBoxOpener.h"

#include <net/SealedBox.h>

#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/pem.h>

struct SealedBoxOpener::Key
{
    EVP_PKEY* pkey = nullptr;
    ~Key() { EVP_PKEY_free(pkey); }
};

namespace
{
QByteArray pemOf(EVP_PKEY* key)
{
    BIO* bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PUBKEY(bio, key);
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    QByteArray pem(data, int(size));
    BIO_free(bio);
    return pem;
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}
} // namespace

SealedBoxOpener::SealedBoxOpener()
    : m_key(std::make_unique<Key>())
{
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_X25519, nullptr);
    EVP_PKEY_keygen_init(ctx);
    EVP_PKEY_keygen(ctx, &m_key->pkey);
    EVP_PKEY_CTX_free(ctx);
}

SealedBoxOpener::~SealedBoxOpener() = default;

QByteArray SealedBoxOpener::publicKeyPem() const
{
    return pemOf(m_key->pkey);
}

QByteArray SealedBoxOpener::rsaPublicKeyPem()
{
    EVP_PKEY* rsa = EVP_RSA_gen(2048);
    const QByteArray pem = pemOf(rsa);
    EVP_PKEY_free(rsa);
    return pem;
}

QByteArray SealedBoxOpener::open(const QByteArray& blob, const QByteArray& associated, QString* error) const
{
    using namespace SealedBox;
    const int header = kMagicSize + kPublicKeySize + kNonceSize;
    if (blob.size() < header + kTagSize || !blob.startsWith(QByteArray(kMagic, kMagicSize))) {
        *error = QStringLiteral("not a TSB1 box");
        return {};
    }
    const QByteArray ephemeralPublic = blob.mid(kMagicSize, kPublicKeySize);
    const QByteArray nonce = blob.mid(kMagicSize + kPublicKeySize, kNonceSize);
    const QByteArray ciphertext = blob.mid(header, blob.size() - header - kTagSize);
    QByteArray tag = blob.right(kTagSize);

    EVP_PKEY* peer = EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(ephemeralPublic), kPublicKeySize);
    QByteArray shared(32, '\0');
    size_t sharedSize = 32;
    EVP_PKEY_CTX* derive = EVP_PKEY_CTX_new(m_key->pkey, nullptr);
    const bool agreed = EVP_PKEY_derive_init(derive) == 1 && EVP_PKEY_derive_set_peer(derive, peer) == 1
        && EVP_PKEY_derive(derive, reinterpret_cast<unsigned char*>(shared.data()), &sharedSize) == 1;
    EVP_PKEY_CTX_free(derive);
    EVP_PKEY_free(peer);
    if (!agreed) {
        *error = QStringLiteral("key agreement failed");
        return {};
    }

    QByteArray ownPublic(32, '\0');
    size_t ownSize = 32;
    EVP_PKEY_get_raw_public_key(m_key->pkey, reinterpret_cast<unsigned char*>(ownPublic.data()), &ownSize);
    const QByteArray salt = ephemeralPublic + ownPublic;
    QByteArray key(32, '\0');
    size_t keySize = 32;
    EVP_PKEY_CTX* hkdf = EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr);
    EVP_PKEY_derive_init(hkdf);
    EVP_PKEY_CTX_set_hkdf_md(hkdf, EVP_sha256());
    EVP_PKEY_CTX_set1_hkdf_salt(hkdf, bytes(salt), int(salt.size()));
    EVP_PKEY_CTX_set1_hkdf_key(hkdf, bytes(shared), int(shared.size()));
    EVP_PKEY_CTX_add1_hkdf_info(hkdf, reinterpret_cast<const unsigned char*>(kHkdfInfo), int(sizeof(kHkdfInfo) - 1));
    EVP_PKEY_derive(hkdf, reinterpret_cast<unsigned char*>(key.data()), &keySize);
    EVP_PKEY_CTX_free(hkdf);

    const QByteArray aad = blob.left(header) + associated;
    QByteArray plaintext(ciphertext.size(), '\0');
    int length = 0;
    EVP_CIPHER_CTX* cipher = EVP_CIPHER_CTX_new();
    EVP_DecryptInit_ex(cipher, EVP_aes_256_gcm(), nullptr, nullptr, nullptr);
    EVP_CIPHER_CTX_ctrl(cipher, EVP_CTRL_GCM_SET_IVLEN, kNonceSize, nullptr);
    EVP_DecryptInit_ex(cipher, nullptr, nullptr, bytes(key), bytes(nonce));
    EVP_DecryptUpdate(cipher, nullptr, &length, bytes(aad), int(aad.size()));
    EVP_DecryptUpdate(
        cipher, reinterpret_cast<unsigned char*>(plaintext.data()), &length, bytes(ciphertext), int(ciphertext.size()));
    EVP_CIPHER_CTX_ctrl(cipher, EVP_CTRL_GCM_SET_TAG, kTagSize, tag.data());
    const bool authentic
        = EVP_DecryptFinal_ex(cipher, reinterpret_cast<unsigned char*>(plaintext.data()) + length, &length) == 1;
    EVP_CIPHER_CTX_free(cipher);
    if (!authentic) {
        *error = QStringLiteral("authentication failed");
        return {};
    }
    return plaintext;
}
