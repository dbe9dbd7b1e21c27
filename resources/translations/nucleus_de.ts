<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountClients</name>
    <message>
        <source>The account was closed.</source>
        <translation>Das Konto wurde geschlossen.</translation>
    </message>
    <message>
        <source>The demo is not running.</source>
        <translation>Die Demo läuft nicht.</translation>
    </message>
    <message>
        <source>No token is stored for %1.</source>
        <translation>Für %1 ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <source>The demo could not be started: %1</source>
        <translation>Die Demo konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo app</source>
        <translation>Demo-App</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>The local development server could not start: %1</source>
        <translation>Der lokale Entwicklungsserver konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>Local development</source>
        <translation>Lokale Entwicklung</translation>
    </message>
</context>
<context>
    <name>AlertChecker</name>
    <message>
        <source>The account was closed during the check.</source>
        <translation>Das Konto wurde während der Prüfung geschlossen.</translation>
    </message>
    <message>
        <source>The server sent no live count.</source>
        <translation>Der Server hat keine Live-Anzahl gesendet.</translation>
    </message>
    <message>
        <source>The server sent no error count.</source>
        <translation>Der Server hat keine Fehleranzahl gesendet.</translation>
    </message>
    <message>
        <source>The server&apos;s answer leaves out some hours of the rule&apos;s window (%1), so the app starts cannot be counted.</source>
        <translation>In der Antwort des Servers fehlen einige Stunden im Zeitfenster der Regel (%1), daher lassen sich die App-Starts nicht zählen.</translation>
    </message>
</context>
<context>
    <name>AlertMonitor</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alarm: %1</translation>
    </message>
    <message>
        <source>%1 — now %2</source>
        <translation>%1 — jetzt %2</translation>
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
        <translation>errors&gt;50/24h  mehr als 50 Fehler in den letzten 24&#xa0;h
errors&gt;3x      mehr als 3 × so viele Fehler in 24&#xa0;h wie in den 24&#xa0;h davor
live&lt;5@10m     weniger als 5 Nutzer live, 10 Minuten lang (ohne @: 5 Minuten)
live&gt;200@5m    mehr als 200 Nutzer live, 5 Minuten lang
starts=0@6h    kein App-Start seit 6 Stunden</translation>
    </message>
    <message>
        <source>No rule given. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>Keine Regel angegeben. Schreiben Sie z. B. errors&gt;50/24h, errors&gt;3x, live&lt;5@10m oder starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1” is not a rule. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>„%1“ ist keine Regel. Schreiben Sie z. B. errors&gt;50/24h, errors&gt;3x, live&lt;5@10m oder starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1” has no threshold: give a number after %2.</source>
        <translation>„%1“ hat keinen Schwellenwert: Geben Sie nach %2 eine Zahl an.</translation>
    </message>
    <message>
        <source>“%1”: the threshold must be a number, 0 or more (not “%2”).</source>
        <translation>„%1“: Der Schwellenwert muss eine Zahl ab 0 sein (nicht „%2“).</translation>
    </message>
    <message>
        <source>“%1”: an errors rule is errors&gt;N (in 24 h) or errors&gt;Kx (K × the 24 h before).</source>
        <translation>„%1“: Eine errors-Regel lautet errors&gt;N (in 24&#xa0;h) oder errors&gt;Kx (K × so viele wie in den 24&#xa0;h davor).</translation>
    </message>
    <message>
        <source>“%1”: use errors&gt;N/24h or errors&gt;Kx, not both.</source>
        <translation>„%1“: Verwenden Sie errors&gt;N/24h oder errors&gt;Kx, nicht beides.</translation>
    </message>
    <message>
        <source>“%1”: the factor must be more than 0.</source>
        <translation>„%1“: Der Faktor muss größer als 0 sein.</translation>
    </message>
    <message>
        <source>“%1”: “x” and “/24h” belong to errors rules.</source>
        <translation>„%1“: „x“ und „/24h“ gibt es nur in errors-Regeln.</translation>
    </message>
    <message>
        <source>“%1”: a live rule is live&lt;N or live&gt;N.</source>
        <translation>„%1“: Eine live-Regel lautet live&lt;N oder live&gt;N.</translation>
    </message>
    <message>
        <source>“%1”: fewer than 0 users can never be live; give a number above 0.</source>
        <translation>„%1“: Weniger als 0 Nutzer können nie live sein; geben Sie eine Zahl über 0 an.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 10m or 2h).</source>
        <translation>„%1“: „%2“ ist keine Dauer von 1m bis 7 Tage (z. B. 10m oder 2h).</translation>
    </message>
    <message>
        <source>“%1”: a starts rule is starts=0@DURATION (no app start for that long).</source>
        <translation>„%1“: Eine starts-Regel lautet starts=0@DAUER (so lange kein App-Start).</translation>
    </message>
    <message>
        <source>“%1”: say for how long, e.g. starts=0@6h.</source>
        <translation>„%1“: Geben Sie an, wie lange, z. B. starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 30m or 6h).</source>
        <translation>„%1“: „%2“ ist keine Dauer von 1m bis 7 Tage (z. B. 30m oder 6h).</translation>
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
        <translation>Mehr als %1 Fehler in 24&#xa0;h</translation>
    </message>
    <message>
        <source>Errors in 24 h above %1 × the 24 h before</source>
        <translation>Mehr als %1 × so viele Fehler in 24&#xa0;h wie in den 24&#xa0;h davor</translation>
    </message>
    <message>
        <source>Fewer than %1 users live for %2</source>
        <translation>Weniger als %1 Nutzer live, %2 lang</translation>
    </message>
    <message>
        <source>More than %1 users live for %2</source>
        <translation>Mehr als %1 Nutzer live, %2 lang</translation>
    </message>
    <message>
        <source>No app start for %1</source>
        <translation>Kein App-Start seit %1</translation>
    </message>
    <message>
        <source>%1 errors in 24 h</source>
        <translation>%1 Fehler in 24&#xa0;h</translation>
    </message>
    <message>
        <source>%1 live</source>
        <translation>%1 live</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <extracomment>%2 the rule&apos;s window as written in the rule (&quot;6h&quot;, &quot;30m&quot;).</extracomment>
        <translation>%1 Starts in %2</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>Alarmregel</translation>
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
        <translation>Regel</translation>
    </message>
    <message>
        <source>Connect an app first: rules belong to an app.</source>
        <translation>Verbinden Sie zuerst eine App: Regeln gehören zu einer App.</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>Keep running in the tray when the window is closed, checking the alerts</source>
        <translation>Nach dem Schließen des Fensters im Infobereich weiterlaufen und die Alarme prüfen</translation>
    </message>
    <message>
        <source>No alert rules yet. “Add rule…” watches an app for you: its errors, live users or app starts.</source>
        <translation>Noch keine Alarmregeln. Mit „Regel hinzufügen…“ überwachen Sie eine App: ihre Fehler, Live-Nutzer oder App-Starts.</translation>
    </message>
    <message>
        <source>No alert has fired yet.</source>
        <translation>Bisher wurde kein Alarm ausgelöst.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Alarmregeln</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Regel hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Jetzt prüfen</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Verlauf leeren</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich</translation>
    </message>
    <message>
        <source>Alert history (newest first)</source>
        <translation>Alarmverlauf (neueste zuerst)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked while on</source>
        <translation>Wird geprüft, solange aktiv</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>%1 — showing data as of %2</source>
        <translation>%1 — es werden Daten mit Stand %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 — nothing could be loaded</source>
        <translation>%1 — es konnte nichts geladen werden</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 — Laden fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 could not be loaded.</source>
        <translation>%1 — Laden fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server address must use https:// (plain http:// is only allowed for this computer).</source>
        <translation>Die Serveradresse muss https:// verwenden (einfaches http:// ist nur für diesen Computer erlaubt).</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>Der Server ist nicht erreichbar. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (certificate or TLS error).</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen (Zertifikats- oder TLS-Fehler).</translation>
    </message>
    <message>
        <source>The server redirected to another address; the request was stopped so that your token is not sent there.</source>
        <translation>Der Server hat auf eine andere Adresse umgeleitet; die Anfrage wurde abgebrochen, damit Ihr Token nicht dorthin gesendet wird.</translation>
    </message>
    <message>
        <source>The server kept redirecting the request (a redirect loop); it was stopped.</source>
        <translation>Der Server hat die Anfrage immer wieder umgeleitet (Umleitungsschleife); sie wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server redirected to an address that cannot be followed.</source>
        <translation>Der Server hat auf eine Adresse umgeleitet, der nicht gefolgt werden kann.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Try again.</source>
        <translation>Die Antwort des Servers brach ab, bevor sie vollständig war. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was compressed in a way that could not be undone.</source>
        <translation>Die Antwort des Servers war so komprimiert, dass sie sich nicht entpacken ließ.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server geantwortet hat.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to read (over the limit of %1 MB; raise it in Settings or with --max-body); it was stopped.</source>
        <translation>Die Antwort des Servers ist zu groß zum Lesen (über dem Limit von %1 MB; erhöhen Sie es in den Einstellungen oder mit --max-body); sie wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server rejected the API token. Enter a valid token.</source>
        <translation>Der Server hat das API-Token abgelehnt. Geben Sie ein gültiges Token ein.</translation>
    </message>
    <message>
        <source>This token is not allowed to read this app.</source>
        <translation>Dieses Token darf diese App nicht lesen.</translation>
    </message>
    <message>
        <source>Not found: the app or user does not exist (or no longer exists).</source>
        <translation>Nicht gefunden: Die App oder der Nutzer existiert nicht (oder nicht mehr).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunde zu warten.</numerusform>
            <numerusform>Zu viele Anfragen; der Server bittet, %n Sekunden zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>Zu viele Anfragen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>Auf dem Server ist ein interner Fehler aufgetreten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>Der Server hat die Anfrage abgelehnt.</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read.</source>
        <translation>Der Server hat Daten gesendet, die diese Version nicht lesen kann.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Nothing is kept for this request: the answer cache holds what the window has shown (same app, range and time zone). Run it without --cached.</source>
        <translation>Für diese Anfrage ist nichts gespeichert: Der Antwort-Cache enthält, was das Fenster angezeigt hat (gleiche App, gleicher Zeitraum, gleiche Zeitzone). Führen Sie den Befehl ohne --cached aus.</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Server nicht erreichbar</translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation>Der Server antwortet nicht</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused</source>
        <translation>Das Zertifikat des Servers wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server redirects in a loop</source>
        <translation>Der Server leitet im Kreis um</translation>
    </message>
    <message>
        <source>The server&apos;s answers break off</source>
        <translation>Die Antworten des Servers brechen ab</translation>
    </message>
    <message>
        <source>The server closes connections without answering</source>
        <translation>Der Server schließt Verbindungen, ohne zu antworten</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>Das Token wurde abgelehnt</translation>
    </message>
    <message>
        <source>The server asks to slow down (HTTP 429)</source>
        <translation>Der Server bittet um weniger Anfragen (HTTP 429)</translation>
    </message>
    <message>
        <source>The server is failing (HTTP %1)</source>
        <translation>Der Server meldet Fehler (HTTP %1)</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read</source>
        <translation>Der Server sendet Daten, die diese Version nicht lesen kann</translation>
    </message>
</context>
<context>
    <name>AppSwitcher</name>
    <message>
        <source>App — the apps of every saved account, and the demo</source>
        <translation>App — die Apps aller gespeicherten Konten und die Demo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Demo app (built in)</source>
        <translation>Demo-App (integriert)</translation>
    </message>
</context>
<context>
    <name>AppTile</name>
    <message>
        <source>Open %1 (%2 on %3)</source>
        <translation>%1 öffnen (%2 auf %3)</translation>
    </message>
    <message>
        <source>App %1 on %2</source>
        <translation>App %1 auf %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>App-Starts</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>Jetzt live</translation>
    </message>
    <message>
        <source>last 24 h, change vs the 24 h before</source>
        <translation>letzte 24&#xa0;h, Änderung ggü. den 24&#xa0;h davor</translation>
    </message>
    <message>
        <source>App starts a day, last 30 days</source>
        <translation>App-Starts pro Tag, letzte 30 Tage</translation>
    </message>
    <message>
        <source>%1 app starts in 30 days</source>
        <translation>%1 App-Starts in 30 Tagen</translation>
    </message>
    <message>
        <source>30-day usage could not be loaded</source>
        <translation>Die Nutzung der letzten 30 Tage konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation>Daten von %1</translation>
    </message>
    <message>
        <source>%1: %2 users (%3), %4 app starts (%5), %6 errors (%7), %8 live</source>
        <translation>%1: %2 Nutzer (%3), %4 App-Starts (%5), %6 Fehler (%7), %8 live</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie im System</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Every saved app of every account: the last 24 h against the 24 h before. Click an app to open it.</source>
        <translation>Alle gespeicherten Apps aller Konten: die letzten 24&#xa0;h im Vergleich zu den 24&#xa0;h davor. Klicken Sie auf eine App, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>No apps yet. Add one in Settings (Add account…), or explore the demo: its apps appear here.</source>
        <translation>Noch keine Apps. Fügen Sie eine in den Einstellungen hinzu (Konto hinzufügen…) oder probieren Sie die Demo aus: Ihre Apps erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>CacheSettings</name>
    <message>
        <source>Empty…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The last answers are kept on this computer so the window opens at once and offline; the oldest go first when the limit is reached.</source>
        <translation>Die letzten Antworten werden auf diesem Computer gespeichert, damit das Fenster sofort und auch offline öffnet; ist das Limit erreicht, fallen die ältesten zuerst weg.</translation>
    </message>
    <message>
        <source>Forget every kept answer (the server&apos;s data is not touched)</source>
        <translation>Alle gespeicherten Antworten verwerfen (die Daten auf dem Server bleiben unberührt)</translation>
    </message>
    <message>
        <source>Empty the answer cache</source>
        <translation>Antwort-Cache leeren</translation>
    </message>
    <message>
        <source>Forget every answer kept on this computer? The window then waits for the server, and shows nothing offline until it has answered again.</source>
        <translation>Alle auf diesem Computer gespeicherten Antworten verwerfen? Das Fenster wartet dann auf den Server und zeigt offline nichts an, bis er wieder geantwortet hat.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>off for this run (--no-cache)</source>
        <translation>für diesen Programmlauf aus (--no-cache)</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 belegt</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>steigend</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>fallend</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>gleichbleibend</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day</source>
        <translation>%1 %2 bis %3 pro Tag</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day, %4</source>
        <extracomment>%1 a series (&quot;App starts&quot;), %2 and %3 its lowest and highest value of a day, %4 rising, falling or steady.</extracomment>
        <translation>%1 %2 bis %3 pro Tag, %4</translation>
    </message>
    <message>
        <source>%1: no data.</source>
        <translation>%1: keine Daten.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4.</source>
        <extracomment>%1 the chart&apos;s title, %2 and %3 its first and last day, %4 what it shows.</extracomment>
        <translation>%1, %2 bis %3: %4.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 a chart&apos;s title, %2 its rows (&quot;Windows · 51.9 %, macOS · 30.1 %&quot;).</extracomment>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>%1, so far (the day is not over)</source>
        <translation>%1, bisher (der Tag ist noch nicht vorbei)</translation>
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
        <translation>Prüfen und verbinden</translation>
    </message>
    <message>
        <source>Connect to your analytics</source>
        <translation>Mit Ihren Analysedaten verbinden</translation>
    </message>
    <message>
        <source>API token (kept in the system keychain)</source>
        <translation>API-Token (im Schlüsselbund des Systems gespeichert)</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>App-ID</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>Anzeigename (optional)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>No token for %1 is stored in the system keychain. Enter it to open app “%2”.</source>
        <translation>Im Schlüsselbund des Systems ist kein Token für %1 gespeichert. Geben Sie es ein, um die App „%2“ zu öffnen.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1). Enter the token to open app “%2”.</source>
        <translation>Der Schlüsselbund des Systems konnte nicht gelesen werden (%1). Geben Sie das Token ein, um die App „%2“ zu öffnen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Server: %1.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Geben Sie das API-Token ein.</translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation>Geben Sie die App-ID ein.</translation>
    </message>
    <message>
        <source>The server rejected this token. Check it and try again.</source>
        <translation>Der Server hat dieses Token abgelehnt. Prüfen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server does not know app “%1”.</source>
        <translation>Der Server kennt die App „%1“ nicht.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Connected, but the token could not be stored in a keychain (%1); it will not be remembered after this run.</source>
        <translation>Verbunden, aber das Token konnte in keinem Schlüsselbund gespeichert werden (%1); beim Beenden des Programms geht es verloren.</translation>
    </message>
</context>
<context>
    <name>DashboardState</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
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
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
</context>
<context>
    <name>DayLineChart</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Änderung: %1</translation>
    </message>
</context>
<context>
    <name>DaySeriesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: %1 is the number, already in the language&apos;s digits, decimal mark and sign. Write the percent sign as the language does (&quot;%1 %&quot; with a space, or &quot;%1%&quot;).</extracomment>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ErrorsPage</name>
    <message>
        <source>Errors per day</source>
        <translation>Fehler pro Tag</translation>
    </message>
    <message>
        <source>Error totals</source>
        <translation>Fehlersummen</translation>
    </message>
    <message>
        <source>Errors over time</source>
        <translation>Fehler im Zeitverlauf</translation>
    </message>
    <message>
        <source>Totals by error type</source>
        <translation>Summen nach Fehlertyp</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Other errors</source>
        <translation>Sonstige Fehler</translation>
    </message>
    <message>
        <source>No day stands out from this range&apos;s normal level.</source>
        <translation>Kein Tag hebt sich vom üblichen Niveau dieses Zeitraums ab.</translation>
    </message>
    <message>
        <source>Far above normal: %1</source>
        <translation>Weit über dem Üblichen: %1</translation>
    </message>
    <message>
        <source>No errors in this range.</source>
        <translation>Keine Fehler in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>(no type)</source>
        <translation>(kein Typ)</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(keine Daten)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>Event totals</source>
        <translation>Ereignissummen</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Events drawn as their own line; the rest are summed as &quot;Others&quot;</source>
        <translation>Ereignisse mit eigener Linie; der Rest wird als „Sonstige“ zusammengefasst</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Eigenschaft:</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>Ereignisse im Zeitverlauf</translation>
    </message>
    <message>
        <source>Totals — select an event to see its properties</source>
        <translation>Summen — Ereignis auswählen, um seine Eigenschaften zu sehen</translation>
    </message>
    <message>
        <source>Event properties</source>
        <translation>Ereigniseigenschaften</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Keine Ereignisse in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>No event properties in this range.</source>
        <translation>Keine Ereigniseigenschaften in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>“%1” carries no properties in this range.</source>
        <translation>„%1“ hat in diesem Zeitraum keine Eigenschaften.</translation>
    </message>
    <message>
        <source>Values of “%1”</source>
        <translation>Werte von „%1“</translation>
    </message>
    <message>
        <source>No values of “%1” in this range.</source>
        <translation>Keine Werte von „%1“ in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Events drawn as their own line</source>
        <translation>Ereignisse mit eigener Linie</translation>
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
        <translation>Analysedaten Ihrer Desktop-Apps aus der Nucleus Data API V1.
Das API-Token stammt aus dem Schlüsselbund des Systems (oder aus NUCLEUS_TOKEN).
Befehle (jeder hat --help; ihre Ausgabe ist auf Englisch):
  login --server URL --app ID [--name NAME]   Token von stdin, im Schlüsselbund gespeichert
  logout --server URL
  export VIEW [ARGS]      eine Ansicht als CSV oder JSON
  delete-user USERID --yes
  alerts list | add RULE... | remove ID... | check   lokale Alarmregeln (errors&gt;50/24h, errors&gt;3x, live&lt;5@10m, starts=0@6h)
  screenshot PAGE -o FILE.png</translation>
    </message>
    <message>
        <source>Data API base URL (default %1).</source>
        <translation>Basis-URL der Data API (Standard: %1).</translation>
    </message>
    <message>
        <source>App ID to show.</source>
        <translation>Anzuzeigende App-ID.</translation>
    </message>
    <message>
        <source>Use the built-in demo data (a local demo server).</source>
        <translation>Die integrierten Demodaten verwenden (ein lokaler Demo-Server).</translation>
    </message>
    <message>
        <source>Run without the answer cache: nothing kept on disk, nothing drawn from it.</source>
        <translation>Ohne Antwort-Cache ausführen: Nichts wird auf dem Datenträger gespeichert, nichts daraus gelesen.</translation>
    </message>
    <message>
        <source>With --demo: the demo server answers each request after MS milliseconds, as a slow network would.</source>
        <translation>Mit --demo: Der Demo-Server beantwortet jede Anfrage erst nach MS Millisekunden, wie ein langsames Netzwerk.</translation>
    </message>
    <message>
        <source>The window&apos;s language for this run: en, de, fr, es or ja (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>Sprache des Fensters für diesen Programmlauf: en, de, fr, es oder ja (Standard: die in den Einstellungen gewählte, sonst die des Systems).</translation>
    </message>
    <message>
        <source>Local development: receive what your app&apos;s Nucleus SDK sends on 127.0.0.1:%1 and show it (--app names the app, default dev-app).</source>
        <translation>Lokale Entwicklung: empfängt, was das Nucleus-SDK Ihrer App an 127.0.0.1:%1 sendet, und zeigt es an (--app nennt die App, Standard dev-app).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>LiveEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
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
        <translation>alle </translation>
    </message>
    <message>
        <source>keep </source>
        <translation>max. </translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>Users online now</source>
        <translation>Nutzer jetzt online</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Users online</source>
        <translation>Nutzer online</translation>
    </message>
    <message>
        <source>Live events (newest first)</source>
        <translation>Live-Ereignisse (neueste zuerst)</translation>
    </message>
    <message>
        <source>Nobody is using the app right now.</source>
        <translation>Gerade nutzt niemand die App.</translation>
    </message>
    <message>
        <source>No events in the last minutes.</source>
        <translation>Keine Ereignisse in den letzten Minuten.</translation>
    </message>
    <message>
        <source>The live count</source>
        <translation>Live-Anzahl</translation>
    </message>
    <message>
        <source>The users online could not be loaded.</source>
        <translation>Die Online-Nutzer konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Live events could not be loaded.</source>
        <translation>Die Live-Ereignisse konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>Live polling stopped: %1</source>
        <translation>Live-Abfrage gestoppt: %1</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected. The count is from %1.</source>
        <translation>Gestoppt: Das Token wurde abgelehnt. Die Anzahl stammt von %1.</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected.</source>
        <translation>Gestoppt: Das Token wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Nothing loaded yet. %1 Retrying in %2 s.</source>
        <translation>Noch nichts geladen. %1 Neuer Versuch in %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>Not current: the count is from %1 (%n min ago). %2 Retrying in %3 s.</source>
        <translation>
            <numerusform>Nicht aktuell: Die Anzahl stammt von %1 (vor %n min). %2 Neuer Versuch in %3 s.</numerusform>
            <numerusform>Nicht aktuell: Die Anzahl stammt von %1 (vor %n min). %2 Neuer Versuch in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not current: the count is from %1. %2 Retrying in %3 s.</source>
        <translation>Nicht aktuell: Die Anzahl stammt von %1. %2 Neuer Versuch in %3 s.</translation>
    </message>
    <message>
        <source>Count updated %1; %2 could not be loaded. %3 Retrying in %4 s.</source>
        <translation>Anzahl um %1 aktualisiert; Laden fehlgeschlagen: %2. %3 Neuer Versuch in %4 s.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Aktualisiert: %1</translation>
    </message>
    <message>
        <source>Paused while not on screen. Updated %1.</source>
        <translation>Pausiert, solange nicht sichtbar. Aktualisiert: %1.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <source>Events kept in the list</source>
        <translation>Ereignisse in der Liste</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Noch nicht aktualisiert</translation>
    </message>
    <message>
        <source>Paused while not on screen. Not updated yet.</source>
        <translation>Pausiert, solange nicht sichtbar. Noch nicht aktualisiert.</translation>
    </message>
</context>
<context>
    <name>LivePoller</name>
    <message>
        <source>users online count</source>
        <translation>Anzahl der Online-Nutzer</translation>
    </message>
    <message>
        <source>users online</source>
        <translation>Online-Nutzer</translation>
    </message>
    <message>
        <source>live events</source>
        <translation>Live-Ereignisse</translation>
    </message>
</context>
<context>
    <name>LiveUsersModel</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
</context>
<context>
    <name>LocalDevPanel</name>
    <message>
        <source>Point your app&apos;s Nucleus SDK at this computer: what it sends shows up here, on every page, and stays between runs. Nothing goes to Nucleus&apos; servers.</source>
        <translation>Richten Sie das Nucleus-SDK Ihrer App auf diesen Computer: Was es sendet, erscheint hier auf jeder Seite und bleibt zwischen den Starts erhalten. Nichts geht an die Server von Nucleus.</translation>
    </message>
    <message>
        <source>WebSocket address</source>
        <translation>WebSocket-Adresse</translation>
    </message>
    <message>
        <source>HTTP address</source>
        <translation>HTTP-Adresse</translation>
    </message>
    <message>
        <source>A test session with curl</source>
        <translation>Eine Testsitzung mit curl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>WebSocket (SDK endpoint):</source>
        <translation>WebSocket (SDK-Endpunkt):</translation>
    </message>
    <message>
        <source>HTTP (POST):</source>
        <translation>HTTP (POST):</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Ausprobieren:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 %2
Analytics of your desktop apps from the Nucleus Data API.</source>
        <translation>%1 %2
Analysedaten Ihrer Desktop-Apps aus der Nucleus Data API.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>Live count in the system &amp;tray</source>
        <translation>Live-Anzahl im &amp;Infobereich</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>Nach dem Schließen im Infobereich &amp;weiterlaufen</translation>
    </message>
    <message>
        <source>Alerts are checked while the window is closed</source>
        <translation>Alarme werden geprüft, während das Fenster geschlossen ist</translation>
    </message>
    <message>
        <source>%1 · app %2</source>
        <translation>%1 · App %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Still running in the tray, checking your alerts. Open or quit from its menu.</source>
        <translation>Läuft im Infobereich weiter und prüft Ihre Alarme. Über das Menü des Symbols können Sie das Programm öffnen oder beenden.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Reload every page (Ctrl+R)</source>
        <translation>Alle Seiten neu laden (Ctrl+R)</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>The new token works, but the keychain did not keep it (%1): it is asked for again next time.</source>
        <translation>Das neue Token funktioniert, wurde aber nicht im Schlüsselbund gespeichert (%1): Es wird beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>aktualisiert um %1</translation>
    </message>
    <message>
        <source>offline · as of %1</source>
        <translation>offline · Stand: %1</translation>
    </message>
    <message>
        <source>some data could not be loaded</source>
        <translation>einige Daten konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>MetricChange</name>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Daily usage (app starts)</source>
        <translation>Tägliche Nutzung (App-Starts)</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Neue Nutzer</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Aktive Nutzer</translation>
    </message>
    <message>
        <source>Average session duration</source>
        <translation>Durchschnittliche Sitzungsdauer</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>RAM (GB)</source>
        <translation>RAM (GB)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Nutzung</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>Keine Daten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>previous period as of %1</source>
        <translation>Vorzeitraum: Stand %1</translation>
    </message>
    <message>
        <source>The previous period</source>
        <translation>Vorzeitraum</translation>
    </message>
    <message>
        <source>Returning users</source>
        <translation>Wiederkehrende Nutzer</translation>
    </message>
    <message>
        <source>Avg session</source>
        <translation>Ø Sitzungsdauer</translation>
    </message>
    <message>
        <source>Usage, previous period</source>
        <translation>Nutzung, Vorzeitraum</translation>
    </message>
    <message>
        <source>New users, previous period</source>
        <translation>Neue Nutzer, Vorzeitraum</translation>
    </message>
    <message>
        <source>Active users, previous period</source>
        <translation>Aktive Nutzer, Vorzeitraum</translation>
    </message>
    <message>
        <source>No app starts in this range.</source>
        <translation>Keine App-Starts in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this range: %1 · %2 · %3 · %4</source>
        <translation>In diesem Zeitraum: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 Nutzer</translation>
    </message>
    <message>
        <source>%1 installs</source>
        <translation>%1 Installationen</translation>
    </message>
    <message>
        <source>%1 app starts</source>
        <translation>%1 App-Starts</translation>
    </message>
    <message>
        <source>average session %1</source>
        <translation>Sitzungsdauer im Schnitt %1</translation>
    </message>
    <message>
        <source> · %1 is not over: its values (●) are so far</source>
        <translation> · Der %1 läuft noch: Seine Werte (●) sind vorläufig</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>This range&apos;s figures</source>
        <translation>Die Zahlen dieses Zeitraums</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>Noch nichts geladen.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>Stand: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Als PNG speichern…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Daten als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token abgelehnt</translation>
    </message>
    <message>
        <source>%1 rejected the API token. Paste a valid token (it is kept in the system keychain):</source>
        <translation>%1 hat das API-Token abgelehnt. Fügen Sie ein gültiges Token ein (es wird im Schlüsselbund des Systems gespeichert):</translation>
    </message>
</context>
<context>
    <name>QuickGlance</name>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Installationen</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>App-Starts</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>QuickGlanceCard</name>
    <message>
        <source> · last 24 h</source>
        <translation> · letzte 24&#xa0;h</translation>
    </message>
    <message>
        <source>%1 vs previous 24 h</source>
        <translation>%1 ggü. den 24&#xa0;h davor</translation>
    </message>
    <message>
        <source>%1: %2 in the last 24 h, %3 in the 24 h before</source>
        <translation>%1: %2 in den letzten 24&#xa0;h, %3 in den 24&#xa0;h davor</translation>
    </message>
</context>
<context>
    <name>QuickGlancePanel</name>
    <message>
        <source>Last 24 hours, against the 24 hours before</source>
        <translation>Letzte 24 Stunden im Vergleich zu den 24 Stunden davor</translation>
    </message>
    <message>
        <source>Quick glance could not be loaded: %1</source>
        <translation>Die 24-Stunden-Übersicht konnte nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>RangeBox</name>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>The days every chart and table shows, in the window&apos;s time zone</source>
        <translation>Die Tage, die alle Diagramme und Tabellen zeigen, in der Zeitzone des Fensters</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
</context>
<context>
    <name>SeriesTotalsModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Stärkster Tag</translation>
    </message>
    <message>
        <source>On that day</source>
        <translation>An diesem Tag</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>No accounts saved yet. “Add account…” connects to a Nucleus server; the token goes to the system keychain, never to a file.</source>
        <translation>Noch keine Konten gespeichert. „Konto hinzufügen…“ verbindet mit einem Nucleus-Server; das Token kommt in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show this account&apos;s first app in the window (or double-click it)</source>
        <translation>Die erste App dieses Kontos im Fenster anzeigen (oder doppelklicken)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Replace the token or rename an app; checked before saving</source>
        <translation>Token ersetzen oder App umbenennen; wird vor dem Speichern geprüft</translation>
    </message>
    <message>
        <source>Add app…</source>
        <translation>App hinzufügen…</translation>
    </message>
    <message>
        <source>Remove app…</source>
        <translation>App entfernen…</translation>
    </message>
    <message>
        <source>Stop offering an app of this account; its data stays on the server</source>
        <translation>Eine App dieses Kontos nicht mehr zur Auswahl anbieten; ihre Daten bleiben auf dem Server</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>Konto entfernen…</translation>
    </message>
    <message>
        <source>The new language is shown when Nucleus Dashboard starts again.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Nucleus Dashboard angezeigt.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A bigger answer is stopped and said to be too large, so that no server can take this computer&apos;s memory</source>
        <translation>Eine größere Antwort wird abgebrochen und als zu groß gemeldet, damit kein Server den Arbeitsspeicher dieses Computers aufbrauchen kann</translation>
    </message>
    <message>
        <source>Time zone (also in the toolbar)</source>
        <translation>Zeitzone (auch in der Werkzeugleiste)</translation>
    </message>
    <message>
        <source>Appearance (also in View)</source>
        <translation>Darstellung (auch unter Ansicht)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Live poll interval</source>
        <translation>Live-Abfrageintervall</translation>
    </message>
    <message>
        <source>Request timeout (no progress)</source>
        <translation>Zeitlimit für Anfragen (ohne Fortschritt)</translation>
    </message>
    <message>
        <source>Largest answer read</source>
        <translation>Maximale Antwortgröße</translation>
    </message>
    <message>
        <source>Answer cache size limit</source>
        <translation>Größenlimit des Antwort-Caches</translation>
    </message>
    <message>
        <source>Accounts — tokens are kept in the system keychain</source>
        <translation>Konten — Tokens liegen im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Alerts — checked every live poll interval</source>
        <translation>Alarme — in jedem Live-Abfrageintervall geprüft</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>App hinzufügen</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>App-ID:</translation>
    </message>
    <message>
        <source>Display name (optional):</source>
        <translation>Anzeigename (optional):</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove the account of %1?

Its token is deleted from the system keychain.</source>
        <translation>Das Konto bei %1 entfernen?

Sein Token wird aus dem Schlüsselbund des Systems gelöscht.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>Das Token konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>App entfernen</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Stop offering %1 of %2?

Its data on the server is not touched, and the account and its token stay; you can add the app again.</source>
        <translation>%1 von %2 nicht mehr zur Auswahl anbieten?

Die Daten der App auf dem Server bleiben unberührt, das Konto und sein Token bleiben erhalten; Sie können die App wieder hinzufügen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Local development — events your app sends</source>
        <translation>Lokale Entwicklung — Ereignisse, die Ihre App sendet</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>waiting for the first count</source>
        <translation>wartet auf den ersten Wert</translation>
    </message>
    <message>
        <source>more points after the next poll</source>
        <translation>weitere Punkte nach der nächsten Abfrage</translation>
    </message>
</context>
<context>
    <name>StackedDayChart</name>
    <message>
        <source>Spike</source>
        <translation>Spitze</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <source>Far above this range&apos;s normal level</source>
        <translation>Weit über dem üblichen Niveau dieses Zeitraums</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) far above the range&apos;s normal level</source>
        <translation>
            <numerusform>%n Tag weit über dem üblichen Niveau des Zeitraums</numerusform>
            <numerusform>%n Tage weit über dem üblichen Niveau des Zeitraums</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayCounter</name>
    <message>
        <source>Last alert: %1</source>
        <translation>Letzter Alarm: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — live count: %1</source>
        <translation>Nucleus Dashboard — Live-Anzahl: %1</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — %1 users online</source>
        <translation>Nucleus Dashboard — %1 Nutzer online</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>not a valid server address</source>
        <translation>keine gültige Serveradresse</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>die Adresse darf keinen Benutzernamen und kein Passwort enthalten</translation>
    </message>
    <message>
        <source>plain http:// is only allowed for this computer; use https://</source>
        <translation>unverschlüsseltes http:// ist nur für diesen Computer erlaubt; verwenden Sie https://</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;</source>
        <translation>nicht unterstütztes Schema „%1“</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Gebietsschema</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Copy ID</source>
        <translation>ID kopieren</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Nutzer löschen…</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Vorwärts ▶</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>The API lists every user of the app: the date range does not apply</source>
        <translation>Die API listet alle Nutzer der App auf: Der Zeitraum gilt hier nicht</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Systemversion</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>App-Version</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Sessions (newest first) — select one to see its events</source>
        <translation>Sitzungen (neueste zuerst) — eine auswählen, um ihre Ereignisse zu sehen</translation>
    </message>
    <message>
        <source>Session events</source>
        <translation>Ereignisse der Sitzung</translation>
    </message>
    <message>
        <source>Copied user ID “%1”</source>
        <translation>Nutzer-ID „%1“ kopiert</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Zurück (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Vorwärts (%1)</translation>
    </message>
    <message>
        <source>All users · %1</source>
        <translation>Alle Nutzer · %1</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Nutzern</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Kein Nutzer passt zu „%1“.</translation>
    </message>
    <message>
        <source>This app has no users yet.</source>
        <translation>Diese App hat noch keine Nutzer.</translation>
    </message>
    <message>
        <source>Select a session to see its events.</source>
        <translation>Wählen Sie eine Sitzung aus, um ihre Ereignisse zu sehen.</translation>
    </message>
    <message>
        <source>The session&apos;s events</source>
        <translation>Ereignisse der Sitzung</translation>
    </message>
    <message>
        <source>This session has no events.</source>
        <translation>Diese Sitzung hat keine Ereignisse.</translation>
    </message>
    <message>
        <source>User “%1” no longer exists.</source>
        <translation>Den Nutzer „%1“ gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>Nutzer</translation>
    </message>
    <message>
        <source>Sessions could not be loaded.</source>
        <translation>Die Sitzungen konnten nicht geladen werden.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Created %1 · last seen %2
%3</source>
        <translation>Erstellt %1 · zuletzt aktiv %2
%3</translation>
    </message>
    <message>
        <source>No properties.</source>
        <translation>Keine Eigenschaften.</translation>
    </message>
    <message>
        <source>No sessions recorded for this user.</source>
        <translation>Für diesen Nutzer sind keine Sitzungen erfasst.</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Kein Nutzer ausgewählt</translation>
    </message>
    <message>
        <source>Select a user to see their devices and sessions.</source>
        <translation>Wählen Sie einen Nutzer aus, um seine Geräte und Sitzungen zu sehen.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Nutzer löschen</translation>
    </message>
    <message>
        <source>Delete user “%1” and all of their data?

This is permanent: the server deletes the user&apos;s sessions and events, and it cannot be undone.</source>
        <translation>Nutzer „%1“ und alle seine Daten löschen?

Dies ist endgültig: Der Server löscht die Sitzungen und Ereignisse des Nutzers, und das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <source>It is not known whether user “%1” was deleted: %2 Reload to see.</source>
        <translation>Ob der Nutzer „%1“ gelöscht wurde, ist unbekannt: %2 Laden Sie neu, um nachzusehen.</translation>
    </message>
    <message>
        <source>User “%1” was not deleted: %2</source>
        <translation>Der Nutzer „%1“ wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Deleted user “%1”</source>
        <translation>Nutzer „%1“ gelöscht</translation>
    </message>
    <message>
        <source>Search user id, country, platform or language</source>
        <translation>Nutzer-ID, Land, Plattform oder Sprache suchen</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Nutzer suchen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Explore the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <source>Connect your app…</source>
        <translation>Eigene App verbinden…</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>See the usage, events, errors, users and live activity of your desktop apps from the Nucleus Data API, right here.

Try it on built-in demo data first (nothing is sent anywhere), or connect your own app: you need the server address, the app&apos;s ID and an API token. The token is kept in the system keychain, never in a file.</source>
        <translation>Sehen Sie Nutzung, Ereignisse, Fehler, Nutzer und Live-Aktivität Ihrer Desktop-Apps aus der Nucleus Data API – direkt hier.

Probieren Sie es zuerst mit den integrierten Demodaten aus (es wird nichts gesendet), oder verbinden Sie Ihre eigene App: Sie brauchen die Serveradresse, die ID der App und ein API-Token. Das Token wird im Schlüsselbund des Systems gespeichert, nie in einer Datei.</translation>
    </message>
    <message>
        <source>Your app&apos;s ID and API token are in your account at &lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt;.</source>
        <translation>Die ID Ihrer App und Ihr API-Token finden Sie in Ihrem Konto unter &lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Opens the dashboard on synthetic data served on this computer</source>
        <translation>Öffnet das Dashboard mit synthetischen Daten, die auf diesem Computer bereitgestellt werden</translation>
    </message>
    <message>
        <source>Server, app ID and API token; checked before anything is saved</source>
        <translation>Server, App-ID und API-Token; wird vor dem Speichern geprüft</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>The time zone of every day, date and time the window shows</source>
        <translation>Die Zeitzone aller Tage, Daten und Uhrzeiten, die das Fenster anzeigt</translation>
    </message>
</context>
</TS>
