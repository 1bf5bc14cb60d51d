#pragma once

#include <QString>

// A table in docs/security.md written by a test and checked by it: the text between
// "<!-- NAME:begin ... -->" and "<!-- NAME:end -->" must equal what the test measured on the servers.
// With TS_WRITE_SECURITY_TABLE=1 set, a difference is written into the document instead of failing.
namespace DocTable
{
struct Outcome
{
    bool matches = false;
    bool written = false;
    QString problem; // the file or its markers are missing
    QString documented;
};
Outcome check(const QString& name, const QString& measured);
QString documentPath();
} // namespace DocTable

// In a Qt Test function: the table must match docs/security.md (or is written there with
// TS_WRITE_SECURITY_TABLE=1).
#define TS_VERIFY_DOC_TABLE(name, measured)                                                                            \
    do {                                                                                                               \
        const DocTable::Outcome doc_ = DocTable::check(name, measured);                                                \
        QVERIFY2(doc_.problem.isEmpty(), qPrintable(doc_.problem));                                                    \
        if (doc_.written)                                                                                              \
            qInfo("docs/security.md: %s written", qPrintable(QString(name)));                                          \
        else                                                                                                           \
            QCOMPARE(doc_.documented, measured);                                                                       \
    } while (false)
