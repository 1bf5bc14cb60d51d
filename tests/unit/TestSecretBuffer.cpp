#include <MemorySearch.h>
#include <net/SecretBuffer.h>

#include <QTest>

#include <cerrno>
#include <cstdlib>
#include <cstring>

// SecretBuffer's promises (its own locked, undumped mapping; the source wiped) and the scrub-on-free
// allocator's realloc keeping realloc's contract.
class TestSecretBuffer : public QObject
{
    Q_OBJECT

private slots:
    void takesTheBytesAndWipesTheSource()
    {
        QByteArray source("correct horse battery staple");
        const Secret secret = SecretBuffer::take(source);
        QVERIFY(source.isEmpty());
        QCOMPARE(secret->view(), QByteArrayView("correct horse battery staple"));
        QCOMPARE(secret->data()[secret->size()], '\0'); // usable as a C string
    }

    void wipesAStringOnlyWhenItIsItsAlone()
    {
        QString alone = QStringLiteral("hunter2-hunter2").repeated(2); // heap, one owner
        QString shared = alone;
        QString other = shared;
        wipeAndClear(shared); // shared with `alone` and `other`: released, not overwritten
        QVERIFY(shared.isEmpty());
        QCOMPARE(other, QStringLiteral("hunter2-hunter2hunter2-hunter2"));

        QString mine = QStringLiteral("s3cr3t").repeated(3);
        mine.detach();
        const QChar* bytes = mine.constData();
        const qsizetype size = mine.size();
        QString keep(bytes, size); // a copy to compare with, not the same buffer
        wipeAndClear(mine);
        QVERIFY(mine.isEmpty());
        QCOMPARE(keep, QStringLiteral("s3cr3ts3cr3ts3cr3t"));

        QString literal = QStringLiteral("static text");
        wipeAndClear(literal); // read-only data: released, never written
        QVERIFY(literal.isEmpty());
        QCOMPARE(QStringLiteral("static text").size(), 11);
    }

    void livesInALockedMappingLeftOutOfDumps()
    {
        const Secret secret = SecretBuffer::copyOf("p4ssw0rd");
        const QList<QByteArray> flags = MemorySearch::flagsOf(secret->data());
        QVERIFY2(!flags.isEmpty(), "no mapping found for the buffer");
        QVERIFY2(flags.contains("dd"), "not left out of core dumps");
#if defined(__SANITIZE_ADDRESS__)
        qInfo("AddressSanitizer makes mlock a no-op: the lock is not checked under it");
#else
        if (secret->isLocked())
            QVERIFY2(flags.contains("lo"), "said locked, but the mapping is not");
        else
            qWarning("mlock was refused here (RLIMIT_MEMLOCK); the buffer is wiped but may be swapped");
#endif
        QVERIFY(flags.contains("wf")); // wiped in a forked child
    }

    void emptySecretsAreUsable()
    {
        const Secret empty = SecretBuffer::copyOf(QByteArrayView());
        QVERIFY(empty->isEmpty());
        QCOMPARE(empty->data()[0], '\0');
    }

    void reallocKeepsItsContract()
    {
        // Linked with ScrubFreedMemory.cpp, whose realloc moves blocks by hand.
#if defined(__SANITIZE_ADDRESS__)
        QSKIP("under AddressSanitizer realloc is ASan's, not ScrubFreedMemory.cpp's");
#endif
        char* block = static_cast<char*>(std::realloc(nullptr, 16));
        QVERIFY(block);
        std::memcpy(block, "0123456789abcdef", 16);
        block = static_cast<char*>(std::realloc(block, 100000)); // grows: moved, contents kept
        QVERIFY(block);
        QCOMPARE(QByteArrayView(block, 16), QByteArrayView("0123456789abcdef"));
        block = static_cast<char*>(std::realloc(block, 8)); // shrinks a lot: moved, prefix kept
        QVERIFY(block);
        QCOMPARE(QByteArrayView(block, 8), QByteArrayView("01234567"));
        const quintptr before = quintptr(block);
        char* same = static_cast<char*>(std::realloc(block, 6)); // small: stays
        QCOMPARE(quintptr(same), before);
        QCOMPARE(std::realloc(same, 0), nullptr); // freed, as glibc does
        errno = 0;
        volatile size_t huge = SIZE_MAX / 2; // not a constant: the compiler would refuse the call
        void* tooMuch = reallocarray(nullptr, huge, 4);
        QCOMPARE(tooMuch, nullptr);
        QCOMPARE(errno, ENOMEM);
        void* array = reallocarray(nullptr, 10, 8);
        QVERIFY(array);
        std::free(array);
    }
};

QTEST_GUILESS_MAIN(TestSecretBuffer)
#include "TestSecretBuffer.moc"
