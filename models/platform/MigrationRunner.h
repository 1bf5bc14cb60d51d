#pragma once

#include <QByteArray>
#include <QFuture>
#include <QList>
#include <QString>
#include <QStringList>

class PgSession;

struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    QByteArray checksum; // sha256 of the text: an applied migration must never change
};

struct MigrationReport
{
    QString error; // empty on success
    QStringList applied; // names applied by this run
    int alreadyApplied = 0;
    bool ok() const { return error.isEmpty(); }
};

// Applies the platform contract's numbered migrations (bundled from resources/sql/platform) that the
// database does not have yet, each in its own transaction together with its schema_migrations row.
// Running it again is a no-op; a changed or unknown applied migration is reported, never "fixed".
class MigrationRunner
{
public:
    static QList<Migration> bundled();
    static QFuture<MigrationReport> run(PgSession* session, const QList<Migration>& migrations = bundled());
};
