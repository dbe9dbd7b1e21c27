<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AccountClients</name>
    <message>
        <source>The account was closed.</source>
        <translation>Le compte a été fermé.</translation>
    </message>
    <message>
        <source>The demo is not running.</source>
        <translation>La démo n&apos;est pas lancée.</translation>
    </message>
    <message>
        <source>No token is stored for %1.</source>
        <translation>Aucun jeton n&apos;est enregistré pour %1.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <source>The demo could not be started: %1</source>
        <translation>Impossible de lancer la démo&#xa0;: %1</translation>
    </message>
    <message>
        <source>Demo app</source>
        <translation>App de démo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>The local development server could not start: %1</source>
        <translation>Le serveur de développement local n’a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Local development</source>
        <translation>Développement local</translation>
    </message>
</context>
<context>
    <name>AlertChecker</name>
    <message>
        <source>The account was closed during the check.</source>
        <translation>Le compte a été fermé pendant la vérification.</translation>
    </message>
    <message>
        <source>The server sent no live count.</source>
        <translation>Le serveur n&apos;a envoyé aucun compteur en direct.</translation>
    </message>
    <message>
        <source>The server sent no error count.</source>
        <translation>Le serveur n&apos;a envoyé aucun nombre d&apos;erreurs.</translation>
    </message>
    <message>
        <source>The server&apos;s answer leaves out some hours of the rule&apos;s window (%1), so the app starts cannot be counted.</source>
        <translation>La réponse du serveur omet certaines heures de la fenêtre de la règle (%1)&#xa0;; les lancements ne peuvent donc pas être comptés.</translation>
    </message>
</context>
<context>
    <name>AlertMonitor</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — now %2</source>
        <translation>%1 — actuellement %2</translation>
    </message>
</context>
<context>
    <name>AlertRule</name>
    <message>
        <source>errors&gt;50/24h  more than 50 errors in the last 24 h
errors&gt;3x      errors of the last 24 h above 3 × the 24 h before
live&lt;5@10m     fewer than 5 users live for 10 minutes (without @: 5 minutes)
live&gt;200@5m    more than 200 users live for 5 minutes
starts=0@6h    no app start for 6 hours</source>
        <translation>errors&gt;50/24h  plus de 50 erreurs sur les dernières 24&#xa0;h
errors&gt;3x      erreurs des dernières 24&#xa0;h supérieures à 3 × celles des 24&#xa0;h précédentes
live&lt;5@10m     moins de 5 utilisateurs en direct pendant 10 minutes (sans @&#xa0;: 5 minutes)
live&gt;200@5m    plus de 200 utilisateurs en direct pendant 5 minutes
starts=0@6h    aucun lancement pendant 6 heures</translation>
    </message>
    <message>
        <source>No rule given. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>Aucune règle saisie. Écrivez-en une comme errors&gt;50/24h, errors&gt;3x, live&lt;5@10m ou starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1” is not a rule. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une règle. Écrivez-en une comme errors&gt;50/24h, errors&gt;3x, live&lt;5@10m ou starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1” has no threshold: give a number after %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de seuil&#xa0;: indiquez un nombre après %2.</translation>
    </message>
    <message>
        <source>“%1”: the threshold must be a number, 0 or more (not “%2”).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le seuil doit être un nombre supérieur ou égal à 0 (pas «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <source>“%1”: an errors rule is errors&gt;N (in 24 h) or errors&gt;Kx (K × the 24 h before).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une règle «&#xa0;errors&#xa0;» s&apos;écrit errors&gt;N (sur 24&#xa0;h) ou errors&gt;Kx (K × les 24&#xa0;h précédentes).</translation>
    </message>
    <message>
        <source>“%1”: use errors&gt;N/24h or errors&gt;Kx, not both.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: utilisez errors&gt;N/24h ou errors&gt;Kx, pas les deux.</translation>
    </message>
    <message>
        <source>“%1”: the factor must be more than 0.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: le facteur doit être supérieur à 0.</translation>
    </message>
    <message>
        <source>“%1”: “x” and “/24h” belong to errors rules.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;x&#xa0;» et «&#xa0;/24h&#xa0;» sont réservés aux règles «&#xa0;errors&#xa0;».</translation>
    </message>
    <message>
        <source>“%1”: a live rule is live&lt;N or live&gt;N.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une règle «&#xa0;live&#xa0;» s&apos;écrit live&lt;N ou live&gt;N.</translation>
    </message>
    <message>
        <source>“%1”: fewer than 0 users can never be live; give a number above 0.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: il ne peut jamais y avoir moins de 0 utilisateur en direct&#xa0;; indiquez un nombre supérieur à 0.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 10m or 2h).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une durée comprise entre 1m et 7 jours (comme 10m ou 2h).</translation>
    </message>
    <message>
        <source>“%1”: a starts rule is starts=0@DURATION (no app start for that long).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: une règle «&#xa0;starts&#xa0;» s&apos;écrit starts=0@DURÉE (aucun lancement pendant cette durée).</translation>
    </message>
    <message>
        <source>“%1”: say for how long, e.g. starts=0@6h.</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: indiquez pendant combien de temps, par exemple starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 30m or 6h).</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une durée comprise entre 1m et 7 jours (comme 30m ou 6h).</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 errors in 24 h</source>
        <translation>Plus de %1 erreurs en 24&#xa0;h</translation>
    </message>
    <message>
        <source>Errors in 24 h above %1 × the 24 h before</source>
        <translation>Erreurs sur 24&#xa0;h supérieures à %1 × les 24&#xa0;h précédentes</translation>
    </message>
    <message>
        <source>Fewer than %1 users live for %2</source>
        <translation>Moins de %1 utilisateurs en direct pendant %2</translation>
    </message>
    <message>
        <source>More than %1 users live for %2</source>
        <translation>Plus de %1 utilisateurs en direct pendant %2</translation>
    </message>
    <message>
        <source>No app start for %1</source>
        <translation>Aucun lancement pendant %1</translation>
    </message>
    <message>
        <source>%1 errors in 24 h</source>
        <translation>%1 erreurs en 24&#xa0;h</translation>
    </message>
    <message>
        <source>%1 live</source>
        <translation>%1 en direct</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <extracomment>%2 the rule&apos;s window as written in the rule (&quot;6h&quot;, &quot;30m&quot;).</extracomment>
        <translation>%1 lancements en %2</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>Règle d&apos;alerte</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Connect an app first: rules belong to an app.</source>
        <translation>Connectez d&apos;abord une app&#xa0;: chaque règle s&apos;applique à une app.</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>Keep running in the tray when the window is closed, checking the alerts</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée, pour vérifier les alertes</translation>
    </message>
    <message>
        <source>No alert rules yet. “Add rule…” watches an app for you: its errors, live users or app starts.</source>
        <translation>Aucune règle d&apos;alerte pour l&apos;instant. «&#xa0;Ajouter une règle…&#xa0;» surveille une app pour vous&#xa0;: ses erreurs, ses utilisateurs en direct ou ses lancements.</translation>
    </message>
    <message>
        <source>No alert has fired yet.</source>
        <translation>Aucune alerte ne s&apos;est encore déclenchée.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Syntaxe</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Règles d&apos;alerte</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Historique des alertes</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Ajouter une règle…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Effacer l&apos;historique</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Ce bureau n&apos;a pas de zone de notification</translation>
    </message>
    <message>
        <source>Alert history (newest first)</source>
        <translation>Historique des alertes (plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked while on</source>
        <translation>Vérifiée tant qu&apos;elle est active</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>%1 — showing data as of %2</source>
        <translation>%1 — affichage des données de %2</translation>
    </message>
    <message>
        <source>%1 — nothing could be loaded</source>
        <translation>%1 — rien n&apos;a pu être chargé</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1&#xa0;: chargement impossible. %2</translation>
    </message>
    <message>
        <source>%1 could not be loaded.</source>
        <translation>%1&#xa0;: chargement impossible.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server address must use https:// (plain http:// is only allowed for this computer).</source>
        <translation>L&apos;adresse du serveur doit utiliser https:// (http:// simple n&apos;est autorisé que pour cet ordinateur).</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>Impossible de joindre le serveur. Vérifiez l&apos;adresse et votre connexion.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Le serveur n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (certificate or TLS error).</source>
        <translation>La connexion sécurisée au serveur a échoué (erreur de certificat ou TLS).</translation>
    </message>
    <message>
        <source>The server redirected to another address; the request was stopped so that your token is not sent there.</source>
        <translation>Le serveur a redirigé vers une autre adresse&#xa0;; la requête a été arrêtée pour que votre jeton n&apos;y soit pas envoyé.</translation>
    </message>
    <message>
        <source>The server kept redirecting the request (a redirect loop); it was stopped.</source>
        <translation>Le serveur redirigeait sans cesse la requête (boucle de redirection)&#xa0;; elle a été arrêtée.</translation>
    </message>
    <message>
        <source>The server redirected to an address that cannot be followed.</source>
        <translation>Le serveur a redirigé vers une adresse qui ne peut pas être suivie.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Try again.</source>
        <translation>La réponse du serveur s&apos;est interrompue avant d&apos;être complète. Réessayez.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was compressed in a way that could not be undone.</source>
        <translation>La réponse du serveur est compressée d&apos;une façon qui n&apos;a pas pu être décodée.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La connexion s&apos;est fermée avant que le serveur ne réponde.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to read (over the limit of %1 MB; raise it in Settings or with --max-body); it was stopped.</source>
        <translation>La réponse du serveur est trop volumineuse pour être lue (au-delà de la limite de %1 Mo&#xa0;; augmentez-la dans les Paramètres ou avec --max-body)&#xa0;; elle a été arrêtée.</translation>
    </message>
    <message>
        <source>The server rejected the API token. Enter a valid token.</source>
        <translation>Le serveur a refusé le jeton d&apos;API. Saisissez un jeton valide.</translation>
    </message>
    <message>
        <source>This token is not allowed to read this app.</source>
        <translation>Ce jeton n&apos;est pas autorisé à lire cette app.</translation>
    </message>
    <message>
        <source>Not found: the app or user does not exist (or no longer exists).</source>
        <translation>Introuvable&#xa0;: l&apos;app ou l&apos;utilisateur n&apos;existe pas (ou plus).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Trop de requêtes&#xa0;; le serveur demande d&apos;attendre %n seconde.</numerusform>
            <numerusform>Trop de requêtes&#xa0;; le serveur demande d&apos;attendre %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>Trop de requêtes&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>Le serveur a rencontré une erreur interne. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Le serveur a refusé la requête.</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read.</source>
        <translation>Le serveur a envoyé des données que cette version ne sait pas lire.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>Nothing is kept for this request: the answer cache holds what the window has shown (same app, range and time zone). Run it without --cached.</source>
        <translation>Rien n&apos;est conservé pour cette requête&#xa0;: le cache des réponses contient ce que la fenêtre a affiché (même app, même période, même fuseau horaire). Lancez-la sans --cached.</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Serveur injoignable</translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation>Le serveur ne répond pas</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused</source>
        <translation>Le certificat du serveur a été refusé</translation>
    </message>
    <message>
        <source>The server redirects in a loop</source>
        <translation>Le serveur redirige en boucle</translation>
    </message>
    <message>
        <source>The server&apos;s answers break off</source>
        <translation>Les réponses du serveur s&apos;interrompent</translation>
    </message>
    <message>
        <source>The server closes connections without answering</source>
        <translation>Le serveur ferme les connexions sans répondre</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>Le jeton a été refusé</translation>
    </message>
    <message>
        <source>The server asks to slow down (HTTP 429)</source>
        <translation>Le serveur demande de ralentir (HTTP 429)</translation>
    </message>
    <message>
        <source>The server is failing (HTTP %1)</source>
        <translation>Le serveur rencontre des erreurs (HTTP %1)</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read</source>
        <translation>Le serveur a envoyé des données que cette version ne sait pas lire</translation>
    </message>
</context>
<context>
    <name>AppSwitcher</name>
    <message>
        <source>App — the apps of every saved account, and the demo</source>
        <translation>App — les apps de tous les comptes enregistrés, et la démo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Demo app (built in)</source>
        <translation>App de démo (intégrée)</translation>
    </message>
</context>
<context>
    <name>AppTile</name>
    <message>
        <source>Open %1 (%2 on %3)</source>
        <translation>Ouvrir %1 (%2 sur %3)</translation>
    </message>
    <message>
        <source>App %1 on %2</source>
        <translation>App %1 sur %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>Lancements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>last 24 h, change vs the 24 h before</source>
        <translation>dernières 24&#xa0;h, évolution par rapport aux 24&#xa0;h précédentes</translation>
    </message>
    <message>
        <source>App starts a day, last 30 days</source>
        <translation>Lancements par jour, 30 derniers jours</translation>
    </message>
    <message>
        <source>%1 app starts in 30 days</source>
        <translation>%1 lancements en 30 jours</translation>
    </message>
    <message>
        <source>30-day usage could not be loaded</source>
        <translation>Impossible de charger l&apos;utilisation sur 30 jours</translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation>Données de %1</translation>
    </message>
    <message>
        <source>%1: %2 users (%3), %4 app starts (%5), %6 errors (%7), %8 live</source>
        <translation>%1&#xa0;: %2 utilisateurs (%3), %4 lancements (%5), %6 erreurs (%7), %8 en direct</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Every saved app of every account: the last 24 h against the 24 h before. Click an app to open it.</source>
        <translation>Toutes les apps enregistrées de tous les comptes&#xa0;: les dernières 24&#xa0;h par rapport aux 24&#xa0;h précédentes. Cliquez sur une app pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1&#xa0;: chargement impossible. %2</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Toutes les apps</translation>
    </message>
    <message>
        <source>No apps yet. Add one in Settings (Add account…), or explore the demo: its apps appear here.</source>
        <translation>Aucune app pour l’instant. Ajoutez-en une dans les Paramètres (Ajouter un compte…) ou explorez la démo&#xa0;: ses apps apparaissent ici.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>CacheSettings</name>
    <message>
        <source>Empty…</source>
        <translation>Vider…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>The last answers are kept on this computer so the window opens at once and offline; the oldest go first when the limit is reached.</source>
        <translation>Les dernières réponses sont conservées sur cet ordinateur pour que la fenêtre s&apos;ouvre aussitôt, même hors ligne&#xa0;; les plus anciennes sont retirées en premier quand la limite est atteinte.</translation>
    </message>
    <message>
        <source>Forget every kept answer (the server&apos;s data is not touched)</source>
        <translation>Oublier toutes les réponses conservées (les données du serveur ne sont pas modifiées)</translation>
    </message>
    <message>
        <source>Empty the answer cache</source>
        <translation>Vider le cache des réponses</translation>
    </message>
    <message>
        <source>Forget every answer kept on this computer? The window then waits for the server, and shows nothing offline until it has answered again.</source>
        <translation>Oublier toutes les réponses conservées sur cet ordinateur&#xa0;? La fenêtre attendra alors le serveur et n&apos;affichera rien hors ligne tant qu&apos;il n&apos;aura pas de nouveau répondu.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vider</translation>
    </message>
    <message>
        <source>off for this run (--no-cache)</source>
        <translation>désactivé pour cette exécution (--no-cache)</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 conservés</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1: no data</source>
        <translation>%1&#xa0;: aucune donnée</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day</source>
        <translation>%1 de %2 à %3 par jour</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day, %4</source>
        <extracomment>%1 a series (&quot;App starts&quot;), %2 and %3 its lowest and highest value of a day, %4 rising, falling or steady.</extracomment>
        <translation>%1 de %2 à %3 par jour, %4</translation>
    </message>
    <message>
        <source>%1: no data.</source>
        <translation>%1&#xa0;: aucune donnée.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4.</source>
        <extracomment>%1 the chart&apos;s title, %2 and %3 its first and last day, %4 what it shows.</extracomment>
        <translation>%1, du %2 au %3&#xa0;: %4.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 a chart&apos;s title, %2 its rows (&quot;Windows · 51.9 %, macOS · 30.1 %&quot;).</extracomment>
        <translation>%1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>%1, so far (the day is not over)</source>
        <translation>%1, jusqu&apos;à présent (la journée n&apos;est pas terminée)</translation>
    </message>
</context>
<context>
    <name>CodeNames</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a language and the country it is spoken in</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>a name and its code: Germany (DE)</comment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Check and connect</source>
        <translation>Vérifier et connecter</translation>
    </message>
    <message>
        <source>Connect to your analytics</source>
        <translation>Connexion à vos statistiques</translation>
    </message>
    <message>
        <source>API token (kept in the system keychain)</source>
        <translation>Jeton d&apos;API (conservé dans le trousseau système)</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID de l&apos;app</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>Nom affiché (facultatif)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>No token for %1 is stored in the system keychain. Enter it to open app “%2”.</source>
        <translation>Aucun jeton pour %1 n&apos;est enregistré dans le trousseau système. Saisissez-le pour ouvrir l&apos;app «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1). Enter the token to open app “%2”.</source>
        <translation>Impossible de lire le trousseau système (%1). Saisissez le jeton pour ouvrir l&apos;app «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Serveur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Saisissez le jeton d&apos;API.</translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation>Saisissez l&apos;ID de l&apos;app.</translation>
    </message>
    <message>
        <source>The server rejected this token. Check it and try again.</source>
        <translation>Le serveur a refusé ce jeton. Vérifiez-le et réessayez.</translation>
    </message>
    <message>
        <source>The server does not know app “%1”.</source>
        <translation>Le serveur ne connaît pas l&apos;app «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Connexion impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connected, but the token could not be stored in a keychain (%1); it will not be remembered after this run.</source>
        <translation>Connecté, mais le jeton n&apos;a pas pu être enregistré dans un trousseau (%1)&#xa0;; il sera oublié après cette exécution.</translation>
    </message>
</context>
<context>
    <name>DashboardState</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
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
        <translation>Mois dernier</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personnalisée…</translation>
    </message>
</context>
<context>
    <name>DayLineChart</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Évolution&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DaySeriesModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: %1 is the number, already in the language&apos;s digits, decimal mark and sign. Write the percent sign as the language does (&quot;%1 %&quot; with a space, or &quot;%1%&quot;).</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>ErrorsPage</name>
    <message>
        <source>Errors per day</source>
        <translation>Erreurs par jour</translation>
    </message>
    <message>
        <source>Error totals</source>
        <translation>Totaux des erreurs</translation>
    </message>
    <message>
        <source>Errors over time</source>
        <translation>Erreurs dans le temps</translation>
    </message>
    <message>
        <source>Totals by error type</source>
        <translation>Totaux par type d&apos;erreur</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Other errors</source>
        <translation>Autres erreurs</translation>
    </message>
    <message>
        <source>No day stands out from this range&apos;s normal level.</source>
        <translation>Aucun jour ne se démarque du niveau habituel de la période.</translation>
    </message>
    <message>
        <source>Far above normal: %1</source>
        <translation>Nettement au-dessus de la normale&#xa0;: %1</translation>
    </message>
    <message>
        <source>No errors in this range.</source>
        <translation>Aucune erreur sur cette période.</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>(no type)</source>
        <translation>(sans type)</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(sans données)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events per day</source>
        <translation>Événements par jour</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valeurs</translation>
    </message>
    <message>
        <source>Event totals</source>
        <translation>Totaux des événements</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Events drawn as their own line; the rest are summed as &quot;Others&quot;</source>
        <translation>Événements tracés chacun avec sa propre courbe&#xa0;; les autres sont additionnés dans «&#xa0;Autres&#xa0;»</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Propriété&#xa0;:</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>Événements dans le temps</translation>
    </message>
    <message>
        <source>Totals — select an event to see its properties</source>
        <translation>Totaux — sélectionnez un événement pour voir ses propriétés</translation>
    </message>
    <message>
        <source>Event properties</source>
        <translation>Propriétés des événements</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Aucun événement sur cette période.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Événement&#xa0;: %1</translation>
    </message>
    <message>
        <source>No event properties in this range.</source>
        <translation>Aucune propriété d&apos;événement sur cette période.</translation>
    </message>
    <message>
        <source>“%1” carries no properties in this range.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a aucune propriété sur cette période.</translation>
    </message>
    <message>
        <source>Values of “%1”</source>
        <translation>Valeurs de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No values of “%1” in this range.</source>
        <translation>Aucune valeur de «&#xa0;%1&#xa0;» sur cette période.</translation>
    </message>
    <message>
        <source>Events drawn as their own line</source>
        <translation>Événements tracés sur leur propre ligne</translation>
    </message>
</context>
<context>
    <name>GuiCommandLine</name>
    <message>
        <source>Analytics of your desktop apps from the Nucleus Data API V1.
The API token comes from the system keychain (or NUCLEUS_TOKEN).
Commands (each has --help; their output is in English):
  login --server URL --app ID [--name NAME]   token from stdin, kept in the keychain
  logout --server URL
  export VIEW [ARGS]      a view as CSV or JSON
  delete-user USERID --yes
  alerts list | add RULE... | remove ID... | check   local alert rules (errors&gt;50/24h, errors&gt;3x, live&lt;5@10m, starts=0@6h)
  screenshot PAGE -o FILE.png</source>
        <translation>Statistiques de vos apps de bureau, issues de la Nucleus Data API V1.
Le jeton d&apos;API provient du trousseau système (ou de NUCLEUS_TOKEN).
Commandes (chacune accepte --help&#xa0;; leur sortie est en anglais)&#xa0;:
  login --server URL --app ID [--name NAME]   jeton lu sur stdin, conservé dans le trousseau
  logout --server URL
  export VIEW [ARGS]      une vue en CSV ou JSON
  delete-user USERID --yes
  alerts list | add RULE... | remove ID... | check   règles d&apos;alerte locales (errors&gt;50/24h, errors&gt;3x, live&lt;5@10m, starts=0@6h)
  screenshot PAGE -o FILE.png</translation>
    </message>
    <message>
        <source>Data API base URL (default %1).</source>
        <translation>URL de base de la Data API (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>App ID to show.</source>
        <translation>ID de l&apos;app à afficher.</translation>
    </message>
    <message>
        <source>Use the built-in demo data (a local demo server).</source>
        <translation>Utiliser les données de démo intégrées (un serveur de démo local).</translation>
    </message>
    <message>
        <source>Run without the answer cache: nothing kept on disk, nothing drawn from it.</source>
        <translation>Lancer sans le cache des réponses&#xa0;: rien n&apos;est conservé sur le disque ni lu depuis celui-ci.</translation>
    </message>
    <message>
        <source>With --demo: the demo server answers each request after MS milliseconds, as a slow network would.</source>
        <translation>Avec --demo&#xa0;: le serveur de démo répond à chaque requête après MS millisecondes, comme le ferait un réseau lent.</translation>
    </message>
    <message>
        <source>The window&apos;s language for this run: en, de, fr, es or ja (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Langue de la fenêtre pour cette exécution&#xa0;: en, de, fr, es ou ja (par défaut&#xa0;: celle choisie dans les Paramètres, sinon celle du système).</translation>
    </message>
    <message>
        <source>Local development: receive what your app&apos;s Nucleus SDK sends on 127.0.0.1:%1 and show it (--app names the app, default dev-app).</source>
        <translation>Développement local&#xa0;: reçoit ce que le SDK Nucleus de votre app envoie à 127.0.0.1:%1 et l’affiche (--app nomme l’app, dev-app par défaut).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>LiveEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source>keep </source>
        <translation>conserver </translation>
    </message>
    <message>
        <source> events</source>
        <translation> événements</translation>
    </message>
    <message>
        <source>Users online now</source>
        <translation>Utilisateurs en ligne maintenant</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Users online</source>
        <translation>Utilisateurs en ligne</translation>
    </message>
    <message>
        <source>Live events (newest first)</source>
        <translation>Événements en direct (plus récents d&apos;abord)</translation>
    </message>
    <message>
        <source>Nobody is using the app right now.</source>
        <translation>Personne n&apos;utilise l&apos;app en ce moment.</translation>
    </message>
    <message>
        <source>No events in the last minutes.</source>
        <translation>Aucun événement ces dernières minutes.</translation>
    </message>
    <message>
        <source>The live count</source>
        <translation>Le compteur en direct</translation>
    </message>
    <message>
        <source>The users online could not be loaded.</source>
        <translation>Impossible de charger les utilisateurs en ligne.</translation>
    </message>
    <message>
        <source>Live events could not be loaded.</source>
        <translation>Impossible de charger les événements en direct.</translation>
    </message>
    <message>
        <source>Live polling stopped: %1</source>
        <translation>Mise à jour en direct arrêtée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected. The count is from %1.</source>
        <translation>Arrêté&#xa0;: le jeton a été refusé. Compteur relevé à %1.</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected.</source>
        <translation>Arrêté&#xa0;: le jeton a été refusé.</translation>
    </message>
    <message>
        <source>Nothing loaded yet. %1 Retrying in %2 s.</source>
        <translation>Rien n&apos;est encore chargé. %1 Nouvel essai dans %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>Not current: the count is from %1 (%n min ago). %2 Retrying in %3 s.</source>
        <translation>
            <numerusform>Pas à jour&#xa0;: compteur relevé à %1 (il y a %n min). %2 Nouvel essai dans %3 s.</numerusform>
            <numerusform>Pas à jour&#xa0;: compteur relevé à %1 (il y a %n min). %2 Nouvel essai dans %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not current: the count is from %1. %2 Retrying in %3 s.</source>
        <translation>Pas à jour&#xa0;: compteur relevé à %1. %2 Nouvel essai dans %3 s.</translation>
    </message>
    <message>
        <source>Count updated %1; %2 could not be loaded. %3 Retrying in %4 s.</source>
        <translation>Compteur mis à jour à %1&#xa0;; impossible de charger %2. %3 Nouvel essai dans %4 s.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Mise à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Paused while not on screen. Updated %1.</source>
        <translation>En pause tant que la page n&apos;est pas affichée. Mise à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalle de mise à jour</translation>
    </message>
    <message>
        <source>Events kept in the list</source>
        <translation>Événements conservés dans la liste</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Pas encore mis à jour</translation>
    </message>
    <message>
        <source>Paused while not on screen. Not updated yet.</source>
        <translation>En pause tant que la page n’est pas affichée. Pas encore mis à jour.</translation>
    </message>
</context>
<context>
    <name>LivePoller</name>
    <message>
        <source>users online count</source>
        <translation>le compteur d&apos;utilisateurs en ligne</translation>
    </message>
    <message>
        <source>users online</source>
        <translation>les utilisateurs en ligne</translation>
    </message>
    <message>
        <source>live events</source>
        <translation>les événements en direct</translation>
    </message>
</context>
<context>
    <name>LiveUsersModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>LocalDevPanel</name>
    <message>
        <source>Point your app&apos;s Nucleus SDK at this computer: what it sends shows up here, on every page, and stays between runs. Nothing goes to Nucleus&apos; servers.</source>
        <translation>Pointez le SDK Nucleus de votre app vers cet ordinateur&#xa0;: ce qu’il envoie s’affiche ici, sur chaque page, et reste d’une exécution à l’autre. Rien ne part vers les serveurs de Nucleus.</translation>
    </message>
    <message>
        <source>WebSocket address</source>
        <translation>Adresse WebSocket</translation>
    </message>
    <message>
        <source>HTTP address</source>
        <translation>Adresse HTTP</translation>
    </message>
    <message>
        <source>A test session with curl</source>
        <translation>Une session de test avec curl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
    <message>
        <source>WebSocket (SDK endpoint):</source>
        <translation>WebSocket (point d’accès du SDK)&#xa0;:</translation>
    </message>
    <message>
        <source>HTTP (POST):</source>
        <translation>HTTP (POST)&#xa0;:</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Essayer&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>%1 %2
Analytics of your desktop apps from the Nucleus Data API.</source>
        <translation>%1 %2
Statistiques de vos apps de bureau, issues de la Nucleus Data API.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>Live count in the system &amp;tray</source>
        <translation>Compteur en direct dans la zone de &amp;notification</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>&amp;Rester dans la zone de notification après fermeture</translation>
    </message>
    <message>
        <source>Alerts are checked while the window is closed</source>
        <translation>Les alertes sont vérifiées pendant que la fenêtre est fermée</translation>
    </message>
    <message>
        <source>%1 · app %2</source>
        <translation>%1 · app %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Still running in the tray, checking your alerts. Open or quit from its menu.</source>
        <translation>Toujours actif dans la zone de notification pour vérifier vos alertes. Ouvrez ou quittez depuis son menu.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Reload every page (Ctrl+R)</source>
        <translation>Recharger toutes les pages (Ctrl+R)</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App&#xa0;:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>The new token works, but the keychain did not keep it (%1): it is asked for again next time.</source>
        <translation>Le nouveau jeton fonctionne, mais le trousseau ne l&apos;a pas conservé (%1)&#xa0;: il sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>mis à jour à %1</translation>
    </message>
    <message>
        <source>offline · as of %1</source>
        <translation>hors ligne · données de %1</translation>
    </message>
    <message>
        <source>some data could not be loaded</source>
        <translation>certaines données n&apos;ont pas pu être chargées</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
</context>
<context>
    <name>MetricChange</name>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Daily usage (app starts)</source>
        <translation>Utilisation quotidienne (lancements)</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Nouveaux utilisateurs</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>Average session duration</source>
        <translation>Durée moyenne des sessions</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>RAM (GB)</source>
        <translation>RAM (Go)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Utilisation</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Aucune donnée sur cette période.</translation>
    </message>
    <message>
        <source>previous period as of %1</source>
        <translation>période précédente&#xa0;: données de %1</translation>
    </message>
    <message>
        <source>The previous period</source>
        <translation>La période précédente</translation>
    </message>
    <message>
        <source>Returning users</source>
        <translation>Utilisateurs récurrents</translation>
    </message>
    <message>
        <source>Avg session</source>
        <translation>Session moy.</translation>
    </message>
    <message>
        <source>Usage, previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>New users, previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>Active users, previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>No app starts in this range.</source>
        <translation>Aucun lancement sur cette période.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this range: %1 · %2 · %3 · %4</source>
        <translation>Sur la période&#xa0;: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 utilisateurs</translation>
    </message>
    <message>
        <source>%1 installs</source>
        <translation>%1 installations</translation>
    </message>
    <message>
        <source>%1 app starts</source>
        <translation>%1 lancements</translation>
    </message>
    <message>
        <source>average session %1</source>
        <translation>session moyenne&#xa0;: %1</translation>
    </message>
    <message>
        <source> · %1 is not over: its values (●) are so far</source>
        <translation> · le %1 n&apos;est pas terminé&#xa0;: ses valeurs (●) sont provisoires</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>This range&apos;s figures</source>
        <translation>Les chiffres de cette période</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>Rien n&apos;est encore chargé.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>données de %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;export</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Enregistrer en PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Enregistrer le graphique</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exporter les données en CSV…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Jeton refusé</translation>
    </message>
    <message>
        <source>%1 rejected the API token. Paste a valid token (it is kept in the system keychain):</source>
        <translation>%1 a refusé le jeton d&apos;API. Collez un jeton valide (il sera conservé dans le trousseau système)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuickGlance</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installations</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>Lancements</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>QuickGlanceCard</name>
    <message>
        <source> · last 24 h</source>
        <translation> · dernières 24&#xa0;h</translation>
    </message>
    <message>
        <source>%1 vs previous 24 h</source>
        <translation>%1 vs 24&#xa0;h précédentes</translation>
    </message>
    <message>
        <source>%1: %2 in the last 24 h, %3 in the 24 h before</source>
        <translation>%1&#xa0;: %2 sur les dernières 24&#xa0;h, %3 sur les 24&#xa0;h précédentes</translation>
    </message>
</context>
<context>
    <name>QuickGlancePanel</name>
    <message>
        <source>Last 24 hours, against the 24 hours before</source>
        <translation>Dernières 24&#xa0;heures, par rapport aux 24&#xa0;heures précédentes</translation>
    </message>
    <message>
        <source>Quick glance could not be loaded: %1</source>
        <translation>Impossible de charger l&apos;aperçu rapide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>RangeBox</name>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>The days every chart and table shows, in the window&apos;s time zone</source>
        <translation>Les jours affichés par chaque graphique et tableau, dans le fuseau horaire de la fenêtre</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SeriesTotalsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Jour de pointe</translation>
    </message>
    <message>
        <source>On that day</source>
        <translation>Ce jour-là</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>No accounts saved yet. “Add account…” connects to a Nucleus server; the token goes to the system keychain, never to a file.</source>
        <translation>Aucun compte enregistré pour l&apos;instant. «&#xa0;Ajouter un compte…&#xa0;» vous connecte à un serveur Nucleus&#xa0;; le jeton va dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Show this account&apos;s first app in the window (or double-click it)</source>
        <translation>Afficher la première app de ce compte dans la fenêtre (ou double-cliquez sur le compte)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Ajouter un compte…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Replace the token or rename an app; checked before saving</source>
        <translation>Remplacer le jeton ou renommer une app&#xa0;; vérifié avant l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Add app…</source>
        <translation>Ajouter une app…</translation>
    </message>
    <message>
        <source>Remove app…</source>
        <translation>Retirer une app…</translation>
    </message>
    <message>
        <source>Stop offering an app of this account; its data stays on the server</source>
        <translation>Ne plus proposer une app de ce compte&#xa0;; ses données restent sur le serveur</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>Retirer le compte…</translation>
    </message>
    <message>
        <source>The new language is shown when Nucleus Dashboard starts again.</source>
        <translation>La nouvelle langue s&apos;affichera au prochain démarrage de Nucleus Dashboard.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>A bigger answer is stopped and said to be too large, so that no server can take this computer&apos;s memory</source>
        <translation>Une réponse plus grande est arrêtée et signalée comme trop volumineuse, pour qu&apos;aucun serveur ne puisse accaparer la mémoire de cet ordinateur</translation>
    </message>
    <message>
        <source>Time zone (also in the toolbar)</source>
        <translation>Fuseau horaire (aussi dans la barre d&apos;outils)</translation>
    </message>
    <message>
        <source>Appearance (also in View)</source>
        <translation>Apparence (aussi dans Affichage)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Live poll interval</source>
        <translation>Intervalle de mise à jour en direct</translation>
    </message>
    <message>
        <source>Request timeout (no progress)</source>
        <translation>Délai d&apos;expiration des requêtes (sans progression)</translation>
    </message>
    <message>
        <source>Largest answer read</source>
        <translation>Taille maximale d&apos;une réponse</translation>
    </message>
    <message>
        <source>Answer cache size limit</source>
        <translation>Taille maximale du cache des réponses</translation>
    </message>
    <message>
        <source>Accounts — tokens are kept in the system keychain</source>
        <translation>Comptes — les jetons sont conservés dans le trousseau système</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Alerts — checked every live poll interval</source>
        <translation>Alertes — vérifiées à chaque mise à jour en direct</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>Ajouter une app</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>ID de l&apos;app&#xa0;:</translation>
    </message>
    <message>
        <source>Display name (optional):</source>
        <translation>Nom affiché (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Remove the account of %1?

Its token is deleted from the system keychain.</source>
        <translation>Retirer le compte de %1&#xa0;?

Son jeton sera supprimé du trousseau système.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Impossible de supprimer le jeton&#xa0;: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>Retirer l&apos;app</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App&#xa0;:</translation>
    </message>
    <message>
        <source>Stop offering %1 of %2?

Its data on the server is not touched, and the account and its token stay; you can add the app again.</source>
        <translation>Ne plus proposer %1 de %2&#xa0;?

Ses données sur le serveur ne sont pas modifiées, et le compte et son jeton sont conservés&#xa0;; vous pourrez ajouter l&apos;app à nouveau.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Local development — events your app sends</source>
        <translation>Développement local — les événements envoyés par votre app</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>waiting for the first count</source>
        <translation>en attente du premier relevé</translation>
    </message>
    <message>
        <source>more points after the next poll</source>
        <translation>d&apos;autres points après la prochaine mise à jour</translation>
    </message>
</context>
<context>
    <name>StackedDayChart</name>
    <message>
        <source>Spike</source>
        <translation>Pic</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
    <message>
        <source>Far above this range&apos;s normal level</source>
        <translation>Nettement au-dessus du niveau habituel de la période</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) far above the range&apos;s normal level</source>
        <translation>
            <numerusform>%n jour très au-dessus du niveau habituel de la période</numerusform>
            <numerusform>%n jours très au-dessus du niveau habituel de la période</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayCounter</name>
    <message>
        <source>Last alert: %1</source>
        <translation>Dernière alerte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — live count: %1</source>
        <translation>Nucleus Dashboard — en direct&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — %1 users online</source>
        <translation>Nucleus Dashboard — %1 utilisateurs en ligne</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>not a valid server address</source>
        <translation>adresse de serveur non valide</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>l’adresse ne doit contenir ni nom d’utilisateur ni mot de passe</translation>
    </message>
    <message>
        <source>plain http:// is only allowed for this computer; use https://</source>
        <translation>http:// en clair n’est autorisé que pour cet ordinateur&#xa0;; utilisez https://</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;</source>
        <translation>schéma «&#xa0;%1&#xa0;» non pris en charge</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plateformes</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Locale</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Copy ID</source>
        <translation>Copier l&apos;ID</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Supprimer l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Précédent</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Suivant ▶</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>The API lists every user of the app: the date range does not apply</source>
        <translation>L&apos;API liste tous les utilisateurs de l&apos;app&#xa0;: la période ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Version de l&apos;OS</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Version de l&apos;app</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Sessions (newest first) — select one to see its events</source>
        <translation>Sessions (plus récentes d&apos;abord) — sélectionnez-en une pour voir ses événements</translation>
    </message>
    <message>
        <source>Session events</source>
        <translation>Événements de la session</translation>
    </message>
    <message>
        <source>Copied user ID “%1”</source>
        <translation>ID d&apos;utilisateur «&#xa0;%1&#xa0;» copié</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Précédent (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Suivant (%1)</translation>
    </message>
    <message>
        <source>All users · %1</source>
        <translation>Tous les utilisateurs · %1</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 sur %2 utilisateurs</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Aucun utilisateur ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>This app has no users yet.</source>
        <translation>Cette app n&apos;a encore aucun utilisateur.</translation>
    </message>
    <message>
        <source>Select a session to see its events.</source>
        <translation>Sélectionnez une session pour voir ses événements.</translation>
    </message>
    <message>
        <source>The session&apos;s events</source>
        <translation>Les événements de la session</translation>
    </message>
    <message>
        <source>This session has no events.</source>
        <translation>Cette session n&apos;a aucun événement.</translation>
    </message>
    <message>
        <source>User “%1” no longer exists.</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>L&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sessions could not be loaded.</source>
        <translation>Impossible de charger les sessions.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>Created %1 · last seen %2
%3</source>
        <translation>Création&#xa0;: %1 · dernière activité&#xa0;: %2
%3</translation>
    </message>
    <message>
        <source>No properties.</source>
        <translation>Aucune propriété.</translation>
    </message>
    <message>
        <source>No sessions recorded for this user.</source>
        <translation>Aucune session enregistrée pour cet utilisateur.</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Aucun utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Select a user to see their devices and sessions.</source>
        <translation>Sélectionnez un utilisateur pour voir ses appareils et ses sessions.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete user “%1” and all of their data?

This is permanent: the server deletes the user&apos;s sessions and events, and it cannot be undone.</source>
        <translation>Supprimer l&apos;utilisateur «&#xa0;%1&#xa0;» et toutes ses données&#xa0;?

Cette suppression est définitive&#xa0;: le serveur efface les sessions et les événements de l&apos;utilisateur, sans retour possible.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>It is not known whether user “%1” was deleted: %2 Reload to see.</source>
        <translation>Impossible de savoir si l&apos;utilisateur «&#xa0;%1&#xa0;» a été supprimé&#xa0;: %2 Rechargez pour le vérifier.</translation>
    </message>
    <message>
        <source>User “%1” was not deleted: %2</source>
        <translation>L&apos;utilisateur «&#xa0;%1&#xa0;» n&apos;a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted user “%1”</source>
        <translation>Utilisateur «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <source>Search user id, country, platform or language</source>
        <translation>Rechercher un ID d’utilisateur, un pays, une plateforme ou une langue</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Explore the demo</source>
        <translation>Explorer la démo</translation>
    </message>
    <message>
        <source>Connect your app…</source>
        <translation>Connecter votre app…</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>See the usage, events, errors, users and live activity of your desktop apps from the Nucleus Data API, right here.

Try it on built-in demo data first (nothing is sent anywhere), or connect your own app: you need the server address, the app&apos;s ID and an API token. The token is kept in the system keychain, never in a file.</source>
        <translation>Consultez ici l&apos;utilisation, les événements, les erreurs, les utilisateurs et l&apos;activité en direct de vos apps de bureau, grâce à la Nucleus Data API.

Essayez d&apos;abord avec les données de démo intégrées (rien n&apos;est envoyé nulle part), ou connectez votre propre app&#xa0;: il vous faut l&apos;adresse du serveur, l&apos;ID de l&apos;app et un jeton d&apos;API. Le jeton est conservé dans le trousseau système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Your app&apos;s ID and API token are in your account at &lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt;.</source>
        <translation>L&apos;ID de votre app et votre jeton d&apos;API se trouvent dans votre compte sur &lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Opens the dashboard on synthetic data served on this computer</source>
        <translation>Ouvre le tableau de bord avec des données fictives servies par cet ordinateur</translation>
    </message>
    <message>
        <source>Server, app ID and API token; checked before anything is saved</source>
        <translation>Serveur, ID de l&apos;app et jeton d&apos;API&#xa0;; vérifiés avant tout enregistrement</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>The time zone of every day, date and time the window shows</source>
        <translation>Le fuseau horaire de tous les jours, dates et heures affichés dans la fenêtre</translation>
    </message>
</context>
</TS>
