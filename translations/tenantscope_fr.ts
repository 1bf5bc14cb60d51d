<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionConfirmDialog</name>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Redis refused the counters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thresholds: whole percentages from 1 to 1000, like 80,90,100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Open only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used / limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reaches 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants near their limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze 1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare every tenant&apos;s month to date with its limits now (done every minute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for the team (who you talked to, what happens next):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed for a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed for a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month&apos;s quota alerts (shared by the whole team)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants at or over a threshold, or throttled, at the last evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed by %1 until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes, requests refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged for the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snoozed for the whole team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No connection profile yet. Choose File &gt; Connect… to add one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppLink</name>
    <message>
        <source>Not a TenantScope link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A TenantScope link has no user, port, query or fragment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link does not end in an id (a UUID): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenantScope links open a tenant or an execution, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsyncSteps</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action and actor filters are limited to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>An answer is still streaming: stop it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform gateway needs a tenant and the gateway&apos;s URL (ws:// or wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a TenantScope conversation (format tenantscope.conversation, version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation names an unknown provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A turn has no role (user or assistant).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStreamDecoder</name>
    <message>
        <source>The provider sent something that is not valid JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved profile named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection: set TS_PG_URL and TS_REDIS_URL (eval &quot;$(scripts/services env)&quot;) or pass --profile NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations did not finish within 120 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema up to date (%1 applied now, %2 already)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--size must be small or large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migrations timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data: %1 tenants, %2 days, %3 usage events, %4 executions, seed %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data did not finish within 30 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo data loaded in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenants needs list or show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenants show needs a tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be between 1 and 100000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the servers did not answer within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tenant_admin user needs --tenant ID (the tenant&apos;s UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role must be platform_admin, support, finance or tenant_admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name may hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the new user&apos;s password (16 characters or more) on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not answer within 20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenantscope-cli redis-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Redis user was set, but the audit record failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis user %1 set for role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be hour, day or month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the servers did not answer within 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: today&apos;s live counters were not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--month must be YYYY-MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--by must be tenant, model, provider or day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executions show needs an execution id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executions needs list, show, errors, retry, resume or cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--since takes an amount with m, h or d (90m, 1h, 7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retry of %1 (requested by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>executions %1 needs an execution id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s; the action may or may not have happened: check the execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled %1 (it was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 queued as new execution %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs needs list, show, retry, remove or errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs %1 needs --queue Q and a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jobs %1 needs a job id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant needs a tenant id (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 30 s; the job may or may not have changed: run jobs show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not answer within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not answer within 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job %1 of %2: %3, state %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1, attempts made %2, created %3, processed %4, finished %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>options: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts needs list, check, ack, snooze or thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts thresholds needs whole percentages, like 80,90,100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert thresholds are now %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min takes a percentage (0 to 1000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alerts %1 needs an alert id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--hours takes 1 to 2160</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 snoozed for %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the servers did not answer within 120 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  reaches 100 % %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  THROTTLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s) fired</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but Redis did not answer: its limits are stale until `tenantscope-cli limits push`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, but %2 Run `tenantscope-cli limits push` when Redis is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; Redis limits of %2 tenant(s) updated and the change published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans needs list, show or set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans %1 needs a plan id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plans set needs FIELD=VALUE (fields: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1, version %2, %3 tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the price table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan %1 already has these values; nothing saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s; the plan may or may not have changed: run plans show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved plan %1 as version %2 (%3 tenant(s) affected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides needs list, set or clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides %1 needs a tenant id (a UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overrides set needs FIELD=VALUE (fields: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--until takes a date (YYYY-MM-DD, until the end of that UTC day) or an ISO time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant %1 has no override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s; run overrides list to see what happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved the override of %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed the override of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits needs push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within 120 s; the limits may be partly pushed: run it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pushed the limits of %1 tenant(s); %2 were pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be between 1 and 5000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: tenantscope-cli [--profile NAME] COMMAND [options]

Commands:
  migrate                                  apply the platform contract&apos;s migrations
  demo-data --size small|large [--seed N]  fill the (loopback) servers with demo data
  tenants list [--search S] [--limit N] [--json]
  tenants show ID [--json]
  usage [--tenant ID] --from YYYY-MM-DD --to YYYY-MM-DD [--by hour|day|month] [--json]
                                           tokens, requests and cost per bucket and model (UTC)
  costs --month YYYY-MM [--by tenant|model|provider|day] [--limit N] [--json]
                                           provider cost, BYOK apart, revenue and margin per tenant
  executions list [--tenant ID] [--status S] [--workflow NAME] [--error TEXT] [--since 1h]
                  [--limit N] [--json]
                                           newest first; S: queued, running, succeeded, failed, cancelled
  executions show ID [--json]              one execution with its nodes (checkpoints)
  executions errors [--tenant ID] [--error TEXT] [--since 1h] [--json]
                                           failed executions grouped by cause, largest first
  executions retry|resume|cancel ID --reason TEXT [--json]
                                           retry from the start, resume from the failed node,
                                           or cancel a queued or running one (audited)
  jobs list --queue Q [--state S] [--tenant ID] [--limit N] [--json]
                                           BullMQ jobs; without --queue: the queues and counts
  jobs show|retry|remove --queue Q ID [--reason TEXT] [--json]
                                           one job; retry a failed job; remove a job (audited)
  jobs errors [--queue Q] [--error TEXT] [--json]
                                           failed jobs of every queue grouped by cause
  plans list|show PLAN [--json]
  plans set PLAN FIELD=VALUE... --reason TEXT
                                           change a plan (base_price, included_tokens, overage_per_1k,
                                           max_concurrent, requests_per_minute, tokens_per_minute,
                                           monthly_runs, allowed_models=a,b; limits take &quot;unlimited&quot;);
                                           then pushes the affected tenants&apos; limits to Redis
  overrides list [--json]
  overrides set TENANT FIELD=VALUE... [--until YYYY-MM-DD] --reason TEXT
  overrides clear TENANT --reason TEXT
  limits push [--tenant ID] [--all]       write pending (or all) effective limits to Redis
  audit list [--tenant ID] [--action PREFIX] [--limit N] [--json]
  alerts check [--min 90] [--json]         evaluate every tenant&apos;s month to date, fire new alerts
  alerts list [--min 90] [--all] [--json]  this month&apos;s alerts (open ones unless --all)
  alerts ack ID [--note TEXT]              acknowledge (shared, audited)
  alerts snooze ID [--hours 24] [--note TEXT]
  alerts thresholds 80,90,100 --reason TEXT  set the thresholds (platform admins; audited)
  keys list [--tenant ID] [--json]         this profile&apos;s keychain keys (masked), or a tenant&apos;s
                                           keys uploaded to the platform
  keys set --provider P [--base-url U]     store a key in the OS keychain, read from standard input
                                           (P: openai, anthropic, custom, platform)
  keys delete|test --provider P            delete it; test it with the provider (no tokens spent)
  keys upload --provider P --tenant ID [--label L]
                                           seal it with the platform&apos;s public key and upload it (audited)
  keys revoke KEY_ID --reason TEXT         revoke an uploaded key (audited)
  chat --provider openai|anthropic|platform [--base-url U] --model M [--tenant ID]
       [--system S] [--max-tokens N] [--anyway] [--json] &quot;prompt&quot;
                                           stream an answer to stdout; status and usage on stderr.
                                           Key: OPENAI_API_KEY / ANTHROPIC_API_KEY / TS_GATEWAY_TOKEN,
                                           else the keychain. --base-url as the SDKs take it: OpenAI&apos;s
                                           with /v1, Anthropic&apos;s without; the gateway&apos;s ws(s):// URL
  redis-user ROLE NAME [--tenant ID]      create or reset the Redis ACL user of a role
                                           (platform_admin, support, finance, tenant_admin);
                                           its password is read from standard input

Connection: TS_PG_URL, TS_PG_PASSWORD, TS_REDIS_URL, TS_REDIS_PASSWORD, or --profile NAME
(a profile saved by the app; its passwords come from the OS keychain).
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys needs set, list, delete, test, upload or revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider: one of openai, anthropic, custom, platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the key is read from standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain did not answer within 20 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored the %1 key %2 in the keychain (profile %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted the %1 key of profile %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys revoke needs the uploaded key&apos;s id (see keys list --tenant ID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gateway token is tested by a chat: tenantscope-cli chat --provider platform ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the provider did not answer within 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (key from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keys upload needs --tenant ID (the tenant&apos;s UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uploaded the %1 key %2 for tenant %3, sealed with the platform&apos;s public key (id %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--tenant needs the tenant&apos;s UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider: openai, anthropic or platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat needs a prompt: tenantscope-cli chat --provider openai --model M &quot;prompt&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-tokens: 1 to 200000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: the tenant&apos;s plan would refuse it (--anyway sends it all the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · key: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tenant, an execution or job id, or a page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a tenant&apos;s name or slug, an execution or tenant id, a job id, or a page. Enter opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>automatic (verify-full off this machine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACL user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BullMQ prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix the platform gives BullMQ (its &quot;prefix&quot; option; &quot;bull&quot; by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off only for a server you trust: the status bar will say it is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow an unencrypted connection to another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for Redis without TLS on a host other than this machine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL host, database and user are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ports must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The BullMQ prefix is 1 to 100 characters without spaces or * ? [ ].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TS_BULL_PREFIX is not a usable BullMQ prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 is not on this machine: tick &quot;Use TLS&quot;, or &quot;Allow an unencrypted connection to another machine&quot; if you must.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: the certificate is checked but not the host name (sslmode=verify-ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: the server is not verified (sslmode=%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis: unencrypted connection (no TLS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis: TLS without checking the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>Negative margin: the platform pays its providers more than this tenant pays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYOK (tenant&apos;s key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by tenant (with margin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading costs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c62828&apos;&gt;More rows could not be loaded: %1&lt;/span&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load costs:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revenue &lt;b&gt;%1&lt;/b&gt; · platform-paid AI cost &lt;b&gt;%2&lt;/b&gt; · margin &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK traffic (paid by tenants&apos; own keys) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n tenant(s) with a negative margin&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No AI provider cost in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform-paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BYOK (tenant&apos;s key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI provider cost per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Top %n by AI provider cost</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>TenantScope cost report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AI costs %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 rows; generated %3 UTC by TenantScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost and margin chart</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data replaces the platform&apos;s data, so it only runs against servers on this machine (loopback).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoRedisWriter</name>
    <message>
        <source>redis: clear contract keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis: usage counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis: effective limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis: concurrency, quota flags, rate-limit windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redis: BullMQ queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCAN failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionActions</name>
    <message>
        <source>It will run again from the first node, as a new execution queued now. Every node runs again and costs tokens again. The original trace is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed or cancelled executions will run again from the first node, as new executions queued now. Every node runs again and costs tokens again. The original traces are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will run again from the node that did not finish, as a new execution queued now. Completed checkpoints are carried over and not run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n failed or cancelled executions will run again from the node that did not finish, as new executions queued now. Completed checkpoints are carried over and not run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be cancelled now: its running nodes stop, or it never starts if it is queued. This cannot be undone (retry it later if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n queued or running executions will be cancelled now: their running nodes stop and queued ones never start. This cannot be undone (retry them later if needed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionListModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionRepository</name>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1 was not found, or your login is not permitted to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionRepository::Filter</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (use one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time range starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error text to search for is limited to 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid page cursor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workflow name to search for is limited to 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel execution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry all failed shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error text (e.g. 429)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error text filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New and changed executions appear as the platform reports them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected execution again from its first node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it again from the node that failed; completed checkpoints are not run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a queued or running execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No executions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1+ shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Grouping failures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failures match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the trace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel execution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execution %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an execution first (its trace shows what the action applies to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each is its own audited action; you can stop between two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n refused; first: %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act on all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry, resume or cancel every execution matching the filters (up to 10,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume all failed shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel all queued and running shown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the executions shown can take this action (see the status filter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the executions that match…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No execution shown can take this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a tenantscope:// link to the execution shown, to paste into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GatewayChatStream</name>
    <message>
        <source>The gateway refused the token: check the key on the Keys page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The tenant is limited now: try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant is over its quota: see its plan and alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tenant&apos;s plan does not allow this model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway stopped with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway sent something that is not JSON (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway connection closed before the answer was complete (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpChatStream</name>
    <message>
        <source>The key was refused: check it on the Keys page, or use another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited: wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider failed on its side: try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider stopped with an error: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Failed job %1 of queue %2 goes back to waiting, and a worker runs it again once. Its attempts made are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of queue %2 is deleted with its data, logs and result, whatever its state (a running job is refused). This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is limited to 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of queue %2 is waiting to run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 of queue %2 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>But its audit record could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>(document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not exactly one JSON value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected branch as JSON (or everything when nothing is selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON (%1); shown as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 MB of JSON…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The key works: the provider accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1: %2). Check it, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider answered HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyProvider</name>
    <message>
        <source>OpenAI-compatible (custom base URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform gateway token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway token is tested by sending a message (Playground, or tenantscope-cli chat --provider platform).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys uploaded to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL (custom: http://localhost:8000/v1; gateway: wss://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the provider for its model list with this key: authenticated, costs no tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer (OS keychain, profile %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept only in the OS keychain: never in settings, logs or exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded to the platform (sealed with the platform&apos;s public key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: type a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label, like production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for revoking (audited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload selected key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal the key selected above with the platform&apos;s public key and store it for the tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the %1 key from this computer&apos;s keychain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a tenant to see the keys it has on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keys yet: choose a provider, paste a key and store it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored the %1 key in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key to test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The gateway token is tested by sending a message from the Playground.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the %1 key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>works (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the %1 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant has no keys on the platform yet. Select a key above and upload it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a key above and pick a tenant first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing and uploading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded, sealed with the platform&apos;s public key (audited).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an uploaded key to revoke.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked (audited).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LimitsPusher</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis did not take the limits (%1): PostgreSQL has the change, and the tenants stay marked as pending until a push succeeds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis has the limits, but marking them done failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: your login may not see tenant(s) %1 (or there is no such tenant). Nothing was pushed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalKeyStore</name>
    <message>
        <source>provider: one of openai, anthropic, custom, platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is longer than 4,096 characters: is it the right text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key contains spaces or control characters: paste the key alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a custom provider needs its base URL, like http://localhost:8000/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform gateway needs its URL, like wss://gateway.example.com/chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 key is stored for this profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 key is stored for this profile: add one on the Keys page or with tenantscope-cli keys set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TenantScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chart tokens, requests and cost per tenant over time, stacked by model, live for today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>break costs down by tenant, model, provider and day, with margins and exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list workflow executions, show traces with the failed node, retry, resume and cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show BullMQ queues per tenant and state, with job detail, retry and remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit plans and per-tenant overrides, validated, versioned and audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show quota alerts at 80/90/100 % with forecasts, acknowledge and snooze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat with a tenant&apos;s configuration and watch answers stream token by token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep BYOK provider keys in the OS keychain and upload them sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for a connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About TenantScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About TenantScope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenantScope %1
A native console for multi-tenant AI SaaS platforms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TenantScope — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis: not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 at %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new quota alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask PostgreSQL to stop the query that is running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when TenantScope starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot show executions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>No migrations are bundled with this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create schema_migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read schema_migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 was changed after it was applied to this database; add a new migration instead of editing an applied one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgConfig</name>
    <message>
        <source>Not a PostgreSQL URL (expected postgresql://user@host:port/database): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL must not contain a password; use the keychain or TS_PG_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (use one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be between 1 and 300 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL URL holds a Unicode noncharacter (such as U+FFFE): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate path must not contain spaces, tabs, line breaks, quotes, backslashes or semicolons: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PgWorker</name>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1:%2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost the connection to PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL is not connected (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was lost while committing, so the server may or may not have saved this; reload to see. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet.

It will: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>%1 is %2: the platform refuses its requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s plan does not allow %2 (allowed: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has used %2 of its %3 tokens this month: the platform would refuse this request.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDraft</name>
    <message>
        <source>change %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an override cannot be unlimited; give a number, or &quot;plan&quot; to follow the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (or &quot;unlimited&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a whole number or &quot;unlimited&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a limit cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be at least 1 (or &quot;unlimited&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: at most 2 decimals (cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed_models: a list of model names is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed_models: every entry must be a model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed_models: &quot;%1&quot; is not in the price table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name: 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(plan&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; (use %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An override needs at least one limit (or remove the override).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expiry is in the past.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review the change to plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saving makes version %1 of plan %2. %n tenant(s) on this plan get the new limits: they are written to Redis right after the save and announced on the plan-changes channel.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base price (USD / month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included tokens / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overage per 1k tokens (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max concurrent executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workflow runs / month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Push limits now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-apply my edit on their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 has unsaved changes. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant id (all tenants when empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (v%3, %n tenant(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1, version %2, last changed %3 by %4 · %n tenant(s) on it</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving plan %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 Your edit is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved (your edit is kept): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved plan %1 as version %2; writing the limits of %n tenant(s) to Redis…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your edit is now on version %1; review it and save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Redis has the current limits of %n tenant(s); the change was announced to the gateways.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis is stale: the limits of %n tenant(s) changed in PostgreSQL since %1 and the gateways do not have them yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goes back to the limits of plan %2, in PostgreSQL now and in Redis right after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a tenant&apos;s override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant: a tenant id (UUID) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set at least one limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override saved (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>No tenant: no system prompt or plan check from the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant: type a tenant&apos;s name to use its configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum answer tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt (a tenant&apos;s own is filled in when you pick it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message (Ctrl+Enter sends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the answer and keep what arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the conversation in TenantScope&apos;s data folder (never with a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wss://gateway.example.com/chat (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet. Pick a provider and a model, type a message and press Send (Ctrl+Enter).
Pick a tenant to use its system prompt and to check its plan before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices could not be read (%1): costs are not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s configuration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan allows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 tokens used this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1 (keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 key stored: add one on the Keys page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: the partial answer is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer reached the maximum number of tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First token %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in + %2 out tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>~%1 tokens so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved conversations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key stored for this base URL: requests go without one (add one on the Keys page if the server needs it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaygroundRepository</name>
    <message>
        <source>tenant: a tenant id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted, or no such tenant: your login sees no tenant with this id.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The system keychain is not available (%1). TenantScope keeps passwords only in the keychain, so nothing was stored; unlock or install one (Secret Service, Keychain, Credential Manager).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prioritized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for children</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueCountsModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>Redis refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a queue name (1 to 200 characters, no &apos;:&apos;, spaces or wildcards).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis answered %1 of %2 commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 (removed, or never there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not retried: %2. If the connection was lost, look at the job&apos;s state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 any more (removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not failed any more: someone retried it already, or it never failed. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not removed: %2. If the connection was lost, look at the job&apos;s state before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 any more (removed already).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is running (a worker holds its lock): cancel its execution instead. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 belongs to a flow (it has a parent or children); remove it with BullMQ&apos;s own tools. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error text to search for is limited to 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not retried: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueueRepository::JobPage</name>
    <message>
        <source>Unknown job state &quot;%1&quot; (use one of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page is 1 to 1000 jobs from a non-negative offset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Job data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove job…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs per tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discover queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look for BullMQ queues under the prefix (one SCAN; counts refresh without it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs in state:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed jobs by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per tenant (from job data&apos;s tenantId); select one to filter the jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed reason and stack trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a job to see its detail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for queues…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading job %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2 · %3%4
Tenant %5 · attempts made %6 · progress %7
Created %8 · processed %9 · finished %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (locked by a worker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grouping failed jobs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BullMQ queues under &quot;%1&quot;, refreshed every 2 s while shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No BullMQ queues under the prefix &quot;%1&quot; in this Redis (the prefix is set in the connection profile).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message>
        <source>Execution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaForecast</name>
    <message numerus="yes">
        <source>linear run rate: average of the last %n complete day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>Not permitted: the server refused this read for your login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: the query was stopped before it finished (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisClient</name>
    <message>
        <source>Timed out connecting to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS verification failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis refused the login: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis needs a password for this connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed reply from Redis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis sent a reply nobody asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis is loading its data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedisConfig</name>
    <message>
        <source>Not a Redis URL (expected redis://user@host:port/db): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis URL must not contain a password; use the keychain or TS_REDIS_PASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis database must be a number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Redis URL holds a Unicode noncharacter (such as U+FFFE): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redis at %1 is not on this machine: use TLS (rediss://), or allow an unencrypted connection explicitly (?plaintext=allowed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>Could not create an ephemeral X25519 key (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X25519 key agreement failed (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key derivation failed (OpenSSL HKDF).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No random bytes for the nonce (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed (OpenSSL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedKeyRepository</name>
    <message>
        <source>tenant: a tenant id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label: 1 to 100 characters, like &quot;production&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gateway token is this desktop&apos;s own; only provider keys are uploaded to the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key is shorter than 8 characters: is it the whole key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform has no public key to seal with: a platform admin sets byok.public_key and byok.key_id in platform_settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key: a key id (UUID)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>The stream sent a line longer than %1 bytes; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tenant360Sections</name>
    <message numerus="yes">
        <source>%1 tokens this month on an unlimited plan; resets in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 included tokens (%3 %), %4 tokens a day recently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over the included tokens since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace it crosses them on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace it stays under them this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Resets in %n day(s) (%1).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This month and the forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed executions, last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued work (BullMQ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider keys on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2%3, last %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No failed executions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the largest groups:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs in any queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 %: %3, since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ••••%2 (%3), since %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active keys uploaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantDetailPane</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan and this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effective limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens / min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (Redis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests, last 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, last 60 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway month counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a tenant to see its plan, limits and live state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tenant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 base, %3 per 1k tokens over the included amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXCEEDED: requests are being refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no counter yet this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid counter in Redis (%1): not shown as usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a tenantscope:// link to this tenant, to paste into a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant detail</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantJobCountsModel</name>
    <message>
        <source>(no tenant in job data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantListModel</name>
    <message>
        <source>%1
id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unlimited)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantPicker</name>
    <message>
        <source>All tenants (type a name, slug or id to pick one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantQuota</name>
    <message>
        <source>unlimited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant %1 was not found, or your login is not permitted to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted: the Redis user may not read this tenant&apos;s keys.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <source>Search tenants by name, slug or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load tenants:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenants yet. Load demo data with `tenantscope-cli demo-data`, or connect to a platform that has some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tenant matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) shown, scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>starts at +%1 ms, runs %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (checkpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an execution to see its trace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumes %1 from node %2 (requested by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retries %1 (requested by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node %1 · %2 · %3 · attempt %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… %1 more characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BullMQ job %1 on queue %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>billions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>millions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlimited plan: no quota to cross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crossed the included tokens on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crosses the included tokens on %1 at the current pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stays within the included tokens this month at the current pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>resets in %n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a tenant and a range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load usage:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History from PostgreSQL rollups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live: today reconciled with the gateways&apos; counters at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today from PostgreSQL only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usage in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tenant has no usage in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month context unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 of %2 included tokens (%3 %), %4 tokens/day recently; resets in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 tokens on an unlimited plan; resets in %n day(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageQuery</name>
    <message>
        <source>Give both dates of the range as YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranges are limited to 400 days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageRepository</name>
    <message>
        <source>Tenant %1 was not found, or your login is not permitted to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not permitted to read the live counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live counters unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>Period (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give a reason (at least 3 characters): it goes into the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is limited to 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZoomableChartView</name>
    <message>
        <source>Drag to zoom into a range, wheel to zoom, arrows or middle button to pan, Home or double click to reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
