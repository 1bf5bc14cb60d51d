#pragma once

#include <async/AwaitFuture.h>
#include <models/common/Fetched.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <memory>

class Operations;

// One tenantscope-cli command ("tenants list", "plans set"): its options, positional words and help, parsed
// with QCommandLineParser, and its work in run(), which calls the operations layer only. Every command
// answers --help, and ends with the same exit codes:
namespace ExitCode
{
constexpr int Done = 0;
constexpr int Failed = 1; // refused by a server or a rule, or failed (the reason on stderr)
constexpr int Usage = 2; // bad usage: an unknown option, a missing or malformed argument
} // namespace ExitCode

class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    virtual ~CliCommand();

    const QString& name() const { return m_name; }
    const QString& summary() const { return m_summary; }
    // "tenants list [--search S] [--limit N] [--json]"
    QString synopsis() const;
    QString help() const;

    // `arguments`: what follows the command's words. Prints to out and err; returns the exit code.
    int execute(const QStringList& arguments, QTextStream& out, QTextStream& err, const QString& globalProfile);

protected:
    CliCommand(QString name, QString summary);

    void addOption(const QString& name, const QString& valueName, const QString& description, bool required = false);
    void addFlag(const QString& name, const QString& description);
    // A read: --json prints the answer as JSON instead of text.
    void addJson();
    void addPositional(const QString& name, const QString& description, bool repeated = false);
    // A command that works without the servers (no --profile).
    void worksOffline() { m_offline = true; }

    virtual int run() = 0;

    // For run(): the option's value ("--tenant"), whether a flag is set, and the words: the command's own
    // words followed by the positional arguments ("tenants", "show", ID).
    QString option(const QString& name, const QString& fallback = {}) const;
    bool flag(const QString& name) const;
    QStringList words() const;
    QString profileName() const;
    // Keychain keys are namespaced by the profile: --profile NAME, or "environment" (a connection from the
    // TS_* variables, as the app calls it).
    QString keyProfile() const;
    // The profile's choice (TS_ALLOW_UNENCRYPTED_KEYS=1 without one): may keys go over http:// or ws:// to
    // another machine?
    bool unencryptedKeysAllowed() const;

    // Connects with --profile NAME (its passwords from the OS keychain) or the TS_* variables; null after
    // saying why on stderr.
    std::unique_ptr<Operations> connect();
    int fail(const QString& message); // ExitCode::Failed
    // The answer of a read or an action, waited for up to `timeoutMs`; false after saying on stderr why there
    // is none (`noAnswer` when it did not come in time), with *exitCode set to Failed.
    template <typename T>
    bool answered(QFuture<Fetched<T>>& future, int* exitCode, const QString& noAnswer, int timeoutMs = 30000)
    {
        if (!awaitFuture(future, timeoutMs)) {
            *exitCode = fail(noAnswer);
            return false;
        }
        if (!future.result().ok()) {
            *exitCode = fail(future.result().error);
            return false;
        }
        return true;
    }
    // With --json: the items' toJson() as one array on stdout, and true (the text output is then skipped).
    template <typename List> bool printedAsJson(const List& items)
    {
        if (!flag(QStringLiteral("--json")))
            return false;
        QJsonArray array;
        for (const auto& item : items)
            array.append(item.toJson());
        out() << json(array) << Qt::flush;
        return true;
    }
    int usageError(const QString& problem); // ExitCode::Usage, with the synopsis
    // --reason, the audit log's "why", checked: empty when it will do, else the sentence for usageError.
    QString reasonProblem() const;
    static QString json(const QJsonValue& value);

    QTextStream& out() { return *m_out; }
    QTextStream& err() { return *m_err; }

private:
    struct Positional
    {
        QString name;
        QString description;
        bool repeated = false;
    };
    struct Option
    {
        QString name;
        QString valueName;
        QString description;
        bool required = false;
    };

    QString m_name;
    QString m_summary;
    QList<Option> m_options;
    QList<Positional> m_positionals;
    bool m_offline = false;
    QCommandLineParser m_parser;
    QString m_globalProfile;
    QTextStream* m_out = nullptr;
    QTextStream* m_err = nullptr;
};
