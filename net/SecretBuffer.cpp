#include <net/SecretBuffer.h>

#include <QtGlobal>

#include <cstring>
#include <new>

#if defined(Q_OS_UNIX)
#include <sys/mman.h>
#include <unistd.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace
{
void wipe(void* data, size_t size)
{
#if defined(Q_OS_WIN)
    SecureZeroMemory(data, size);
#elif defined(__GLIBC__) || defined(Q_OS_FREEBSD) || defined(Q_OS_OPENBSD)
    explicit_bzero(data, size);
#else
    // memset_s is not everywhere; a volatile pointer keeps the compiler from dropping the stores.
    volatile unsigned char* bytes = static_cast<volatile unsigned char*>(data);
    while (size--)
        *bytes++ = 0;
#endif
}
} // namespace

SecretBuffer::SecretBuffer(QByteArrayView bytes)
{
#if defined(Q_OS_UNIX)
    const qsizetype page = qsizetype(sysconf(_SC_PAGESIZE));
    m_mapped = ((bytes.size() + 1 + page - 1) / page) * page;
    void* mapped = mmap(nullptr, size_t(m_mapped), PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mapped == MAP_FAILED)
        throw std::bad_alloc();
    m_data = static_cast<char*>(mapped);
    m_locked = mlock(m_data, size_t(m_mapped)) == 0;
#if defined(MADV_DONTDUMP)
    madvise(m_data, size_t(m_mapped), MADV_DONTDUMP);
#endif
#if defined(MADV_WIPEONFORK)
    madvise(m_data, size_t(m_mapped), MADV_WIPEONFORK); // a child (QProcess) never inherits it
#endif
#elif defined(Q_OS_WIN)
    m_mapped = bytes.size() + 1;
    m_data = static_cast<char*>(VirtualAlloc(nullptr, SIZE_T(m_mapped), MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE));
    if (!m_data)
        throw std::bad_alloc();
    m_locked = VirtualLock(m_data, SIZE_T(m_mapped)) != 0;
#else
    m_mapped = bytes.size() + 1;
    m_data = new char[size_t(m_mapped)];
#endif
    if (!bytes.isEmpty())
        std::memcpy(m_data, bytes.data(), size_t(bytes.size()));
    m_data[bytes.size()] = '\0';
    m_size = bytes.size();
}

SecretBuffer::~SecretBuffer()
{
    wipe(m_data, size_t(m_mapped));
#if defined(Q_OS_UNIX)
    if (m_locked)
        munlock(m_data, size_t(m_mapped));
    munmap(m_data, size_t(m_mapped));
#elif defined(Q_OS_WIN)
    if (m_locked)
        VirtualUnlock(m_data, SIZE_T(m_mapped));
    VirtualFree(m_data, 0, MEM_RELEASE);
#else
    delete[] m_data;
#endif
}

Secret SecretBuffer::copyOf(QByteArrayView utf8)
{
    return Secret(new SecretBuffer(utf8));
}

Secret SecretBuffer::take(QByteArray& utf8)
{
    Secret secret = copyOf(utf8);
    wipeAndClear(utf8);
    return secret;
}

Secret SecretBuffer::take(QString& text)
{
    QByteArray utf8 = text.toUtf8();
    wipeAndClear(text);
    return take(utf8);
}

void wipeAndClear(QString& text)
{
    if (text.isDetached() && !text.isEmpty())
        wipe(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void wipeAndClear(QByteArray& bytes)
{
    if (bytes.isDetached() && !bytes.isEmpty())
        wipe(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void wipeCString(char* text)
{
    if (text)
        wipe(text, std::strlen(text));
}
