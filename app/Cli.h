#pragma once

#include <ExecutionActions.h>

#include <QStringList>
#include <QTextStream>

class Services;
class ExecutionRepository;

// tenantscope-cli: the service layer, scriptable. Each command returns the process exit code:
// 0 done, 1 failed (the reason on stderr), 2 bad usage.
class Cli
{
public:
    Cli(QTextStream& out, QTextStream& err);
    int run(const QStringList& arguments);

private:
    int usage(const QString& problem = {});
    std::unique_ptr<Services> connect(const QStringList& args);
    int migrate(const QStringList& args);
    int demoData(const QStringList& args);
    int tenants(const QStringList& args);
    int redisUser(const QStringList& args);
    int usageCommand(const QStringList& args);
    int costsCommand(const QStringList& args);
    int executionsCommand(const QStringList& args);
    int executionShow(const ExecutionRepository& repository, const QString& id, bool asJson);
    int executionAction(ExecutionActions::Kind kind, const QStringList& args);
    int jobsCommand(const QStringList& args);
    int plansCommand(const QStringList& args);
    int overridesCommand(const QStringList& args);
    int limitsCommand(const QStringList& args);
    int auditCommand(const QStringList& args);
    int alertsCommand(const QStringList& args);
    int keysCommand(const QStringList& args);
    int keysListUploaded(const QStringList& args, const QString& tenant, bool asJson);
    int chatCommand(const QStringList& args);
    int snapshotCommand(const QStringList& args);
    int pushLimitsAfterSave(Services& services, const QString& saved, bool jsonOnStdout = false);
    int tenantsList(Services& services, const QStringList& args);
    int tenantsShow(Services& services, const QStringList& args);
    int fail(const QString& message);
    int refuse(const QString& problem); // bad input: the problem only, exit code 2

    QTextStream& m_out;
    QTextStream& m_err;
};
