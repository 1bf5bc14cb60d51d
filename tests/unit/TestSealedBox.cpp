#include <SealedBoxOpener.h>
#include <models/keys/ProviderKeys.h>
#include <net/SealedBox.h>

#include <QTest>

// The sealing scheme of docs/byok-sealing.md, opened with a test private key the app never has.
class TestSealedBox : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        SealedBoxOpener platform;
        const QByteArray secret = "sk-proj-Zq3v9PlaintextThatMustComeBack0042";
        const QByteArray aad = SealedBox::associatedData(QStringLiteral("0B9C6A52-1111-4222-8333-944455556666"),
                                                         QStringLiteral("openai"));
        const SealedBox::Sealed sealed = SealedBox::seal(platform.publicKeyPem(), secret, aad);
        QVERIFY2(sealed.ok(), qPrintable(sealed.error));
        QVERIFY(sealed.blob.startsWith("TSB1"));
        QCOMPARE(sealed.blob.size(), 4 + 32 + 12 + secret.size() + 16);
        QVERIFY(!sealed.blob.contains(secret));
        QString error;
        QCOMPARE(platform.open(sealed.blob, aad, &error), secret);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The tenant id is case-folded: the server prints UUIDs in lower case.
        QCOMPARE(aad.left(36), QByteArray("0b9c6a52-1111-4222-8333-944455556666"));
    }

    void everySealIsDifferent()
    {
        SealedBoxOpener platform;
        const auto a = SealedBox::seal(platform.publicKeyPem(), "same", "aad");
        const auto b = SealedBox::seal(platform.publicKeyPem(), "same", "aad");
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.blob != b.blob);
        QCOMPARE(a.blob.mid(4, 32) == b.blob.mid(4, 32), false); // fresh ephemeral key each time
    }

    void tamperingIsDetected()
    {
        SealedBoxOpener platform;
        const QByteArray aad = SealedBox::associatedData(QStringLiteral("t"), QStringLiteral("anthropic"));
        const auto sealed = SealedBox::seal(platform.publicKeyPem(), "sk-ant-secret-value", aad);
        QVERIFY(sealed.ok());
        for (int i = 0; i < sealed.blob.size(); ++i) {
            QByteArray bad = sealed.blob;
            bad[i] = char(bad[i] ^ 0x01);
            QString error;
            QVERIFY2(platform.open(bad, aad, &error).isEmpty(), qPrintable(QStringLiteral("byte %1").arg(i)));
            QVERIFY(!error.isEmpty());
        }
        QString error;
        // The same box presented for another tenant or provider does not open.
        QVERIFY(
            platform.open(sealed.blob, SealedBox::associatedData(QStringLiteral("t"), QStringLiteral("openai")), &error)
                .isEmpty());
        QVERIFY(
            platform
                .open(sealed.blob, SealedBox::associatedData(QStringLiteral("u"), QStringLiteral("anthropic")), &error)
                .isEmpty());
        // Nor for another platform key.
        SealedBoxOpener other;
        QVERIFY(other.open(sealed.blob, aad, &error).isEmpty());
    }

    void wrongPublicKeysAreRefused()
    {
        const auto rsa = SealedBox::seal(SealedBoxOpener::rsaPublicKeyPem(), "x", "aad");
        QVERIFY(!rsa.ok());
        QVERIFY2(rsa.error.contains(QLatin1String("X25519")), qPrintable(rsa.error));
        QVERIFY(rsa.blob.isEmpty());
        const auto garbage
            = SealedBox::seal("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----\n", "x", "aad");
        QVERIFY(!garbage.ok());
        QVERIFY(!SealedBox::seal(QByteArray(), "x", "aad").ok());
    }

    void fingerprintAndMask()
    {
        QCOMPARE(SealedBox::fingerprint("abc"), QStringLiteral("sha256:ba7816bf8f01cfea"));
        QCOMPARE(maskedKey(QStringLiteral("sk-test-abcd1234")), QString(8, QChar(0x2022)) + QStringLiteral("1234"));
        QCOMPARE(maskedKey(QStringLiteral("abc")), QString(8, QChar(0x2022)));
    }

    void keyShapeIsCheckedBeforeStoring()
    {
        QVERIFY(LocalKeyStore::validate(QStringLiteral("openai"), QStringLiteral("sk-ok"), {}).isEmpty());
        QVERIFY(!LocalKeyStore::validate(QStringLiteral("openai"), QStringLiteral(""), {}).isEmpty());
        QVERIFY(!LocalKeyStore::validate(QStringLiteral("openai"), QStringLiteral("sk ok"), {}).isEmpty());
        QVERIFY(!LocalKeyStore::validate(QStringLiteral("openai"), QStringLiteral("sk-ok\n"), {}).isEmpty());
        QVERIFY(!LocalKeyStore::validate(QStringLiteral("mistral"), QStringLiteral("k"), {}).isEmpty());
        QVERIFY(!LocalKeyStore::validate(QStringLiteral("custom"), QStringLiteral("k"), QStringLiteral("localhost"))
                     .isEmpty());
        QVERIFY(LocalKeyStore::validate(
                    QStringLiteral("custom"), QStringLiteral("k"), QStringLiteral("http://localhost:8000/v1"))
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSealedBox)
#include "TestSealedBox.moc"
