#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>

// One secret's bytes (UTF-8, NUL-terminated) in memory we own: a mapping of its own that is locked
// (never swapped), left out of core dumps and wiped when the last owner lets go. A password lives here
// from the moment it leaves the keychain until its profile is closed; everything that needs it
// (PostgreSQL's open, Redis's AUTH) borrows it for that call only.
class SecretBuffer
{
public:
    ~SecretBuffer();
    SecretBuffer(const SecretBuffer&) = delete;
    SecretBuffer& operator=(const SecretBuffer&) = delete;

    // Copies the bytes in, then wipes the source (when it is ours alone to wipe) and clears it.
    static std::shared_ptr<const SecretBuffer> take(QByteArray& utf8);
    static std::shared_ptr<const SecretBuffer> take(QString& text);
    static std::shared_ptr<const SecretBuffer> copyOf(QByteArrayView utf8);

    const char* data() const { return m_data; }
    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    QByteArrayView view() const { return {m_data, m_size}; }
    // Whether the pages are locked in RAM (mlock can be refused by RLIMIT_MEMLOCK; the bytes are then
    // still wiped, only not kept out of swap).
    bool isLocked() const { return m_locked; }

private:
    SecretBuffer(QByteArrayView bytes);

    char* m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_mapped = 0;
    bool m_locked = false;
};

using Secret = std::shared_ptr<const SecretBuffer>;

// Overwrites a string's or array's characters in place when no one else shares them, then clears it.
// Shared or static data is only released: its other owners clear their own.
void wipeAndClear(QString& text);
void wipeAndClear(QByteArray& bytes);
// Overwrites a NUL-terminated string a library handed us in place (its length stays, its bytes are 0).
void wipeCString(char* text);
