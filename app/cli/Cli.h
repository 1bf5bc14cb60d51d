#pragma once

#include <app/cli/CliCommands.h>

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

// tenantscope-cli: finds the command the words name ("tenants list") and runs it. Global options before
// the command: --profile NAME, --help, --version. Exit codes: ExitCode (0 done, 1 failed, 2 usage).
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    void overview(QTextStream& to) const;
    int usageError(const QString& problem);
    // The commands whose first word is `group` ("tenants": list, show).
    QList<const CliCommand*> group(const QString& first) const;

    QTextStream& m_out;
    QTextStream& m_err;
    CliCommands m_commands;
};
