#include <app/cli/CliCommands.h>

CliCommands allCliCommands()
{
    CliCommands commands;
    addSetupCommands(commands);
    addHomeCommands(commands);
    addTenantCommands(commands);
    addUsageCostCommands(commands);
    addExecutionCommands(commands);
    addJobCommands(commands);
    addJobSearchCommands(commands);
    addQueueControlCommands(commands);
    addPlanCommands(commands);
    addFlagCommands(commands);
    addAlertCommands(commands);
    addSpikeCommands(commands);
    addKeyCommands(commands);
    addChatCommands(commands);
    addSnapshotCommands(commands);
    addBillingCommands(commands);
    return commands;
}
