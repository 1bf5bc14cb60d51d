#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

// Searches a process's readable memory (/proc/PID/smaps + /proc/PID/mem) for byte strings. The
// needles are given XOR-masked, so a test that searches its own memory does not hold what it looks
// for (mask 0: plain needles). Reading another process's memory needs ptrace rights over it.
namespace MemorySearch
{
struct Hit
{
    quint64 address = 0;
    bool inDontDumpMapping = false; // VmFlags "dd": where SecretBuffer keeps secrets
};

// nullopt when the memory cannot be read. pid 0 is this process.
std::optional<QList<Hit>> find(qint64 pid, const QList<QByteArray>& maskedNeedles, char mask);

// The VmFlags of this process's mapping that holds address ("dd", "lo", "wf", ...); empty if none.
QList<QByteArray> flagsOf(const void* address);

// The needle's UTF-8 and UTF-16 (little-endian) forms, masked.
QList<QByteArray> utf8AndUtf16(const QByteArray& asciiMasked, char mask);
} // namespace MemorySearch
