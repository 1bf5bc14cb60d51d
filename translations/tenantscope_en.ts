<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AiConfigPanel</name>
    <message numerus="yes">
        <source>The AI configuration of %1 is now at version %2; it changed for %n tenant(s).</source>
        <translation>
            <numerusform>The AI configuration of %1 is now at version %2; it changed for %n tenant.</numerusform>
            <numerusform>The AI configuration of %1 is now at version %2; it changed for %n tenants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis has the AI configuration of %n tenant(s), announced.</source>
        <translation>
            <numerusform>Redis has the AI configuration of %n tenant, announced.</numerusform>
            <numerusform>Redis has the AI configuration of %n tenants, announced.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertDelivery</name>
    <message numerus="yes">
        <source>failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>failed after %n attempt: %1</numerusform>
            <numerusform>failed after %n attempts: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomalyRule</name>
    <message numerus="yes">
        <source>last 60 min vs the median of the same 60 min on the %n previous day(s); fires at %1 x and at least %2</source>
        <translation>
            <numerusform>last 60 min vs the median of the same 60 min on the %n previous day; fires at %1 x and at least %2</numerusform>
            <numerusform>last 60 min vs the median of the same 60 min on the %n previous days; fires at %1 x and at least %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeReviewDialog</name>
    <message numerus="yes">
        <source>It reaches %n tenant(s).</source>
        <translation>
            <numerusform>It reaches %n tenant.</numerusform>
            <numerusform>It reaches %n tenants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n by name are listed.</source>
        <translation>
            <numerusform>The first by name is listed.</numerusform>
            <numerusform>The first %n by name are listed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>%n new alert(s) fired</source>
        <translation>
            <numerusform>%n new alert fired</numerusform>
            <numerusform>%n new alerts fired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; Redis limits of %n tenant(s) updated and the change published</source>
        <translation>
            <numerusform>%1; Redis limits of %n tenant updated and the change published</numerusform>
            <numerusform>%1; Redis limits of %n tenants updated and the change published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved plan %1 as version %2 (%n tenant(s) affected)</source>
        <translation>
            <numerusform>saved plan %1 as version %2 (%n tenant affected)</numerusform>
            <numerusform>saved plan %1 as version %2 (%n tenants affected)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pushed the limits of %n tenant(s)</source>
        <translation>
            <numerusform>pushed the limits of %n tenant</numerusform>
            <numerusform>pushed the limits of %n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer pending</source>
        <translation>
            <numerusform>%n no longer pending</numerusform>
            <numerusform>%n no longer pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n listed tenant(s)</source>
        <translation>
            <numerusform>%n listed tenant</numerusform>
            <numerusform>%n listed tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now at version %2; it changed for %n tenant(s)</source>
        <translation>
            <numerusform>%1 is now at version %2; it changed for %n tenant</numerusform>
            <numerusform>%1 is now at version %2; it changed for %n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; Redis has the AI configuration of %n tenant(s) and the change was published</source>
        <translation>
            <numerusform>%1; Redis has the AI configuration of %n tenant and the change was published</numerusform>
            <numerusform>%1; Redis has the AI configuration of %n tenants and the change was published</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on for %n tenant(s)</source>
        <translation>
            <numerusform>on for %n tenant</numerusform>
            <numerusform>on for %n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>flag %1, version %2, %3, %4; on for %n tenant(s)</source>
        <translation>
            <numerusform>flag %1, version %2, %3, %4; on for %n tenant</numerusform>
            <numerusform>flag %1, version %2, %3, %4; on for %n tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) written to %1 for flagd</source>
        <translation>
            <numerusform>%n flag written to %1 for flagd</numerusform>
            <numerusform>%n flags written to %1 for flagd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 waiting, %2 failed kept, in %n queue(s)%3%4</source>
        <translation>
            <numerusform>%1 waiting, %2 failed kept, in %n queue%3%4</numerusform>
            <numerusform>%1 waiting, %2 failed kept, in %n queues%3%4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new spike(s) found</source>
        <translation>
            <numerusform>%n new spike found</numerusform>
            <numerusform>%n new spikes found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n spike</numerusform>
            <numerusform>%n spikes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) found; %1 keys scanned, %2 jobs read in %3 s (%4 keys/s); %5</source>
        <translation>
            <numerusform>%n job found; %1 keys scanned, %2 jobs read in %3 s (%4 keys/s); %5</numerusform>
            <numerusform>%n jobs found; %1 keys scanned, %2 jobs read in %3 s (%4 keys/s); %5</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n result. Enter opens the highlighted one.</numerusform>
            <numerusform>%n results. Enter opens the highlighted one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message numerus="yes">
        <source>Revenue &lt;b&gt;%1&lt;/b&gt; · platform-paid AI cost &lt;b&gt;%2&lt;/b&gt; · margin &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK traffic (paid by tenants&apos; own keys) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n tenant(s) with a negative margin&lt;/span&gt;</source>
        <translation>
            <numerusform>Revenue &lt;b&gt;%1&lt;/b&gt; · platform-paid AI cost &lt;b&gt;%2&lt;/b&gt; · margin &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK traffic (paid by tenants&apos; own keys) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n tenant with a negative margin&lt;/span&gt;</numerusform>
            <numerusform>Revenue &lt;b&gt;%1&lt;/b&gt; · platform-paid AI cost &lt;b&gt;%2&lt;/b&gt; · margin &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK traffic (paid by tenants&apos; own keys) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n tenants with a negative margin&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Top %n by AI provider cost</source>
        <translation>
            <numerusform>Top %n by AI provider cost</numerusform>
            <numerusform>Top %n by AI provider cost</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n execution</numerusform>
            <numerusform>%n executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n refused; first: %1)</source>
        <translation>
            <numerusform>(%n refused; first: %1)</numerusform>
            <numerusform>(%n refused; first: %1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message numerus="yes">
        <source>%n listed tenant(s)</source>
        <translation>
            <numerusform>%n listed tenant</numerusform>
            <numerusform>%n listed tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis is behind for %n tenant(s), pending since %1</source>
        <translation>
            <numerusform>Redis is behind for %n tenant, pending since %1</numerusform>
            <numerusform>Redis is behind for %n tenants, pending since %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On for %n tenant(s).</source>
        <translation>
            <numerusform>On for %n tenant.</numerusform>
            <numerusform>On for %n tenants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n by name:</source>
        <translation>
            <numerusform>The first by name:</numerusform>
            <numerusform>The first %n by name:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is now at version %2; it changed for %n tenant(s).</source>
        <translation>
            <numerusform>%1 is now at version %2; it changed for %n tenant.</numerusform>
            <numerusform>%1 is now at version %2; it changed for %n tenants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis has the AI configuration of %n tenant(s), announced.</source>
        <translation>
            <numerusform>Redis has the AI configuration of %n tenant, announced.</numerusform>
            <numerusform>Redis has the AI configuration of %n tenants, announced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flag(s) for flagd to %1.</source>
        <translation>
            <numerusform>Exported %n flag for flagd to %1.</numerusform>
            <numerusform>Exported %n flags for flagd to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GatewayChatStream</name>
    <message numerus="yes">
        <source>The tenant is limited now: try again in %n second(s).</source>
        <translation>
            <numerusform>The tenant is limited now: try again in %n second.</numerusform>
            <numerusform>The tenant is limited now: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n in the last 24 hours.</source>
        <translation>
            <numerusform>%n in the last 24 hours.</numerusform>
            <numerusform>%n in the last 24 hours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s), %1 failed job(s) kept.</source>
        <translation>
            <numerusform>%n queue, %1 failed jobs kept.</numerusform>
            <numerusform>%n queues, %1 failed jobs kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n quota alert(s) of this month not yet acknowledged.</source>
        <translation>
            <numerusform>%n quota alert of this month not yet acknowledged.</numerusform>
            <numerusform>%n quota alerts of this month not yet acknowledged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) at or past their included tokens this month, throttled by the platform. Furthest: %1.</source>
        <translation>
            <numerusform>%n tenant at or past their included tokens this month, throttled by the platform. Furthest: %1.</numerusform>
            <numerusform>%n tenants at or past their included tokens this month, throttled by the platform. Furthest: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis Cluster: %n node(s)</source>
        <translation>
            <numerusform>Redis Cluster: %n node</numerusform>
            <numerusform>Redis Cluster: %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n down</numerusform>
            <numerusform>, %n down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s) in the last 24 hours not yet acknowledged.</source>
        <translation>
            <numerusform>%n spike in the last 24 hours not yet acknowledged.</numerusform>
            <numerusform>%n spikes in the last 24 hours not yet acknowledged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HttpChatStream</name>
    <message numerus="yes">
        <source>Rate limited: try again in %n second(s).</source>
        <translation>
            <numerusform>Rate limited: try again in %n second.</numerusform>
            <numerusform>Rate limited: try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JobSearchPanel</name>
    <message numerus="yes">
        <source>The %n job(s) found are retried, %1 at a time: failed ones go back to waiting and run once more; any other is refused and listed. Each is recorded in the audit log.</source>
        <translation>
            <numerusform>The job found is retried, %1 at a time: failed ones go back to waiting and run once more; any other is refused and listed. Each is recorded in the audit log.</numerusform>
            <numerusform>The %n jobs found are retried, %1 at a time: failed ones go back to waiting and run once more; any other is refused and listed. Each is recorded in the audit log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n job(s) found are deleted with their data, %1 at a time; running jobs and jobs of a flow are refused and listed. Each is recorded in the audit log. This cannot be undone.</source>
        <translation>
            <numerusform>The job found is deleted with its data, %1 at a time; running jobs and jobs of a flow are refused and listed. Each is recorded in the audit log. This cannot be undone.</numerusform>
            <numerusform>The %n jobs found are deleted with their data, %1 at a time; running jobs and jobs of a flow are refused and listed. Each is recorded in the audit log. This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LimitsPusher</name>
    <message numerus="yes">
        <source>Not permitted: your login may not see %n tenant(s): %1 (or there is no such tenant). Nothing was pushed.</source>
        <translation>
            <numerusform>Not permitted: your login may not see %n tenant: %1 (or there is no such tenant). Nothing was pushed.</numerusform>
            <numerusform>Not permitted: your login may not see %n tenants: %1 (or there are no such tenants). Nothing was pushed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n new quota alert(s)</source>
        <translation>
            <numerusform>%n new quota alert</numerusform>
            <numerusform>%n new quota alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n value(s) redacted</source>
        <translation>
            <numerusform>, %n value redacted</numerusform>
            <numerusform>, %n values redacted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s) unavailable</source>
        <translation>
            <numerusform>, %n part unavailable</numerusform>
            <numerusform>, %n parts unavailable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s)</source>
        <translation>
            <numerusform>%n failed execution</numerusform>
            <numerusform>%n failed executions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) down</source>
        <translation>
            <numerusform>%n node down</numerusform>
            <numerusform>%n nodes down</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message numerus="yes">
        <source>Saving makes version %1 of plan %2. %n tenant(s) on this plan get the new limits: they are written to Redis right after the save and announced on the plan-changes channel.</source>
        <translation>
            <numerusform>Saving makes version %1 of plan %2. %n tenant on this plan gets the new limits: they are written to Redis right after the save and announced on the plan-changes channel.</numerusform>
            <numerusform>Saving makes version %1 of plan %2. %n tenants on this plan get the new limits: they are written to Redis right after the save and announced on the plan-changes channel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message numerus="yes">
        <source>%1 — %2 (v%3, %n tenant(s))</source>
        <translation>
            <numerusform>%1 — %2 (v%3, %n tenant)</numerusform>
            <numerusform>%1 — %2 (v%3, %n tenants)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1, version %2, last changed %3 by %4 · %n tenant(s) on it</source>
        <translation>
            <numerusform>Plan %1, version %2, last changed %3 by %4 · %n tenant on it</numerusform>
            <numerusform>Plan %1, version %2, last changed %3 by %4 · %n tenants on it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis has the current limits of %n tenant(s); the change was announced to the gateways.</source>
        <translation>
            <numerusform>Redis has the current limits of %n tenant; the change was announced to the gateways.</numerusform>
            <numerusform>Redis has the current limits of %n tenants; the change was announced to the gateways.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis is stale: the limits of %n tenant(s) changed in PostgreSQL since %1 and the gateways do not have them yet.</source>
        <translation>
            <numerusform>Redis is stale: the limits of %n tenant changed in PostgreSQL since %1 and the gateways do not have them yet.</numerusform>
            <numerusform>Redis is stale: the limits of %n tenants changed in PostgreSQL since %1 and the gateways do not have them yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved plan %1 as version %2 (%n tenant(s) affected).</source>
        <translation>
            <numerusform>Saved plan %1 as version %2 (%n tenant affected).</numerusform>
            <numerusform>Saved plan %1 as version %2 (%n tenants affected).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved plan %1 as version %2; writing the limits of %n tenant(s) to Redis…</source>
        <translation>
            <numerusform>Saved plan %1 as version %2; writing the limits of %n tenant to Redis…</numerusform>
            <numerusform>Saved plan %1 as version %2; writing the limits of %n tenants to Redis…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueControlsController</name>
    <message numerus="yes">
        <source>%n queue(s) paused.</source>
        <translation>
            <numerusform>%n queue paused.</numerusform>
            <numerusform>%n queues paused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) running.</source>
        <translation>
            <numerusform>%n queue running.</numerusform>
            <numerusform>%n queues running.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuotaForecast</name>
    <message numerus="yes">
        <source>linear run rate: average of the last %n complete day(s)</source>
        <translation>
            <numerusform>linear run rate: average of the last %n complete day</numerusform>
            <numerusform>linear run rate: average of the last %n complete days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message numerus="yes">
        <source>%n tenant(s) with a billing account, %1 with drift (%2 in all).</source>
        <translation>
            <numerusform>%n tenant with a billing account, %1 with drift (%2 in all).</numerusform>
            <numerusform>%n tenants with a billing account, %1 with drift (%2 in all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stripe could not be read for %n tenant(s).</source>
        <translation>
            <numerusform>Stripe could not be read for %n tenant.</numerusform>
            <numerusform>Stripe could not be read for %n tenants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RedisCluster</name>
    <message numerus="yes">
        <source>Redis Cluster: %n master(s)</source>
        <translation>
            <numerusform>Redis Cluster: %n master</numerusform>
            <numerusform>Redis Cluster: %n masters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) down</source>
        <translation>
            <numerusform>%n node down</numerusform>
            <numerusform>%n nodes down</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotWindow</name>
    <message numerus="yes">
        <source>%n value(s) that looked like credentials were redacted when it was taken.</source>
        <translation>
            <numerusform>%n value that looked like a credential was redacted when it was taken.</numerusform>
            <numerusform>%n values that looked like credentials were redacted when it was taken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resets in %n day(s) (%1).</source>
        <translation>
            <numerusform>Resets in %n day (%1).</numerusform>
            <numerusform>Resets in %n days (%1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message numerus="yes">
        <source>%n value(s) over time</source>
        <translation>
            <numerusform>%n value over time</numerusform>
            <numerusform>%n values over time</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpikesPanel</name>
    <message numerus="yes">
        <source>%1, %2 to %3: %4 against a baseline of %5 (the median of %6, from 1 to %n day(s) back). Method: %7.</source>
        <translation>
            <numerusform>%1, %2 to %3: %4 against a baseline of %5 (the median of %6, from 1 to %n day back). Method: %7.</numerusform>
            <numerusform>%1, %2 to %3: %4 against a baseline of %5 (the median of %6, from 1 to %n days back). Method: %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tenant360Sections</name>
    <message numerus="yes">
        <source>%1 tokens this month on an unlimited plan; resets in %n day(s).</source>
        <translation>
            <numerusform>%1 tokens this month on an unlimited plan; resets in %n day.</numerusform>
            <numerusform>%1 tokens this month on an unlimited plan; resets in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resets in %n day(s) (%1).</source>
        <translation>
            <numerusform>Resets in %n day (%1).</numerusform>
            <numerusform>Resets in %n days (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the largest groups:</source>
        <translation>
            <numerusform>%n failed in the largest groups:</numerusform>
            <numerusform>%n failed in the largest groups:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message numerus="yes">
        <source>%n tenant(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n tenant shown, scroll for more</numerusform>
            <numerusform>%n tenants shown, scroll for more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n tenant</numerusform>
            <numerusform>%n tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message numerus="yes">
        <source>resets in %n day(s)</source>
        <translation>
            <numerusform>resets in %n day</numerusform>
            <numerusform>resets in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message numerus="yes">
        <source>This month: %1 of %2 included tokens (%3 %), %4 tokens/day recently; resets in %n day(s).</source>
        <translation>
            <numerusform>This month: %1 of %2 included tokens (%3 %), %4 tokens/day recently; resets in %n day.</numerusform>
            <numerusform>This month: %1 of %2 included tokens (%3 %), %4 tokens/day recently; resets in %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 tokens on an unlimited plan; resets in %n day(s).</source>
        <translation>
            <numerusform>This month: %1 tokens on an unlimited plan; resets in %n day.</numerusform>
            <numerusform>This month: %1 tokens on an unlimited plan; resets in %n days.</numerusform>
        </translation>
    </message>
</context>
</TS>
