#include <models/platform/MigrationRunner.h>

#include <models/common/Logging.h>

#include <async/Guarded.h>
#include <net/PgSession.h>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QPromise>
#include <QRegularExpression>

#include <functional>
#include <memory>

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("MigrationRunner", text);
}

const QString kCreateTable
    = QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migrations ("
                     " version integer PRIMARY KEY, name text NOT NULL, checksum text NOT NULL,"
                     " applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)");
} // namespace

QList<Migration> MigrationRunner::bundled()
{
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql/platform"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = pattern.match(file);
        if (!match.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = f.readAll();
        migrations.append({match.captured(1).toInt(),
                           file,
                           QString::fromUtf8(text),
                           QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex()});
    }
    return migrations;
}

QFuture<MigrationReport> MigrationRunner::run(PgSession* session, const QList<Migration>& migrations)
{
    auto promise = std::make_shared<QPromise<MigrationReport>>();
    promise->start();
    auto report = std::make_shared<MigrationReport>();
    const auto finish = [promise, report](const QString& error) {
        report->error = error;
        promise->addResult(*report);
        promise->finish();
    };
    if (migrations.isEmpty()) {
        finish(tr("No migrations are bundled with this build."));
        return promise->future();
    }

    session->query(kCreateTable)
        .then(QCoreApplication::instance(), guarded(session, [=](const PgResult& created) {
                  if (!created.ok())
                      return finish(tr("Cannot create schema_migrations: %1").arg(created.error));
                  session
                      ->query(QStringLiteral("SELECT version, checksum, name FROM schema_migrations ORDER BY version"))
                      .then(QCoreApplication::instance(), guarded(session, [=](const PgResult& applied) {
                                if (!applied.ok())
                                    return finish(tr("Cannot read schema_migrations: %1").arg(applied.error));
                                QHash<int, QString> appliedChecksums;
                                for (const QVariantList& row : applied.rows)
                                    appliedChecksums.insert(row.at(0).toInt(), row.at(1).toString());
                                QList<Migration> pending;
                                for (const Migration& migration : migrations) {
                                    const auto it = appliedChecksums.constFind(migration.version);
                                    if (it == appliedChecksums.constEnd()) {
                                        pending.append(migration);
                                    } else if (*it != QString::fromLatin1(migration.checksum)) {
                                        return finish(
                                            tr("Migration %1 was changed after it was applied to this database; "
                                               "add a new migration instead of editing an applied one.")
                                                .arg(migration.name));
                                    } else {
                                        ++report->alreadyApplied;
                                    }
                                }
                                // The step function holds itself only weakly; each pending continuation holds it
                                // strongly.
                                auto applyNext = std::make_shared<std::function<void(int)>>();
                                std::weak_ptr<std::function<void(int)>> weakNext = applyNext;
                                *applyNext = [=](int index) {
                                    if (index >= pending.size()) {
                                        finish({});
                                        return;
                                    }
                                    const Migration& migration = pending.at(index);
                                    qCInfo(lcMigrations) << "applying" << migration.name;
                                    session
                                        ->transaction(
                                            {PgQuery{migration.sql, {}},
                                             PgQuery{QStringLiteral(
                                                         "INSERT INTO schema_migrations (version, name, checksum) "
                                                         "VALUES (?, ?, ?)"),
                                                     {migration.version,
                                                      migration.name,
                                                      QString::fromLatin1(migration.checksum)}}})
                                        .then(QCoreApplication::instance(),
                                              guarded(session, [=, next = weakNext.lock()](const PgResult& result) {
                                                  if (!result.ok()) {
                                                      finish(tr("Migration %1 failed and was rolled back: %2")
                                                                 .arg(migration.name, result.error));
                                                      return;
                                                  }
                                                  report->applied << migration.name;
                                                  (*next)(index + 1);
                                              }));
                                };
                                (*applyNext)(0);
                            }));
              }));
    return promise->future();
}
