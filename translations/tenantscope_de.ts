<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionConfirmDialog</name>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation>Warum? (kommt mit Ihrer Anmeldung und der Uhrzeit ins Audit-Log)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>AiConfigOperations</name>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 konnte nicht geschrieben werden (%2).</translation>
    </message>
</context>
<context>
    <name>AiConfigPanel</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Prüfen und speichern…</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Auf diese Version zurücksetzen…</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Global defaults (type a tenant&apos;s name for its overrides)</source>
        <translation>Globale Vorgaben (Namen eines Mandanten eingeben für seine eigenen Werte)</translation>
    </message>
    <message>
        <source>not set: follows the global default</source>
        <translation>nicht gesetzt: folgt der globalen Vorgabe</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Fallback model</source>
        <translation>Ersatzmodell</translation>
    </message>
    <message>
        <source>Prompt version</source>
        <translation>Prompt-Version</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>0 to 2, two decimals at most</source>
        <translation>0 bis 2, höchstens zwei Nachkommastellen</translation>
    </message>
    <message>
        <source>1 to 1,000,000</source>
        <translation>1 bis 1.000.000</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Mandant:</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modell:</translation>
    </message>
    <message>
        <source>Fallback model:</source>
        <translation>Ersatzmodell:</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Temperatur:</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>Max. Tokens:</translation>
    </message>
    <message>
        <source>RAG:</source>
        <translation>RAG:</translation>
    </message>
    <message>
        <source>Prompt version:</source>
        <translation>Prompt-Version:</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>System-Prompt:</translation>
    </message>
    <message>
        <source>Effective configuration</source>
        <translation>Wirksame Konfiguration</translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation>Verlauf der Konfiguration</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Verlauf (neueste zuerst):</translation>
    </message>
    <message>
        <source>Effective configuration:</source>
        <translation>Wirksame Konfiguration:</translation>
    </message>
    <message>
        <source>the global defaults</source>
        <translation>die globalen Vorgaben</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>The global defaults: every tenant follows them for each field it does not set itself.</source>
        <translation>Die globalen Vorgaben: Jeder Mandant folgt ihnen für jedes Feld, das er nicht selbst setzt.</translation>
    </message>
    <message>
        <source>This tenant&apos;s overrides: an empty field follows the global default.</source>
        <translation>Die eigenen Werte dieses Mandanten: Ein leeres Feld folgt der globalen Vorgabe.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Loading the versions of %1…</source>
        <translation>Versionen von %1 werden geladen…</translation>
    </message>
    <message>
        <source>Choose a tenant to see the configuration it gets: its overrides over the global defaults, and every flag&apos;s value for it.</source>
        <translation>Wählen Sie einen Mandanten, um seine Konfiguration zu sehen: seine eigenen Werte über den globalen Vorgaben und den Wert jedes Flags für ihn.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>The configuration&apos;s history could not be read: %1</source>
        <translation>Der Verlauf der Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No global defaults have been set yet.</source>
        <translation>Es sind noch keine globalen Vorgaben gesetzt.</translation>
    </message>
    <message>
        <source>This tenant sets nothing of its own yet: it follows the global defaults.</source>
        <translation>Dieser Mandant setzt noch nichts Eigenes: Er folgt den globalen Vorgaben.</translation>
    </message>
    <message>
        <source>%1 (back to %2)</source>
        <translation>%1 (zurück auf %2)</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (gültig)</translation>
    </message>
    <message>
        <source>The effective configuration could not be read: %1</source>
        <translation>Die wirksame Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>global default</source>
        <translation>globale Vorgabe</translation>
    </message>
    <message>
        <source>flag %1: %2</source>
        <translation>Flag %1: %2</translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number from 0 to 2 with two decimals at most.</source>
        <translation>Temperatur: „%1“ ist keine Zahl von 0 bis 2 mit höchstens zwei Nachkommastellen.</translation>
    </message>
    <message>
        <source>Max tokens: &quot;%1&quot; is not a whole number from 1 to 1,000,000.</source>
        <translation>Max. Tokens: „%1“ ist keine ganze Zahl von 1 bis 1.000.000.</translation>
    </message>
    <message>
        <source>System prompt: %1 characters, at most %2.</source>
        <translation>System-Prompt: %1 Zeichen, höchstens %2.</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration is unchanged.</source>
        <translation>Nichts zu speichern: Die Konfiguration ist unverändert.</translation>
    </message>
    <message>
        <source>Finding the tenants this reaches…</source>
        <translation>Betroffene Mandanten werden ermittelt…</translation>
    </message>
    <message>
        <source>Roll %1 back to version %2</source>
        <translation>%1 auf Version %2 zurücksetzen</translation>
    </message>
    <message>
        <source>The rollback makes version %1 equal to version %2, audited; the tenants reached get their configuration in Redis right after.</source>
        <translation>Das Zurücksetzen macht Version %1 gleich Version %2, protokolliert; die betroffenen Mandanten erhalten ihre Konfiguration gleich danach in Redis.</translation>
    </message>
    <message>
        <source>Roll back to version %1</source>
        <translation>Auf Version %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Change the AI configuration of %1</source>
        <translation>KI-Konfiguration von %1 ändern</translation>
    </message>
    <message>
        <source>Saving makes version %1 of %2. The tenants reached get their new effective configuration in Redis right after the save, announced on the plan-changes channel.</source>
        <translation>Speichern erzeugt Version %1 von %2. Die betroffenen Mandanten erhalten ihre neue wirksame Konfiguration gleich nach dem Speichern in Redis, angekündigt im Plan-Änderungskanal.</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Version %1 speichern</translation>
    </message>
    <message>
        <source>Version %1 is the same as the version in force: nothing to roll back.</source>
        <translation>Version %1 gleicht der gültigen Version: Es gibt nichts zurückzusetzen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edit is still here; review it again to save it on the version now.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderung ist noch da; prüfen Sie sie erneut, um sie auf der jetzigen Version zu speichern.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>The AI configuration of %1 is now at version %2; it changed for %n tenant(s).</source>
        <translation>
            <numerusform>Die KI-Konfiguration von %1 ist jetzt Version %2; sie hat sich für %n Mandanten geändert.</numerusform>
            <numerusform>Die KI-Konfiguration von %1 ist jetzt Version %2; sie hat sich für %n Mandanten geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis has the AI configuration of %n tenant(s), announced.</source>
        <translation>
            <numerusform>Redis hat die KI-Konfiguration von %n Mandanten, angekündigt.</numerusform>
            <numerusform>Redis hat die KI-Konfiguration von %n Mandanten, angekündigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis was not updated: %1 The tenants stay pending until a push succeeds.</source>
        <translation>Redis wurde nicht aktualisiert: %1 Die Mandanten bleiben ausstehend, bis ein Push gelingt.</translation>
    </message>
    <message>
        <source>Try in the Playground</source>
        <translation>Im Playground ausprobieren</translation>
    </message>
    <message>
        <source>Chat as this tenant: its effective prompt, model, temperature and maximum</source>
        <translation>Als dieser Mandant chatten: mit seinem wirksamen Prompt, Modell, Temperatur und Maximum</translation>
    </message>
</context>
<context>
    <name>AiConfigPusher</name>
    <message>
        <source>Redis did not take the AI configuration. %1 PostgreSQL has the change, and the tenants stay marked as pending until a push succeeds.</source>
        <translation>Redis hat die KI-Konfiguration nicht übernommen. %1 PostgreSQL hat die Änderung, und die Mandanten bleiben als ausstehend markiert, bis eine Übertragung gelingt.</translation>
    </message>
    <message>
        <source>Redis has the AI configuration, but marking it done failed: %1</source>
        <translation>Redis hat die KI-Konfiguration, aber das Markieren als erledigt ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>AiConfigRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
</context>
<context>
    <name>AlertDelivery</name>
    <message numerus="yes">
        <source>failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>fehlgeschlagen nach %n Versuch: %1</numerusform>
            <numerusform>fehlgeschlagen nach %n Versuchen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertDeliveryRow</name>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>wartet auf den Versand</translation>
    </message>
    <message>
        <source>retrying at %1 (%2)</source>
        <translation>neuer Versuch um %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Redis refused the counters: %1</source>
        <translation>Redis hat die Zähler abgelehnt: %1</translation>
    </message>
    <message>
        <source>thresholds: whole percentages from 1 to 1000, like 80,90,100</source>
        <translation>Schwellen: ganze Prozentwerte von 1 bis 1000, etwa 80,90,100</translation>
    </message>
</context>
<context>
    <name>AlertSender</name>
    <message>
        <source>delivery %1: %2</source>
        <translation>Zustellung %1: %2</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Used / limit</source>
        <translation>Verbraucht / Limit</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quota alerts</source>
        <translation>Kontingentwarnungen</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>Reaches 100 %</source>
        <translation>Erreicht 100 %</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Gedrosselt</translation>
    </message>
    <message>
        <source>Tenants near their limits</source>
        <translation>Mandanten nahe ihren Limits</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation>1 Tag zurückstellen</translation>
    </message>
    <message>
        <source>Snooze 1 week</source>
        <translation>1 Woche zurückstellen</translation>
    </message>
    <message>
        <source>Lowest threshold</source>
        <translation>Niedrigste Schwelle</translation>
    </message>
    <message>
        <source>All thresholds</source>
        <translation>Alle Schwellen</translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation>Jetzt auswerten</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Warnung bestätigen</translation>
    </message>
    <message>
        <source>A note for the team (who you talked to, what happens next):</source>
        <translation>Eine Notiz für das Team (mit wem Sie gesprochen haben, was als Nächstes passiert):</translation>
    </message>
    <message>
        <source>snoozed for a day</source>
        <translation>für einen Tag zurückgestellt</translation>
    </message>
    <message>
        <source>snoozed for a week</source>
        <translation>für eine Woche zurückgestellt</translation>
    </message>
    <message>
        <source>This month&apos;s quota alerts (shared by the whole team)</source>
        <translation>Die Kontingentwarnungen dieses Monats (für das ganze Team)</translation>
    </message>
    <message>
        <source>Tenants at or over a threshold, or throttled, at the last evaluation</source>
        <translation>Mandanten an oder über einer Schwelle oder gedrosselt, bei der letzten Auswertung</translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation>Warnungen werden geladen…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged by %1, %2</source>
        <translation>bestätigt von %1, %2</translation>
    </message>
    <message>
        <source>snoozed by %1 until %2</source>
        <translation>zurückgestellt von %1 bis %2</translation>
    </message>
    <message>
        <source>No open alerts this month.</source>
        <translation>Keine offenen Warnungen in diesem Monat.</translation>
    </message>
    <message>
        <source>No alerts this month.</source>
        <translation>Keine Warnungen in diesem Monat.</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>Auswertung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>ausgewertet %1</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>noch nicht ausgewertet</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>yes, requests refused</source>
        <translation>ja, Anfragen werden abgelehnt</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Acknowledged for the whole team.</source>
        <translation>Für das ganze Team bestätigt.</translation>
    </message>
    <message>
        <source>Snoozed for the whole team.</source>
        <translation>Für das ganze Team zurückgestellt.</translation>
    </message>
    <message>
        <source>Show all tenants</source>
        <translation>Alle Mandanten zeigen</translation>
    </message>
    <message>
        <source>Only %1&apos;s alerts</source>
        <translation>Nur die Warnungen von %1</translation>
    </message>
    <message>
        <source>Compare every tenant&apos;s month to date with its limits, and run the anomaly rules, now (done every minute)</source>
        <translation>Jetzt den bisherigen Monat jedes Mandanten mit seinen Limits vergleichen und die Anomalieregeln auswerten (geschieht jede Minute)</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Kontingente</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
</context>
<context>
    <name>AnomalyAlert</name>
    <message>
        <source>whole platform</source>
        <translation>gesamte Plattform</translation>
    </message>
    <message>
        <source>from 0</source>
        <translation>von 0</translation>
    </message>
</context>
<context>
    <name>AnomalyRepository</name>
    <message>
        <source>Show spikes of 1 to 366 days.</source>
        <translation>Ausreißer von 1 bis 366 Tagen anzeigen.</translation>
    </message>
</context>
<context>
    <name>AnomalyRule</name>
    <message>
        <source>Name the rule (1 to 80 characters).</source>
        <translation>Benennen Sie die Regel (1 bis 80 Zeichen).</translation>
    </message>
    <message>
        <source>The metric is spend, tokens or failures.</source>
        <translation>Die Messgröße ist spend, tokens oder failures.</translation>
    </message>
    <message>
        <source>The scope is the whole platform or tenants.</source>
        <translation>Der Geltungsbereich ist die gesamte Plattform oder Mandanten.</translation>
    </message>
    <message>
        <source>A rule for the whole platform names no tenant.</source>
        <translation>Eine Regel für die gesamte Plattform nennt keinen Mandanten.</translation>
    </message>
    <message>
        <source>The tenant is a tenant id (a UUID).</source>
        <translation>Der Mandant ist eine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>The baseline window is 1 to 28 days (the same hour of that many earlier days); %1 is not one.</source>
        <translation>Das Vergleichsfenster umfasst 1 bis 28 Tage (dieselbe Stunde so vieler früherer Tage); %1 gehört nicht dazu.</translation>
    </message>
    <message>
        <source>The factor is a number from 1.1 to 1000 (how many times the baseline is a spike).</source>
        <translation>Der Faktor ist eine Zahl von 1,1 bis 1000 (das Wievielfache der Basis ein Ausreißer ist).</translation>
    </message>
    <message>
        <source>The minimum is a number of 0 or more (dollars, tokens or failed executions in the hour).</source>
        <translation>Das Minimum ist eine Zahl ab 0 (Dollar, Tokens oder fehlgeschlagene Ausführungen in der Stunde).</translation>
    </message>
    <message>
        <source>whole platform</source>
        <translation>gesamte Plattform</translation>
    </message>
    <message>
        <source>each tenant</source>
        <translation>jeder Mandant</translation>
    </message>
    <message numerus="yes">
        <source>last 60 min vs the median of the same 60 min on the %n previous day(s); fires at %1 x and at least %2</source>
        <translation>
            <numerusform>letzte 60 Min. gegen den Median derselben 60 Min. am %n vorherigen Tag; löst aus ab %1 x und mindestens %2</numerusform>
            <numerusform>letzte 60 Min. gegen den Median derselben 60 Min. an den %n vorherigen Tagen; löst aus ab %1 x und mindestens %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomalyRuleDialog</name>
    <message>
        <source>Evaluate this rule</source>
        <translation>Diese Regel auswerten</translation>
    </message>
    <message>
        <source>Change anomaly rule</source>
        <translation>Anomalieregel ändern</translation>
    </message>
    <message>
        <source>Add anomaly rule</source>
        <translation>Anomalieregel hinzufügen</translation>
    </message>
    <message>
        <source>Spend (USD of platform-paid calls)</source>
        <translation>Ausgaben (USD der von der Plattform bezahlten Aufrufe)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Failed executions</source>
        <translation>Fehlgeschlagene Ausführungen</translation>
    </message>
    <message>
        <source>Each tenant</source>
        <translation>Jeder Mandant</translation>
    </message>
    <message>
        <source>One tenant</source>
        <translation>Ein Mandant</translation>
    </message>
    <message>
        <source>The whole platform</source>
        <translation>Die gesamte Plattform</translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Why, for the audit log</source>
        <translation>Warum, für das Audit-Log</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Baseline: same hour of the previous</source>
        <translation>Basis: dieselbe Stunde der vorherigen</translation>
    </message>
    <message>
        <source>Fires at (× baseline)</source>
        <translation>Löst aus ab (× Basis)</translation>
    </message>
    <message>
        <source>And at least (in the hour)</source>
        <translation>Und mindestens (in der Stunde)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Name the tenant (its id) or choose each tenant.</source>
        <translation>Nennen Sie den Mandanten (seine ID) oder wählen Sie jeden Mandanten.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No connection profile yet. Choose File &gt; Connect… to add one.</source>
        <translation>Noch kein Verbindungsprofil. Wählen Sie Datei &gt; Verbinden…, um eines anzulegen.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Passwort nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>AppLink</name>
    <message>
        <source>Not a TenantScope link: %1</source>
        <translation>Kein TenantScope-Link: %1</translation>
    </message>
    <message>
        <source>A TenantScope link has no user, port, query or fragment: %1</source>
        <translation>Ein TenantScope-Link hat keinen Benutzer, Port, keine Abfrage und kein Fragment: %1</translation>
    </message>
    <message>
        <source>The link does not end in an id (a UUID): %1</source>
        <translation>Der Link endet nicht mit einer ID (einer UUID): %1</translation>
    </message>
    <message>
        <source>TenantScope links open a tenant or an execution, not &quot;%1&quot;</source>
        <translation>TenantScope-Links öffnen einen Mandanten oder eine Ausführung, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>AsOfLabel</name>
    <message>
        <source>These figures were read from the hot standby, which replays the primary&apos;s changes with a delay. Writes and actions always go to the primary.</source>
        <translation>Diese Zahlen wurden vom Hot Standby gelesen, der die Änderungen des Primärservers verzögert nachspielt. Schreibvorgänge und Aktionen gehen immer an den Primärserver.</translation>
    </message>
</context>
<context>
    <name>AsyncSteps</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>Action and actor filters are limited to 100 characters.</source>
        <translation>Aktions- und Akteursfilter sind auf 100 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>The time range starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>BillingDifferenceModel</name>
    <message>
        <source>whole period</source>
        <translation>ganzer Zeitraum</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>nicht jetzt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erklärung</translation>
    </message>
</context>
<context>
    <name>BillingOperations</name>
    <message>
        <source>A Stripe secret key starts with rk_live_, rk_test_ (restricted: recommended), sk_live_ or sk_test_; a publishable key (pk_) cannot read invoices.</source>
        <translation>Ein geheimer Stripe-Schlüssel beginnt mit rk_live_, rk_test_ (eingeschränkt: empfohlen), sk_live_ oder sk_test_; ein öffentlicher Schlüssel (pk_) kann keine Rechnungen lesen.</translation>
    </message>
    <message>
        <source>The month is YYYY-MM.</source>
        <translation>Der Monat ist JJJJ-MM.</translation>
    </message>
    <message>
        <source>%1 has not begun: nothing is metered or billed yet.</source>
        <translation>%1 hat noch nicht begonnen: noch ist nichts gemessen oder abgerechnet.</translation>
    </message>
    <message>
        <source>A tenant is named by its id (a UUID).</source>
        <translation>Ein Mandant wird mit seiner ID (einer UUID) angegeben.</translation>
    </message>
    <message>
        <source>No Stripe key is stored for the profile %1: store a restricted key first (tenantscope-cli billing key set).</source>
        <translation>Für das Profil %1 ist kein Stripe-Schlüssel gespeichert: speichern Sie zuerst einen eingeschränkten Schlüssel (tenantscope-cli billing key set).</translation>
    </message>
    <message>
        <source>Tenant %1 has no billing account (billing_accounts), or your login may not read it.</source>
        <translation>Mandant %1 hat kein Abrechnungskonto (billing_accounts), oder Ihre Anmeldung darf es nicht lesen.</translation>
    </message>
    <message>
        <source>Nothing is missing for %1: every report of the day reached Stripe (or the day had no usage).</source>
        <translation>Für %1 fehlt nichts: jede Meldung des Tages hat Stripe erreicht (oder der Tag hatte keine Nutzung).</translation>
    </message>
    <message>
        <source>%1 is still open: the platform&apos;s reporter sends its days; re-send only once the month has closed.</source>
        <translation>%1 ist noch offen: die Tage sendet der Melder der Plattform; erneut senden erst, wenn der Monat abgeschlossen ist.</translation>
    </message>
    <message>
        <source>Stripe could not be read, so whether it has invoiced the month is unknown; nothing was sent: %1</source>
        <translation>Stripe konnte nicht gelesen werden, daher ist unbekannt, ob der Monat abgerechnet ist; nichts wurde gesendet: %1</translation>
    </message>
    <message>
        <source>Stripe has already invoiced %1 (invoice %2, %3): a re-sent report would not be billed; correct it in Stripe with a credit note or an invoice item instead.</source>
        <translation>Stripe hat %1 bereits abgerechnet (Rechnung %2, %3): eine erneut gesendete Meldung würde nicht berechnet; korrigieren Sie es in Stripe mit einer Gutschrift oder einem Rechnungsposten.</translation>
    </message>
    <message>
        <source>This day may not be re-sent.</source>
        <translation>Dieser Tag kann nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>The day is YYYY-MM-DD.</source>
        <translation>Der Tag ist JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Stripe answered, but the report log could not record it (reconcile to see what Stripe holds): %1</source>
        <translation>Stripe hat geantwortet, aber das Meldeprotokoll konnte es nicht festhalten (gleichen Sie ab, um zu sehen, was Stripe führt): %1</translation>
    </message>
    <message>
        <source>Stripe refused the re-send (recorded as a failed report): %1</source>
        <translation>Stripe hat das erneute Senden abgelehnt (als fehlgeschlagene Meldung festgehalten): %1</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 tenants; nothing was changed.</source>
        <translation>Nach %1 von %2 Mandanten angehalten; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>BillingReconciler</name>
    <message>
        <source>Unreported day</source>
        <translation>Nicht gemeldeter Tag</translation>
    </message>
    <message>
        <source>Failed report</source>
        <translation>Fehlgeschlagene Meldung</translation>
    </message>
    <message>
        <source>Double report</source>
        <translation>Doppelte Meldung</translation>
    </message>
    <message>
        <source>Late usage</source>
        <translation>Verspätete Nutzung</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Fehlender Zeitstempel</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Ungeklärt</translation>
    </message>
    <message>
        <source>%1 tokens were used and never reported.</source>
        <translation>%1 Tokens wurden verbraucht und nie gemeldet.</translation>
    </message>
    <message>
        <source>Stripe refused the report (%1): %2</source>
        <translation>Stripe hat die Meldung abgelehnt (%1): %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>%1 tokens arrived after the day was reported at %2.</source>
        <translation>%1 Tokens kamen an, nachdem der Tag um %2 gemeldet war.</translation>
    </message>
    <message>
        <source>Reported again at %1 under another identifier (%2); Stripe counts both.</source>
        <translation>Um %1 unter einer anderen Kennung (%2) erneut gemeldet; Stripe zählt beide.</translation>
    </message>
    <message>
        <source>Sent with the timestamp %1, outside the period.</source>
        <translation>Mit dem Zeitstempel %1 gesendet, außerhalb des Zeitraums.</translation>
    </message>
    <message>
        <source>Sent without a timestamp at %1: Stripe counts it in the period it arrived in.</source>
        <translation>Um %1 ohne Zeitstempel gesendet: Stripe zählt es in dem Zeitraum, in dem es ankam.</translation>
    </message>
    <message>
        <source>A report for %1 sent with a timestamp in this period.</source>
        <translation>Eine Meldung für %1, mit einem Zeitstempel in diesem Zeitraum gesendet.</translation>
    </message>
    <message>
        <source>A report for %1 sent without a timestamp at %2: Stripe counts it in this period.</source>
        <translation>Eine Meldung für %1, um %2 ohne Zeitstempel gesendet: Stripe zählt sie in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Stripe counted %1 units on this day; the report log says %2 were accepted.</source>
        <translation>Stripe hat an diesem Tag %1 Einheiten gezählt; laut Meldeprotokoll wurden %2 angenommen.</translation>
    </message>
    <message>
        <source>Stripe holds %1 units for the period; the report log says %2 were accepted.</source>
        <translation>Stripe führt %1 Einheiten für den Zeitraum; laut Meldeprotokoll wurden %2 angenommen.</translation>
    </message>
    <message>
        <source>The reports rounded each day&apos;s tokens to whole units on their own (%1 units for %2 tokens) instead of carrying the remainder to the next day.</source>
        <translation>Die Meldungen haben die Tokens jedes Tages einzeln auf ganze Einheiten gerundet (%1 Einheiten für %2 Tokens), statt den Rest auf den nächsten Tag zu übertragen.</translation>
    </message>
    <message>
        <source>Stripe&apos;s figure differs by %1 units that no report explains.</source>
        <translation>Die Zahl von Stripe weicht um %1 Einheiten ab, die keine Meldung erklärt.</translation>
    </message>
</context>
<context>
    <name>BulkJobAction</name>
    <message>
        <source>A batch is 1 to %1 jobs.</source>
        <translation>Ein Stapel umfasst 1 bis %1 Jobs.</translation>
    </message>
</context>
<context>
    <name>ChangeReviewDialog</name>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Danach</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tenants reached</source>
        <translation>Betroffene Mandanten</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>It reaches %n tenant(s).</source>
        <translation>
            <numerusform>Sie betrifft %n Mandanten.</numerusform>
            <numerusform>Sie betrifft %n Mandanten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n by name are listed.</source>
        <translation>
            <numerusform>Der erste nach Namen ist aufgeführt.</numerusform>
            <numerusform>Die ersten %n nach Namen sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation>Warum? (kommt mit Ihrer Anmeldung und der Zeit ins Audit-Log)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>An answer is still streaming: stop it first.</source>
        <translation>Eine Antwort wird noch gestreamt: Halten Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>Wählen Sie ein Modell.</translation>
    </message>
    <message>
        <source>The platform gateway needs a tenant and the gateway&apos;s URL (ws:// or wss://).</source>
        <translation>Das Plattform-Gateway braucht einen Mandanten und die URL des Gateways (ws:// oder wss://).</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>Die unvollständige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>Playground conversation</source>
        <translation>Playground-Unterhaltung</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistent (%1)</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 Prompt- + %2 Completion-Tokens</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>ended early: %1</source>
        <translation>vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>This is not a TenantScope conversation (format tenantscope.conversation, version 1).</source>
        <translation>Dies ist keine TenantScope-Unterhaltung (Format tenantscope.conversation, Version 1).</translation>
    </message>
    <message>
        <source>The conversation names an unknown provider.</source>
        <translation>Die Unterhaltung nennt einen unbekannten Anbieter.</translation>
    </message>
    <message>
        <source>A turn has no role (user or assistant).</source>
        <translation>Ein Beitrag hat keine Rolle (user oder assistant).</translation>
    </message>
</context>
<context>
    <name>ChatStreamDecoder</name>
    <message>
        <source>The provider sent something that is not valid JSON (%1).</source>
        <translation>Der Anbieter hat etwas gesendet, das kein gültiges JSON ist (%1).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>migrations did not finish within 120 s</source>
        <translation>die Migrationen wurden nicht innerhalb von 120 s fertig</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>angewendet: %1</translation>
    </message>
    <message>
        <source>schema up to date (%1 applied now, %2 already)</source>
        <translation>Schema aktuell (%1 jetzt angewendet, %2 bereits vorhanden)</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein</translation>
    </message>
    <message>
        <source>migrations timed out</source>
        <translation>Zeitüberschreitung bei den Migrationen</translation>
    </message>
    <message>
        <source>demo data: %1 tenants, %2 days, %3 usage events, %4 executions, seed %5</source>
        <translation>Demodaten: %1 Mandanten, %2 Tage, %3 Nutzungsereignisse, %4 Ausführungen, Seed %5</translation>
    </message>
    <message>
        <source>demo data did not finish within 30 minutes</source>
        <translation>die Demodaten wurden nicht innerhalb von 30 Minuten fertig</translation>
    </message>
    <message>
        <source>demo data loaded in %1 s</source>
        <translation>Demodaten in %1 s geladen</translation>
    </message>
    <message>
        <source>tenants show needs a tenant id</source>
        <translation>tenants show braucht eine Mandanten-ID</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 100000</source>
        <translation>--limit muss zwischen 1 und 100000 liegen</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s</source>
        <translation>PostgreSQL hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>the servers did not answer within 30 s</source>
        <translation>die Server haben nicht innerhalb von 30 s geantwortet</translation>
    </message>
    <message>
        <source>give the new user&apos;s password (16 characters or more) on standard input</source>
        <translation>geben Sie das Passwort des neuen Benutzers (16 Zeichen oder mehr) auf der Standardeingabe an</translation>
    </message>
    <message>
        <source>tenantscope-cli redis-user</source>
        <translation>tenantscope-cli redis-user</translation>
    </message>
    <message>
        <source>--by must be hour, day or month</source>
        <translation>--by muss hour, day oder month sein</translation>
    </message>
    <message>
        <source>the servers did not answer within 60 s</source>
        <translation>die Server haben nicht innerhalb von 60 s geantwortet</translation>
    </message>
    <message>
        <source>warning: today&apos;s live counters were not read: %1</source>
        <translation>Warnung: die heutigen Live-Zähler wurden nicht gelesen: %1</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM</source>
        <translation>--month muss JJJJ-MM sein</translation>
    </message>
    <message>
        <source>--by must be tenant, model, provider or day</source>
        <translation>--by muss tenant, model, provider oder day sein</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 60 s</source>
        <translation>PostgreSQL hat nicht innerhalb von 60 s geantwortet</translation>
    </message>
    <message>
        <source>executions show needs an execution id</source>
        <translation>executions show braucht eine Ausführungs-ID</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000</source>
        <translation>--limit muss zwischen 1 und 1000 liegen</translation>
    </message>
    <message>
        <source>--since takes an amount with m, h or d (90m, 1h, 7d)</source>
        <translation>--since nimmt eine Menge mit m, h oder d (90m, 1h, 7d)</translation>
    </message>
    <message>
        <source>retry of %1 (requested by %2)</source>
        <translation>Wiederholung von %1 (angefordert von %2)</translation>
    </message>
    <message>
        <source>executions %1 needs an execution id</source>
        <translation>executions %1 braucht eine Ausführungs-ID</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s; the action may or may not have happened: check the execution</source>
        <translation>PostgreSQL hat nicht innerhalb von 30 s geantwortet; die Aktion ist vielleicht geschehen, vielleicht nicht: prüfen Sie die Ausführung</translation>
    </message>
    <message>
        <source>cancelled %1 (it was %2)</source>
        <translation>%1 abgebrochen (war %2)</translation>
    </message>
    <message>
        <source>%1 queued as new execution %2</source>
        <translation>%1 als neue Ausführung %2 eingereiht</translation>
    </message>
    <message>
        <source>--state must be one of %1</source>
        <translation>--state muss eines von %1 sein</translation>
    </message>
    <message>
        <source>--tenant needs a tenant id (a UUID)</source>
        <translation>--tenant braucht eine Mandanten-ID (eine UUID)</translation>
    </message>
    <message>
        <source>no answer within 30 s; the job may or may not have changed: run jobs show</source>
        <translation>keine Antwort innerhalb von 30 s; der Job hat sich vielleicht geändert: führen Sie jobs show aus</translation>
    </message>
    <message>
        <source>job %1 of %2: %3, state %4</source>
        <translation>Job %1 von %2: %3, Zustand %4</translation>
    </message>
    <message>
        <source>tenant %1, attempts made %2, created %3, processed %4, finished %5</source>
        <translation>Mandant %1, Versuche %2, erstellt %3, verarbeitet %4, beendet %5</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>options: %1</source>
        <translation>Optionen: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>Rückgabe: %1</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (pausiert)</translation>
    </message>
    <message>
        <source>alerts thresholds needs whole percentages, like 80,90,100</source>
        <translation>alerts thresholds braucht ganze Prozentwerte, etwa 80,90,100</translation>
    </message>
    <message>
        <source>alert thresholds are now %1 %</source>
        <translation>die Warnschwellen sind jetzt %1 %</translation>
    </message>
    <message>
        <source>--min takes a percentage (0 to 1000)</source>
        <translation>--min nimmt einen Prozentwert (0 bis 1000)</translation>
    </message>
    <message>
        <source>alerts %1 needs an alert id (a number)</source>
        <translation>alerts %1 braucht eine Warnungs-ID (eine Zahl)</translation>
    </message>
    <message>
        <source>--hours takes 1 to 2160</source>
        <translation>--hours nimmt 1 bis 2160</translation>
    </message>
    <message>
        <source>alert %1 acknowledged</source>
        <translation>Warnung %1 bestätigt</translation>
    </message>
    <message>
        <source>alert %1 snoozed for %2 h</source>
        <translation>Warnung %1 für %2 h zurückgestellt</translation>
    </message>
    <message>
        <source>the servers did not answer within 120 s</source>
        <translation>die Server haben nicht innerhalb von 120 s geantwortet</translation>
    </message>
    <message>
        <source>  reaches 100 % %1</source>
        <translation>  erreicht 100 % %1</translation>
    </message>
    <message>
        <source>  THROTTLED</source>
        <translation>  GEDROSSELT</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s) fired</source>
        <translation>
            <numerusform>%n neue Warnung ausgelöst</numerusform>
            <numerusform>%n neue Warnungen ausgelöst</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>bestätigt von %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>zurückgestellt bis %1</translation>
    </message>
    <message>
        <source>%1, but %2 Run `tenantscope-cli limits push` when Redis is back.</source>
        <translation>%1, aber %2 Führen Sie `tenantscope-cli limits push` aus, sobald Redis wieder da ist.</translation>
    </message>
    <message>
        <source>plans %1 needs a plan id</source>
        <translation>plans %1 braucht eine Tarif-ID</translation>
    </message>
    <message>
        <source>plans set needs FIELD=VALUE (fields: %1)</source>
        <translation>plans set braucht FELD=WERT (Felder: %1)</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; does not exist</source>
        <translation>Tarif „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>plan %1, version %2, %3 tenants</source>
        <translation>Tarif %1, Version %2, %3 Mandanten</translation>
    </message>
    <message>
        <source>plan %1 already has these values; nothing saved</source>
        <translation>Tarif %1 hat bereits diese Werte; nichts gespeichert</translation>
    </message>
    <message>
        <source>overrides %1 needs a tenant id (a UUID)</source>
        <translation>overrides %1 braucht eine Mandanten-ID (eine UUID)</translation>
    </message>
    <message>
        <source>overrides set needs FIELD=VALUE (fields: %1)</source>
        <translation>overrides set braucht FELD=WERT (Felder: %1)</translation>
    </message>
    <message>
        <source>--until takes a date (YYYY-MM-DD, until the end of that UTC day) or an ISO time</source>
        <translation>--until nimmt ein Datum (JJJJ-MM-TT, bis zum Ende dieses UTC-Tages) oder eine ISO-Zeit</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>, expired</source>
        <translation>, abgelaufen</translation>
    </message>
    <message>
        <source>saved the override of %1 (version %2)</source>
        <translation>Ausnahme von %1 gespeichert (Version %2)</translation>
    </message>
    <message>
        <source>removed the override of %1</source>
        <translation>Ausnahme von %1 entfernt</translation>
    </message>
    <message>
        <source>no answer within 120 s; the limits may be partly pushed: run it again</source>
        <translation>keine Antwort innerhalb von 120 s; die Limits sind vielleicht nur teilweise übertragen: führen Sie es erneut aus</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 5000</source>
        <translation>--limit muss zwischen 1 und 5000 liegen</translation>
    </message>
    <message>
        <source>--provider: one of openai, anthropic, custom, platform</source>
        <translation>--provider: einer von openai, anthropic, custom, platform</translation>
    </message>
    <message>
        <source>%1 key: </source>
        <translation>%1-Schlüssel: </translation>
    </message>
    <message>
        <source> (the key is read from standard input)</source>
        <translation> (der Schlüssel wird von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <source>the keychain did not answer within 20 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von 20 s geantwortet</translation>
    </message>
    <message>
        <source>stored the %1 key %2 in the keychain (profile %3)</source>
        <translation>%1-Schlüssel %2 im Schlüsselbund gespeichert (Profil %3)</translation>
    </message>
    <message>
        <source>deleted the %1 key of profile %2</source>
        <translation>%1-Schlüssel des Profils %2 gelöscht</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>keys revoke needs the uploaded key&apos;s id (see keys list --tenant ID)</source>
        <translation>keys revoke braucht die ID des hochgeladenen Schlüssels (siehe keys list --tenant ID)</translation>
    </message>
    <message>
        <source>revoked key %1</source>
        <translation>Schlüssel %1 widerrufen</translation>
    </message>
    <message>
        <source>the gateway token is tested by a chat: tenantscope-cli chat --provider platform ...</source>
        <translation>das Gateway-Token wird mit einem Chat getestet: tenantscope-cli chat --provider platform ...</translation>
    </message>
    <message>
        <source>the provider did not answer within 30 s</source>
        <translation>der Anbieter hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
    <message>
        <source> (key from %1)</source>
        <translation> (Schlüssel aus %1)</translation>
    </message>
    <message>
        <source>keys upload needs --tenant ID (the tenant&apos;s UUID)</source>
        <translation>keys upload braucht --tenant ID (die UUID des Mandanten)</translation>
    </message>
    <message>
        <source>--tenant needs the tenant&apos;s UUID</source>
        <translation>--tenant braucht die UUID des Mandanten</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>--provider: openai, anthropic or platform</source>
        <translation>--provider: openai, anthropic oder platform</translation>
    </message>
    <message>
        <source>chat needs a prompt: tenantscope-cli chat --provider openai --model M &quot;prompt&quot;</source>
        <translation>chat braucht einen Prompt: tenantscope-cli chat --provider openai --model M &quot;Prompt&quot;</translation>
    </message>
    <message>
        <source>--max-tokens: 1 to 200000</source>
        <translation>--max-tokens: 1 bis 200000</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>kein Schlüssel</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>not sent: the tenant&apos;s plan would refuse it (--anyway sends it all the same)</source>
        <translation>nicht gesendet: der Tarif des Mandanten würde es ablehnen (--anyway sendet es trotzdem)</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model ist erforderlich</translation>
    </message>
    <message>
        <source>%1 · %2 · key: %3</source>
        <translation>%1 · %2 · Schlüssel: %3</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 Prompt- + %2 Completion-Tokens</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>Ende: %1</translation>
    </message>
    <message>
        <source>snapshot show needs a file</source>
        <translation>snapshot show braucht eine Datei</translation>
    </message>
    <message>
        <source>reading %1 took longer than 30 s</source>
        <translation>das Lesen von %1 hat länger als 30 s gedauert</translation>
    </message>
    <message>
        <source>%1 (%2), taken %3 by %4 from &quot;%5&quot; with TenantScope %6</source>
        <translation>%1 (%2), aufgenommen %3 von %4 aus „%5“ mit TenantScope %6</translation>
    </message>
    <message>
        <source>%1 failed executions, %2 jobs, %3 values redacted</source>
        <translation>%1 fehlgeschlagene Ausführungen, %2 Jobs, %3 Werte geschwärzt</translation>
    </message>
    <message>
        <source>not in it: %1 (%2)</source>
        <translation>nicht enthalten: %1 (%2)</translation>
    </message>
    <message>
        <source>snapshot export needs --tenant ID and --out FILE</source>
        <translation>snapshot export braucht --tenant ID und --out DATEI</translation>
    </message>
    <message>
        <source>the snapshot took longer than 5 minutes</source>
        <translation>der Schnappschuss hat länger als 5 Minuten gedauert</translation>
    </message>
    <message>
        <source>wrote %1: %2 failed executions, %3 jobs, %4 values redacted</source>
        <translation>%1 geschrieben: %2 fehlgeschlagene Ausführungen, %3 Jobs, %4 Werte geschwärzt</translation>
    </message>
    <message numerus="yes">
        <source>%1; Redis limits of %n tenant(s) updated and the change published</source>
        <translation>
            <numerusform>%1; Redis-Limits von %n Mandanten aktualisiert und die Änderung veröffentlicht</numerusform>
            <numerusform>%1; Redis-Limits von %n Mandanten aktualisiert und die Änderung veröffentlicht</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved plan %1 as version %2 (%n tenant(s) affected)</source>
        <translation>
            <numerusform>Tarif %1 als Version %2 gespeichert (%n Mandant betroffen)</numerusform>
            <numerusform>Tarif %1 als Version %2 gespeichert (%n Mandanten betroffen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pushed the limits of %n tenant(s)</source>
        <translation>
            <numerusform>Limits von %n Mandanten übertragen</numerusform>
            <numerusform>Limits von %n Mandanten übertragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer pending</source>
        <translation>
            <numerusform>%n nicht mehr ausstehend</numerusform>
            <numerusform>%n nicht mehr ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer within 30 s; check the user with ACL GETUSER %1</source>
        <translation>keine Antwort innerhalb von 30 s; prüfen Sie den Benutzer mit ACL GETUSER %1</translation>
    </message>
    <message>
        <source>no answer within 90 s; the plan may or may not have changed: run plans show</source>
        <translation>keine Antwort innerhalb von 90 s; der Plan wurde vielleicht geändert: führen Sie plans show aus</translation>
    </message>
    <message>
        <source>no answer within 90 s; run overrides list to see what happened</source>
        <translation>keine Antwort innerhalb von 90 s; führen Sie overrides list aus, um zu sehen, was geschah</translation>
    </message>
    <message>
        <source>only thresholds of PERCENT or more</source>
        <translation>nur Schwellen ab PERCENT</translation>
    </message>
    <message>
        <source>This month&apos;s alerts: the open ones, or all.</source>
        <translation>Die Alarme dieses Monats: die offenen oder alle.</translation>
    </message>
    <message>
        <source>acknowledged and snoozed ones too</source>
        <translation>auch bestätigte und zurückgestellte</translation>
    </message>
    <message>
        <source>Acknowledge an alert (shared with everyone, audited).</source>
        <translation>Einen Alarm bestätigen (für alle sichtbar, protokolliert).</translation>
    </message>
    <message>
        <source>the alert id</source>
        <translation>die Alarm-ID</translation>
    </message>
    <message>
        <source>a note for the others</source>
        <translation>eine Notiz für die anderen</translation>
    </message>
    <message>
        <source>Snooze an alert for some hours (audited).</source>
        <translation>Einen Alarm für einige Stunden zurückstellen (protokolliert).</translation>
    </message>
    <message>
        <source>how long (default 24)</source>
        <translation>wie lange (Standard 24)</translation>
    </message>
    <message>
        <source>Set the alert thresholds, in percent of a limit (platform admins; audited).</source>
        <translation>Die Alarmschwellen in Prozent eines Limits setzen (Plattform-Admins; protokolliert).</translation>
    </message>
    <message>
        <source>like 80,90,100</source>
        <translation>etwa 80,90,100</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>warum, für das Audit-Log</translation>
    </message>
    <message>
        <source>Stream an answer to stdout; status and usage on stderr. Key: OPENAI_API_KEY / ANTHROPIC_API_KEY / TS_GATEWAY_TOKEN, else the keychain.</source>
        <translation>Eine Antwort nach stdout streamen; Status und Verbrauch nach stderr. Schlüssel: OPENAI_API_KEY / ANTHROPIC_API_KEY / TS_GATEWAY_TOKEN, sonst der Schlüsselbund.</translation>
    </message>
    <message>
        <source>what to ask</source>
        <translation>was gefragt wird</translation>
    </message>
    <message>
        <source>who answers</source>
        <translation>wer antwortet</translation>
    </message>
    <message>
        <source>as the SDKs take it: OpenAI&apos;s with /v1, Anthropic&apos;s without; the gateway&apos;s ws(s):// URL</source>
        <translation>wie die SDKs sie nehmen: die von OpenAI mit /v1, die von Anthropic ohne; die ws(s)://-URL des Gateways</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>das Modell</translation>
    </message>
    <message>
        <source>the tenant whose configuration and limits apply</source>
        <translation>der Mandant, dessen Konfiguration und Limits gelten</translation>
    </message>
    <message>
        <source>a system prompt</source>
        <translation>ein System-Prompt</translation>
    </message>
    <message>
        <source>at most N tokens (default 1024)</source>
        <translation>höchstens N Tokens (Standard 1024)</translation>
    </message>
    <message>
        <source>send it even if the tenant&apos;s plan would refuse it</source>
        <translation>auch senden, wenn der Plan des Mandanten es ablehnen würde</translation>
    </message>
    <message>
        <source>one JSON event per line</source>
        <translation>ein JSON-Ereignis pro Zeile</translation>
    </message>
    <message>
        <source>Usage: tenantscope-cli [--profile NAME] COMMAND [options]</source>
        <translation>Aufruf: tenantscope-cli [--profile NAME] BEFEHL [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>`tenantscope-cli COMMAND --help` says more about one. Exit codes: 0 done, 1 refused or failed, 2 bad usage.
Connection: TS_PG_URL, TS_PG_PASSWORD, TS_REDIS_URL, TS_REDIS_PASSWORD (and TS_BULL_PREFIX), or
--profile NAME (a profile saved by the app; its passwords come from the OS keychain).
</source>
        <translation>`tenantscope-cli BEFEHL --help` sagt mehr über einen Befehl. Exit-Codes: 0 erledigt, 1 abgelehnt oder fehlgeschlagen, 2 falscher Aufruf.
Verbindung: TS_PG_URL, TS_PG_PASSWORD, TS_REDIS_URL, TS_REDIS_PASSWORD (und TS_BULL_PREFIX) oder
--profile NAME (ein in der App gespeichertes Profil; seine Passwörter kommen aus dem Schlüsselbund des Systems).
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>unbekannte Option „%1“</translation>
    </message>
    <message>
        <source>error: %1 needs one of: %2</source>
        <translation>Fehler: %1 braucht eines von: %2</translation>
    </message>
    <message>
        <source>Executions, newest first.</source>
        <translation>Ausführungen, neueste zuerst.</translation>
    </message>
    <message>
        <source>only this tenant</source>
        <translation>nur dieser Mandant</translation>
    </message>
    <message>
        <source>queued, running, succeeded, failed or cancelled</source>
        <translation>queued, running, succeeded, failed oder cancelled</translation>
    </message>
    <message>
        <source>only this workflow</source>
        <translation>nur dieser Workflow</translation>
    </message>
    <message>
        <source>error code or message contains TEXT</source>
        <translation>Fehlercode oder -meldung enthält TEXT</translation>
    </message>
    <message>
        <source>only the last minutes, hours or days</source>
        <translation>nur die letzten Minuten, Stunden oder Tage</translation>
    </message>
    <message>
        <source>at most N (default 50)</source>
        <translation>höchstens N (Standard 50)</translation>
    </message>
    <message>
        <source>One execution with its nodes (checkpoints).</source>
        <translation>Eine Ausführung mit ihren Knoten (Checkpoints).</translation>
    </message>
    <message>
        <source>the execution id</source>
        <translation>die Ausführungs-ID</translation>
    </message>
    <message>
        <source>Failed executions grouped by cause, largest group first.</source>
        <translation>Fehlgeschlagene Ausführungen nach Ursache gruppiert, größte Gruppe zuerst.</translation>
    </message>
    <message>
        <source>at most N groups (default 50)</source>
        <translation>höchstens N Gruppen (Standard 50)</translation>
    </message>
    <message>
        <source>Run a failed or cancelled execution again from the start (audited).</source>
        <translation>Eine fehlgeschlagene oder abgebrochene Ausführung von vorn neu starten (protokolliert).</translation>
    </message>
    <message>
        <source>Run a failed execution again from its failed node, keeping the finished checkpoints (audited).</source>
        <translation>Eine fehlgeschlagene Ausführung ab ihrem fehlgeschlagenen Knoten fortsetzen, die fertigen Checkpoints bleiben (protokolliert).</translation>
    </message>
    <message>
        <source>Cancel a queued or running execution (audited).</source>
        <translation>Eine wartende oder laufende Ausführung abbrechen (protokolliert).</translation>
    </message>
    <message>
        <source>BullMQ jobs of a queue; without --queue, every queue with its counts.</source>
        <translation>BullMQ-Jobs einer Queue; ohne --queue jede Queue mit ihren Zählern.</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>die Queue</translation>
    </message>
    <message>
        <source>wait, active, delayed, prioritized, waiting-children, completed, failed or paused</source>
        <translation>wait, active, delayed, prioritized, waiting-children, completed, failed oder paused</translation>
    </message>
    <message>
        <source>One job: data, options, the failure and its stack.</source>
        <translation>Ein Job: Daten, Optionen, der Fehler und sein Stack.</translation>
    </message>
    <message>
        <source>the job id</source>
        <translation>die Job-ID</translation>
    </message>
    <message>
        <source>the BullMQ queue</source>
        <translation>die BullMQ-Queue</translation>
    </message>
    <message>
        <source>Failed jobs of every queue (or one) grouped by cause.</source>
        <translation>Fehlgeschlagene Jobs jeder Queue (oder einer) nach Ursache gruppiert.</translation>
    </message>
    <message>
        <source>only this queue</source>
        <translation>nur diese Queue</translation>
    </message>
    <message>
        <source>the failure contains TEXT</source>
        <translation>der Fehler enthält TEXT</translation>
    </message>
    <message>
        <source>Move a failed job back to waiting, as BullMQ does (audited).</source>
        <translation>Einen fehlgeschlagenen Job wieder auf „wartend“ setzen, wie BullMQ es tut (protokolliert).</translation>
    </message>
    <message>
        <source>Remove a job that is not active (audited).</source>
        <translation>Einen nicht aktiven Job entfernen (protokolliert).</translation>
    </message>
    <message>
        <source>Store a provider key in the OS keychain, read from standard input (never the command line).</source>
        <translation>Einen Anbieter-Schlüssel im Schlüsselbund speichern, von der Standardeingabe gelesen (nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>openai, anthropic, custom or platform</source>
        <translation>openai, anthropic, custom oder platform</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server&apos;s URL (custom)</source>
        <translation>die URL eines OpenAI-kompatiblen Servers (custom)</translation>
    </message>
    <message>
        <source>This profile&apos;s keychain keys (masked), or with --tenant a tenant&apos;s keys uploaded to the platform.</source>
        <translation>Die Schlüssel dieses Profils im Schlüsselbund (maskiert) oder mit --tenant die auf die Plattform hochgeladenen Schlüssel eines Mandanten.</translation>
    </message>
    <message>
        <source>the tenant whose uploaded keys to list</source>
        <translation>der Mandant, dessen hochgeladene Schlüssel aufgelistet werden</translation>
    </message>
    <message>
        <source>Delete a key from the keychain.</source>
        <translation>Einen Schlüssel aus dem Schlüsselbund löschen.</translation>
    </message>
    <message>
        <source>Test a key with its provider (the model list: no tokens spent).</source>
        <translation>Einen Schlüssel beim Anbieter prüfen (die Modellliste: keine Tokens verbraucht).</translation>
    </message>
    <message>
        <source>Seal a keychain key with the platform&apos;s public key and upload it for a tenant (audited).</source>
        <translation>Einen Schlüssel aus dem Schlüsselbund mit dem öffentlichen Schlüssel der Plattform versiegeln und für einen Mandanten hochladen (protokolliert).</translation>
    </message>
    <message>
        <source>the tenant</source>
        <translation>der Mandant</translation>
    </message>
    <message>
        <source>a name for it</source>
        <translation>ein Name dafür</translation>
    </message>
    <message>
        <source>Revoke a key uploaded to the platform (audited).</source>
        <translation>Einen auf die Plattform hochgeladenen Schlüssel widerrufen (protokolliert).</translation>
    </message>
    <message>
        <source>the uploaded key&apos;s id</source>
        <translation>die ID des hochgeladenen Schlüssels</translation>
    </message>
    <message>
        <source>The plans with their prices and limits.</source>
        <translation>Die Pläne mit ihren Preisen und Limits.</translation>
    </message>
    <message>
        <source>One plan, every field.</source>
        <translation>Ein Plan, jedes Feld.</translation>
    </message>
    <message>
        <source>the plan id</source>
        <translation>die Plan-ID</translation>
    </message>
    <message>
        <source>Change a plan (base_price, included_tokens, overage_per_1k, max_concurrent, requests_per_minute, tokens_per_minute, monthly_runs, allowed_models=a,b; limits take &quot;unlimited&quot;), then push the affected tenants&apos; limits to Redis.</source>
        <translation>Einen Plan ändern (base_price, included_tokens, overage_per_1k, max_concurrent, requests_per_minute, tokens_per_minute, monthly_runs, allowed_models=a,b; Limits nehmen „unlimited“), dann die Limits der betroffenen Mandanten nach Redis schreiben.</translation>
    </message>
    <message>
        <source>the changes</source>
        <translation>die Änderungen</translation>
    </message>
    <message>
        <source>Tenants whose limits differ from their plan&apos;s.</source>
        <translation>Mandanten, deren Limits von ihrem Plan abweichen.</translation>
    </message>
    <message>
        <source>Set some of a tenant&apos;s limits apart from its plan (the others stay), then push them to Redis.</source>
        <translation>Einige Limits eines Mandanten abweichend vom Plan setzen (die anderen bleiben), dann nach Redis schreiben.</translation>
    </message>
    <message>
        <source>the tenant id</source>
        <translation>die Mandanten-ID</translation>
    </message>
    <message>
        <source>the limits; FIELD=plan drops one</source>
        <translation>die Limits; FIELD=plan entfernt eines</translation>
    </message>
    <message>
        <source>the last day it holds (UTC), or an ISO time</source>
        <translation>der letzte Tag, an dem sie gilt (UTC), oder eine ISO-Zeit</translation>
    </message>
    <message>
        <source>Remove a tenant&apos;s override: its plan&apos;s limits apply again, in Redis too.</source>
        <translation>Die Abweichung eines Mandanten entfernen: die Limits seines Plans gelten wieder, auch in Redis.</translation>
    </message>
    <message>
        <source>Write the pending (or all, or one tenant&apos;s) effective limits to Redis and announce them.</source>
        <translation>Die ausstehenden (oder alle oder die eines Mandanten) wirksamen Limits nach Redis schreiben und ankündigen.</translation>
    </message>
    <message>
        <source>every tenant, pending or not</source>
        <translation>jeder Mandant, ausstehend oder nicht</translation>
    </message>
    <message>
        <source>The audit log, newest first.</source>
        <translation>Das Audit-Log, neueste Einträge zuerst.</translation>
    </message>
    <message>
        <source>actions starting with PREFIX (plan., override., execution., ...)</source>
        <translation>Aktionen, die mit PREFIX beginnen (plan., override., execution., ...)</translation>
    </message>
    <message>
        <source>Apply the platform contract&apos;s migrations (idempotent).</source>
        <translation>Die Migrationen des Plattformvertrags anwenden (idempotent).</translation>
    </message>
    <message>
        <source>Fill the (loopback) servers with demo data: small is 200 tenants, large 10k tenants and 10M events.</source>
        <translation>Die (lokalen) Server mit Demodaten füllen: small sind 200 Mandanten, large 10k Mandanten und 10M Ereignisse.</translation>
    </message>
    <message>
        <source>the random seed (default 42): same seed, same data</source>
        <translation>der Zufalls-Seed (Standard 42): gleicher Seed, gleiche Daten</translation>
    </message>
    <message>
        <source>Create or reset the Redis ACL user of a person in a role, with exactly the commands and keys the role needs; the password is read from standard input, the change audited.</source>
        <translation>Den Redis-ACL-Benutzer einer Person in einer Rolle anlegen oder zurücksetzen, mit genau den Befehlen und Schlüsseln, die die Rolle braucht; das Passwort kommt von der Standardeingabe, die Änderung wird protokolliert.</translation>
    </message>
    <message>
        <source>platform_admin, support, finance or tenant_admin</source>
        <translation>platform_admin, support, finance oder tenant_admin</translation>
    </message>
    <message>
        <source>the Redis user name</source>
        <translation>der Redis-Benutzername</translation>
    </message>
    <message>
        <source>the tenant of a tenant_admin</source>
        <translation>der Mandant eines tenant_admin</translation>
    </message>
    <message>
        <source>Export one tenant&apos;s support snapshot (no secrets), opened read-only by `tenantscope FILE`.</source>
        <translation>Den Support-Snapshot eines Mandanten exportieren (ohne Geheimnisse), schreibgeschützt geöffnet mit `tenantscope DATEI`.</translation>
    </message>
    <message>
        <source>where to write it</source>
        <translation>wohin er geschrieben wird</translation>
    </message>
    <message>
        <source>What a snapshot file holds.</source>
        <translation>Was eine Snapshot-Datei enthält.</translation>
    </message>
    <message>
        <source>the snapshot</source>
        <translation>der Snapshot</translation>
    </message>
    <message>
        <source>Tenants by name, with this month&apos;s tokens, allowance and cost.</source>
        <translation>Mandanten nach Name, mit Tokens, Kontingent und Kosten dieses Monats.</translation>
    </message>
    <message>
        <source>name, slug or id contains S</source>
        <translation>Name, Slug oder ID enthält S</translation>
    </message>
    <message>
        <source>at most N tenants (default 50)</source>
        <translation>höchstens N Mandanten (Standard 50)</translation>
    </message>
    <message>
        <source>One tenant: plan, limits, this month, live counters.</source>
        <translation>Ein Mandant: Plan, Limits, dieser Monat, Live-Zähler.</translation>
    </message>
    <message>
        <source>the tenant&apos;s id</source>
        <translation>die ID des Mandanten</translation>
    </message>
    <message>
        <source>Tokens, requests and cost per bucket and model (UTC); today includes the live counters.</source>
        <translation>Tokens, Anfragen und Kosten pro Intervall und Modell (UTC); heute mit den Live-Zählern.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <source>bucket size (default day)</source>
        <translation>Intervallgröße (Standard day)</translation>
    </message>
    <message>
        <source>Provider cost, BYOK apart, revenue and margin for a month.</source>
        <translation>Anbieterkosten, BYOK getrennt, Umsatz und Marge eines Monats.</translation>
    </message>
    <message>
        <source>the month</source>
        <translation>der Monat</translation>
    </message>
    <message>
        <source>grouping (default tenant)</source>
        <translation>Gruppierung (Standard tenant)</translation>
    </message>
    <message>
        <source>the N largest (default all)</source>
        <translation>die N größten (Standard alle)</translation>
    </message>
    <message>
        <source>%1 needs --queue Q and a job id</source>
        <translation>%1 braucht --queue Q und eine Job-ID</translation>
    </message>
    <message>
        <source>%1 needs a job id</source>
        <translation>%1 braucht eine Job-ID</translation>
    </message>
    <message>
        <source>Redis did not answer within %1 s</source>
        <translation>Redis hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>no answer within 30 s; run keys list --tenant %1 to see whether it was uploaded</source>
        <translation>keine Antwort innerhalb von 30 s; führen Sie keys list --tenant %1 aus, um zu sehen, ob er hochgeladen wurde</translation>
    </message>
    <message>
        <source>uploaded the %1 key for tenant %2, sealed with the platform&apos;s public key (id %3)</source>
        <translation>den %1-Schlüssel für Mandant %2 hochgeladen, versiegelt mit dem öffentlichen Schlüssel der Plattform (ID %3)</translation>
    </message>
    <message>
        <source>how much (default small; large: 10,000 tenants and 10M usage events; xlarge: 100,000 and 100M, for benchmarks)</source>
        <translation>wie viel (Standard small; large: 10.000 Mandanten und 10 Mio. Nutzungsereignisse; xlarge: 100.000 und 100 Mio., für Benchmarks)</translation>
    </message>
    <message>
        <source>--size must be small, large or xlarge</source>
        <translation>--size muss small, large oder xlarge sein</translation>
    </message>
    <message>
        <source>%1 % of tenants</source>
        <translation>%1 % der Mandanten</translation>
    </message>
    <message>
        <source>plans %1</source>
        <translation>Pläne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listed tenant(s)</source>
        <translation>
            <numerusform>%n aufgeführter Mandant</numerusform>
            <numerusform>%n aufgeführte Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>every tenant</source>
        <translation>jeder Mandant</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now at version %2; it changed for %n tenant(s)</source>
        <translation>
            <numerusform>%1 ist jetzt in Version %2; geändert für %n Mandant</numerusform>
            <numerusform>%1 ist jetzt in Version %2; geändert für %n Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but %2 The tenants stay pending until a push succeeds.</source>
        <translation>%1, aber %2 Die Mandanten bleiben ausstehend, bis eine Übertragung gelingt.</translation>
    </message>
    <message numerus="yes">
        <source>%1; Redis has the AI configuration of %n tenant(s) and the change was published</source>
        <translation>
            <numerusform>%1; Redis hat die KI-Konfiguration von %n Mandant und die Änderung wurde veröffentlicht</numerusform>
            <numerusform>%1; Redis hat die KI-Konfiguration von %n Mandanten und die Änderung wurde veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>The feature flags, their rollout and how many tenants have them.</source>
        <translation>Die Feature-Flags, ihre Ausrollung und wie viele Mandanten sie haben.</translation>
    </message>
    <message>
        <source>on </source>
        <translation>an </translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message numerus="yes">
        <source>on for %n tenant(s)</source>
        <translation>
            <numerusform>an für %n Mandant</numerusform>
            <numerusform>an für %n Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>One flag and every earlier version of it.</source>
        <translation>Ein Flag und jede frühere Version davon.</translation>
    </message>
    <message>
        <source>the flag</source>
        <translation>das Flag</translation>
    </message>
    <message>
        <source>flags %1 needs a flag key</source>
        <translation>flags %1 braucht einen Flag-Schlüssel</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; does not exist</source>
        <translation>Flag „%1“ existiert nicht</translation>
    </message>
    <message numerus="yes">
        <source>flag %1, version %2, %3, %4; on for %n tenant(s)</source>
        <translation>
            <numerusform>Flag %1, Version %2, %3, %4; an für %n Mandant</numerusform>
            <numerusform>Flag %1, Version %2, %3, %4; an für %n Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source> (back to v%1)</source>
        <translation> (zurück auf v%1)</translation>
    </message>
    <message>
        <source>Create or change a flag (enabled=true|false, rollout=all|percentage|plans|tenants, percentage=0-100, plans=a,b, tenants=ID,ID, description=TEXT), then push the tenants it changed for to Redis.</source>
        <translation>Ein Flag anlegen oder ändern (enabled=true|false, rollout=all|percentage|plans|tenants, percentage=0-100, plans=a,b, tenants=ID,ID, description=TEXT), dann die Mandanten, für die es sich geändert hat, nach Redis schreiben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>„%1“ ist nicht FELD=WERT</translation>
    </message>
    <message>
        <source>enabled takes true or false</source>
        <translation>enabled nimmt true oder false</translation>
    </message>
    <message>
        <source>percentage takes a whole number from 0 to 100</source>
        <translation>percentage nimmt eine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>unknown flag field &quot;%1&quot;</source>
        <translation>unbekanntes Flag-Feld „%1“</translation>
    </message>
    <message>
        <source>flag %1</source>
        <translation>Flag %1</translation>
    </message>
    <message>
        <source>Put a flag back as it was at an earlier version (a new version, audited), then push.</source>
        <translation>Ein Flag auf den Stand einer früheren Version zurücksetzen (eine neue Version, protokolliert), dann übertragen.</translation>
    </message>
    <message>
        <source>the version to go back to</source>
        <translation>die Version, auf die zurückgesetzt wird</translation>
    </message>
    <message>
        <source>--to takes a version number</source>
        <translation>--to nimmt eine Versionsnummer</translation>
    </message>
    <message>
        <source>A tenant&apos;s effective AI configuration: model, prompt, temperature, RAG and every flag.</source>
        <translation>Die wirksame KI-Konfiguration eines Mandanten: Modell, Prompt, Temperatur, RAG und jedes Flag.</translation>
    </message>
    <message>
        <source>ai-config show needs a tenant id (a UUID)</source>
        <translation>ai-config show braucht eine Mandanten-ID (UUID)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Every flag, evaluated for every tenant, as an OpenFeature flagd flag set (JSON).</source>
        <translation>Jedes Flag, für jeden Mandanten ausgewertet, als OpenFeature-flagd-Flag-Set (JSON).</translation>
    </message>
    <message>
        <source>where to write it (- for standard output)</source>
        <translation>wohin es geschrieben wird (- für die Standardausgabe)</translation>
    </message>
    <message>
        <source>flags export needs --flagd FILE</source>
        <translation>flags export braucht --flagd DATEI</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) written to %1 for flagd</source>
        <translation>
            <numerusform>%n Flag für flagd nach %1 geschrieben</numerusform>
            <numerusform>%n Flags für flagd nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>the global AI configuration</source>
        <translation>die globale KI-Konfiguration</translation>
    </message>
    <message>
        <source>the AI configuration of tenant %1</source>
        <translation>die KI-Konfiguration von Mandant %1</translation>
    </message>
    <message>
        <source>Every version of the global AI defaults (global) or of a tenant&apos;s own settings, newest first.</source>
        <translation>Jede Version der globalen KI-Vorgaben (global) oder der eigenen Werte eines Mandanten, neueste zuerst.</translation>
    </message>
    <message>
        <source>a tenant id, or global for the global defaults</source>
        <translation>eine Mandanten-ID, oder global für die globalen Vorgaben</translation>
    </message>
    <message>
        <source>ai-config history needs global or a tenant id (a UUID)</source>
        <translation>ai-config history braucht global oder eine Mandanten-ID (UUID)</translation>
    </message>
    <message>
        <source>%1 has no version yet</source>
        <translation>%1 hat noch keine Version</translation>
    </message>
    <message>
        <source>Change fields of the global AI defaults (global) or of a tenant&apos;s own settings (model=, fallback_model=, system_prompt=, prompt_version=, temperature=0-2, max_tokens=, rag=true|false; =null: not set), then push the tenants it changed for to Redis.</source>
        <translation>Felder der globalen KI-Vorgaben (global) oder der eigenen Werte eines Mandanten ändern (model=, fallback_model=, system_prompt=, prompt_version=, temperature=0-2, max_tokens=, rag=true|false; =null: nicht gesetzt), dann die betroffenen Mandanten nach Redis übertragen.</translation>
    </message>
    <message>
        <source>ai-config set needs global or a tenant id (a UUID)</source>
        <translation>ai-config set braucht global oder eine Mandanten-ID (UUID)</translation>
    </message>
    <message>
        <source>unknown AI configuration field &quot;%1&quot;</source>
        <translation>unbekanntes Feld der KI-Konfiguration „%1“</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 erwartet eine Zahl</translation>
    </message>
    <message>
        <source>rag takes true or false</source>
        <translation>rag erwartet true oder false</translation>
    </message>
    <message>
        <source>Put the global AI defaults (global) or a tenant&apos;s own settings back as they were at an earlier version (a new version, audited), then push.</source>
        <translation>Die globalen KI-Vorgaben (global) oder die eigenen Werte eines Mandanten auf eine frühere Version zurücksetzen (eine neue Version, protokolliert), dann übertragen.</translation>
    </message>
    <message>
        <source>ai-config rollback needs global or a tenant id (a UUID)</source>
        <translation>ai-config rollback braucht global oder eine Mandanten-ID (UUID)</translation>
    </message>
    <message>
        <source>%1 needs FIELD=VALUE</source>
        <translation>%1 braucht FELD=WERT</translation>
    </message>
    <message>
        <source>What needs attention now: spend today against the same hours of the last 7 days, failed executions in the last hour by cause, queue backlogs, open alerts, tenants over quota.</source>
        <translation>Was jetzt Aufmerksamkeit braucht: Ausgaben heute gegenüber denselben Stunden der letzten 7 Tage, fehlgeschlagene Ausführungen der letzten Stunde nach Ursache, Rückstau der Warteschlangen, offene Warnungen, Mandanten über dem Kontingent.</translation>
    </message>
    <message>
        <source>your home is your tenant: tenantscope-cli tenants show %1</source>
        <translation>Ihre Startseite ist Ihr Mandant: tenantscope-cli tenants show %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>spend today</source>
        <translation>Ausgaben heute</translation>
    </message>
    <message>
        <source>%1 (%2 the same hours of the last 7 days, median %3)</source>
        <translation>%1 (%2 dieselben Stunden der letzten 7 Tage, Median %3)</translation>
    </message>
    <message>
        <source>%1 % against</source>
        <translation>%1 % gegenüber</translation>
    </message>
    <message>
        <source>no baseline from</source>
        <translation>keine Vergleichsbasis aus</translation>
    </message>
    <message>
        <source>failed, last hour</source>
        <translation>Fehler, letzte Stunde</translation>
    </message>
    <message>
        <source>%1%2, %3 in the last 24 hours</source>
        <translation>%1%2, %3 in den letzten 24 Stunden</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message numerus="yes">
        <source>%1 waiting, %2 failed kept, in %n queue(s)%3%4</source>
        <translation>
            <numerusform>%1 wartend, %2 fehlgeschlagene aufbewahrt, in %n Warteschlange%3%4</numerusform>
            <numerusform>%1 wartend, %2 fehlgeschlagene aufbewahrt, in %n Warteschlangen%3%4</numerusform>
        </translation>
    </message>
    <message>
        <source>; longest backlog %1</source>
        <translation>; längster Rückstau %1</translation>
    </message>
    <message>
        <source>; paused %1</source>
        <translation>; angehalten %1</translation>
    </message>
    <message>
        <source>alerts firing</source>
        <translation>aktive Warnungen</translation>
    </message>
    <message>
        <source>over quota</source>
        <translation>über Kontingent</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>nicht gelesen: %1</translation>
    </message>
    <message>
        <source>Evaluate every tenant&apos;s month to date and the anomaly rules, and fire what they found.</source>
        <translation>Den bisherigen Monat jedes Mandanten und die Anomalieregeln auswerten und auslösen, was sie gefunden haben.</translation>
    </message>
    <message numerus="yes">
        <source>%n new spike(s) found</source>
        <translation>
            <numerusform>%n neuer Ausreißer gefunden</numerusform>
            <numerusform>%n neue Ausreißer gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>no anomaly rule is named &quot;%1&quot; (alerts rules lists them)</source>
        <translation>keine Anomalieregel heißt „%1“ (alerts rules listet sie)</translation>
    </message>
    <message>
        <source>no alert destination is named &quot;%1&quot; (alerts destinations lists them)</source>
        <translation>kein Warnungsziel heißt „%1“ (alerts destinations listet sie)</translation>
    </message>
    <message>
        <source>Spikes the anomaly rules found: what the last hour held against its baseline.</source>
        <translation>Ausreißer, die die Anomalieregeln gefunden haben: was die letzte Stunde gegenüber ihrer Basis brachte.</translation>
    </message>
    <message>
        <source>acknowledged ones too</source>
        <translation>auch bestätigte</translation>
    </message>
    <message>
        <source>fired in the last N days (default 7)</source>
        <translation>ausgelöst in den letzten N Tagen (Standard 7)</translation>
    </message>
    <message>
        <source>only this tenant&apos;s</source>
        <translation>nur die dieses Mandanten</translation>
    </message>
    <message>
        <source>--days takes 1 to 366</source>
        <translation>--days nimmt 1 bis 366</translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n Ausreißer</numerusform>
            <numerusform>%n Ausreißer</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge a spike (shared with everyone, audited).</source>
        <translation>Einen Ausreißer bestätigen (für alle, protokolliert).</translation>
    </message>
    <message>
        <source>the spike&apos;s id</source>
        <translation>die ID des Ausreißers</translation>
    </message>
    <message>
        <source>alerts spike-ack needs a spike id (a number)</source>
        <translation>alerts spike-ack braucht die ID eines Ausreißers (eine Zahl)</translation>
    </message>
    <message>
        <source>spike %1 acknowledged</source>
        <translation>Ausreißer %1 bestätigt</translation>
    </message>
    <message>
        <source>The anomaly rules, with their method.</source>
        <translation>Die Anomalieregeln mit ihrer Methode.</translation>
    </message>
    <message>
        <source>  (off)</source>
        <translation>  (aus)</translation>
    </message>
    <message>
        <source>Create or change an anomaly rule by its name (platform admins; audited).</source>
        <translation>Eine Anomalieregel nach Namen anlegen oder ändern (Plattform-Admins; protokolliert).</translation>
    </message>
    <message>
        <source>the rule&apos;s name</source>
        <translation>der Name der Regel</translation>
    </message>
    <message>
        <source>spend, tokens or failures</source>
        <translation>spend, tokens oder failures</translation>
    </message>
    <message>
        <source>platform (all tenants summed) or tenants (each; default)</source>
        <translation>platform (alle Mandanten zusammen) oder tenants (jeder; Standard)</translation>
    </message>
    <message>
        <source>only this tenant (scope tenants)</source>
        <translation>nur dieser Mandant (Bereich tenants)</translation>
    </message>
    <message>
        <source>baseline: the same hour of N earlier days (default 7)</source>
        <translation>Basis: dieselbe Stunde von N früheren Tagen (Standard 7)</translation>
    </message>
    <message>
        <source>fires at X times the baseline (default 3)</source>
        <translation>löst aus ab dem X-fachen der Basis (Standard 3)</translation>
    </message>
    <message>
        <source>and at least X in the hour: dollars, tokens or failures (default 0)</source>
        <translation>und mindestens X in der Stunde: Dollar, Tokens oder Fehlschläge (Standard 0)</translation>
    </message>
    <message>
        <source>keep the rule but do not evaluate it</source>
        <translation>die Regel behalten, aber nicht auswerten</translation>
    </message>
    <message>
        <source>alerts rule-set needs the rule&apos;s name</source>
        <translation>alerts rule-set braucht den Namen der Regel</translation>
    </message>
    <message>
        <source>anomaly rule &quot;%1&quot; changed: %2</source>
        <translation>Anomalieregel „%1“ geändert: %2</translation>
    </message>
    <message>
        <source>anomaly rule &quot;%1&quot; created: %2</source>
        <translation>Anomalieregel „%1“ angelegt: %2</translation>
    </message>
    <message>
        <source>Remove an anomaly rule (platform admins; audited).</source>
        <translation>Eine Anomalieregel entfernen (Plattform-Admins; protokolliert).</translation>
    </message>
    <message>
        <source>alerts rule-remove needs the rule&apos;s name</source>
        <translation>alerts rule-remove braucht den Namen der Regel</translation>
    </message>
    <message>
        <source>anomaly rule &quot;%1&quot; removed</source>
        <translation>Anomalieregel „%1“ entfernt</translation>
    </message>
    <message>
        <source>Where alerts are sent, with the last 7 days&apos; deliveries (never the URL).</source>
        <translation>Wohin Warnungen gehen, mit den Zustellungen der letzten 7 Tage (nie die URL).</translation>
    </message>
    <message>
        <source>%1 sent, %2 pending, %3 failed</source>
        <translation>%1 gesendet, %2 ausstehend, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Create or change where alerts are sent; the URL is read from standard input (platform admins; audited).</source>
        <translation>Anlegen oder ändern, wohin Warnungen gehen; die URL wird von der Standardeingabe gelesen (Plattform-Admins; protokolliert).</translation>
    </message>
    <message>
        <source>the destination&apos;s name</source>
        <translation>der Name des Ziels</translation>
    </message>
    <message>
        <source>slack (incoming webhook) or webhook</source>
        <translation>slack (Incoming Webhook) oder webhook</translation>
    </message>
    <message>
        <source>change a destination but keep its URL (nothing is read)</source>
        <translation>ein Ziel ändern, aber seine URL behalten (nichts wird gelesen)</translation>
    </message>
    <message>
        <source>keep it but send nothing to it</source>
        <translation>behalten, aber nichts dorthin senden</translation>
    </message>
    <message>
        <source>alerts destination-set needs the destination&apos;s name</source>
        <translation>alerts destination-set braucht den Namen des Ziels</translation>
    </message>
    <message>
        <source>Webhook URL (not shown): </source>
        <translation>Webhook-URL (nicht angezeigt): </translation>
    </message>
    <message>
        <source>give the webhook URL on standard input, or --keep-url</source>
        <translation>geben Sie die Webhook-URL auf der Standardeingabe an, oder --keep-url</translation>
    </message>
    <message>
        <source>alert destination &quot;%1&quot; changed</source>
        <translation>Warnungsziel „%1“ geändert</translation>
    </message>
    <message>
        <source>alert destination &quot;%1&quot; created</source>
        <translation>Warnungsziel „%1“ angelegt</translation>
    </message>
    <message>
        <source>Stop sending alerts somewhere, and forget its URL (platform admins; audited).</source>
        <translation>Keine Warnungen mehr an ein Ziel senden und seine URL vergessen (Plattform-Admins; protokolliert).</translation>
    </message>
    <message>
        <source>alerts destination-remove needs the destination&apos;s name</source>
        <translation>alerts destination-remove braucht den Namen des Ziels</translation>
    </message>
    <message>
        <source>alert destination &quot;%1&quot; removed</source>
        <translation>Warnungsziel „%1“ entfernt</translation>
    </message>
    <message>
        <source>How each alert&apos;s delivery went: sent, retrying (and when), or failed (and why).</source>
        <translation>Wie die Zustellung jeder Warnung verlief: gesendet, neuer Versuch (und wann) oder fehlgeschlagen (und warum).</translation>
    </message>
    <message>
        <source>queued in the last N days (default 7)</source>
        <translation>eingereiht in den letzten N Tagen (Standard 7)</translation>
    </message>
    <message>
        <source>--days takes 1 to 90</source>
        <translation>--days nimmt 1 bis 90</translation>
    </message>
    <message>
        <source>whole platform</source>
        <translation>gesamte Plattform</translation>
    </message>
    <message>
        <source>Send the alert deliveries that are due now (platform admins; run it from cron or a timer where no console stays open).</source>
        <translation>Die jetzt fälligen Warnungszustellungen senden (Plattform-Admins; per Cron oder Timer ausführen, wo keine Konsole offen bleibt).</translation>
    </message>
    <message>
        <source>%1 sent, %2 to retry, %3 failed</source>
        <translation>%1 gesendet, %2 erneut zu versuchen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2 quota, %3 spikes)</source>
        <translation>%1 (%2 Kontingent, %3 Ausreißer)</translation>
    </message>
    <message>
        <source>%1 needs --queue Q or --all</source>
        <translation>%1 braucht --queue Q oder --all</translation>
    </message>
    <message>
        <source>%1 needs --queue Q</source>
        <translation>%1 braucht --queue Q</translation>
    </message>
    <message>
        <source>--queue and --all cannot be used together</source>
        <translation>--queue und --all können nicht zusammen verwendet werden</translation>
    </message>
    <message>
        <source>no answer within 60 s; the queue may or may not have changed: run jobs limiter --queue %1</source>
        <translation>keine Antwort innerhalb von 60 s; die Queue hat sich vielleicht geändert: führen Sie jobs limiter --queue %1 aus</translation>
    </message>
    <message>
        <source>queue %1: %2, %3 active, %4 waiting</source>
        <translation>Queue %1: %2, %3 aktiv, %4 wartend</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>rate limited: %1 s left (%2 jobs counted)</source>
        <translation>Ratenlimit: noch %1 s (%2 Jobs gezählt)</translation>
    </message>
    <message>
        <source>not rate limited</source>
        <translation>kein Ratenlimit</translation>
    </message>
    <message>
        <source>global rate limit: %1 jobs per %2 ms</source>
        <translation>globales Ratenlimit: %1 Jobs pro %2 ms</translation>
    </message>
    <message>
        <source>global concurrency: %1</source>
        <translation>globale Parallelität: %1</translation>
    </message>
    <message>
        <source>global concurrency: none</source>
        <translation>globale Parallelität: keine</translation>
    </message>
    <message>
        <source>Pause a BullMQ queue, or every queue, as BullMQ does (audited).</source>
        <translation>Eine BullMQ-Queue oder alle Queues pausieren, wie BullMQ es tut (protokolliert).</translation>
    </message>
    <message>
        <source>Resume a paused BullMQ queue, or every queue (audited).</source>
        <translation>Eine pausierte BullMQ-Queue oder alle Queues fortsetzen (protokolliert).</translation>
    </message>
    <message>
        <source>every queue under the profile&apos;s prefix</source>
        <translation>jede Queue unter dem Präfix des Profils</translation>
    </message>
    <message>
        <source>Redis did not answer within 120 s</source>
        <translation>Redis hat nicht innerhalb von 120 s geantwortet</translation>
    </message>
    <message>
        <source>No queue under this prefix.</source>
        <translation>Keine Queue unter diesem Präfix.</translation>
    </message>
    <message>
        <source>A queue&apos;s rate limit (time left), pause and global concurrency; --clear ends the rate limit now (audited).</source>
        <translation>Ratenlimit (verbleibende Zeit), Pause und globale Parallelität einer Queue; --clear beendet das Ratenlimit sofort (protokolliert).</translation>
    </message>
    <message>
        <source>end the rate limit now</source>
        <translation>das Ratenlimit sofort beenden</translation>
    </message>
    <message>
        <source>why, for the audit log (with --clear)</source>
        <translation>warum, für das Audit-Log (mit --clear)</translation>
    </message>
    <message>
        <source>Redis did not answer within 30 s</source>
        <translation>Redis hat nicht innerhalb von 30 s geantwortet</translation>
    </message>
    <message>
        <source>Set (--set N) or remove (--remove) a queue&apos;s global concurrency, as BullMQ does (audited).</source>
        <translation>Die globale Parallelität einer Queue setzen (--set N) oder entfernen (--remove), wie BullMQ es tut (protokolliert).</translation>
    </message>
    <message>
        <source>at most N jobs at once across all workers</source>
        <translation>höchstens N Jobs gleichzeitig über alle Worker</translation>
    </message>
    <message>
        <source>no global limit</source>
        <translation>kein globales Limit</translation>
    </message>
    <message>
        <source>jobs concurrency needs either --set N or --remove</source>
        <translation>jobs concurrency braucht entweder --set N oder --remove</translation>
    </message>
    <message>
        <source>--set needs a whole number</source>
        <translation>--set braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>Find BullMQ jobs by id, name, data or failed reason, in every queue or one, in any state; Redis is scanned at a pace (SCAN and pipelined reads), results print as they are found.</source>
        <translation>BullMQ-Jobs nach ID, Name, Daten oder Fehlergrund finden, in allen Queues oder einer, in jedem Zustand; Redis wird in einem Tempo durchsucht (SCAN und gebündelte Lesezugriffe), Ergebnisse erscheinen, sobald sie gefunden sind.</translation>
    </message>
    <message>
        <source>what to look for (case-insensitive; with --in id, the job id)</source>
        <translation>wonach gesucht wird (ohne Groß-/Kleinschreibung; mit --in id die Job-ID)</translation>
    </message>
    <message>
        <source>any (default), id, name, data or reason</source>
        <translation>any (Standard), id, name, data oder reason</translation>
    </message>
    <message>
        <source>only jobs in this state</source>
        <translation>nur Jobs in diesem Zustand</translation>
    </message>
    <message>
        <source>only this tenant&apos;s jobs</source>
        <translation>nur die Jobs dieses Mandanten</translation>
    </message>
    <message>
        <source>stop after N jobs (default 200)</source>
        <translation>nach N Jobs aufhören (Standard 200)</translation>
    </message>
    <message>
        <source>scan at most KEYS keys a second (default 100000; 1000 to 1000000)</source>
        <translation>höchstens KEYS Schlüssel pro Sekunde durchsuchen (Standard 100000; 1000 bis 1000000)</translation>
    </message>
    <message>
        <source>--in must be any, id, name, data or reason</source>
        <translation>--in muss any, id, name, data oder reason sein</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>--limit braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>--pace needs a whole number</source>
        <translation>--pace braucht eine ganze Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) found; %1 keys scanned, %2 jobs read in %3 s (%4 keys/s); %5</source>
        <translation>
            <numerusform>%n Job gefunden; %1 Schlüssel durchsucht, %2 Jobs gelesen in %3 s (%4 Schlüssel/s); %5</numerusform>
            <numerusform>%n Jobs gefunden; %1 Schlüssel durchsucht, %2 Jobs gelesen in %3 s (%4 Schlüssel/s); %5</numerusform>
        </translation>
    </message>
    <message>
        <source>the job id (none with --all)</source>
        <translation>die Job-ID (keine mit --all)</translation>
    </message>
    <message>
        <source>every job that matches --filter (a search, in --queue or every queue) or --state (and --tenant) in --queue</source>
        <translation>jeder Job, der zu --filter passt (eine Suche, in --queue oder allen Queues) oder zu --state (und --tenant) in --queue</translation>
    </message>
    <message>
        <source>with --all: jobs whose id, name, data or failed reason contains TEXT</source>
        <translation>mit --all: Jobs, deren ID, Name, Daten oder Fehlergrund TEXT enthält</translation>
    </message>
    <message>
        <source>with --filter: any, id, name, data or reason</source>
        <translation>mit --filter: any, id, name, data oder reason</translation>
    </message>
    <message>
        <source>with --all: jobs in this state (retry: failed, the default)</source>
        <translation>mit --all: Jobs in diesem Zustand (retry: failed, der Standard)</translation>
    </message>
    <message>
        <source>with --all: only this tenant&apos;s jobs</source>
        <translation>mit --all: nur die Jobs dieses Mandanten</translation>
    </message>
    <message>
        <source>with --all: N jobs at a time (default 100)</source>
        <translation>mit --all: N Jobs auf einmal (Standard 100)</translation>
    </message>
    <message>
        <source>with --all: at most N jobs (default 1000)</source>
        <translation>mit --all: höchstens N Jobs (Standard 1000)</translation>
    </message>
    <message>
        <source>--all takes no job id</source>
        <translation>--all nimmt keine Job-ID</translation>
    </message>
    <message>
        <source>--batch needs a whole number</source>
        <translation>--batch braucht eine ganze Zahl</translation>
    </message>
    <message>
        <source>--all needs --filter TEXT, or --queue Q and --state S</source>
        <translation>--all braucht --filter TEXT oder --queue Q und --state S</translation>
    </message>
    <message>
        <source>batch %1: %2 of %3 tried, %4 done</source>
        <translation>Stapel %1: %2 von %3 versucht, %4 erledigt</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) retried in %3 batch(es), %4 refused</source>
        <translation>%1 von %2 Job(s) in %3 Stapel(n) wiederholt, %4 abgelehnt</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) removed in %3 batch(es), %4 refused</source>
        <translation>%1 von %2 Job(s) in %3 Stapel(n) entfernt, %4 abgelehnt</translation>
    </message>
    <message>
        <source>refused: %1/%2: %3</source>
        <translation>abgelehnt: %1/%2: %3</translation>
    </message>
    <message>
        <source>The BullMQ flow a job belongs to, from its root: each job&apos;s state and how its parent holds it (pending, processed, failed, ignored).</source>
        <translation>Der BullMQ-Flow, zu dem ein Job gehört, ab seiner Wurzel: der Zustand jedes Jobs und wie sein Eltern-Job ihn führt (pending, processed, failed, ignored).</translation>
    </message>
    <message>
        <source>the job&apos;s queue</source>
        <translation>die Queue des Jobs</translation>
    </message>
    <message>
        <source>jobs flow needs --queue Q</source>
        <translation>jobs flow braucht --queue Q</translation>
    </message>
    <message>
        <source>jobs flow needs a job id</source>
        <translation>jobs flow braucht eine Job-ID</translation>
    </message>
    <message>
        <source>%1/%2 (gone)</source>
        <translation>%1/%2 (weg)</translation>
    </message>
    <message>
        <source>Store the profile&apos;s Stripe secret key (a restricted key is recommended) in the OS keychain, read from standard input (never the command line).</source>
        <translation>Den geheimen Stripe-Schlüssel des Profils (empfohlen: ein eingeschränkter Schlüssel) im Schlüsselbund des Systems speichern, von der Standardeingabe gelesen (nie von der Befehlszeile).</translation>
    </message>
    <message>
        <source>Stripe key: </source>
        <translation>Stripe-Schlüssel: </translation>
    </message>
    <message>
        <source>stored the Stripe key in the keychain (profile %1)</source>
        <translation>Stripe-Schlüssel im Schlüsselbund gespeichert (Profil %1)</translation>
    </message>
    <message>
        <source>A month&apos;s usage side by side: metered in PostgreSQL, reported to Stripe (the report log) and held or invoiced by Stripe, with each difference explained.</source>
        <translation>Die Nutzung eines Monats nebeneinander: in PostgreSQL gemessen, an Stripe gemeldet (das Meldeprotokoll) und bei Stripe geführt oder abgerechnet, jede Abweichung erklärt.</translation>
    </message>
    <message>
        <source>the billing period (UTC month)</source>
        <translation>der Abrechnungszeitraum (UTC-Monat)</translation>
    </message>
    <message>
        <source>only the tenants whose figures differ</source>
        <translation>nur die Mandanten, deren Zahlen abweichen</translation>
    </message>
    <message>
        <source>PostgreSQL or Stripe did not answer within 120 s</source>
        <translation>PostgreSQL oder Stripe hat nicht innerhalb von 120 s geantwortet</translation>
    </message>
    <message>
        <source>%1 is still open: figures up to yesterday (UTC).</source>
        <translation>%1 ist noch offen: Zahlen bis gestern (UTC).</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Stripe: %1</source>
        <translation>Stripe: %1</translation>
    </message>
    <message>
        <source>period    </source>
        <translation>Zeitraum  </translation>
    </message>
    <message>
        <source> (may be re-sent)</source>
        <translation> (kann erneut gesendet werden)</translation>
    </message>
    <message>
        <source>%1 tenants, %2 with differences</source>
        <translation>%1 Mandanten, %2 mit Abweichungen</translation>
    </message>
    <message>
        <source>Re-send a day the reconciliation finds unreported or failed, with an idempotency key: only for a closed month Stripe has not invoiced; recorded in the report log and audited.</source>
        <translation>Einen Tag erneut senden, den der Abgleich als nicht gemeldet oder fehlgeschlagen findet, mit Idempotenzschlüssel: nur für einen abgeschlossenen Monat, den Stripe nicht abgerechnet hat; im Meldeprotokoll festgehalten und protokolliert.</translation>
    </message>
    <message>
        <source>the UTC day to re-send</source>
        <translation>der erneut zu sendende UTC-Tag</translation>
    </message>
    <message>
        <source>why (the audit log&apos;s reason)</source>
        <translation>warum (der Grund im Audit-Log)</translation>
    </message>
    <message>
        <source>--day must be YYYY-MM-DD</source>
        <translation>--day muss JJJJ-MM-TT sein</translation>
    </message>
    <message>
        <source>re-sent %1 units (%2 tokens) for %3 as %4; Stripe accepted it</source>
        <translation>%1 Einheiten (%2 Tokens) für %3 als %4 erneut gesendet; Stripe hat sie angenommen</translation>
    </message>
    <message>
        <source>Two executions node by node: status, duration, tokens, cost, and what changed in inputs and outputs.</source>
        <translation>Zwei Ausführungen Knoten für Knoten: Status, Dauer, Tokens, Kosten und was sich in Eingaben und Ausgaben geändert hat.</translation>
    </message>
    <message>
        <source>the execution id compared from (e.g. the failed run)</source>
        <translation>die ID der Ausführung, von der aus verglichen wird (z. B. der fehlgeschlagene Lauf)</translation>
    </message>
    <message>
        <source>the execution id compared to (e.g. its retry)</source>
        <translation>die ID der Ausführung, mit der verglichen wird (z. B. ihre Wiederholung)</translation>
    </message>
    <message>
        <source>list the nodes that did not change too</source>
        <translation>auch die unveränderten Knoten auflisten</translation>
    </message>
    <message>
        <source>executions compare needs two execution ids</source>
        <translation>executions compare braucht zwei Ausführungs-IDs</translation>
    </message>
    <message>
        <source>%1 node(s) changed, %2 only in the first, %3 only in the second</source>
        <translation>%1 Knoten geändert, %2 nur in der ersten, %3 nur in der zweiten</translation>
    </message>
    <message>
        <source>only in the second</source>
        <translation>nur in der zweiten</translation>
    </message>
    <message>
        <source>only in the first</source>
        <translation>nur in der ersten</translation>
    </message>
    <message>
        <source>changed (%1)</source>
        <translation>geändert (%1)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>One execution as an OTLP JSON traces file (gen_ai.* attributes on LLM nodes), for other trace tools.</source>
        <translation>Eine Ausführung als OTLP-JSON-Trace-Datei (gen_ai.*-Attribute an LLM-Knoten), für andere Trace-Werkzeuge.</translation>
    </message>
    <message>
        <source>the file written</source>
        <translation>die geschriebene Datei</translation>
    </message>
    <message>
        <source>executions export needs an execution id</source>
        <translation>executions export braucht eine Ausführungs-ID</translation>
    </message>
    <message>
        <source>Wrote %1 span(s), %2 of them LLM calls with gen_ai.* attributes, to %3 (%4 bytes).</source>
        <translation>%1 Span(s) geschrieben, davon %2 LLM-Aufrufe mit gen_ai.*-Attributen, nach %3 (%4 Bytes).</translation>
    </message>
    <message>
        <source>An OTLP JSON traces file, read offline (no connection): each trace and its spans.</source>
        <translation>Eine OTLP-JSON-Trace-Datei, offline gelesen (ohne Verbindung): jeder Trace und seine Spans.</translation>
    </message>
    <message>
        <source>the file read</source>
        <translation>die gelesene Datei</translation>
    </message>
    <message>
        <source>The file was not read within 60 s</source>
        <translation>Die Datei wurde nicht innerhalb von 60 s gelesen</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>print the answer as JSON</source>
        <translation>die Antwort als JSON ausgeben</translation>
    </message>
    <message>
        <source>Usage: tenantscope-cli %1</source>
        <translation>Aufruf: tenantscope-cli %1</translation>
    </message>
    <message>
        <source>a profile saved by the app (its passwords from the OS keychain); without it the TS_* variables</source>
        <translation>ein in der App gespeichertes Profil (Passwörter aus dem Schlüsselbund); ohne es die TS_*-Variablen</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>diese Hilfe</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>unerwartet: „%1“</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>(tenantscope-cli %1 --help says more)</source>
        <translation>(tenantscope-cli %1 --help sagt mehr)</translation>
    </message>
    <message>
        <source>no saved profile named &quot;%1&quot;</source>
        <translation>kein gespeichertes Profil namens „%1“</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>der Schlüsselbund hat nicht geantwortet</translation>
    </message>
    <message>
        <source>no connection: set TS_PG_URL and TS_REDIS_URL (eval &quot;$(scripts/services env)&quot;) or pass --profile NAME</source>
        <translation>keine Verbindung: TS_PG_URL und TS_REDIS_URL setzen (eval &quot;$(scripts/services env)&quot;) oder --profile NAME angeben</translation>
    </message>
    <message>
        <source>--reason: %1</source>
        <translation>--reason: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>ClusterDialog</name>
    <message>
        <source>Redis Cluster</source>
        <translation>Redis Cluster</translation>
    </message>
    <message>
        <source>Cluster nodes</source>
        <translation>Cluster-Knoten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Replica of</source>
        <translation>Replikat von</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>The cluster&apos;s layout is not known yet: %1</source>
        <translation>Der Aufbau des Clusters ist noch nicht bekannt: %1</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>online</source>
        <translation>online</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Gehe zu</translation>
    </message>
    <message>
        <source>A tenant, an execution or job id, or a page</source>
        <translation>Ein Mandant, eine Ausführungs- oder Job-ID oder eine Seite</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Seite: %1</translation>
    </message>
    <message>
        <source>Type a tenant&apos;s name or slug, an execution or tenant id, a job id, or a page. Enter opens it.</source>
        <translation>Geben Sie Name oder Kürzel eines Mandanten, eine Ausführungs- oder Mandanten-ID, eine Job-ID oder eine Seite ein. Eingabe öffnet sie.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Mandant: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n Ergebnis. Eingabe öffnet das markierte.</numerusform>
            <numerusform>%n Ergebnisse. Eingabe öffnet das markierte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareTableModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>only in the second</source>
        <translation>nur in der zweiten</translation>
    </message>
    <message>
        <source>only in the first</source>
        <translation>nur in der ersten</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>tokens only</source>
        <translation>nur Tokens</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>%1 USD in the first run, %2 USD in the second</source>
        <translation>%1 USD im ersten Lauf, %2 USD im zweiten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was sich unterscheidet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost Δ (USD)</source>
        <translation>Kosten Δ (USD)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>%1: %2 · %3 · %4 · %5 · %6 · %7 tokens · %8 USD</source>
        <translation>%1: %2 · %3 · %4 · %5 · %6 · %7 Tokens · %8 USD</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Only nodes whose status, input or output differ</source>
        <translation>Nur Knoten mit anderem Status, anderer Eingabe oder Ausgabe</translation>
    </message>
    <message>
        <source>Compare executions</source>
        <translation>Ausführungen vergleichen</translation>
    </message>
    <message>
        <source>Hide the nodes whose status, input and output are the same in both runs</source>
        <translation>Knoten ausblenden, deren Status, Eingabe und Ausgabe in beiden Läufen gleich sind</translation>
    </message>
    <message>
        <source>Nodes of both runs</source>
        <translation>Knoten beider Läufe</translation>
    </message>
    <message>
        <source>Input and output changes of the node</source>
        <translation>Änderungen an Eingabe und Ausgabe des Knotens</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Erster Lauf</translation>
    </message>
    <message>
        <source>Second run</source>
        <translation>Zweiter Lauf</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>%1 mit %2 vergleichen</translation>
    </message>
    <message>
        <source>Reading both runs and aligning their nodes…</source>
        <translation>Beide Läufe werden gelesen und ihre Knoten zugeordnet…</translation>
    </message>
    <message>
        <source>Neither run has a node yet: there is nothing to compare.</source>
        <translation>Keiner der Läufe hat bisher einen Knoten: Es gibt nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erster</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Zweiter</translation>
    </message>
    <message>
        <source>%1 node(s) differ: %2 changed, %3 only in the first, %4 only in the second · tokens %5 · cost %6 USD</source>
        <translation>%1 Knoten unterscheiden sich: %2 geändert, %3 nur im ersten, %4 nur im zweiten · Tokens %5 · Kosten %6 USD</translation>
    </message>
    <message>
        <source>Select a node to see what changed in its input and output.</source>
        <translation>Wählen Sie einen Knoten, um zu sehen, was sich an Eingabe und Ausgabe geändert hat.</translation>
    </message>
    <message>
        <source>First run&apos;s error: %1</source>
        <translation>Fehler des ersten Laufs: %1</translation>
    </message>
    <message>
        <source>Second run&apos;s error: %1</source>
        <translation>Fehler des zweiten Laufs: %1</translation>
    </message>
    <message>
        <source>Input and output are the same in both runs.</source>
        <translation>Eingabe und Ausgabe sind in beiden Läufen gleich.</translation>
    </message>
    <message>
        <source>Only the first %1 changes of the input and of the output are listed.</source>
        <translation>Nur die ersten %1 Änderungen der Eingabe und der Ausgabe sind aufgeführt.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation>im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>automatic (verify-full off this machine)</source>
        <translation>automatisch (verify-full außerhalb dieses Rechners)</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>SSL-Modus</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>ACL user</source>
        <translation>ACL-Benutzer</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>BullMQ prefix</source>
        <translation>BullMQ-Präfix</translation>
    </message>
    <message>
        <source>The prefix the platform gives BullMQ (its &quot;prefix&quot; option; &quot;bull&quot; by default)</source>
        <translation>Das Präfix, das die Plattform BullMQ gibt (seine Option „prefix“; standardmäßig „bull“)</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>Systemzertifikate</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and host name</source>
        <translation>Zertifikat und Hostnamen des Servers prüfen</translation>
    </message>
    <message>
        <source>Turn off only for a server you trust: the status bar will say it is off.</source>
        <translation>Nur für einen Server abschalten, dem Sie vertrauen: die Statusleiste zeigt dann, dass es aus ist.</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection to another machine</source>
        <translation>Unverschlüsselte Verbindung zu einem anderen Rechner erlauben</translation>
    </message>
    <message>
        <source>Needed for Redis without TLS on a host other than this machine.</source>
        <translation>Nötig für Redis ohne TLS auf einem anderen Host als diesem Rechner.</translation>
    </message>
    <message>
        <source>Allow provider keys over http:// or ws:// to other machines</source>
        <translation>Anbieterschlüssel über http:// oder ws:// an andere Rechner erlauben</translation>
    </message>
    <message>
        <source>Off: the Playground and key tests send a key only over TLS or to this machine. On: the status bar says so while this profile is open.</source>
        <translation>Aus: Playground und Schlüsseltests senden einen Schlüssel nur über TLS oder an diesen Rechner. An: die Statusleiste sagt es, solange dieses Profil offen ist.</translation>
    </message>
    <message>
        <source>Playground and keys</source>
        <translation>Playground und Schlüssel</translation>
    </message>
    <message>
        <source>Redis Cluster (commands go to the node of their keys)</source>
        <translation>Redis Cluster (Befehle gehen an den Knoten ihrer Schlüssel)</translation>
    </message>
    <message>
        <source>host:port, host:port</source>
        <translation>host:port, host:port</translation>
    </message>
    <message>
        <source>More nodes of the cluster, asked for its layout when the first one does not answer</source>
        <translation>Weitere Knoten des Clusters, nach seinem Aufbau gefragt, wenn der erste nicht antwortet</translation>
    </message>
    <message>
        <source>Other nodes</source>
        <translation>Weitere Knoten</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Stripe-API-Adresse</translation>
    </message>
    <message>
        <source>Stripe itself, or a proxy in front of it. The key is stored in the OS keychain from the Reconciliation page.</source>
        <translation>Stripe selbst oder ein Proxy davor. Der Schlüssel wird auf der Seite „Abgleich“ im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Billing (Stripe)</source>
        <translation>Abrechnung (Stripe)</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil braucht einen Namen.</translation>
    </message>
    <message>
        <source>PostgreSQL host, database and user are required.</source>
        <translation>PostgreSQL-Host, -Datenbank und -Benutzer sind erforderlich.</translation>
    </message>
    <message>
        <source>Ports must be between 1 and 65535.</source>
        <translation>Ports müssen zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The BullMQ prefix is 1 to 100 characters without spaces or * ? [ ].</source>
        <translation>Das BullMQ-Präfix hat 1 bis 100 Zeichen ohne Leerzeichen oder * ? [ ].</translation>
    </message>
    <message>
        <source>TS_BULL_PREFIX is not a usable BullMQ prefix.</source>
        <translation>TS_BULL_PREFIX ist kein brauchbares BullMQ-Präfix.</translation>
    </message>
    <message>
        <source>Redis at %1 is not on this machine: tick &quot;Use TLS&quot;, or &quot;Allow an unencrypted connection to another machine&quot; if you must.</source>
        <translation>Redis auf %1 liegt nicht auf diesem Rechner: aktivieren Sie „TLS verwenden“, oder notfalls „Unverschlüsselte Verbindung zu einem anderen Rechner erlauben“.</translation>
    </message>
    <message>
        <source>PostgreSQL: the certificate is checked but not the host name (sslmode=verify-ca).</source>
        <translation>PostgreSQL: das Zertifikat wird geprüft, der Hostname aber nicht (sslmode=verify-ca).</translation>
    </message>
    <message>
        <source>PostgreSQL: the server is not verified (sslmode=%1).</source>
        <translation>PostgreSQL: der Server wird nicht überprüft (sslmode=%1).</translation>
    </message>
    <message>
        <source>Redis: unencrypted connection (no TLS).</source>
        <translation>Redis: unverschlüsselte Verbindung (kein TLS).</translation>
    </message>
    <message>
        <source>Redis: TLS without checking the server&apos;s certificate.</source>
        <translation>Redis: TLS ohne Prüfung des Serverzertifikats.</translation>
    </message>
    <message>
        <source>Provider keys: may go unencrypted (http://, ws://) to other machines.</source>
        <translation>Anbieterschlüssel: dürfen unverschlüsselt (http://, ws://) an andere Rechner gehen.</translation>
    </message>
    <message>
        <source>A Redis Cluster has only database 0.</source>
        <translation>Ein Redis Cluster hat nur die Datenbank 0.</translation>
    </message>
    <message>
        <source>TS_PG_REPLICA_URL: %1</source>
        <translation>TS_PG_REPLICA_URL: %1</translation>
    </message>
    <message>
        <source>TS_PG_REPLICA_LAG_BOUND is a number of seconds from 0 to 86400.</source>
        <translation>TS_PG_REPLICA_LAG_BOUND ist eine Zahl von Sekunden von 0 bis 86400.</translation>
    </message>
    <message>
        <source>TS_PG_READ_TIMEOUT is a number of seconds from 0 (none) to 3600.</source>
        <translation>TS_PG_READ_TIMEOUT ist eine Anzahl Sekunden von 0 (keine Grenze) bis 3600.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>disconnected</source>
        <translation>getrennt</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>verbindet</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>verbindet erneut</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>Negative margin: the platform pays its providers more than this tenant pays</source>
        <translation>Negative Marge: die Plattform zahlt ihren Anbietern mehr, als dieser Mandant zahlt</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Provider cost</source>
        <translation>Anbieterkosten</translation>
    </message>
    <message>
        <source>Platform-paid</source>
        <translation>Von der Plattform bezahlt</translation>
    </message>
    <message>
        <source>BYOK (tenant&apos;s key)</source>
        <translation>BYOK (Schlüssel des Mandanten)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Margin</source>
        <translation>Marge</translation>
    </message>
</context>
<context>
    <name>CostsPage</name>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>by tenant (with margin)</source>
        <translation>nach Mandant (mit Marge)</translation>
    </message>
    <message>
        <source>by model</source>
        <translation>nach Modell</translation>
    </message>
    <message>
        <source>by provider</source>
        <translation>nach Anbieter</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>nach Tag</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Gruppieren nach</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF-Bericht…</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Monat (UTC)</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Wählen Sie einen Monat.</translation>
    </message>
    <message>
        <source>Loading costs…</source>
        <translation>Kosten werden geladen…</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c62828&apos;&gt;More rows could not be loaded: %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#c62828&apos;&gt;Weitere Zeilen konnten nicht geladen werden: %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Could not load costs:
%1</source>
        <translation>Kosten konnten nicht geladen werden:
%1</translation>
    </message>
    <message numerus="yes">
        <source>Revenue &lt;b&gt;%1&lt;/b&gt; · platform-paid AI cost &lt;b&gt;%2&lt;/b&gt; · margin &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK traffic (paid by tenants&apos; own keys) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n tenant(s) with a negative margin&lt;/span&gt;</source>
        <translation>
            <numerusform>Umsatz &lt;b&gt;%1&lt;/b&gt; · von der Plattform bezahlte KI-Kosten &lt;b&gt;%2&lt;/b&gt; · Marge &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK-Verkehr (mit eigenen Schlüsseln der Mandanten bezahlt) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n Mandant mit negativer Marge&lt;/span&gt;</numerusform>
            <numerusform>Umsatz &lt;b&gt;%1&lt;/b&gt; · von der Plattform bezahlte KI-Kosten &lt;b&gt;%2&lt;/b&gt; · Marge &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK-Verkehr (mit eigenen Schlüsseln der Mandanten bezahlt) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n Mandanten mit negativer Marge&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No AI provider cost in %1.</source>
        <translation>Keine KI-Anbieterkosten im %1.</translation>
    </message>
    <message>
        <source>Platform-paid</source>
        <translation>Von der Plattform bezahlt</translation>
    </message>
    <message>
        <source>BYOK (tenant&apos;s key)</source>
        <translation>BYOK (Schlüssel des Mandanten)</translation>
    </message>
    <message>
        <source>AI provider cost per day</source>
        <translation>KI-Anbieterkosten pro Tag</translation>
    </message>
    <message numerus="yes">
        <source>Top %n by AI provider cost</source>
        <translation>
            <numerusform>Top %n nach KI-Anbieterkosten</numerusform>
            <numerusform>Top %n nach KI-Anbieterkosten</numerusform>
        </translation>
    </message>
    <message>
        <source>TenantScope cost report %1</source>
        <translation>TenantScope-Kostenbericht %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>AI costs %1, %2</source>
        <translation>KI-Kosten %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows; generated %3 UTC by TenantScope</source>
        <translation>%1 von %2 Zeilen; erstellt %3 UTC von TenantScope</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>PDF-Bericht speichern</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Cost and margin chart</source>
        <translation>Kosten- und Margendiagramm</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <source>Alerts now go to &quot;%1&quot;.</source>
        <translation>Warnungen gehen jetzt an „%1“.</translation>
    </message>
    <message>
        <source>Destination removed: nothing more is sent to it.</source>
        <translation>Ziel entfernt: Es wird nichts mehr dorthin gesendet.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sent (7 days)</source>
        <translation>Gesendet (7 Tage)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Alert destinations</source>
        <translation>Warnungsziele</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Alert deliveries</source>
        <translation>Warnungszustellungen</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <source>Remove alert destination</source>
        <translation>Warnungsziel entfernen</translation>
    </message>
    <message>
        <source>Nothing more is sent to &quot;%1&quot;, and its URL is forgotten.</source>
        <translation>An „%1“ wird nichts mehr gesendet, und seine URL wird vergessen.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Where every new alert is sent (quota alerts and spikes; platform admins set them)</source>
        <translation>Wohin jede neue Warnung geht (Kontingentwarnungen und Ausreißer; Plattform-Admins legen das fest)</translation>
    </message>
    <message>
        <source>Deliveries of the last 7 days, unfinished first</source>
        <translation>Zustellungen der letzten 7 Tage, unerledigte zuerst</translation>
    </message>
    <message>
        <source>Loading destinations…</source>
        <translation>Ziele werden geladen…</translation>
    </message>
    <message>
        <source>Loading deliveries…</source>
        <translation>Zustellungen werden geladen…</translation>
    </message>
    <message>
        <source>This console does not send deliveries: a platform admin&apos;s console does, or `tenantscope-cli alerts deliver` run from cron.</source>
        <translation>Diese Konsole sendet keine Zustellungen: Das tut die Konsole eines Plattform-Admins oder `tenantscope-cli alerts deliver` per Cron.</translation>
    </message>
    <message>
        <source>This console sends deliveries every minute. Last round: %1 sent, %2 to retry, %3 failed.</source>
        <translation>Diese Konsole sendet jede Minute Zustellungen. Letzte Runde: %1 gesendet, %2 erneut zu versuchen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Alerts are not sent anywhere yet. A platform admin adds a Slack incoming webhook or an HTTPS webhook here.</source>
        <translation>Warnungen werden noch nirgendwohin gesendet. Ein Plattform-Admin fügt hier einen Slack Incoming Webhook oder einen HTTPS-Webhook hinzu.</translation>
    </message>
    <message>
        <source>quota #%1</source>
        <translation>Kontingent #%1</translation>
    </message>
    <message>
        <source>spike #%1</source>
        <translation>Ausreißer #%1</translation>
    </message>
    <message>
        <source>whole platform</source>
        <translation>gesamte Plattform</translation>
    </message>
    <message>
        <source>Nothing was queued for delivery in the last 7 days.</source>
        <translation>In den letzten 7 Tagen wurde nichts zur Zustellung eingereiht.</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>Name the destination (1 to 80 characters).</source>
        <translation>Benennen Sie das Ziel (1 bis 80 Zeichen).</translation>
    </message>
    <message>
        <source>The kind is slack or webhook.</source>
        <translation>Die Art ist slack oder webhook.</translation>
    </message>
    <message>
        <source>A new destination needs its webhook URL.</source>
        <translation>Ein neues Ziel braucht seine Webhook-URL.</translation>
    </message>
    <message>
        <source>Show deliveries of 1 to 90 days.</source>
        <translation>Zustellungen von 1 bis 90 Tagen anzeigen.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data replaces the platform&apos;s data, so it only runs against servers on this machine (loopback).</source>
        <translation>Demodaten ersetzen die Daten der Plattform und laufen daher nur gegen Server auf diesem Rechner (Loopback).</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
</context>
<context>
    <name>DemoRedisWriter</name>
    <message>
        <source>redis: clear contract keys</source>
        <translation>Redis: Vertragsschlüssel leeren</translation>
    </message>
    <message>
        <source>redis: usage counters</source>
        <translation>Redis: Nutzungszähler</translation>
    </message>
    <message>
        <source>redis: effective limits</source>
        <translation>Redis: effektive Limits</translation>
    </message>
    <message>
        <source>redis: concurrency, quota flags, rate-limit windows</source>
        <translation>Redis: Parallelität, Kontingent-Flags, Ratenfenster</translation>
    </message>
    <message>
        <source>redis: BullMQ queue</source>
        <translation>Redis: BullMQ-Queue</translation>
    </message>
    <message>
        <source>SCAN failed: %1</source>
        <translation>SCAN fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>redis: AI configuration</source>
        <translation>redis: KI-Konfiguration</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Send alerts here</source>
        <translation>Warnungen hierhin senden</translation>
    </message>
    <message>
        <source>Change alert destination</source>
        <translation>Warnungsziel ändern</translation>
    </message>
    <message>
        <source>Add alert destination</source>
        <translation>Warnungsziel hinzufügen</translation>
    </message>
    <message>
        <source>Slack incoming webhook</source>
        <translation>Slack Incoming Webhook</translation>
    </message>
    <message>
        <source>Webhook (JSON over HTTPS)</source>
        <translation>Webhook (JSON über HTTPS)</translation>
    </message>
    <message>
        <source>leave empty to keep %1</source>
        <translation>leer lassen, um %1 zu behalten</translation>
    </message>
    <message>
        <source>Why, for the audit log</source>
        <translation>Warum, für das Audit-Log</translation>
    </message>
    <message>
        <source>The URL is kept on the server; nobody can read it back, not even here. Each alert is sent once, retried after errors, and a delivery that fails is listed.</source>
        <translation>Die URL wird auf dem Server aufbewahrt; niemand kann sie zurücklesen, auch hier nicht. Jede Warnung wird einmal gesendet, nach Fehlern erneut versucht, und eine fehlgeschlagene Zustellung wird aufgeführt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Name the destination (like the channel it posts to).</source>
        <translation>Benennen Sie das Ziel (etwa nach dem Kanal, in den es postet).</translation>
    </message>
    <message>
        <source>Paste the webhook URL.</source>
        <translation>Fügen Sie die Webhook-URL ein.</translation>
    </message>
</context>
<context>
    <name>EffectiveConfigText</name>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Model %1, fallback %2</source>
        <translation>Modell %1, Ersatz %2</translation>
    </message>
    <message>
        <source>Temperature %1 · max tokens %2 · RAG %3</source>
        <translation>Temperatur %1 · max. Tokens %2 · RAG %3</translation>
    </message>
    <message>
        <source>Prompt %1: %2</source>
        <translation>Prompt %1: %2</translation>
    </message>
    <message>
        <source>From the global defaults v%1 and the tenant&apos;s own settings v%2</source>
        <translation>Aus den globalen Vorgaben v%1 und den eigenen Werten des Mandanten v%2</translation>
    </message>
    <message>
        <source>From the global defaults v%1 (the tenant sets nothing of its own)</source>
        <translation>Aus den globalen Vorgaben v%1 (der Mandant setzt nichts Eigenes)</translation>
    </message>
    <message>
        <source>Flags on: %1 · off: %2</source>
        <translation>Flags an: %1 · aus: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>ExecutionActions</name>
    <message>
        <source>It will run again from the first node, as a new execution queued now. Every node runs again and costs tokens again. The original trace is kept.</source>
        <translation>Sie läuft erneut ab dem ersten Knoten, als neue, jetzt eingereihte Ausführung. Jeder Knoten läuft erneut und kostet erneut Tokens. Der ursprüngliche Trace bleibt erhalten.</translation>
    </message>
    <message>
        <source>%n failed or cancelled executions will run again from the first node, as new executions queued now. Every node runs again and costs tokens again. The original traces are kept.</source>
        <translation>%n fehlgeschlagene oder abgebrochene Ausführungen laufen erneut ab dem ersten Knoten, als neue, jetzt eingereihte Ausführungen. Jeder Knoten läuft erneut und kostet erneut Tokens. Die ursprünglichen Traces bleiben erhalten.</translation>
    </message>
    <message>
        <source>It will run again from the node that did not finish, as a new execution queued now. Completed checkpoints are carried over and not run again.</source>
        <translation>Sie läuft erneut ab dem Knoten, der nicht fertig wurde, als neue, jetzt eingereihte Ausführung. Abgeschlossene Checkpoints werden übernommen und nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>%n failed or cancelled executions will run again from the node that did not finish, as new executions queued now. Completed checkpoints are carried over and not run again.</source>
        <translation>%n fehlgeschlagene oder abgebrochene Ausführungen laufen erneut ab dem Knoten, der nicht fertig wurde, als neue, jetzt eingereihte Ausführungen. Abgeschlossene Checkpoints werden übernommen und nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <source>It will be cancelled now: its running nodes stop, or it never starts if it is queued. This cannot be undone (retry it later if needed).</source>
        <translation>Sie wird jetzt abgebrochen: ihre laufenden Knoten stoppen, oder sie startet gar nicht, wenn sie wartet. Das lässt sich nicht rückgängig machen (bei Bedarf später wiederholen).</translation>
    </message>
    <message>
        <source>%n queued or running executions will be cancelled now: their running nodes stop and queued ones never start. This cannot be undone (retry them later if needed).</source>
        <translation>%n wartende oder laufende Ausführungen werden jetzt abgebrochen: ihre laufenden Knoten stoppen, wartende starten nie. Das lässt sich nicht rückgängig machen (bei Bedarf später wiederholen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation>„%1“ ist keine Ausführungs-ID (UUID).</translation>
    </message>
</context>
<context>
    <name>ExecutionListModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 (retry)</source>
        <translation>%1 (Wiederholung)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ExecutionRepository</name>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation>„%1“ ist keine Ausführungs-ID (UUID).</translation>
    </message>
    <message>
        <source>Execution %1 was not found, or your login is not permitted to see it.</source>
        <translation>Ausführung %1 wurde nicht gefunden, oder Ihre Anmeldung darf sie nicht sehen.</translation>
    </message>
</context>
<context>
    <name>ExecutionRepository::Filter</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (use one of %2).</source>
        <translation>Unbekannter Status „%1“ (verwenden Sie einen von %2).</translation>
    </message>
    <message>
        <source>The time range starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>The error text to search for is limited to 500 characters.</source>
        <translation>Der zu suchende Fehlertext ist auf 500 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>Invalid page cursor.</source>
        <translation>Ungültiger Seitencursor.</translation>
    </message>
    <message>
        <source>The workflow name to search for is limited to 200 characters.</source>
        <translation>Der zu suchende Workflow-Name ist auf 200 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation>„%1“ ist keine Ausführungs-ID (UUID).</translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Wiederholen…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Cancel execution…</source>
        <translation>Ausführung abbrechen…</translation>
    </message>
    <message>
        <source>Retry all failed shown…</source>
        <translation>Alle angezeigten fehlgeschlagenen wiederholen…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation>Mandantenfilter</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Workflow filter</source>
        <translation>Workflow-Filter</translation>
    </message>
    <message>
        <source>Error text (e.g. 429)</source>
        <translation>Fehlertext (z. B. 429)</translation>
    </message>
    <message>
        <source>Error text filter</source>
        <translation>Fehlertextfilter</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebige Zeit</translation>
    </message>
    <message>
        <source>New and changed executions appear as the platform reports them</source>
        <translation>Neue und geänderte Ausführungen erscheinen, sobald die Plattform sie meldet</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Run the selected execution again from its first node</source>
        <translation>Die gewählte Ausführung ab ihrem ersten Knoten erneut ausführen</translation>
    </message>
    <message>
        <source>Run it again from the node that failed; completed checkpoints are not run again</source>
        <translation>Ab dem fehlgeschlagenen Knoten erneut ausführen; abgeschlossene Checkpoints laufen nicht erneut</translation>
    </message>
    <message>
        <source>Stop a queued or running execution</source>
        <translation>Eine wartende oder laufende Ausführung stoppen</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>Ausführungen werden geladen…</translation>
    </message>
    <message>
        <source>No executions match these filters.</source>
        <translation>Keine Ausführungen entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>%1+ shown</source>
        <translation>%1+ angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n Ausführung</numerusform>
            <numerusform>%n Ausführungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Grouping failures…</source>
        <translation>Fehler werden gruppiert…</translation>
    </message>
    <message>
        <source>No failures match these filters.</source>
        <translation>Keine Fehler entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <source>Loading the trace…</source>
        <translation>Trace wird geladen…</translation>
    </message>
    <message>
        <source>Retry execution</source>
        <translation>Ausführung wiederholen</translation>
    </message>
    <message>
        <source>Resume execution</source>
        <translation>Ausführung fortsetzen</translation>
    </message>
    <message>
        <source>Cancel execution</source>
        <translation>Ausführung abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Execution %1:</source>
        <translation>Ausführung %1:</translation>
    </message>
    <message>
        <source>Open an execution first (its trace shows what the action applies to).</source>
        <translation>Öffnen Sie zuerst eine Ausführung (ihr Trace zeigt, worauf die Aktion wirkt).</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>%1 abgebrochen.</translation>
    </message>
    <message>
        <source>Queued as %1.</source>
        <translation>Als %1 eingereiht.</translation>
    </message>
    <message>
        <source>Each is its own audited action; you can stop between two.</source>
        <translation>Jede ist eine eigene protokollierte Aktion; Sie können zwischen zweien anhalten.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <source>(%n refused; first: %1)</source>
        <translation>
            <numerusform>(%n abgelehnt; erste: %1)</numerusform>
            <numerusform>(%n abgelehnt; erste: %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the rest.</source>
        <translation>Vor dem Rest angehalten.</translation>
    </message>
    <message>
        <source>Act on all shown</source>
        <translation>Auf alle angezeigten anwenden</translation>
    </message>
    <message>
        <source>Retry, resume or cancel every execution matching the filters (up to 10,000)</source>
        <translation>Jede Ausführung, die den Filtern entspricht, wiederholen, fortsetzen oder abbrechen (bis zu 10.000)</translation>
    </message>
    <message>
        <source>Resume all failed shown…</source>
        <translation>Alle angezeigten fehlgeschlagenen fortsetzen…</translation>
    </message>
    <message>
        <source>Cancel all queued and running shown…</source>
        <translation>Alle angezeigten wartenden und laufenden abbrechen…</translation>
    </message>
    <message>
        <source>None of the executions shown can take this action (see the status filter).</source>
        <translation>Keine der angezeigten Ausführungen erlaubt diese Aktion (siehe Statusfilter).</translation>
    </message>
    <message>
        <source>Counting the executions that match…</source>
        <translation>Passende Ausführungen werden gezählt…</translation>
    </message>
    <message>
        <source>No execution shown can take this action.</source>
        <translation>Keine angezeigte Ausführung erlaubt diese Aktion.</translation>
    </message>
    <message>
        <source>Retry executions</source>
        <translation>Ausführungen wiederholen</translation>
    </message>
    <message>
        <source>Resume executions</source>
        <translation>Ausführungen fortsetzen</translation>
    </message>
    <message>
        <source>Cancel executions</source>
        <translation>Ausführungen abbrechen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copies a tenantscope:// link to the execution shown, to paste into a ticket</source>
        <translation>Kopiert einen tenantscope://-Link auf die angezeigte Ausführung, zum Einfügen in ein Ticket</translation>
    </message>
    <message>
        <source>Retrying executions</source>
        <translation>Ausführungen werden wiederholt</translation>
    </message>
    <message>
        <source>Resuming executions</source>
        <translation>Ausführungen werden fortgesetzt</translation>
    </message>
    <message>
        <source>Cancelling executions</source>
        <translation>Ausführungen werden abgebrochen</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <source>workflow &quot;%1&quot;</source>
        <translation>Workflow „%1“</translation>
    </message>
    <message>
        <source>error &quot;%1&quot;</source>
        <translation>Fehler „%1“</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Vergleichen…</translation>
    </message>
    <message>
        <source>Node by node: the two selected executions, or the shown one and its retry</source>
        <translation>Knoten für Knoten: die zwei ausgewählten Ausführungen oder die gezeigte und ihre Wiederholung</translation>
    </message>
    <message>
        <source>Export OTLP…</source>
        <translation>OTLP exportieren…</translation>
    </message>
    <message>
        <source>The shown execution as an OTLP JSON traces file, for other trace tools</source>
        <translation>Die gezeigte Ausführung als OTLP-JSON-Trace-Datei, für andere Trace-Werkzeuge</translation>
    </message>
    <message>
        <source>Wrote %1 span(s), %2 of them LLM calls, to %3.</source>
        <translation>%1 Span(s) geschrieben, davon %2 LLM-Aufrufe, nach %3.</translation>
    </message>
    <message>
        <source>Compare executions</source>
        <translation>Ausführungen vergleichen</translation>
    </message>
    <message>
        <source>Compare execution %1 with the execution (its id):</source>
        <translation>Ausführung %1 vergleichen mit der Ausführung (ihre ID):</translation>
    </message>
    <message>
        <source>Export execution as OTLP JSON</source>
        <translation>Ausführung als OTLP JSON exportieren</translation>
    </message>
    <message>
        <source>OTLP JSON traces (*.json)</source>
        <translation>OTLP-JSON-Traces (*.json)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <source>AI configuration</source>
        <translation>KI-Konfiguration</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>%1 % of tenants</source>
        <translation>%1 % der Mandanten</translation>
    </message>
    <message>
        <source>plans %1</source>
        <translation>Pläne %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listed tenant(s)</source>
        <translation>
            <numerusform>%n aufgeführter Mandant</numerusform>
            <numerusform>%n aufgeführte Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>every tenant</source>
        <translation>jeder Mandant</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Push now</source>
        <translation>Jetzt übertragen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Prüfen und speichern…</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Auf diese Version zurücksetzen…</translation>
    </message>
    <message>
        <source>Feature flags</source>
        <translation>Feature-Flags</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Ausrollung</translation>
    </message>
    <message>
        <source>Tenants on</source>
        <translation>Mandanten an</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>New flag…</source>
        <translation>Neues Flag…</translation>
    </message>
    <message>
        <source>Export for flagd…</source>
        <translation>Für flagd exportieren…</translation>
    </message>
    <message>
        <source>Every flag as an OpenFeature flagd flag set, evaluated for every tenant</source>
        <translation>Jedes Flag als OpenFeature-flagd-Flag-Set, für jeden Mandanten ausgewertet</translation>
    </message>
    <message>
        <source>Export for flagd</source>
        <translation>Für flagd exportieren</translation>
    </message>
    <message>
        <source>flagd flag set (*.json)</source>
        <translation>flagd-Flag-Set (*.json)</translation>
    </message>
    <message>
        <source>Flag key</source>
        <translation>Flag-Schlüssel</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>Kleinbuchstaben, Ziffern, „.“, „_“ und „-“</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Every tenant</source>
        <translation>Jeder Mandant</translation>
    </message>
    <message>
        <source>A percentage of tenants (stable by tenant id)</source>
        <translation>Ein Prozentsatz der Mandanten (stabil nach Mandanten-ID)</translation>
    </message>
    <message>
        <source>Tenants on these plans</source>
        <translation>Mandanten mit diesen Plänen</translation>
    </message>
    <message>
        <source>These tenants</source>
        <translation>Diese Mandanten</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Prozentsatz</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Pläne</translation>
    </message>
    <message>
        <source>plan ids, comma-separated</source>
        <translation>Plan-IDs, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>tenant ids, one per line</source>
        <translation>Mandanten-IDs, eine pro Zeile</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <source>Rollout:</source>
        <translation>Ausrollung:</translation>
    </message>
    <message>
        <source>Percentage:</source>
        <translation>Prozentsatz:</translation>
    </message>
    <message>
        <source>Plans:</source>
        <translation>Pläne:</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>Mandanten:</translation>
    </message>
    <message>
        <source>Flag history</source>
        <translation>Verlauf des Flags</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Tenants the flag is on for</source>
        <translation>Mandanten, für die das Flag an ist</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>Redis is behind for %n tenant(s), pending since %1</source>
        <translation>
            <numerusform>Redis ist für %n Mandanten im Rückstand, ausstehend seit %1</numerusform>
            <numerusform>Redis ist für %n Mandanten im Rückstand, ausstehend seit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übertragung</translation>
    </message>
    <message>
        <source>The flag&apos;s history could not be read: %1</source>
        <translation>Der Verlauf des Flags konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (back to %2)</source>
        <translation>%1 (zurück auf %2)</translation>
    </message>
    <message>
        <source>The tenants could not be read: %1</source>
        <translation>Die Mandanten konnten nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>On for %n tenant(s).</source>
        <translation>
            <numerusform>An für %n Mandanten.</numerusform>
            <numerusform>An für %n Mandanten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n by name:</source>
        <translation>
            <numerusform>Der erste nach Namen:</numerusform>
            <numerusform>Die ersten %n nach Namen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Flag %1</source>
        <translation>Flag %1</translation>
    </message>
    <message>
        <source>Loading the feature flags…</source>
        <translation>Feature-Flags werden geladen…</translation>
    </message>
    <message>
        <source>The feature flags could not be read: %1</source>
        <translation>Die Feature-Flags konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No feature flags yet. Create the first with New flag.</source>
        <translation>Noch keine Feature-Flags. Legen Sie das erste mit „Neues Flag“ an.</translation>
    </message>
    <message>
        <source>Review and create…</source>
        <translation>Prüfen und anlegen…</translation>
    </message>
    <message>
        <source>A new flag is on for no tenant until it is saved.</source>
        <translation>Ein neues Flag ist für keinen Mandanten an, bis es gespeichert ist.</translation>
    </message>
    <message>
        <source>The flag key must be lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, at most 64, starting with a letter or digit.</source>
        <translation>Der Flag-Schlüssel besteht aus Kleinbuchstaben, Ziffern, „.“, „_“ und „-“, höchstens 64, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>Nothing to save: the flag is unchanged.</source>
        <translation>Nichts zu speichern: Das Flag ist unverändert.</translation>
    </message>
    <message>
        <source>Finding the tenants this reaches…</source>
        <translation>Betroffene Mandanten werden ermittelt…</translation>
    </message>
    <message>
        <source>Roll flag %1 back to version %2</source>
        <translation>Flag %1 auf Version %2 zurücksetzen</translation>
    </message>
    <message>
        <source>The rollback makes version %1 equal to version %2, audited; the tenants whose value changes get it in Redis right after.</source>
        <translation>Das Zurücksetzen macht Version %1 gleich Version %2, protokolliert; die Mandanten, deren Wert sich ändert, erhalten ihn gleich danach in Redis.</translation>
    </message>
    <message>
        <source>Roll back to version %1</source>
        <translation>Auf Version %1 zurücksetzen</translation>
    </message>
    <message>
        <source>Create flag %1</source>
        <translation>Flag %1 anlegen</translation>
    </message>
    <message>
        <source>Change flag %1</source>
        <translation>Flag %1 ändern</translation>
    </message>
    <message>
        <source>Creating the flag makes version 1; its value is written to every tenant&apos;s AI configuration in Redis right after the save.</source>
        <translation>Das Anlegen erzeugt Version 1; sein Wert wird gleich nach dem Speichern in die KI-Konfiguration jedes Mandanten in Redis geschrieben.</translation>
    </message>
    <message>
        <source>Saving makes version %1. The tenants whose value changes get it in Redis right after the save, announced on the plan-changes channel.</source>
        <translation>Speichern erzeugt Version %1. Die Mandanten, deren Wert sich ändert, erhalten ihn gleich nach dem Speichern in Redis, angekündigt im Plan-Änderungskanal.</translation>
    </message>
    <message>
        <source>Create flag</source>
        <translation>Flag anlegen</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Version %1 speichern</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Wird zurückgesetzt…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edit is still here; it will be reviewed against the version now.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderung ist noch da; sie wird gegen die jetzige Version geprüft.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now at version %2; it changed for %n tenant(s).</source>
        <translation>
            <numerusform>%1 ist jetzt Version %2; es hat sich für %n Mandanten geändert.</numerusform>
            <numerusform>%1 ist jetzt Version %2; es hat sich für %n Mandanten geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis has the AI configuration of %n tenant(s), announced.</source>
        <translation>
            <numerusform>Redis hat die KI-Konfiguration von %n Mandanten, angekündigt.</numerusform>
            <numerusform>Redis hat die KI-Konfiguration von %n Mandanten, angekündigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis was not updated: %1 The tenants stay pending until a push succeeds.</source>
        <translation>Redis wurde nicht aktualisiert: %1 Die Mandanten bleiben ausstehend, bis ein Push gelingt.</translation>
    </message>
    <message>
        <source>Evaluating every flag for every tenant…</source>
        <translation>Jedes Flag wird für jeden Mandanten ausgewertet…</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation>Nichts exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flag(s) for flagd to %1.</source>
        <translation>
            <numerusform>%n Flag für flagd nach %1 exportiert.</numerusform>
            <numerusform>%n Flags für flagd nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWalk</name>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>As of %1 UTC: read from the standby, %2 s behind, past its lag bound</source>
        <translation>Stand %1 UTC: vom Standby gelesen, %2 s im Rückstand, über seiner Verzögerungsgrenze</translation>
    </message>
    <message>
        <source>As of %1 UTC (read from the standby, %2 s behind)</source>
        <translation>Stand %1 UTC (vom Standby gelesen, %2 s im Rückstand)</translation>
    </message>
</context>
<context>
    <name>GatewayChatStream</name>
    <message>
        <source>The gateway refused the token: check the key on the Keys page.</source>
        <translation>Das Gateway hat das Token abgelehnt: prüfen Sie den Schlüssel auf der Seite Schlüssel.</translation>
    </message>
    <message numerus="yes">
        <source>The tenant is limited now: try again in %n second(s).</source>
        <translation>
            <numerusform>Der Mandant ist gerade begrenzt: versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Der Mandant ist gerade begrenzt: versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant is over its quota: see its plan and alerts.</source>
        <translation>Der Mandant hat sein Kontingent überschritten: siehe Tarif und Warnungen.</translation>
    </message>
    <message>
        <source>The tenant&apos;s plan does not allow this model.</source>
        <translation>Der Tarif des Mandanten erlaubt dieses Modell nicht.</translation>
    </message>
    <message>
        <source>The gateway stopped with an error.</source>
        <translation>Das Gateway hat mit einem Fehler aufgehört.</translation>
    </message>
    <message>
        <source>The gateway sent something that is not JSON (%1).</source>
        <translation>Das Gateway hat etwas gesendet, das kein JSON ist (%1).</translation>
    </message>
    <message>
        <source>The gateway connection closed before the answer was complete (%1).</source>
        <translation>Die Gateway-Verbindung wurde geschlossen, bevor die Antwort vollständig war (%1).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>AI spend today</source>
        <translation>KI-Ausgaben heute</translation>
    </message>
    <message>
        <source>Failed executions, last hour</source>
        <translation>Fehlgeschlagene Ausführungen, letzte Stunde</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Warteschlangen</translation>
    </message>
    <message>
        <source>Alerts firing</source>
        <translation>Aktive Warnungen</translation>
    </message>
    <message>
        <source>Tenants throttled</source>
        <translation>Gedrosselte Mandanten</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>What needs attention now</source>
        <translation>Was jetzt Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>Reading what is going on…</source>
        <translation>Lese, was gerade passiert …</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert …</translation>
    </message>
    <message>
        <source>As of %1, refreshed every minute</source>
        <translation>Stand %1, jede Minute aktualisiert</translation>
    </message>
    <message>
        <source>Your home is your tenant&apos;s overview: opening it.</source>
        <translation>Ihre Startseite ist die Übersicht Ihres Mandanten: sie wird geöffnet.</translation>
    </message>
    <message>
        <source>Nothing could be read: %1</source>
        <translation>Nichts konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>This platform has no usage, executions, queues or alerts yet. Once tenants use it, this page says what needs attention.</source>
        <translation>Diese Plattform hat noch keine Nutzung, Ausführungen, Warteschlangen oder Warnungen. Sobald Mandanten sie nutzen, zeigt diese Seite, was Aufmerksamkeit braucht.</translation>
    </message>
    <message>
        <source>The same hours of the last 7 days: median %1.</source>
        <translation>Dieselben Stunden der letzten 7 Tage: Median %1.</translation>
    </message>
    <message>
        <source>%1 % against the same hours of the last 7 days (median %2).</source>
        <translation>%1 % gegenüber denselben Stunden der letzten 7 Tage (Median %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 24 hours.</source>
        <translation>
            <numerusform>%n in den letzten 24 Stunden.</numerusform>
            <numerusform>%n in den letzten 24 Stunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>None in the last hour. %1</source>
        <translation>Keine in der letzten Stunde. %1</translation>
    </message>
    <message>
        <source>By cause: %1. %2</source>
        <translation>Nach Ursache: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n wartend</numerusform>
            <numerusform>%n wartend</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s), %1 failed job(s) kept.</source>
        <translation>
            <numerusform>%n Warteschlange, %1 fehlgeschlagene Jobs aufbewahrt.</numerusform>
            <numerusform>%n Warteschlangen, %1 fehlgeschlagene Jobs aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest backlog: %1.</source>
        <translation>Längster Rückstau: %1.</translation>
    </message>
    <message>
        <source>Paused: %1.</source>
        <translation>Angehalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n quota alert(s) of this month not yet acknowledged.</source>
        <translation>
            <numerusform>%n Kontingentwarnung dieses Monats noch nicht bestätigt.</numerusform>
            <numerusform>%n Kontingentwarnungen dieses Monats noch nicht bestätigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) at or past their included tokens this month, throttled by the platform. Furthest: %1.</source>
        <translation>
            <numerusform>%n Mandant hat seine enthaltenen Tokens diesen Monat erreicht oder überschritten und wird von der Plattform gedrosselt. Am weitesten: %1.</numerusform>
            <numerusform>%n Mandanten haben ihre enthaltenen Tokens diesen Monat erreicht oder überschritten und werden von der Plattform gedrosselt. Am weitesten: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tenant is within its included tokens this month.</source>
        <translation>Jeder Mandant liegt diesen Monat innerhalb seiner enthaltenen Tokens.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis: %1</translation>
    </message>
    <message numerus="yes">
        <source>Redis Cluster: %n node(s)</source>
        <translation>
            <numerusform>Redis Cluster: %n Knoten</numerusform>
            <numerusform>Redis Cluster: %n Knoten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n ausgefallen</numerusform>
            <numerusform>, %n ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>Trouble</source>
        <translation>Störung</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s) in the last 24 hours not yet acknowledged.</source>
        <translation>
            <numerusform>%n Ausreißer in den letzten 24 Stunden noch nicht bestätigt.</numerusform>
            <numerusform>%n Ausreißer in den letzten 24 Stunden noch nicht bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open quota alerts this month, and no spikes today.</source>
        <translation>Keine offenen Kontingentwarnungen in diesem Monat und heute keine Ausreißer.</translation>
    </message>
</context>
<context>
    <name>HttpChatStream</name>
    <message>
        <source>The key was refused: check it on the Keys page, or use another key.</source>
        <translation>Der Schlüssel wurde abgelehnt: prüfen Sie ihn auf der Seite Schlüssel oder verwenden Sie einen anderen.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: try again in %n second(s).</source>
        <translation>
            <numerusform>Ratenbegrenzt: versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>Ratenbegrenzt: versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited: wait a moment and try again.</source>
        <translation>Ratenbegrenzt: warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The provider failed on its side: try again later.</source>
        <translation>Der Anbieter hat auf seiner Seite versagt: versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>Die Anfrage wurde abgelehnt.</translation>
    </message>
    <message>
        <source>The provider stopped with an error: %1 (%2).</source>
        <translation>Der Anbieter hat mit einem Fehler aufgehört: %1 (%2).</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>Die Verbindung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation>Der Stream endete, bevor die Antwort vollständig war.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Failed job %1 of queue %2 goes back to waiting, and a worker runs it again once. Its attempts made are kept.</source>
        <translation>Der fehlgeschlagene Job %1 der Queue %2 wartet wieder, und ein Worker führt ihn noch einmal aus. Seine bisherigen Versuche bleiben gezählt.</translation>
    </message>
    <message>
        <source>Job %1 of queue %2 is deleted with its data, logs and result, whatever its state (a running job is refused). This cannot be undone.</source>
        <translation>Job %1 der Queue %2 wird mit seinen Daten, Logs und seinem Ergebnis gelöscht, in jedem Zustand (ein laufender Job wird abgelehnt). Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Job %1 of queue %2 is waiting to run again.</source>
        <translation>Job %1 der Queue %2 wartet auf eine erneute Ausführung.</translation>
    </message>
    <message>
        <source>Job %1 of queue %2 was removed.</source>
        <translation>Job %1 der Queue %2 wurde entfernt.</translation>
    </message>
    <message>
        <source>But its audit record could not be written: %1</source>
        <translation>Aber sein Audit-Eintrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>A reason is 3 to 1000 characters (or none at all).</source>
        <translation>Eine Begründung hat 3 bis 1000 Zeichen (oder gar keine).</translation>
    </message>
</context>
<context>
    <name>JobFlow</name>
    <message>
        <source>Job %1 is not in queue %2.</source>
        <translation>Job %1 ist nicht in Queue %2.</translation>
    </message>
</context>
<context>
    <name>JobFlowView</name>
    <message>
        <source>The job&apos;s flow</source>
        <translation>Der Flow des Jobs</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Held by its parent as</source>
        <translation>Beim Eltern-Job geführt als</translation>
    </message>
    <message>
        <source>Select a job to see its flow.</source>
        <translation>Wählen Sie einen Job, um seinen Flow zu sehen.</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>pending: waited for</source>
        <translation>ausstehend: wird abgewartet</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>verarbeitet</translation>
    </message>
    <message>
        <source>ignored failure</source>
        <translation>ignorierter Fehler</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the flow of job %1…</source>
        <translation>Flow von Job %1 wird gelesen…</translation>
    </message>
    <message>
        <source>This job is not part of a flow: it has no parent and no children.</source>
        <translation>Dieser Job gehört zu keinem Flow: Er hat keinen Eltern-Job und keine Kind-Jobs.</translation>
    </message>
</context>
<context>
    <name>JobListModel</name>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Fehlergrund</translation>
    </message>
</context>
<context>
    <name>JobSearch</name>
    <message>
        <source>Type what to look for: a job id, or text in the name, data or failed reason.</source>
        <translation>Geben Sie ein, wonach gesucht wird: eine Job-ID oder Text im Namen, in den Daten oder im Fehlergrund.</translation>
    </message>
    <message>
        <source>The text to look for is at most 1,000 characters.</source>
        <translation>Der Suchtext hat höchstens 1.000 Zeichen.</translation>
    </message>
    <message>
        <source>The state is one of %1.</source>
        <translation>Der Zustand ist einer von %1.</translation>
    </message>
    <message>
        <source>The tenant is a tenant id (a UUID).</source>
        <translation>Der Mandant ist eine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>At most 1 to %1 results.</source>
        <translation>Höchstens 1 bis %1 Ergebnisse.</translation>
    </message>
    <message>
        <source>The pace is %1 to %2 keys a second.</source>
        <translation>Das Tempo ist %1 bis %2 Schlüssel pro Sekunde.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Redis answered SCAN with something else.</source>
        <translation>Redis hat auf SCAN etwas anderes geantwortet.</translation>
    </message>
</context>
<context>
    <name>JobSearchModel</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Fehlergrund</translation>
    </message>
</context>
<context>
    <name>JobSearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Search jobs for</source>
        <translation>Jobs suchen nach</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>Job-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Queues searched</source>
        <translation>Durchsuchte Queues</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Alle Queues</translation>
    </message>
    <message>
        <source>This queue</source>
        <translation>Diese Queue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Jeder Zustand</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>How many keys a second the search may ask Redis for; other clients are served in between</source>
        <translation>Wie viele Schlüssel pro Sekunde die Suche von Redis anfordern darf; andere Clients werden dazwischen bedient</translation>
    </message>
    <message>
        <source>Gentle: 20,000 keys/s</source>
        <translation>Schonend: 20.000 Schlüssel/s</translation>
    </message>
    <message>
        <source>Normal: 100,000 keys/s</source>
        <translation>Normal: 100.000 Schlüssel/s</translation>
    </message>
    <message>
        <source>Fast: 500,000 keys/s</source>
        <translation>Schnell: 500.000 Schlüssel/s</translation>
    </message>
    <message>
        <source>Jobs found</source>
        <translation>Gefundene Jobs</translation>
    </message>
    <message>
        <source>Search every queue&apos;s jobs by id, name, data or failed reason, in any state.</source>
        <translation>Die Jobs aller Queues nach ID, Name, Daten oder Fehlergrund durchsuchen, in jedem Zustand.</translation>
    </message>
    <message>
        <source>No job matches.</source>
        <translation>Kein Job passt.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Searching at most %1 keys a second; stops at %2 results or when every job is scanned.</source>
        <translation>Suche mit höchstens %1 Schlüsseln pro Sekunde; endet bei %2 Ergebnissen oder wenn jeder Job durchsucht ist.</translation>
    </message>
    <message>
        <source>%1 keys scanned in %2 s (%3 keys/s), %4 jobs read, %5 found</source>
        <translation>%1 Schlüssel in %2 s durchsucht (%3 Schlüssel/s), %4 Jobs gelesen, %5 gefunden</translation>
    </message>
    <message>
        <source>%1 · queue %2 (%3 of %4) · stops at %5 results or when every job is scanned</source>
        <translation>%1 · Queue %2 (%3 von %4) · endet bei %5 Ergebnissen oder wenn jeder Job durchsucht ist</translation>
    </message>
    <message>
        <source>Retry all found…</source>
        <translation>Alle gefundenen wiederholen…</translation>
    </message>
    <message>
        <source>Remove all found…</source>
        <translation>Alle gefundenen entfernen…</translation>
    </message>
    <message>
        <source>Jobs per batch</source>
        <translation>Jobs pro Stapel</translation>
    </message>
    <message>
        <source>batches of </source>
        <translation>Stapel zu </translation>
    </message>
    <message numerus="yes">
        <source>The %n job(s) found are retried, %1 at a time: failed ones go back to waiting and run once more; any other is refused and listed. Each is recorded in the audit log.</source>
        <translation>
            <numerusform>Der gefundene Job wird wiederholt, %1 auf einmal: fehlgeschlagene warten wieder und laufen noch einmal; alle anderen werden abgelehnt und aufgeführt. Jeder wird im Audit-Log festgehalten.</numerusform>
            <numerusform>Die %n gefundenen Jobs werden wiederholt, %1 auf einmal: fehlgeschlagene warten wieder und laufen noch einmal; alle anderen werden abgelehnt und aufgeführt. Jeder wird im Audit-Log festgehalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n job(s) found are deleted with their data, %1 at a time; running jobs and jobs of a flow are refused and listed. Each is recorded in the audit log. This cannot be undone.</source>
        <translation>
            <numerusform>Der gefundene Job wird mit seinen Daten gelöscht, %1 auf einmal; laufende Jobs und Jobs eines Flows werden abgelehnt und aufgeführt. Jeder wird im Audit-Log festgehalten. Das kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>Die %n gefundenen Jobs werden mit ihren Daten gelöscht, %1 auf einmal; laufende Jobs und Jobs eines Flows werden abgelehnt und aufgeführt. Jeder wird im Audit-Log festgehalten. Das kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all found</source>
        <translation>Alle gefundenen wiederholen</translation>
    </message>
    <message>
        <source>Remove all found</source>
        <translation>Alle gefundenen entfernen</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Alle wiederholen</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Alle entfernen</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>wiederholt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>%1 of %2 %3 in %4 batch(es), %5 refused</source>
        <translation>%1 von %2 %3 in %4 Stapel(n), %5 abgelehnt</translation>
    </message>
    <message>
        <source> · working…</source>
        <translation> · in Arbeit…</translation>
    </message>
    <message>
        <source> · stopped: the other jobs were not tried</source>
        <translation> · angehalten: die übrigen Jobs wurden nicht versucht</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Job id, or text in the name, data or failed reason (none: this queue&apos;s jobs in the state chosen)</source>
        <translation>Job-ID oder Text in Name, Daten oder Fehlergrund (nichts: die Jobs dieser Queue im gewählten Zustand)</translation>
    </message>
    <message>
        <source>Reading the jobs…</source>
        <translation>Jobs werden gelesen…</translation>
    </message>
    <message>
        <source>No job in this state.</source>
        <translation>Kein Job in diesem Zustand.</translation>
    </message>
    <message>
        <source>%1 job(s) in state %2 of queue %3%4</source>
        <translation>%1 Job(s) im Zustand %2 der Queue %3%4</translation>
    </message>
    <message>
        <source>, one tenant&apos;s</source>
        <translation>, eines Mandanten</translation>
    </message>
</context>
<context>
    <name>JobSearchProgress</name>
    <message>
        <source>searching</source>
        <translation>sucht</translation>
    </message>
    <message>
        <source>done: every job scanned</source>
        <translation>fertig: jeder Job durchsucht</translation>
    </message>
    <message>
        <source>stopped at the result limit</source>
        <translation>beim Ergebnislimit angehalten</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>(document)</source>
        <translation>(Dokument)</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n Schlüssel}</numerusform>
            <numerusform>{%n Schlüssel}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Element]</numerusform>
            <numerusform>[%n Elemente]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 Zeichen)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>not exactly one JSON value</source>
        <translation>nicht genau ein JSON-Wert</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected branch as JSON (or everything when nothing is selected)</source>
        <translation>Den gewählten Zweig als JSON kopieren (oder alles, wenn nichts gewählt ist)</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); shown as text.</source>
        <translation>Kein gültiges JSON (%1); als Text angezeigt.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Reading %1 MB of JSON…</source>
        <translation>%1 MB JSON werden gelesen…</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The key works: the provider accepted it.</source>
        <translation>Der Schlüssel funktioniert: der Anbieter hat ihn angenommen.</translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1: %2). Check it, or create a new one.</source>
        <translation>Der Anbieter hat den Schlüssel abgelehnt (HTTP %1: %2). Prüfen Sie ihn oder erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1: %2</source>
        <translation>Der Anbieter hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Der Anbieter war nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>KeyProvider</name>
    <message>
        <source>OpenAI-compatible (custom base URL)</source>
        <translation>OpenAI-kompatibel (eigene Basis-URL)</translation>
    </message>
    <message>
        <source>Platform gateway token</source>
        <translation>Token des Plattform-Gateways</translation>
    </message>
    <message>
        <source>The gateway token is tested by sending a message (Playground, or tenantscope-cli chat --provider platform).</source>
        <translation>Das Gateway-Token wird durch das Senden einer Nachricht getestet (Playground oder tenantscope-cli chat --provider platform).</translation>
    </message>
</context>
<context>
    <name>KeyTransport</name>
    <message>
        <source>a password</source>
        <translation>ein Passwort</translation>
    </message>
    <message>
        <source>The URL is not valid: it needs a scheme and a host, like https://api.example.com/v1.</source>
        <translation>Die URL ist ungültig: sie braucht ein Schema und einen Host, etwa https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The URL carries a credential (%1): take it out. Keys are kept in the keychain and sent in a header, never in a URL, which ends up in settings, exports and logs.</source>
        <translation>Die URL enthält ein Zugangsgeheimnis (%1): entfernen Sie es. Schlüssel liegen im Schlüsselbund und gehen in einem Header, nie in einer URL, die in Einstellungen, Exporten und Logs landet.</translation>
    </message>
    <message>
        <source>Not sent: %1 is not encrypted, and the key would cross the network to %2 in clear text. Use %3, or allow unencrypted keys to other machines in the connection profile.</source>
        <translation>Nicht gesendet: %1 ist unverschlüsselt, und der Schlüssel ginge im Klartext über das Netz zu %2. Nehmen Sie %3, oder erlauben Sie unverschlüsselte Schlüssel an andere Rechner im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: the key goes to %1 in clear text</source>
        <translation>⚠ Nicht verschlüsselt: der Schlüssel geht im Klartext an %1</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Keys in this computer&apos;s keychain</source>
        <translation>Schlüssel im Schlüsselbund dieses Computers</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Sealed with</source>
        <translation>Versiegelt mit</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Keys uploaded to the platform</source>
        <translation>Auf die Plattform hochgeladene Schlüssel</translation>
    </message>
    <message>
        <source>Base URL (custom: http://localhost:8000/v1; gateway: wss://…)</source>
        <translation>Basis-URL (eigene: http://localhost:8000/v1; Gateway: wss://…)</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Schlüssel einfügen</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Im Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Schlüssel testen</translation>
    </message>
    <message>
        <source>Ask the provider for its model list with this key: authenticated, costs no tokens</source>
        <translation>Den Anbieter mit diesem Schlüssel nach seiner Modellliste fragen: authentifiziert, kostet keine Tokens</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>This computer (OS keychain, profile %1)</source>
        <translation>Dieser Computer (Schlüsselbund des Systems, Profil %1)</translation>
    </message>
    <message>
        <source>Keys are kept only in the OS keychain: never in settings, logs or exports.</source>
        <translation>Schlüssel liegen nur im Schlüsselbund des Systems: nie in Einstellungen, Logs oder Exporten.</translation>
    </message>
    <message>
        <source>Uploaded to the platform (sealed with the platform&apos;s public key)</source>
        <translation>Auf die Plattform hochgeladen (mit dem öffentlichen Schlüssel der Plattform versiegelt)</translation>
    </message>
    <message>
        <source>Tenant: type a name</source>
        <translation>Mandant: Namen eingeben</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Label, like production</source>
        <translation>Bezeichnung, etwa production</translation>
    </message>
    <message>
        <source>Reason for revoking (audited)</source>
        <translation>Grund für den Widerruf (protokolliert)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Upload selected key</source>
        <translation>Gewählten Schlüssel hochladen</translation>
    </message>
    <message>
        <source>Seal the key selected above with the platform&apos;s public key and store it for the tenant</source>
        <translation>Den oben gewählten Schlüssel mit dem öffentlichen Schlüssel der Plattform versiegeln und für den Mandanten speichern</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete the %1 key from this computer&apos;s keychain?</source>
        <translation>Den %1-Schlüssel aus dem Schlüsselbund dieses Computers löschen?</translation>
    </message>
    <message>
        <source>Pick a tenant to see the keys it has on the platform.</source>
        <translation>Wählen Sie einen Mandanten, um seine Schlüssel auf der Plattform zu sehen.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>No keys yet: choose a provider, paste a key and store it.</source>
        <translation>Noch keine Schlüssel: wählen Sie einen Anbieter, fügen Sie einen Schlüssel ein und speichern Sie ihn.</translation>
    </message>
    <message>
        <source>Stored the %1 key in the keychain.</source>
        <translation>%1-Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Select a key to test.</source>
        <translation>Wählen Sie einen Schlüssel zum Testen.</translation>
    </message>
    <message>
        <source>The gateway token is tested by sending a message from the Playground.</source>
        <translation>Das Gateway-Token wird durch das Senden einer Nachricht aus dem Playground getestet.</translation>
    </message>
    <message>
        <source>Testing the %1 key…</source>
        <translation>%1-Schlüssel wird getestet…</translation>
    </message>
    <message>
        <source>works (%1)</source>
        <translation>funktioniert (%1)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>Deleted the %1 key.</source>
        <translation>%1-Schlüssel gelöscht.</translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s keys…</source>
        <translation>Schlüssel des Mandanten werden geladen…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>widerrufen %1 von %2</translation>
    </message>
    <message>
        <source>This tenant has no keys on the platform yet. Select a key above and upload it.</source>
        <translation>Dieser Mandant hat noch keine Schlüssel auf der Plattform. Wählen Sie oben einen Schlüssel und laden Sie ihn hoch.</translation>
    </message>
    <message>
        <source>Select a key above and pick a tenant first.</source>
        <translation>Wählen Sie zuerst oben einen Schlüssel und einen Mandanten.</translation>
    </message>
    <message>
        <source>Sealing and uploading…</source>
        <translation>Wird versiegelt und hochgeladen…</translation>
    </message>
    <message>
        <source>Uploaded, sealed with the platform&apos;s public key (audited).</source>
        <translation>Hochgeladen, mit dem öffentlichen Schlüssel der Plattform versiegelt (protokolliert).</translation>
    </message>
    <message>
        <source>Select an uploaded key to revoke.</source>
        <translation>Wählen Sie einen hochgeladenen Schlüssel zum Widerrufen.</translation>
    </message>
    <message>
        <source>Revoked (audited).</source>
        <translation>Widerrufen (protokolliert).</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>LimitsPusher</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>Redis has the limits, but marking them done failed: %1</source>
        <translation>Redis hat die Limits, aber das Markieren als erledigt ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Redis did not take the limits. %1 PostgreSQL has the change, and the tenants stay marked as pending until a push succeeds.</source>
        <translation>Redis hat die Limits nicht übernommen. %1 PostgreSQL hat die Änderung, und die Mandanten bleiben als ausstehend markiert, bis eine Übertragung gelingt.</translation>
    </message>
    <message numerus="yes">
        <source>Not permitted: your login may not see %n tenant(s): %1 (or there is no such tenant). Nothing was pushed.</source>
        <translation>
            <numerusform>Nicht erlaubt: Ihre Anmeldung darf %n Mandanten nicht sehen: %1 (oder es gibt ihn nicht). Nichts wurde übertragen.</numerusform>
            <numerusform>Nicht erlaubt: Ihre Anmeldung darf %n Mandanten nicht sehen: %1 (oder es gibt sie nicht). Nichts wurde übertragen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalKeyStore</name>
    <message>
        <source>provider: one of openai, anthropic, custom, platform</source>
        <translation>provider: einer von openai, anthropic, custom, platform</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>der Schlüssel ist leer</translation>
    </message>
    <message>
        <source>the key is longer than 4,096 characters: is it the right text?</source>
        <translation>der Schlüssel ist länger als 4.096 Zeichen: ist es der richtige Text?</translation>
    </message>
    <message>
        <source>the key contains spaces or control characters: paste the key alone</source>
        <translation>der Schlüssel enthält Leer- oder Steuerzeichen: fügen Sie nur den Schlüssel ein</translation>
    </message>
    <message>
        <source>a custom provider needs its base URL, like http://localhost:8000/v1</source>
        <translation>ein eigener Anbieter braucht seine Basis-URL, etwa http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>the platform gateway needs its URL, like wss://gateway.example.com/chat</source>
        <translation>das Plattform-Gateway braucht seine URL, etwa wss://gateway.example.com/chat</translation>
    </message>
    <message>
        <source>no %1 key is stored for this profile</source>
        <translation>für dieses Profil ist kein %1-Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>no %1 key is stored for this profile: add one on the Keys page or with tenantscope-cli keys set</source>
        <translation>für dieses Profil ist kein %1-Schlüssel gespeichert: fügen Sie einen auf der Seite Schlüssel oder mit tenantscope-cli keys set hinzu</translation>
    </message>
    <message>
        <source>the base URL carries a credential (%1): take it out, the key goes in the keychain</source>
        <translation>die Basis-URL enthält ein Zugangsgeheimnis (%1): entfernen Sie es, der Schlüssel gehört in den Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TenantScope</source>
        <translation>TenantScope</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>chart tokens, requests and cost per tenant over time, stacked by model, live for today.</source>
        <translation>Tokens, Anfragen und Kosten je Mandant im Zeitverlauf darstellen, nach Modell gestapelt, live für heute.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>break costs down by tenant, model, provider and day, with margins and exports.</source>
        <translation>Kosten nach Mandant, Modell, Anbieter und Tag aufschlüsseln, mit Margen und Exporten.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>list workflow executions, show traces with the failed node, retry, resume and cancel.</source>
        <translation>Workflow-Ausführungen auflisten, Traces mit dem fehlgeschlagenen Knoten zeigen, wiederholen, fortsetzen und abbrechen.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>show BullMQ queues per tenant and state, with job detail, retry and remove.</source>
        <translation>BullMQ-Queues nach Mandant und Zustand zeigen, mit Jobdetails, Wiederholen und Entfernen.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>edit plans and per-tenant overrides, validated, versioned and audited.</source>
        <translation>Tarife und mandantenbezogene Ausnahmen bearbeiten, geprüft, versioniert und protokolliert.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>chat with a tenant&apos;s configuration and watch answers stream token by token.</source>
        <translation>mit der Konfiguration eines Mandanten chatten und Antworten Token für Token eintreffen sehen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>keep BYOK provider keys in the OS keychain and upload them sealed.</source>
        <translation>BYOK-Anbieterschlüssel im Schlüsselbund des Systems aufbewahren und versiegelt hochladen.</translation>
    </message>
    <message>
        <source>Waiting for a connection…</source>
        <translation>Warte auf eine Verbindung…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About TenantScope</source>
        <translation>Ü&amp;ber TenantScope</translation>
    </message>
    <message>
        <source>About TenantScope</source>
        <translation>Über TenantScope</translation>
    </message>
    <message>
        <source>TenantScope %1
A native console for multi-tenant AI SaaS platforms.</source>
        <translation>TenantScope %1
Eine native Konsole für mandantenfähige KI-SaaS-Plattformen.</translation>
    </message>
    <message>
        <source>TenantScope — %1</source>
        <translation>TenantScope — %1</translation>
    </message>
    <message>
        <source>PostgreSQL: not connected</source>
        <translation>PostgreSQL: nicht verbunden</translation>
    </message>
    <message>
        <source>Redis: not connected</source>
        <translation>Redis: nicht verbunden</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis: %1</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>%1: %2 at %3 %</source>
        <translation>%1: %2 bei %3 %</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message numerus="yes">
        <source>%n new quota alert(s)</source>
        <translation>
            <numerusform>%n neue Kontingentwarnung</numerusform>
            <numerusform>%n neue Kontingentwarnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Abfrage abbrechen</translation>
    </message>
    <message>
        <source>Ask PostgreSQL to stop the query that is running now</source>
        <translation>PostgreSQL bitten, die gerade laufende Abfrage zu stoppen</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ Nicht überprüft</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>&amp;Gehe zu…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language changes when TenantScope starts again.</source>
        <translation>Die Sprache wechselt beim nächsten Start von TenantScope.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>This connection cannot show executions.</source>
        <translation>Diese Verbindung kann keine Ausführungen zeigen.</translation>
    </message>
    <message>
        <source>&amp;Export support snapshot…</source>
        <translation>Support-Schnappschuss &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Open support snapshot…</source>
        <translation>Support-Schnappschuss ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Wait for &quot;%1&quot; to finish, or cancel it.</source>
        <translation>Warten Sie, bis „%1“ fertig ist, oder brechen Sie es ab.</translation>
    </message>
    <message>
        <source>Export support snapshot</source>
        <translation>Support-Schnappschuss exportieren</translation>
    </message>
    <message>
        <source>Exporting a support snapshot</source>
        <translation>Support-Schnappschuss wird exportiert</translation>
    </message>
    <message>
        <source>The snapshot was not saved</source>
        <translation>Der Schnappschuss wurde nicht gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>, %n value(s) redacted</source>
        <translation>
            <numerusform>, %n Wert geschwärzt</numerusform>
            <numerusform>, %n Werte geschwärzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s) unavailable</source>
        <translation>
            <numerusform>, %n Teil nicht verfügbar</numerusform>
            <numerusform>, %n Teile nicht verfügbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Support snapshot saved</source>
        <translation>Support-Schnappschuss gespeichert</translation>
    </message>
    <message>
        <source>Open support snapshot</source>
        <translation>Support-Schnappschuss öffnen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Ausführung</numerusform>
            <numerusform>%n fehlgeschlagene Ausführungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n Job</numerusform>
            <numerusform>%n Jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis Cluster</source>
        <translation>Redis Cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) down</source>
        <translation>
            <numerusform>%n Knoten ausgefallen</numerusform>
            <numerusform>%n Knoten ausgefallen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n Knoten</numerusform>
            <numerusform>%n Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the primary</source>
        <translation>Vom Primärserver lesen</translation>
    </message>
    <message>
        <source>The standby is further behind than its lag bound. Read from the primary until it catches up (more load on the primary).</source>
        <translation>Der Standby liegt weiter zurück als seine Verzögerungsgrenze. Bis er aufgeholt hat, vom Primärserver lesen (mehr Last auf dem Primärserver).</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>feature flags and every tenant&apos;s AI configuration, reviewed, audited and rolled back in one step.</source>
        <translation>Feature-Flags und die KI-Konfiguration jedes Mandanten, geprüft, protokolliert und in einem Schritt zurückgesetzt.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>say what needs attention now: spend, failures, queues, alerts and throttled tenants.</source>
        <translation>zeigen, was jetzt Aufmerksamkeit braucht: Ausgaben, Fehler, Warteschlangen, Warnungen und gedrosselte Mandanten.</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Überwachen</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <source>Operate</source>
        <translation>Betreiben</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <source>show quota alerts with forecasts and spikes against their baseline, acknowledged by the team and sent to Slack or a webhook.</source>
        <translation>Kontingentwarnungen mit Prognosen und Ausreißer gegenüber ihrer Basis zeigen, vom Team bestätigt und an Slack oder einen Webhook gesendet.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>compare metered usage, the usage reported to Stripe and Stripe&apos;s invoices, explain the drift and re-send missing days.</source>
        <translation>gemessene Nutzung, an Stripe gemeldete Nutzung und Stripes Rechnungen vergleichen, Abweichungen erklären und fehlende Tage erneut senden.</translation>
    </message>
    <message>
        <source>Open &amp;trace file (OTLP JSON)…</source>
        <translation>&amp;Trace-Datei öffnen (OTLP JSON)…</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>Trace-Datei öffnen</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>No migrations are bundled with this build.</source>
        <translation>Dieser Build enthält keine Migrationen.</translation>
    </message>
    <message>
        <source>Cannot create schema_migrations: %1</source>
        <translation>schema_migrations kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read schema_migrations: %1</source>
        <translation>schema_migrations kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Migration %1 was changed after it was applied to this database; add a new migration instead of editing an applied one.</source>
        <translation>Migration %1 wurde geändert, nachdem sie auf diese Datenbank angewendet wurde; fügen Sie eine neue Migration hinzu, statt eine angewendete zu bearbeiten.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>Migration %1 ist fehlgeschlagen und wurde zurückgerollt: %2</translation>
    </message>
</context>
<context>
    <name>OtlpImport</name>
    <message>
        <source>The file holds %1 bytes; a trace file is read up to %2 MB.</source>
        <translation>Die Datei hat %1 Bytes; eine Trace-Datei wird bis %2 MB gelesen.</translation>
    </message>
    <message>
        <source>The file is OTLP traces but holds no span.</source>
        <translation>Die Datei ist OTLP-Traces, enthält aber keinen Span.</translation>
    </message>
    <message>
        <source>No span of the file could be read:
%1</source>
        <translation>Kein Span der Datei war lesbar:
%1</translation>
    </message>
    <message>
        <source>… and %1 more such problems.</source>
        <translation>… und %1 weitere solche Probleme.</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>Die Datei ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>Line %1 of the file is not JSON: %2 at byte %3 of the line.</source>
        <translation>Zeile %1 der Datei ist kein JSON: %2 bei Byte %3 der Zeile.</translation>
    </message>
    <message>
        <source>The file holds OTLP logs, not traces.</source>
        <translation>Die Datei enthält OTLP-Logs, keine Traces.</translation>
    </message>
    <message>
        <source>The file holds OTLP metrics, not traces.</source>
        <translation>Die Datei enthält OTLP-Metriken, keine Traces.</translation>
    </message>
    <message>
        <source>The file is a &quot;%1&quot; file, not OTLP traces.</source>
        <translation>Die Datei ist eine „%1“-Datei, keine OTLP-Traces.</translation>
    </message>
    <message>
        <source>The file is JSON but not OTLP traces: it has no &quot;resourceSpans&quot; list.</source>
        <translation>Die Datei ist JSON, aber keine OTLP-Traces: Ihr fehlt die Liste &quot;resourceSpans&quot;.</translation>
    </message>
    <message>
        <source>The file holds more than %1 spans; a trace file is read up to that many.</source>
        <translation>Die Datei enthält mehr als %1 Spans; so viele werden aus einer Trace-Datei höchstens gelesen.</translation>
    </message>
    <message>
        <source>Span &quot;%1&quot; was left out: its traceId or spanId is not a valid id.</source>
        <translation>Span „%1“ wurde ausgelassen: Seine traceId oder spanId ist keine gültige ID.</translation>
    </message>
    <message>
        <source>Span %1 of trace %2 appears twice; the first is shown.</source>
        <translation>Span %1 von Trace %2 kommt zweimal vor; der erste wird gezeigt.</translation>
    </message>
    <message>
        <source>Trace %1 was left out: %2 of its spans name parents that form a cycle, so they have no root.</source>
        <translation>Trace %1 wurde ausgelassen: %2 seiner Spans nennen Eltern, die einen Zyklus bilden, und haben daher keine Wurzel.</translation>
    </message>
    <message>
        <source>Trace %1: %2 span(s) name a parent the file does not hold; they are shown at the top level.</source>
        <translation>Trace %1: %2 Span(s) nennen einen Elternteil, den die Datei nicht enthält; sie werden auf oberster Ebene gezeigt.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>OtlpTraceWindow</name>
    <message>
        <source>OTLP JSON traces (*.json *.jsonl);;All files (*)</source>
        <translation>OTLP-JSON-Traces (*.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>Trace-Datei öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>%1 — OTLP traces (read-only)</source>
        <translation>%1 — OTLP-Traces (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only and offline: %1 holds %2 trace(s) with %3 span(s)%4. Nothing here reaches the platform.</source>
        <translation>Schreibgeschützt und offline: %1 enthält %2 Trace(s) mit %3 Span(s)%4. Nichts hier erreicht die Plattform.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <source>Traces in the file</source>
        <translation>Traces in der Datei</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Wurzel</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Choose a trace of the file.</source>
        <translation>Wählen Sie einen Trace der Datei.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Gefiltert: %1</translation>
    </message>
</context>
<context>
    <name>PgConfig</name>
    <message>
        <source>Not a PostgreSQL URL (expected postgresql://user@host:port/database): %1</source>
        <translation>Keine PostgreSQL-URL (erwartet postgresql://benutzer@host:port/datenbank): %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must not contain a password; use the keychain or TS_PG_PASSWORD.</source>
        <translation>Die PostgreSQL-URL darf kein Passwort enthalten; verwenden Sie den Schlüsselbund oder TS_PG_PASSWORD.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has no host.</source>
        <translation>Die PostgreSQL-URL hat keinen Host.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (use one of %2).</source>
        <translation>Unbekannter sslmode „%1“ (verwenden Sie einen von %2).</translation>
    </message>
    <message>
        <source>connect_timeout must be between 1 and 300 seconds.</source>
        <translation>connect_timeout muss zwischen 1 und 300 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL holds a Unicode noncharacter (such as U+FFFE): %1</source>
        <translation>Die PostgreSQL-URL enthält ein Unicode-Nichtzeichen (etwa U+FFFE): %1</translation>
    </message>
    <message>
        <source>The CA certificate path must not contain spaces, tabs, line breaks, quotes, backslashes or semicolons: %1</source>
        <translation>Der Pfad zum CA-Zertifikat darf keine Leerzeichen, Tabulatoren, Zeilenumbrüche, Anführungszeichen, Backslashes oder Semikolons enthalten: %1</translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <source>The connection was closed before PostgreSQL answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor PostgreSQL geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>PgWorker</name>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Verbinde mit %1:%2</translation>
    </message>
    <message>
        <source>Connected to %1:%2/%3</source>
        <translation>Verbunden mit %1:%2/%3</translation>
    </message>
    <message>
        <source>Lost the connection to PostgreSQL: %1</source>
        <translation>Verbindung zu PostgreSQL verloren: %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
    <message>
        <source>PostgreSQL is not connected (%1).</source>
        <translation>PostgreSQL ist nicht verbunden (%1).</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Der Server hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <source>The connection was lost while committing, so the server may or may not have saved this; reload to see. (%1)</source>
        <translation>Die Verbindung ging beim Commit verloren, daher hat der Server dies vielleicht gespeichert, vielleicht nicht; laden Sie neu, um es zu sehen. (%1)</translation>
    </message>
    <message>
        <source>PostgreSQL is not connected.</source>
        <translation>PostgreSQL ist nicht verbunden.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet.

It will: %1</source>
        <translation>Diese Seite ist noch nicht gebaut.

Sie wird: %1</translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>%1 is %2: the platform refuses its requests.</source>
        <translation>%1 ist %2: die Plattform lehnt seine Anfragen ab.</translation>
    </message>
    <message>
        <source>%1&apos;s plan does not allow %2 (allowed: %3).</source>
        <translation>Der Tarif von %1 erlaubt %2 nicht (erlaubt: %3).</translation>
    </message>
    <message>
        <source>an empty model</source>
        <translation>ein leeres Modell</translation>
    </message>
    <message>
        <source>%1 has used %2 of its %3 tokens this month: the platform would refuse this request.</source>
        <translation>%1 hat in diesem Monat %2 seiner %3 Tokens verbraucht: die Plattform würde diese Anfrage ablehnen.</translation>
    </message>
</context>
<context>
    <name>PlanDraft</name>
    <message>
        <source>change %1</source>
        <translation>%1 ändern</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>„%1“ ist nicht FELD=WERT.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; (use %2).</source>
        <translation>Unbekanntes Feld „%1“ (verwenden Sie %2).</translation>
    </message>
    <message>
        <source>%1: an override cannot be unlimited; give a number, or &quot;plan&quot; to follow the plan.</source>
        <translation>%1: eine Ausnahme kann nicht unbegrenzt sein; geben Sie eine Zahl an, oder „plan“, um dem Tarif zu folgen.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (or &quot;unlimited&quot;).</source>
        <translation>%1: „%2“ ist keine ganze Zahl (oder „unlimited“).</translation>
    </message>
    <message>
        <source>%1: a whole number or &quot;unlimited&quot; is required.</source>
        <translation>%1: eine ganze Zahl oder „unlimited“ ist erforderlich.</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1: %2 ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>%1: a limit cannot be negative.</source>
        <translation>%1: ein Limit kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: must be at least 1 (or &quot;unlimited&quot;).</source>
        <translation>%1: muss mindestens 1 sein (oder „unlimited“).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in USD.</source>
        <translation>%1: „%2“ ist kein Betrag in USD.</translation>
    </message>
    <message>
        <source>%1: cannot be negative.</source>
        <translation>%1: kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1: at most 2 decimals (cents).</source>
        <translation>%1: höchstens 2 Nachkommastellen (Cent).</translation>
    </message>
    <message>
        <source>allowed_models: a list of model names is required.</source>
        <translation>allowed_models: eine Liste von Modellnamen ist erforderlich.</translation>
    </message>
    <message>
        <source>allowed_models: every entry must be a model name.</source>
        <translation>allowed_models: jeder Eintrag muss ein Modellname sein.</translation>
    </message>
    <message>
        <source>allowed_models: &quot;%1&quot; is not in the price table.</source>
        <translation>allowed_models: „%1“ steht nicht in der Preistabelle.</translation>
    </message>
    <message>
        <source>name: 1 to 100 characters.</source>
        <translation>name: 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Unbekanntes Feld „%1“.</translation>
    </message>
    <message>
        <source>(plan&apos;s)</source>
        <translation>(vom Tarif)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>PlanOperations</name>
    <message>
        <source>plan &quot;%1&quot; does not exist</source>
        <translation>Tarif „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>tenant %1 has no override</source>
        <translation>Mandant %1 hat keine Ausnahme</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; (use %2).</source>
        <translation>Unbekanntes Feld „%1“ (verwenden Sie %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>An override needs at least one limit (or remove the override).</source>
        <translation>Eine Ausnahme braucht mindestens ein Limit (oder entfernen Sie die Ausnahme).</translation>
    </message>
    <message>
        <source>The expiry is in the past.</source>
        <translation>Der Ablauf liegt in der Vergangenheit.</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review the change to plan %1</source>
        <translation>Änderung an Tarif %1 prüfen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Nach dem Speichern</translation>
    </message>
    <message numerus="yes">
        <source>Saving makes version %1 of plan %2. %n tenant(s) on this plan get the new limits: they are written to Redis right after the save and announced on the plan-changes channel.</source>
        <translation>
            <numerusform>Speichern erzeugt Version %1 von Tarif %2. %n Mandant in diesem Tarif erhält die neuen Limits: sie werden direkt nach dem Speichern nach Redis geschrieben und auf dem Kanal für Tarifänderungen angekündigt.</numerusform>
            <numerusform>Speichern erzeugt Version %1 von Tarif %2. %n Mandanten in diesem Tarif erhalten die neuen Limits: sie werden direkt nach dem Speichern nach Redis geschrieben und auf dem Kanal für Tarifänderungen angekündigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation>Warum? (kommt mit Ihrer Anmeldung und der Uhrzeit ins Audit-Log)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Version %1 speichern</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base price (USD / month)</source>
        <translation>Grundpreis (USD / Monat)</translation>
    </message>
    <message>
        <source>Included tokens / month</source>
        <translation>Inklusive Tokens / Monat</translation>
    </message>
    <message>
        <source>Overage per 1k tokens (USD)</source>
        <translation>Mehrverbrauch je 1k Tokens (USD)</translation>
    </message>
    <message>
        <source>Max concurrent executions</source>
        <translation>Max. parallele Ausführungen</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Anfragen pro Minute</translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation>Tokens pro Minute</translation>
    </message>
    <message>
        <source>Workflow runs / month</source>
        <translation>Workflow-Läufe / Monat</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <source>Push limits now</source>
        <translation>Limits jetzt übertragen</translation>
    </message>
    <message>
        <source>Re-apply my edit on their version</source>
        <translation>Meine Änderung auf ihre Version neu anwenden</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Plan %1 has unsaved changes. Discard them?</source>
        <translation>Tarif %1 hat ungespeicherte Änderungen. Verwerfen?</translation>
    </message>
    <message>
        <source>Tenant overrides</source>
        <translation>Ausnahmen für Mandanten</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Set override…</source>
        <translation>Ausnahme setzen…</translation>
    </message>
    <message>
        <source>Remove override…</source>
        <translation>Ausnahme entfernen…</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Tenant id (all tenants when empty)</source>
        <translation>Mandanten-ID (leer: alle Mandanten)</translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation>Mandantenfilter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Log exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation>Tarife werden geladen…</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 unbegrenzt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Prüfen und speichern…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (v%3, %n tenant(s))</source>
        <translation>
            <numerusform>%1 — %2 (v%3, %n Mandant)</numerusform>
            <numerusform>%1 — %2 (v%3, %n Mandanten)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1, version %2, last changed %3 by %4 · %n tenant(s) on it</source>
        <translation>
            <numerusform>Tarif %1, Version %2, zuletzt geändert %3 von %4 · %n Mandant darin</numerusform>
            <numerusform>Tarif %1, Version %2, zuletzt geändert %3 von %4 · %n Mandanten darin</numerusform>
        </translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>die Plattform</translation>
    </message>
    <message>
        <source>Select a plan.</source>
        <translation>Wählen Sie einen Tarif.</translation>
    </message>
    <message>
        <source>Saving plan %1…</source>
        <translation>Tarif %1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edit is kept.</source>
        <translation>Nicht gespeichert: %1 Ihre Änderung bleibt erhalten.</translation>
    </message>
    <message>
        <source>Not saved (your edit is kept): %1</source>
        <translation>Nicht gespeichert (Ihre Änderung bleibt erhalten): %1</translation>
    </message>
    <message>
        <source>Your edit is now on version %1; review it and save again.</source>
        <translation>Ihre Änderung liegt jetzt auf Version %1; prüfen Sie sie und speichern Sie erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Redis has the current limits of %n tenant(s); the change was announced to the gateways.</source>
        <translation>
            <numerusform>Redis hat die aktuellen Limits von %n Mandant; die Änderung wurde den Gateways angekündigt.</numerusform>
            <numerusform>Redis hat die aktuellen Limits von %n Mandanten; die Änderung wurde den Gateways angekündigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis is stale: the limits of %n tenant(s) changed in PostgreSQL since %1 and the gateways do not have them yet.</source>
        <translation>
            <numerusform>Redis ist veraltet: die Limits von %n Mandant haben sich seit %1 in PostgreSQL geändert, und die Gateways haben sie noch nicht.</numerusform>
            <numerusform>Redis ist veraltet: die Limits von %n Mandanten haben sich seit %1 in PostgreSQL geändert, und die Gateways haben sie noch nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (abgelaufen)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>kein Ablauf</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Ausnahme entfernen</translation>
    </message>
    <message>
        <source>%1 goes back to the limits of plan %2, in PostgreSQL now and in Redis right after.</source>
        <translation>%1 kehrt zu den Limits von Tarif %2 zurück, jetzt in PostgreSQL und direkt danach in Redis.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Override removed.</source>
        <translation>Ausnahme entfernt.</translation>
    </message>
    <message>
        <source>Set a tenant&apos;s override</source>
        <translation>Ausnahme für einen Mandanten setzen</translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>the plan&apos;s</source>
        <translation>die des Tarifs</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Kein Ablauf</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Tenant: a tenant id (UUID) is required.</source>
        <translation>Mandant: eine Mandanten-ID (UUID) ist erforderlich.</translation>
    </message>
    <message>
        <source>Set at least one limit.</source>
        <translation>Setzen Sie mindestens ein Limit.</translation>
    </message>
    <message>
        <source>Override saved (version %1).</source>
        <translation>Ausnahme gespeichert (Version %1).</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Audit-Log wird geladen…</translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Keine Änderungen passen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved plan %1 as version %2 (%n tenant(s) affected).</source>
        <translation>
            <numerusform>Plan %1 als Version %2 gespeichert (%n Mandant betroffen).</numerusform>
            <numerusform>Plan %1 als Version %2 gespeichert (%n Mandanten betroffen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved plan %1 as version %2; writing the limits of %n tenant(s) to Redis…</source>
        <translation>
            <numerusform>Plan %1 als Version %2 gespeichert; die Limits von %n Mandant werden nach Redis geschrieben…</numerusform>
            <numerusform>Plan %1 als Version %2 gespeichert; die Limits von %n Mandanten werden nach Redis geschrieben…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>No tenant: no system prompt or plan check from the platform.</source>
        <translation>Kein Mandant: kein Systemprompt und keine Tarifprüfung von der Plattform.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>No tenant: type a tenant&apos;s name to use its configuration</source>
        <translation>Kein Mandant: geben Sie den Namen eines Mandanten ein, um seine Konfiguration zu verwenden</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>OpenAI-kompatibel</translation>
    </message>
    <message>
        <source>Platform gateway</source>
        <translation>Plattform-Gateway</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Maximum answer tokens</source>
        <translation>Maximale Antwort-Tokens</translation>
    </message>
    <message>
        <source>System prompt (a tenant&apos;s own is filled in when you pick it)</source>
        <translation>Systemprompt (der eines Mandanten wird beim Auswählen eingesetzt)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Message (Ctrl+Enter sends)</source>
        <translation>Nachricht (Strg+Eingabe sendet)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Stop the answer and keep what arrived</source>
        <translation>Die Antwort anhalten und behalten, was angekommen ist</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>Gespeicherte Unterhaltungen</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Trotzdem senden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Max. Tokens</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the conversation in TenantScope&apos;s data folder (never with a key)</source>
        <translation>Die Unterhaltung im Datenordner von TenantScope speichern (nie mit einem Schlüssel)</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Neue Unterhaltung</translation>
    </message>
    <message>
        <source>wss://gateway.example.com/chat (required)</source>
        <translation>wss://gateway.example.com/chat (erforderlich)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Unterhaltung exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>No messages yet. Pick a provider and a model, type a message and press Send (Ctrl+Enter).
Pick a tenant to use its system prompt and to check its plan before sending.</source>
        <translation>Noch keine Nachrichten. Wählen Sie einen Anbieter und ein Modell, geben Sie eine Nachricht ein und drücken Sie Senden (Strg+Eingabe).
Wählen Sie einen Mandanten, um seinen Systemprompt zu verwenden und vor dem Senden seinen Tarif zu prüfen.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Modelle werden geladen…</translation>
    </message>
    <message>
        <source>Prices could not be read (%1): costs are not shown.</source>
        <translation>Preise konnten nicht gelesen werden (%1): Kosten werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s configuration…</source>
        <translation>Konfiguration des Mandanten wird geladen…</translation>
    </message>
    <message>
        <source>Plan allows: %1</source>
        <translation>Tarif erlaubt: %1</translation>
    </message>
    <message>
        <source>every model</source>
        <translation>jedes Modell</translation>
    </message>
    <message>
        <source>%1 of %2 tokens used this month</source>
        <translation>%1 von %2 Tokens in diesem Monat verbraucht</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Key %1 (keychain)</source>
        <translation>Schlüssel %1 (Schlüsselbund)</translation>
    </message>
    <message>
        <source>No %1 key stored: add one on the Keys page</source>
        <translation>Kein %1-Schlüssel gespeichert: fügen Sie einen auf der Seite Schlüssel hinzu</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Schlüssel wird aus dem Schlüsselbund gelesen…</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistent · %1</translation>
    </message>
    <message>
        <source>Stopped: the partial answer is kept.</source>
        <translation>Angehalten: die unvollständige Antwort bleibt erhalten.</translation>
    </message>
    <message>
        <source>The answer reached the maximum number of tokens.</source>
        <translation>Die Antwort hat die maximale Anzahl an Tokens erreicht.</translation>
    </message>
    <message>
        <source>First token %1 ms</source>
        <translation>Erstes Token nach %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>Warte auf das erste Token…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 Tokens/s</translation>
    </message>
    <message>
        <source>%1 in + %2 out tokens</source>
        <translation>%1 Tokens rein + %2 raus</translation>
    </message>
    <message>
        <source>~%1 tokens so far</source>
        <translation>~%1 Tokens bisher</translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation>kein Preis für %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Noch nichts zu speichern.</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>Saved conversations…</source>
        <translation>Gespeicherte Unterhaltungen…</translation>
    </message>
    <message>
        <source>No key stored for this base URL: requests go without one (add one on the Keys page if the server needs it)</source>
        <translation>Für diese Basis-URL ist kein Schlüssel gespeichert: Anfragen gehen ohne (fügen Sie einen auf der Seite Schlüssel hinzu, falls der Server einen braucht)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Sampling temperature (0 to 2; Anthropic takes 0 to 1); &quot;default&quot;: not sent</source>
        <translation>Temperatur beim Sampling (0 bis 2; Anthropic nimmt 0 bis 1); „Standard“: nicht gesendet</translation>
    </message>
    <message>
        <source>AI configuration: global v%1%2, prompt %3, RAG %4, flags on: %5</source>
        <translation>KI-Konfiguration: global v%1%2, Prompt %3, RAG %4, Flags an: %5</translation>
    </message>
    <message>
        <source> + tenant v%1</source>
        <translation> + Mandant v%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>The recorded messages carry their own system prompt; the tenant&apos;s current one is not added. Press Send again.</source>
        <translation>Die aufgezeichneten Nachrichten bringen ihren eigenen Systemprompt mit; der aktuelle des Mandanten wird nicht hinzugefügt. Drücken Sie „Erneut senden“.</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 Tokens</translation>
    </message>
</context>
<context>
    <name>PlaygroundRepository</name>
    <message>
        <source>tenant: a tenant id (UUID)</source>
        <translation>tenant: eine Mandanten-ID (UUID)</translation>
    </message>
    <message>
        <source>Not permitted, or no such tenant: your login sees no tenant with this id.</source>
        <translation>Nicht erlaubt oder kein solcher Mandant: Ihre Anmeldung sieht keinen Mandanten mit dieser ID.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The system keychain is not available (%1). TenantScope keeps passwords only in the keychain, so nothing was stored; unlock or install one (Secret Service, Keychain, Credential Manager).</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar (%1). TenantScope bewahrt Passwörter nur im Schlüsselbund auf, daher wurde nichts gespeichert; entsperren oder installieren Sie einen (Secret Service, Schlüsselbund, Anmeldeinformationsverwaltung).</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Verzögert</translation>
    </message>
    <message>
        <source>Prioritized</source>
        <translation>Priorisiert</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Waiting for children</source>
        <translation>Wartet auf Kind-Jobs</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <source>A global concurrency is a whole number from 1 to %1 (or none, for no limit).</source>
        <translation>Eine globale Parallelität ist eine ganze Zahl von 1 bis %1 (oder keine, für kein Limit).</translation>
    </message>
    <message>
        <source>Workers take no new job from queue %1 until it is resumed. Running jobs finish; waiting jobs stay waiting.</source>
        <translation>Worker nehmen keinen neuen Job aus Queue %1, bis sie fortgesetzt wird. Laufende Jobs werden fertig; wartende Jobs warten weiter.</translation>
    </message>
    <message>
        <source>Workers take jobs from queue %1 again, starting with those that waited.</source>
        <translation>Worker nehmen wieder Jobs aus Queue %1, zuerst die, die gewartet haben.</translation>
    </message>
    <message>
        <source>Queue %1&apos;s rate limit ends now: workers that ask for a job get one (workers already waiting out the limit check again within BullMQ&apos;s maximum rate-limit delay, 30 s by default).</source>
        <translation>Das Ratenlimit von Queue %1 endet jetzt: Worker, die nach einem Job fragen, bekommen einen (Worker, die das Limit bereits abwarten, prüfen innerhalb von BullMQs maximaler Ratenlimit-Verzögerung erneut, standardmäßig 30 s).</translation>
    </message>
    <message>
        <source>Redis answered %1 of 8 reads.</source>
        <translation>Redis hat %1 von 8 Lesezugriffen beantwortet.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist (BullMQ has no meta hash for it).</source>
        <translation>Queue %1 existiert nicht (BullMQ hat keinen Meta-Hash für sie).</translation>
    </message>
    <message>
        <source>But its audit record could not be written: %1</source>
        <translation>Aber der Audit-Eintrag konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Queue %1 was paused already; nothing changed.</source>
        <translation>Queue %1 war bereits pausiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Queue %1 was not paused; nothing changed.</source>
        <translation>Queue %1 war nicht pausiert; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Queue %1 is paused.</source>
        <translation>Queue %1 ist pausiert.</translation>
    </message>
    <message>
        <source>Queue %1 is running again.</source>
        <translation>Queue %1 läuft wieder.</translation>
    </message>
    <message>
        <source>Queue %1 is running again, but more than %2 jobs are still in its old paused list: resume it again.</source>
        <translation>Queue %1 läuft wieder, aber mehr als %2 Jobs sind noch in ihrer alten Pausenliste: setzen Sie sie erneut fort.</translation>
    </message>
    <message>
        <source>Queue %1 had no rate limit running; nothing changed.</source>
        <translation>Queue %1 hatte kein laufendes Ratenlimit; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Queue %1&apos;s rate limit is cleared.</source>
        <translation>Das Ratenlimit von Queue %1 ist aufgehoben.</translation>
    </message>
    <message>
        <source>Queue %1&apos;s global concurrency was that already; nothing changed.</source>
        <translation>Die globale Parallelität von Queue %1 hatte diesen Wert bereits; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Queue %1 runs at most %2 jobs at once, across all its workers.</source>
        <translation>Queue %1 führt höchstens %2 Jobs gleichzeitig aus, über alle ihre Worker.</translation>
    </message>
    <message>
        <source>Queue %1 has no global concurrency limit now.</source>
        <translation>Queue %1 hat jetzt kein globales Parallelitätslimit.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist (BullMQ has no meta hash for it). Nothing was changed.</source>
        <translation>Queue %1 existiert nicht (BullMQ hat keinen Meta-Hash für sie). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Queue %1 was not changed: %2</source>
        <translation>Queue %1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>Queue %1 may not have been changed: %2. If the connection was lost, look at the queue before trying again.</source>
        <translation>Queue %1 wurde vielleicht nicht geändert: %2. Wenn die Verbindung verloren ging, prüfen Sie die Queue, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>QueueControlsBar</name>
    <message>
        <source>Pause…</source>
        <translation>Pausieren…</translation>
    </message>
    <message>
        <source>Clear limit…</source>
        <translation>Limit aufheben…</translation>
    </message>
    <message>
        <source>Concurrency…</source>
        <translation>Parallelität…</translation>
    </message>
    <message>
        <source>Pause all…</source>
        <translation>Alle pausieren…</translation>
    </message>
    <message>
        <source>Resume all…</source>
        <translation>Alle fortsetzen…</translation>
    </message>
    <message>
        <source>End the queue&apos;s rate limit now (BullMQ&apos;s removeRateLimitKey)</source>
        <translation>Das Ratenlimit der Queue sofort beenden (BullMQs removeRateLimitKey)</translation>
    </message>
    <message>
        <source>At most this many jobs of the queue run at once, across all its workers</source>
        <translation>Höchstens so viele Jobs der Queue laufen gleichzeitig, über alle ihre Worker</translation>
    </message>
    <message>
        <source>Select a queue to see whether it runs, its rate limit and its concurrency.</source>
        <translation>Wählen Sie eine Queue, um zu sehen, ob sie läuft, ihr Ratenlimit und ihre Parallelität.</translation>
    </message>
    <message>
        <source>%1: reading…</source>
        <translation>%1: wird gelesen…</translation>
    </message>
    <message>
        <source>%1: controls unavailable: %2</source>
        <translation>%1: Steuerung nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1: paused</source>
        <translation>%1: pausiert</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1: läuft</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <source>Concurrency: %1 (%2 active)</source>
        <translation>Parallelität: %1 (%2 aktiv)</translation>
    </message>
    <message>
        <source>Concurrency: no global limit</source>
        <translation>Parallelität: kein globales Limit</translation>
    </message>
    <message>
        <source>Not rate limited</source>
        <translation>Kein Ratenlimit</translation>
    </message>
    <message>
        <source>Rate limited: %1 s left</source>
        <translation>Ratenlimit: noch %1 s</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Queue pausieren</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Queue fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause every queue</source>
        <translation>Alle Queues pausieren</translation>
    </message>
    <message>
        <source>Resume every queue</source>
        <translation>Alle Queues fortsetzen</translation>
    </message>
    <message>
        <source>Workers take no new job from any queue under this prefix until it is resumed. Running jobs finish; waiting jobs stay waiting. Each queue is recorded in the audit log.</source>
        <translation>Worker nehmen keinen neuen Job aus einer Queue unter diesem Präfix, bis sie fortgesetzt wird. Laufende Jobs werden fertig; wartende Jobs warten weiter. Jede Queue wird im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <source>Workers take jobs from every queue under this prefix again. Each queue is recorded in the audit log.</source>
        <translation>Worker nehmen wieder Jobs aus jeder Queue unter diesem Präfix. Jede Queue wird im Audit-Log festgehalten.</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Alle pausieren</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Alle fortsetzen</translation>
    </message>
    <message>
        <source>Clear rate limit</source>
        <translation>Ratenlimit aufheben</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Global concurrency</source>
        <translation>Globale Parallelität</translation>
    </message>
    <message>
        <source>At most this many jobs of queue %1 run at once, across all its workers (BullMQ&apos;s global concurrency). Workers&apos; own concurrency still applies.</source>
        <translation>Höchstens so viele Jobs von Queue %1 laufen gleichzeitig, über alle ihre Worker (BullMQs globale Parallelität). Die eigene Parallelität der Worker gilt weiterhin.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>No global limit</source>
        <translation>Kein globales Limit</translation>
    </message>
    <message>
        <source>Jobs at once:</source>
        <translation>Jobs gleichzeitig:</translation>
    </message>
</context>
<context>
    <name>QueueControlsController</name>
    <message numerus="yes">
        <source>%n queue(s) paused.</source>
        <translation>
            <numerusform>%n Queue pausiert.</numerusform>
            <numerusform>%n Queues pausiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) running.</source>
        <translation>
            <numerusform>%n Queue läuft.</numerusform>
            <numerusform>%n Queues laufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueCountsModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (pausiert)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
</context>
<context>
    <name>QueueOperations</name>
    <message>
        <source>Name one queue and a state, or text to search for, to choose the jobs.</source>
        <translation>Nennen Sie eine Queue und einen Zustand oder einen Suchtext, um die Jobs zu wählen.</translation>
    </message>
    <message>
        <source>At most 1 to %1 jobs.</source>
        <translation>Höchstens 1 bis %1 Jobs.</translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>&quot;%1&quot; is not a queue name (1 to 200 characters, no &apos;:&apos;, spaces or wildcards).</source>
        <translation>„%1“ ist kein Queue-Name (1 bis 200 Zeichen, kein „:“, keine Leerzeichen oder Platzhalter).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation>„%1“ ist keine Job-ID.</translation>
    </message>
    <message>
        <source>Redis answered %1 of %2 commands.</source>
        <translation>Redis hat %1 von %2 Befehlen beantwortet.</translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 (removed, or never there).</source>
        <translation>Job %1 ist nicht in Queue %2 (entfernt oder nie dort gewesen).</translation>
    </message>
    <message>
        <source>Job %1 was not retried: %2. If the connection was lost, look at the job&apos;s state before trying again.</source>
        <translation>Job %1 wurde nicht wiederholt: %2. Wenn die Verbindung verloren ging, prüfen Sie den Zustand des Jobs, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 any more (removed).</source>
        <translation>Job %1 ist nicht mehr in Queue %2 (entfernt).</translation>
    </message>
    <message>
        <source>Job %1 is not failed any more: someone retried it already, or it never failed. Nothing was changed.</source>
        <translation>Job %1 ist nicht mehr fehlgeschlagen: jemand hat ihn schon wiederholt, oder er ist nie fehlgeschlagen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Job %1 was not removed: %2. If the connection was lost, look at the job&apos;s state before trying again.</source>
        <translation>Job %1 wurde nicht entfernt: %2. Wenn die Verbindung verloren ging, prüfen Sie den Zustand des Jobs, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 any more (removed already).</source>
        <translation>Job %1 ist nicht mehr in Queue %2 (bereits entfernt).</translation>
    </message>
    <message>
        <source>Job %1 is running (a worker holds its lock): cancel its execution instead. Nothing was changed.</source>
        <translation>Job %1 läuft (ein Worker hält seine Sperre): brechen Sie stattdessen seine Ausführung ab. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Job %1 belongs to a flow (it has a parent or children); remove it with BullMQ&apos;s own tools. Nothing was changed.</source>
        <translation>Job %1 gehört zu einem Flow (er hat einen Eltern- oder Kind-Job); entfernen Sie ihn mit BullMQs eigenen Werkzeugen. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The error text to search for is limited to 500 characters.</source>
        <translation>Der zu suchende Fehlertext ist auf 500 Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>Job %1 was not retried: %2</source>
        <translation>Job %1 wurde nicht wiederholt: %2</translation>
    </message>
    <message>
        <source>Job %1 was not removed: %2</source>
        <translation>Job %1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Job %1 changed while TenantScope looked at it (another tool acted on it). Nothing was changed: look at it again and retry.</source>
        <translation>Job %1 hat sich geändert, während TenantScope ihn las (ein anderes Werkzeug hat ihn bearbeitet). Nichts wurde geändert: sehen Sie ihn erneut an und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>Queue %1 has no hash tag: on a Redis Cluster its keys fall in different slots, so BullMQ cannot run it and TenantScope does not change its jobs. Use a prefix such as {%2}.</source>
        <translation>Queue %1 hat kein Hash-Tag: In einem Redis Cluster liegen ihre Schlüssel in verschiedenen Slots, daher kann BullMQ sie nicht ausführen, und TenantScope ändert ihre Jobs nicht. Verwenden Sie ein Präfix wie {%2}.</translation>
    </message>
</context>
<context>
    <name>QueueRepository::JobPage</name>
    <message>
        <source>Unknown job state &quot;%1&quot; (use one of %2).</source>
        <translation>Unbekannter Job-Zustand „%1“ (verwenden Sie einen von %2).</translation>
    </message>
    <message>
        <source>A page is 1 to 1000 jobs from a non-negative offset.</source>
        <translation>Eine Seite umfasst 1 bis 1000 Jobs ab einem nicht negativen Versatz.</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Job data</source>
        <translation>Job-Daten</translation>
    </message>
    <message>
        <source>Job options</source>
        <translation>Job-Optionen</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Rückgabewert</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Retry job…</source>
        <translation>Job wiederholen…</translation>
    </message>
    <message>
        <source>Remove job…</source>
        <translation>Job entfernen…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Jobs per tenant</source>
        <translation>Jobs je Mandant</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Discover queues</source>
        <translation>Queues suchen</translation>
    </message>
    <message>
        <source>Look for BullMQ queues under the prefix (one SCAN; counts refresh without it)</source>
        <translation>Unter dem Präfix nach BullMQ-Queues suchen (ein SCAN; die Zählerstände werden auch ohne ihn aktualisiert)</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>Job-Zustand</translation>
    </message>
    <message>
        <source>Jobs in state:</source>
        <translation>Jobs im Zustand:</translation>
    </message>
    <message>
        <source>Failed jobs by cause</source>
        <translation>Fehlgeschlagene Jobs nach Ursache</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Fehler nach Ursache</translation>
    </message>
    <message>
        <source>Per tenant (from job data&apos;s tenantId); select one to filter the jobs</source>
        <translation>Je Mandant (aus der tenantId der Job-Daten); wählen Sie einen, um die Jobs zu filtern</translation>
    </message>
    <message>
        <source>Failed reason and stack trace</source>
        <translation>Fehlergrund und Stacktrace</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Select a job to see its detail.</source>
        <translation>Wählen Sie einen Job, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Looking for queues…</source>
        <translation>Suche nach Queues…</translation>
    </message>
    <message>
        <source>Select a queue.</source>
        <translation>Wählen Sie eine Queue.</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>veraltet: %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Jobs werden geladen…</translation>
    </message>
    <message>
        <source>No jobs in this state.</source>
        <translation>Keine Jobs in diesem Zustand.</translation>
    </message>
    <message>
        <source>Loading job %1…</source>
        <translation>Job %1 wird geladen…</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>Job %1 · %2 · %3%4
Tenant %5 · attempts made %6 · progress %7
Created %8 · processed %9 · finished %10</source>
        <translation>Job %1 · %2 · %3%4
Mandant %5 · Versuche %6 · Fortschritt %7
Erstellt %8 · verarbeitet %9 · beendet %10</translation>
    </message>
    <message>
        <source> (locked by a worker)</source>
        <translation> (von einem Worker gesperrt)</translation>
    </message>
    <message>
        <source>… %1 more characters</source>
        <translation>… %1 weitere Zeichen</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>Job wiederholen</translation>
    </message>
    <message>
        <source>Remove job</source>
        <translation>Job entfernen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>In Arbeit…</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>Keine Queues.</translation>
    </message>
    <message>
        <source>Grouping failed jobs…</source>
        <translation>Fehlgeschlagene Jobs werden gruppiert…</translation>
    </message>
    <message>
        <source>No failed jobs.</source>
        <translation>Keine fehlgeschlagenen Jobs.</translation>
    </message>
    <message>
        <source>BullMQ queues under &quot;%1&quot;, refreshed every 2 s while shown</source>
        <translation>BullMQ-Queues unter „%1“, alle 2 s aktualisiert, solange sichtbar</translation>
    </message>
    <message>
        <source>No BullMQ queues under the prefix &quot;%1&quot; in this Redis (the prefix is set in the connection profile).</source>
        <translation>Keine BullMQ-Queues unter dem Präfix „%1“ in diesem Redis (das Präfix steht im Verbindungsprofil).</translation>
    </message>
    <message>
        <source>Show all tenants</source>
        <translation>Alle Mandanten zeigen</translation>
    </message>
    <message>
        <source>Only %1&apos;s jobs</source>
        <translation>Nur die Jobs von %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>Mandant %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Flow</source>
        <translation>Flow</translation>
    </message>
</context>
<context>
    <name>QuickFind</name>
    <message>
        <source>Execution %1</source>
        <translation>Ausführung %1</translation>
    </message>
    <message>
        <source>Job %1 in %2</source>
        <translation>Job %1 in %2</translation>
    </message>
</context>
<context>
    <name>QuotaForecast</name>
    <message numerus="yes">
        <source>linear run rate: average of the last %n complete day(s)</source>
        <translation>
            <numerusform>lineare Hochrechnung: Durchschnitt des letzten vollständigen Tages</numerusform>
            <numerusform>lineare Hochrechnung: Durchschnitt der letzten %n vollständigen Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>Not permitted: the server refused this read for your login (%1).</source>
        <translation>Nicht erlaubt: der Server hat diesen Lesezugriff für Ihre Anmeldung abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Cancelled: the query was stopped before it finished (%1).</source>
        <translation>Abgebrochen: die Abfrage wurde gestoppt, bevor sie fertig war (%1).</translation>
    </message>
    <message>
        <source>Not permitted: the Redis user of this login may not do this (%1).</source>
        <translation>Nicht erlaubt: der Redis-Benutzer dieser Anmeldung darf das nicht (%1).</translation>
    </message>
    <message>
        <source>Redis refused: %1</source>
        <translation>Redis hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Stopped: PostgreSQL ended this read at its time limit. Ask for less (a shorter range, a filter), or raise the limit (TS_PG_READ_TIMEOUT).</source>
        <translation>Abgebrochen: PostgreSQL hat diese Abfrage an ihrer Zeitgrenze beendet. Weniger abfragen (kürzerer Zeitraum, ein Filter) oder die Grenze erhöhen (TS_PG_READ_TIMEOUT).</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Only tenants with drift</source>
        <translation>Nur Mandanten mit Abweichung</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Re-send day to Stripe…</source>
        <translation>Tag erneut an Stripe senden…</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Abrechnungszeitraum</translation>
    </message>
    <message>
        <source>Filter by tenant, id, plan or Stripe customer</source>
        <translation>Nach Mandant, ID, Tarif oder Stripe-Kunde filtern</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Mandanten filtern</translation>
    </message>
    <message>
        <source>Stripe key…</source>
        <translation>Stripe-Schlüssel…</translation>
    </message>
    <message>
        <source>Store this profile&apos;s Stripe key in the OS keychain (a restricted key is recommended)</source>
        <translation>Den Stripe-Schlüssel dieses Profils im Schlüsselbund des Systems speichern (ein eingeschränkter Schlüssel wird empfohlen)</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <source>Tenants side by side</source>
        <translation>Mandanten nebeneinander</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Nothing was re-sent: %1</source>
        <translation>Nichts wurde erneut gesendet: %1</translation>
    </message>
    <message>
        <source>Stripe accepted %1 units for %2 (identifier %3); recorded and audited.</source>
        <translation>Stripe hat %1 Einheiten für %2 angenommen (Kennung %3); protokolliert und im Audit vermerkt.</translation>
    </message>
    <message>
        <source>Stripe refused the re-send of %1 (HTTP %2): %3. The refusal is recorded in the report log.</source>
        <translation>Stripe hat das erneute Senden von %1 abgelehnt (HTTP %2): %3. Die Ablehnung steht im Meldeprotokoll.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>Der Schlüssel wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The Stripe key is stored in the OS keychain for this profile.</source>
        <translation>Der Stripe-Schlüssel ist für dieses Profil im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>Choose a billing period.</source>
        <translation>Einen Abrechnungszeitraum wählen.</translation>
    </message>
    <message>
        <source>Reading the usage ledger and Stripe…</source>
        <translation>Nutzungsbuch und Stripe werden gelesen…</translation>
    </message>
    <message>
        <source>Stripe: %1 of %2 tenants</source>
        <translation>Stripe: %1 von %2 Mandanten</translation>
    </message>
    <message>
        <source>Reading Stripe: %1 of %2 tenants…</source>
        <translation>Stripe wird gelesen: %1 von %2 Mandanten…</translation>
    </message>
    <message>
        <source>No tenant has a billing account for %1: the platform records each tenant&apos;s Stripe customer and meter in billing_accounts (docs/platform-contract.md, &quot;Billing&quot;).</source>
        <translation>Kein Mandant hat ein Abrechnungskonto für %1: Die Plattform hält Stripe-Kunde und Zähler jedes Mandanten in billing_accounts fest (docs/platform-contract.md, „Billing“).</translation>
    </message>
    <message>
        <source>%1 is open: days before today are compared.</source>
        <translation>%1 ist offen: Verglichen werden die Tage vor heute.</translation>
    </message>
    <message>
        <source>%1 has closed.</source>
        <translation>%1 ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) with a billing account, %1 with drift (%2 in all).</source>
        <translation>
            <numerusform>%n Mandant mit Abrechnungskonto, %1 mit Abweichung (%2 insgesamt).</numerusform>
            <numerusform>%n Mandanten mit Abrechnungskonto, %1 mit Abweichung (%2 insgesamt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stripe could not be read for %n tenant(s).</source>
        <translation>
            <numerusform>Stripe konnte für %n Mandanten nicht gelesen werden.</numerusform>
            <numerusform>Stripe konnte für %n Mandanten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a tenant to see its differences.</source>
        <translation>Einen Mandanten wählen, um seine Unterschiede zu sehen.</translation>
    </message>
    <message>
        <source>meter %1 (event %2)</source>
        <translation>Zähler %1 (Ereignis %2)</translation>
    </message>
    <message>
        <source>legacy subscription item %1</source>
        <translation>älteres Abonnement-Element %1</translation>
    </message>
    <message>
        <source>%1: customer %2, %3, %4 tokens per unit.</source>
        <translation>%1: Kunde %2, %3, %4 Tokens pro Einheit.</translation>
    </message>
    <message>
        <source>Stripe could not be read: %1</source>
        <translation>Stripe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No differences: metered, reported and Stripe&apos;s figures agree.</source>
        <translation>Keine Unterschiede: Gemessene, gemeldete und Stripes Zahlen stimmen überein.</translation>
    </message>
    <message>
        <source>A re-send fixes only a day that never reached Stripe (unreported, or every report failed).</source>
        <translation>Erneutes Senden behebt nur einen Tag, der Stripe nie erreicht hat (nicht gemeldet, oder jede Meldung schlug fehl).</translation>
    </message>
    <message>
        <source>Sends the usage of %1 for %2 (%3 tokens) to Stripe for customer %4, under the idempotency key %5 (a second try is applied once), and records it in the report log. Stripe has not invoiced %6 yet.</source>
        <translation>Sendet die Nutzung vom %1 für %2 (%3 Tokens) an Stripe für Kunde %4, unter dem Idempotenzschlüssel %5 (ein zweiter Versuch wird nur einmal angewendet), und hält sie im Meldeprotokoll fest. Stripe hat %6 noch nicht in Rechnung gestellt.</translation>
    </message>
    <message>
        <source>Re-send a day&apos;s usage</source>
        <translation>Nutzung eines Tages erneut senden</translation>
    </message>
    <message>
        <source>Re-send to Stripe</source>
        <translation>Erneut an Stripe senden</translation>
    </message>
    <message>
        <source>Choose the day to re-send in the differences first.</source>
        <translation>Zuerst den erneut zu sendenden Tag in den Unterschieden wählen.</translation>
    </message>
    <message>
        <source>Re-sending %1…</source>
        <translation>%1 wird erneut gesendet…</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Stripe-Schlüssel</translation>
    </message>
    <message>
        <source>This profile&apos;s Stripe secret key, kept in the OS keychain. A restricted key (rk_) that reads invoices, customers, meters and usage, and writes meter events, is recommended.</source>
        <translation>Der geheime Stripe-Schlüssel dieses Profils, im Schlüsselbund des Systems verwahrt. Empfohlen wird ein eingeschränkter Schlüssel (rk_), der Rechnungen, Kunden, Zähler und Nutzung liest und Zählerereignisse schreibt.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ReconciliationTableModel</name>
    <message>
        <source>%1 ×%2</source>
        <translation>%1 ×%2</translation>
    </message>
    <message>
        <source>Stripe could not be read: %1</source>
        <translation>Stripe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A legacy subscription item: Stripe gives the period&apos;s total only.</source>
        <translation>Ein älteres Abonnement-Element: Stripe liefert nur die Summe des Zeitraums.</translation>
    </message>
    <message>
        <source>floor(metered tokens / %1 tokens per unit), the days due so far</source>
        <translation>floor(gemessene Tokens / %1 Tokens pro Einheit), die bisher fälligen Tage</translation>
    </message>
    <message>
        <source>%1 (+%2 failed)</source>
        <translation>%1 (+%2 fehlgeschlagen)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>nicht gelesen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Tokens the usage rollups hold for the days due (BYOK excluded), exact</source>
        <translation>Tokens der fälligen Tage laut Nutzungsverdichtung (ohne BYOK), exakt</translation>
    </message>
    <message>
        <source>Units Stripe accepted per the platform&apos;s report log, counted in this period</source>
        <translation>Von Stripe angenommene Einheiten laut Meldeprotokoll der Plattform, in diesem Zeitraum gezählt</translation>
    </message>
    <message>
        <source>What Stripe holds: the meter&apos;s event summaries, or the legacy item&apos;s usage record summary</source>
        <translation>Was Stripe hält: die Ereigniszusammenfassungen des Zählers oder die Nutzungszusammenfassung des älteren Elements</translation>
    </message>
    <message>
        <source>Stripe&apos;s units minus the units the metered tokens make</source>
        <translation>Stripes Einheiten minus die Einheiten aus den gemessenen Tokens</translation>
    </message>
    <message>
        <source>What the drift costs the customer at the plan&apos;s overage price (negative: billed too little)</source>
        <translation>Was die Abweichung den Kunden zum Mehrverbrauchspreis des Tarifs kostet (negativ: zu wenig berechnet)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Metered tokens</source>
        <translation>Gemessene Tokens</translation>
    </message>
    <message>
        <source>Expected units</source>
        <translation>Erwartete Einheiten</translation>
    </message>
    <message>
        <source>Reported units</source>
        <translation>Gemeldete Einheiten</translation>
    </message>
    <message>
        <source>Stripe units</source>
        <translation>Stripe-Einheiten</translation>
    </message>
    <message>
        <source>Drift (units)</source>
        <translation>Abweichung (Einheiten)</translation>
    </message>
    <message>
        <source>Drift %</source>
        <translation>Abweichung %</translation>
    </message>
    <message>
        <source>Drift ($)</source>
        <translation>Abweichung ($)</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
</context>
<context>
    <name>RecordedCall</name>
    <message>
        <source>Node %1 (%2) did not record a chat request: its input has no &quot;messages&quot; list, so it cannot be sent again in the Playground.</source>
        <translation>Knoten %1 (%2) hat keine Chat-Anfrage aufgezeichnet: Seiner Eingabe fehlt die Liste &quot;messages&quot;, daher kann er im Playground nicht erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Node %1&apos;s recorded messages are not all chat messages (each needs a &quot;role&quot;): it cannot be sent again as it was.</source>
        <translation>Die aufgezeichneten Nachrichten von Knoten %1 sind nicht alle Chat-Nachrichten (jede braucht eine &quot;role&quot;): Er kann nicht unverändert erneut gesendet werden.</translation>
    </message>
    <message>
        <source>Result of %1: %2</source>
        <translation>Ergebnis von %1: %2</translation>
    </message>
    <message>
        <source>Calls %1(%2) as %3</source>
        <translation>Ruft %1(%2) auf als %3</translation>
    </message>
</context>
<context>
    <name>RedisCluster</name>
    <message>
        <source>Connecting to the Redis Cluster at %1</source>
        <translation>Verbindung zum Redis Cluster unter %1 wird hergestellt</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>The cluster named a node without a port: %1</source>
        <translation>Der Cluster hat einen Knoten ohne Port genannt: %1</translation>
    </message>
    <message>
        <source>No node of the Redis Cluster answers: %1</source>
        <translation>Kein Knoten des Redis Clusters antwortet: %1</translation>
    </message>
    <message>
        <source>%1 is not a Redis Cluster (cluster support is disabled there). Remove cluster=on from the Redis URL to use it as a single server.</source>
        <translation>%1 ist kein Redis Cluster (dort ist der Cluster-Modus aus). Entfernen Sie cluster=on aus der Redis-URL, um ihn als einzelnen Server zu verwenden.</translation>
    </message>
    <message>
        <source>The Redis user may not read the cluster&apos;s layout (CLUSTER SHARDS): %1</source>
        <translation>Der Redis-Benutzer darf den Aufbau des Clusters nicht lesen (CLUSTER SHARDS): %1</translation>
    </message>
    <message>
        <source>%1 (slots %2)</source>
        <translation>%1 (Slots %2)</translation>
    </message>
    <message>
        <source>Redis Cluster: master %1 is not answering; waiting for a replica to take over</source>
        <translation>Redis Cluster: Master %1 antwortet nicht; es wird gewartet, bis ein Replikat übernimmt</translation>
    </message>
    <message>
        <source>Redis Cluster: %1 of %2 slots have a master</source>
        <translation>Redis Cluster: %1 von %2 Slots haben einen Master</translation>
    </message>
    <message numerus="yes">
        <source>Redis Cluster: %n master(s)</source>
        <translation>
            <numerusform>Redis Cluster: %n Master</numerusform>
            <numerusform>Redis Cluster: %n Master</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n Replikat</numerusform>
            <numerusform>%n Replikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) down</source>
        <translation>
            <numerusform>%n Knoten ausgefallen</numerusform>
            <numerusform>%n Knoten ausgefallen</numerusform>
        </translation>
    </message>
    <message>
        <source>The Redis Cluster at %1 does not publish its nodes&apos; TLS ports (its servers run with tls-cluster no), so they cannot be reached over TLS. Set tls-cluster yes on every node, or connect with redis:// over plain TCP.</source>
        <translation>Der Redis Cluster unter %1 veröffentlicht die TLS-Ports seiner Knoten nicht (seine Server laufen mit tls-cluster no), daher sind sie über TLS nicht erreichbar. Setzen Sie tls-cluster yes auf jedem Knoten, oder verbinden Sie sich mit redis:// über einfaches TCP.</translation>
    </message>
</context>
<context>
    <name>RedisConfig</name>
    <message>
        <source>Not a Redis URL (expected redis://user@host:port/db): %1</source>
        <translation>Keine Redis-URL (erwartet redis://benutzer@host:port/db): %1</translation>
    </message>
    <message>
        <source>The Redis URL must not contain a password; use the keychain or TS_REDIS_PASSWORD.</source>
        <translation>Die Redis-URL darf kein Passwort enthalten; verwenden Sie den Schlüsselbund oder TS_REDIS_PASSWORD.</translation>
    </message>
    <message>
        <source>The Redis database must be a number: %1</source>
        <translation>Die Redis-Datenbank muss eine Zahl sein: %1</translation>
    </message>
    <message>
        <source>The Redis URL holds a Unicode noncharacter (such as U+FFFE): %1</source>
        <translation>Die Redis-URL enthält ein Unicode-Nichtzeichen (etwa U+FFFE): %1</translation>
    </message>
    <message>
        <source>Redis at %1 is not on this machine: use TLS (rediss://), or allow an unencrypted connection explicitly (?plaintext=allowed).</source>
        <translation>Redis auf %1 liegt nicht auf diesem Rechner: verwenden Sie TLS (rediss://) oder erlauben Sie ausdrücklich eine unverschlüsselte Verbindung (?plaintext=allowed).</translation>
    </message>
    <message>
        <source>cluster= takes on or off, not &quot;%1&quot;.</source>
        <translation>cluster= nimmt on oder off, nicht „%1“.</translation>
    </message>
    <message>
        <source>seeds= names more nodes of a Redis Cluster: add cluster=on, or leave the seeds out.</source>
        <translation>seeds= nennt weitere Knoten eines Redis Clusters: Fügen Sie cluster=on hinzu oder lassen Sie die Seeds weg.</translation>
    </message>
    <message>
        <source>A Redis Cluster has only database 0; the URL asks for database %1.</source>
        <translation>Ein Redis Cluster hat nur die Datenbank 0; die URL verlangt Datenbank %1.</translation>
    </message>
    <message>
        <source>A seed must be host:port, not &quot;%1&quot;.</source>
        <translation>Ein Seed muss host:port sein, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>RedisConnection</name>
    <message>
        <source>Timed out connecting to %1:%2</source>
        <translation>Zeitüberschreitung beim Verbinden mit %1:%2</translation>
    </message>
    <message>
        <source>TLS verification failed: %1</source>
        <translation>TLS-Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Verbinde mit %1:%2</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1</source>
        <translation>Das CA-Zertifikat %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Redis refused the login: %1</source>
        <translation>Redis hat die Anmeldung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Redis needs a password for this connection.</source>
        <translation>Redis braucht für diese Verbindung ein Passwort.</translation>
    </message>
    <message>
        <source>Redis is loading its data</source>
        <translation>Redis lädt seine Daten</translation>
    </message>
    <message>
        <source>Connected to %1:%2</source>
        <translation>Verbunden mit %1:%2</translation>
    </message>
    <message>
        <source>Redis is not connected</source>
        <translation>Redis ist nicht verbunden</translation>
    </message>
    <message>
        <source>Malformed reply from Redis: %1</source>
        <translation>Fehlerhafte Antwort von Redis: %1</translation>
    </message>
    <message>
        <source>Redis sent a reply nobody asked for</source>
        <translation>Redis hat eine Antwort gesendet, nach der niemand gefragt hat</translation>
    </message>
    <message>
        <source>Redis closed the connection</source>
        <translation>Redis hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>RedisScan</name>
    <message>
        <source>The connection was closed before Redis answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor Redis geantwortet hat.</translation>
    </message>
    <message>
        <source>Redis refused SCAN on %1: %2</source>
        <translation>Redis hat SCAN auf %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Redis Cluster: %1</source>
        <translation>Redis Cluster: %1</translation>
    </message>
</context>
<context>
    <name>RedisUsers</name>
    <message>
        <source>the role must be platform_admin, support, finance or tenant_admin</source>
        <translation>die Rolle muss platform_admin, support, finance oder tenant_admin sein</translation>
    </message>
    <message>
        <source>a tenant_admin user needs --tenant ID (the tenant&apos;s UUID)</source>
        <translation>ein tenant_admin-Benutzer braucht --tenant ID (die UUID des Mandanten)</translation>
    </message>
    <message>
        <source>the user name may hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 64)</source>
        <translation>der Benutzername darf Buchstaben, Ziffern, „_“, „.“ und „-“ enthalten (höchstens 64)</translation>
    </message>
    <message>
        <source>the password needs 16 characters or more</source>
        <translation>das Passwort braucht mindestens 16 Zeichen</translation>
    </message>
    <message>
        <source>the Redis user was set, but the audit record failed: %1</source>
        <translation>der Redis-Benutzer wurde gesetzt, aber der Audit-Eintrag ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Redis user %1 set for role %2</source>
        <translation>Redis-Benutzer %1 für die Rolle %2 gesetzt</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Recorded answer</source>
        <translation>Aufgezeichnete Antwort</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Difference between the recorded and the new answer</source>
        <translation>Unterschied zwischen aufgezeichneter und neuer Antwort</translation>
    </message>
    <message>
        <source>Send the recorded messages again with the model and key chosen above</source>
        <translation>Die aufgezeichneten Nachrichten mit dem oben gewählten Modell und Schlüssel erneut senden</translation>
    </message>
    <message>
        <source>Close replay</source>
        <translation>Wiederholung schließen</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>Temperatur %1</translation>
    </message>
    <message>
        <source>max tokens %1</source>
        <translation>max. Tokens %1</translation>
    </message>
    <message>
        <source>Replay of %1 (node %2) of execution %3 · tenant %4
%5 message(s), %6 tool call(s), %7 tool(s) · %8</source>
        <translation>Wiederholung von %1 (Knoten %2) der Ausführung %3 · Mandant %4
%5 Nachricht(en), %6 Werkzeugaufruf(e), %7 Werkzeug(e) · %8</translation>
    </message>
    <message>
        <source>Recorded: %1 · %2 + %3 tokens · $%4</source>
        <translation>Aufgezeichnet: %1 · %2 + %3 Tokens · $%4</translation>
    </message>
    <message>
        <source>(no answer was recorded: %1)</source>
        <translation>(keine Antwort aufgezeichnet: %1)</translation>
    </message>
    <message>
        <source>New: not sent yet</source>
        <translation>Neu: noch nicht gesendet</translation>
    </message>
    <message>
        <source>Difference: send the call again to compare</source>
        <translation>Unterschied: Senden Sie den Aufruf erneut, um zu vergleichen</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <source>New: streaming…</source>
        <translation>Neu: wird gestreamt…</translation>
    </message>
    <message>
        <source>Difference: none, the new answer is the recorded one word for word</source>
        <translation>Unterschied: keiner, die neue Antwort gleicht der aufgezeichneten Wort für Wort</translation>
    </message>
    <message>
        <source>Difference%1: %2 word(s) only in the recorded answer (struck), %3 only in the new one (underlined)</source>
        <translation>Unterschied%1: %2 Wort/Wörter nur in der aufgezeichneten Antwort (durchgestrichen), %3 nur in der neuen (unterstrichen)</translation>
    </message>
    <message>
        <source> by line</source>
        <translation> zeilenweise</translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>Could not create an ephemeral X25519 key (OpenSSL).</source>
        <translation>Es konnte kein kurzlebiger X25519-Schlüssel erzeugt werden (OpenSSL).</translation>
    </message>
    <message>
        <source>X25519 key agreement failed (OpenSSL).</source>
        <translation>X25519-Schlüsselvereinbarung fehlgeschlagen (OpenSSL).</translation>
    </message>
    <message>
        <source>Key derivation failed (OpenSSL HKDF).</source>
        <translation>Schlüsselableitung fehlgeschlagen (OpenSSL HKDF).</translation>
    </message>
    <message>
        <source>No random bytes for the nonce (OpenSSL).</source>
        <translation>Keine Zufallsbytes für die Nonce (OpenSSL).</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed (OpenSSL).</source>
        <translation>AES-256-GCM-Verschlüsselung fehlgeschlagen (OpenSSL).</translation>
    </message>
    <message>
        <source>The platform&apos;s public key is not a PEM public key (byok.public_key in platform settings).</source>
        <translation>Der öffentliche Schlüssel der Plattform ist kein öffentlicher PEM-Schlüssel (byok.public_key in den Plattformeinstellungen).</translation>
    </message>
    <message>
        <source>The platform&apos;s public key is not an X25519 key; TenantScope seals keys with X25519 + AES-256-GCM (docs/byok-sealing.md).</source>
        <translation>Der öffentliche Schlüssel der Plattform ist kein X25519-Schlüssel; TenantScope versiegelt Schlüssel mit X25519 + AES-256-GCM (docs/byok-sealing.md).</translation>
    </message>
</context>
<context>
    <name>SealedKeyRepository</name>
    <message>
        <source>tenant: a tenant id (UUID)</source>
        <translation>tenant: eine Mandanten-ID (UUID)</translation>
    </message>
    <message>
        <source>label: 1 to 100 characters, like &quot;production&quot;</source>
        <translation>label: 1 bis 100 Zeichen, etwa „production“</translation>
    </message>
    <message>
        <source>a gateway token is this desktop&apos;s own; only provider keys are uploaded to the platform</source>
        <translation>ein Gateway-Token gehört diesem Desktop; nur Anbieterschlüssel werden auf die Plattform hochgeladen</translation>
    </message>
    <message>
        <source>the key is shorter than 8 characters: is it the whole key?</source>
        <translation>der Schlüssel ist kürzer als 8 Zeichen: ist es der ganze Schlüssel?</translation>
    </message>
    <message>
        <source>the platform has no public key to seal with: a platform admin sets byok.public_key and byok.key_id in platform_settings</source>
        <translation>die Plattform hat keinen öffentlichen Schlüssel zum Versiegeln: ein Plattform-Admin setzt byok.public_key und byok.key_id in platform_settings</translation>
    </message>
    <message>
        <source>key: a key id (UUID)</source>
        <translation>key: eine Schlüssel-ID (UUID)</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>Tenant, plan and limits</source>
        <translation>Mandant, Tarif und Limits</translation>
    </message>
    <message>
        <source>Live state</source>
        <translation>Live-Zustand</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed executions</source>
        <translation>Fehlgeschlagene Ausführungen</translation>
    </message>
    <message>
        <source>Trace of execution %1</source>
        <translation>Trace der Ausführung %1</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>%1 jobs in %2</source>
        <translation>%1-Jobs in %2</translation>
    </message>
    <message>
        <source>Job %1 in %2</source>
        <translation>Job %1 in %2</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Die Datei wird geschrieben</translation>
    </message>
</context>
<context>
    <name>SnapshotWindow</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>TenantScope support snapshots (*.%1)</source>
        <translation>TenantScope-Support-Schnappschüsse (*.%1)</translation>
    </message>
    <message>
        <source>Open support snapshot</source>
        <translation>Support-Schnappschuss öffnen</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 kann nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>%1 — support snapshot (read-only)</source>
        <translation>%1 — Support-Schnappschuss (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only snapshot of %1 (%2), taken %3 by %4 from the profile &quot;%5&quot; with TenantScope %6.</source>
        <translation>Schreibgeschützter Schnappschuss von %1 (%2), aufgenommen %3 von %4 aus dem Profil „%5“ mit TenantScope %6.</translation>
    </message>
    <message>
        <source>an unknown role</source>
        <translation>einer unbekannten Rolle</translation>
    </message>
    <message>
        <source>Offline: nothing here reads from or writes to a server; the numbers are as they were then.</source>
        <translation>Offline: nichts hier liest von einem Server oder schreibt auf einen; die Zahlen sind so, wie sie damals waren.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) that looked like credentials were redacted when it was taken.</source>
        <translation>
            <numerusform>%n Wert, der wie ein Zugangsdatum aussah, wurde bei der Aufnahme geschwärzt.</numerusform>
            <numerusform>%n Werte, die wie Zugangsdaten aussahen, wurden bei der Aufnahme geschwärzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not in this snapshot: %1.</source>
        <translation>Nicht in diesem Schnappschuss: %1.</translation>
    </message>
    <message>
        <source>About this snapshot</source>
        <translation>Über diesen Schnappschuss</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Failed executions (%1)</source>
        <translation>Fehlgeschlagene Ausführungen (%1)</translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation>Jobs (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open support snapshot…</source>
        <translation>Support-Schnappschuss ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Tenant, plan and limits</source>
        <translation>Mandant, Tarif und Limits</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>%1 (%2), %3 a month</source>
        <translation>%1 (%2), %3 im Monat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation>Tokens in diesem Monat</translation>
    </message>
    <message>
        <source>%1 of %2 included</source>
        <translation>%1 von %2 inklusive</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>Kosten in diesem Monat</translation>
    </message>
    <message>
        <source>Requests this month</source>
        <translation>Anfragen in diesem Monat</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Max. parallel</translation>
    </message>
    <message>
        <source>Requests / tokens per minute</source>
        <translation>Anfragen / Tokens pro Minute</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Runs a month</source>
        <translation>Läufe im Monat</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>Not in this snapshot.</source>
        <translation>Nicht in diesem Schnappschuss.</translation>
    </message>
    <message>
        <source>Redis could not be read: %1</source>
        <translation>Redis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 requests and %2 tokens in the last minute, %3 running; quota %4.</source>
        <translation>%1 Anfragen und %2 Tokens in der letzten Minute, %3 laufend; Kontingent %4.</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>überschritten</translation>
    </message>
    <message>
        <source>not exceeded</source>
        <translation>nicht überschritten</translation>
    </message>
    <message>
        <source>Live state when it was taken</source>
        <translation>Live-Zustand bei der Aufnahme</translation>
    </message>
    <message>
        <source>%1 tokens month to date, %2 included; %3 tokens a day recently.</source>
        <translation>%1 Tokens im laufenden Monat, %2 inklusive; zuletzt %3 Tokens pro Tag.</translation>
    </message>
    <message>
        <source>Over the included tokens since %1.</source>
        <translation>Über den inklusiven Tokens seit %1.</translation>
    </message>
    <message>
        <source>At that pace it would cross them on %1.</source>
        <translation>In diesem Tempo würde er sie am %1 überschreiten.</translation>
    </message>
    <message numerus="yes">
        <source>Resets in %n day(s) (%1).</source>
        <translation>
            <numerusform>Zurückgesetzt in %n Tag (%1).</numerusform>
            <numerusform>Zurückgesetzt in %n Tagen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>This month and the forecast</source>
        <translation>Dieser Monat und die Prognose</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Queued work (BullMQ)</source>
        <translation>Wartende Arbeit (BullMQ)</translation>
    </message>
    <message>
        <source>No jobs in any queue.</source>
        <translation>Keine Jobs in irgendeiner Queue.</translation>
    </message>
    <message>
        <source>%1 × %2, last %3: %4</source>
        <translation>%1 × %2, zuletzt %3: %4</translation>
    </message>
    <message>
        <source>Failed executions by cause</source>
        <translation>Fehlgeschlagene Ausführungen nach Ursache</translation>
    </message>
    <message>
        <source>No failed executions.</source>
        <translation>Keine fehlgeschlagenen Ausführungen.</translation>
    </message>
    <message>
        <source>%1 at %2 %, since %3</source>
        <translation>%1 bei %2 %, seit %3</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Warnungen</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Warnungen.</translation>
    </message>
    <message>
        <source>%1: ••••%2 (%3), since %4%5</source>
        <translation>%1: ••••%2 (%3), seit %4%5</translation>
    </message>
    <message>
        <source>, revoked</source>
        <translation>, widerrufen</translation>
    </message>
    <message>
        <source>Provider keys on the platform</source>
        <translation>Anbieterschlüssel auf der Plattform</translation>
    </message>
    <message>
        <source>No keys uploaded.</source>
        <translation>Keine Schlüssel hochgeladen.</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen verzeichnet.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Failed executions in the snapshot</source>
        <translation>Fehlgeschlagene Ausführungen im Schnappschuss</translation>
    </message>
    <message>
        <source>No failed executions in the last days before the snapshot was taken.</source>
        <translation>Keine fehlgeschlagenen Ausführungen in den letzten Tagen vor der Aufnahme.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Fehlergrund</translation>
    </message>
    <message>
        <source>Jobs in the snapshot</source>
        <translation>Jobs im Schnappschuss</translation>
    </message>
    <message>
        <source>The selected job, whole</source>
        <translation>Der gewählte Job, vollständig</translation>
    </message>
    <message>
        <source>No failed or active jobs of this tenant when the snapshot was taken.</source>
        <translation>Keine fehlgeschlagenen oder aktiven Jobs dieses Mandanten bei der Aufnahme.</translation>
    </message>
    <message>
        <source>At that pace it would stay under them that month.</source>
        <translation>In diesem Tempo wäre er in jenem Monat darunter geblieben.</translation>
    </message>
    <message>
        <source>AI configuration</source>
        <translation>KI-Konfiguration</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message numerus="yes">
        <source>%n value(s) over time</source>
        <translation>
            <numerusform>%n Wert im Zeitverlauf</numerusform>
            <numerusform>%n Werte im Zeitverlauf</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpikesController</name>
    <message>
        <source>Rule &quot;%1&quot; saved for the whole team.</source>
        <translation>Regel „%1“ für das ganze Team gespeichert.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Regel entfernt.</translation>
    </message>
    <message>
        <source>Acknowledged for the whole team.</source>
        <translation>Für das ganze Team bestätigt.</translation>
    </message>
</context>
<context>
    <name>SpikesPanel</name>
    <message>
        <source>Open only</source>
        <translation>Nur offene</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Last 60 min</source>
        <translation>Letzte 60 Min.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>Gilt für</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Anomaly rules</source>
        <translation>Anomalieregeln</translation>
    </message>
    <message>
        <source>Acknowledge spike</source>
        <translation>Ausreißer bestätigen</translation>
    </message>
    <message>
        <source>A note for the team (the cause, what happens next):</source>
        <translation>Eine Notiz für das Team (die Ursache, was als Nächstes passiert):</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Regel bearbeiten…</translation>
    </message>
    <message>
        <source>Remove rule…</source>
        <translation>Regel entfernen…</translation>
    </message>
    <message>
        <source>Remove anomaly rule</source>
        <translation>Anomalieregel entfernen</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; stops being evaluated for the whole team. The spikes it found are removed with it.</source>
        <translation>Die Regel „%1“ wird für das ganze Team nicht mehr ausgewertet. Die gefundenen Ausreißer werden mit ihr entfernt.</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Regel entfernen</translation>
    </message>
    <message>
        <source>Spikes of the last 7 days: the last 60 minutes against the same hour of earlier days</source>
        <translation>Ausreißer der letzten 7 Tage: die letzten 60 Minuten gegen dieselbe Stunde früherer Tage</translation>
    </message>
    <message>
        <source>Rules shared by the team (platform admins change them)</source>
        <translation>Regeln für das ganze Team (Plattform-Admins ändern sie)</translation>
    </message>
    <message>
        <source>Loading spikes…</source>
        <translation>Ausreißer werden geladen…</translation>
    </message>
    <message>
        <source>Loading rules…</source>
        <translation>Regeln werden geladen…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>acknowledged by %1, %2</source>
        <translation>bestätigt von %1, %2</translation>
    </message>
    <message>
        <source>No open spikes in the last 7 days: every rule&apos;s last hour is within its baseline.</source>
        <translation>Keine offenen Ausreißer in den letzten 7 Tagen: Die letzte Stunde jeder Regel liegt innerhalb ihrer Basis.</translation>
    </message>
    <message>
        <source>No spikes in the last 7 days.</source>
        <translation>Keine Ausreißer in den letzten 7 Tagen.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>No anomaly rules yet: add one to catch spikes of spend, tokens or failures.</source>
        <translation>Noch keine Anomalieregeln: Fügen Sie eine hinzu, um Ausreißer bei Ausgaben, Tokens oder Fehlschlägen zu erkennen.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3: %4 against a baseline of %5 (the median of %6, from 1 to %n day(s) back). Method: %7.</source>
        <translation>
            <numerusform>%1, %2 bis %3: %4 gegen eine Basis von %5 (der Median von %6, von 1 bis %n Tag zurück). Methode: %7.</numerusform>
            <numerusform>%1, %2 bis %3: %4 gegen eine Basis von %5 (der Median von %6, von 1 bis %n Tagen zurück). Methode: %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>The stream sent a line longer than %1 bytes; it was stopped.</source>
        <translation>Der Stream hat eine Zeile länger als %1 Bytes gesendet; er wurde gestoppt.</translation>
    </message>
</context>
<context>
    <name>StandbyMonitor</name>
    <message>
        <source>%1:%2 is not a standby (it is not in recovery and accepts writes); TenantScope reads from the primary and sends nothing there.</source>
        <translation>%1:%2 ist kein Standby (er ist nicht im Recovery-Modus und nimmt Schreibzugriffe an); TenantScope liest vom Primärserver und sendet nichts dorthin.</translation>
    </message>
    <message>
        <source>standby: measuring its lag</source>
        <translation>Standby: Rückstand wird gemessen</translation>
    </message>
    <message>
        <source>standby %1 s behind (%2 bytes not replayed)</source>
        <translation>Standby %1 s zurück (%2 Bytes nicht eingespielt)</translation>
    </message>
    <message>
        <source>standby %1 s behind, past the bound of %2 s: reading from the primary</source>
        <translation>Standby %1 s zurück, über der Grenze von %2 s: es wird vom Primärserver gelesen</translation>
    </message>
    <message>
        <source>standby down: reading from the primary (%1)</source>
        <translation>Standby ausgefallen: es wird vom Primärserver gelesen (%1)</translation>
    </message>
    <message>
        <source>standby %1 s behind, past the bound of %2 s: figures are that old</source>
        <translation>Standby %1 s im Rückstand, über der Grenze von %2 s: die Zahlen sind so alt</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Progress of the running work</source>
        <translation>Fortschritt der laufenden Arbeit</translation>
    </message>
    <message>
        <source>Stop the running work after the step in progress</source>
        <translation>Die laufende Arbeit nach dem aktuellen Schritt anhalten</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1: wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>StripeApi</name>
    <message>
        <source>HTTP %1 without Stripe&apos;s error object</source>
        <translation>HTTP %1 ohne Fehlerobjekt von Stripe</translation>
    </message>
    <message>
        <source>Stripe refused the key: %1 Store a valid restricted key for this profile.</source>
        <translation>Stripe hat den Schlüssel abgelehnt: %1 Speichern Sie einen gültigen eingeschränkten Schlüssel für dieses Profil.</translation>
    </message>
    <message>
        <source>The key may not do this: %1</source>
        <translation>Der Schlüssel darf das nicht: %1</translation>
    </message>
    <message>
        <source>Stripe kept limiting the requests (HTTP 429) after %1 tries: %2</source>
        <translation>Stripe hat die Anfragen nach %1 Versuchen weiter begrenzt (HTTP 429): %2</translation>
    </message>
    <message>
        <source>Stripe answered HTTP %1: %2</source>
        <translation>Stripe hat mit HTTP %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>Stripe did not answer within %1 s.</source>
        <translation>Stripe hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Stripe could not be reached: %1</source>
        <translation>Stripe war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer is not a JSON object: %1</source>
        <translation>Die Antwort von Stripe ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The Stripe API address is not a URL (like https://api.stripe.com).</source>
        <translation>Die Adresse der Stripe-API ist keine URL (wie https://api.stripe.com).</translation>
    </message>
    <message>
        <source>The Stripe API address carries no user name, password or query.</source>
        <translation>Die Adresse der Stripe-API enthält keinen Benutzernamen, kein Passwort und keine Abfrage.</translation>
    </message>
    <message>
        <source>The Stripe API address must start with https:// (plain http only to this machine): the key and the invoices travel over it.</source>
        <translation>Die Adresse der Stripe-API muss mit https:// beginnen (einfaches http nur zu diesem Rechner): Schlüssel und Rechnungen gehen darüber.</translation>
    </message>
    <message>
        <source>No Stripe key is stored for this profile.</source>
        <translation>Für dieses Profil ist kein Stripe-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <source>Stripe said there is more, but its last item has no id to continue after.</source>
        <translation>Stripe meldet weitere Einträge, aber der letzte hat keine ID, nach der es weitergeht.</translation>
    </message>
    <message>
        <source>More than %1 items: the list was cut there.</source>
        <translation>Mehr als %1 Einträge: die Liste wurde dort abgeschnitten.</translation>
    </message>
</context>
<context>
    <name>StripeBillingReader</name>
    <message>
        <source>Stripe&apos;s invoices: %1</source>
        <translation>Rechnungen von Stripe: %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s upcoming invoice: %1</source>
        <translation>Kommende Rechnung von Stripe: %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s usage record summaries: %1</source>
        <translation>Nutzungszusammenfassungen von Stripe: %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s meter %1: %2</source>
        <translation>Stripe-Zähler %1: %2</translation>
    </message>
    <message>
        <source>Meter %1 aggregates its events by &quot;%2&quot;; the platform reports tokens that add up, so only a meter that sums them can be reconciled.</source>
        <translation>Zähler %1 fasst seine Ereignisse mit „%2“ zusammen; die Plattform meldet Tokens, die sich addieren, daher lässt sich nur ein summierender Zähler abgleichen.</translation>
    </message>
    <message>
        <source>Stripe&apos;s meter event summaries: %1</source>
        <translation>Zählerzusammenfassungen von Stripe: %1</translation>
    </message>
    <message>
        <source>Stripe has no customer %1: %2</source>
        <translation>Stripe hat keinen Kunden %1: %2</translation>
    </message>
    <message>
        <source>Customer %1 was deleted in Stripe.</source>
        <translation>Kunde %1 wurde in Stripe gelöscht.</translation>
    </message>
</context>
<context>
    <name>SupportSnapshot</name>
    <message>
        <source>The file is larger than a support snapshot can be (%1 MB).</source>
        <translation>Die Datei ist größer, als ein Support-Schnappschuss sein kann (%1 MB).</translation>
    </message>
    <message>
        <source>This is not a support snapshot: the file is not JSON (%1 at byte %2).</source>
        <translation>Dies ist kein Support-Schnappschuss: die Datei ist kein JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>This is not a TenantScope support snapshot.</source>
        <translation>Dies ist kein TenantScope-Support-Schnappschuss.</translation>
    </message>
    <message>
        <source>The snapshot has no valid version: it is damaged.</source>
        <translation>Der Schnappschuss hat keine gültige Version: er ist beschädigt.</translation>
    </message>
    <message>
        <source>The snapshot was written by a newer TenantScope (format %1; this one reads up to %2).</source>
        <translation>Der Schnappschuss wurde von einem neueren TenantScope geschrieben (Format %1; dieses liest bis %2).</translation>
    </message>
    <message>
        <source>The snapshot names no tenant: it is damaged.</source>
        <translation>Der Schnappschuss nennt keinen Mandanten: er ist beschädigt.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Tenant360</name>
    <message>
        <source>This month and the forecast</source>
        <translation>Dieser Monat und die Prognose</translation>
    </message>
    <message>
        <source>Failed executions, last %1 days</source>
        <translation>Fehlgeschlagene Ausführungen, letzte %1 Tage</translation>
    </message>
    <message>
        <source>Queued work (BullMQ)</source>
        <translation>Wartende Arbeit (BullMQ)</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Warnungen</translation>
    </message>
    <message>
        <source>Provider keys on the platform</source>
        <translation>Anbieterschlüssel auf der Plattform</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Letzte Änderungen</translation>
    </message>
    <message>
        <source>AI configuration</source>
        <translation>KI-Konfiguration</translation>
    </message>
</context>
<context>
    <name>Tenant360Sections</name>
    <message numerus="yes">
        <source>%1 tokens this month on an unlimited plan; resets in %n day(s).</source>
        <translation>
            <numerusform>%1 Tokens in diesem Monat in einem unbegrenzten Tarif; zurückgesetzt in %n Tag.</numerusform>
            <numerusform>%1 Tokens in diesem Monat in einem unbegrenzten Tarif; zurückgesetzt in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 included tokens (%3 %), %4 tokens a day recently.</source>
        <translation>%1 von %2 inklusiven Tokens (%3 %), zuletzt %4 Tokens pro Tag.</translation>
    </message>
    <message>
        <source>Over the included tokens since %1.</source>
        <translation>Über den inklusiven Tokens seit %1.</translation>
    </message>
    <message>
        <source>At this pace it crosses them on %1.</source>
        <translation>In diesem Tempo überschreitet er sie am %1.</translation>
    </message>
    <message>
        <source>At this pace it stays under them this month.</source>
        <translation>In diesem Tempo bleibt er diesen Monat darunter.</translation>
    </message>
    <message numerus="yes">
        <source>Resets in %n day(s) (%1).</source>
        <translation>
            <numerusform>Zurückgesetzt in %n Tag (%1).</numerusform>
            <numerusform>Zurückgesetzt in %n Tagen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Usage</source>
        <translation>In Nutzung öffnen</translation>
    </message>
    <message>
        <source>Open in Executions</source>
        <translation>In Ausführungen öffnen</translation>
    </message>
    <message>
        <source>Open Queues</source>
        <translation>Queues öffnen</translation>
    </message>
    <message>
        <source>Open Alerts</source>
        <translation>Warnungen öffnen</translation>
    </message>
    <message>
        <source>Open in Keys</source>
        <translation>In Schlüssel öffnen</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Audit-Log öffnen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 × %2%3, last %4: %5</source>
        <translation>%1 × %2%3, zuletzt %4: %5</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No failed executions.</source>
        <translation>Keine fehlgeschlagenen Ausführungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the largest groups:</source>
        <translation>
            <numerusform>%n fehlgeschlagen in der größten Gruppe:</numerusform>
            <numerusform>%n fehlgeschlagen in den größten Gruppen:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No jobs in any queue.</source>
        <translation>Keine Jobs in irgendeiner Queue.</translation>
    </message>
    <message>
        <source>%1 at %2 %: %3, since %4</source>
        <translation>%1 bei %2 %: %3, seit %4</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Keine offenen Warnungen.</translation>
    </message>
    <message>
        <source>%1: ••••%2 (%3), since %4</source>
        <translation>%1: ••••%2 (%3), seit %4</translation>
    </message>
    <message>
        <source>No active keys uploaded.</source>
        <translation>Keine aktiven Schlüssel hochgeladen.</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3: %4</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen verzeichnet.</translation>
    </message>
    <message>
        <source>Open in Flags</source>
        <translation>In Flags öffnen</translation>
    </message>
</context>
<context>
    <name>TenantDetailPane</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (kein Limit)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Plan and this month</source>
        <translation>Tarif und dieser Monat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Provider cost</source>
        <translation>Anbieterkosten</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Offene Warnungen</translation>
    </message>
    <message>
        <source>Effective limits</source>
        <translation>Effektive Limits</translation>
    </message>
    <message>
        <source>Included tokens</source>
        <translation>Inklusive Tokens</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Max. parallel</translation>
    </message>
    <message>
        <source>Requests / min</source>
        <translation>Anfragen / min</translation>
    </message>
    <message>
        <source>Tokens / min</source>
        <translation>Tokens / min</translation>
    </message>
    <message>
        <source>Monthly runs</source>
        <translation>Läufe im Monat</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Erlaubte Modelle</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Live (Redis)</source>
        <translation>Live (Redis)</translation>
    </message>
    <message>
        <source>Requests, last 60 s</source>
        <translation>Anfragen, letzte 60 s</translation>
    </message>
    <message>
        <source>Tokens, last 60 s</source>
        <translation>Tokens, letzte 60 s</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>Laufen gerade</translation>
    </message>
    <message>
        <source>Quota flag</source>
        <translation>Kontingent-Flag</translation>
    </message>
    <message>
        <source>Gateway month counter</source>
        <translation>Monatszähler des Gateways</translation>
    </message>
    <message>
        <source>Select a tenant to see its plan, limits and live state.</source>
        <translation>Wählen Sie einen Mandanten, um Tarif, Limits und Live-Zustand zu sehen.</translation>
    </message>
    <message>
        <source>Loading tenant…</source>
        <translation>Mandant wird geladen…</translation>
    </message>
    <message>
        <source>%1: %2 base, %3 per 1k tokens over the included amount</source>
        <translation>%1: %2 Grundpreis, %3 je 1k Tokens über der inklusiven Menge</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>EXCEEDED: requests are being refused</source>
        <translation>ÜBERSCHRITTEN: Anfragen werden abgelehnt</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>frei</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 Tokens, %2</translation>
    </message>
    <message>
        <source>no counter yet this month</source>
        <translation>in diesem Monat noch kein Zähler</translation>
    </message>
    <message>
        <source>invalid counter in Redis (%1): not shown as usage</source>
        <translation>ungültiger Zähler in Redis (%1): nicht als Nutzung angezeigt</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Copies a tenantscope:// link to this tenant, to paste into a ticket</source>
        <translation>Kopiert einen tenantscope://-Link auf diesen Mandanten, zum Einfügen in ein Ticket</translation>
    </message>
    <message>
        <source>Tenant detail</source>
        <translation>Mandantendetails</translation>
    </message>
    <message>
        <source>Export snapshot…</source>
        <translation>Schnappschuss exportieren…</translation>
    </message>
    <message>
        <source>Saves this tenant&apos;s view (numbers, failing executions with traces, jobs; no secrets) to one file another TenantScope opens read-only</source>
        <translation>Speichert die Sicht auf diesen Mandanten (Zahlen, fehlschlagende Ausführungen mit Traces, Jobs; keine Geheimnisse) in einer Datei, die ein anderes TenantScope schreibgeschützt öffnet</translation>
    </message>
</context>
<context>
    <name>TenantJobCountsModel</name>
    <message>
        <source>(no tenant in job data)</source>
        <translation>(kein Mandant in den Job-Daten)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
</context>
<context>
    <name>TenantListModel</name>
    <message>
        <source>%1
id %2</source>
        <translation>%1
ID %2</translation>
    </message>
    <message>
        <source>%1 (unlimited)</source>
        <translation>%1 (unbegrenzt)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation>Tokens in diesem Monat</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>Kosten in diesem Monat</translation>
    </message>
</context>
<context>
    <name>TenantPicker</name>
    <message>
        <source>All tenants (type a name, slug or id to pick one)</source>
        <translation>Alle Mandanten (Name, Kürzel oder ID eingeben, um einen zu wählen)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
</context>
<context>
    <name>TenantQuota</name>
    <message>
        <source>unlimited</source>
        <translation>unbegrenzt</translation>
    </message>
</context>
<context>
    <name>TenantRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>Tenant %1 was not found, or your login is not permitted to see it.</source>
        <translation>Mandant %1 wurde nicht gefunden, oder Ihre Anmeldung darf ihn nicht sehen.</translation>
    </message>
    <message>
        <source>Not permitted: the Redis user may not read this tenant&apos;s keys.</source>
        <translation>Nicht erlaubt: der Redis-Benutzer darf die Schlüssel dieses Mandanten nicht lesen.</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <source>Search tenants by name, slug or id</source>
        <translation>Mandanten nach Name, Kürzel oder ID suchen</translation>
    </message>
    <message>
        <source>Tenant search</source>
        <translation>Mandantensuche</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Mandanten werden geladen…</translation>
    </message>
    <message>
        <source>Could not load tenants:
%1</source>
        <translation>Mandanten konnten nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>No tenants yet. Load demo data with `tenantscope-cli demo-data`, or connect to a platform that has some.</source>
        <translation>Noch keine Mandanten. Laden Sie Demodaten mit `tenantscope-cli demo-data`, oder verbinden Sie sich mit einer Plattform, die welche hat.</translation>
    </message>
    <message>
        <source>No tenant matches &quot;%1&quot;.</source>
        <translation>Kein Mandant passt zu „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n Mandant angezeigt, scrollen für mehr</numerusform>
            <numerusform>%n Mandanten angezeigt, scrollen für mehr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n Mandant</numerusform>
            <numerusform>%n Mandanten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>starts at +%1 ms, runs %2 ms</source>
        <translation>beginnt bei +%1 ms, läuft %2 ms</translation>
    </message>
    <message>
        <source>%1 (checkpoint)</source>
        <translation>%1 (Checkpoint)</translation>
    </message>
    <message>
        <source>%1, will retry</source>
        <translation>%1, wird wiederholt</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitachse</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Versuch</translation>
    </message>
</context>
<context>
    <name>TraceOperations</name>
    <message>
        <source>An execution is named by its id (a UUID): %1</source>
        <translation>Eine Ausführung wird über ihre ID (eine UUID) angegeben: %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Name the file the trace is written to.</source>
        <translation>Geben Sie die Datei an, in die der Trace geschrieben wird.</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Node input</source>
        <translation>Knoteneingabe</translation>
    </message>
    <message>
        <source>Node output</source>
        <translation>Knotenausgabe</translation>
    </message>
    <message>
        <source>Trace nodes</source>
        <translation>Trace-Knoten</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Stacktrace</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Select an execution to see its trace.</source>
        <translation>Wählen Sie eine Ausführung, um ihren Trace zu sehen.</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 Knoten</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 Tokens</translation>
    </message>
    <message>
        <source>Resumes %1 from node %2 (requested by %3)</source>
        <translation>Setzt %1 ab Knoten %2 fort (angefordert von %3)</translation>
    </message>
    <message>
        <source>Retries %1 (requested by %2)</source>
        <translation>Wiederholt %1 (angefordert von %2)</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Fehlgeschlagen: %1: %2</translation>
    </message>
    <message>
        <source>Node %1 · %2 · %3 · attempt %4%5</source>
        <translation>Knoten %1 · %2 · %3 · Versuch %4%5</translation>
    </message>
    <message>
        <source> · will retry</source>
        <translation> · wird wiederholt</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Kein Fehler.</translation>
    </message>
    <message>
        <source>… %1 more characters</source>
        <translation>… %1 weitere Zeichen</translation>
    </message>
    <message>
        <source>BullMQ job %1 on queue %2</source>
        <translation>BullMQ-Job %1 in Queue %2</translation>
    </message>
    <message>
        <source>Open in Playground</source>
        <translation>Im Playground öffnen</translation>
    </message>
    <message>
        <source>Send this LLM call again with its exact messages, tools, model and parameters, as the tenant, and set the new answer beside the recorded one</source>
        <translation>Diesen LLM-Aufruf mit genau seinen Nachrichten, Werkzeugen, Modell und Parametern als der Mandant erneut senden und die neue Antwort neben die aufgezeichnete stellen</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Recorded · %1</source>
        <translation>Aufgezeichnet · %1</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Completion-Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>Milliarden</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>Millionen</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>Tausend</translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation>Tokens in diesem Monat</translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation>Inklusive: %1</translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation>Im aktuellen Tempo</translation>
    </message>
    <message>
        <source>Unlimited plan: no quota to cross</source>
        <translation>Unbegrenzter Tarif: kein Kontingent zu überschreiten</translation>
    </message>
    <message>
        <source>Crossed the included tokens on %1</source>
        <translation>Inklusive Tokens am %1 überschritten</translation>
    </message>
    <message>
        <source>Crosses the included tokens on %1 at the current pace</source>
        <translation>Überschreitet die inklusiven Tokens im aktuellen Tempo am %1</translation>
    </message>
    <message>
        <source>Stays within the included tokens this month at the current pace</source>
        <translation>Bleibt im aktuellen Tempo diesen Monat innerhalb der inklusiven Tokens</translation>
    </message>
    <message numerus="yes">
        <source>resets in %n day(s)</source>
        <translation>
            <numerusform>zurückgesetzt in %n Tag</numerusform>
            <numerusform>zurückgesetzt in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>nach Stunde</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>nach Tag</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>nach Monat</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Choose a tenant and a range.</source>
        <translation>Wählen Sie einen Mandanten und einen Zeitraum.</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Nutzung wird geladen…</translation>
    </message>
    <message>
        <source>Could not load usage:
%1</source>
        <translation>Nutzung konnte nicht geladen werden:
%1</translation>
    </message>
    <message>
        <source>History from PostgreSQL rollups</source>
        <translation>Verlauf aus PostgreSQL-Rollups</translation>
    </message>
    <message>
        <source>● Live: today reconciled with the gateways&apos; counters at %1 UTC</source>
        <translation>● Live: heute abgeglichen mit den Zählern der Gateways um %1 UTC</translation>
    </message>
    <message>
        <source>Today from PostgreSQL only: %1</source>
        <translation>Heute nur aus PostgreSQL: %1</translation>
    </message>
    <message>
        <source>No usage in this range.</source>
        <translation>Keine Nutzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>This tenant has no usage in this range.</source>
        <translation>Dieser Mandant hat keine Nutzung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Month context unavailable: %1</source>
        <translation>Monatskontext nicht verfügbar: %1</translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 of %2 included tokens (%3 %), %4 tokens/day recently; resets in %n day(s).</source>
        <translation>
            <numerusform>Dieser Monat: %1 von %2 inklusiven Tokens (%3 %), zuletzt %4 Tokens/Tag; zurückgesetzt in %n Tag.</numerusform>
            <numerusform>Dieser Monat: %1 von %2 inklusiven Tokens (%3 %), zuletzt %4 Tokens/Tag; zurückgesetzt in %n Tagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 tokens on an unlimited plan; resets in %n day(s).</source>
        <translation>
            <numerusform>Dieser Monat: %1 Tokens in einem unbegrenzten Tarif; zurückgesetzt in %n Tag.</numerusform>
            <numerusform>Dieser Monat: %1 Tokens in einem unbegrenzten Tarif; zurückgesetzt in %n Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation>Nutzung im Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>UsageQuery</name>
    <message>
        <source>Give both dates of the range as YYYY-MM-DD.</source>
        <translation>Geben Sie beide Daten des Zeitraums als JJJJ-MM-TT an.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>Der Zeitraum beginnt nach seinem Ende.</translation>
    </message>
    <message>
        <source>Ranges are limited to 400 days.</source>
        <translation>Zeiträume sind auf 400 Tage begrenzt.</translation>
    </message>
</context>
<context>
    <name>UsageRepository</name>
    <message>
        <source>Tenant %1 was not found, or your login is not permitted to see it.</source>
        <translation>Mandant %1 wurde nicht gefunden, oder Ihre Anmeldung darf ihn nicht sehen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>„%1“ ist keine Mandanten-ID (UUID).</translation>
    </message>
    <message>
        <source>Not permitted to read the live counters.</source>
        <translation>Nicht erlaubt, die Live-Zähler zu lesen.</translation>
    </message>
    <message>
        <source>Live counters unavailable: %1</source>
        <translation>Live-Zähler nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>Period (UTC)</source>
        <translation>Zeitraum (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Completion-Tokens</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give a reason (at least 3 characters): it goes into the audit log.</source>
        <translation>Geben Sie einen Grund an (mindestens 3 Zeichen): er kommt ins Audit-Log.</translation>
    </message>
    <message>
        <source>The reason is limited to 1000 characters.</source>
        <translation>Der Grund ist auf 1000 Zeichen begrenzt.</translation>
    </message>
</context>
<context>
    <name>Webhook</name>
    <message>
        <source>This is not a URL (like https://hooks.slack.com/services/…).</source>
        <translation>Das ist keine URL (etwa https://hooks.slack.com/services/…).</translation>
    </message>
    <message>
        <source>A webhook URL carries no user name or password.</source>
        <translation>Eine Webhook-URL enthält keinen Benutzernamen und kein Passwort.</translation>
    </message>
    <message>
        <source>A webhook URL must start with https:// (plain http only to this machine): alerts name tenants and figures.</source>
        <translation>Eine Webhook-URL muss mit https:// beginnen (einfaches http nur zu diesem Rechner): Warnungen nennen Mandanten und Zahlen.</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>keine Antwort innerhalb der Frist</translation>
    </message>
</context>
<context>
    <name>ZoomableChartView</name>
    <message>
        <source>Drag to zoom into a range, wheel to zoom, arrows or middle button to pan, Home or double click to reset</source>
        <translation>Ziehen zum Zoomen in einen Bereich, Mausrad zum Zoomen, Pfeiltasten oder mittlere Taste zum Verschieben, Pos1 oder Doppelklick zum Zurücksetzen</translation>
    </message>
</context>
</TS>
