<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionConfirmDialog</name>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation>Pourquoi ? (consigné dans le journal d&apos;audit avec votre identifiant et l&apos;heure)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
</context>
<context>
    <name>AiConfigOperations</name>
    <message>
        <source>%1 could not be written (%2).</source>
        <translation>%1 n’a pas pu être écrit (%2).</translation>
    </message>
</context>
<context>
    <name>AiConfigPanel</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Vérifier et enregistrer…</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Revenir à cette version…</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Global defaults (type a tenant&apos;s name for its overrides)</source>
        <translation>Valeurs globales (saisissez le nom d’un locataire pour ses valeurs propres)</translation>
    </message>
    <message>
        <source>not set: follows the global default</source>
        <translation>non défini : suit la valeur globale</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Fallback model</source>
        <translation>Modèle de repli</translation>
    </message>
    <message>
        <source>Prompt version</source>
        <translation>Version du prompt</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Tokens max.</translation>
    </message>
    <message>
        <source>0 to 2, two decimals at most</source>
        <translation>0 à 2, deux décimales au plus</translation>
    </message>
    <message>
        <source>1 to 1,000,000</source>
        <translation>1 à 1 000 000</translation>
    </message>
    <message>
        <source>RAG</source>
        <translation>RAG</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Tenant:</source>
        <translation>Locataire :</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>Fallback model:</source>
        <translation>Modèle de repli :</translation>
    </message>
    <message>
        <source>Temperature:</source>
        <translation>Température :</translation>
    </message>
    <message>
        <source>Max tokens:</source>
        <translation>Tokens max. :</translation>
    </message>
    <message>
        <source>RAG:</source>
        <translation>RAG :</translation>
    </message>
    <message>
        <source>Prompt version:</source>
        <translation>Version du prompt :</translation>
    </message>
    <message>
        <source>System prompt:</source>
        <translation>Prompt système :</translation>
    </message>
    <message>
        <source>Effective configuration</source>
        <translation>Configuration effective</translation>
    </message>
    <message>
        <source>Configuration history</source>
        <translation>Historique de la configuration</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>History (newest first):</source>
        <translation>Historique (le plus récent d’abord) :</translation>
    </message>
    <message>
        <source>Effective configuration:</source>
        <translation>Configuration effective :</translation>
    </message>
    <message>
        <source>the global defaults</source>
        <translation>les valeurs globales</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>le locataire %1</translation>
    </message>
    <message>
        <source>The global defaults: every tenant follows them for each field it does not set itself.</source>
        <translation>Les valeurs globales : chaque locataire les suit pour chaque champ qu’il ne définit pas lui-même.</translation>
    </message>
    <message>
        <source>This tenant&apos;s overrides: an empty field follows the global default.</source>
        <translation>Les valeurs propres de ce locataire : un champ vide suit la valeur globale.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Loading the versions of %1…</source>
        <translation>Chargement des versions de %1…</translation>
    </message>
    <message>
        <source>Choose a tenant to see the configuration it gets: its overrides over the global defaults, and every flag&apos;s value for it.</source>
        <translation>Choisissez un locataire pour voir la configuration qu’il reçoit : ses valeurs propres par-dessus les valeurs globales, et la valeur de chaque flag pour lui.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>The configuration&apos;s history could not be read: %1</source>
        <translation>L’historique de la configuration n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No global defaults have been set yet.</source>
        <translation>Aucune valeur globale n’est encore définie.</translation>
    </message>
    <message>
        <source>This tenant sets nothing of its own yet: it follows the global defaults.</source>
        <translation>Ce locataire ne définit encore rien lui-même : il suit les valeurs globales.</translation>
    </message>
    <message>
        <source>%1 (back to %2)</source>
        <translation>%1 (retour à %2)</translation>
    </message>
    <message>
        <source>%1 (in force)</source>
        <translation>%1 (en vigueur)</translation>
    </message>
    <message>
        <source>The effective configuration could not be read: %1</source>
        <translation>La configuration effective n’a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>locataire</translation>
    </message>
    <message>
        <source>global default</source>
        <translation>valeur globale</translation>
    </message>
    <message>
        <source>flag %1: %2</source>
        <translation>flag %1 : %2</translation>
    </message>
    <message>
        <source>Temperature: &quot;%1&quot; is not a number from 0 to 2 with two decimals at most.</source>
        <translation>Température : « %1 » n’est pas un nombre de 0 à 2 avec deux décimales au plus.</translation>
    </message>
    <message>
        <source>Max tokens: &quot;%1&quot; is not a whole number from 1 to 1,000,000.</source>
        <translation>Tokens max. : « %1 » n’est pas un nombre entier de 1 à 1 000 000.</translation>
    </message>
    <message>
        <source>System prompt: %1 characters, at most %2.</source>
        <translation>Prompt système : %1 caractères, %2 au plus.</translation>
    </message>
    <message>
        <source>Nothing to save: the configuration is unchanged.</source>
        <translation>Rien à enregistrer : la configuration est inchangée.</translation>
    </message>
    <message>
        <source>Finding the tenants this reaches…</source>
        <translation>Recherche des locataires concernés…</translation>
    </message>
    <message>
        <source>Roll %1 back to version %2</source>
        <translation>Ramener %1 à la version %2</translation>
    </message>
    <message>
        <source>The rollback makes version %1 equal to version %2, audited; the tenants reached get their configuration in Redis right after.</source>
        <translation>Le retour arrière fait de la version %1 une copie de la version %2, journalisée ; les locataires concernés reçoivent leur configuration dans Redis juste après.</translation>
    </message>
    <message>
        <source>Roll back to version %1</source>
        <translation>Revenir à la version %1</translation>
    </message>
    <message>
        <source>Change the AI configuration of %1</source>
        <translation>Modifier la configuration IA de %1</translation>
    </message>
    <message>
        <source>Saving makes version %1 of %2. The tenants reached get their new effective configuration in Redis right after the save, announced on the plan-changes channel.</source>
        <translation>L’enregistrement crée la version %1 de %2. Les locataires concernés reçoivent leur nouvelle configuration effective dans Redis juste après, annoncée sur le canal des changements de plans.</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Enregistrer la version %1</translation>
    </message>
    <message>
        <source>Version %1 is the same as the version in force: nothing to roll back.</source>
        <translation>La version %1 est identique à la version en vigueur : rien à annuler.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Retour arrière…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edit is still here; review it again to save it on the version now.</source>
        <translation>Non enregistré : %1 Votre modification est toujours là ; vérifiez-la de nouveau pour l’enregistrer sur la version actuelle.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>The AI configuration of %1 is now at version %2; it changed for %n tenant(s).</source>
        <translation>
            <numerusform>La configuration IA de %1 est maintenant à la version %2 ; elle a changé pour %n locataire.</numerusform>
            <numerusform>La configuration IA de %1 est maintenant à la version %2 ; elle a changé pour %n locataires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis has the AI configuration of %n tenant(s), announced.</source>
        <translation>
            <numerusform>Redis a la configuration IA de %n locataire, annoncée.</numerusform>
            <numerusform>Redis a la configuration IA de %n locataires, annoncée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis was not updated: %1 The tenants stay pending until a push succeeds.</source>
        <translation>Redis n’a pas été mis à jour : %1 Les locataires restent en attente jusqu’à ce qu’un envoi réussisse.</translation>
    </message>
    <message>
        <source>Try in the Playground</source>
        <translation>Essayer dans le Playground</translation>
    </message>
    <message>
        <source>Chat as this tenant: its effective prompt, model, temperature and maximum</source>
        <translation>Discuter comme ce locataire : son prompt, son modèle, sa température et son maximum effectifs</translation>
    </message>
</context>
<context>
    <name>AiConfigPusher</name>
    <message>
        <source>Redis did not take the AI configuration. %1 PostgreSQL has the change, and the tenants stay marked as pending until a push succeeds.</source>
        <translation>Redis n’a pas pris la configuration IA. %1 PostgreSQL a la modification, et les locataires restent marqués en attente jusqu’à ce qu’un envoi réussisse.</translation>
    </message>
    <message>
        <source>Redis has the AI configuration, but marking it done failed: %1</source>
        <translation>Redis a la configuration IA, mais la marquer comme faite a échoué : %1</translation>
    </message>
</context>
<context>
    <name>AiConfigRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant de locataire (UUID).</translation>
    </message>
</context>
<context>
    <name>AlertDelivery</name>
    <message numerus="yes">
        <source>failed after %n attempt(s): %1</source>
        <translation>
            <numerusform>échec après %n tentative : %1</numerusform>
            <numerusform>échec après %n tentatives : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AlertDeliveryRow</name>
    <message>
        <source>sent</source>
        <translation>envoyée</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>en attente d’envoi</translation>
    </message>
    <message>
        <source>retrying at %1 (%2)</source>
        <translation>nouvelle tentative à %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AlertRepository</name>
    <message>
        <source>Redis refused the counters: %1</source>
        <translation>Redis a refusé les compteurs : %1</translation>
    </message>
    <message>
        <source>thresholds: whole percentages from 1 to 1000, like 80,90,100</source>
        <translation>seuils : pourcentages entiers de 1 à 1000, par exemple 80,90,100</translation>
    </message>
</context>
<context>
    <name>AlertSender</name>
    <message>
        <source>delivery %1: %2</source>
        <translation>envoi %1 : %2</translation>
    </message>
</context>
<context>
    <name>AlertsPage</name>
    <message>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Used / limit</source>
        <translation>Consommé / limite</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Quota alerts</source>
        <translation>Alertes de quota</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Consommé</translation>
    </message>
    <message>
        <source>Reaches 100 %</source>
        <translation>Atteint 100 %</translation>
    </message>
    <message>
        <source>Throttled</source>
        <translation>Bridé</translation>
    </message>
    <message>
        <source>Tenants near their limits</source>
        <translation>Locataires proches de leurs limites</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Snooze 1 day</source>
        <translation>Reporter d&apos;un jour</translation>
    </message>
    <message>
        <source>Snooze 1 week</source>
        <translation>Reporter d&apos;une semaine</translation>
    </message>
    <message>
        <source>Lowest threshold</source>
        <translation>Seuil le plus bas</translation>
    </message>
    <message>
        <source>All thresholds</source>
        <translation>Tous les seuils</translation>
    </message>
    <message>
        <source>Evaluate now</source>
        <translation>Évaluer maintenant</translation>
    </message>
    <message>
        <source>Acknowledge alert</source>
        <translation>Acquitter l&apos;alerte</translation>
    </message>
    <message>
        <source>A note for the team (who you talked to, what happens next):</source>
        <translation>Une note pour l&apos;équipe (à qui vous avez parlé, ce qui se passe ensuite) :</translation>
    </message>
    <message>
        <source>snoozed for a day</source>
        <translation>reportée d&apos;un jour</translation>
    </message>
    <message>
        <source>snoozed for a week</source>
        <translation>reportée d&apos;une semaine</translation>
    </message>
    <message>
        <source>This month&apos;s quota alerts (shared by the whole team)</source>
        <translation>Les alertes de quota de ce mois (partagées par toute l&apos;équipe)</translation>
    </message>
    <message>
        <source>Tenants at or over a threshold, or throttled, at the last evaluation</source>
        <translation>Locataires au seuil ou au-delà, ou bridés, lors de la dernière évaluation</translation>
    </message>
    <message>
        <source>Loading alerts…</source>
        <translation>Chargement des alertes…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>acknowledged by %1, %2</source>
        <translation>acquittée par %1, %2</translation>
    </message>
    <message>
        <source>snoozed by %1 until %2</source>
        <translation>reportée par %1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>No open alerts this month.</source>
        <translation>Aucune alerte ouverte ce mois-ci.</translation>
    </message>
    <message>
        <source>No alerts this month.</source>
        <translation>Aucune alerte ce mois-ci.</translation>
    </message>
    <message>
        <source>evaluation failed: %1</source>
        <translation>échec de l&apos;évaluation : %1</translation>
    </message>
    <message>
        <source>evaluated %1</source>
        <translation>évalué %1</translation>
    </message>
    <message>
        <source>not evaluated yet</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>yes, requests refused</source>
        <translation>oui, requêtes refusées</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Acknowledged for the whole team.</source>
        <translation>Acquittée pour toute l&apos;équipe.</translation>
    </message>
    <message>
        <source>Snoozed for the whole team.</source>
        <translation>Reportée pour toute l&apos;équipe.</translation>
    </message>
    <message>
        <source>Show all tenants</source>
        <translation>Afficher tous les locataires</translation>
    </message>
    <message>
        <source>Only %1&apos;s alerts</source>
        <translation>Seulement les alertes de %1</translation>
    </message>
    <message>
        <source>Compare every tenant&apos;s month to date with its limits, and run the anomaly rules, now (done every minute)</source>
        <translation>Comparer maintenant le mois en cours de chaque locataire à ses limites et évaluer les règles d’anomalie (fait chaque minute)</translation>
    </message>
    <message>
        <source>Quotas</source>
        <translation>Quotas</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Pics</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
</context>
<context>
    <name>AnomalyAlert</name>
    <message>
        <source>whole platform</source>
        <translation>toute la plateforme</translation>
    </message>
    <message>
        <source>from 0</source>
        <translation>depuis 0</translation>
    </message>
</context>
<context>
    <name>AnomalyRepository</name>
    <message>
        <source>Show spikes of 1 to 366 days.</source>
        <translation>Afficher les pics de 1 à 366 jours.</translation>
    </message>
</context>
<context>
    <name>AnomalyRule</name>
    <message>
        <source>Name the rule (1 to 80 characters).</source>
        <translation>Nommez la règle (1 à 80 caractères).</translation>
    </message>
    <message>
        <source>The metric is spend, tokens or failures.</source>
        <translation>La mesure est spend, tokens ou failures.</translation>
    </message>
    <message>
        <source>The scope is the whole platform or tenants.</source>
        <translation>La portée est toute la plateforme ou les locataires.</translation>
    </message>
    <message>
        <source>A rule for the whole platform names no tenant.</source>
        <translation>Une règle pour toute la plateforme ne nomme aucun locataire.</translation>
    </message>
    <message>
        <source>The tenant is a tenant id (a UUID).</source>
        <translation>Le locataire est un identifiant de locataire (un UUID).</translation>
    </message>
    <message>
        <source>The baseline window is 1 to 28 days (the same hour of that many earlier days); %1 is not one.</source>
        <translation>La fenêtre de référence va de 1 à 28 jours (la même heure d’autant de jours précédents) ; %1 n’en fait pas partie.</translation>
    </message>
    <message>
        <source>The factor is a number from 1.1 to 1000 (how many times the baseline is a spike).</source>
        <translation>Le facteur est un nombre de 1,1 à 1000 (combien de fois la référence fait un pic).</translation>
    </message>
    <message>
        <source>The minimum is a number of 0 or more (dollars, tokens or failed executions in the hour).</source>
        <translation>Le minimum est un nombre de 0 ou plus (dollars, tokens ou exécutions échouées dans l’heure).</translation>
    </message>
    <message>
        <source>whole platform</source>
        <translation>toute la plateforme</translation>
    </message>
    <message>
        <source>each tenant</source>
        <translation>chaque locataire</translation>
    </message>
    <message numerus="yes">
        <source>last 60 min vs the median of the same 60 min on the %n previous day(s); fires at %1 x and at least %2</source>
        <translation>
            <numerusform>60 dernières min contre la médiane des mêmes 60 min du %n jour précédent ; se déclenche à %1 x et au moins %2</numerusform>
            <numerusform>60 dernières min contre la médiane des mêmes 60 min des %n jours précédents ; se déclenche à %1 x et au moins %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnomalyRuleDialog</name>
    <message>
        <source>Evaluate this rule</source>
        <translation>Évaluer cette règle</translation>
    </message>
    <message>
        <source>Change anomaly rule</source>
        <translation>Modifier la règle d’anomalie</translation>
    </message>
    <message>
        <source>Add anomaly rule</source>
        <translation>Ajouter une règle d’anomalie</translation>
    </message>
    <message>
        <source>Spend (USD of platform-paid calls)</source>
        <translation>Dépenses (USD des appels payés par la plateforme)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Failed executions</source>
        <translation>Exécutions échouées</translation>
    </message>
    <message>
        <source>Each tenant</source>
        <translation>Chaque locataire</translation>
    </message>
    <message>
        <source>One tenant</source>
        <translation>Un locataire</translation>
    </message>
    <message>
        <source>The whole platform</source>
        <translation>Toute la plateforme</translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation>identifiant du locataire</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Why, for the audit log</source>
        <translation>Pourquoi, pour le journal d’audit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Baseline: same hour of the previous</source>
        <translation>Référence : même heure des précédents</translation>
    </message>
    <message>
        <source>Fires at (× baseline)</source>
        <translation>Se déclenche à (× référence)</translation>
    </message>
    <message>
        <source>And at least (in the hour)</source>
        <translation>Et au moins (dans l’heure)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Name the tenant (its id) or choose each tenant.</source>
        <translation>Nommez le locataire (son identifiant) ou choisissez chaque locataire.</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>No connection profile yet. Choose File &gt; Connect… to add one.</source>
        <translation>Pas encore de profil de connexion. Choisissez Fichier &gt; Se connecter… pour en ajouter un.</translation>
    </message>
    <message>
        <source>Password not saved</source>
        <translation>Mot de passe non enregistré</translation>
    </message>
</context>
<context>
    <name>AppLink</name>
    <message>
        <source>Not a TenantScope link: %1</source>
        <translation>Pas un lien TenantScope : %1</translation>
    </message>
    <message>
        <source>A TenantScope link has no user, port, query or fragment: %1</source>
        <translation>Un lien TenantScope n&apos;a ni utilisateur, ni port, ni requête, ni fragment : %1</translation>
    </message>
    <message>
        <source>The link does not end in an id (a UUID): %1</source>
        <translation>Le lien ne se termine pas par un identifiant (un UUID) : %1</translation>
    </message>
    <message>
        <source>TenantScope links open a tenant or an execution, not &quot;%1&quot;</source>
        <translation>Les liens TenantScope ouvrent un locataire ou une exécution, pas « %1 »</translation>
    </message>
</context>
<context>
    <name>AsOfLabel</name>
    <message>
        <source>These figures were read from the hot standby, which replays the primary&apos;s changes with a delay. Writes and actions always go to the primary.</source>
        <translation>Ces chiffres ont été lus sur le serveur de secours (hot standby), qui rejoue les changements du primaire avec un délai. Les écritures et les actions vont toujours au primaire.</translation>
    </message>
</context>
<context>
    <name>AsyncSteps</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>AuditRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant de locataire (UUID).</translation>
    </message>
    <message>
        <source>Action and actor filters are limited to 100 characters.</source>
        <translation>Les filtres d&apos;action et d&apos;auteur sont limités à 100 caractères.</translation>
    </message>
    <message>
        <source>The time range starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
</context>
<context>
    <name>BillingDifferenceModel</name>
    <message>
        <source>whole period</source>
        <translation>toute la période</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>possible</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>pas maintenant</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Re-send</source>
        <translation>Renvoi</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explication</translation>
    </message>
</context>
<context>
    <name>BillingOperations</name>
    <message>
        <source>A Stripe secret key starts with rk_live_, rk_test_ (restricted: recommended), sk_live_ or sk_test_; a publishable key (pk_) cannot read invoices.</source>
        <translation>Une clé secrète Stripe commence par rk_live_, rk_test_ (restreinte : recommandée), sk_live_ ou sk_test_ ; une clé publiable (pk_) ne peut pas lire les factures.</translation>
    </message>
    <message>
        <source>The month is YYYY-MM.</source>
        <translation>Le mois s’écrit AAAA-MM.</translation>
    </message>
    <message>
        <source>%1 has not begun: nothing is metered or billed yet.</source>
        <translation>%1 n’a pas commencé : rien n’est encore mesuré ni facturé.</translation>
    </message>
    <message>
        <source>A tenant is named by its id (a UUID).</source>
        <translation>Un locataire se désigne par son identifiant (un UUID).</translation>
    </message>
    <message>
        <source>No Stripe key is stored for the profile %1: store a restricted key first (tenantscope-cli billing key set).</source>
        <translation>Aucune clé Stripe n’est enregistrée pour le profil %1 : enregistrez d’abord une clé restreinte (tenantscope-cli billing key set).</translation>
    </message>
    <message>
        <source>Tenant %1 has no billing account (billing_accounts), or your login may not read it.</source>
        <translation>Le locataire %1 n’a pas de compte de facturation (billing_accounts), ou votre connexion ne peut pas le lire.</translation>
    </message>
    <message>
        <source>Nothing is missing for %1: every report of the day reached Stripe (or the day had no usage).</source>
        <translation>Rien ne manque pour %1 : chaque déclaration du jour a atteint Stripe (ou le jour n’avait pas d’utilisation).</translation>
    </message>
    <message>
        <source>%1 is still open: the platform&apos;s reporter sends its days; re-send only once the month has closed.</source>
        <translation>%1 est encore ouvert : le déclarant de la plateforme envoie ses jours ; renvoyez seulement une fois le mois clos.</translation>
    </message>
    <message>
        <source>Stripe could not be read, so whether it has invoiced the month is unknown; nothing was sent: %1</source>
        <translation>Stripe n’a pas pu être lu, on ignore donc si le mois est facturé ; rien n’a été envoyé : %1</translation>
    </message>
    <message>
        <source>Stripe has already invoiced %1 (invoice %2, %3): a re-sent report would not be billed; correct it in Stripe with a credit note or an invoice item instead.</source>
        <translation>Stripe a déjà facturé %1 (facture %2, %3) : une déclaration renvoyée ne serait pas facturée ; corrigez-le dans Stripe par un avoir ou une ligne de facture.</translation>
    </message>
    <message>
        <source>This day may not be re-sent.</source>
        <translation>Ce jour ne peut pas être renvoyé.</translation>
    </message>
    <message>
        <source>The day is YYYY-MM-DD.</source>
        <translation>Le jour s’écrit AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Stripe answered, but the report log could not record it (reconcile to see what Stripe holds): %1</source>
        <translation>Stripe a répondu, mais le journal des déclarations n’a pas pu l’enregistrer (rapprochez pour voir ce que détient Stripe) : %1</translation>
    </message>
    <message>
        <source>Stripe refused the re-send (recorded as a failed report): %1</source>
        <translation>Stripe a refusé le renvoi (enregistré comme déclaration échouée) : %1</translation>
    </message>
    <message>
        <source>Stopped after %1 of %2 tenants; nothing was changed.</source>
        <translation>Arrêté après %1 locataires sur %2 ; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>BillingReconciler</name>
    <message>
        <source>Unreported day</source>
        <translation>Jour non déclaré</translation>
    </message>
    <message>
        <source>Failed report</source>
        <translation>Déclaration échouée</translation>
    </message>
    <message>
        <source>Double report</source>
        <translation>Déclaration en double</translation>
    </message>
    <message>
        <source>Late usage</source>
        <translation>Utilisation tardive</translation>
    </message>
    <message>
        <source>Missing timestamp</source>
        <translation>Horodatage manquant</translation>
    </message>
    <message>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <source>Unexplained</source>
        <translation>Inexpliqué</translation>
    </message>
    <message>
        <source>%1 tokens were used and never reported.</source>
        <translation>%1 jetons ont été utilisés et jamais déclarés.</translation>
    </message>
    <message>
        <source>Stripe refused the report (%1): %2</source>
        <translation>Stripe a refusé la déclaration (%1) : %2</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>pas de message</translation>
    </message>
    <message>
        <source>%1 tokens arrived after the day was reported at %2.</source>
        <translation>%1 jetons sont arrivés après la déclaration du jour à %2.</translation>
    </message>
    <message>
        <source>Reported again at %1 under another identifier (%2); Stripe counts both.</source>
        <translation>Déclaré à nouveau à %1 sous un autre identifiant (%2) ; Stripe compte les deux.</translation>
    </message>
    <message>
        <source>Sent with the timestamp %1, outside the period.</source>
        <translation>Envoyé avec l’horodatage %1, hors de la période.</translation>
    </message>
    <message>
        <source>Sent without a timestamp at %1: Stripe counts it in the period it arrived in.</source>
        <translation>Envoyé sans horodatage à %1 : Stripe le compte dans la période où il est arrivé.</translation>
    </message>
    <message>
        <source>A report for %1 sent with a timestamp in this period.</source>
        <translation>Une déclaration pour %1 envoyée avec un horodatage dans cette période.</translation>
    </message>
    <message>
        <source>A report for %1 sent without a timestamp at %2: Stripe counts it in this period.</source>
        <translation>Une déclaration pour %1 envoyée sans horodatage à %2 : Stripe la compte dans cette période.</translation>
    </message>
    <message>
        <source>Stripe counted %1 units on this day; the report log says %2 were accepted.</source>
        <translation>Stripe a compté %1 unités ce jour-là ; le journal des déclarations en indique %2 acceptées.</translation>
    </message>
    <message>
        <source>Stripe holds %1 units for the period; the report log says %2 were accepted.</source>
        <translation>Stripe détient %1 unités pour la période ; le journal des déclarations en indique %2 acceptées.</translation>
    </message>
    <message>
        <source>The reports rounded each day&apos;s tokens to whole units on their own (%1 units for %2 tokens) instead of carrying the remainder to the next day.</source>
        <translation>Les déclarations ont arrondi les jetons de chaque jour à des unités entières séparément (%1 unités pour %2 jetons) au lieu de reporter le reste au jour suivant.</translation>
    </message>
    <message>
        <source>Stripe&apos;s figure differs by %1 units that no report explains.</source>
        <translation>Le chiffre de Stripe diffère de %1 unités qu’aucune déclaration n’explique.</translation>
    </message>
</context>
<context>
    <name>BulkJobAction</name>
    <message>
        <source>A batch is 1 to %1 jobs.</source>
        <translation>Un lot compte de 1 à %1 jobs.</translation>
    </message>
</context>
<context>
    <name>ChangeReviewDialog</name>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Tenants reached</source>
        <translation>Locataires concernés</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message numerus="yes">
        <source>It reaches %n tenant(s).</source>
        <translation>
            <numerusform>Elle concerne %n locataire.</numerusform>
            <numerusform>Elle concerne %n locataires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n by name are listed.</source>
        <translation>
            <numerusform>Le premier par nom est listé.</numerusform>
            <numerusform>Les %n premiers par nom sont listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation>Pourquoi ? (inscrit au journal d’audit avec votre identifiant et l’heure)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
</context>
<context>
    <name>ChatSession</name>
    <message>
        <source>An answer is still streaming: stop it first.</source>
        <translation>Une réponse est encore en cours de diffusion : arrêtez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <source>Choose a model.</source>
        <translation>Choisissez un modèle.</translation>
    </message>
    <message>
        <source>The platform gateway needs a tenant and the gateway&apos;s URL (ws:// or wss://).</source>
        <translation>La passerelle de la plateforme a besoin d&apos;un locataire et de l&apos;URL de la passerelle (ws:// ou wss://).</translation>
    </message>
    <message>
        <source>The partial answer is kept.</source>
        <translation>La réponse partielle est conservée.</translation>
    </message>
    <message>
        <source>Playground conversation</source>
        <translation>Conversation du Playground</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Assistant (%1)</source>
        <translation>Assistant (%1)</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>premier jeton en %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 jetons de prompt + %2 de complétion</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>ended early: %1</source>
        <translation>terminée prématurément : %1</translation>
    </message>
    <message>
        <source>This is not a TenantScope conversation (format tenantscope.conversation, version 1).</source>
        <translation>Ce n&apos;est pas une conversation TenantScope (format tenantscope.conversation, version 1).</translation>
    </message>
    <message>
        <source>The conversation names an unknown provider.</source>
        <translation>La conversation nomme un fournisseur inconnu.</translation>
    </message>
    <message>
        <source>A turn has no role (user or assistant).</source>
        <translation>Un tour n&apos;a pas de rôle (user ou assistant).</translation>
    </message>
</context>
<context>
    <name>ChatStreamDecoder</name>
    <message>
        <source>The provider sent something that is not valid JSON (%1).</source>
        <translation>Le fournisseur a envoyé quelque chose qui n&apos;est pas du JSON valide (%1).</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>aucune commande indiquée</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>migrations did not finish within 120 s</source>
        <translation>les migrations ne se sont pas terminées en 120 s</translation>
    </message>
    <message>
        <source>applied %1</source>
        <translation>appliquée : %1</translation>
    </message>
    <message>
        <source>schema up to date (%1 applied now, %2 already)</source>
        <translation>schéma à jour (%1 appliquées maintenant, %2 déjà)</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer</source>
        <translation>--seed doit être un entier positif ou nul</translation>
    </message>
    <message>
        <source>migrations timed out</source>
        <translation>délai dépassé pour les migrations</translation>
    </message>
    <message>
        <source>demo data: %1 tenants, %2 days, %3 usage events, %4 executions, seed %5</source>
        <translation>données de démo : %1 locataires, %2 jours, %3 événements d&apos;usage, %4 exécutions, graine %5</translation>
    </message>
    <message>
        <source>demo data did not finish within 30 minutes</source>
        <translation>les données de démo ne se sont pas terminées en 30 minutes</translation>
    </message>
    <message>
        <source>demo data loaded in %1 s</source>
        <translation>données de démo chargées en %1 s</translation>
    </message>
    <message>
        <source>tenants show needs a tenant id</source>
        <translation>tenants show attend un identifiant de locataire</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 100000</source>
        <translation>--limit doit être compris entre 1 et 100000</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s</source>
        <translation>PostgreSQL n&apos;a pas répondu en 30 s</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>the servers did not answer within 30 s</source>
        <translation>les serveurs n&apos;ont pas répondu en 30 s</translation>
    </message>
    <message>
        <source>give the new user&apos;s password (16 characters or more) on standard input</source>
        <translation>donnez le mot de passe du nouvel utilisateur (16 caractères ou plus) sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>tenantscope-cli redis-user</source>
        <translation>tenantscope-cli redis-user</translation>
    </message>
    <message>
        <source>--by must be hour, day or month</source>
        <translation>--by doit valoir hour, day ou month</translation>
    </message>
    <message>
        <source>the servers did not answer within 60 s</source>
        <translation>les serveurs n&apos;ont pas répondu en 60 s</translation>
    </message>
    <message>
        <source>warning: today&apos;s live counters were not read: %1</source>
        <translation>avertissement : les compteurs en direct d&apos;aujourd&apos;hui n&apos;ont pas été lus : %1</translation>
    </message>
    <message>
        <source>--month must be YYYY-MM</source>
        <translation>--month doit être AAAA-MM</translation>
    </message>
    <message>
        <source>--by must be tenant, model, provider or day</source>
        <translation>--by doit valoir tenant, model, provider ou day</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit doit être un nombre positif</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 60 s</source>
        <translation>PostgreSQL n&apos;a pas répondu en 60 s</translation>
    </message>
    <message>
        <source>executions show needs an execution id</source>
        <translation>executions show attend un identifiant d&apos;exécution</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 1000</source>
        <translation>--limit doit être compris entre 1 et 1000</translation>
    </message>
    <message>
        <source>--since takes an amount with m, h or d (90m, 1h, 7d)</source>
        <translation>--since prend une durée en m, h ou d (90m, 1h, 7d)</translation>
    </message>
    <message>
        <source>retry of %1 (requested by %2)</source>
        <translation>nouvelle tentative de %1 (demandée par %2)</translation>
    </message>
    <message>
        <source>executions %1 needs an execution id</source>
        <translation>executions %1 attend un identifiant d&apos;exécution</translation>
    </message>
    <message>
        <source>PostgreSQL did not answer within 30 s; the action may or may not have happened: check the execution</source>
        <translation>PostgreSQL n&apos;a pas répondu en 30 s ; l&apos;action a peut-être eu lieu, peut-être pas : vérifiez l&apos;exécution</translation>
    </message>
    <message>
        <source>cancelled %1 (it was %2)</source>
        <translation>%1 annulée (elle était %2)</translation>
    </message>
    <message>
        <source>%1 queued as new execution %2</source>
        <translation>%1 mise en file comme nouvelle exécution %2</translation>
    </message>
    <message>
        <source>--state must be one of %1</source>
        <translation>--state doit être l&apos;un de %1</translation>
    </message>
    <message>
        <source>--tenant needs a tenant id (a UUID)</source>
        <translation>--tenant attend un identifiant de locataire (un UUID)</translation>
    </message>
    <message>
        <source>no answer within 30 s; the job may or may not have changed: run jobs show</source>
        <translation>pas de réponse en 30 s ; le job a peut-être changé : lancez jobs show</translation>
    </message>
    <message>
        <source>job %1 of %2: %3, state %4</source>
        <translation>job %1 de %2 : %3, état %4</translation>
    </message>
    <message>
        <source>tenant %1, attempts made %2, created %3, processed %4, finished %5</source>
        <translation>locataire %1, tentatives %2, créé %3, traité %4, terminé %5</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>données : %1</translation>
    </message>
    <message>
        <source>options: %1</source>
        <translation>options : %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>returned: %1</source>
        <translation>retour : %1</translation>
    </message>
    <message>
        <source> (paused)</source>
        <translation> (en pause)</translation>
    </message>
    <message>
        <source>alerts thresholds needs whole percentages, like 80,90,100</source>
        <translation>alerts thresholds attend des pourcentages entiers, par exemple 80,90,100</translation>
    </message>
    <message>
        <source>alert thresholds are now %1 %</source>
        <translation>les seuils d&apos;alerte sont maintenant %1 %</translation>
    </message>
    <message>
        <source>--min takes a percentage (0 to 1000)</source>
        <translation>--min prend un pourcentage (0 à 1000)</translation>
    </message>
    <message>
        <source>alerts %1 needs an alert id (a number)</source>
        <translation>alerts %1 attend un identifiant d&apos;alerte (un nombre)</translation>
    </message>
    <message>
        <source>--hours takes 1 to 2160</source>
        <translation>--hours prend 1 à 2160</translation>
    </message>
    <message>
        <source>alert %1 acknowledged</source>
        <translation>alerte %1 acquittée</translation>
    </message>
    <message>
        <source>alert %1 snoozed for %2 h</source>
        <translation>alerte %1 reportée de %2 h</translation>
    </message>
    <message>
        <source>the servers did not answer within 120 s</source>
        <translation>les serveurs n&apos;ont pas répondu en 120 s</translation>
    </message>
    <message>
        <source>  reaches 100 % %1</source>
        <translation>  atteint 100 % %1</translation>
    </message>
    <message>
        <source>  THROTTLED</source>
        <translation>  BRIDÉ</translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s) fired</source>
        <translation>
            <numerusform>%n nouvelle alerte déclenchée</numerusform>
            <numerusform>%n nouvelles alertes déclenchées</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>acknowledged by %1</source>
        <translation>acquittée par %1</translation>
    </message>
    <message>
        <source>snoozed until %1</source>
        <translation>reportée jusqu&apos;au %1</translation>
    </message>
    <message>
        <source>%1, but %2 Run `tenantscope-cli limits push` when Redis is back.</source>
        <translation>%1, mais %2 Lancez `tenantscope-cli limits push` quand Redis sera revenu.</translation>
    </message>
    <message>
        <source>plans %1 needs a plan id</source>
        <translation>plans %1 attend un identifiant de forfait</translation>
    </message>
    <message>
        <source>plans set needs FIELD=VALUE (fields: %1)</source>
        <translation>plans set attend CHAMP=VALEUR (champs : %1)</translation>
    </message>
    <message>
        <source>plan &quot;%1&quot; does not exist</source>
        <translation>le forfait « %1 » n&apos;existe pas</translation>
    </message>
    <message>
        <source>plan %1, version %2, %3 tenants</source>
        <translation>forfait %1, version %2, %3 locataires</translation>
    </message>
    <message>
        <source>plan %1 already has these values; nothing saved</source>
        <translation>le forfait %1 a déjà ces valeurs ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>overrides %1 needs a tenant id (a UUID)</source>
        <translation>overrides %1 attend un identifiant de locataire (un UUID)</translation>
    </message>
    <message>
        <source>overrides set needs FIELD=VALUE (fields: %1)</source>
        <translation>overrides set attend CHAMP=VALEUR (champs : %1)</translation>
    </message>
    <message>
        <source>--until takes a date (YYYY-MM-DD, until the end of that UTC day) or an ISO time</source>
        <translation>--until prend une date (AAAA-MM-JJ, jusqu&apos;à la fin de ce jour UTC) ou une heure ISO</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>, expired</source>
        <translation>, expirée</translation>
    </message>
    <message>
        <source>saved the override of %1 (version %2)</source>
        <translation>dérogation de %1 enregistrée (version %2)</translation>
    </message>
    <message>
        <source>removed the override of %1</source>
        <translation>dérogation de %1 supprimée</translation>
    </message>
    <message>
        <source>no answer within 120 s; the limits may be partly pushed: run it again</source>
        <translation>pas de réponse en 120 s ; les limites sont peut-être poussées en partie : relancez</translation>
    </message>
    <message>
        <source>--limit must be between 1 and 5000</source>
        <translation>--limit doit être compris entre 1 et 5000</translation>
    </message>
    <message>
        <source>--provider: one of openai, anthropic, custom, platform</source>
        <translation>--provider : l&apos;un de openai, anthropic, custom, platform</translation>
    </message>
    <message>
        <source>%1 key: </source>
        <translation>clé %1 : </translation>
    </message>
    <message>
        <source> (the key is read from standard input)</source>
        <translation> (la clé est lue sur l&apos;entrée standard)</translation>
    </message>
    <message>
        <source>the keychain did not answer within 20 s</source>
        <translation>le trousseau n&apos;a pas répondu en 20 s</translation>
    </message>
    <message>
        <source>stored the %1 key %2 in the keychain (profile %3)</source>
        <translation>clé %1 %2 enregistrée dans le trousseau (profil %3)</translation>
    </message>
    <message>
        <source>deleted the %1 key of profile %2</source>
        <translation>clé %1 du profil %2 supprimée</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>keys revoke needs the uploaded key&apos;s id (see keys list --tenant ID)</source>
        <translation>keys revoke attend l&apos;identifiant de la clé téléversée (voir keys list --tenant ID)</translation>
    </message>
    <message>
        <source>revoked key %1</source>
        <translation>clé %1 révoquée</translation>
    </message>
    <message>
        <source>the gateway token is tested by a chat: tenantscope-cli chat --provider platform ...</source>
        <translation>le jeton de la passerelle se teste par une conversation : tenantscope-cli chat --provider platform ...</translation>
    </message>
    <message>
        <source>the provider did not answer within 30 s</source>
        <translation>le fournisseur n&apos;a pas répondu en 30 s</translation>
    </message>
    <message>
        <source> (key from %1)</source>
        <translation> (clé depuis %1)</translation>
    </message>
    <message>
        <source>keys upload needs --tenant ID (the tenant&apos;s UUID)</source>
        <translation>keys upload attend --tenant ID (l&apos;UUID du locataire)</translation>
    </message>
    <message>
        <source>--tenant needs the tenant&apos;s UUID</source>
        <translation>--tenant attend l&apos;UUID du locataire</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>--provider: openai, anthropic or platform</source>
        <translation>--provider : openai, anthropic ou platform</translation>
    </message>
    <message>
        <source>chat needs a prompt: tenantscope-cli chat --provider openai --model M &quot;prompt&quot;</source>
        <translation>chat attend un prompt : tenantscope-cli chat --provider openai --model M &quot;prompt&quot;</translation>
    </message>
    <message>
        <source>--max-tokens: 1 to 200000</source>
        <translation>--max-tokens : 1 à 200000</translation>
    </message>
    <message>
        <source>no key</source>
        <translation>pas de clé</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>not sent: the tenant&apos;s plan would refuse it (--anyway sends it all the same)</source>
        <translation>non envoyé : le forfait du locataire le refuserait (--anyway l&apos;envoie quand même)</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model est requis</translation>
    </message>
    <message>
        <source>%1 · %2 · key: %3</source>
        <translation>%1 · %2 · clé : %3</translation>
    </message>
    <message>
        <source>first token %1 ms</source>
        <translation>premier jeton en %1 ms</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 prompt + %2 completion tokens</source>
        <translation>%1 jetons de prompt + %2 de complétion</translation>
    </message>
    <message>
        <source>finish: %1</source>
        <translation>fin : %1</translation>
    </message>
    <message>
        <source>snapshot show needs a file</source>
        <translation>snapshot show attend un fichier</translation>
    </message>
    <message>
        <source>reading %1 took longer than 30 s</source>
        <translation>la lecture de %1 a pris plus de 30 s</translation>
    </message>
    <message>
        <source>%1 (%2), taken %3 by %4 from &quot;%5&quot; with TenantScope %6</source>
        <translation>%1 (%2), pris le %3 par %4 depuis « %5 » avec TenantScope %6</translation>
    </message>
    <message>
        <source>%1 failed executions, %2 jobs, %3 values redacted</source>
        <translation>%1 exécutions en échec, %2 jobs, %3 valeurs masquées</translation>
    </message>
    <message>
        <source>not in it: %1 (%2)</source>
        <translation>absent : %1 (%2)</translation>
    </message>
    <message>
        <source>snapshot export needs --tenant ID and --out FILE</source>
        <translation>snapshot export attend --tenant ID et --out FICHIER</translation>
    </message>
    <message>
        <source>the snapshot took longer than 5 minutes</source>
        <translation>l&apos;instantané a pris plus de 5 minutes</translation>
    </message>
    <message>
        <source>wrote %1: %2 failed executions, %3 jobs, %4 values redacted</source>
        <translation>%1 écrit : %2 exécutions en échec, %3 jobs, %4 valeurs masquées</translation>
    </message>
    <message numerus="yes">
        <source>%1; Redis limits of %n tenant(s) updated and the change published</source>
        <translation>
            <numerusform>%1 ; limites Redis de %n locataire mises à jour et la modification publiée</numerusform>
            <numerusform>%1 ; limites Redis de %n locataires mises à jour et la modification publiée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>saved plan %1 as version %2 (%n tenant(s) affected)</source>
        <translation>
            <numerusform>forfait %1 enregistré en version %2 (%n locataire concerné)</numerusform>
            <numerusform>forfait %1 enregistré en version %2 (%n locataires concernés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>pushed the limits of %n tenant(s)</source>
        <translation>
            <numerusform>limites de %n locataire envoyées</numerusform>
            <numerusform>limites de %n locataires envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no longer pending</source>
        <translation>
            <numerusform>%n n’est plus en attente</numerusform>
            <numerusform>%n ne sont plus en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer within 30 s; check the user with ACL GETUSER %1</source>
        <translation>pas de réponse en 30 s ; vérifiez l&apos;utilisateur avec ACL GETUSER %1</translation>
    </message>
    <message>
        <source>no answer within 90 s; the plan may or may not have changed: run plans show</source>
        <translation>pas de réponse en 90 s ; le plan a peut-être changé : lancez plans show</translation>
    </message>
    <message>
        <source>no answer within 90 s; run overrides list to see what happened</source>
        <translation>pas de réponse en 90 s ; lancez overrides list pour voir ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>only thresholds of PERCENT or more</source>
        <translation>seulement les seuils de PERCENT ou plus</translation>
    </message>
    <message>
        <source>This month&apos;s alerts: the open ones, or all.</source>
        <translation>Les alertes du mois : les ouvertes, ou toutes.</translation>
    </message>
    <message>
        <source>acknowledged and snoozed ones too</source>
        <translation>aussi celles acquittées ou reportées</translation>
    </message>
    <message>
        <source>Acknowledge an alert (shared with everyone, audited).</source>
        <translation>Acquitter une alerte (partagé avec tous, audité).</translation>
    </message>
    <message>
        <source>the alert id</source>
        <translation>l’identifiant de l’alerte</translation>
    </message>
    <message>
        <source>a note for the others</source>
        <translation>une note pour les autres</translation>
    </message>
    <message>
        <source>Snooze an alert for some hours (audited).</source>
        <translation>Reporter une alerte de quelques heures (audité).</translation>
    </message>
    <message>
        <source>how long (default 24)</source>
        <translation>combien de temps (24 par défaut)</translation>
    </message>
    <message>
        <source>Set the alert thresholds, in percent of a limit (platform admins; audited).</source>
        <translation>Définir les seuils d’alerte, en pourcentage d’une limite (administrateurs de la plateforme ; audité).</translation>
    </message>
    <message>
        <source>like 80,90,100</source>
        <translation>par exemple 80,90,100</translation>
    </message>
    <message>
        <source>why, for the audit log</source>
        <translation>pourquoi, pour le journal d’audit</translation>
    </message>
    <message>
        <source>Stream an answer to stdout; status and usage on stderr. Key: OPENAI_API_KEY / ANTHROPIC_API_KEY / TS_GATEWAY_TOKEN, else the keychain.</source>
        <translation>Diffuser une réponse sur stdout ; état et consommation sur stderr. Clé : OPENAI_API_KEY / ANTHROPIC_API_KEY / TS_GATEWAY_TOKEN, sinon le trousseau.</translation>
    </message>
    <message>
        <source>what to ask</source>
        <translation>la question</translation>
    </message>
    <message>
        <source>who answers</source>
        <translation>qui répond</translation>
    </message>
    <message>
        <source>as the SDKs take it: OpenAI&apos;s with /v1, Anthropic&apos;s without; the gateway&apos;s ws(s):// URL</source>
        <translation>comme les SDK la prennent : celle d’OpenAI avec /v1, celle d’Anthropic sans ; l’URL ws(s):// de la passerelle</translation>
    </message>
    <message>
        <source>the model</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>the tenant whose configuration and limits apply</source>
        <translation>le locataire dont la configuration et les limites s’appliquent</translation>
    </message>
    <message>
        <source>a system prompt</source>
        <translation>un prompt système</translation>
    </message>
    <message>
        <source>at most N tokens (default 1024)</source>
        <translation>au plus N jetons (1024 par défaut)</translation>
    </message>
    <message>
        <source>send it even if the tenant&apos;s plan would refuse it</source>
        <translation>l’envoyer même si le plan du locataire le refuserait</translation>
    </message>
    <message>
        <source>one JSON event per line</source>
        <translation>un événement JSON par ligne</translation>
    </message>
    <message>
        <source>Usage: tenantscope-cli [--profile NAME] COMMAND [options]</source>
        <translation>Usage : tenantscope-cli [--profile NOM] COMMANDE [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>`tenantscope-cli COMMAND --help` says more about one. Exit codes: 0 done, 1 refused or failed, 2 bad usage.
Connection: TS_PG_URL, TS_PG_PASSWORD, TS_REDIS_URL, TS_REDIS_PASSWORD (and TS_BULL_PREFIX), or
--profile NAME (a profile saved by the app; its passwords come from the OS keychain).
</source>
        <translation>`tenantscope-cli COMMANDE --help` en dit plus sur l’une d’elles. Codes de sortie : 0 fait, 1 refusé ou échoué, 2 mauvais usage.
Connexion : TS_PG_URL, TS_PG_PASSWORD, TS_REDIS_URL, TS_REDIS_PASSWORD (et TS_BULL_PREFIX), ou
--profile NOM (un profil enregistré par l’application ; ses mots de passe viennent du trousseau du système).
</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;</source>
        <translation>option inconnue « %1 »</translation>
    </message>
    <message>
        <source>error: %1 needs one of: %2</source>
        <translation>erreur : %1 attend l’une de : %2</translation>
    </message>
    <message>
        <source>Executions, newest first.</source>
        <translation>Exécutions, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source>only this tenant</source>
        <translation>seulement ce locataire</translation>
    </message>
    <message>
        <source>queued, running, succeeded, failed or cancelled</source>
        <translation>queued, running, succeeded, failed ou cancelled</translation>
    </message>
    <message>
        <source>only this workflow</source>
        <translation>seulement ce workflow</translation>
    </message>
    <message>
        <source>error code or message contains TEXT</source>
        <translation>le code ou le message d’erreur contient TEXT</translation>
    </message>
    <message>
        <source>only the last minutes, hours or days</source>
        <translation>seulement les dernières minutes, heures ou jours</translation>
    </message>
    <message>
        <source>at most N (default 50)</source>
        <translation>au plus N (50 par défaut)</translation>
    </message>
    <message>
        <source>One execution with its nodes (checkpoints).</source>
        <translation>Une exécution avec ses nœuds (points de reprise).</translation>
    </message>
    <message>
        <source>the execution id</source>
        <translation>l’identifiant de l’exécution</translation>
    </message>
    <message>
        <source>Failed executions grouped by cause, largest group first.</source>
        <translation>Exécutions échouées groupées par cause, le plus grand groupe d’abord.</translation>
    </message>
    <message>
        <source>at most N groups (default 50)</source>
        <translation>au plus N groupes (50 par défaut)</translation>
    </message>
    <message>
        <source>Run a failed or cancelled execution again from the start (audited).</source>
        <translation>Relancer depuis le début une exécution échouée ou annulée (audité).</translation>
    </message>
    <message>
        <source>Run a failed execution again from its failed node, keeping the finished checkpoints (audited).</source>
        <translation>Reprendre une exécution échouée à son nœud en échec, en gardant les points de reprise terminés (audité).</translation>
    </message>
    <message>
        <source>Cancel a queued or running execution (audited).</source>
        <translation>Annuler une exécution en attente ou en cours (audité).</translation>
    </message>
    <message>
        <source>BullMQ jobs of a queue; without --queue, every queue with its counts.</source>
        <translation>Les jobs BullMQ d’une file ; sans --queue, chaque file avec ses compteurs.</translation>
    </message>
    <message>
        <source>the queue</source>
        <translation>la file</translation>
    </message>
    <message>
        <source>wait, active, delayed, prioritized, waiting-children, completed, failed or paused</source>
        <translation>wait, active, delayed, prioritized, waiting-children, completed, failed ou paused</translation>
    </message>
    <message>
        <source>One job: data, options, the failure and its stack.</source>
        <translation>Un job : données, options, l’échec et sa pile.</translation>
    </message>
    <message>
        <source>the job id</source>
        <translation>l’identifiant du job</translation>
    </message>
    <message>
        <source>the BullMQ queue</source>
        <translation>la file BullMQ</translation>
    </message>
    <message>
        <source>Failed jobs of every queue (or one) grouped by cause.</source>
        <translation>Les jobs échoués de chaque file (ou d’une seule) groupés par cause.</translation>
    </message>
    <message>
        <source>only this queue</source>
        <translation>seulement cette file</translation>
    </message>
    <message>
        <source>the failure contains TEXT</source>
        <translation>l’échec contient TEXT</translation>
    </message>
    <message>
        <source>Move a failed job back to waiting, as BullMQ does (audited).</source>
        <translation>Remettre un job échoué en attente, comme le fait BullMQ (audité).</translation>
    </message>
    <message>
        <source>Remove a job that is not active (audited).</source>
        <translation>Supprimer un job qui n’est pas actif (audité).</translation>
    </message>
    <message>
        <source>Store a provider key in the OS keychain, read from standard input (never the command line).</source>
        <translation>Enregistrer une clé de fournisseur dans le trousseau, lue sur l’entrée standard (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>openai, anthropic, custom or platform</source>
        <translation>openai, anthropic, custom ou platform</translation>
    </message>
    <message>
        <source>an OpenAI-compatible server&apos;s URL (custom)</source>
        <translation>l’URL d’un serveur compatible OpenAI (custom)</translation>
    </message>
    <message>
        <source>This profile&apos;s keychain keys (masked), or with --tenant a tenant&apos;s keys uploaded to the platform.</source>
        <translation>Les clés de ce profil dans le trousseau (masquées), ou avec --tenant les clés d’un locataire téléversées sur la plateforme.</translation>
    </message>
    <message>
        <source>the tenant whose uploaded keys to list</source>
        <translation>le locataire dont lister les clés téléversées</translation>
    </message>
    <message>
        <source>Delete a key from the keychain.</source>
        <translation>Supprimer une clé du trousseau.</translation>
    </message>
    <message>
        <source>Test a key with its provider (the model list: no tokens spent).</source>
        <translation>Tester une clé auprès de son fournisseur (la liste des modèles : aucun jeton consommé).</translation>
    </message>
    <message>
        <source>Seal a keychain key with the platform&apos;s public key and upload it for a tenant (audited).</source>
        <translation>Sceller une clé du trousseau avec la clé publique de la plateforme et la téléverser pour un locataire (audité).</translation>
    </message>
    <message>
        <source>the tenant</source>
        <translation>le locataire</translation>
    </message>
    <message>
        <source>a name for it</source>
        <translation>un nom pour elle</translation>
    </message>
    <message>
        <source>Revoke a key uploaded to the platform (audited).</source>
        <translation>Révoquer une clé téléversée sur la plateforme (audité).</translation>
    </message>
    <message>
        <source>the uploaded key&apos;s id</source>
        <translation>l’identifiant de la clé téléversée</translation>
    </message>
    <message>
        <source>The plans with their prices and limits.</source>
        <translation>Les plans avec leurs prix et limites.</translation>
    </message>
    <message>
        <source>One plan, every field.</source>
        <translation>Un plan, chaque champ.</translation>
    </message>
    <message>
        <source>the plan id</source>
        <translation>l’identifiant du plan</translation>
    </message>
    <message>
        <source>Change a plan (base_price, included_tokens, overage_per_1k, max_concurrent, requests_per_minute, tokens_per_minute, monthly_runs, allowed_models=a,b; limits take &quot;unlimited&quot;), then push the affected tenants&apos; limits to Redis.</source>
        <translation>Modifier un plan (base_price, included_tokens, overage_per_1k, max_concurrent, requests_per_minute, tokens_per_minute, monthly_runs, allowed_models=a,b ; les limites acceptent « unlimited »), puis écrire dans Redis les limites des locataires concernés.</translation>
    </message>
    <message>
        <source>the changes</source>
        <translation>les changements</translation>
    </message>
    <message>
        <source>Tenants whose limits differ from their plan&apos;s.</source>
        <translation>Les locataires dont les limites diffèrent de celles de leur plan.</translation>
    </message>
    <message>
        <source>Set some of a tenant&apos;s limits apart from its plan (the others stay), then push them to Redis.</source>
        <translation>Définir certaines limites d’un locataire hors de son plan (les autres restent), puis les écrire dans Redis.</translation>
    </message>
    <message>
        <source>the tenant id</source>
        <translation>l’identifiant du locataire</translation>
    </message>
    <message>
        <source>the limits; FIELD=plan drops one</source>
        <translation>les limites ; FIELD=plan en retire une</translation>
    </message>
    <message>
        <source>the last day it holds (UTC), or an ISO time</source>
        <translation>le dernier jour où elle s’applique (UTC), ou une heure ISO</translation>
    </message>
    <message>
        <source>Remove a tenant&apos;s override: its plan&apos;s limits apply again, in Redis too.</source>
        <translation>Supprimer la dérogation d’un locataire : les limites de son plan s’appliquent à nouveau, dans Redis aussi.</translation>
    </message>
    <message>
        <source>Write the pending (or all, or one tenant&apos;s) effective limits to Redis and announce them.</source>
        <translation>Écrire dans Redis les limites effectives en attente (ou toutes, ou celles d’un locataire) et les annoncer.</translation>
    </message>
    <message>
        <source>every tenant, pending or not</source>
        <translation>chaque locataire, en attente ou non</translation>
    </message>
    <message>
        <source>The audit log, newest first.</source>
        <translation>Le journal d’audit, le plus récent d’abord.</translation>
    </message>
    <message>
        <source>actions starting with PREFIX (plan., override., execution., ...)</source>
        <translation>les actions commençant par PREFIX (plan., override., execution., ...)</translation>
    </message>
    <message>
        <source>Apply the platform contract&apos;s migrations (idempotent).</source>
        <translation>Appliquer les migrations du contrat de la plateforme (idempotent).</translation>
    </message>
    <message>
        <source>Fill the (loopback) servers with demo data: small is 200 tenants, large 10k tenants and 10M events.</source>
        <translation>Remplir les serveurs (locaux) de données de démonstration : small fait 200 locataires, large 10k locataires et 10M événements.</translation>
    </message>
    <message>
        <source>the random seed (default 42): same seed, same data</source>
        <translation>la graine aléatoire (42 par défaut) : même graine, mêmes données</translation>
    </message>
    <message>
        <source>Create or reset the Redis ACL user of a person in a role, with exactly the commands and keys the role needs; the password is read from standard input, the change audited.</source>
        <translation>Créer ou réinitialiser l’utilisateur ACL Redis d’une personne dans un rôle, avec exactement les commandes et clés dont le rôle a besoin ; le mot de passe est lu sur l’entrée standard, le changement audité.</translation>
    </message>
    <message>
        <source>platform_admin, support, finance or tenant_admin</source>
        <translation>platform_admin, support, finance ou tenant_admin</translation>
    </message>
    <message>
        <source>the Redis user name</source>
        <translation>le nom d’utilisateur Redis</translation>
    </message>
    <message>
        <source>the tenant of a tenant_admin</source>
        <translation>le locataire d’un tenant_admin</translation>
    </message>
    <message>
        <source>Export one tenant&apos;s support snapshot (no secrets), opened read-only by `tenantscope FILE`.</source>
        <translation>Exporter l’instantané de support d’un locataire (sans secrets), ouvert en lecture seule par `tenantscope FICHIER`.</translation>
    </message>
    <message>
        <source>where to write it</source>
        <translation>où l’écrire</translation>
    </message>
    <message>
        <source>What a snapshot file holds.</source>
        <translation>Ce que contient un fichier d’instantané.</translation>
    </message>
    <message>
        <source>the snapshot</source>
        <translation>l’instantané</translation>
    </message>
    <message>
        <source>Tenants by name, with this month&apos;s tokens, allowance and cost.</source>
        <translation>Les locataires par nom, avec les jetons, l’allocation et le coût du mois.</translation>
    </message>
    <message>
        <source>name, slug or id contains S</source>
        <translation>le nom, le slug ou l’identifiant contient S</translation>
    </message>
    <message>
        <source>at most N tenants (default 50)</source>
        <translation>au plus N locataires (50 par défaut)</translation>
    </message>
    <message>
        <source>One tenant: plan, limits, this month, live counters.</source>
        <translation>Un locataire : plan, limites, ce mois-ci, compteurs en direct.</translation>
    </message>
    <message>
        <source>the tenant&apos;s id</source>
        <translation>l’identifiant du locataire</translation>
    </message>
    <message>
        <source>Tokens, requests and cost per bucket and model (UTC); today includes the live counters.</source>
        <translation>Jetons, requêtes et coût par intervalle et par modèle (UTC) ; aujourd’hui inclut les compteurs en direct.</translation>
    </message>
    <message>
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <source>bucket size (default day)</source>
        <translation>taille de l’intervalle (day par défaut)</translation>
    </message>
    <message>
        <source>Provider cost, BYOK apart, revenue and margin for a month.</source>
        <translation>Coût fournisseur, BYOK à part, revenu et marge d’un mois.</translation>
    </message>
    <message>
        <source>the month</source>
        <translation>le mois</translation>
    </message>
    <message>
        <source>grouping (default tenant)</source>
        <translation>regroupement (tenant par défaut)</translation>
    </message>
    <message>
        <source>the N largest (default all)</source>
        <translation>les N plus grands (tous par défaut)</translation>
    </message>
    <message>
        <source>%1 needs --queue Q and a job id</source>
        <translation>%1 demande --queue Q et un identifiant de job</translation>
    </message>
    <message>
        <source>%1 needs a job id</source>
        <translation>%1 demande un identifiant de job</translation>
    </message>
    <message>
        <source>Redis did not answer within %1 s</source>
        <translation>Redis n’a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>no answer within 30 s; run keys list --tenant %1 to see whether it was uploaded</source>
        <translation>pas de réponse en 30 s ; lancez keys list --tenant %1 pour voir si elle a été envoyée</translation>
    </message>
    <message>
        <source>uploaded the %1 key for tenant %2, sealed with the platform&apos;s public key (id %3)</source>
        <translation>clé %1 envoyée pour le locataire %2, scellée avec la clé publique de la plateforme (id %3)</translation>
    </message>
    <message>
        <source>how much (default small; large: 10,000 tenants and 10M usage events; xlarge: 100,000 and 100M, for benchmarks)</source>
        <translation>quelle quantité (small par défaut ; large : 10 000 locataires et 10 M d’événements d’usage ; xlarge : 100 000 et 100 M, pour les benchmarks)</translation>
    </message>
    <message>
        <source>--size must be small, large or xlarge</source>
        <translation>--size doit valoir small, large ou xlarge</translation>
    </message>
    <message>
        <source>%1 % of tenants</source>
        <translation>%1 % des locataires</translation>
    </message>
    <message>
        <source>plans %1</source>
        <translation>forfaits %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listed tenant(s)</source>
        <translation>
            <numerusform>%n locataire listé</numerusform>
            <numerusform>%n locataires listés</numerusform>
        </translation>
    </message>
    <message>
        <source>every tenant</source>
        <translation>tous les locataires</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now at version %2; it changed for %n tenant(s)</source>
        <translation>
            <numerusform>%1 est maintenant en version %2 ; modifié pour %n locataire</numerusform>
            <numerusform>%1 est maintenant en version %2 ; modifié pour %n locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, but %2 The tenants stay pending until a push succeeds.</source>
        <translation>%1, mais %2 Les locataires restent en attente jusqu’à ce qu’un envoi réussisse.</translation>
    </message>
    <message numerus="yes">
        <source>%1; Redis has the AI configuration of %n tenant(s) and the change was published</source>
        <translation>
            <numerusform>%1 ; Redis a la configuration IA de %n locataire et la modification a été publiée</numerusform>
            <numerusform>%1 ; Redis a la configuration IA de %n locataires et la modification a été publiée</numerusform>
        </translation>
    </message>
    <message>
        <source>The feature flags, their rollout and how many tenants have them.</source>
        <translation>Les feature flags, leur déploiement et combien de locataires les ont.</translation>
    </message>
    <message>
        <source>on </source>
        <translation>oui</translation>
    </message>
    <message>
        <source>off</source>
        <translation>non</translation>
    </message>
    <message numerus="yes">
        <source>on for %n tenant(s)</source>
        <translation>
            <numerusform>actif pour %n locataire</numerusform>
            <numerusform>actif pour %n locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>One flag and every earlier version of it.</source>
        <translation>Un flag et chacune de ses versions antérieures.</translation>
    </message>
    <message>
        <source>the flag</source>
        <translation>le flag</translation>
    </message>
    <message>
        <source>flags %1 needs a flag key</source>
        <translation>flags %1 demande une clé de flag</translation>
    </message>
    <message>
        <source>flag &quot;%1&quot; does not exist</source>
        <translation>le flag « %1 » n’existe pas</translation>
    </message>
    <message numerus="yes">
        <source>flag %1, version %2, %3, %4; on for %n tenant(s)</source>
        <translation>
            <numerusform>flag %1, version %2, %3, %4 ; actif pour %n locataire</numerusform>
            <numerusform>flag %1, version %2, %3, %4 ; actif pour %n locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>on</source>
        <translation>oui</translation>
    </message>
    <message>
        <source> (back to v%1)</source>
        <translation> (retour à v%1)</translation>
    </message>
    <message>
        <source>Create or change a flag (enabled=true|false, rollout=all|percentage|plans|tenants, percentage=0-100, plans=a,b, tenants=ID,ID, description=TEXT), then push the tenants it changed for to Redis.</source>
        <translation>Créer ou modifier un flag (enabled=true|false, rollout=all|percentage|plans|tenants, percentage=0-100, plans=a,b, tenants=ID,ID, description=TEXTE), puis envoyer à Redis les locataires pour lesquels il a changé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE</source>
        <translation>« %1 » n’est pas CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>enabled takes true or false</source>
        <translation>enabled prend true ou false</translation>
    </message>
    <message>
        <source>percentage takes a whole number from 0 to 100</source>
        <translation>percentage prend un nombre entier de 0 à 100</translation>
    </message>
    <message>
        <source>unknown flag field &quot;%1&quot;</source>
        <translation>champ de flag inconnu « %1 »</translation>
    </message>
    <message>
        <source>flag %1</source>
        <translation>flag %1</translation>
    </message>
    <message>
        <source>Put a flag back as it was at an earlier version (a new version, audited), then push.</source>
        <translation>Remettre un flag tel qu’il était à une version antérieure (une nouvelle version, journalisée), puis envoyer.</translation>
    </message>
    <message>
        <source>the version to go back to</source>
        <translation>la version à laquelle revenir</translation>
    </message>
    <message>
        <source>--to takes a version number</source>
        <translation>--to prend un numéro de version</translation>
    </message>
    <message>
        <source>A tenant&apos;s effective AI configuration: model, prompt, temperature, RAG and every flag.</source>
        <translation>La configuration IA effective d’un locataire : modèle, prompt, température, RAG et chaque flag.</translation>
    </message>
    <message>
        <source>ai-config show needs a tenant id (a UUID)</source>
        <translation>ai-config show demande un identifiant de locataire (UUID)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>Every flag, evaluated for every tenant, as an OpenFeature flagd flag set (JSON).</source>
        <translation>Chaque flag, évalué pour chaque locataire, comme jeu de flags OpenFeature flagd (JSON).</translation>
    </message>
    <message>
        <source>where to write it (- for standard output)</source>
        <translation>où l’écrire (- pour la sortie standard)</translation>
    </message>
    <message>
        <source>flags export needs --flagd FILE</source>
        <translation>flags export demande --flagd FICHIER</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s) written to %1 for flagd</source>
        <translation>
            <numerusform>%n flag écrit dans %1 pour flagd</numerusform>
            <numerusform>%n flags écrits dans %1 pour flagd</numerusform>
        </translation>
    </message>
    <message>
        <source>the global AI configuration</source>
        <translation>la configuration IA globale</translation>
    </message>
    <message>
        <source>the AI configuration of tenant %1</source>
        <translation>la configuration IA du locataire %1</translation>
    </message>
    <message>
        <source>Every version of the global AI defaults (global) or of a tenant&apos;s own settings, newest first.</source>
        <translation>Chaque version des valeurs IA globales (global) ou des valeurs propres d’un locataire, la plus récente d’abord.</translation>
    </message>
    <message>
        <source>a tenant id, or global for the global defaults</source>
        <translation>un identifiant de locataire, ou global pour les valeurs globales</translation>
    </message>
    <message>
        <source>ai-config history needs global or a tenant id (a UUID)</source>
        <translation>ai-config history demande global ou un identifiant de locataire (UUID)</translation>
    </message>
    <message>
        <source>%1 has no version yet</source>
        <translation>%1 n’a pas encore de version</translation>
    </message>
    <message>
        <source>Change fields of the global AI defaults (global) or of a tenant&apos;s own settings (model=, fallback_model=, system_prompt=, prompt_version=, temperature=0-2, max_tokens=, rag=true|false; =null: not set), then push the tenants it changed for to Redis.</source>
        <translation>Modifier des champs des valeurs IA globales (global) ou des valeurs propres d’un locataire (model=, fallback_model=, system_prompt=, prompt_version=, temperature=0-2, max_tokens=, rag=true|false ; =null : non défini), puis envoyer les locataires concernés dans Redis.</translation>
    </message>
    <message>
        <source>ai-config set needs global or a tenant id (a UUID)</source>
        <translation>ai-config set demande global ou un identifiant de locataire (UUID)</translation>
    </message>
    <message>
        <source>unknown AI configuration field &quot;%1&quot;</source>
        <translation>champ de configuration IA inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 attend un nombre</translation>
    </message>
    <message>
        <source>rag takes true or false</source>
        <translation>rag attend true ou false</translation>
    </message>
    <message>
        <source>Put the global AI defaults (global) or a tenant&apos;s own settings back as they were at an earlier version (a new version, audited), then push.</source>
        <translation>Remettre les valeurs IA globales (global) ou les valeurs propres d’un locataire comme à une version antérieure (une nouvelle version, journalisée), puis envoyer.</translation>
    </message>
    <message>
        <source>ai-config rollback needs global or a tenant id (a UUID)</source>
        <translation>ai-config rollback demande global ou un identifiant de locataire (UUID)</translation>
    </message>
    <message>
        <source>%1 needs FIELD=VALUE</source>
        <translation>%1 demande CHAMP=VALEUR</translation>
    </message>
    <message>
        <source>What needs attention now: spend today against the same hours of the last 7 days, failed executions in the last hour by cause, queue backlogs, open alerts, tenants over quota.</source>
        <translation>Ce qui demande de l&apos;attention maintenant : les dépenses du jour face aux mêmes heures des 7 derniers jours, les exécutions en échec de la dernière heure par cause, l&apos;arriéré des files, les alertes ouvertes, les locataires au-delà de leur quota.</translation>
    </message>
    <message>
        <source>your home is your tenant: tenantscope-cli tenants show %1</source>
        <translation>votre accueil est votre locataire : tenantscope-cli tenants show %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>spend today</source>
        <translation>dépenses du jour</translation>
    </message>
    <message>
        <source>%1 (%2 the same hours of the last 7 days, median %3)</source>
        <translation>%1 (%2 les mêmes heures des 7 derniers jours, médiane %3)</translation>
    </message>
    <message>
        <source>%1 % against</source>
        <translation>%1 % par rapport à</translation>
    </message>
    <message>
        <source>no baseline from</source>
        <translation>aucune base de comparaison dans</translation>
    </message>
    <message>
        <source>failed, last hour</source>
        <translation>échecs, dernière heure</translation>
    </message>
    <message>
        <source>%1%2, %3 in the last 24 hours</source>
        <translation>%1%2, %3 dans les dernières 24 heures</translation>
    </message>
    <message>
        <source>queues</source>
        <translation>files</translation>
    </message>
    <message numerus="yes">
        <source>%1 waiting, %2 failed kept, in %n queue(s)%3%4</source>
        <translation>
            <numerusform>%1 en attente, %2 en échec conservés, dans %n file%3%4</numerusform>
            <numerusform>%1 en attente, %2 en échec conservés, dans %n files%3%4</numerusform>
        </translation>
    </message>
    <message>
        <source>; longest backlog %1</source>
        <translation> ; plus long arriéré %1</translation>
    </message>
    <message>
        <source>; paused %1</source>
        <translation> ; en pause %1</translation>
    </message>
    <message>
        <source>alerts firing</source>
        <translation>alertes actives</translation>
    </message>
    <message>
        <source>over quota</source>
        <translation>au-delà du quota</translation>
    </message>
    <message>
        <source>not read: %1</source>
        <translation>non lu : %1</translation>
    </message>
    <message>
        <source>Evaluate every tenant&apos;s month to date and the anomaly rules, and fire what they found.</source>
        <translation>Évaluer le mois en cours de chaque locataire et les règles d’anomalie, et déclencher ce qu’ils ont trouvé.</translation>
    </message>
    <message numerus="yes">
        <source>%n new spike(s) found</source>
        <translation>
            <numerusform>%n nouveau pic trouvé</numerusform>
            <numerusform>%n nouveaux pics trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>no anomaly rule is named &quot;%1&quot; (alerts rules lists them)</source>
        <translation>aucune règle d’anomalie ne s’appelle « %1 » (alerts rules les liste)</translation>
    </message>
    <message>
        <source>no alert destination is named &quot;%1&quot; (alerts destinations lists them)</source>
        <translation>aucune destination d’alertes ne s’appelle « %1 » (alerts destinations les liste)</translation>
    </message>
    <message>
        <source>Spikes the anomaly rules found: what the last hour held against its baseline.</source>
        <translation>Pics trouvés par les règles d’anomalie : ce que la dernière heure a contenu face à sa référence.</translation>
    </message>
    <message>
        <source>acknowledged ones too</source>
        <translation>les acquittés aussi</translation>
    </message>
    <message>
        <source>fired in the last N days (default 7)</source>
        <translation>déclenchés dans les N derniers jours (7 par défaut)</translation>
    </message>
    <message>
        <source>only this tenant&apos;s</source>
        <translation>seulement ceux de ce locataire</translation>
    </message>
    <message>
        <source>--days takes 1 to 366</source>
        <translation>--days prend 1 à 366</translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s)</source>
        <translation>
            <numerusform>%n pic</numerusform>
            <numerusform>%n pics</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge a spike (shared with everyone, audited).</source>
        <translation>Acquitter un pic (partagé avec tous, audité).</translation>
    </message>
    <message>
        <source>the spike&apos;s id</source>
        <translation>l’identifiant du pic</translation>
    </message>
    <message>
        <source>alerts spike-ack needs a spike id (a number)</source>
        <translation>alerts spike-ack demande l’identifiant d’un pic (un nombre)</translation>
    </message>
    <message>
        <source>spike %1 acknowledged</source>
        <translation>pic %1 acquitté</translation>
    </message>
    <message>
        <source>The anomaly rules, with their method.</source>
        <translation>Les règles d’anomalie, avec leur méthode.</translation>
    </message>
    <message>
        <source>  (off)</source>
        <translation>  (désactivée)</translation>
    </message>
    <message>
        <source>Create or change an anomaly rule by its name (platform admins; audited).</source>
        <translation>Créer ou modifier une règle d’anomalie par son nom (administrateurs de la plateforme ; audité).</translation>
    </message>
    <message>
        <source>the rule&apos;s name</source>
        <translation>le nom de la règle</translation>
    </message>
    <message>
        <source>spend, tokens or failures</source>
        <translation>spend, tokens ou failures</translation>
    </message>
    <message>
        <source>platform (all tenants summed) or tenants (each; default)</source>
        <translation>platform (tous les locataires additionnés) ou tenants (chacun ; par défaut)</translation>
    </message>
    <message>
        <source>only this tenant (scope tenants)</source>
        <translation>seulement ce locataire (portée tenants)</translation>
    </message>
    <message>
        <source>baseline: the same hour of N earlier days (default 7)</source>
        <translation>référence : la même heure de N jours précédents (7 par défaut)</translation>
    </message>
    <message>
        <source>fires at X times the baseline (default 3)</source>
        <translation>se déclenche à X fois la référence (3 par défaut)</translation>
    </message>
    <message>
        <source>and at least X in the hour: dollars, tokens or failures (default 0)</source>
        <translation>et au moins X dans l’heure : dollars, tokens ou échecs (0 par défaut)</translation>
    </message>
    <message>
        <source>keep the rule but do not evaluate it</source>
        <translation>garder la règle sans l’évaluer</translation>
    </message>
    <message>
        <source>alerts rule-set needs the rule&apos;s name</source>
        <translation>alerts rule-set demande le nom de la règle</translation>
    </message>
    <message>
        <source>anomaly rule &quot;%1&quot; changed: %2</source>
        <translation>règle d’anomalie « %1 » modifiée : %2</translation>
    </message>
    <message>
        <source>anomaly rule &quot;%1&quot; created: %2</source>
        <translation>règle d’anomalie « %1 » créée : %2</translation>
    </message>
    <message>
        <source>Remove an anomaly rule (platform admins; audited).</source>
        <translation>Supprimer une règle d’anomalie (administrateurs de la plateforme ; audité).</translation>
    </message>
    <message>
        <source>alerts rule-remove needs the rule&apos;s name</source>
        <translation>alerts rule-remove demande le nom de la règle</translation>
    </message>
    <message>
        <source>anomaly rule &quot;%1&quot; removed</source>
        <translation>règle d’anomalie « %1 » supprimée</translation>
    </message>
    <message>
        <source>Where alerts are sent, with the last 7 days&apos; deliveries (never the URL).</source>
        <translation>Où partent les alertes, avec les envois des 7 derniers jours (jamais l’URL).</translation>
    </message>
    <message>
        <source>%1 sent, %2 pending, %3 failed</source>
        <translation>%1 envoyées, %2 en attente, %3 en échec</translation>
    </message>
    <message>
        <source>Create or change where alerts are sent; the URL is read from standard input (platform admins; audited).</source>
        <translation>Créer ou modifier l’endroit où partent les alertes ; l’URL est lue sur l’entrée standard (administrateurs de la plateforme ; audité).</translation>
    </message>
    <message>
        <source>the destination&apos;s name</source>
        <translation>le nom de la destination</translation>
    </message>
    <message>
        <source>slack (incoming webhook) or webhook</source>
        <translation>slack (webhook entrant) ou webhook</translation>
    </message>
    <message>
        <source>change a destination but keep its URL (nothing is read)</source>
        <translation>modifier une destination en gardant son URL (rien n’est lu)</translation>
    </message>
    <message>
        <source>keep it but send nothing to it</source>
        <translation>la garder sans rien y envoyer</translation>
    </message>
    <message>
        <source>alerts destination-set needs the destination&apos;s name</source>
        <translation>alerts destination-set demande le nom de la destination</translation>
    </message>
    <message>
        <source>Webhook URL (not shown): </source>
        <translation>URL du webhook (non affichée) : </translation>
    </message>
    <message>
        <source>give the webhook URL on standard input, or --keep-url</source>
        <translation>donnez l’URL du webhook sur l’entrée standard, ou --keep-url</translation>
    </message>
    <message>
        <source>alert destination &quot;%1&quot; changed</source>
        <translation>destination d’alertes « %1 » modifiée</translation>
    </message>
    <message>
        <source>alert destination &quot;%1&quot; created</source>
        <translation>destination d’alertes « %1 » créée</translation>
    </message>
    <message>
        <source>Stop sending alerts somewhere, and forget its URL (platform admins; audited).</source>
        <translation>Cesser d’envoyer des alertes quelque part et oublier son URL (administrateurs de la plateforme ; audité).</translation>
    </message>
    <message>
        <source>alerts destination-remove needs the destination&apos;s name</source>
        <translation>alerts destination-remove demande le nom de la destination</translation>
    </message>
    <message>
        <source>alert destination &quot;%1&quot; removed</source>
        <translation>destination d’alertes « %1 » supprimée</translation>
    </message>
    <message>
        <source>How each alert&apos;s delivery went: sent, retrying (and when), or failed (and why).</source>
        <translation>Comment s’est passé l’envoi de chaque alerte : envoyée, nouvelle tentative (et quand) ou échec (et pourquoi).</translation>
    </message>
    <message>
        <source>queued in the last N days (default 7)</source>
        <translation>mis en file dans les N derniers jours (7 par défaut)</translation>
    </message>
    <message>
        <source>--days takes 1 to 90</source>
        <translation>--days prend 1 à 90</translation>
    </message>
    <message>
        <source>whole platform</source>
        <translation>toute la plateforme</translation>
    </message>
    <message>
        <source>Send the alert deliveries that are due now (platform admins; run it from cron or a timer where no console stays open).</source>
        <translation>Envoyer les alertes dont l’envoi est dû (administrateurs de la plateforme ; à lancer par cron ou minuterie là où aucune console ne reste ouverte).</translation>
    </message>
    <message>
        <source>%1 sent, %2 to retry, %3 failed</source>
        <translation>%1 envoyées, %2 à réessayer, %3 en échec</translation>
    </message>
    <message>
        <source>%1 (%2 quota, %3 spikes)</source>
        <translation>%1 (%2 quota, %3 pics)</translation>
    </message>
    <message>
        <source>%1 needs --queue Q or --all</source>
        <translation>%1 demande --queue Q ou --all</translation>
    </message>
    <message>
        <source>%1 needs --queue Q</source>
        <translation>%1 demande --queue Q</translation>
    </message>
    <message>
        <source>--queue and --all cannot be used together</source>
        <translation>--queue et --all ne peuvent pas être utilisés ensemble</translation>
    </message>
    <message>
        <source>no answer within 60 s; the queue may or may not have changed: run jobs limiter --queue %1</source>
        <translation>pas de réponse en 60 s ; la file a peut-être changé : lancez jobs limiter --queue %1</translation>
    </message>
    <message>
        <source>queue %1: %2, %3 active, %4 waiting</source>
        <translation>file %1 : %2, %3 actifs, %4 en attente</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en marche</translation>
    </message>
    <message>
        <source>rate limited: %1 s left (%2 jobs counted)</source>
        <translation>limite de débit : encore %1 s (%2 jobs comptés)</translation>
    </message>
    <message>
        <source>not rate limited</source>
        <translation>pas de limite de débit</translation>
    </message>
    <message>
        <source>global rate limit: %1 jobs per %2 ms</source>
        <translation>limite de débit globale : %1 jobs par %2 ms</translation>
    </message>
    <message>
        <source>global concurrency: %1</source>
        <translation>concurrence globale : %1</translation>
    </message>
    <message>
        <source>global concurrency: none</source>
        <translation>concurrence globale : aucune</translation>
    </message>
    <message>
        <source>Pause a BullMQ queue, or every queue, as BullMQ does (audited).</source>
        <translation>Mettre en pause une file BullMQ, ou toutes les files, comme le fait BullMQ (audité).</translation>
    </message>
    <message>
        <source>Resume a paused BullMQ queue, or every queue (audited).</source>
        <translation>Reprendre une file BullMQ en pause, ou toutes les files (audité).</translation>
    </message>
    <message>
        <source>every queue under the profile&apos;s prefix</source>
        <translation>toutes les files sous le préfixe du profil</translation>
    </message>
    <message>
        <source>Redis did not answer within 120 s</source>
        <translation>Redis n&apos;a pas répondu en 120 s</translation>
    </message>
    <message>
        <source>No queue under this prefix.</source>
        <translation>Aucune file sous ce préfixe.</translation>
    </message>
    <message>
        <source>A queue&apos;s rate limit (time left), pause and global concurrency; --clear ends the rate limit now (audited).</source>
        <translation>Limite de débit d&apos;une file (temps restant), pause et concurrence globale ; --clear lève la limite de débit tout de suite (audité).</translation>
    </message>
    <message>
        <source>end the rate limit now</source>
        <translation>lever la limite de débit tout de suite</translation>
    </message>
    <message>
        <source>why, for the audit log (with --clear)</source>
        <translation>pourquoi, pour le journal d&apos;audit (avec --clear)</translation>
    </message>
    <message>
        <source>Redis did not answer within 30 s</source>
        <translation>Redis n&apos;a pas répondu en 30 s</translation>
    </message>
    <message>
        <source>Set (--set N) or remove (--remove) a queue&apos;s global concurrency, as BullMQ does (audited).</source>
        <translation>Fixer (--set N) ou retirer (--remove) la concurrence globale d&apos;une file, comme le fait BullMQ (audité).</translation>
    </message>
    <message>
        <source>at most N jobs at once across all workers</source>
        <translation>au plus N jobs à la fois sur tous les workers</translation>
    </message>
    <message>
        <source>no global limit</source>
        <translation>pas de limite globale</translation>
    </message>
    <message>
        <source>jobs concurrency needs either --set N or --remove</source>
        <translation>jobs concurrency demande --set N ou --remove</translation>
    </message>
    <message>
        <source>--set needs a whole number</source>
        <translation>--set demande un nombre entier</translation>
    </message>
    <message>
        <source>Find BullMQ jobs by id, name, data or failed reason, in every queue or one, in any state; Redis is scanned at a pace (SCAN and pipelined reads), results print as they are found.</source>
        <translation>Trouver des jobs BullMQ par id, nom, données ou raison d&apos;échec, dans toutes les files ou une seule, dans tout état ; Redis est parcouru à un rythme donné (SCAN et lectures groupées), les résultats s&apos;affichent dès qu&apos;ils sont trouvés.</translation>
    </message>
    <message>
        <source>what to look for (case-insensitive; with --in id, the job id)</source>
        <translation>ce qu&apos;il faut chercher (sans tenir compte de la casse ; avec --in id, l&apos;id du job)</translation>
    </message>
    <message>
        <source>any (default), id, name, data or reason</source>
        <translation>any (par défaut), id, name, data ou reason</translation>
    </message>
    <message>
        <source>only jobs in this state</source>
        <translation>seulement les jobs dans cet état</translation>
    </message>
    <message>
        <source>only this tenant&apos;s jobs</source>
        <translation>seulement les jobs de ce locataire</translation>
    </message>
    <message>
        <source>stop after N jobs (default 200)</source>
        <translation>s&apos;arrêter après N jobs (200 par défaut)</translation>
    </message>
    <message>
        <source>scan at most KEYS keys a second (default 100000; 1000 to 1000000)</source>
        <translation>parcourir au plus KEYS clés par seconde (100000 par défaut ; 1000 à 1000000)</translation>
    </message>
    <message>
        <source>--in must be any, id, name, data or reason</source>
        <translation>--in doit être any, id, name, data ou reason</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>--limit demande un nombre entier</translation>
    </message>
    <message>
        <source>--pace needs a whole number</source>
        <translation>--pace demande un nombre entier</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) found; %1 keys scanned, %2 jobs read in %3 s (%4 keys/s); %5</source>
        <translation>
            <numerusform>%n job trouvé ; %1 clés parcourues, %2 jobs lus en %3 s (%4 clés/s) ; %5</numerusform>
            <numerusform>%n jobs trouvés ; %1 clés parcourues, %2 jobs lus en %3 s (%4 clés/s) ; %5</numerusform>
        </translation>
    </message>
    <message>
        <source>the job id (none with --all)</source>
        <translation>l&apos;id du job (aucun avec --all)</translation>
    </message>
    <message>
        <source>every job that matches --filter (a search, in --queue or every queue) or --state (and --tenant) in --queue</source>
        <translation>chaque job qui correspond à --filter (une recherche, dans --queue ou toutes les files) ou à --state (et --tenant) dans --queue</translation>
    </message>
    <message>
        <source>with --all: jobs whose id, name, data or failed reason contains TEXT</source>
        <translation>avec --all : les jobs dont l&apos;id, le nom, les données ou la raison d&apos;échec contient TEXT</translation>
    </message>
    <message>
        <source>with --filter: any, id, name, data or reason</source>
        <translation>avec --filter : any, id, name, data ou reason</translation>
    </message>
    <message>
        <source>with --all: jobs in this state (retry: failed, the default)</source>
        <translation>avec --all : les jobs dans cet état (retry : failed, par défaut)</translation>
    </message>
    <message>
        <source>with --all: only this tenant&apos;s jobs</source>
        <translation>avec --all : seulement les jobs de ce locataire</translation>
    </message>
    <message>
        <source>with --all: N jobs at a time (default 100)</source>
        <translation>avec --all : N jobs à la fois (100 par défaut)</translation>
    </message>
    <message>
        <source>with --all: at most N jobs (default 1000)</source>
        <translation>avec --all : au plus N jobs (1000 par défaut)</translation>
    </message>
    <message>
        <source>--all takes no job id</source>
        <translation>--all ne prend pas d&apos;id de job</translation>
    </message>
    <message>
        <source>--batch needs a whole number</source>
        <translation>--batch demande un nombre entier</translation>
    </message>
    <message>
        <source>--all needs --filter TEXT, or --queue Q and --state S</source>
        <translation>--all demande --filter TEXT, ou --queue Q et --state S</translation>
    </message>
    <message>
        <source>batch %1: %2 of %3 tried, %4 done</source>
        <translation>lot %1 : %2 sur %3 essayés, %4 faits</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) retried in %3 batch(es), %4 refused</source>
        <translation>%1 sur %2 job(s) relancé(s) en %3 lot(s), %4 refusé(s)</translation>
    </message>
    <message>
        <source>%1 of %2 job(s) removed in %3 batch(es), %4 refused</source>
        <translation>%1 sur %2 job(s) supprimé(s) en %3 lot(s), %4 refusé(s)</translation>
    </message>
    <message>
        <source>refused: %1/%2: %3</source>
        <translation>refusé : %1/%2 : %3</translation>
    </message>
    <message>
        <source>The BullMQ flow a job belongs to, from its root: each job&apos;s state and how its parent holds it (pending, processed, failed, ignored).</source>
        <translation>Le flow BullMQ auquel appartient un job, depuis sa racine : l&apos;état de chaque job et comment son parent le tient (pending, processed, failed, ignored).</translation>
    </message>
    <message>
        <source>the job&apos;s queue</source>
        <translation>la file du job</translation>
    </message>
    <message>
        <source>jobs flow needs --queue Q</source>
        <translation>jobs flow demande --queue Q</translation>
    </message>
    <message>
        <source>jobs flow needs a job id</source>
        <translation>jobs flow demande un id de job</translation>
    </message>
    <message>
        <source>%1/%2 (gone)</source>
        <translation>%1/%2 (disparu)</translation>
    </message>
    <message>
        <source>Store the profile&apos;s Stripe secret key (a restricted key is recommended) in the OS keychain, read from standard input (never the command line).</source>
        <translation>Enregistrer la clé secrète Stripe du profil (une clé restreinte est recommandée) dans le trousseau du système, lue sur l’entrée standard (jamais sur la ligne de commande).</translation>
    </message>
    <message>
        <source>Stripe key: </source>
        <translation>Clé Stripe : </translation>
    </message>
    <message>
        <source>stored the Stripe key in the keychain (profile %1)</source>
        <translation>clé Stripe enregistrée dans le trousseau (profil %1)</translation>
    </message>
    <message>
        <source>A month&apos;s usage side by side: metered in PostgreSQL, reported to Stripe (the report log) and held or invoiced by Stripe, with each difference explained.</source>
        <translation>L’utilisation d’un mois côte à côte : mesurée dans PostgreSQL, déclarée à Stripe (le journal des déclarations) et détenue ou facturée par Stripe, chaque écart expliqué.</translation>
    </message>
    <message>
        <source>the billing period (UTC month)</source>
        <translation>la période de facturation (mois UTC)</translation>
    </message>
    <message>
        <source>only the tenants whose figures differ</source>
        <translation>seulement les locataires dont les chiffres diffèrent</translation>
    </message>
    <message>
        <source>PostgreSQL or Stripe did not answer within 120 s</source>
        <translation>PostgreSQL ou Stripe n’a pas répondu en 120 s</translation>
    </message>
    <message>
        <source>%1 is still open: figures up to yesterday (UTC).</source>
        <translation>%1 est encore ouvert : chiffres jusqu’à hier (UTC).</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Stripe: %1</source>
        <translation>Stripe : %1</translation>
    </message>
    <message>
        <source>period    </source>
        <translation>période   </translation>
    </message>
    <message>
        <source> (may be re-sent)</source>
        <translation> (peut être renvoyé)</translation>
    </message>
    <message>
        <source>%1 tenants, %2 with differences</source>
        <translation>%1 locataires, %2 avec des écarts</translation>
    </message>
    <message>
        <source>Re-send a day the reconciliation finds unreported or failed, with an idempotency key: only for a closed month Stripe has not invoiced; recorded in the report log and audited.</source>
        <translation>Renvoyer un jour que le rapprochement trouve non déclaré ou échoué, avec une clé d’idempotence : seulement pour un mois clos que Stripe n’a pas facturé ; enregistré dans le journal des déclarations et audité.</translation>
    </message>
    <message>
        <source>the UTC day to re-send</source>
        <translation>le jour UTC à renvoyer</translation>
    </message>
    <message>
        <source>why (the audit log&apos;s reason)</source>
        <translation>pourquoi (le motif du journal d’audit)</translation>
    </message>
    <message>
        <source>--day must be YYYY-MM-DD</source>
        <translation>--day doit être AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>re-sent %1 units (%2 tokens) for %3 as %4; Stripe accepted it</source>
        <translation>%1 unités (%2 jetons) renvoyées pour %3 sous %4 ; Stripe les a acceptées</translation>
    </message>
    <message>
        <source>Two executions node by node: status, duration, tokens, cost, and what changed in inputs and outputs.</source>
        <translation>Deux exécutions nœud par nœud : statut, durée, jetons, coût, et ce qui a changé dans les entrées et sorties.</translation>
    </message>
    <message>
        <source>the execution id compared from (e.g. the failed run)</source>
        <translation>l’id de l’exécution de départ (p. ex. l’exécution en échec)</translation>
    </message>
    <message>
        <source>the execution id compared to (e.g. its retry)</source>
        <translation>l’id de l’exécution comparée (p. ex. sa relance)</translation>
    </message>
    <message>
        <source>list the nodes that did not change too</source>
        <translation>lister aussi les nœuds inchangés</translation>
    </message>
    <message>
        <source>executions compare needs two execution ids</source>
        <translation>executions compare attend deux id d’exécution</translation>
    </message>
    <message>
        <source>%1 node(s) changed, %2 only in the first, %3 only in the second</source>
        <translation>%1 nœud(s) modifié(s), %2 seulement dans la première, %3 seulement dans la seconde</translation>
    </message>
    <message>
        <source>only in the second</source>
        <translation>seulement dans la seconde</translation>
    </message>
    <message>
        <source>only in the first</source>
        <translation>seulement dans la première</translation>
    </message>
    <message>
        <source>changed (%1)</source>
        <translation>modifié (%1)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>One execution as an OTLP JSON traces file (gen_ai.* attributes on LLM nodes), for other trace tools.</source>
        <translation>Une exécution sous forme de fichier de traces OTLP JSON (attributs gen_ai.* sur les nœuds LLM), pour d’autres outils de traces.</translation>
    </message>
    <message>
        <source>the file written</source>
        <translation>le fichier écrit</translation>
    </message>
    <message>
        <source>executions export needs an execution id</source>
        <translation>executions export attend un id d’exécution</translation>
    </message>
    <message>
        <source>Wrote %1 span(s), %2 of them LLM calls with gen_ai.* attributes, to %3 (%4 bytes).</source>
        <translation>%1 span(s) écrit(s), dont %2 appels LLM avec attributs gen_ai.*, dans %3 (%4 octets).</translation>
    </message>
    <message>
        <source>An OTLP JSON traces file, read offline (no connection): each trace and its spans.</source>
        <translation>Un fichier de traces OTLP JSON, lu hors ligne (sans connexion) : chaque trace et ses spans.</translation>
    </message>
    <message>
        <source>the file read</source>
        <translation>le fichier lu</translation>
    </message>
    <message>
        <source>The file was not read within 60 s</source>
        <translation>Le fichier n’a pas été lu en 60 s</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>print the answer as JSON</source>
        <translation>afficher la réponse en JSON</translation>
    </message>
    <message>
        <source>Usage: tenantscope-cli %1</source>
        <translation>Usage : tenantscope-cli %1</translation>
    </message>
    <message>
        <source>a profile saved by the app (its passwords from the OS keychain); without it the TS_* variables</source>
        <translation>un profil enregistré par l’application (mots de passe dans le trousseau) ; sans lui, les variables TS_*</translation>
    </message>
    <message>
        <source>this help</source>
        <translation>cette aide</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot;</source>
        <translation>inattendu : « %1 »</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>erreur : %1</translation>
    </message>
    <message>
        <source>(tenantscope-cli %1 --help says more)</source>
        <translation>(tenantscope-cli %1 --help en dit plus)</translation>
    </message>
    <message>
        <source>no saved profile named &quot;%1&quot;</source>
        <translation>aucun profil enregistré nommé « %1 »</translation>
    </message>
    <message>
        <source>the keychain did not answer</source>
        <translation>le trousseau n’a pas répondu</translation>
    </message>
    <message>
        <source>no connection: set TS_PG_URL and TS_REDIS_URL (eval &quot;$(scripts/services env)&quot;) or pass --profile NAME</source>
        <translation>pas de connexion : définissez TS_PG_URL et TS_REDIS_URL (eval &quot;$(scripts/services env)&quot;) ou passez --profile NOM</translation>
    </message>
    <message>
        <source>--reason: %1</source>
        <translation>--reason : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
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
        <translation>Nœuds du cluster</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Replica of</source>
        <translation>Réplique de</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The cluster&apos;s layout is not known yet: %1</source>
        <translation>La topologie du cluster n&apos;est pas encore connue : %1</translation>
    </message>
    <message>
        <source>master</source>
        <translation>maître</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplique</translation>
    </message>
    <message>
        <source>down</source>
        <translation>en panne</translation>
    </message>
    <message>
        <source>online</source>
        <translation>en ligne</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Go to</source>
        <translation>Aller à</translation>
    </message>
    <message>
        <source>A tenant, an execution or job id, or a page</source>
        <translation>Un locataire, un identifiant d&apos;exécution ou de job, ou une page</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Page: %1</source>
        <translation>Page : %1</translation>
    </message>
    <message>
        <source>Type a tenant&apos;s name or slug, an execution or tenant id, a job id, or a page. Enter opens it.</source>
        <translation>Saisissez le nom ou l&apos;identifiant court d&apos;un locataire, un identifiant d&apos;exécution ou de locataire, un identifiant de job ou une page. Entrée l&apos;ouvre.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Tenant: %1 (%2)</source>
        <translation>Locataire : %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s). Enter opens the highlighted one.</source>
        <translation>
            <numerusform>%n résultat. Entrée ouvre celui qui est en surbrillance.</numerusform>
            <numerusform>%n résultats. Entrée ouvre celui qui est en surbrillance.</numerusform>
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
        <translation>seulement dans la seconde</translation>
    </message>
    <message>
        <source>only in the first</source>
        <translation>seulement dans la première</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>tokens only</source>
        <translation>jetons seulement</translation>
    </message>
    <message>
        <source>same</source>
        <translation>identique</translation>
    </message>
    <message>
        <source>%1 USD in the first run, %2 USD in the second</source>
        <translation>%1 USD dans la première exécution, %2 USD dans la seconde</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Ce qui diffère</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost Δ (USD)</source>
        <translation>Coût Δ (USD)</translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message>
        <source>%1: %2 · %3 · %4 · %5 · %6 · %7 tokens · %8 USD</source>
        <translation>%1 : %2 · %3 · %4 · %5 · %6 · %7 jetons · %8 USD</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Only nodes whose status, input or output differ</source>
        <translation>Seulement les nœuds dont le statut, l’entrée ou la sortie diffèrent</translation>
    </message>
    <message>
        <source>Compare executions</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>Hide the nodes whose status, input and output are the same in both runs</source>
        <translation>Masquer les nœuds dont le statut, l’entrée et la sortie sont identiques dans les deux exécutions</translation>
    </message>
    <message>
        <source>Nodes of both runs</source>
        <translation>Nœuds des deux exécutions</translation>
    </message>
    <message>
        <source>Input and output changes of the node</source>
        <translation>Changements de l’entrée et de la sortie du nœud</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Dans</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>First run</source>
        <translation>Première exécution</translation>
    </message>
    <message>
        <source>Second run</source>
        <translation>Seconde exécution</translation>
    </message>
    <message>
        <source>Compare %1 with %2</source>
        <translation>Comparer %1 avec %2</translation>
    </message>
    <message>
        <source>Reading both runs and aligning their nodes…</source>
        <translation>Lecture des deux exécutions et alignement de leurs nœuds…</translation>
    </message>
    <message>
        <source>Neither run has a node yet: there is nothing to compare.</source>
        <translation>Aucune des deux exécutions n’a encore de nœud : rien à comparer.</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Première</translation>
    </message>
    <message>
        <source>Second</source>
        <translation>Seconde</translation>
    </message>
    <message>
        <source>%1 node(s) differ: %2 changed, %3 only in the first, %4 only in the second · tokens %5 · cost %6 USD</source>
        <translation>%1 nœud(s) diffèrent : %2 modifié(s), %3 seulement dans la première, %4 seulement dans la seconde · jetons %5 · coût %6 USD</translation>
    </message>
    <message>
        <source>Select a node to see what changed in its input and output.</source>
        <translation>Choisissez un nœud pour voir ce qui a changé dans son entrée et sa sortie.</translation>
    </message>
    <message>
        <source>First run&apos;s error: %1</source>
        <translation>Erreur de la première exécution : %1</translation>
    </message>
    <message>
        <source>Second run&apos;s error: %1</source>
        <translation>Erreur de la seconde exécution : %1</translation>
    </message>
    <message>
        <source>Input and output are the same in both runs.</source>
        <translation>L’entrée et la sortie sont identiques dans les deux exécutions.</translation>
    </message>
    <message>
        <source>Only the first %1 changes of the input and of the output are listed.</source>
        <translation>Seuls les %1 premiers changements de l’entrée et de la sortie sont listés.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connection profile</source>
        <translation>Profil de connexion</translation>
    </message>
    <message>
        <source>kept in the OS keychain</source>
        <translation>conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>automatic (verify-full off this machine)</source>
        <translation>automatique (verify-full hors de cette machine)</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>SSL mode</source>
        <translation>Mode SSL</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificat d&apos;autorité</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>ACL user</source>
        <translation>Utilisateur ACL</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>BullMQ prefix</source>
        <translation>Préfixe BullMQ</translation>
    </message>
    <message>
        <source>The prefix the platform gives BullMQ (its &quot;prefix&quot; option; &quot;bull&quot; by default)</source>
        <translation>Le préfixe que la plateforme donne à BullMQ (son option « prefix » ; « bull » par défaut)</translation>
    </message>
    <message>
        <source>system certificates</source>
        <translation>certificats du système</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate and host name</source>
        <translation>Vérifier le certificat et le nom d&apos;hôte du serveur</translation>
    </message>
    <message>
        <source>Turn off only for a server you trust: the status bar will say it is off.</source>
        <translation>À désactiver seulement pour un serveur de confiance : la barre d&apos;état indiquera que la vérification est désactivée.</translation>
    </message>
    <message>
        <source>Allow an unencrypted connection to another machine</source>
        <translation>Autoriser une connexion non chiffrée vers une autre machine</translation>
    </message>
    <message>
        <source>Needed for Redis without TLS on a host other than this machine.</source>
        <translation>Nécessaire pour Redis sans TLS sur un autre hôte que cette machine.</translation>
    </message>
    <message>
        <source>Allow provider keys over http:// or ws:// to other machines</source>
        <translation>Autoriser les clés de fournisseur en http:// ou ws:// vers d’autres machines</translation>
    </message>
    <message>
        <source>Off: the Playground and key tests send a key only over TLS or to this machine. On: the status bar says so while this profile is open.</source>
        <translation>Désactivé : le Playground et les tests de clé n’envoient une clé que par TLS ou vers cette machine. Activé : la barre d’état le signale tant que ce profil est ouvert.</translation>
    </message>
    <message>
        <source>Playground and keys</source>
        <translation>Playground et clés</translation>
    </message>
    <message>
        <source>Redis Cluster (commands go to the node of their keys)</source>
        <translation>Redis Cluster (les commandes vont au nœud de leurs clés)</translation>
    </message>
    <message>
        <source>host:port, host:port</source>
        <translation>hôte:port, hôte:port</translation>
    </message>
    <message>
        <source>More nodes of the cluster, asked for its layout when the first one does not answer</source>
        <translation>Autres nœuds du cluster, interrogés sur sa topologie si le premier ne répond pas</translation>
    </message>
    <message>
        <source>Other nodes</source>
        <translation>Autres nœuds</translation>
    </message>
    <message>
        <source>Stripe API address</source>
        <translation>Adresse de l’API Stripe</translation>
    </message>
    <message>
        <source>Stripe itself, or a proxy in front of it. The key is stored in the OS keychain from the Reconciliation page.</source>
        <translation>Stripe lui-même, ou un proxy devant lui. La clé est enregistrée dans le trousseau du système depuis la page Rapprochement.</translation>
    </message>
    <message>
        <source>Billing (Stripe)</source>
        <translation>Facturation (Stripe)</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adresse de l’API</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>The profile needs a name.</source>
        <translation>Le profil a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>PostgreSQL host, database and user are required.</source>
        <translation>L&apos;hôte, la base et l&apos;utilisateur PostgreSQL sont requis.</translation>
    </message>
    <message>
        <source>Ports must be between 1 and 65535.</source>
        <translation>Les ports doivent être compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The BullMQ prefix is 1 to 100 characters without spaces or * ? [ ].</source>
        <translation>Le préfixe BullMQ fait 1 à 100 caractères, sans espaces ni * ? [ ].</translation>
    </message>
    <message>
        <source>TS_BULL_PREFIX is not a usable BullMQ prefix.</source>
        <translation>TS_BULL_PREFIX n&apos;est pas un préfixe BullMQ utilisable.</translation>
    </message>
    <message>
        <source>Redis at %1 is not on this machine: tick &quot;Use TLS&quot;, or &quot;Allow an unencrypted connection to another machine&quot; if you must.</source>
        <translation>Redis sur %1 n&apos;est pas sur cette machine : cochez « Utiliser TLS », ou « Autoriser une connexion non chiffrée vers une autre machine » s&apos;il le faut.</translation>
    </message>
    <message>
        <source>PostgreSQL: the certificate is checked but not the host name (sslmode=verify-ca).</source>
        <translation>PostgreSQL : le certificat est vérifié, mais pas le nom d&apos;hôte (sslmode=verify-ca).</translation>
    </message>
    <message>
        <source>PostgreSQL: the server is not verified (sslmode=%1).</source>
        <translation>PostgreSQL : le serveur n&apos;est pas vérifié (sslmode=%1).</translation>
    </message>
    <message>
        <source>Redis: unencrypted connection (no TLS).</source>
        <translation>Redis : connexion non chiffrée (sans TLS).</translation>
    </message>
    <message>
        <source>Redis: TLS without checking the server&apos;s certificate.</source>
        <translation>Redis : TLS sans vérification du certificat du serveur.</translation>
    </message>
    <message>
        <source>Provider keys: may go unencrypted (http://, ws://) to other machines.</source>
        <translation>Clés de fournisseur : peuvent partir non chiffrées (http://, ws://) vers d’autres machines.</translation>
    </message>
    <message>
        <source>A Redis Cluster has only database 0.</source>
        <translation>Un Redis Cluster n&apos;a que la base 0.</translation>
    </message>
    <message>
        <source>TS_PG_REPLICA_URL: %1</source>
        <translation>TS_PG_REPLICA_URL : %1</translation>
    </message>
    <message>
        <source>TS_PG_REPLICA_LAG_BOUND is a number of seconds from 0 to 86400.</source>
        <translation>TS_PG_REPLICA_LAG_BOUND est un nombre de secondes de 0 à 86400.</translation>
    </message>
    <message>
        <source>TS_PG_READ_TIMEOUT is a number of seconds from 0 (none) to 3600.</source>
        <translation>TS_PG_READ_TIMEOUT est un nombre de secondes de 0 (aucune limite) à 3600.</translation>
    </message>
</context>
<context>
    <name>ConnectionState</name>
    <message>
        <source>disconnected</source>
        <translation>déconnecté</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnexion</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
</context>
<context>
    <name>CostTableModel</name>
    <message>
        <source>Negative margin: the platform pays its providers more than this tenant pays</source>
        <translation>Marge négative : la plateforme paie ses fournisseurs plus que ce locataire ne paie</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Jour (UTC)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Provider cost</source>
        <translation>Coût fournisseur</translation>
    </message>
    <message>
        <source>Platform-paid</source>
        <translation>Payé par la plateforme</translation>
    </message>
    <message>
        <source>BYOK (tenant&apos;s key)</source>
        <translation>BYOK (clé du locataire)</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenu</translation>
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
        <translation>Mois</translation>
    </message>
    <message>
        <source>by tenant (with margin)</source>
        <translation>par locataire (avec marge)</translation>
    </message>
    <message>
        <source>by model</source>
        <translation>par modèle</translation>
    </message>
    <message>
        <source>by provider</source>
        <translation>par fournisseur</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>Group by</source>
        <translation>Grouper par</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>Rapport PDF…</translation>
    </message>
    <message>
        <source>Month (UTC)</source>
        <translation>Mois (UTC)</translation>
    </message>
    <message>
        <source>Choose a month.</source>
        <translation>Choisissez un mois.</translation>
    </message>
    <message>
        <source>Loading costs…</source>
        <translation>Chargement des coûts…</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:#c62828&apos;&gt;More rows could not be loaded: %1&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:#c62828&apos;&gt;D&apos;autres lignes n&apos;ont pas pu être chargées : %1&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Could not load costs:
%1</source>
        <translation>Impossible de charger les coûts :
%1</translation>
    </message>
    <message numerus="yes">
        <source>Revenue &lt;b&gt;%1&lt;/b&gt; · platform-paid AI cost &lt;b&gt;%2&lt;/b&gt; · margin &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · BYOK traffic (paid by tenants&apos; own keys) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n tenant(s) with a negative margin&lt;/span&gt;</source>
        <translation>
            <numerusform>Revenu &lt;b&gt;%1&lt;/b&gt; · coût IA payé par la plateforme &lt;b&gt;%2&lt;/b&gt; · marge &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · trafic BYOK (payé par les clés des locataires) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n locataire avec une marge négative&lt;/span&gt;</numerusform>
            <numerusform>Revenu &lt;b&gt;%1&lt;/b&gt; · coût IA payé par la plateforme &lt;b&gt;%2&lt;/b&gt; · marge &lt;b style=&apos;color:%3&apos;&gt;%4&lt;/b&gt; · trafic BYOK (payé par les clés des locataires) %5 · &lt;span style=&apos;color:#c62828&apos;&gt;%n locataires avec une marge négative&lt;/span&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>No AI provider cost in %1.</source>
        <translation>Aucun coût de fournisseur IA en %1.</translation>
    </message>
    <message>
        <source>Platform-paid</source>
        <translation>Payé par la plateforme</translation>
    </message>
    <message>
        <source>BYOK (tenant&apos;s key)</source>
        <translation>BYOK (clé du locataire)</translation>
    </message>
    <message>
        <source>AI provider cost per day</source>
        <translation>Coût des fournisseurs IA par jour</translation>
    </message>
    <message numerus="yes">
        <source>Top %n by AI provider cost</source>
        <translation>
            <numerusform>Top %n par coût de fournisseur IA</numerusform>
            <numerusform>Top %n par coût de fournisseur IA</numerusform>
        </translation>
    </message>
    <message>
        <source>TenantScope cost report %1</source>
        <translation>Rapport de coûts TenantScope %1</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>AI costs %1, %2</source>
        <translation>Coûts IA %1, %2</translation>
    </message>
    <message>
        <source>%1 of %2 rows; generated %3 UTC by TenantScope</source>
        <translation>%1 lignes sur %2 ; généré le %3 UTC par TenantScope</translation>
    </message>
    <message>
        <source>Save PDF report</source>
        <translation>Enregistrer le rapport PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
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
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Cost and margin chart</source>
        <translation>Graphique des coûts et marges</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>DeliveryController</name>
    <message>
        <source>Alerts now go to &quot;%1&quot;.</source>
        <translation>Les alertes partent maintenant vers « %1 ».</translation>
    </message>
    <message>
        <source>Destination removed: nothing more is sent to it.</source>
        <translation>Destination supprimée : plus rien n’y est envoyé.</translation>
    </message>
</context>
<context>
    <name>DeliveryPanel</name>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Sent (7 days)</source>
        <translation>Envoyées (7 jours)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Alert destinations</source>
        <translation>Destinations des alertes</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mise en file</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>Alert deliveries</source>
        <translation>Envois d’alertes</translation>
    </message>
    <message>
        <source>Add destination…</source>
        <translation>Ajouter une destination…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Remove alert destination</source>
        <translation>Supprimer la destination d’alertes</translation>
    </message>
    <message>
        <source>Nothing more is sent to &quot;%1&quot;, and its URL is forgotten.</source>
        <translation>Plus rien n’est envoyé à « %1 », et son URL est oubliée.</translation>
    </message>
    <message>
        <source>Remove destination</source>
        <translation>Supprimer la destination</translation>
    </message>
    <message>
        <source>Where every new alert is sent (quota alerts and spikes; platform admins set them)</source>
        <translation>Où part chaque nouvelle alerte (alertes de quota et pics ; fixées par les administrateurs de la plateforme)</translation>
    </message>
    <message>
        <source>Deliveries of the last 7 days, unfinished first</source>
        <translation>Envois des 7 derniers jours, inachevés d’abord</translation>
    </message>
    <message>
        <source>Loading destinations…</source>
        <translation>Chargement des destinations…</translation>
    </message>
    <message>
        <source>Loading deliveries…</source>
        <translation>Chargement des envois…</translation>
    </message>
    <message>
        <source>This console does not send deliveries: a platform admin&apos;s console does, or `tenantscope-cli alerts deliver` run from cron.</source>
        <translation>Cette console n’envoie pas les alertes : la console d’un administrateur de la plateforme le fait, ou `tenantscope-cli alerts deliver` lancé par cron.</translation>
    </message>
    <message>
        <source>This console sends deliveries every minute. Last round: %1 sent, %2 to retry, %3 failed.</source>
        <translation>Cette console envoie les alertes chaque minute. Dernier tour : %1 envoyées, %2 à réessayer, %3 en échec.</translation>
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
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Alerts are not sent anywhere yet. A platform admin adds a Slack incoming webhook or an HTTPS webhook here.</source>
        <translation>Les alertes ne partent encore nulle part. Un administrateur de la plateforme ajoute ici un webhook entrant Slack ou un webhook HTTPS.</translation>
    </message>
    <message>
        <source>quota #%1</source>
        <translation>quota n° %1</translation>
    </message>
    <message>
        <source>spike #%1</source>
        <translation>pic n° %1</translation>
    </message>
    <message>
        <source>whole platform</source>
        <translation>toute la plateforme</translation>
    </message>
    <message>
        <source>Nothing was queued for delivery in the last 7 days.</source>
        <translation>Rien n’a été mis en file d’envoi ces 7 derniers jours.</translation>
    </message>
</context>
<context>
    <name>DeliveryRepository</name>
    <message>
        <source>Name the destination (1 to 80 characters).</source>
        <translation>Nommez la destination (1 à 80 caractères).</translation>
    </message>
    <message>
        <source>The kind is slack or webhook.</source>
        <translation>Le type est slack ou webhook.</translation>
    </message>
    <message>
        <source>A new destination needs its webhook URL.</source>
        <translation>Une nouvelle destination demande son URL de webhook.</translation>
    </message>
    <message>
        <source>Show deliveries of 1 to 90 days.</source>
        <translation>Afficher les envois de 1 à 90 jours.</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <source>Demo data replaces the platform&apos;s data, so it only runs against servers on this machine (loopback).</source>
        <translation>Les données de démo remplacent celles de la plateforme : elles ne s&apos;exécutent donc que sur des serveurs de cette machine (loopback).</translation>
    </message>
    <message>
        <source>preparing</source>
        <translation>préparation</translation>
    </message>
    <message>
        <source>audit</source>
        <translation>audit</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>validation</translation>
    </message>
</context>
<context>
    <name>DemoRedisWriter</name>
    <message>
        <source>redis: clear contract keys</source>
        <translation>redis : effacer les clés du contrat</translation>
    </message>
    <message>
        <source>redis: usage counters</source>
        <translation>redis : compteurs d&apos;usage</translation>
    </message>
    <message>
        <source>redis: effective limits</source>
        <translation>redis : limites effectives</translation>
    </message>
    <message>
        <source>redis: concurrency, quota flags, rate-limit windows</source>
        <translation>redis : concurrence, indicateurs de quota, fenêtres de débit</translation>
    </message>
    <message>
        <source>redis: BullMQ queue</source>
        <translation>redis : file BullMQ</translation>
    </message>
    <message>
        <source>SCAN failed: %1</source>
        <translation>Échec de SCAN : %1</translation>
    </message>
    <message>
        <source>redis: AI configuration</source>
        <translation>redis : configuration IA</translation>
    </message>
</context>
<context>
    <name>DestinationDialog</name>
    <message>
        <source>Send alerts here</source>
        <translation>Envoyer les alertes ici</translation>
    </message>
    <message>
        <source>Change alert destination</source>
        <translation>Modifier la destination d’alertes</translation>
    </message>
    <message>
        <source>Add alert destination</source>
        <translation>Ajouter une destination d’alertes</translation>
    </message>
    <message>
        <source>Slack incoming webhook</source>
        <translation>Webhook entrant Slack</translation>
    </message>
    <message>
        <source>Webhook (JSON over HTTPS)</source>
        <translation>Webhook (JSON sur HTTPS)</translation>
    </message>
    <message>
        <source>leave empty to keep %1</source>
        <translation>laisser vide pour garder %1</translation>
    </message>
    <message>
        <source>Why, for the audit log</source>
        <translation>Pourquoi, pour le journal d’audit</translation>
    </message>
    <message>
        <source>The URL is kept on the server; nobody can read it back, not even here. Each alert is sent once, retried after errors, and a delivery that fails is listed.</source>
        <translation>L’URL est gardée sur le serveur ; personne ne peut la relire, pas même ici. Chaque alerte est envoyée une fois, réessayée après une erreur, et un envoi en échec est listé.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Name the destination (like the channel it posts to).</source>
        <translation>Nommez la destination (comme le canal où elle publie).</translation>
    </message>
    <message>
        <source>Paste the webhook URL.</source>
        <translation>Collez l’URL du webhook.</translation>
    </message>
</context>
<context>
    <name>EffectiveConfigText</name>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Model %1, fallback %2</source>
        <translation>Modèle %1, repli %2</translation>
    </message>
    <message>
        <source>Temperature %1 · max tokens %2 · RAG %3</source>
        <translation>Température %1 · tokens max. %2 · RAG %3</translation>
    </message>
    <message>
        <source>Prompt %1: %2</source>
        <translation>Prompt %1 : %2</translation>
    </message>
    <message>
        <source>From the global defaults v%1 and the tenant&apos;s own settings v%2</source>
        <translation>Des valeurs globales v%1 et des valeurs propres du locataire v%2</translation>
    </message>
    <message>
        <source>From the global defaults v%1 (the tenant sets nothing of its own)</source>
        <translation>Des valeurs globales v%1 (le locataire ne définit rien lui-même)</translation>
    </message>
    <message>
        <source>Flags on: %1 · off: %2</source>
        <translation>Flags activés : %1 · désactivés : %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>ExecutionActions</name>
    <message>
        <source>It will run again from the first node, as a new execution queued now. Every node runs again and costs tokens again. The original trace is kept.</source>
        <translation>Elle sera relancée depuis le premier nœud, comme une nouvelle exécution mise en file maintenant. Chaque nœud s&apos;exécute à nouveau et consomme à nouveau des jetons. La trace d&apos;origine est conservée.</translation>
    </message>
    <message>
        <source>%n failed or cancelled executions will run again from the first node, as new executions queued now. Every node runs again and costs tokens again. The original traces are kept.</source>
        <translation>%n exécutions en échec ou annulées seront relancées depuis le premier nœud, comme de nouvelles exécutions mises en file maintenant. Chaque nœud s&apos;exécute à nouveau et consomme à nouveau des jetons. Les traces d&apos;origine sont conservées.</translation>
    </message>
    <message>
        <source>It will run again from the node that did not finish, as a new execution queued now. Completed checkpoints are carried over and not run again.</source>
        <translation>Elle sera relancée depuis le nœud qui n&apos;a pas abouti, comme une nouvelle exécution mise en file maintenant. Les points de reprise terminés sont repris et ne s&apos;exécutent pas à nouveau.</translation>
    </message>
    <message>
        <source>%n failed or cancelled executions will run again from the node that did not finish, as new executions queued now. Completed checkpoints are carried over and not run again.</source>
        <translation>%n exécutions en échec ou annulées seront relancées depuis le nœud qui n&apos;a pas abouti, comme de nouvelles exécutions mises en file maintenant. Les points de reprise terminés sont repris et ne s&apos;exécutent pas à nouveau.</translation>
    </message>
    <message>
        <source>It will be cancelled now: its running nodes stop, or it never starts if it is queued. This cannot be undone (retry it later if needed).</source>
        <translation>Elle sera annulée maintenant : ses nœuds en cours s&apos;arrêtent, ou elle ne démarre jamais si elle est en file. C&apos;est irréversible (relancez-la plus tard si besoin).</translation>
    </message>
    <message>
        <source>%n queued or running executions will be cancelled now: their running nodes stop and queued ones never start. This cannot be undone (retry them later if needed).</source>
        <translation>%n exécutions en file ou en cours seront annulées maintenant : leurs nœuds en cours s&apos;arrêtent et celles en file ne démarrent jamais. C&apos;est irréversible (relancez-les plus tard si besoin).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;exécution (UUID).</translation>
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
        <translation>%1 (nouvelle tentative)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ExecutionRepository</name>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;exécution (UUID).</translation>
    </message>
    <message>
        <source>Execution %1 was not found, or your login is not permitted to see it.</source>
        <translation>L&apos;exécution %1 est introuvable, ou votre identifiant n&apos;a pas le droit de la voir.</translation>
    </message>
</context>
<context>
    <name>ExecutionRepository::Filter</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant de locataire (UUID).</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (use one of %2).</source>
        <translation>État inconnu « %1 » (utilisez l&apos;un de %2).</translation>
    </message>
    <message>
        <source>The time range starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <source>The error text to search for is limited to 500 characters.</source>
        <translation>Le texte d&apos;erreur à rechercher est limité à 500 caractères.</translation>
    </message>
    <message>
        <source>Invalid page cursor.</source>
        <translation>Curseur de page invalide.</translation>
    </message>
    <message>
        <source>The workflow name to search for is limited to 200 characters.</source>
        <translation>Le nom de workflow à rechercher est limité à 200 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an execution id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant d&apos;exécution (UUID).</translation>
    </message>
</context>
<context>
    <name>ExecutionsPage</name>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Retry…</source>
        <translation>Relancer…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Cancel execution…</source>
        <translation>Annuler l&apos;exécution…</translation>
    </message>
    <message>
        <source>Retry all failed shown…</source>
        <translation>Relancer toutes les exécutions en échec affichées…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation>Filtre de locataire</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Workflow filter</source>
        <translation>Filtre de workflow</translation>
    </message>
    <message>
        <source>Error text (e.g. 429)</source>
        <translation>Texte d&apos;erreur (p. ex. 429)</translation>
    </message>
    <message>
        <source>Error text filter</source>
        <translation>Filtre de texte d&apos;erreur</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>New and changed executions appear as the platform reports them</source>
        <translation>Les exécutions nouvelles et modifiées apparaissent dès que la plateforme les signale</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Échecs par cause</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Run the selected execution again from its first node</source>
        <translation>Relancer l&apos;exécution sélectionnée depuis son premier nœud</translation>
    </message>
    <message>
        <source>Run it again from the node that failed; completed checkpoints are not run again</source>
        <translation>La relancer depuis le nœud en échec ; les points de reprise terminés ne s&apos;exécutent pas à nouveau</translation>
    </message>
    <message>
        <source>Stop a queued or running execution</source>
        <translation>Arrêter une exécution en file ou en cours</translation>
    </message>
    <message>
        <source>Loading executions…</source>
        <translation>Chargement des exécutions…</translation>
    </message>
    <message>
        <source>No executions match these filters.</source>
        <translation>Aucune exécution ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>%1+ shown</source>
        <translation>%1+ affichées</translation>
    </message>
    <message numerus="yes">
        <source>%n execution(s)</source>
        <translation>
            <numerusform>%n exécution</numerusform>
            <numerusform>%n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <source>Grouping failures…</source>
        <translation>Regroupement des échecs…</translation>
    </message>
    <message>
        <source>No failures match these filters.</source>
        <translation>Aucun échec ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>Loading the trace…</source>
        <translation>Chargement de la trace…</translation>
    </message>
    <message>
        <source>Retry execution</source>
        <translation>Relancer l&apos;exécution</translation>
    </message>
    <message>
        <source>Resume execution</source>
        <translation>Reprendre l&apos;exécution</translation>
    </message>
    <message>
        <source>Cancel execution</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Execution %1:</source>
        <translation>Exécution %1 :</translation>
    </message>
    <message>
        <source>Open an execution first (its trace shows what the action applies to).</source>
        <translation>Ouvrez d&apos;abord une exécution (sa trace montre à quoi s&apos;applique l&apos;action).</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Cancelled %1.</source>
        <translation>%1 annulée.</translation>
    </message>
    <message>
        <source>Queued as %1.</source>
        <translation>Mise en file comme %1.</translation>
    </message>
    <message>
        <source>Each is its own audited action; you can stop between two.</source>
        <translation>Chacune est une action auditée à part ; vous pouvez vous arrêter entre deux.</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faites</translation>
    </message>
    <message numerus="yes">
        <source>(%n refused; first: %1)</source>
        <translation>
            <numerusform>(%n refusée ; première : %1)</numerusform>
            <numerusform>(%n refusées ; première : %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped before the rest.</source>
        <translation>Arrêté avant le reste.</translation>
    </message>
    <message>
        <source>Act on all shown</source>
        <translation>Agir sur toutes celles affichées</translation>
    </message>
    <message>
        <source>Retry, resume or cancel every execution matching the filters (up to 10,000)</source>
        <translation>Relancer, reprendre ou annuler chaque exécution correspondant aux filtres (jusqu&apos;à 10 000)</translation>
    </message>
    <message>
        <source>Resume all failed shown…</source>
        <translation>Reprendre toutes les exécutions en échec affichées…</translation>
    </message>
    <message>
        <source>Cancel all queued and running shown…</source>
        <translation>Annuler toutes celles en file et en cours affichées…</translation>
    </message>
    <message>
        <source>None of the executions shown can take this action (see the status filter).</source>
        <translation>Aucune des exécutions affichées ne permet cette action (voir le filtre d&apos;état).</translation>
    </message>
    <message>
        <source>Counting the executions that match…</source>
        <translation>Comptage des exécutions correspondantes…</translation>
    </message>
    <message>
        <source>No execution shown can take this action.</source>
        <translation>Aucune exécution affichée ne permet cette action.</translation>
    </message>
    <message>
        <source>Retry executions</source>
        <translation>Relancer des exécutions</translation>
    </message>
    <message>
        <source>Resume executions</source>
        <translation>Reprendre des exécutions</translation>
    </message>
    <message>
        <source>Cancel executions</source>
        <translation>Annuler des exécutions</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copies a tenantscope:// link to the execution shown, to paste into a ticket</source>
        <translation>Copie un lien tenantscope:// vers l&apos;exécution affichée, à coller dans un ticket</translation>
    </message>
    <message>
        <source>Retrying executions</source>
        <translation>Relance des exécutions</translation>
    </message>
    <message>
        <source>Resuming executions</source>
        <translation>Reprise des exécutions</translation>
    </message>
    <message>
        <source>Cancelling executions</source>
        <translation>Annulation des exécutions</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
    <message>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <source>workflow &quot;%1&quot;</source>
        <translation>workflow « %1 »</translation>
    </message>
    <message>
        <source>error &quot;%1&quot;</source>
        <translation>erreur « %1 »</translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparer…</translation>
    </message>
    <message>
        <source>Node by node: the two selected executions, or the shown one and its retry</source>
        <translation>Nœud par nœud : les deux exécutions sélectionnées, ou celle affichée et sa relance</translation>
    </message>
    <message>
        <source>Export OTLP…</source>
        <translation>Exporter en OTLP…</translation>
    </message>
    <message>
        <source>The shown execution as an OTLP JSON traces file, for other trace tools</source>
        <translation>L’exécution affichée sous forme de fichier de traces OTLP JSON, pour d’autres outils de traces</translation>
    </message>
    <message>
        <source>Wrote %1 span(s), %2 of them LLM calls, to %3.</source>
        <translation>%1 span(s) écrit(s), dont %2 appels LLM, dans %3.</translation>
    </message>
    <message>
        <source>Compare executions</source>
        <translation>Comparer des exécutions</translation>
    </message>
    <message>
        <source>Compare execution %1 with the execution (its id):</source>
        <translation>Comparer l’exécution %1 avec l’exécution (son id) :</translation>
    </message>
    <message>
        <source>Export execution as OTLP JSON</source>
        <translation>Exporter l’exécution en OTLP JSON</translation>
    </message>
    <message>
        <source>OTLP JSON traces (*.json)</source>
        <translation>Traces OTLP JSON (*.json)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
</context>
<context>
    <name>FlagsPage</name>
    <message>
        <source>Feature flags</source>
        <translation>Feature flags</translation>
    </message>
    <message>
        <source>AI configuration</source>
        <translation>Configuration IA</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 % of tenants</source>
        <translation>%1 % des locataires</translation>
    </message>
    <message>
        <source>plans %1</source>
        <translation>plans %1</translation>
    </message>
    <message numerus="yes">
        <source>%n listed tenant(s)</source>
        <translation>
            <numerusform>%n locataire listé</numerusform>
            <numerusform>%n locataires listés</numerusform>
        </translation>
    </message>
    <message>
        <source>every tenant</source>
        <translation>tous les locataires</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Push now</source>
        <translation>Envoyer maintenant</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Vérifier et enregistrer…</translation>
    </message>
    <message>
        <source>Roll back to this version…</source>
        <translation>Revenir à cette version…</translation>
    </message>
    <message>
        <source>Feature flags</source>
        <translation>Feature flags</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Rollout</source>
        <translation>Déploiement</translation>
    </message>
    <message>
        <source>Tenants on</source>
        <translation>Locataires activés</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Modifié par</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>New flag…</source>
        <translation>Nouveau flag…</translation>
    </message>
    <message>
        <source>Export for flagd…</source>
        <translation>Exporter pour flagd…</translation>
    </message>
    <message>
        <source>Every flag as an OpenFeature flagd flag set, evaluated for every tenant</source>
        <translation>Chaque flag comme jeu de flags OpenFeature flagd, évalué pour chaque locataire</translation>
    </message>
    <message>
        <source>Export for flagd</source>
        <translation>Exporter pour flagd</translation>
    </message>
    <message>
        <source>flagd flag set (*.json)</source>
        <translation>Jeu de flags flagd (*.json)</translation>
    </message>
    <message>
        <source>Flag key</source>
        <translation>Clé du flag</translation>
    </message>
    <message>
        <source>lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;</source>
        <translation>lettres minuscules, chiffres, « . », « _ » et « - »</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Every tenant</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>A percentage of tenants (stable by tenant id)</source>
        <translation>Un pourcentage des locataires (stable par identifiant)</translation>
    </message>
    <message>
        <source>Tenants on these plans</source>
        <translation>Locataires de ces plans</translation>
    </message>
    <message>
        <source>These tenants</source>
        <translation>Ces locataires</translation>
    </message>
    <message>
        <source>Percentage</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message>
        <source>plan ids, comma-separated</source>
        <translation>identifiants de plans, séparés par des virgules</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>tenant ids, one per line</source>
        <translation>identifiants de locataires, un par ligne</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé :</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description :</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Rollout:</source>
        <translation>Déploiement :</translation>
    </message>
    <message>
        <source>Percentage:</source>
        <translation>Pourcentage :</translation>
    </message>
    <message>
        <source>Plans:</source>
        <translation>Plans :</translation>
    </message>
    <message>
        <source>Tenants:</source>
        <translation>Locataires :</translation>
    </message>
    <message>
        <source>Flag history</source>
        <translation>Historique du flag</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Tenants the flag is on for</source>
        <translation>Locataires pour lesquels le flag est activé</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message numerus="yes">
        <source>Redis is behind for %n tenant(s), pending since %1</source>
        <translation>
            <numerusform>Redis est en retard pour %n locataire, en attente depuis %1</numerusform>
            <numerusform>Redis est en retard pour %n locataires, en attente depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <source>The flag&apos;s history could not be read: %1</source>
        <translation>L’historique du flag n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 (back to %2)</source>
        <translation>%1 (retour à %2)</translation>
    </message>
    <message>
        <source>The tenants could not be read: %1</source>
        <translation>Les locataires n’ont pas pu être lus : %1</translation>
    </message>
    <message numerus="yes">
        <source>On for %n tenant(s).</source>
        <translation>
            <numerusform>Activé pour %n locataire.</numerusform>
            <numerusform>Activé pour %n locataires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n by name:</source>
        <translation>
            <numerusform>Le premier par nom :</numerusform>
            <numerusform>Les %n premiers par nom :</numerusform>
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
        <translation>Chargement des feature flags…</translation>
    </message>
    <message>
        <source>The feature flags could not be read: %1</source>
        <translation>Les feature flags n’ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>No feature flags yet. Create the first with New flag.</source>
        <translation>Aucun feature flag pour l’instant. Créez le premier avec « Nouveau flag ».</translation>
    </message>
    <message>
        <source>Review and create…</source>
        <translation>Vérifier et créer…</translation>
    </message>
    <message>
        <source>A new flag is on for no tenant until it is saved.</source>
        <translation>Un nouveau flag n’est activé pour aucun locataire tant qu’il n’est pas enregistré.</translation>
    </message>
    <message>
        <source>The flag key must be lower-case letters, digits, &quot;.&quot;, &quot;_&quot; and &quot;-&quot;, at most 64, starting with a letter or digit.</source>
        <translation>La clé du flag se compose de lettres minuscules, chiffres, « . », « _ » et « - », 64 au plus, en commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n’est pas un identifiant de locataire (UUID).</translation>
    </message>
    <message>
        <source>Nothing to save: the flag is unchanged.</source>
        <translation>Rien à enregistrer : le flag est inchangé.</translation>
    </message>
    <message>
        <source>Finding the tenants this reaches…</source>
        <translation>Recherche des locataires concernés…</translation>
    </message>
    <message>
        <source>Roll flag %1 back to version %2</source>
        <translation>Ramener le flag %1 à la version %2</translation>
    </message>
    <message>
        <source>The rollback makes version %1 equal to version %2, audited; the tenants whose value changes get it in Redis right after.</source>
        <translation>Le retour arrière fait de la version %1 une copie de la version %2, journalisée ; les locataires dont la valeur change la reçoivent dans Redis juste après.</translation>
    </message>
    <message>
        <source>Roll back to version %1</source>
        <translation>Revenir à la version %1</translation>
    </message>
    <message>
        <source>Create flag %1</source>
        <translation>Créer le flag %1</translation>
    </message>
    <message>
        <source>Change flag %1</source>
        <translation>Modifier le flag %1</translation>
    </message>
    <message>
        <source>Creating the flag makes version 1; its value is written to every tenant&apos;s AI configuration in Redis right after the save.</source>
        <translation>La création fait la version 1 ; sa valeur est écrite dans la configuration IA de chaque locataire dans Redis juste après.</translation>
    </message>
    <message>
        <source>Saving makes version %1. The tenants whose value changes get it in Redis right after the save, announced on the plan-changes channel.</source>
        <translation>L’enregistrement crée la version %1. Les locataires dont la valeur change la reçoivent dans Redis juste après, annoncée sur le canal des changements de plans.</translation>
    </message>
    <message>
        <source>Create flag</source>
        <translation>Créer le flag</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Enregistrer la version %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Rolling back…</source>
        <translation>Retour arrière…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edit is still here; it will be reviewed against the version now.</source>
        <translation>Non enregistré : %1 Votre modification est toujours là ; elle sera vérifiée par rapport à la version actuelle.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 is now at version %2; it changed for %n tenant(s).</source>
        <translation>
            <numerusform>%1 est maintenant à la version %2 ; il a changé pour %n locataire.</numerusform>
            <numerusform>%1 est maintenant à la version %2 ; il a changé pour %n locataires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis has the AI configuration of %n tenant(s), announced.</source>
        <translation>
            <numerusform>Redis a la configuration IA de %n locataire, annoncée.</numerusform>
            <numerusform>Redis a la configuration IA de %n locataires, annoncée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis was not updated: %1 The tenants stay pending until a push succeeds.</source>
        <translation>Redis n’a pas été mis à jour : %1 Les locataires restent en attente jusqu’à ce qu’un envoi réussisse.</translation>
    </message>
    <message>
        <source>Evaluating every flag for every tenant…</source>
        <translation>Évaluation de chaque flag pour chaque locataire…</translation>
    </message>
    <message>
        <source>Nothing exported: %1</source>
        <translation>Rien exporté : %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n flag(s) for flagd to %1.</source>
        <translation>
            <numerusform>%n flag exporté pour flagd dans %1.</numerusform>
            <numerusform>%n flags exportés pour flagd dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowWalk</name>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
</context>
<context>
    <name>Freshness</name>
    <message>
        <source>As of %1 UTC: read from the standby, %2 s behind, past its lag bound</source>
        <translation>État à %1 UTC : lu sur le secours, %2 s de retard, au-delà de sa limite de retard</translation>
    </message>
    <message>
        <source>As of %1 UTC (read from the standby, %2 s behind)</source>
        <translation>État à %1 UTC (lu sur le secours, %2 s de retard)</translation>
    </message>
</context>
<context>
    <name>GatewayChatStream</name>
    <message>
        <source>The gateway refused the token: check the key on the Keys page.</source>
        <translation>La passerelle a refusé le jeton : vérifiez la clé dans la page Clés.</translation>
    </message>
    <message numerus="yes">
        <source>The tenant is limited now: try again in %n second(s).</source>
        <translation>
            <numerusform>Le locataire est limité en ce moment : réessayez dans %n seconde.</numerusform>
            <numerusform>Le locataire est limité en ce moment : réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The tenant is over its quota: see its plan and alerts.</source>
        <translation>Le locataire a dépassé son quota : voyez son forfait et ses alertes.</translation>
    </message>
    <message>
        <source>The tenant&apos;s plan does not allow this model.</source>
        <translation>Le forfait du locataire n&apos;autorise pas ce modèle.</translation>
    </message>
    <message>
        <source>The gateway stopped with an error.</source>
        <translation>La passerelle s&apos;est arrêtée sur une erreur.</translation>
    </message>
    <message>
        <source>The gateway sent something that is not JSON (%1).</source>
        <translation>La passerelle a envoyé quelque chose qui n&apos;est pas du JSON (%1).</translation>
    </message>
    <message>
        <source>The gateway connection closed before the answer was complete (%1).</source>
        <translation>La connexion à la passerelle s&apos;est fermée avant la fin de la réponse (%1).</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>AI spend today</source>
        <translation>Dépenses IA du jour</translation>
    </message>
    <message>
        <source>Failed executions, last hour</source>
        <translation>Exécutions en échec, dernière heure</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Alerts firing</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>Tenants throttled</source>
        <translation>Locataires bridés</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>What needs attention now</source>
        <translation>Ce qui demande de l&apos;attention maintenant</translation>
    </message>
    <message>
        <source>Reading what is going on…</source>
        <translation>Lecture de ce qui se passe…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>As of %1, refreshed every minute</source>
        <translation>Au %1, actualisé chaque minute</translation>
    </message>
    <message>
        <source>Your home is your tenant&apos;s overview: opening it.</source>
        <translation>Votre accueil est la vue d&apos;ensemble de votre locataire : ouverture.</translation>
    </message>
    <message>
        <source>Nothing could be read: %1</source>
        <translation>Rien n&apos;a pu être lu : %1</translation>
    </message>
    <message>
        <source>This platform has no usage, executions, queues or alerts yet. Once tenants use it, this page says what needs attention.</source>
        <translation>Cette plateforme n&apos;a encore ni usage, ni exécutions, ni files, ni alertes. Dès que des locataires l&apos;utilisent, cette page dit ce qui demande de l&apos;attention.</translation>
    </message>
    <message>
        <source>The same hours of the last 7 days: median %1.</source>
        <translation>Les mêmes heures des 7 derniers jours : médiane %1.</translation>
    </message>
    <message>
        <source>%1 % against the same hours of the last 7 days (median %2).</source>
        <translation>%1 % par rapport aux mêmes heures des 7 derniers jours (médiane %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last 24 hours.</source>
        <translation>
            <numerusform>%n dans les dernières 24 heures.</numerusform>
            <numerusform>%n dans les dernières 24 heures.</numerusform>
        </translation>
    </message>
    <message>
        <source>None in the last hour. %1</source>
        <translation>Aucune dans la dernière heure. %1</translation>
    </message>
    <message>
        <source>By cause: %1. %2</source>
        <translation>Par cause : %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n en attente</numerusform>
            <numerusform>%n en attente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s), %1 failed job(s) kept.</source>
        <translation>
            <numerusform>%n file, %1 tâches en échec conservées.</numerusform>
            <numerusform>%n files, %1 tâches en échec conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Longest backlog: %1.</source>
        <translation>Plus long arriéré : %1.</translation>
    </message>
    <message>
        <source>Paused: %1.</source>
        <translation>En pause : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n quota alert(s) of this month not yet acknowledged.</source>
        <translation>
            <numerusform>%n alerte de quota de ce mois pas encore prise en compte.</numerusform>
            <numerusform>%n alertes de quota de ce mois pas encore prises en compte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) at or past their included tokens this month, throttled by the platform. Furthest: %1.</source>
        <translation>
            <numerusform>%n locataire a atteint ou dépassé ses jetons inclus ce mois-ci, bridé par la plateforme. Le plus loin : %1.</numerusform>
            <numerusform>%n locataires ont atteint ou dépassé leurs jetons inclus ce mois-ci, bridés par la plateforme. Les plus loin : %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every tenant is within its included tokens this month.</source>
        <translation>Chaque locataire reste dans ses jetons inclus ce mois-ci.</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>PostgreSQL: %1</source>
        <translation>PostgreSQL : %1</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis : %1</translation>
    </message>
    <message numerus="yes">
        <source>Redis Cluster: %n node(s)</source>
        <translation>
            <numerusform>Redis Cluster : %n nœud</numerusform>
            <numerusform>Redis Cluster : %n nœuds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n down</source>
        <translation>
            <numerusform>, %n en panne</numerusform>
            <numerusform>, %n en panne</numerusform>
        </translation>
    </message>
    <message>
        <source>Trouble</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message numerus="yes">
        <source>%n spike(s) in the last 24 hours not yet acknowledged.</source>
        <translation>
            <numerusform>%n pic des dernières 24 heures pas encore acquitté.</numerusform>
            <numerusform>%n pics des dernières 24 heures pas encore acquittés.</numerusform>
        </translation>
    </message>
    <message>
        <source>No open quota alerts this month, and no spikes today.</source>
        <translation>Aucune alerte de quota ouverte ce mois-ci, et aucun pic aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>HttpChatStream</name>
    <message>
        <source>The key was refused: check it on the Keys page, or use another key.</source>
        <translation>La clé a été refusée : vérifiez-la dans la page Clés, ou utilisez une autre clé.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limited: try again in %n second(s).</source>
        <translation>
            <numerusform>Débit limité : réessayez dans %n seconde.</numerusform>
            <numerusform>Débit limité : réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rate limited: wait a moment and try again.</source>
        <translation>Débit limité : attendez un instant et réessayez.</translation>
    </message>
    <message>
        <source>The provider failed on its side: try again later.</source>
        <translation>Le fournisseur a échoué de son côté : réessayez plus tard.</translation>
    </message>
    <message>
        <source>The request was refused.</source>
        <translation>La requête a été refusée.</translation>
    </message>
    <message>
        <source>The provider stopped with an error: %1 (%2).</source>
        <translation>Le fournisseur s&apos;est arrêté sur une erreur : %1 (%2).</translation>
    </message>
    <message>
        <source>The connection failed: %1.</source>
        <translation>La connexion a échoué : %1.</translation>
    </message>
    <message>
        <source>The stream ended before the answer was complete.</source>
        <translation>Le flux s&apos;est terminé avant la fin de la réponse.</translation>
    </message>
</context>
<context>
    <name>JobActions</name>
    <message>
        <source>Failed job %1 of queue %2 goes back to waiting, and a worker runs it again once. Its attempts made are kept.</source>
        <translation>Le job en échec %1 de la file %2 repasse en attente, et un worker l&apos;exécute encore une fois. Ses tentatives déjà faites sont conservées.</translation>
    </message>
    <message>
        <source>Job %1 of queue %2 is deleted with its data, logs and result, whatever its state (a running job is refused). This cannot be undone.</source>
        <translation>Le job %1 de la file %2 est supprimé avec ses données, journaux et résultat, quel que soit son état (un job en cours est refusé). C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucun motif indiqué)</translation>
    </message>
    <message>
        <source>Job %1 of queue %2 is waiting to run again.</source>
        <translation>Le job %1 de la file %2 attend d&apos;être exécuté à nouveau.</translation>
    </message>
    <message>
        <source>Job %1 of queue %2 was removed.</source>
        <translation>Le job %1 de la file %2 a été supprimé.</translation>
    </message>
    <message>
        <source>But its audit record could not be written: %1</source>
        <translation>Mais son enregistrement d&apos;audit n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>A reason is 3 to 1000 characters (or none at all).</source>
        <translation>Une raison fait de 3 à 1000 caractères (ou aucune).</translation>
    </message>
</context>
<context>
    <name>JobFlow</name>
    <message>
        <source>Job %1 is not in queue %2.</source>
        <translation>Le job %1 n&apos;est pas dans la file %2.</translation>
    </message>
</context>
<context>
    <name>JobFlowView</name>
    <message>
        <source>The job&apos;s flow</source>
        <translation>Le flow du job</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Held by its parent as</source>
        <translation>Tenu par son parent comme</translation>
    </message>
    <message>
        <source>Select a job to see its flow.</source>
        <translation>Choisissez un job pour voir son flow.</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparu</translation>
    </message>
    <message>
        <source>root</source>
        <translation>racine</translation>
    </message>
    <message>
        <source>pending: waited for</source>
        <translation>en attente : attendu</translation>
    </message>
    <message>
        <source>processed</source>
        <translation>traité</translation>
    </message>
    <message>
        <source>ignored failure</source>
        <translation>échec ignoré</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Reading the flow of job %1…</source>
        <translation>Lecture du flow du job %1…</translation>
    </message>
    <message>
        <source>This job is not part of a flow: it has no parent and no children.</source>
        <translation>Ce job ne fait partie d&apos;aucun flow : il n&apos;a ni parent ni enfants.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Motif d&apos;échec</translation>
    </message>
</context>
<context>
    <name>JobSearch</name>
    <message>
        <source>Type what to look for: a job id, or text in the name, data or failed reason.</source>
        <translation>Tapez ce qu&apos;il faut chercher : un id de job, ou du texte dans le nom, les données ou la raison d&apos;échec.</translation>
    </message>
    <message>
        <source>The text to look for is at most 1,000 characters.</source>
        <translation>Le texte cherché fait au plus 1 000 caractères.</translation>
    </message>
    <message>
        <source>The state is one of %1.</source>
        <translation>L&apos;état est l&apos;un de %1.</translation>
    </message>
    <message>
        <source>The tenant is a tenant id (a UUID).</source>
        <translation>Le locataire est un id de locataire (un UUID).</translation>
    </message>
    <message>
        <source>At most 1 to %1 results.</source>
        <translation>Au plus 1 à %1 résultats.</translation>
    </message>
    <message>
        <source>The pace is %1 to %2 keys a second.</source>
        <translation>Le rythme est de %1 à %2 clés par seconde.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
    <message>
        <source>Redis answered SCAN with something else.</source>
        <translation>Redis a répondu autre chose à SCAN.</translation>
    </message>
</context>
<context>
    <name>JobSearchModel</name>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Raison de l&apos;échec</translation>
    </message>
</context>
<context>
    <name>JobSearchPanel</name>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Search jobs for</source>
        <translation>Chercher des jobs</translation>
    </message>
    <message>
        <source>Look in</source>
        <translation>Chercher dans</translation>
    </message>
    <message>
        <source>Anywhere</source>
        <translation>Partout</translation>
    </message>
    <message>
        <source>Job id</source>
        <translation>Id du job</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Raison de l&apos;échec</translation>
    </message>
    <message>
        <source>Queues searched</source>
        <translation>Files parcourues</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <source>This queue</source>
        <translation>Cette file</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Rythme</translation>
    </message>
    <message>
        <source>How many keys a second the search may ask Redis for; other clients are served in between</source>
        <translation>Combien de clés par seconde la recherche peut demander à Redis ; les autres clients sont servis entre-temps</translation>
    </message>
    <message>
        <source>Gentle: 20,000 keys/s</source>
        <translation>Doux : 20 000 clés/s</translation>
    </message>
    <message>
        <source>Normal: 100,000 keys/s</source>
        <translation>Normal : 100 000 clés/s</translation>
    </message>
    <message>
        <source>Fast: 500,000 keys/s</source>
        <translation>Rapide : 500 000 clés/s</translation>
    </message>
    <message>
        <source>Jobs found</source>
        <translation>Jobs trouvés</translation>
    </message>
    <message>
        <source>Search every queue&apos;s jobs by id, name, data or failed reason, in any state.</source>
        <translation>Chercher les jobs de toutes les files par id, nom, données ou raison d&apos;échec, dans tout état.</translation>
    </message>
    <message>
        <source>No job matches.</source>
        <translation>Aucun job ne correspond.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Searching at most %1 keys a second; stops at %2 results or when every job is scanned.</source>
        <translation>Recherche à au plus %1 clés par seconde ; s&apos;arrête à %2 résultats ou quand tous les jobs sont parcourus.</translation>
    </message>
    <message>
        <source>%1 keys scanned in %2 s (%3 keys/s), %4 jobs read, %5 found</source>
        <translation>%1 clés parcourues en %2 s (%3 clés/s), %4 jobs lus, %5 trouvés</translation>
    </message>
    <message>
        <source>%1 · queue %2 (%3 of %4) · stops at %5 results or when every job is scanned</source>
        <translation>%1 · file %2 (%3 sur %4) · s&apos;arrête à %5 résultats ou quand tous les jobs sont parcourus</translation>
    </message>
    <message>
        <source>Retry all found…</source>
        <translation>Relancer tous les trouvés…</translation>
    </message>
    <message>
        <source>Remove all found…</source>
        <translation>Supprimer tous les trouvés…</translation>
    </message>
    <message>
        <source>Jobs per batch</source>
        <translation>Jobs par lot</translation>
    </message>
    <message>
        <source>batches of </source>
        <translation>lots de </translation>
    </message>
    <message numerus="yes">
        <source>The %n job(s) found are retried, %1 at a time: failed ones go back to waiting and run once more; any other is refused and listed. Each is recorded in the audit log.</source>
        <translation>
            <numerusform>Le job trouvé est relancé, %1 à la fois : les jobs en échec retournent en attente et tournent une fois de plus ; tout autre est refusé et listé. Chacun est inscrit au journal d&apos;audit.</numerusform>
            <numerusform>Les %n jobs trouvés sont relancés, %1 à la fois : les jobs en échec retournent en attente et tournent une fois de plus ; tout autre est refusé et listé. Chacun est inscrit au journal d&apos;audit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n job(s) found are deleted with their data, %1 at a time; running jobs and jobs of a flow are refused and listed. Each is recorded in the audit log. This cannot be undone.</source>
        <translation>
            <numerusform>Le job trouvé est supprimé avec ses données, %1 à la fois ; les jobs en cours et ceux d&apos;un flow sont refusés et listés. Chacun est inscrit au journal d&apos;audit. C&apos;est irréversible.</numerusform>
            <numerusform>Les %n jobs trouvés sont supprimés avec leurs données, %1 à la fois ; les jobs en cours et ceux d&apos;un flow sont refusés et listés. Chacun est inscrit au journal d&apos;audit. C&apos;est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry all found</source>
        <translation>Relancer tous les trouvés</translation>
    </message>
    <message>
        <source>Remove all found</source>
        <translation>Supprimer tous les trouvés</translation>
    </message>
    <message>
        <source>Retry all</source>
        <translation>Tout relancer</translation>
    </message>
    <message>
        <source>Remove all</source>
        <translation>Tout supprimer</translation>
    </message>
    <message>
        <source>retried</source>
        <translation>relancés</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimés</translation>
    </message>
    <message>
        <source>%1 of %2 %3 in %4 batch(es), %5 refused</source>
        <translation>%1 sur %2 %3 en %4 lot(s), %5 refusé(s)</translation>
    </message>
    <message>
        <source> · working…</source>
        <translation> · en cours…</translation>
    </message>
    <message>
        <source> · stopped: the other jobs were not tried</source>
        <translation> · arrêté : les autres jobs n&apos;ont pas été essayés</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusés : %1</translation>
    </message>
    <message>
        <source>Job id, or text in the name, data or failed reason (none: this queue&apos;s jobs in the state chosen)</source>
        <translation>Id de job, ou texte dans le nom, les données ou la raison d&apos;échec (rien : les jobs de cette file dans l&apos;état choisi)</translation>
    </message>
    <message>
        <source>Reading the jobs…</source>
        <translation>Lecture des jobs…</translation>
    </message>
    <message>
        <source>No job in this state.</source>
        <translation>Aucun job dans cet état.</translation>
    </message>
    <message>
        <source>%1 job(s) in state %2 of queue %3%4</source>
        <translation>%1 job(s) dans l&apos;état %2 de la file %3%4</translation>
    </message>
    <message>
        <source>, one tenant&apos;s</source>
        <translation>, d&apos;un locataire</translation>
    </message>
</context>
<context>
    <name>JobSearchProgress</name>
    <message>
        <source>searching</source>
        <translation>recherche</translation>
    </message>
    <message>
        <source>done: every job scanned</source>
        <translation>fini : tous les jobs parcourus</translation>
    </message>
    <message>
        <source>stopped at the result limit</source>
        <translation>arrêté à la limite de résultats</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
</context>
<context>
    <name>JsonTreeModel</name>
    <message>
        <source>(document)</source>
        <translation>(document)</translation>
    </message>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n clé}</numerusform>
            <numerusform>{%n clés}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>%1… (%2 characters)</source>
        <translation>%1… (%2 caractères)</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>not exactly one JSON value</source>
        <translation>pas exactement une valeur JSON</translation>
    </message>
</context>
<context>
    <name>JsonView</name>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the selected branch as JSON (or everything when nothing is selected)</source>
        <translation>Copier la branche sélectionnée en JSON (ou tout, si rien n&apos;est sélectionné)</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Not valid JSON (%1); shown as text.</source>
        <translation>JSON invalide (%1) ; affiché comme texte.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Reading %1 MB of JSON…</source>
        <translation>Lecture de %1 Mo de JSON…</translation>
    </message>
</context>
<context>
    <name>KeyCheck</name>
    <message>
        <source>The key works: the provider accepted it.</source>
        <translation>La clé fonctionne : le fournisseur l&apos;a acceptée.</translation>
    </message>
    <message>
        <source>The provider refused the key (HTTP %1: %2). Check it, or create a new one.</source>
        <translation>Le fournisseur a refusé la clé (HTTP %1 : %2). Vérifiez-la ou créez-en une nouvelle.</translation>
    </message>
    <message>
        <source>The provider answered HTTP %1: %2</source>
        <translation>Le fournisseur a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Could not reach the provider: %1</source>
        <translation>Impossible de joindre le fournisseur : %1</translation>
    </message>
</context>
<context>
    <name>KeyProvider</name>
    <message>
        <source>OpenAI-compatible (custom base URL)</source>
        <translation>Compatible OpenAI (URL de base personnalisée)</translation>
    </message>
    <message>
        <source>Platform gateway token</source>
        <translation>Jeton de la passerelle de la plateforme</translation>
    </message>
    <message>
        <source>The gateway token is tested by sending a message (Playground, or tenantscope-cli chat --provider platform).</source>
        <translation>Le jeton de la passerelle se teste en envoyant un message (Playground, ou tenantscope-cli chat --provider platform).</translation>
    </message>
</context>
<context>
    <name>KeyTransport</name>
    <message>
        <source>a password</source>
        <translation>un mot de passe</translation>
    </message>
    <message>
        <source>The URL is not valid: it needs a scheme and a host, like https://api.example.com/v1.</source>
        <translation>L’URL n’est pas valide : il lui faut un schéma et un hôte, comme https://api.example.com/v1.</translation>
    </message>
    <message>
        <source>The URL carries a credential (%1): take it out. Keys are kept in the keychain and sent in a header, never in a URL, which ends up in settings, exports and logs.</source>
        <translation>L’URL contient un secret d’accès (%1) : retirez-le. Les clés restent dans le trousseau et partent dans un en-tête, jamais dans une URL, qui finit dans les réglages, les exports et les journaux.</translation>
    </message>
    <message>
        <source>Not sent: %1 is not encrypted, and the key would cross the network to %2 in clear text. Use %3, or allow unencrypted keys to other machines in the connection profile.</source>
        <translation>Non envoyé : %1 n’est pas chiffré, et la clé traverserait le réseau en clair jusqu’à %2. Utilisez %3, ou autorisez les clés non chiffrées vers d’autres machines dans le profil de connexion.</translation>
    </message>
    <message>
        <source>⚠ Not encrypted: the key goes to %1 in clear text</source>
        <translation>⚠ Non chiffré : la clé part en clair vers %1</translation>
    </message>
</context>
<context>
    <name>KeysPage</name>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Keys in this computer&apos;s keychain</source>
        <translation>Clés dans le trousseau de cet ordinateur</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Sealed with</source>
        <translation>Scellée avec</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Téléversée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Keys uploaded to the platform</source>
        <translation>Clés téléversées sur la plateforme</translation>
    </message>
    <message>
        <source>Base URL (custom: http://localhost:8000/v1; gateway: wss://…)</source>
        <translation>URL de base (personnalisée : http://localhost:8000/v1 ; passerelle : wss://…)</translation>
    </message>
    <message>
        <source>Paste the key</source>
        <translation>Collez la clé</translation>
    </message>
    <message>
        <source>Store in keychain</source>
        <translation>Enregistrer dans le trousseau</translation>
    </message>
    <message>
        <source>Test key</source>
        <translation>Tester la clé</translation>
    </message>
    <message>
        <source>Ask the provider for its model list with this key: authenticated, costs no tokens</source>
        <translation>Demander au fournisseur sa liste de modèles avec cette clé : authentifié, ne coûte aucun jeton</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>This computer (OS keychain, profile %1)</source>
        <translation>Cet ordinateur (trousseau du système, profil %1)</translation>
    </message>
    <message>
        <source>Keys are kept only in the OS keychain: never in settings, logs or exports.</source>
        <translation>Les clés ne sont conservées que dans le trousseau du système : jamais dans les réglages, les journaux ou les exports.</translation>
    </message>
    <message>
        <source>Uploaded to the platform (sealed with the platform&apos;s public key)</source>
        <translation>Téléversées sur la plateforme (scellées avec la clé publique de la plateforme)</translation>
    </message>
    <message>
        <source>Tenant: type a name</source>
        <translation>Locataire : saisissez un nom</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Label, like production</source>
        <translation>Libellé, par exemple production</translation>
    </message>
    <message>
        <source>Reason for revoking (audited)</source>
        <translation>Motif de la révocation (audité)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Upload selected key</source>
        <translation>Téléverser la clé sélectionnée</translation>
    </message>
    <message>
        <source>Seal the key selected above with the platform&apos;s public key and store it for the tenant</source>
        <translation>Sceller la clé sélectionnée ci-dessus avec la clé publique de la plateforme et l&apos;enregistrer pour le locataire</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Delete key</source>
        <translation>Supprimer la clé</translation>
    </message>
    <message>
        <source>Delete the %1 key from this computer&apos;s keychain?</source>
        <translation>Supprimer la clé %1 du trousseau de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Pick a tenant to see the keys it has on the platform.</source>
        <translation>Choisissez un locataire pour voir ses clés sur la plateforme.</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>non enregistrée</translation>
    </message>
    <message>
        <source>No keys yet: choose a provider, paste a key and store it.</source>
        <translation>Pas encore de clés : choisissez un fournisseur, collez une clé et enregistrez-la.</translation>
    </message>
    <message>
        <source>Stored the %1 key in the keychain.</source>
        <translation>Clé %1 enregistrée dans le trousseau.</translation>
    </message>
    <message>
        <source>Select a key to test.</source>
        <translation>Sélectionnez une clé à tester.</translation>
    </message>
    <message>
        <source>The gateway token is tested by sending a message from the Playground.</source>
        <translation>Le jeton de la passerelle se teste en envoyant un message depuis le Playground.</translation>
    </message>
    <message>
        <source>Testing the %1 key…</source>
        <translation>Test de la clé %1…</translation>
    </message>
    <message>
        <source>works (%1)</source>
        <translation>fonctionne (%1)</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>Deleted the %1 key.</source>
        <translation>Clé %1 supprimée.</translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s keys…</source>
        <translation>Chargement des clés du locataire…</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoked %1 by %2</source>
        <translation>révoquée le %1 par %2</translation>
    </message>
    <message>
        <source>This tenant has no keys on the platform yet. Select a key above and upload it.</source>
        <translation>Ce locataire n&apos;a pas encore de clé sur la plateforme. Sélectionnez une clé ci-dessus et téléversez-la.</translation>
    </message>
    <message>
        <source>Select a key above and pick a tenant first.</source>
        <translation>Sélectionnez d&apos;abord une clé ci-dessus et choisissez un locataire.</translation>
    </message>
    <message>
        <source>Sealing and uploading…</source>
        <translation>Scellement et téléversement…</translation>
    </message>
    <message>
        <source>Uploaded, sealed with the platform&apos;s public key (audited).</source>
        <translation>Téléversée, scellée avec la clé publique de la plateforme (audité).</translation>
    </message>
    <message>
        <source>Select an uploaded key to revoke.</source>
        <translation>Sélectionnez une clé téléversée à révoquer.</translation>
    </message>
    <message>
        <source>Revoked (audited).</source>
        <translation>Révoquée (audité).</translation>
    </message>
</context>
<context>
    <name>LanguageSetting</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>LimitsPusher</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant de locataire (UUID).</translation>
    </message>
    <message>
        <source>Redis has the limits, but marking them done failed: %1</source>
        <translation>Redis a les limites, mais leur marquage comme faites a échoué : %1</translation>
    </message>
    <message>
        <source>Redis did not take the limits. %1 PostgreSQL has the change, and the tenants stay marked as pending until a push succeeds.</source>
        <translation>Redis n’a pas pris les limites. %1 PostgreSQL a la modification, et les locataires restent marqués en attente jusqu’à ce qu’un envoi réussisse.</translation>
    </message>
    <message numerus="yes">
        <source>Not permitted: your login may not see %n tenant(s): %1 (or there is no such tenant). Nothing was pushed.</source>
        <translation>
            <numerusform>Non autorisé : votre connexion ne peut pas voir %n locataire : %1 (ou il n’existe pas). Rien n’a été envoyé.</numerusform>
            <numerusform>Non autorisé : votre connexion ne peut pas voir %n locataires : %1 (ou ils n’existent pas). Rien n’a été envoyé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalKeyStore</name>
    <message>
        <source>provider: one of openai, anthropic, custom, platform</source>
        <translation>provider : l&apos;un de openai, anthropic, custom, platform</translation>
    </message>
    <message>
        <source>the key is empty</source>
        <translation>la clé est vide</translation>
    </message>
    <message>
        <source>the key is longer than 4,096 characters: is it the right text?</source>
        <translation>la clé dépasse 4 096 caractères : est-ce le bon texte ?</translation>
    </message>
    <message>
        <source>the key contains spaces or control characters: paste the key alone</source>
        <translation>la clé contient des espaces ou des caractères de contrôle : collez la clé seule</translation>
    </message>
    <message>
        <source>a custom provider needs its base URL, like http://localhost:8000/v1</source>
        <translation>un fournisseur personnalisé a besoin de son URL de base, par exemple http://localhost:8000/v1</translation>
    </message>
    <message>
        <source>the platform gateway needs its URL, like wss://gateway.example.com/chat</source>
        <translation>la passerelle de la plateforme a besoin de son URL, par exemple wss://gateway.example.com/chat</translation>
    </message>
    <message>
        <source>no %1 key is stored for this profile</source>
        <translation>aucune clé %1 n&apos;est enregistrée pour ce profil</translation>
    </message>
    <message>
        <source>no %1 key is stored for this profile: add one on the Keys page or with tenantscope-cli keys set</source>
        <translation>aucune clé %1 n&apos;est enregistrée pour ce profil : ajoutez-en une dans la page Clés ou avec tenantscope-cli keys set</translation>
    </message>
    <message>
        <source>the base URL carries a credential (%1): take it out, the key goes in the keychain</source>
        <translation>l’URL de base contient un secret d’accès (%1) : retirez-le, la clé va dans le trousseau</translation>
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
        <translation>Pages</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>chart tokens, requests and cost per tenant over time, stacked by model, live for today.</source>
        <translation>tracer jetons, requêtes et coût par locataire dans le temps, empilés par modèle, en direct pour aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>break costs down by tenant, model, provider and day, with margins and exports.</source>
        <translation>ventiler les coûts par locataire, modèle, fournisseur et jour, avec marges et exports.</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>list workflow executions, show traces with the failed node, retry, resume and cancel.</source>
        <translation>lister les exécutions de workflows, montrer les traces avec le nœud en échec, relancer, reprendre et annuler.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>show BullMQ queues per tenant and state, with job detail, retry and remove.</source>
        <translation>montrer les files BullMQ par locataire et par état, avec le détail des jobs, relance et suppression.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>edit plans and per-tenant overrides, validated, versioned and audited.</source>
        <translation>modifier les forfaits et les dérogations par locataire, validés, versionnés et audités.</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>chat with a tenant&apos;s configuration and watch answers stream token by token.</source>
        <translation>discuter avec la configuration d&apos;un locataire et voir les réponses arriver jeton par jeton.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>keep BYOK provider keys in the OS keychain and upload them sealed.</source>
        <translation>conserver les clés BYOK des fournisseurs dans le trousseau du système et les téléverser scellées.</translation>
    </message>
    <message>
        <source>Waiting for a connection…</source>
        <translation>En attente d&apos;une connexion…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect…</source>
        <translation>Se &amp;connecter…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About TenantScope</source>
        <translation>À &amp;propos de TenantScope</translation>
    </message>
    <message>
        <source>About TenantScope</source>
        <translation>À propos de TenantScope</translation>
    </message>
    <message>
        <source>TenantScope %1
A native console for multi-tenant AI SaaS platforms.</source>
        <translation>TenantScope %1
Une console native pour les plateformes SaaS d&apos;IA multi-locataires.</translation>
    </message>
    <message>
        <source>TenantScope — %1</source>
        <translation>TenantScope — %1</translation>
    </message>
    <message>
        <source>PostgreSQL: not connected</source>
        <translation>PostgreSQL : non connecté</translation>
    </message>
    <message>
        <source>Redis: not connected</source>
        <translation>Redis : non connecté</translation>
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
        <translation>PostgreSQL : %1</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis : %1</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Alertes (%1)</translation>
    </message>
    <message>
        <source>%1: %2 at %3 %</source>
        <translation>%1 : %2 à %3 %</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message numerus="yes">
        <source>%n new quota alert(s)</source>
        <translation>
            <numerusform>%n nouvelle alerte de quota</numerusform>
            <numerusform>%n nouvelles alertes de quota</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel query</source>
        <translation>Annuler la requête</translation>
    </message>
    <message>
        <source>Ask PostgreSQL to stop the query that is running now</source>
        <translation>Demander à PostgreSQL d&apos;arrêter la requête en cours</translation>
    </message>
    <message>
        <source>⚠ Not verified</source>
        <translation>⚠ Non vérifié</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Go to…</source>
        <translation>A&amp;ller à…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language changes when TenantScope starts again.</source>
        <translation>La langue change au prochain démarrage de TenantScope.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>This connection cannot show executions.</source>
        <translation>Cette connexion ne peut pas afficher les exécutions.</translation>
    </message>
    <message>
        <source>&amp;Export support snapshot…</source>
        <translation>&amp;Exporter un instantané de support…</translation>
    </message>
    <message>
        <source>&amp;Open support snapshot…</source>
        <translation>&amp;Ouvrir un instantané de support…</translation>
    </message>
    <message>
        <source>Wait for &quot;%1&quot; to finish, or cancel it.</source>
        <translation>Attendez la fin de « %1 », ou annulez-le.</translation>
    </message>
    <message>
        <source>Export support snapshot</source>
        <translation>Exporter un instantané de support</translation>
    </message>
    <message>
        <source>Exporting a support snapshot</source>
        <translation>Export d&apos;un instantané de support</translation>
    </message>
    <message>
        <source>The snapshot was not saved</source>
        <translation>L&apos;instantané n&apos;a pas été enregistré</translation>
    </message>
    <message numerus="yes">
        <source>, %n value(s) redacted</source>
        <translation>
            <numerusform>, %n valeur masquée</numerusform>
            <numerusform>, %n valeurs masquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n part(s) unavailable</source>
        <translation>
            <numerusform>, %n partie indisponible</numerusform>
            <numerusform>, %n parties indisponibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Support snapshot saved</source>
        <translation>Instantané de support enregistré</translation>
    </message>
    <message>
        <source>Open support snapshot</source>
        <translation>Ouvrir un instantané de support</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message numerus="yes">
        <source>%n failed execution(s)</source>
        <translation>
            <numerusform>%n exécution en échec</numerusform>
            <numerusform>%n exécutions en échec</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation>
            <numerusform>%n job</numerusform>
            <numerusform>%n jobs</numerusform>
        </translation>
    </message>
    <message>
        <source>Redis Cluster</source>
        <translation>Redis Cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) down</source>
        <translation>
            <numerusform>%n nœud en panne</numerusform>
            <numerusform>%n nœuds en panne</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n nœud</numerusform>
            <numerusform>%n nœuds</numerusform>
        </translation>
    </message>
    <message>
        <source>Read from the primary</source>
        <translation>Lire sur le primaire</translation>
    </message>
    <message>
        <source>The standby is further behind than its lag bound. Read from the primary until it catches up (more load on the primary).</source>
        <translation>Le secours a plus de retard que sa limite. Lire sur le primaire jusqu’à ce qu’il rattrape (plus de charge sur le primaire).</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>feature flags and every tenant&apos;s AI configuration, reviewed, audited and rolled back in one step.</source>
        <translation>feature flags et configuration IA de chaque locataire, vérifiés, journalisés et annulés en une étape.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>say what needs attention now: spend, failures, queues, alerts and throttled tenants.</source>
        <translation>dire ce qui demande de l&apos;attention maintenant : dépenses, échecs, files, alertes et locataires bridés.</translation>
    </message>
    <message>
        <source>Monitor</source>
        <translation>Surveiller</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <source>Operate</source>
        <translation>Exploiter</translation>
    </message>
    <message>
        <source>Configure</source>
        <translation>Configurer</translation>
    </message>
    <message>
        <source>show quota alerts with forecasts and spikes against their baseline, acknowledged by the team and sent to Slack or a webhook.</source>
        <translation>afficher les alertes de quota avec prévisions et les pics face à leur référence, acquittés par l’équipe et envoyés à Slack ou à un webhook.</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>compare metered usage, the usage reported to Stripe and Stripe&apos;s invoices, explain the drift and re-send missing days.</source>
        <translation>comparer l’usage mesuré, l’usage déclaré à Stripe et les factures de Stripe, expliquer l’écart et renvoyer les jours manquants.</translation>
    </message>
    <message>
        <source>Open &amp;trace file (OTLP JSON)…</source>
        <translation>Ouvrir un fichier de &amp;traces (OTLP JSON)…</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>Ouvrir un fichier de traces</translation>
    </message>
</context>
<context>
    <name>MigrationRunner</name>
    <message>
        <source>No migrations are bundled with this build.</source>
        <translation>Aucune migration n&apos;est incluse dans cette version.</translation>
    </message>
    <message>
        <source>Cannot create schema_migrations: %1</source>
        <translation>Impossible de créer schema_migrations : %1</translation>
    </message>
    <message>
        <source>Cannot read schema_migrations: %1</source>
        <translation>Impossible de lire schema_migrations : %1</translation>
    </message>
    <message>
        <source>Migration %1 was changed after it was applied to this database; add a new migration instead of editing an applied one.</source>
        <translation>La migration %1 a été modifiée après avoir été appliquée à cette base ; ajoutez une nouvelle migration au lieu de modifier une migration appliquée.</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back: %2</source>
        <translation>La migration %1 a échoué et a été annulée : %2</translation>
    </message>
</context>
<context>
    <name>OtlpImport</name>
    <message>
        <source>The file holds %1 bytes; a trace file is read up to %2 MB.</source>
        <translation>Le fichier fait %1 octets ; un fichier de traces est lu jusqu’à %2 Mo.</translation>
    </message>
    <message>
        <source>The file is OTLP traces but holds no span.</source>
        <translation>Le fichier est au format traces OTLP mais ne contient aucun span.</translation>
    </message>
    <message>
        <source>No span of the file could be read:
%1</source>
        <translation>Aucun span du fichier n’a pu être lu :
%1</translation>
    </message>
    <message>
        <source>… and %1 more such problems.</source>
        <translation>… et %1 autres problèmes de ce genre.</translation>
    </message>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>Le fichier n’est pas du JSON : %1 à l’octet %2.</translation>
    </message>
    <message>
        <source>Line %1 of the file is not JSON: %2 at byte %3 of the line.</source>
        <translation>La ligne %1 du fichier n’est pas du JSON : %2 à l’octet %3 de la ligne.</translation>
    </message>
    <message>
        <source>The file holds OTLP logs, not traces.</source>
        <translation>Le fichier contient des logs OTLP, pas des traces.</translation>
    </message>
    <message>
        <source>The file holds OTLP metrics, not traces.</source>
        <translation>Le fichier contient des métriques OTLP, pas des traces.</translation>
    </message>
    <message>
        <source>The file is a &quot;%1&quot; file, not OTLP traces.</source>
        <translation>Le fichier est un fichier « %1 », pas des traces OTLP.</translation>
    </message>
    <message>
        <source>The file is JSON but not OTLP traces: it has no &quot;resourceSpans&quot; list.</source>
        <translation>Le fichier est du JSON mais pas des traces OTLP : il n’a pas de liste &quot;resourceSpans&quot;.</translation>
    </message>
    <message>
        <source>The file holds more than %1 spans; a trace file is read up to that many.</source>
        <translation>Le fichier contient plus de %1 spans ; un fichier de traces est lu jusqu’à ce nombre.</translation>
    </message>
    <message>
        <source>Span &quot;%1&quot; was left out: its traceId or spanId is not a valid id.</source>
        <translation>Le span « %1 » a été écarté : son traceId ou son spanId n’est pas un id valide.</translation>
    </message>
    <message>
        <source>Span %1 of trace %2 appears twice; the first is shown.</source>
        <translation>Le span %1 de la trace %2 apparaît deux fois ; le premier est affiché.</translation>
    </message>
    <message>
        <source>Trace %1 was left out: %2 of its spans name parents that form a cycle, so they have no root.</source>
        <translation>La trace %1 a été écartée : %2 de ses spans désignent des parents qui forment un cycle, ils n’ont donc pas de racine.</translation>
    </message>
    <message>
        <source>Trace %1: %2 span(s) name a parent the file does not hold; they are shown at the top level.</source>
        <translation>Trace %1 : %2 span(s) désignent un parent absent du fichier ; ils sont affichés au premier niveau.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 n’a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>OtlpTraceWindow</name>
    <message>
        <source>OTLP JSON traces (*.json *.jsonl);;All files (*)</source>
        <translation>Traces OTLP JSON (*.json *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Open trace file</source>
        <translation>Ouvrir un fichier de traces</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 ne peut pas être ouvert.

%2</translation>
    </message>
    <message>
        <source>%1 — OTLP traces (read-only)</source>
        <translation>%1 — traces OTLP (lecture seule)</translation>
    </message>
    <message>
        <source>Read-only and offline: %1 holds %2 trace(s) with %3 span(s)%4. Nothing here reaches the platform.</source>
        <translation>Lecture seule et hors ligne : %1 contient %2 trace(s) avec %3 span(s)%4. Rien ici n’atteint la plateforme.</translation>
    </message>
    <message>
        <source> from %1</source>
        <translation> de %1</translation>
    </message>
    <message>
        <source>Traces in the file</source>
        <translation>Traces du fichier</translation>
    </message>
    <message>
        <source>Trace</source>
        <translation>Trace</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Root</source>
        <translation>Racine</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>Nœuds</translation>
    </message>
    <message>
        <source>Choose a trace of the file.</source>
        <translation>Choisissez une trace du fichier.</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Filtre actif</translation>
    </message>
    <message>
        <source>Filtered: %1</source>
        <translation>Filtré : %1</translation>
    </message>
</context>
<context>
    <name>PgConfig</name>
    <message>
        <source>Not a PostgreSQL URL (expected postgresql://user@host:port/database): %1</source>
        <translation>Pas une URL PostgreSQL (attendu postgresql://utilisateur@hôte:port/base) : %1</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must not contain a password; use the keychain or TS_PG_PASSWORD.</source>
        <translation>L&apos;URL PostgreSQL ne doit pas contenir de mot de passe ; utilisez le trousseau ou TS_PG_PASSWORD.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL has no host.</source>
        <translation>L&apos;URL PostgreSQL n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>Unknown sslmode &quot;%1&quot; (use one of %2).</source>
        <translation>sslmode inconnu « %1 » (utilisez l&apos;un de %2).</translation>
    </message>
    <message>
        <source>connect_timeout must be between 1 and 300 seconds.</source>
        <translation>connect_timeout doit être compris entre 1 et 300 secondes.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL holds a Unicode noncharacter (such as U+FFFE): %1</source>
        <translation>L&apos;URL PostgreSQL contient un non-caractère Unicode (comme U+FFFE) : %1</translation>
    </message>
    <message>
        <source>The CA certificate path must not contain spaces, tabs, line breaks, quotes, backslashes or semicolons: %1</source>
        <translation>Le chemin du certificat d&apos;autorité ne doit contenir ni espaces, tabulations, sauts de ligne, guillemets, barres obliques inverses ni points-virgules : %1</translation>
    </message>
</context>
<context>
    <name>PgSession</name>
    <message>
        <source>The connection was closed before PostgreSQL answered.</source>
        <translation>La connexion a été fermée avant la réponse de PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>PgWorker</name>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed.</source>
        <translation>Le pilote PostgreSQL de Qt (QPSQL) n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Connexion à %1:%2</translation>
    </message>
    <message>
        <source>Connected to %1:%2/%3</source>
        <translation>Connecté à %1:%2/%3</translation>
    </message>
    <message>
        <source>Lost the connection to PostgreSQL: %1</source>
        <translation>Connexion à PostgreSQL perdue : %1</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
    <message>
        <source>PostgreSQL is not connected (%1).</source>
        <translation>PostgreSQL n&apos;est pas connecté (%1).</translation>
    </message>
    <message>
        <source>The server closed the connection: %1</source>
        <translation>Le serveur a fermé la connexion : %1</translation>
    </message>
    <message>
        <source>The connection was lost while committing, so the server may or may not have saved this; reload to see. (%1)</source>
        <translation>La connexion a été perdue pendant la validation : le serveur a peut-être enregistré ceci, peut-être pas ; rechargez pour le voir. (%1)</translation>
    </message>
    <message>
        <source>PostgreSQL is not connected.</source>
        <translation>PostgreSQL n’est pas connecté.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page is not built yet.

It will: %1</source>
        <translation>Cette page n&apos;est pas encore construite.

Elle permettra de : %1</translation>
    </message>
</context>
<context>
    <name>PlanCheck</name>
    <message>
        <source>%1 is %2: the platform refuses its requests.</source>
        <translation>%1 est %2 : la plateforme refuse ses requêtes.</translation>
    </message>
    <message>
        <source>%1&apos;s plan does not allow %2 (allowed: %3).</source>
        <translation>Le forfait de %1 n&apos;autorise pas %2 (autorisés : %3).</translation>
    </message>
    <message>
        <source>an empty model</source>
        <translation>un modèle vide</translation>
    </message>
    <message>
        <source>%1 has used %2 of its %3 tokens this month: the platform would refuse this request.</source>
        <translation>%1 a consommé %2 de ses %3 jetons ce mois-ci : la plateforme refuserait cette requête.</translation>
    </message>
</context>
<context>
    <name>PlanDraft</name>
    <message>
        <source>change %1</source>
        <translation>modifier %1</translation>
    </message>
</context>
<context>
    <name>PlanFields</name>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>« %1 » n&apos;est pas CHAMP=VALEUR.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; (use %2).</source>
        <translation>Champ inconnu « %1 » (utilisez %2).</translation>
    </message>
    <message>
        <source>%1: an override cannot be unlimited; give a number, or &quot;plan&quot; to follow the plan.</source>
        <translation>%1 : une dérogation ne peut pas être illimitée ; donnez un nombre, ou « plan » pour suivre le forfait.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number (or &quot;unlimited&quot;).</source>
        <translation>%1 : « %2 » n&apos;est pas un nombre entier (ni « unlimited »).</translation>
    </message>
    <message>
        <source>%1: a whole number or &quot;unlimited&quot; is required.</source>
        <translation>%1 : un nombre entier ou « unlimited » est requis.</translation>
    </message>
    <message>
        <source>%1: %2 is not a whole number.</source>
        <translation>%1 : %2 n&apos;est pas un nombre entier.</translation>
    </message>
    <message>
        <source>%1: a limit cannot be negative.</source>
        <translation>%1 : une limite ne peut pas être négative.</translation>
    </message>
    <message>
        <source>%1: must be at least 1 (or &quot;unlimited&quot;).</source>
        <translation>%1 : doit valoir au moins 1 (ou « unlimited »).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an amount in USD.</source>
        <translation>%1 : « %2 » n&apos;est pas un montant en USD.</translation>
    </message>
    <message>
        <source>%1: cannot be negative.</source>
        <translation>%1 : ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1: at most 2 decimals (cents).</source>
        <translation>%1 : 2 décimales au plus (centimes).</translation>
    </message>
    <message>
        <source>allowed_models: a list of model names is required.</source>
        <translation>allowed_models : une liste de noms de modèles est requise.</translation>
    </message>
    <message>
        <source>allowed_models: every entry must be a model name.</source>
        <translation>allowed_models : chaque entrée doit être un nom de modèle.</translation>
    </message>
    <message>
        <source>allowed_models: &quot;%1&quot; is not in the price table.</source>
        <translation>allowed_models : « %1 » n&apos;est pas dans la grille tarifaire.</translation>
    </message>
    <message>
        <source>name: 1 to 100 characters.</source>
        <translation>name : 1 à 100 caractères.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>(plan&apos;s)</source>
        <translation>(du forfait)</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>PlanOperations</name>
    <message>
        <source>plan &quot;%1&quot; does not exist</source>
        <translation>le forfait « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>tenant %1 has no override</source>
        <translation>le locataire %1 n’a pas de dérogation</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>Nothing to change.</source>
        <translation>Rien à modifier.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; (use %2).</source>
        <translation>Champ inconnu « %1 » (utilisez %2).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant de locataire (UUID).</translation>
    </message>
    <message>
        <source>An override needs at least one limit (or remove the override).</source>
        <translation>Une dérogation a besoin d&apos;au moins une limite (ou supprimez la dérogation).</translation>
    </message>
    <message>
        <source>The expiry is in the past.</source>
        <translation>L&apos;expiration est dans le passé.</translation>
    </message>
</context>
<context>
    <name>PlanReviewDialog</name>
    <message>
        <source>Review the change to plan %1</source>
        <translation>Vérifier la modification du forfait %1</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>After saving</source>
        <translation>Après enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>Saving makes version %1 of plan %2. %n tenant(s) on this plan get the new limits: they are written to Redis right after the save and announced on the plan-changes channel.</source>
        <translation>
            <numerusform>L&apos;enregistrement crée la version %1 du forfait %2. %n locataire de ce forfait reçoit les nouvelles limites : elles sont écrites dans Redis juste après l&apos;enregistrement et annoncées sur le canal des changements de forfait.</numerusform>
            <numerusform>L&apos;enregistrement crée la version %1 du forfait %2. %n locataires de ce forfait reçoivent les nouvelles limites : elles sont écrites dans Redis juste après l&apos;enregistrement et annoncées sur le canal des changements de forfait.</numerusform>
        </translation>
    </message>
    <message>
        <source>Why? (goes into the audit log with your login and the time)</source>
        <translation>Pourquoi ? (consigné dans le journal d&apos;audit avec votre identifiant et l&apos;heure)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Save version %1</source>
        <translation>Enregistrer la version %1</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif :</translation>
    </message>
</context>
<context>
    <name>PlansPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base price (USD / month)</source>
        <translation>Prix de base (USD / mois)</translation>
    </message>
    <message>
        <source>Included tokens / month</source>
        <translation>Jetons inclus / mois</translation>
    </message>
    <message>
        <source>Overage per 1k tokens (USD)</source>
        <translation>Dépassement par 1k jetons (USD)</translation>
    </message>
    <message>
        <source>Max concurrent executions</source>
        <translation>Exécutions simultanées max.</translation>
    </message>
    <message>
        <source>Requests per minute</source>
        <translation>Requêtes par minute</translation>
    </message>
    <message>
        <source>Tokens per minute</source>
        <translation>Jetons par minute</translation>
    </message>
    <message>
        <source>Workflow runs / month</source>
        <translation>Exécutions de workflow / mois</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Modèles autorisés</translation>
    </message>
    <message>
        <source>Push limits now</source>
        <translation>Pousser les limites maintenant</translation>
    </message>
    <message>
        <source>Re-apply my edit on their version</source>
        <translation>Réappliquer ma modification sur leur version</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Forfaits</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Plan %1 has unsaved changes. Discard them?</source>
        <translation>Le forfait %1 a des modifications non enregistrées. Les abandonner ?</translation>
    </message>
    <message>
        <source>Tenant overrides</source>
        <translation>Dérogations des locataires</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Set override…</source>
        <translation>Définir une dérogation…</translation>
    </message>
    <message>
        <source>Remove override…</source>
        <translation>Supprimer la dérogation…</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Filtre d&apos;action</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Toutes les modifications</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Tenant id (all tenants when empty)</source>
        <translation>Identifiant du locataire (tous si vide)</translation>
    </message>
    <message>
        <source>Tenant filter</source>
        <translation>Filtre de locataire</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Loading plans…</source>
        <translation>Chargement des forfaits…</translation>
    </message>
    <message>
        <source>Unlimited</source>
        <translation>Illimité</translation>
    </message>
    <message>
        <source>%1 unlimited</source>
        <translation>%1 illimité</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Review and save…</source>
        <translation>Vérifier et enregistrer…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 (v%3, %n tenant(s))</source>
        <translation>
            <numerusform>%1 — %2 (v%3, %n locataire)</numerusform>
            <numerusform>%1 — %2 (v%3, %n locataires)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Plan %1, version %2, last changed %3 by %4 · %n tenant(s) on it</source>
        <translation>
            <numerusform>Forfait %1, version %2, modifié le %3 par %4 · %n locataire</numerusform>
            <numerusform>Forfait %1, version %2, modifié le %3 par %4 · %n locataires</numerusform>
        </translation>
    </message>
    <message>
        <source>the platform</source>
        <translation>la plateforme</translation>
    </message>
    <message>
        <source>Select a plan.</source>
        <translation>Sélectionnez un forfait.</translation>
    </message>
    <message>
        <source>Saving plan %1…</source>
        <translation>Enregistrement du forfait %1…</translation>
    </message>
    <message>
        <source>Not saved: %1 Your edit is kept.</source>
        <translation>Non enregistré : %1 Votre modification est conservée.</translation>
    </message>
    <message>
        <source>Not saved (your edit is kept): %1</source>
        <translation>Non enregistré (votre modification est conservée) : %1</translation>
    </message>
    <message>
        <source>Your edit is now on version %1; review it and save again.</source>
        <translation>Votre modification porte maintenant sur la version %1 ; vérifiez-la et enregistrez à nouveau.</translation>
    </message>
    <message numerus="yes">
        <source>Redis has the current limits of %n tenant(s); the change was announced to the gateways.</source>
        <translation>
            <numerusform>Redis a les limites actuelles de %n locataire ; le changement a été annoncé aux passerelles.</numerusform>
            <numerusform>Redis a les limites actuelles de %n locataires ; le changement a été annoncé aux passerelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Redis is stale: the limits of %n tenant(s) changed in PostgreSQL since %1 and the gateways do not have them yet.</source>
        <translation>
            <numerusform>Redis est périmé : les limites de %n locataire ont changé dans PostgreSQL depuis %1 et les passerelles ne les ont pas encore.</numerusform>
            <numerusform>Redis est périmé : les limites de %n locataires ont changé dans PostgreSQL depuis %1 et les passerelles ne les ont pas encore.</numerusform>
        </translation>
    </message>
    <message>
        <source> (expired)</source>
        <translation> (expirée)</translation>
    </message>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>Remove override</source>
        <translation>Supprimer la dérogation</translation>
    </message>
    <message>
        <source>%1 goes back to the limits of plan %2, in PostgreSQL now and in Redis right after.</source>
        <translation>%1 revient aux limites du forfait %2, dans PostgreSQL maintenant et dans Redis juste après.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Override removed.</source>
        <translation>Dérogation supprimée.</translation>
    </message>
    <message>
        <source>Set a tenant&apos;s override</source>
        <translation>Définir la dérogation d&apos;un locataire</translation>
    </message>
    <message>
        <source>tenant id</source>
        <translation>identifiant du locataire</translation>
    </message>
    <message>
        <source>the plan&apos;s</source>
        <translation>celle du forfait</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Tenant: a tenant id (UUID) is required.</source>
        <translation>Locataire : un identifiant de locataire (UUID) est requis.</translation>
    </message>
    <message>
        <source>Set at least one limit.</source>
        <translation>Définissez au moins une limite.</translation>
    </message>
    <message>
        <source>Override saved (version %1).</source>
        <translation>Dérogation enregistrée (version %1).</translation>
    </message>
    <message>
        <source>Loading the audit log…</source>
        <translation>Chargement du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>No changes match.</source>
        <translation>Aucune modification ne correspond.</translation>
    </message>
    <message numerus="yes">
        <source>Saved plan %1 as version %2 (%n tenant(s) affected).</source>
        <translation>
            <numerusform>Plan %1 enregistré en version %2 (%n locataire concerné).</numerusform>
            <numerusform>Plan %1 enregistré en version %2 (%n locataires concernés).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved plan %1 as version %2; writing the limits of %n tenant(s) to Redis…</source>
        <translation>
            <numerusform>Plan %1 enregistré en version %2 ; écriture dans Redis des limites de %n locataire…</numerusform>
            <numerusform>Plan %1 enregistré en version %2 ; écriture dans Redis des limites de %n locataires…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <source>No tenant: no system prompt or plan check from the platform.</source>
        <translation>Pas de locataire : ni prompt système ni vérification de forfait par la plateforme.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>No tenant: type a tenant&apos;s name to use its configuration</source>
        <translation>Pas de locataire : saisissez le nom d&apos;un locataire pour utiliser sa configuration</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>OpenAI-compatible</source>
        <translation>Compatible OpenAI</translation>
    </message>
    <message>
        <source>Platform gateway</source>
        <translation>Passerelle de la plateforme</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Maximum answer tokens</source>
        <translation>Jetons de réponse maximum</translation>
    </message>
    <message>
        <source>System prompt (a tenant&apos;s own is filled in when you pick it)</source>
        <translation>Prompt système (celui du locataire est rempli quand vous le choisissez)</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <source>Message (Ctrl+Enter sends)</source>
        <translation>Message (Ctrl+Entrée envoie)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Stop the answer and keep what arrived</source>
        <translation>Arrêter la réponse et garder ce qui est arrivé</translation>
    </message>
    <message>
        <source>Saved conversations</source>
        <translation>Conversations enregistrées</translation>
    </message>
    <message>
        <source>Send anyway</source>
        <translation>Envoyer quand même</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Max tokens</source>
        <translation>Jetons max.</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the conversation in TenantScope&apos;s data folder (never with a key)</source>
        <translation>Enregistrer la conversation dans le dossier de données de TenantScope (jamais avec une clé)</translation>
    </message>
    <message>
        <source>Export Markdown…</source>
        <translation>Exporter en Markdown…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <source>wss://gateway.example.com/chat (required)</source>
        <translation>wss://gateway.example.com/chat (requis)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Export conversation</source>
        <translation>Exporter la conversation</translation>
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
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>No messages yet. Pick a provider and a model, type a message and press Send (Ctrl+Enter).
Pick a tenant to use its system prompt and to check its plan before sending.</source>
        <translation>Pas encore de messages. Choisissez un fournisseur et un modèle, saisissez un message et appuyez sur Envoyer (Ctrl+Entrée).
Choisissez un locataire pour utiliser son prompt système et vérifier son forfait avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Loading models…</source>
        <translation>Chargement des modèles…</translation>
    </message>
    <message>
        <source>Prices could not be read (%1): costs are not shown.</source>
        <translation>Les prix n&apos;ont pas pu être lus (%1) : les coûts ne sont pas affichés.</translation>
    </message>
    <message>
        <source>Loading the tenant&apos;s configuration…</source>
        <translation>Chargement de la configuration du locataire…</translation>
    </message>
    <message>
        <source>Plan allows: %1</source>
        <translation>Le forfait autorise : %1</translation>
    </message>
    <message>
        <source>every model</source>
        <translation>tous les modèles</translation>
    </message>
    <message>
        <source>%1 of %2 tokens used this month</source>
        <translation>%1 jetons consommés sur %2 ce mois-ci</translation>
    </message>
    <message>
        <source>status: %1</source>
        <translation>état : %1</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Trousseau : %1</translation>
    </message>
    <message>
        <source>Key %1 (keychain)</source>
        <translation>Clé %1 (trousseau)</translation>
    </message>
    <message>
        <source>No %1 key stored: add one on the Keys page</source>
        <translation>Aucune clé %1 enregistrée : ajoutez-en une dans la page Clés</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Saisissez d&apos;abord un message.</translation>
    </message>
    <message>
        <source>Reading the key from the keychain…</source>
        <translation>Lecture de la clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Assistant · %1</source>
        <translation>Assistant · %1</translation>
    </message>
    <message>
        <source>Stopped: the partial answer is kept.</source>
        <translation>Arrêtée : la réponse partielle est conservée.</translation>
    </message>
    <message>
        <source>The answer reached the maximum number of tokens.</source>
        <translation>La réponse a atteint le nombre maximum de jetons.</translation>
    </message>
    <message>
        <source>First token %1 ms</source>
        <translation>Premier jeton en %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the first token…</source>
        <translation>En attente du premier jeton…</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>%1 tokens/s</source>
        <translation>%1 jetons/s</translation>
    </message>
    <message>
        <source>%1 in + %2 out tokens</source>
        <translation>%1 jetons en entrée + %2 en sortie</translation>
    </message>
    <message>
        <source>~%1 tokens so far</source>
        <translation>~%1 jetons jusqu&apos;ici</translation>
    </message>
    <message>
        <source>no price for %1</source>
        <translation>pas de prix pour %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Nothing to save yet.</source>
        <translation>Rien à enregistrer pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 n&apos;est pas du JSON valide : %2</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêtée.</translation>
    </message>
    <message>
        <source>Saved conversations…</source>
        <translation>Conversations enregistrées…</translation>
    </message>
    <message>
        <source>No key stored for this base URL: requests go without one (add one on the Keys page if the server needs it)</source>
        <translation>Aucune clé enregistrée pour cette URL de base : les requêtes partent sans clé (ajoutez-en une dans la page Clés si le serveur en a besoin)</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>default</source>
        <translation>par défaut</translation>
    </message>
    <message>
        <source>Sampling temperature (0 to 2; Anthropic takes 0 to 1); &quot;default&quot;: not sent</source>
        <translation>Température d’échantillonnage (0 à 2 ; Anthropic accepte 0 à 1) ; « par défaut » : non envoyée</translation>
    </message>
    <message>
        <source>AI configuration: global v%1%2, prompt %3, RAG %4, flags on: %5</source>
        <translation>Configuration IA : global v%1%2, prompt %3, RAG %4, flags activés : %5</translation>
    </message>
    <message>
        <source> + tenant v%1</source>
        <translation> + locataire v%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>The recorded messages carry their own system prompt; the tenant&apos;s current one is not added. Press Send again.</source>
        <translation>Les messages enregistrés portent leur propre prompt système ; celui du locataire n’est pas ajouté. Appuyez sur « Renvoyer ».</translation>
    </message>
    <message>
        <source>%1 + %2 tokens</source>
        <translation>%1 + %2 jetons</translation>
    </message>
</context>
<context>
    <name>PlaygroundRepository</name>
    <message>
        <source>tenant: a tenant id (UUID)</source>
        <translation>tenant : un identifiant de locataire (UUID)</translation>
    </message>
    <message>
        <source>Not permitted, or no such tenant: your login sees no tenant with this id.</source>
        <translation>Non autorisé, ou locataire inexistant : votre identifiant ne voit aucun locataire avec cet identifiant.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The system keychain is not available (%1). TenantScope keeps passwords only in the keychain, so nothing was stored; unlock or install one (Secret Service, Keychain, Credential Manager).</source>
        <translation>Le trousseau du système n&apos;est pas disponible (%1). TenantScope ne conserve les mots de passe que dans le trousseau, donc rien n&apos;a été enregistré ; déverrouillez-en un ou installez-en un (Secret Service, Trousseau, Gestionnaire d&apos;identification).</translation>
    </message>
</context>
<context>
    <name>QueueColumns</name>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Différés</translation>
    </message>
    <message>
        <source>Prioritized</source>
        <translation>Prioritaires</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Waiting for children</source>
        <translation>En attente des enfants</translation>
    </message>
</context>
<context>
    <name>QueueControls</name>
    <message>
        <source>A global concurrency is a whole number from 1 to %1 (or none, for no limit).</source>
        <translation>Une concurrence globale est un nombre entier de 1 à %1 (ou aucune, pour pas de limite).</translation>
    </message>
    <message>
        <source>Workers take no new job from queue %1 until it is resumed. Running jobs finish; waiting jobs stay waiting.</source>
        <translation>Les workers ne prennent plus de job de la file %1 jusqu&apos;à sa reprise. Les jobs en cours se terminent ; les jobs en attente restent en attente.</translation>
    </message>
    <message>
        <source>Workers take jobs from queue %1 again, starting with those that waited.</source>
        <translation>Les workers reprennent les jobs de la file %1, en commençant par ceux qui attendaient.</translation>
    </message>
    <message>
        <source>Queue %1&apos;s rate limit ends now: workers that ask for a job get one (workers already waiting out the limit check again within BullMQ&apos;s maximum rate-limit delay, 30 s by default).</source>
        <translation>La limite de débit de la file %1 est levée maintenant : les workers qui demandent un job en obtiennent un (ceux qui attendent déjà la fin de la limite revérifient dans le délai maximal de BullMQ, 30 s par défaut).</translation>
    </message>
    <message>
        <source>Redis answered %1 of 8 reads.</source>
        <translation>Redis a répondu à %1 lectures sur 8.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist (BullMQ has no meta hash for it).</source>
        <translation>La file %1 n&apos;existe pas (BullMQ n&apos;a pas de hash meta pour elle).</translation>
    </message>
    <message>
        <source>But its audit record could not be written: %1</source>
        <translation>Mais son enregistrement d&apos;audit n&apos;a pas pu être écrit : %1</translation>
    </message>
    <message>
        <source>Queue %1 was paused already; nothing changed.</source>
        <translation>La file %1 était déjà en pause ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Queue %1 was not paused; nothing changed.</source>
        <translation>La file %1 n&apos;était pas en pause ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Queue %1 is paused.</source>
        <translation>La file %1 est en pause.</translation>
    </message>
    <message>
        <source>Queue %1 is running again.</source>
        <translation>La file %1 tourne à nouveau.</translation>
    </message>
    <message>
        <source>Queue %1 is running again, but more than %2 jobs are still in its old paused list: resume it again.</source>
        <translation>La file %1 tourne à nouveau, mais plus de %2 jobs sont encore dans son ancienne liste de pause : reprenez-la encore.</translation>
    </message>
    <message>
        <source>Queue %1 had no rate limit running; nothing changed.</source>
        <translation>La file %1 n&apos;avait pas de limite de débit en cours ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Queue %1&apos;s rate limit is cleared.</source>
        <translation>La limite de débit de la file %1 est levée.</translation>
    </message>
    <message>
        <source>Queue %1&apos;s global concurrency was that already; nothing changed.</source>
        <translation>La concurrence globale de la file %1 avait déjà cette valeur ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Queue %1 runs at most %2 jobs at once, across all its workers.</source>
        <translation>La file %1 exécute au plus %2 jobs à la fois, sur tous ses workers.</translation>
    </message>
    <message>
        <source>Queue %1 has no global concurrency limit now.</source>
        <translation>La file %1 n&apos;a plus de limite de concurrence globale.</translation>
    </message>
    <message>
        <source>Queue %1 does not exist (BullMQ has no meta hash for it). Nothing was changed.</source>
        <translation>La file %1 n&apos;existe pas (BullMQ n&apos;a pas de hash meta pour elle). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Queue %1 was not changed: %2</source>
        <translation>La file %1 n&apos;a pas été modifiée : %2</translation>
    </message>
    <message>
        <source>Queue %1 may not have been changed: %2. If the connection was lost, look at the queue before trying again.</source>
        <translation>La file %1 n&apos;a peut-être pas été modifiée : %2. Si la connexion a été perdue, regardez la file avant de réessayer.</translation>
    </message>
</context>
<context>
    <name>QueueControlsBar</name>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Clear limit…</source>
        <translation>Lever la limite…</translation>
    </message>
    <message>
        <source>Concurrency…</source>
        <translation>Concurrence…</translation>
    </message>
    <message>
        <source>Pause all…</source>
        <translation>Tout mettre en pause…</translation>
    </message>
    <message>
        <source>Resume all…</source>
        <translation>Tout reprendre…</translation>
    </message>
    <message>
        <source>End the queue&apos;s rate limit now (BullMQ&apos;s removeRateLimitKey)</source>
        <translation>Lever la limite de débit de la file tout de suite (removeRateLimitKey de BullMQ)</translation>
    </message>
    <message>
        <source>At most this many jobs of the queue run at once, across all its workers</source>
        <translation>Au plus ce nombre de jobs de la file tournent à la fois, sur tous ses workers</translation>
    </message>
    <message>
        <source>Select a queue to see whether it runs, its rate limit and its concurrency.</source>
        <translation>Choisissez une file pour voir si elle tourne, sa limite de débit et sa concurrence.</translation>
    </message>
    <message>
        <source>%1: reading…</source>
        <translation>%1 : lecture…</translation>
    </message>
    <message>
        <source>%1: controls unavailable: %2</source>
        <translation>%1 : commandes indisponibles : %2</translation>
    </message>
    <message>
        <source>%1: paused</source>
        <translation>%1 : en pause</translation>
    </message>
    <message>
        <source>%1: running</source>
        <translation>%1 : en marche</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <source>Concurrency: %1 (%2 active)</source>
        <translation>Concurrence : %1 (%2 actifs)</translation>
    </message>
    <message>
        <source>Concurrency: no global limit</source>
        <translation>Concurrence : pas de limite globale</translation>
    </message>
    <message>
        <source>Not rate limited</source>
        <translation>Pas de limite de débit</translation>
    </message>
    <message>
        <source>Rate limited: %1 s left</source>
        <translation>Limite de débit : encore %1 s</translation>
    </message>
    <message>
        <source>Pause queue</source>
        <translation>Mettre la file en pause</translation>
    </message>
    <message>
        <source>Resume queue</source>
        <translation>Reprendre la file</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause every queue</source>
        <translation>Mettre toutes les files en pause</translation>
    </message>
    <message>
        <source>Resume every queue</source>
        <translation>Reprendre toutes les files</translation>
    </message>
    <message>
        <source>Workers take no new job from any queue under this prefix until it is resumed. Running jobs finish; waiting jobs stay waiting. Each queue is recorded in the audit log.</source>
        <translation>Les workers ne prennent plus de job d&apos;aucune file sous ce préfixe jusqu&apos;à la reprise. Les jobs en cours se terminent ; les jobs en attente restent en attente. Chaque file est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Workers take jobs from every queue under this prefix again. Each queue is recorded in the audit log.</source>
        <translation>Les workers reprennent les jobs de toutes les files sous ce préfixe. Chaque file est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Pause all</source>
        <translation>Tout mettre en pause</translation>
    </message>
    <message>
        <source>Resume all</source>
        <translation>Tout reprendre</translation>
    </message>
    <message>
        <source>Clear rate limit</source>
        <translation>Lever la limite de débit</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Lever</translation>
    </message>
    <message>
        <source>Global concurrency</source>
        <translation>Concurrence globale</translation>
    </message>
    <message>
        <source>At most this many jobs of queue %1 run at once, across all its workers (BullMQ&apos;s global concurrency). Workers&apos; own concurrency still applies.</source>
        <translation>Au plus ce nombre de jobs de la file %1 tournent à la fois, sur tous ses workers (concurrence globale de BullMQ). La concurrence propre des workers s&apos;applique toujours.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
    <message>
        <source>No global limit</source>
        <translation>Pas de limite globale</translation>
    </message>
    <message>
        <source>Jobs at once:</source>
        <translation>Jobs à la fois :</translation>
    </message>
</context>
<context>
    <name>QueueControlsController</name>
    <message numerus="yes">
        <source>%n queue(s) paused.</source>
        <translation>
            <numerusform>%n file mise en pause.</numerusform>
            <numerusform>%n files mises en pause.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queue(s) running.</source>
        <translation>
            <numerusform>%n file en marche.</numerusform>
            <numerusform>%n files en marche.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueCountsModel</name>
    <message>
        <source>%1 (paused)</source>
        <translation>%1 (en pause)</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>QueueOperations</name>
    <message>
        <source>Name one queue and a state, or text to search for, to choose the jobs.</source>
        <translation>Nommez une file et un état, ou un texte à chercher, pour choisir les jobs.</translation>
    </message>
    <message>
        <source>At most 1 to %1 jobs.</source>
        <translation>Au plus 1 à %1 jobs.</translation>
    </message>
</context>
<context>
    <name>QueueRepository</name>
    <message>
        <source>&quot;%1&quot; is not a queue name (1 to 200 characters, no &apos;:&apos;, spaces or wildcards).</source>
        <translation>« %1 » n&apos;est pas un nom de file (1 à 200 caractères, sans « : », espaces ni jokers).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a job id.</source>
        <translation>« %1 » n&apos;est pas un identifiant de job.</translation>
    </message>
    <message>
        <source>Redis answered %1 of %2 commands.</source>
        <translation>Redis a répondu à %1 commandes sur %2.</translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 (removed, or never there).</source>
        <translation>Le job %1 n&apos;est pas dans la file %2 (supprimé, ou jamais présent).</translation>
    </message>
    <message>
        <source>Job %1 was not retried: %2. If the connection was lost, look at the job&apos;s state before trying again.</source>
        <translation>Le job %1 n&apos;a pas été relancé : %2. Si la connexion a été perdue, regardez l&apos;état du job avant de réessayer.</translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 any more (removed).</source>
        <translation>Le job %1 n&apos;est plus dans la file %2 (supprimé).</translation>
    </message>
    <message>
        <source>Job %1 is not failed any more: someone retried it already, or it never failed. Nothing was changed.</source>
        <translation>Le job %1 n&apos;est plus en échec : quelqu&apos;un l&apos;a déjà relancé, ou il n&apos;a jamais échoué. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Job %1 was not removed: %2. If the connection was lost, look at the job&apos;s state before trying again.</source>
        <translation>Le job %1 n&apos;a pas été supprimé : %2. Si la connexion a été perdue, regardez l&apos;état du job avant de réessayer.</translation>
    </message>
    <message>
        <source>Job %1 is not in queue %2 any more (removed already).</source>
        <translation>Le job %1 n&apos;est plus dans la file %2 (déjà supprimé).</translation>
    </message>
    <message>
        <source>Job %1 is running (a worker holds its lock): cancel its execution instead. Nothing was changed.</source>
        <translation>Le job %1 est en cours (un worker détient son verrou) : annulez plutôt son exécution. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Job %1 belongs to a flow (it has a parent or children); remove it with BullMQ&apos;s own tools. Nothing was changed.</source>
        <translation>Le job %1 appartient à un flow (il a un parent ou des enfants) ; supprimez-le avec les outils de BullMQ. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The error text to search for is limited to 500 characters.</source>
        <translation>Le texte d&apos;erreur à rechercher est limité à 500 caractères.</translation>
    </message>
    <message>
        <source>Job %1 was not retried: %2</source>
        <translation>Le job %1 n&apos;a pas été relancé : %2</translation>
    </message>
    <message>
        <source>Job %1 was not removed: %2</source>
        <translation>Le job %1 n&apos;a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>Job %1 changed while TenantScope looked at it (another tool acted on it). Nothing was changed: look at it again and retry.</source>
        <translation>Le job %1 a changé pendant que TenantScope le lisait (un autre outil l’a modifié). Rien n’a été changé : regardez-le à nouveau et réessayez.</translation>
    </message>
    <message>
        <source>Queue %1 has no hash tag: on a Redis Cluster its keys fall in different slots, so BullMQ cannot run it and TenantScope does not change its jobs. Use a prefix such as {%2}.</source>
        <translation>La file %1 n&apos;a pas de hash tag : sur un Redis Cluster ses clés tombent dans des slots différents, BullMQ ne peut donc pas la traiter et TenantScope ne modifie pas ses jobs. Utilisez un préfixe comme {%2}.</translation>
    </message>
</context>
<context>
    <name>QueueRepository::JobPage</name>
    <message>
        <source>Unknown job state &quot;%1&quot; (use one of %2).</source>
        <translation>État de job inconnu « %1 » (utilisez l&apos;un de %2).</translation>
    </message>
    <message>
        <source>A page is 1 to 1000 jobs from a non-negative offset.</source>
        <translation>Une page fait 1 à 1000 jobs à partir d&apos;un décalage positif ou nul.</translation>
    </message>
</context>
<context>
    <name>QueuesPage</name>
    <message>
        <source>Job data</source>
        <translation>Données du job</translation>
    </message>
    <message>
        <source>Job options</source>
        <translation>Options du job</translation>
    </message>
    <message>
        <source>Return value</source>
        <translation>Valeur de retour</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Retry job…</source>
        <translation>Relancer le job…</translation>
    </message>
    <message>
        <source>Remove job…</source>
        <translation>Supprimer le job…</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Jobs per tenant</source>
        <translation>Jobs par locataire</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>Discover queues</source>
        <translation>Découvrir les files</translation>
    </message>
    <message>
        <source>Look for BullMQ queues under the prefix (one SCAN; counts refresh without it)</source>
        <translation>Chercher les files BullMQ sous le préfixe (un SCAN ; les compteurs s&apos;actualisent sans lui)</translation>
    </message>
    <message>
        <source>Job state</source>
        <translation>État des jobs</translation>
    </message>
    <message>
        <source>Jobs in state:</source>
        <translation>Jobs dans l&apos;état :</translation>
    </message>
    <message>
        <source>Failed jobs by cause</source>
        <translation>Jobs en échec par cause</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Failures by cause</source>
        <translation>Échecs par cause</translation>
    </message>
    <message>
        <source>Per tenant (from job data&apos;s tenantId); select one to filter the jobs</source>
        <translation>Par locataire (d&apos;après le tenantId des données du job) ; sélectionnez-en un pour filtrer les jobs</translation>
    </message>
    <message>
        <source>Failed reason and stack trace</source>
        <translation>Motif d&apos;échec et pile d&apos;appels</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Select a job to see its detail.</source>
        <translation>Sélectionnez un job pour voir son détail.</translation>
    </message>
    <message>
        <source>Looking for queues…</source>
        <translation>Recherche des files…</translation>
    </message>
    <message>
        <source>Select a queue.</source>
        <translation>Sélectionnez une file.</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>périmé : %1</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualisé %1</translation>
    </message>
    <message>
        <source>Loading jobs…</source>
        <translation>Chargement des jobs…</translation>
    </message>
    <message>
        <source>No jobs in this state.</source>
        <translation>Aucun job dans cet état.</translation>
    </message>
    <message>
        <source>Loading job %1…</source>
        <translation>Chargement du job %1…</translation>
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
Locataire %5 · tentatives %6 · progression %7
Créé %8 · traité %9 · terminé %10</translation>
    </message>
    <message>
        <source> (locked by a worker)</source>
        <translation> (verrouillé par un worker)</translation>
    </message>
    <message>
        <source>… %1 more characters</source>
        <translation>… %1 caractères de plus</translation>
    </message>
    <message>
        <source>Retry job</source>
        <translation>Relancer le job</translation>
    </message>
    <message>
        <source>Remove job</source>
        <translation>Supprimer le job</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>No queues.</source>
        <translation>Aucune file.</translation>
    </message>
    <message>
        <source>Grouping failed jobs…</source>
        <translation>Regroupement des jobs en échec…</translation>
    </message>
    <message>
        <source>No failed jobs.</source>
        <translation>Aucun job en échec.</translation>
    </message>
    <message>
        <source>BullMQ queues under &quot;%1&quot;, refreshed every 2 s while shown</source>
        <translation>Files BullMQ sous « %1 », actualisées toutes les 2 s tant qu&apos;elles sont affichées</translation>
    </message>
    <message>
        <source>No BullMQ queues under the prefix &quot;%1&quot; in this Redis (the prefix is set in the connection profile).</source>
        <translation>Aucune file BullMQ sous le préfixe « %1 » dans ce Redis (le préfixe se règle dans le profil de connexion).</translation>
    </message>
    <message>
        <source>Show all tenants</source>
        <translation>Afficher tous les locataires</translation>
    </message>
    <message>
        <source>Only %1&apos;s jobs</source>
        <translation>Seulement les jobs de %1</translation>
    </message>
    <message>
        <source>queue %1</source>
        <translation>file %1</translation>
    </message>
    <message>
        <source>tenant %1</source>
        <translation>locataire %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chercher</translation>
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
        <translation>Exécution %1</translation>
    </message>
    <message>
        <source>Job %1 in %2</source>
        <translation>Job %1 dans %2</translation>
    </message>
</context>
<context>
    <name>QuotaForecast</name>
    <message numerus="yes">
        <source>linear run rate: average of the last %n complete day(s)</source>
        <translation>
            <numerusform>rythme linéaire : moyenne du dernier jour complet</numerusform>
            <numerusform>rythme linéaire : moyenne des %n derniers jours complets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadError</name>
    <message>
        <source>Not permitted: the server refused this read for your login (%1).</source>
        <translation>Non autorisé : le serveur a refusé cette lecture pour votre identifiant (%1).</translation>
    </message>
    <message>
        <source>Cancelled: the query was stopped before it finished (%1).</source>
        <translation>Annulé : la requête a été arrêtée avant la fin (%1).</translation>
    </message>
    <message>
        <source>Not permitted: the Redis user of this login may not do this (%1).</source>
        <translation>Non autorisé : l’utilisateur Redis de cette connexion ne peut pas faire cela (%1).</translation>
    </message>
    <message>
        <source>Redis refused: %1</source>
        <translation>Redis a refusé : %1</translation>
    </message>
    <message>
        <source>Stopped: PostgreSQL ended this read at its time limit. Ask for less (a shorter range, a filter), or raise the limit (TS_PG_READ_TIMEOUT).</source>
        <translation>Arrêté : PostgreSQL a interrompu cette lecture à sa limite de temps. Demandez moins (une période plus courte, un filtre) ou relevez la limite (TS_PG_READ_TIMEOUT).</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>Only tenants with drift</source>
        <translation>Seulement les locataires en écart</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rapprocher</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Re-send day to Stripe…</source>
        <translation>Renvoyer le jour à Stripe…</translation>
    </message>
    <message>
        <source>Billing period</source>
        <translation>Période de facturation</translation>
    </message>
    <message>
        <source>Filter by tenant, id, plan or Stripe customer</source>
        <translation>Filtrer par locataire, id, offre ou client Stripe</translation>
    </message>
    <message>
        <source>Filter tenants</source>
        <translation>Filtrer les locataires</translation>
    </message>
    <message>
        <source>Stripe key…</source>
        <translation>Clé Stripe…</translation>
    </message>
    <message>
        <source>Store this profile&apos;s Stripe key in the OS keychain (a restricted key is recommended)</source>
        <translation>Enregistrer la clé Stripe de ce profil dans le trousseau du système (une clé restreinte est recommandée)</translation>
    </message>
    <message>
        <source>Period (UTC)</source>
        <translation>Période (UTC)</translation>
    </message>
    <message>
        <source>Tenants side by side</source>
        <translation>Locataires côte à côte</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Nothing was re-sent: %1</source>
        <translation>Rien n’a été renvoyé : %1</translation>
    </message>
    <message>
        <source>Stripe accepted %1 units for %2 (identifier %3); recorded and audited.</source>
        <translation>Stripe a accepté %1 unités pour %2 (identifiant %3) ; enregistré et audité.</translation>
    </message>
    <message>
        <source>Stripe refused the re-send of %1 (HTTP %2): %3. The refusal is recorded in the report log.</source>
        <translation>Stripe a refusé le renvoi du %1 (HTTP %2) : %3. Le refus est consigné dans le journal des déclarations.</translation>
    </message>
    <message>
        <source>The key was not stored: %1</source>
        <translation>La clé n’a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The Stripe key is stored in the OS keychain for this profile.</source>
        <translation>La clé Stripe est enregistrée dans le trousseau du système pour ce profil.</translation>
    </message>
    <message>
        <source>Choose a billing period.</source>
        <translation>Choisissez une période de facturation.</translation>
    </message>
    <message>
        <source>Reading the usage ledger and Stripe…</source>
        <translation>Lecture du registre d’usage et de Stripe…</translation>
    </message>
    <message>
        <source>Stripe: %1 of %2 tenants</source>
        <translation>Stripe : %1 locataires sur %2</translation>
    </message>
    <message>
        <source>Reading Stripe: %1 of %2 tenants…</source>
        <translation>Lecture de Stripe : %1 locataires sur %2…</translation>
    </message>
    <message>
        <source>No tenant has a billing account for %1: the platform records each tenant&apos;s Stripe customer and meter in billing_accounts (docs/platform-contract.md, &quot;Billing&quot;).</source>
        <translation>Aucun locataire n’a de compte de facturation pour %1 : la plateforme enregistre le client et le compteur Stripe de chaque locataire dans billing_accounts (docs/platform-contract.md, « Billing »).</translation>
    </message>
    <message>
        <source>%1 is open: days before today are compared.</source>
        <translation>%1 est ouvert : les jours avant aujourd’hui sont comparés.</translation>
    </message>
    <message>
        <source>%1 has closed.</source>
        <translation>%1 est clos.</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) with a billing account, %1 with drift (%2 in all).</source>
        <translation>
            <numerusform>%n locataire avec un compte de facturation, %1 en écart (%2 au total).</numerusform>
            <numerusform>%n locataires avec un compte de facturation, %1 en écart (%2 au total).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stripe could not be read for %n tenant(s).</source>
        <translation>
            <numerusform>Stripe n’a pas pu être lu pour %n locataire.</numerusform>
            <numerusform>Stripe n’a pas pu être lu pour %n locataires.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a tenant to see its differences.</source>
        <translation>Choisissez un locataire pour voir ses différences.</translation>
    </message>
    <message>
        <source>meter %1 (event %2)</source>
        <translation>compteur %1 (événement %2)</translation>
    </message>
    <message>
        <source>legacy subscription item %1</source>
        <translation>ancien élément d’abonnement %1</translation>
    </message>
    <message>
        <source>%1: customer %2, %3, %4 tokens per unit.</source>
        <translation>%1 : client %2, %3, %4 jetons par unité.</translation>
    </message>
    <message>
        <source>Stripe could not be read: %1</source>
        <translation>Stripe n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>No differences: metered, reported and Stripe&apos;s figures agree.</source>
        <translation>Aucune différence : les chiffres mesurés, déclarés et ceux de Stripe concordent.</translation>
    </message>
    <message>
        <source>A re-send fixes only a day that never reached Stripe (unreported, or every report failed).</source>
        <translation>Un renvoi ne corrige qu’un jour qui n’a jamais atteint Stripe (non déclaré, ou toutes ses déclarations ont échoué).</translation>
    </message>
    <message>
        <source>Sends the usage of %1 for %2 (%3 tokens) to Stripe for customer %4, under the idempotency key %5 (a second try is applied once), and records it in the report log. Stripe has not invoiced %6 yet.</source>
        <translation>Envoie l’usage du %1 pour %2 (%3 jetons) à Stripe pour le client %4, sous la clé d’idempotence %5 (un second essai n’est appliqué qu’une fois), et le consigne dans le journal des déclarations. Stripe n’a pas encore facturé %6.</translation>
    </message>
    <message>
        <source>Re-send a day&apos;s usage</source>
        <translation>Renvoyer l’usage d’un jour</translation>
    </message>
    <message>
        <source>Re-send to Stripe</source>
        <translation>Renvoyer à Stripe</translation>
    </message>
    <message>
        <source>Choose the day to re-send in the differences first.</source>
        <translation>Choisissez d’abord le jour à renvoyer dans les différences.</translation>
    </message>
    <message>
        <source>Re-sending %1…</source>
        <translation>Renvoi du %1…</translation>
    </message>
    <message>
        <source>Stripe key</source>
        <translation>Clé Stripe</translation>
    </message>
    <message>
        <source>This profile&apos;s Stripe secret key, kept in the OS keychain. A restricted key (rk_) that reads invoices, customers, meters and usage, and writes meter events, is recommended.</source>
        <translation>La clé secrète Stripe de ce profil, gardée dans le trousseau du système. Une clé restreinte (rk_) qui lit factures, clients, compteurs et usage, et écrit des événements de compteur, est recommandée.</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
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
        <translation>Stripe n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>A legacy subscription item: Stripe gives the period&apos;s total only.</source>
        <translation>Un ancien élément d’abonnement : Stripe ne donne que le total de la période.</translation>
    </message>
    <message>
        <source>floor(metered tokens / %1 tokens per unit), the days due so far</source>
        <translation>floor(jetons mesurés / %1 jetons par unité), les jours dus jusqu’ici</translation>
    </message>
    <message>
        <source>%1 (+%2 failed)</source>
        <translation>%1 (+%2 en échec)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune encore</translation>
    </message>
    <message>
        <source>Tokens the usage rollups hold for the days due (BYOK excluded), exact</source>
        <translation>Jetons des jours dus selon les agrégats d’usage (hors BYOK), exacts</translation>
    </message>
    <message>
        <source>Units Stripe accepted per the platform&apos;s report log, counted in this period</source>
        <translation>Unités acceptées par Stripe selon le journal des déclarations de la plateforme, comptées dans cette période</translation>
    </message>
    <message>
        <source>What Stripe holds: the meter&apos;s event summaries, or the legacy item&apos;s usage record summary</source>
        <translation>Ce que Stripe détient : les synthèses d’événements du compteur, ou la synthèse d’usage de l’ancien élément</translation>
    </message>
    <message>
        <source>Stripe&apos;s units minus the units the metered tokens make</source>
        <translation>Unités de Stripe moins les unités issues des jetons mesurés</translation>
    </message>
    <message>
        <source>What the drift costs the customer at the plan&apos;s overage price (negative: billed too little)</source>
        <translation>Ce que l’écart coûte au client au prix de dépassement de l’offre (négatif : trop peu facturé)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Metered tokens</source>
        <translation>Jetons mesurés</translation>
    </message>
    <message>
        <source>Expected units</source>
        <translation>Unités attendues</translation>
    </message>
    <message>
        <source>Reported units</source>
        <translation>Unités déclarées</translation>
    </message>
    <message>
        <source>Stripe units</source>
        <translation>Unités Stripe</translation>
    </message>
    <message>
        <source>Drift (units)</source>
        <translation>Écart (unités)</translation>
    </message>
    <message>
        <source>Drift %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <source>Drift ($)</source>
        <translation>Écart ($)</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Différences</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
</context>
<context>
    <name>RecordedCall</name>
    <message>
        <source>Node %1 (%2) did not record a chat request: its input has no &quot;messages&quot; list, so it cannot be sent again in the Playground.</source>
        <translation>Le nœud %1 (%2) n’a pas enregistré de requête de chat : son entrée n’a pas de liste &quot;messages&quot;, il ne peut donc pas être renvoyé dans le Playground.</translation>
    </message>
    <message>
        <source>Node %1&apos;s recorded messages are not all chat messages (each needs a &quot;role&quot;): it cannot be sent again as it was.</source>
        <translation>Les messages enregistrés du nœud %1 ne sont pas tous des messages de chat (chacun a besoin d’un &quot;role&quot;) : il ne peut pas être renvoyé tel quel.</translation>
    </message>
    <message>
        <source>Result of %1: %2</source>
        <translation>Résultat de %1 : %2</translation>
    </message>
    <message>
        <source>Calls %1(%2) as %3</source>
        <translation>Appelle %1(%2) en tant que %3</translation>
    </message>
</context>
<context>
    <name>RedisCluster</name>
    <message>
        <source>Connecting to the Redis Cluster at %1</source>
        <translation>Connexion au Redis Cluster sur %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>The cluster named a node without a port: %1</source>
        <translation>Le cluster a nommé un nœud sans port : %1</translation>
    </message>
    <message>
        <source>No node of the Redis Cluster answers: %1</source>
        <translation>Aucun nœud du Redis Cluster ne répond : %1</translation>
    </message>
    <message>
        <source>%1 is not a Redis Cluster (cluster support is disabled there). Remove cluster=on from the Redis URL to use it as a single server.</source>
        <translation>%1 n&apos;est pas un Redis Cluster (le mode cluster y est désactivé). Retirez cluster=on de l&apos;URL Redis pour l&apos;utiliser comme serveur unique.</translation>
    </message>
    <message>
        <source>The Redis user may not read the cluster&apos;s layout (CLUSTER SHARDS): %1</source>
        <translation>L&apos;utilisateur Redis ne peut pas lire la topologie du cluster (CLUSTER SHARDS) : %1</translation>
    </message>
    <message>
        <source>%1 (slots %2)</source>
        <translation>%1 (slots %2)</translation>
    </message>
    <message>
        <source>Redis Cluster: master %1 is not answering; waiting for a replica to take over</source>
        <translation>Redis Cluster : le maître %1 ne répond pas ; en attente de la reprise par une réplique</translation>
    </message>
    <message>
        <source>Redis Cluster: %1 of %2 slots have a master</source>
        <translation>Redis Cluster : %1 slots sur %2 ont un maître</translation>
    </message>
    <message numerus="yes">
        <source>Redis Cluster: %n master(s)</source>
        <translation>
            <numerusform>Redis Cluster : %n maître</numerusform>
            <numerusform>Redis Cluster : %n maîtres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n réplique</numerusform>
            <numerusform>%n répliques</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) down</source>
        <translation>
            <numerusform>%n nœud en panne</numerusform>
            <numerusform>%n nœuds en panne</numerusform>
        </translation>
    </message>
    <message>
        <source>The Redis Cluster at %1 does not publish its nodes&apos; TLS ports (its servers run with tls-cluster no), so they cannot be reached over TLS. Set tls-cluster yes on every node, or connect with redis:// over plain TCP.</source>
        <translation>Le Redis Cluster à %1 ne publie pas les ports TLS de ses nœuds (ses serveurs tournent avec tls-cluster no) : ils ne sont donc pas joignables en TLS. Réglez tls-cluster yes sur chaque nœud, ou connectez-vous avec redis:// en TCP simple.</translation>
    </message>
</context>
<context>
    <name>RedisConfig</name>
    <message>
        <source>Not a Redis URL (expected redis://user@host:port/db): %1</source>
        <translation>Pas une URL Redis (attendu redis://utilisateur@hôte:port/db) : %1</translation>
    </message>
    <message>
        <source>The Redis URL must not contain a password; use the keychain or TS_REDIS_PASSWORD.</source>
        <translation>L&apos;URL Redis ne doit pas contenir de mot de passe ; utilisez le trousseau ou TS_REDIS_PASSWORD.</translation>
    </message>
    <message>
        <source>The Redis database must be a number: %1</source>
        <translation>La base Redis doit être un nombre : %1</translation>
    </message>
    <message>
        <source>The Redis URL holds a Unicode noncharacter (such as U+FFFE): %1</source>
        <translation>L&apos;URL Redis contient un non-caractère Unicode (comme U+FFFE) : %1</translation>
    </message>
    <message>
        <source>Redis at %1 is not on this machine: use TLS (rediss://), or allow an unencrypted connection explicitly (?plaintext=allowed).</source>
        <translation>Redis sur %1 n&apos;est pas sur cette machine : utilisez TLS (rediss://), ou autorisez explicitement une connexion non chiffrée (?plaintext=allowed).</translation>
    </message>
    <message>
        <source>cluster= takes on or off, not &quot;%1&quot;.</source>
        <translation>cluster= prend on ou off, pas « %1 ».</translation>
    </message>
    <message>
        <source>seeds= names more nodes of a Redis Cluster: add cluster=on, or leave the seeds out.</source>
        <translation>seeds= nomme d&apos;autres nœuds d&apos;un Redis Cluster : ajoutez cluster=on, ou retirez les seeds.</translation>
    </message>
    <message>
        <source>A Redis Cluster has only database 0; the URL asks for database %1.</source>
        <translation>Un Redis Cluster n&apos;a que la base 0 ; l&apos;URL demande la base %1.</translation>
    </message>
    <message>
        <source>A seed must be host:port, not &quot;%1&quot;.</source>
        <translation>Un seed doit être hôte:port, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>RedisConnection</name>
    <message>
        <source>Timed out connecting to %1:%2</source>
        <translation>Délai dépassé pour la connexion à %1:%2</translation>
    </message>
    <message>
        <source>TLS verification failed: %1</source>
        <translation>Échec de la vérification TLS : %1</translation>
    </message>
    <message>
        <source>Connecting to %1:%2</source>
        <translation>Connexion à %1:%2</translation>
    </message>
    <message>
        <source>Cannot read the CA certificate %1</source>
        <translation>Impossible de lire le certificat d&apos;autorité %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>Redis refused the login: %1</source>
        <translation>Redis a refusé l&apos;identification : %1</translation>
    </message>
    <message>
        <source>Redis needs a password for this connection.</source>
        <translation>Redis a besoin d&apos;un mot de passe pour cette connexion.</translation>
    </message>
    <message>
        <source>Redis is loading its data</source>
        <translation>Redis charge ses données</translation>
    </message>
    <message>
        <source>Connected to %1:%2</source>
        <translation>Connecté à %1:%2</translation>
    </message>
    <message>
        <source>Redis is not connected</source>
        <translation>Redis n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>Malformed reply from Redis: %1</source>
        <translation>Réponse mal formée de Redis : %1</translation>
    </message>
    <message>
        <source>Redis sent a reply nobody asked for</source>
        <translation>Redis a envoyé une réponse que personne n&apos;a demandée</translation>
    </message>
    <message>
        <source>Redis closed the connection</source>
        <translation>Redis a fermé la connexion</translation>
    </message>
    <message>
        <source>TLS handshake failed: %1</source>
        <translation>Échec de la négociation TLS : %1</translation>
    </message>
</context>
<context>
    <name>RedisScan</name>
    <message>
        <source>The connection was closed before Redis answered.</source>
        <translation>La connexion a été fermée avant la réponse de Redis.</translation>
    </message>
    <message>
        <source>Redis refused SCAN on %1: %2</source>
        <translation>Redis a refusé SCAN sur %1 : %2</translation>
    </message>
    <message>
        <source>Redis Cluster: %1</source>
        <translation>Redis Cluster : %1</translation>
    </message>
</context>
<context>
    <name>RedisUsers</name>
    <message>
        <source>the role must be platform_admin, support, finance or tenant_admin</source>
        <translation>le rôle doit être platform_admin, support, finance ou tenant_admin</translation>
    </message>
    <message>
        <source>a tenant_admin user needs --tenant ID (the tenant&apos;s UUID)</source>
        <translation>un utilisateur tenant_admin attend --tenant ID (l&apos;UUID du locataire)</translation>
    </message>
    <message>
        <source>the user name may hold letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos; (at most 64)</source>
        <translation>le nom d&apos;utilisateur peut contenir des lettres, des chiffres, « _ », « . » et « - » (64 au plus)</translation>
    </message>
    <message>
        <source>the password needs 16 characters or more</source>
        <translation>le mot de passe doit compter 16 caractères ou plus</translation>
    </message>
    <message>
        <source>the Redis user was set, but the audit record failed: %1</source>
        <translation>l&apos;utilisateur Redis a été défini, mais l&apos;enregistrement d&apos;audit a échoué : %1</translation>
    </message>
    <message>
        <source>Redis user %1 set for role %2</source>
        <translation>utilisateur Redis %1 défini pour le rôle %2</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <source>Recorded answer</source>
        <translation>Réponse enregistrée</translation>
    </message>
    <message>
        <source>New answer</source>
        <translation>Nouvelle réponse</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Renvoyer</translation>
    </message>
    <message>
        <source>Difference between the recorded and the new answer</source>
        <translation>Différence entre la réponse enregistrée et la nouvelle</translation>
    </message>
    <message>
        <source>Send the recorded messages again with the model and key chosen above</source>
        <translation>Renvoyer les messages enregistrés avec le modèle et la clé choisis ci-dessus</translation>
    </message>
    <message>
        <source>Close replay</source>
        <translation>Fermer la relecture</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modèle %1</translation>
    </message>
    <message>
        <source>temperature %1</source>
        <translation>température %1</translation>
    </message>
    <message>
        <source>max tokens %1</source>
        <translation>jetons max. %1</translation>
    </message>
    <message>
        <source>Replay of %1 (node %2) of execution %3 · tenant %4
%5 message(s), %6 tool call(s), %7 tool(s) · %8</source>
        <translation>Relecture de %1 (nœud %2) de l’exécution %3 · locataire %4
%5 message(s), %6 appel(s) d’outil, %7 outil(s) · %8</translation>
    </message>
    <message>
        <source>Recorded: %1 · %2 + %3 tokens · $%4</source>
        <translation>Enregistrée : %1 · %2 + %3 jetons · $%4</translation>
    </message>
    <message>
        <source>(no answer was recorded: %1)</source>
        <translation>(aucune réponse enregistrée : %1)</translation>
    </message>
    <message>
        <source>New: not sent yet</source>
        <translation>Nouvelle : pas encore envoyée</translation>
    </message>
    <message>
        <source>Difference: send the call again to compare</source>
        <translation>Différence : renvoyez l’appel pour comparer</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Nouvelle : %1</translation>
    </message>
    <message>
        <source>New: streaming…</source>
        <translation>Nouvelle : en cours de réception…</translation>
    </message>
    <message>
        <source>Difference: none, the new answer is the recorded one word for word</source>
        <translation>Différence : aucune, la nouvelle réponse est l’enregistrée mot pour mot</translation>
    </message>
    <message>
        <source>Difference%1: %2 word(s) only in the recorded answer (struck), %3 only in the new one (underlined)</source>
        <translation>Différence%1 : %2 mot(s) seulement dans la réponse enregistrée (barrés), %3 seulement dans la nouvelle (soulignés)</translation>
    </message>
    <message>
        <source> by line</source>
        <translation> par ligne</translation>
    </message>
</context>
<context>
    <name>SealedBox</name>
    <message>
        <source>Could not create an ephemeral X25519 key (OpenSSL).</source>
        <translation>Impossible de créer une clé X25519 éphémère (OpenSSL).</translation>
    </message>
    <message>
        <source>X25519 key agreement failed (OpenSSL).</source>
        <translation>Échec de l&apos;accord de clé X25519 (OpenSSL).</translation>
    </message>
    <message>
        <source>Key derivation failed (OpenSSL HKDF).</source>
        <translation>Échec de la dérivation de clé (OpenSSL HKDF).</translation>
    </message>
    <message>
        <source>No random bytes for the nonce (OpenSSL).</source>
        <translation>Pas d&apos;octets aléatoires pour le nonce (OpenSSL).</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed (OpenSSL).</source>
        <translation>Échec du chiffrement AES-256-GCM (OpenSSL).</translation>
    </message>
    <message>
        <source>The platform&apos;s public key is not a PEM public key (byok.public_key in platform settings).</source>
        <translation>La clé publique de la plateforme n&apos;est pas une clé publique PEM (byok.public_key dans les réglages de la plateforme).</translation>
    </message>
    <message>
        <source>The platform&apos;s public key is not an X25519 key; TenantScope seals keys with X25519 + AES-256-GCM (docs/byok-sealing.md).</source>
        <translation>La clé publique de la plateforme n&apos;est pas une clé X25519 ; TenantScope scelle les clés avec X25519 + AES-256-GCM (docs/byok-sealing.md).</translation>
    </message>
</context>
<context>
    <name>SealedKeyRepository</name>
    <message>
        <source>tenant: a tenant id (UUID)</source>
        <translation>tenant : un identifiant de locataire (UUID)</translation>
    </message>
    <message>
        <source>label: 1 to 100 characters, like &quot;production&quot;</source>
        <translation>label : 1 à 100 caractères, par exemple « production »</translation>
    </message>
    <message>
        <source>a gateway token is this desktop&apos;s own; only provider keys are uploaded to the platform</source>
        <translation>un jeton de passerelle appartient à ce poste ; seules les clés de fournisseur sont téléversées sur la plateforme</translation>
    </message>
    <message>
        <source>the key is shorter than 8 characters: is it the whole key?</source>
        <translation>la clé fait moins de 8 caractères : est-ce la clé entière ?</translation>
    </message>
    <message>
        <source>the platform has no public key to seal with: a platform admin sets byok.public_key and byok.key_id in platform_settings</source>
        <translation>la plateforme n&apos;a pas de clé publique pour sceller : un administrateur de la plateforme définit byok.public_key et byok.key_id dans platform_settings</translation>
    </message>
    <message>
        <source>key: a key id (UUID)</source>
        <translation>key : un identifiant de clé (UUID)</translation>
    </message>
</context>
<context>
    <name>SnapshotExporter</name>
    <message>
        <source>Tenant, plan and limits</source>
        <translation>Locataire, forfait et limites</translation>
    </message>
    <message>
        <source>Live state</source>
        <translation>État en direct</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed executions</source>
        <translation>Exécutions en échec</translation>
    </message>
    <message>
        <source>Trace of execution %1</source>
        <translation>Trace de l&apos;exécution %1</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>%1 jobs in %2</source>
        <translation>Jobs %1 dans %2</translation>
    </message>
    <message>
        <source>Job %1 in %2</source>
        <translation>Job %1 dans %2</translation>
    </message>
    <message>
        <source>Writing the file</source>
        <translation>Écriture du fichier</translation>
    </message>
</context>
<context>
    <name>SnapshotWindow</name>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>TenantScope support snapshots (*.%1)</source>
        <translation>Instantanés de support TenantScope (*.%1)</translation>
    </message>
    <message>
        <source>Open support snapshot</source>
        <translation>Ouvrir un instantané de support</translation>
    </message>
    <message>
        <source>%1 cannot be opened.

%2</source>
        <translation>%1 ne peut pas être ouvert.

%2</translation>
    </message>
    <message>
        <source>%1 — support snapshot (read-only)</source>
        <translation>%1 — instantané de support (lecture seule)</translation>
    </message>
    <message>
        <source>Read-only snapshot of %1 (%2), taken %3 by %4 from the profile &quot;%5&quot; with TenantScope %6.</source>
        <translation>Instantané en lecture seule de %1 (%2), pris le %3 par %4 depuis le profil « %5 » avec TenantScope %6.</translation>
    </message>
    <message>
        <source>an unknown role</source>
        <translation>un rôle inconnu</translation>
    </message>
    <message>
        <source>Offline: nothing here reads from or writes to a server; the numbers are as they were then.</source>
        <translation>Hors ligne : rien ici ne lit ni n&apos;écrit sur un serveur ; les chiffres sont ceux de ce moment-là.</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) that looked like credentials were redacted when it was taken.</source>
        <translation>
            <numerusform>%n valeur qui ressemblait à un identifiant secret a été masquée lors de la prise.</numerusform>
            <numerusform>%n valeurs qui ressemblaient à des identifiants secrets ont été masquées lors de la prise.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not in this snapshot: %1.</source>
        <translation>Absent de cet instantané : %1.</translation>
    </message>
    <message>
        <source>About this snapshot</source>
        <translation>À propos de cet instantané</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Failed executions (%1)</source>
        <translation>Exécutions en échec (%1)</translation>
    </message>
    <message>
        <source>Jobs (%1)</source>
        <translation>Jobs (%1)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open support snapshot…</source>
        <translation>&amp;Ouvrir un instantané de support…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Tenant, plan and limits</source>
        <translation>Locataire, forfait et limites</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>%1 (%2), %3 a month</source>
        <translation>%1 (%2), %3 par mois</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation>Jetons ce mois-ci</translation>
    </message>
    <message>
        <source>%1 of %2 included</source>
        <translation>%1 sur %2 inclus</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>Coût ce mois-ci</translation>
    </message>
    <message>
        <source>Requests this month</source>
        <translation>Requêtes ce mois-ci</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Simultanées max.</translation>
    </message>
    <message>
        <source>Requests / tokens per minute</source>
        <translation>Requêtes / jetons par minute</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Runs a month</source>
        <translation>Exécutions par mois</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Modèles autorisés</translation>
    </message>
    <message>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>Not in this snapshot.</source>
        <translation>Absent de cet instantané.</translation>
    </message>
    <message>
        <source>Redis could not be read: %1</source>
        <translation>Redis n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 requests and %2 tokens in the last minute, %3 running; quota %4.</source>
        <translation>%1 requêtes et %2 jetons dans la dernière minute, %3 en cours ; quota %4.</translation>
    </message>
    <message>
        <source>exceeded</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <source>not exceeded</source>
        <translation>non dépassé</translation>
    </message>
    <message>
        <source>Live state when it was taken</source>
        <translation>État en direct au moment de la prise</translation>
    </message>
    <message>
        <source>%1 tokens month to date, %2 included; %3 tokens a day recently.</source>
        <translation>%1 jetons depuis le début du mois, %2 inclus ; %3 jetons par jour récemment.</translation>
    </message>
    <message>
        <source>Over the included tokens since %1.</source>
        <translation>Au-delà des jetons inclus depuis le %1.</translation>
    </message>
    <message>
        <source>At that pace it would cross them on %1.</source>
        <translation>À ce rythme, il les dépasserait le %1.</translation>
    </message>
    <message numerus="yes">
        <source>Resets in %n day(s) (%1).</source>
        <translation>
            <numerusform>Remise à zéro dans %n jour (%1).</numerusform>
            <numerusform>Remise à zéro dans %n jours (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>This month and the forecast</source>
        <translation>Ce mois-ci et la prévision</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Queued work (BullMQ)</source>
        <translation>Travail en file (BullMQ)</translation>
    </message>
    <message>
        <source>No jobs in any queue.</source>
        <translation>Aucun job dans aucune file.</translation>
    </message>
    <message>
        <source>%1 × %2, last %3: %4</source>
        <translation>%1 × %2, dernier le %3 : %4</translation>
    </message>
    <message>
        <source>Failed executions by cause</source>
        <translation>Exécutions en échec par cause</translation>
    </message>
    <message>
        <source>No failed executions.</source>
        <translation>Aucune exécution en échec.</translation>
    </message>
    <message>
        <source>%1 at %2 %, since %3</source>
        <translation>%1 à %2 %, depuis le %3</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
    <message>
        <source>%1: ••••%2 (%3), since %4%5</source>
        <translation>%1 : ••••%2 (%3), depuis le %4%5</translation>
    </message>
    <message>
        <source>, revoked</source>
        <translation>, révoquée</translation>
    </message>
    <message>
        <source>Provider keys on the platform</source>
        <translation>Clés de fournisseur sur la plateforme</translation>
    </message>
    <message>
        <source>No keys uploaded.</source>
        <translation>Aucune clé téléversée.</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3 : %4</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Workflow</source>
        <translation>Workflow</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Failed executions in the snapshot</source>
        <translation>Exécutions en échec dans l&apos;instantané</translation>
    </message>
    <message>
        <source>No failed executions in the last days before the snapshot was taken.</source>
        <translation>Aucune exécution en échec dans les derniers jours avant la prise de l&apos;instantané.</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Failed reason</source>
        <translation>Motif d&apos;échec</translation>
    </message>
    <message>
        <source>Jobs in the snapshot</source>
        <translation>Jobs dans l&apos;instantané</translation>
    </message>
    <message>
        <source>The selected job, whole</source>
        <translation>Le job sélectionné, en entier</translation>
    </message>
    <message>
        <source>No failed or active jobs of this tenant when the snapshot was taken.</source>
        <translation>Aucun job en échec ou actif de ce locataire au moment de la prise de l&apos;instantané.</translation>
    </message>
    <message>
        <source>At that pace it would stay under them that month.</source>
        <translation>À ce rythme, il serait resté en dessous ce mois-là.</translation>
    </message>
    <message>
        <source>AI configuration</source>
        <translation>Configuration IA</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message numerus="yes">
        <source>%n value(s) over time</source>
        <translation>
            <numerusform>%n valeur dans le temps</numerusform>
            <numerusform>%n valeurs dans le temps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpikesController</name>
    <message>
        <source>Rule &quot;%1&quot; saved for the whole team.</source>
        <translation>Règle « %1 » enregistrée pour toute l’équipe.</translation>
    </message>
    <message>
        <source>Rule removed.</source>
        <translation>Règle supprimée.</translation>
    </message>
    <message>
        <source>Acknowledged for the whole team.</source>
        <translation>Acquitté pour toute l’équipe.</translation>
    </message>
</context>
<context>
    <name>SpikesPanel</name>
    <message>
        <source>Open only</source>
        <translation>Ouvertes seulement</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>Déclenchée</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Last 60 min</source>
        <translation>60 dernières min</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Spikes</source>
        <translation>Pics</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Acquitter…</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>S’applique à</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Anomaly rules</source>
        <translation>Règles d’anomalie</translation>
    </message>
    <message>
        <source>Acknowledge spike</source>
        <translation>Acquitter le pic</translation>
    </message>
    <message>
        <source>A note for the team (the cause, what happens next):</source>
        <translation>Une note pour l’équipe (la cause, la suite) :</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Ajouter une règle…</translation>
    </message>
    <message>
        <source>Edit rule…</source>
        <translation>Modifier la règle…</translation>
    </message>
    <message>
        <source>Remove rule…</source>
        <translation>Supprimer la règle…</translation>
    </message>
    <message>
        <source>Remove anomaly rule</source>
        <translation>Supprimer la règle d’anomalie</translation>
    </message>
    <message>
        <source>The rule &quot;%1&quot; stops being evaluated for the whole team. The spikes it found are removed with it.</source>
        <translation>La règle « %1 » n’est plus évaluée pour toute l’équipe. Les pics qu’elle a trouvés sont supprimés avec elle.</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Supprimer la règle</translation>
    </message>
    <message>
        <source>Spikes of the last 7 days: the last 60 minutes against the same hour of earlier days</source>
        <translation>Pics des 7 derniers jours : les 60 dernières minutes contre la même heure des jours précédents</translation>
    </message>
    <message>
        <source>Rules shared by the team (platform admins change them)</source>
        <translation>Règles partagées par l’équipe (modifiées par les administrateurs de la plateforme)</translation>
    </message>
    <message>
        <source>Loading spikes…</source>
        <translation>Chargement des pics…</translation>
    </message>
    <message>
        <source>Loading rules…</source>
        <translation>Chargement des règles…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>acknowledged by %1, %2</source>
        <translation>acquittée par %1, %2</translation>
    </message>
    <message>
        <source>No open spikes in the last 7 days: every rule&apos;s last hour is within its baseline.</source>
        <translation>Aucun pic ouvert ces 7 derniers jours : la dernière heure de chaque règle reste dans sa référence.</translation>
    </message>
    <message>
        <source>No spikes in the last 7 days.</source>
        <translation>Aucun pic ces 7 derniers jours.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>No anomaly rules yet: add one to catch spikes of spend, tokens or failures.</source>
        <translation>Aucune règle d’anomalie : ajoutez-en une pour repérer les pics de dépenses, de tokens ou d’échecs.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 to %3: %4 against a baseline of %5 (the median of %6, from 1 to %n day(s) back). Method: %7.</source>
        <translation>
            <numerusform>%1, de %2 à %3 : %4 contre une référence de %5 (la médiane de %6, de 1 à %n jour en arrière). Méthode : %7.</numerusform>
            <numerusform>%1, de %2 à %3 : %4 contre une référence de %5 (la médiane de %6, de 1 à %n jours en arrière). Méthode : %7.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SseParser</name>
    <message>
        <source>The stream sent a line longer than %1 bytes; it was stopped.</source>
        <translation>Le flux a envoyé une ligne de plus de %1 octets ; il a été arrêté.</translation>
    </message>
</context>
<context>
    <name>StandbyMonitor</name>
    <message>
        <source>%1:%2 is not a standby (it is not in recovery and accepts writes); TenantScope reads from the primary and sends nothing there.</source>
        <translation>%1:%2 n&apos;est pas un standby (il n&apos;est pas en recovery et accepte les écritures) ; TenantScope lit sur le primaire et n&apos;y envoie rien.</translation>
    </message>
    <message>
        <source>standby: measuring its lag</source>
        <translation>standby : mesure de son retard</translation>
    </message>
    <message>
        <source>standby %1 s behind (%2 bytes not replayed)</source>
        <translation>standby en retard de %1 s (%2 octets non rejoués)</translation>
    </message>
    <message>
        <source>standby %1 s behind, past the bound of %2 s: reading from the primary</source>
        <translation>standby en retard de %1 s, au-delà de la limite de %2 s : lecture sur le primaire</translation>
    </message>
    <message>
        <source>standby down: reading from the primary (%1)</source>
        <translation>standby en panne : lecture sur le primaire (%1)</translation>
    </message>
    <message>
        <source>standby %1 s behind, past the bound of %2 s: figures are that old</source>
        <translation>secours en retard de %1 s, au-delà de la limite de %2 s : les chiffres ont cet âge</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <source>Retry</source>
        <translation>Relancer</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Progress of the running work</source>
        <translation>Progression du travail en cours</translation>
    </message>
    <message>
        <source>Stop the running work after the step in progress</source>
        <translation>Arrêter le travail en cours après l&apos;étape actuelle</translation>
    </message>
    <message>
        <source>%1: cancelling…</source>
        <translation>%1 : annulation…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>StripeApi</name>
    <message>
        <source>HTTP %1 without Stripe&apos;s error object</source>
        <translation>HTTP %1 sans objet d’erreur de Stripe</translation>
    </message>
    <message>
        <source>Stripe refused the key: %1 Store a valid restricted key for this profile.</source>
        <translation>Stripe a refusé la clé : %1 Enregistrez une clé restreinte valide pour ce profil.</translation>
    </message>
    <message>
        <source>The key may not do this: %1</source>
        <translation>La clé n’a pas ce droit : %1</translation>
    </message>
    <message>
        <source>Stripe kept limiting the requests (HTTP 429) after %1 tries: %2</source>
        <translation>Stripe a continué de limiter les requêtes (HTTP 429) après %1 essais : %2</translation>
    </message>
    <message>
        <source>Stripe answered HTTP %1: %2</source>
        <translation>Stripe a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Stripe did not answer within %1 s.</source>
        <translation>Stripe n’a pas répondu en %1 s.</translation>
    </message>
    <message>
        <source>Stripe could not be reached: %1</source>
        <translation>Stripe n’a pas pu être joint : %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s answer is not a JSON object: %1</source>
        <translation>La réponse de Stripe n’est pas un objet JSON : %1</translation>
    </message>
    <message>
        <source>The Stripe API address is not a URL (like https://api.stripe.com).</source>
        <translation>L’adresse de l’API Stripe n’est pas une URL (comme https://api.stripe.com).</translation>
    </message>
    <message>
        <source>The Stripe API address carries no user name, password or query.</source>
        <translation>L’adresse de l’API Stripe ne contient ni nom d’utilisateur, ni mot de passe, ni requête.</translation>
    </message>
    <message>
        <source>The Stripe API address must start with https:// (plain http only to this machine): the key and the invoices travel over it.</source>
        <translation>L’adresse de l’API Stripe doit commencer par https:// (http simple seulement vers cette machine) : la clé et les factures y transitent.</translation>
    </message>
    <message>
        <source>No Stripe key is stored for this profile.</source>
        <translation>Aucune clé Stripe n’est enregistrée pour ce profil.</translation>
    </message>
    <message>
        <source>Stripe said there is more, but its last item has no id to continue after.</source>
        <translation>Stripe indique qu’il y a une suite, mais son dernier élément n’a pas d’identifiant après lequel continuer.</translation>
    </message>
    <message>
        <source>More than %1 items: the list was cut there.</source>
        <translation>Plus de %1 éléments : la liste a été coupée là.</translation>
    </message>
</context>
<context>
    <name>StripeBillingReader</name>
    <message>
        <source>Stripe&apos;s invoices: %1</source>
        <translation>Factures de Stripe : %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s upcoming invoice: %1</source>
        <translation>Prochaine facture de Stripe : %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s usage record summaries: %1</source>
        <translation>Résumés d’utilisation de Stripe : %1</translation>
    </message>
    <message>
        <source>Stripe&apos;s meter %1: %2</source>
        <translation>Compteur Stripe %1 : %2</translation>
    </message>
    <message>
        <source>Meter %1 aggregates its events by &quot;%2&quot;; the platform reports tokens that add up, so only a meter that sums them can be reconciled.</source>
        <translation>Le compteur %1 agrège ses événements par « %2 » ; la plateforme déclare des jetons qui s’additionnent, seul un compteur qui les somme peut donc être rapproché.</translation>
    </message>
    <message>
        <source>Stripe&apos;s meter event summaries: %1</source>
        <translation>Résumés des événements de compteur de Stripe : %1</translation>
    </message>
    <message>
        <source>Stripe has no customer %1: %2</source>
        <translation>Stripe n’a pas de client %1 : %2</translation>
    </message>
    <message>
        <source>Customer %1 was deleted in Stripe.</source>
        <translation>Le client %1 a été supprimé dans Stripe.</translation>
    </message>
</context>
<context>
    <name>SupportSnapshot</name>
    <message>
        <source>The file is larger than a support snapshot can be (%1 MB).</source>
        <translation>Le fichier est plus grand qu&apos;un instantané de support ne peut l&apos;être (%1 Mo).</translation>
    </message>
    <message>
        <source>This is not a support snapshot: the file is not JSON (%1 at byte %2).</source>
        <translation>Ce n&apos;est pas un instantané de support : le fichier n&apos;est pas du JSON (%1 à l&apos;octet %2).</translation>
    </message>
    <message>
        <source>This is not a TenantScope support snapshot.</source>
        <translation>Ce n&apos;est pas un instantané de support TenantScope.</translation>
    </message>
    <message>
        <source>The snapshot has no valid version: it is damaged.</source>
        <translation>L&apos;instantané n&apos;a pas de version valide : il est endommagé.</translation>
    </message>
    <message>
        <source>The snapshot was written by a newer TenantScope (format %1; this one reads up to %2).</source>
        <translation>L&apos;instantané a été écrit par un TenantScope plus récent (format %1 ; celui-ci lit jusqu&apos;au %2).</translation>
    </message>
    <message>
        <source>The snapshot names no tenant: it is damaged.</source>
        <translation>L&apos;instantané ne nomme aucun locataire : il est endommagé.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>Tenant360</name>
    <message>
        <source>This month and the forecast</source>
        <translation>Ce mois-ci et la prévision</translation>
    </message>
    <message>
        <source>Failed executions, last %1 days</source>
        <translation>Exécutions en échec, %1 derniers jours</translation>
    </message>
    <message>
        <source>Queued work (BullMQ)</source>
        <translation>Travail en file (BullMQ)</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>Provider keys on the platform</source>
        <translation>Clés de fournisseur sur la plateforme</translation>
    </message>
    <message>
        <source>Recent changes</source>
        <translation>Modifications récentes</translation>
    </message>
    <message>
        <source>AI configuration</source>
        <translation>Configuration IA</translation>
    </message>
</context>
<context>
    <name>Tenant360Sections</name>
    <message numerus="yes">
        <source>%1 tokens this month on an unlimited plan; resets in %n day(s).</source>
        <translation>
            <numerusform>%1 jetons ce mois-ci avec un forfait illimité ; remise à zéro dans %n jour.</numerusform>
            <numerusform>%1 jetons ce mois-ci avec un forfait illimité ; remise à zéro dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 included tokens (%3 %), %4 tokens a day recently.</source>
        <translation>%1 des %2 jetons inclus (%3 %), %4 jetons par jour récemment.</translation>
    </message>
    <message>
        <source>Over the included tokens since %1.</source>
        <translation>Au-delà des jetons inclus depuis le %1.</translation>
    </message>
    <message>
        <source>At this pace it crosses them on %1.</source>
        <translation>À ce rythme, il les dépasse le %1.</translation>
    </message>
    <message>
        <source>At this pace it stays under them this month.</source>
        <translation>À ce rythme, il reste en dessous ce mois-ci.</translation>
    </message>
    <message numerus="yes">
        <source>Resets in %n day(s) (%1).</source>
        <translation>
            <numerusform>Remise à zéro dans %n jour (%1).</numerusform>
            <numerusform>Remise à zéro dans %n jours (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Usage</source>
        <translation>Ouvrir dans Usage</translation>
    </message>
    <message>
        <source>Open in Executions</source>
        <translation>Ouvrir dans Exécutions</translation>
    </message>
    <message>
        <source>Open Queues</source>
        <translation>Ouvrir les files</translation>
    </message>
    <message>
        <source>Open Alerts</source>
        <translation>Ouvrir les alertes</translation>
    </message>
    <message>
        <source>Open in Keys</source>
        <translation>Ouvrir dans Clés</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Ouvrir le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 × %2%3, last %4: %5</source>
        <translation>%1 × %2%3, dernier le %4 : %5</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <source>No failed executions.</source>
        <translation>Aucune exécution en échec.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed in the largest groups:</source>
        <translation>
            <numerusform>%n en échec dans le plus grand groupe :</numerusform>
            <numerusform>%n en échec dans les plus grands groupes :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No jobs in any queue.</source>
        <translation>Aucun job dans aucune file.</translation>
    </message>
    <message>
        <source>%1 at %2 %: %3, since %4</source>
        <translation>%1 à %2 % : %3, depuis le %4</translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation>Aucune alerte ouverte.</translation>
    </message>
    <message>
        <source>%1: ••••%2 (%3), since %4</source>
        <translation>%1 : ••••%2 (%3), depuis le %4</translation>
    </message>
    <message>
        <source>No active keys uploaded.</source>
        <translation>Aucune clé active téléversée.</translation>
    </message>
    <message>
        <source>%1 %2 %3: %4</source>
        <translation>%1 %2 %3 : %4</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Aucune modification enregistrée.</translation>
    </message>
    <message>
        <source>Open in Flags</source>
        <translation>Ouvrir dans Flags</translation>
    </message>
</context>
<context>
    <name>TenantDetailPane</name>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
    <message>
        <source>%1 (no limit)</source>
        <translation>%1 (sans limite)</translation>
    </message>
    <message>
        <source>%1 of %2 (%3 %)</source>
        <translation>%1 sur %2 (%3 %)</translation>
    </message>
    <message>
        <source>Plan and this month</source>
        <translation>Forfait et ce mois-ci</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Provider cost</source>
        <translation>Coût fournisseur</translation>
    </message>
    <message>
        <source>Open alerts</source>
        <translation>Alertes ouvertes</translation>
    </message>
    <message>
        <source>Effective limits</source>
        <translation>Limites effectives</translation>
    </message>
    <message>
        <source>Included tokens</source>
        <translation>Jetons inclus</translation>
    </message>
    <message>
        <source>Max concurrent</source>
        <translation>Simultanées max.</translation>
    </message>
    <message>
        <source>Requests / min</source>
        <translation>Requêtes / min</translation>
    </message>
    <message>
        <source>Tokens / min</source>
        <translation>Jetons / min</translation>
    </message>
    <message>
        <source>Monthly runs</source>
        <translation>Exécutions par mois</translation>
    </message>
    <message>
        <source>Allowed models</source>
        <translation>Modèles autorisés</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Dérogation</translation>
    </message>
    <message>
        <source>Live (Redis)</source>
        <translation>En direct (Redis)</translation>
    </message>
    <message>
        <source>Requests, last 60 s</source>
        <translation>Requêtes, 60 dernières s</translation>
    </message>
    <message>
        <source>Tokens, last 60 s</source>
        <translation>Jetons, 60 dernières s</translation>
    </message>
    <message>
        <source>Running now</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Quota flag</source>
        <translation>Indicateur de quota</translation>
    </message>
    <message>
        <source>Gateway month counter</source>
        <translation>Compteur mensuel de la passerelle</translation>
    </message>
    <message>
        <source>Select a tenant to see its plan, limits and live state.</source>
        <translation>Sélectionnez un locataire pour voir son forfait, ses limites et son état en direct.</translation>
    </message>
    <message>
        <source>Loading tenant…</source>
        <translation>Chargement du locataire…</translation>
    </message>
    <message>
        <source>%1: %2 base, %3 per 1k tokens over the included amount</source>
        <translation>%1 : %2 de base, %3 par 1k jetons au-delà des jetons inclus</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu&apos;au %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>unavailable: %1</source>
        <translation>indisponible : %1</translation>
    </message>
    <message>
        <source>EXCEEDED: requests are being refused</source>
        <translation>DÉPASSÉ : les requêtes sont refusées</translation>
    </message>
    <message>
        <source>clear</source>
        <translation>libre</translation>
    </message>
    <message>
        <source>%1 tokens, %2</source>
        <translation>%1 jetons, %2</translation>
    </message>
    <message>
        <source>no counter yet this month</source>
        <translation>pas encore de compteur ce mois-ci</translation>
    </message>
    <message>
        <source>invalid counter in Redis (%1): not shown as usage</source>
        <translation>compteur invalide dans Redis (%1) : non affiché comme consommation</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copier le lien</translation>
    </message>
    <message>
        <source>Copies a tenantscope:// link to this tenant, to paste into a ticket</source>
        <translation>Copie un lien tenantscope:// vers ce locataire, à coller dans un ticket</translation>
    </message>
    <message>
        <source>Tenant detail</source>
        <translation>Détail du locataire</translation>
    </message>
    <message>
        <source>Export snapshot…</source>
        <translation>Exporter un instantané…</translation>
    </message>
    <message>
        <source>Saves this tenant&apos;s view (numbers, failing executions with traces, jobs; no secrets) to one file another TenantScope opens read-only</source>
        <translation>Enregistre la vue de ce locataire (chiffres, exécutions en échec avec leurs traces, jobs ; aucun secret) dans un fichier qu&apos;un autre TenantScope ouvre en lecture seule</translation>
    </message>
</context>
<context>
    <name>TenantJobCountsModel</name>
    <message>
        <source>(no tenant in job data)</source>
        <translation>(aucun locataire dans les données du job)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
</context>
<context>
    <name>TenantListModel</name>
    <message>
        <source>%1
id %2</source>
        <translation>%1
id %2</translation>
    </message>
    <message>
        <source>%1 (unlimited)</source>
        <translation>%1 (illimité)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Identifiant court</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation>Jetons ce mois-ci</translation>
    </message>
    <message>
        <source>Cost this month</source>
        <translation>Coût ce mois-ci</translation>
    </message>
</context>
<context>
    <name>TenantPicker</name>
    <message>
        <source>All tenants (type a name, slug or id to pick one)</source>
        <translation>Tous les locataires (saisissez un nom, un identifiant court ou un id pour en choisir un)</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
</context>
<context>
    <name>TenantQuota</name>
    <message>
        <source>unlimited</source>
        <translation>illimité</translation>
    </message>
</context>
<context>
    <name>TenantRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant de locataire (UUID).</translation>
    </message>
    <message>
        <source>Tenant %1 was not found, or your login is not permitted to see it.</source>
        <translation>Le locataire %1 est introuvable, ou votre identifiant n&apos;a pas le droit de le voir.</translation>
    </message>
    <message>
        <source>Not permitted: the Redis user may not read this tenant&apos;s keys.</source>
        <translation>Non autorisé : l&apos;utilisateur Redis ne peut pas lire les clés de ce locataire.</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <source>Search tenants by name, slug or id</source>
        <translation>Rechercher des locataires par nom, identifiant court ou id</translation>
    </message>
    <message>
        <source>Tenant search</source>
        <translation>Recherche de locataires</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Locataires</translation>
    </message>
    <message>
        <source>Loading tenants…</source>
        <translation>Chargement des locataires…</translation>
    </message>
    <message>
        <source>Could not load tenants:
%1</source>
        <translation>Impossible de charger les locataires :
%1</translation>
    </message>
    <message>
        <source>No tenants yet. Load demo data with `tenantscope-cli demo-data`, or connect to a platform that has some.</source>
        <translation>Pas encore de locataires. Chargez des données de démo avec `tenantscope-cli demo-data`, ou connectez-vous à une plateforme qui en a.</translation>
    </message>
    <message>
        <source>No tenant matches &quot;%1&quot;.</source>
        <translation>Aucun locataire ne correspond à « %1 ».</translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s) shown, scroll for more</source>
        <translation>
            <numerusform>%n locataire affiché, faites défiler pour en voir plus</numerusform>
            <numerusform>%n locataires affichés, faites défiler pour en voir plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tenant(s)</source>
        <translation>
            <numerusform>%n locataire</numerusform>
            <numerusform>%n locataires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TraceModel</name>
    <message>
        <source>starts at +%1 ms, runs %2 ms</source>
        <translation>commence à +%1 ms, dure %2 ms</translation>
    </message>
    <message>
        <source>%1 (checkpoint)</source>
        <translation>%1 (point de reprise)</translation>
    </message>
    <message>
        <source>%1, will retry</source>
        <translation>%1, sera retenté</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Tentative</translation>
    </message>
</context>
<context>
    <name>TraceOperations</name>
    <message>
        <source>An execution is named by its id (a UUID): %1</source>
        <translation>Une exécution se désigne par son id (un UUID) : %1</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit : %2</translation>
    </message>
    <message>
        <source>Name the file the trace is written to.</source>
        <translation>Indiquez le fichier où écrire la trace.</translation>
    </message>
</context>
<context>
    <name>TraceView</name>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Node input</source>
        <translation>Entrée du nœud</translation>
    </message>
    <message>
        <source>Node output</source>
        <translation>Sortie du nœud</translation>
    </message>
    <message>
        <source>Trace nodes</source>
        <translation>Nœuds de la trace</translation>
    </message>
    <message>
        <source>Stack trace</source>
        <translation>Pile d&apos;appels</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>Select an execution to see its trace.</source>
        <translation>Sélectionnez une exécution pour voir sa trace.</translation>
    </message>
    <message>
        <source>%1 nodes</source>
        <translation>%1 nœuds</translation>
    </message>
    <message>
        <source>%1 tokens</source>
        <translation>%1 jetons</translation>
    </message>
    <message>
        <source>Resumes %1 from node %2 (requested by %3)</source>
        <translation>Reprend %1 au nœud %2 (demandé par %3)</translation>
    </message>
    <message>
        <source>Retries %1 (requested by %2)</source>
        <translation>Relance %1 (demandé par %2)</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Échec : %1 : %2</translation>
    </message>
    <message>
        <source>Node %1 · %2 · %3 · attempt %4%5</source>
        <translation>Nœud %1 · %2 · %3 · tentative %4%5</translation>
    </message>
    <message>
        <source> · will retry</source>
        <translation> · sera retenté</translation>
    </message>
    <message>
        <source>No error.</source>
        <translation>Aucune erreur.</translation>
    </message>
    <message>
        <source>… %1 more characters</source>
        <translation>… %1 caractères de plus</translation>
    </message>
    <message>
        <source>BullMQ job %1 on queue %2</source>
        <translation>Job BullMQ %1 dans la file %2</translation>
    </message>
    <message>
        <source>Open in Playground</source>
        <translation>Ouvrir dans le Playground</translation>
    </message>
    <message>
        <source>Send this LLM call again with its exact messages, tools, model and parameters, as the tenant, and set the new answer beside the recorded one</source>
        <translation>Renvoyer cet appel LLM avec exactement ses messages, outils, modèle et paramètres, en tant que le locataire, et placer la nouvelle réponse à côté de l’enregistrée</translation>
    </message>
</context>
<context>
    <name>TranscriptView</name>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Recorded · %1</source>
        <translation>Enregistré · %1</translation>
    </message>
</context>
<context>
    <name>UsageChart</name>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons de prompt</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Jetons de complétion</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
    <message>
        <source>billions</source>
        <translation>milliards</translation>
    </message>
    <message>
        <source>millions</source>
        <translation>millions</translation>
    </message>
    <message>
        <source>thousands</source>
        <translation>milliers</translation>
    </message>
    <message>
        <source>Tokens this month</source>
        <translation>Jetons ce mois-ci</translation>
    </message>
    <message>
        <source>Included: %1</source>
        <translation>Inclus : %1</translation>
    </message>
    <message>
        <source>At the current pace</source>
        <translation>Au rythme actuel</translation>
    </message>
    <message>
        <source>Unlimited plan: no quota to cross</source>
        <translation>Forfait illimité : aucun quota à dépasser</translation>
    </message>
    <message>
        <source>Crossed the included tokens on %1</source>
        <translation>Jetons inclus dépassés le %1</translation>
    </message>
    <message>
        <source>Crosses the included tokens on %1 at the current pace</source>
        <translation>Dépasse les jetons inclus le %1 au rythme actuel</translation>
    </message>
    <message>
        <source>Stays within the included tokens this month at the current pace</source>
        <translation>Reste dans les jetons inclus ce mois-ci au rythme actuel</translation>
    </message>
    <message numerus="yes">
        <source>resets in %n day(s)</source>
        <translation>
            <numerusform>remise à zéro dans %n jour</numerusform>
            <numerusform>remise à zéro dans %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UsagePage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>by hour</source>
        <translation>par heure</translation>
    </message>
    <message>
        <source>by day</source>
        <translation>par jour</translation>
    </message>
    <message>
        <source>by month</source>
        <translation>par mois</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Locataire</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Choose a tenant and a range.</source>
        <translation>Choisissez un locataire et une période.</translation>
    </message>
    <message>
        <source>Loading usage…</source>
        <translation>Chargement de l&apos;usage…</translation>
    </message>
    <message>
        <source>Could not load usage:
%1</source>
        <translation>Impossible de charger l&apos;usage :
%1</translation>
    </message>
    <message>
        <source>History from PostgreSQL rollups</source>
        <translation>Historique issu des agrégats PostgreSQL</translation>
    </message>
    <message>
        <source>● Live: today reconciled with the gateways&apos; counters at %1 UTC</source>
        <translation>● En direct : aujourd&apos;hui rapproché des compteurs des passerelles à %1 UTC</translation>
    </message>
    <message>
        <source>Today from PostgreSQL only: %1</source>
        <translation>Aujourd&apos;hui depuis PostgreSQL seulement : %1</translation>
    </message>
    <message>
        <source>No usage in this range.</source>
        <translation>Aucun usage sur cette période.</translation>
    </message>
    <message>
        <source>This tenant has no usage in this range.</source>
        <translation>Ce locataire n&apos;a aucun usage sur cette période.</translation>
    </message>
    <message>
        <source>Month context unavailable: %1</source>
        <translation>Contexte du mois indisponible : %1</translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 of %2 included tokens (%3 %), %4 tokens/day recently; resets in %n day(s).</source>
        <translation>
            <numerusform>Ce mois-ci : %1 des %2 jetons inclus (%3 %), %4 jetons/jour récemment ; remise à zéro dans %n jour.</numerusform>
            <numerusform>Ce mois-ci : %1 des %2 jetons inclus (%3 %), %4 jetons/jour récemment ; remise à zéro dans %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 tokens on an unlimited plan; resets in %n day(s).</source>
        <translation>
            <numerusform>Ce mois-ci : %1 jetons avec un forfait illimité ; remise à zéro dans %n jour.</numerusform>
            <numerusform>Ce mois-ci : %1 jetons avec un forfait illimité ; remise à zéro dans %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage over time</source>
        <translation>Usage dans le temps</translation>
    </message>
</context>
<context>
    <name>UsageQuery</name>
    <message>
        <source>Give both dates of the range as YYYY-MM-DD.</source>
        <translation>Donnez les deux dates de la période au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The range starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
    <message>
        <source>Ranges are limited to 400 days.</source>
        <translation>Les périodes sont limitées à 400 jours.</translation>
    </message>
</context>
<context>
    <name>UsageRepository</name>
    <message>
        <source>Tenant %1 was not found, or your login is not permitted to see it.</source>
        <translation>Le locataire %1 est introuvable, ou votre identifiant n&apos;a pas le droit de le voir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a tenant id (a UUID).</source>
        <translation>« %1 » n&apos;est pas un identifiant de locataire (UUID).</translation>
    </message>
    <message>
        <source>Not permitted to read the live counters.</source>
        <translation>Non autorisé à lire les compteurs en direct.</translation>
    </message>
    <message>
        <source>Live counters unavailable: %1</source>
        <translation>Compteurs en direct indisponibles : %1</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>La connexion a été fermée.</translation>
    </message>
</context>
<context>
    <name>UsageTableModel</name>
    <message>
        <source>Period (UTC)</source>
        <translation>Période (UTC)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Jetons de prompt</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Jetons de complétion</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Coût (USD)</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Give a reason (at least 3 characters): it goes into the audit log.</source>
        <translation>Donnez un motif (au moins 3 caractères) : il est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The reason is limited to 1000 characters.</source>
        <translation>Le motif est limité à 1000 caractères.</translation>
    </message>
</context>
<context>
    <name>Webhook</name>
    <message>
        <source>This is not a URL (like https://hooks.slack.com/services/…).</source>
        <translation>Ce n’est pas une URL (comme https://hooks.slack.com/services/…).</translation>
    </message>
    <message>
        <source>A webhook URL carries no user name or password.</source>
        <translation>Une URL de webhook ne contient ni nom d’utilisateur ni mot de passe.</translation>
    </message>
    <message>
        <source>A webhook URL must start with https:// (plain http only to this machine): alerts name tenants and figures.</source>
        <translation>Une URL de webhook doit commencer par https:// (http simple seulement vers cette machine) : les alertes nomment des locataires et des chiffres.</translation>
    </message>
    <message>
        <source>no answer within the time limit</source>
        <translation>pas de réponse dans le délai</translation>
    </message>
</context>
<context>
    <name>ZoomableChartView</name>
    <message>
        <source>Drag to zoom into a range, wheel to zoom, arrows or middle button to pan, Home or double click to reset</source>
        <translation>Faites glisser pour zoomer sur une plage, molette pour zoomer, flèches ou bouton du milieu pour déplacer, Début ou double-clic pour réinitialiser</translation>
    </message>
</context>
</TS>
