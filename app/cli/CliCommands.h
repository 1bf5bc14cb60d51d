#pragma once

#include <app/cli/CliCommand.h>

#include <memory>
#include <vector>

using CliCommands = std::vector<std::unique_ptr<CliCommand>>;

// Every command, in the order the overview lists them; each feature's file adds its own.
CliCommands allCliCommands();

void addSetupCommands(CliCommands& commands); // migrate, demo-data, redis-user
void addHomeCommands(CliCommands& commands); // home
void addTenantCommands(CliCommands& commands); // tenants list|show
void addUsageCostCommands(CliCommands& commands); // usage, costs
void addExecutionCommands(CliCommands& commands); // executions list|show|errors|retry|resume|cancel
void addJobCommands(CliCommands& commands); // jobs list|show|errors|retry|remove
void addQueueControlCommands(CliCommands& commands); // jobs pause|resume|limiter|concurrency
void addJobSearchCommands(CliCommands& commands); // jobs search
void addPlanCommands(CliCommands& commands); // plans, overrides, limits, audit
void addFlagCommands(CliCommands& commands); // flags list|show|set|rollback, ai-config show
void addAlertCommands(CliCommands& commands); // alerts check|list|ack|snooze|thresholds
// alerts spikes|spike-ack|rules|rule-set|rule-remove|destinations|destination-set|destination-remove|deliveries|deliver
void addSpikeCommands(CliCommands& commands);
void addKeyCommands(CliCommands& commands); // keys set|list|delete|test|upload|revoke
void addChatCommands(CliCommands& commands); // chat
void addSnapshotCommands(CliCommands& commands); // snapshot export|show
void addBillingCommands(CliCommands& commands); // billing key set|reconcile|resend
