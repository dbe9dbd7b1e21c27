<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AccountClients</name>
    <message>
        <source>The account was closed.</source>
        <translation>La cuenta se cerró.</translation>
    </message>
    <message>
        <source>The demo is not running.</source>
        <translation>La demo no se está ejecutando.</translation>
    </message>
    <message>
        <source>No token is stored for %1.</source>
        <translation>No hay ningún token guardado para %1.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>No se pudo leer el llavero: %1</translation>
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <source>The demo could not be started: %1</source>
        <translation>No se pudo iniciar la demo: %1</translation>
    </message>
    <message>
        <source>Demo app</source>
        <translation>App de demostración</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>The local development server could not start: %1</source>
        <translation>No se pudo iniciar el servidor de desarrollo local: %1</translation>
    </message>
    <message>
        <source>Local development</source>
        <translation>Desarrollo local</translation>
    </message>
</context>
<context>
    <name>AlertChecker</name>
    <message>
        <source>The account was closed during the check.</source>
        <translation>La cuenta se cerró durante la comprobación.</translation>
    </message>
    <message>
        <source>The server sent no live count.</source>
        <translation>El servidor no envió el recuento en vivo.</translation>
    </message>
    <message>
        <source>The server sent no error count.</source>
        <translation>El servidor no envió el recuento de errores.</translation>
    </message>
    <message>
        <source>The server&apos;s answer leaves out some hours of the rule&apos;s window (%1), so the app starts cannot be counted.</source>
        <translation>A la respuesta del servidor le faltan algunas horas de la ventana de la regla (%1), así que no se pueden contar los inicios de la app.</translation>
    </message>
</context>
<context>
    <name>AlertMonitor</name>
    <message>
        <source>Alert: %1</source>
        <translation>Alerta: %1</translation>
    </message>
    <message>
        <source>%1 — now %2</source>
        <translation>%1 — ahora: %2</translation>
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
        <translation>errors&gt;50/24h  más de 50 errores en las últimas 24&#xa0;h
errors&gt;3x      errores de las últimas 24&#xa0;h por encima de 3 × las 24&#xa0;h anteriores
live&lt;5@10m     menos de 5 usuarios en vivo durante 10 minutos (sin @: 5 minutos)
live&gt;200@5m    más de 200 usuarios en vivo durante 5 minutos
starts=0@6h    ningún inicio de la app durante 6 horas</translation>
    </message>
    <message>
        <source>No rule given. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>No se ha indicado ninguna regla. Escriba una como errors&gt;50/24h, errors&gt;3x, live&lt;5@10m o starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1” is not a rule. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>“%1” no es una regla. Escriba una como errors&gt;50/24h, errors&gt;3x, live&lt;5@10m o starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1” has no threshold: give a number after %2.</source>
        <translation>“%1” no tiene umbral: indique un número después de %2.</translation>
    </message>
    <message>
        <source>“%1”: the threshold must be a number, 0 or more (not “%2”).</source>
        <translation>“%1”: el umbral debe ser un número igual o mayor que 0 (no “%2”).</translation>
    </message>
    <message>
        <source>“%1”: an errors rule is errors&gt;N (in 24 h) or errors&gt;Kx (K × the 24 h before).</source>
        <translation>“%1”: una regla de errores es errors&gt;N (en 24&#xa0;h) o errors&gt;Kx (K × las 24&#xa0;h anteriores).</translation>
    </message>
    <message>
        <source>“%1”: use errors&gt;N/24h or errors&gt;Kx, not both.</source>
        <translation>“%1”: use errors&gt;N/24h o errors&gt;Kx, no ambas.</translation>
    </message>
    <message>
        <source>“%1”: the factor must be more than 0.</source>
        <translation>“%1”: el factor debe ser mayor que 0.</translation>
    </message>
    <message>
        <source>“%1”: “x” and “/24h” belong to errors rules.</source>
        <translation>“%1”: “x” y “/24h” solo se usan en reglas de errores.</translation>
    </message>
    <message>
        <source>“%1”: a live rule is live&lt;N or live&gt;N.</source>
        <translation>“%1”: una regla de usuarios en vivo es live&lt;N o live&gt;N.</translation>
    </message>
    <message>
        <source>“%1”: fewer than 0 users can never be live; give a number above 0.</source>
        <translation>“%1”: nunca puede haber menos de 0 usuarios en vivo; indique un número mayor que 0.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 10m or 2h).</source>
        <translation>“%1”: “%2” no es una duración entre 1m y 7 días (como 10m o 2h).</translation>
    </message>
    <message>
        <source>“%1”: a starts rule is starts=0@DURATION (no app start for that long).</source>
        <translation>“%1”: una regla de inicios es starts=0@DURATION (ningún inicio de la app durante ese tiempo).</translation>
    </message>
    <message>
        <source>“%1”: say for how long, e.g. starts=0@6h.</source>
        <translation>“%1”: indique durante cuánto tiempo, p. ej., starts=0@6h.</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 30m or 6h).</source>
        <translation>“%1”: “%2” no es una duración entre 1m y 7 días (como 30m o 6h).</translation>
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
        <translation>Más de %1 errores en 24&#xa0;h</translation>
    </message>
    <message>
        <source>Errors in 24 h above %1 × the 24 h before</source>
        <translation>Errores en 24&#xa0;h por encima de %1 × las 24&#xa0;h anteriores</translation>
    </message>
    <message>
        <source>Fewer than %1 users live for %2</source>
        <translation>Menos de %1 usuarios en vivo durante %2</translation>
    </message>
    <message>
        <source>More than %1 users live for %2</source>
        <translation>Más de %1 usuarios en vivo durante %2</translation>
    </message>
    <message>
        <source>No app start for %1</source>
        <translation>Ningún inicio de la app durante %1</translation>
    </message>
    <message>
        <source>%1 errors in 24 h</source>
        <translation>%1 errores en 24&#xa0;h</translation>
    </message>
    <message>
        <source>%1 live</source>
        <translation>%1 en vivo</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <extracomment>%2 the rule&apos;s window as written in the rule (&quot;6h&quot;, &quot;30m&quot;).</extracomment>
        <translation>%1 inicios en %2</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>Regla de alerta</translation>
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
        <translation>Regla</translation>
    </message>
    <message>
        <source>Connect an app first: rules belong to an app.</source>
        <translation>Conecte antes una app: cada regla pertenece a una app.</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>Keep running in the tray when the window is closed, checking the alerts</source>
        <translation>Seguir en ejecución en la bandeja del sistema al cerrar la ventana, comprobando las alertas</translation>
    </message>
    <message>
        <source>No alert rules yet. “Add rule…” watches an app for you: its errors, live users or app starts.</source>
        <translation>Aún no hay reglas de alerta. “Añadir regla…” vigila una app por usted: sus errores, sus usuarios en vivo o sus inicios.</translation>
    </message>
    <message>
        <source>No alert has fired yet.</source>
        <translation>Aún no se ha activado ninguna alerta.</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Sintaxis</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>Reglas de alerta</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>Historial de alertas</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>Añadir regla…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>Comprobar ahora</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>Borrar historial</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>Este escritorio no tiene bandeja del sistema</translation>
    </message>
    <message>
        <source>Alert history (newest first)</source>
        <translation>Historial de alertas (las más recientes primero)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked while on</source>
        <translation>Se comprueba mientras está activa</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>%1 — showing data as of %2</source>
        <translation>%1 — se muestran datos de %2</translation>
    </message>
    <message>
        <source>%1 — nothing could be loaded</source>
        <translation>%1 — no se pudo cargar nada</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1: no se pudieron cargar los datos. %2</translation>
    </message>
    <message>
        <source>%1 could not be loaded.</source>
        <translation>%1: no se pudieron cargar los datos.</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server address must use https:// (plain http:// is only allowed for this computer).</source>
        <translation>La dirección del servidor debe usar https:// (http:// sin cifrar solo se permite para este equipo).</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>No se pudo contactar con el servidor. Compruebe la dirección y su conexión.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (certificate or TLS error).</source>
        <translation>Falló la conexión segura con el servidor (error de certificado o de TLS).</translation>
    </message>
    <message>
        <source>The server redirected to another address; the request was stopped so that your token is not sent there.</source>
        <translation>El servidor redirigió a otra dirección; se detuvo la solicitud para que su token no se envíe allí.</translation>
    </message>
    <message>
        <source>The server kept redirecting the request (a redirect loop); it was stopped.</source>
        <translation>El servidor redirigía la solicitud una y otra vez (un bucle de redirecciones); se detuvo.</translation>
    </message>
    <message>
        <source>The server redirected to an address that cannot be followed.</source>
        <translation>El servidor redirigió a una dirección que no se puede seguir.</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Try again.</source>
        <translation>La respuesta del servidor se cortó antes de completarse. Vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was compressed in a way that could not be undone.</source>
        <translation>La respuesta del servidor estaba comprimida de una forma que no se pudo descomprimir.</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>La conexión se cerró antes de que el servidor respondiera.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to read (over the limit of %1 MB; raise it in Settings or with --max-body); it was stopped.</source>
        <translation>La respuesta del servidor es demasiado grande para leerla (supera el límite de %1 MB; auméntelo en Ajustes o con --max-body); se detuvo.</translation>
    </message>
    <message>
        <source>The server rejected the API token. Enter a valid token.</source>
        <translation>El servidor rechazó el token de la API. Introduzca un token válido.</translation>
    </message>
    <message>
        <source>This token is not allowed to read this app.</source>
        <translation>Este token no tiene permiso para leer esta app.</translation>
    </message>
    <message>
        <source>Not found: the app or user does not exist (or no longer exists).</source>
        <translation>No encontrado: la app o el usuario no existe (o ya no existe).</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>Demasiadas solicitudes; el servidor pide esperar %n segundo.</numerusform>
            <numerusform>Demasiadas solicitudes; el servidor pide esperar %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>Demasiadas solicitudes; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>El servidor tuvo un error interno. Vuelva a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>El servidor rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read.</source>
        <translation>El servidor envió datos que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>Nothing is kept for this request: the answer cache holds what the window has shown (same app, range and time zone). Run it without --cached.</source>
        <translation>No hay nada guardado para esta solicitud: la caché de respuestas contiene lo que ha mostrado la ventana (misma app, periodo y zona horaria). Ejecute el comando sin --cached.</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>Servidor inaccesible</translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation>El servidor no responde</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused</source>
        <translation>Se rechazó el certificado del servidor</translation>
    </message>
    <message>
        <source>The server redirects in a loop</source>
        <translation>El servidor redirige en bucle</translation>
    </message>
    <message>
        <source>The server&apos;s answers break off</source>
        <translation>Las respuestas del servidor se cortan</translation>
    </message>
    <message>
        <source>The server closes connections without answering</source>
        <translation>El servidor cierra las conexiones sin responder</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>Se rechazó el token</translation>
    </message>
    <message>
        <source>The server asks to slow down (HTTP 429)</source>
        <translation>El servidor pide reducir el ritmo (HTTP 429)</translation>
    </message>
    <message>
        <source>The server is failing (HTTP %1)</source>
        <translation>El servidor está fallando (HTTP %1)</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read</source>
        <translation>El servidor envió datos que esta versión no puede leer</translation>
    </message>
</context>
<context>
    <name>AppSwitcher</name>
    <message>
        <source>App — the apps of every saved account, and the demo</source>
        <translation>App — las apps de todas las cuentas guardadas y la demo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Datos de demostración</translation>
    </message>
    <message>
        <source>Demo app (built in)</source>
        <translation>App de demostración (integrada)</translation>
    </message>
</context>
<context>
    <name>AppTile</name>
    <message>
        <source>Open %1 (%2 on %3)</source>
        <translation>Abrir %1 (%2 en %3)</translation>
    </message>
    <message>
        <source>App %1 on %2</source>
        <translation>App %1 en %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>Inicios de la app</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>En vivo ahora</translation>
    </message>
    <message>
        <source>last 24 h, change vs the 24 h before</source>
        <translation>últimas 24&#xa0;h, cambio frente a las 24&#xa0;h anteriores</translation>
    </message>
    <message>
        <source>App starts a day, last 30 days</source>
        <translation>Inicios de la app por día, últimos 30 días</translation>
    </message>
    <message>
        <source>%1 app starts in 30 days</source>
        <translation>%1 inicios de la app en 30 días</translation>
    </message>
    <message>
        <source>30-day usage could not be loaded</source>
        <translation>No se pudo cargar el uso de 30 días</translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation>Datos de %1</translation>
    </message>
    <message>
        <source>%1: %2 users (%3), %4 app starts (%5), %6 errors (%7), %8 live</source>
        <translation>%1: %2 usuarios (%3), %4 inicios de la app (%5), %6 errores (%7), %8 en vivo</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Every saved app of every account: the last 24 h against the 24 h before. Click an app to open it.</source>
        <translation>Todas las apps guardadas de todas las cuentas: las últimas 24&#xa0;h frente a las 24&#xa0;h anteriores. Haga clic en una app para abrirla.</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>No se pudo cargar %1: %2</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Todas las apps</translation>
    </message>
    <message>
        <source>No apps yet. Add one in Settings (Add account…), or explore the demo: its apps appear here.</source>
        <translation>Todavía no hay apps. Añada una en Ajustes (Añadir cuenta…) o explore la demo: sus apps aparecen aquí.</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
</context>
<context>
    <name>CacheSettings</name>
    <message>
        <source>Empty…</source>
        <translation>Vaciar…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The last answers are kept on this computer so the window opens at once and offline; the oldest go first when the limit is reached.</source>
        <translation>Las últimas respuestas se guardan en este equipo para que la ventana se abra al instante y sin conexión; al alcanzar el límite, se descartan primero las más antiguas.</translation>
    </message>
    <message>
        <source>Forget every kept answer (the server&apos;s data is not touched)</source>
        <translation>Olvidar todas las respuestas guardadas (los datos del servidor no se modifican)</translation>
    </message>
    <message>
        <source>Empty the answer cache</source>
        <translation>Vaciar la caché de respuestas</translation>
    </message>
    <message>
        <source>Forget every answer kept on this computer? The window then waits for the server, and shows nothing offline until it has answered again.</source>
        <translation>¿Olvidar todas las respuestas guardadas en este equipo? A partir de entonces, la ventana esperará al servidor y no mostrará nada sin conexión hasta que este vuelva a responder.</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>off for this run (--no-cache)</source>
        <translation>desactivada en esta ejecución (--no-cache)</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 guardados</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1: no data</source>
        <translation>%1: sin datos</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en aumento</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en descenso</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day</source>
        <translation>%1 de %2 a %3 al día</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day, %4</source>
        <extracomment>%1 a series (&quot;App starts&quot;), %2 and %3 its lowest and highest value of a day, %4 rising, falling or steady.</extracomment>
        <translation>%1 de %2 a %3 al día, %4</translation>
    </message>
    <message>
        <source>%1: no data.</source>
        <translation>%1: sin datos.</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4.</source>
        <extracomment>%1 the chart&apos;s title, %2 and %3 its first and last day, %4 what it shows.</extracomment>
        <translation>%1, del %2 al %3: %4.</translation>
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
        <translation>%1, hasta ahora (el día no ha terminado)</translation>
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
        <translation>Comprobar y conectar</translation>
    </message>
    <message>
        <source>Connect to your analytics</source>
        <translation>Conectar con sus analíticas</translation>
    </message>
    <message>
        <source>API token (kept in the system keychain)</source>
        <translation>Token de la API (se guarda en el llavero del sistema)</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>ID de la app</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>Nombre visible (opcional)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>No token for %1 is stored in the system keychain. Enter it to open app “%2”.</source>
        <translation>No hay ningún token para %1 en el llavero del sistema. Introdúzcalo para abrir la app “%2”.</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1). Enter the token to open app “%2”.</source>
        <translation>No se pudo leer el llavero del sistema (%1). Introduzca el token para abrir la app “%2”.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>Servidor: %1.</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>Introduzca el token de la API.</translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation>Introduzca el ID de la app.</translation>
    </message>
    <message>
        <source>The server rejected this token. Check it and try again.</source>
        <translation>El servidor rechazó este token. Compruébelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The server does not know app “%1”.</source>
        <translation>El servidor no conoce la app “%1”.</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>No se pudo conectar: %1</translation>
    </message>
    <message>
        <source>Connected, but the token could not be stored in a keychain (%1); it will not be remembered after this run.</source>
        <translation>Se ha conectado, pero no se pudo guardar el token en un llavero (%1); no se recordará después de esta ejecución.</translation>
    </message>
</context>
<context>
    <name>DashboardState</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Personalizado…</translation>
    </message>
</context>
<context>
    <name>DayLineChart</name>
    <message>
        <source>no data</source>
        <translation>sin datos</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>Cambio: %1</translation>
    </message>
</context>
<context>
    <name>DaySeriesModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
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
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>ErrorsPage</name>
    <message>
        <source>Errors per day</source>
        <translation>Errores por día</translation>
    </message>
    <message>
        <source>Error totals</source>
        <translation>Totales de errores</translation>
    </message>
    <message>
        <source>Errors over time</source>
        <translation>Evolución de los errores</translation>
    </message>
    <message>
        <source>Totals by error type</source>
        <translation>Totales por tipo de error</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Other errors</source>
        <translation>Otros errores</translation>
    </message>
    <message>
        <source>No day stands out from this range&apos;s normal level.</source>
        <translation>Ningún día se sale del nivel normal de este periodo.</translation>
    </message>
    <message>
        <source>Far above normal: %1</source>
        <translation>Muy por encima de lo normal: %1</translation>
    </message>
    <message>
        <source>No errors in this range.</source>
        <translation>No hay errores en este periodo.</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>(no type)</source>
        <translation>(sin tipo)</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>(sin datos)</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events per day</source>
        <translation>Eventos por día</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Valores</translation>
    </message>
    <message>
        <source>Event totals</source>
        <translation>Totales de eventos</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>Primeros </translation>
    </message>
    <message>
        <source>Events drawn as their own line; the rest are summed as &quot;Others&quot;</source>
        <translation>Eventos que se dibujan con su propia línea; el resto se suma como “Otros”</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>Propiedad:</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>Evolución de los eventos</translation>
    </message>
    <message>
        <source>Totals — select an event to see its properties</source>
        <translation>Totales — seleccione un evento para ver sus propiedades</translation>
    </message>
    <message>
        <source>Event properties</source>
        <translation>Propiedades del evento</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>No hay eventos en este periodo.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Evento: %1</translation>
    </message>
    <message>
        <source>No event properties in this range.</source>
        <translation>No hay propiedades de eventos en este periodo.</translation>
    </message>
    <message>
        <source>“%1” carries no properties in this range.</source>
        <translation>“%1” no tiene propiedades en este periodo.</translation>
    </message>
    <message>
        <source>Values of “%1”</source>
        <translation>Valores de “%1”</translation>
    </message>
    <message>
        <source>No values of “%1” in this range.</source>
        <translation>No hay valores de “%1” en este periodo.</translation>
    </message>
    <message>
        <source>Events drawn as their own line</source>
        <translation>Eventos dibujados con su propia línea</translation>
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
        <translation>Analíticas de sus apps de escritorio a partir de la Nucleus Data API V1.
El token de la API se obtiene del llavero del sistema (o de NUCLEUS_TOKEN).
Comandos (cada uno tiene --help; su salida está en inglés):
  login --server URL --app ID [--name NAME]   token desde stdin, guardado en el llavero
  logout --server URL
  export VIEW [ARGS]      una vista en CSV o JSON
  delete-user USERID --yes
  alerts list | add RULE... | remove ID... | check   reglas de alerta locales (errors&gt;50/24h, errors&gt;3x, live&lt;5@10m, starts=0@6h)
  screenshot PAGE -o FILE.png</translation>
    </message>
    <message>
        <source>Data API base URL (default %1).</source>
        <translation>URL base de la Data API (predeterminada: %1).</translation>
    </message>
    <message>
        <source>App ID to show.</source>
        <translation>ID de la app que se mostrará.</translation>
    </message>
    <message>
        <source>Use the built-in demo data (a local demo server).</source>
        <translation>Usar los datos de demostración integrados (un servidor de demostración local).</translation>
    </message>
    <message>
        <source>Run without the answer cache: nothing kept on disk, nothing drawn from it.</source>
        <translation>Ejecutar sin la caché de respuestas: no se guarda nada en el disco ni se lee nada de ella.</translation>
    </message>
    <message>
        <source>With --demo: the demo server answers each request after MS milliseconds, as a slow network would.</source>
        <translation>Con --demo: el servidor de demostración responde a cada solicitud tras MS milisegundos, como lo haría una red lenta.</translation>
    </message>
    <message>
        <source>The window&apos;s language for this run: en, de, fr, es or ja (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>El idioma de la ventana en esta ejecución: en, de, fr, es o ja (predeterminado: el elegido en Ajustes o, si no, el del sistema).</translation>
    </message>
    <message>
        <source>Local development: receive what your app&apos;s Nucleus SDK sends on 127.0.0.1:%1 and show it (--app names the app, default dev-app).</source>
        <translation>Desarrollo local: recibe lo que el SDK de Nucleus de su app envía a 127.0.0.1:%1 y lo muestra (--app indica la app; por defecto, dev-app).</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
</context>
<context>
    <name>LiveEventsModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
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
        <translation>cada </translation>
    </message>
    <message>
        <source>keep </source>
        <translation>conservar </translation>
    </message>
    <message>
        <source> events</source>
        <translation> eventos</translation>
    </message>
    <message>
        <source>Users online now</source>
        <translation>Usuarios en línea ahora</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En vivo</translation>
    </message>
    <message>
        <source>Users online</source>
        <translation>Usuarios en línea</translation>
    </message>
    <message>
        <source>Live events (newest first)</source>
        <translation>Eventos en vivo (los más recientes primero)</translation>
    </message>
    <message>
        <source>Nobody is using the app right now.</source>
        <translation>Nadie está usando la app en este momento.</translation>
    </message>
    <message>
        <source>No events in the last minutes.</source>
        <translation>No hay eventos en los últimos minutos.</translation>
    </message>
    <message>
        <source>The live count</source>
        <translation>Recuento en vivo</translation>
    </message>
    <message>
        <source>The users online could not be loaded.</source>
        <translation>No se pudieron cargar los usuarios en línea.</translation>
    </message>
    <message>
        <source>Live events could not be loaded.</source>
        <translation>No se pudieron cargar los eventos en vivo.</translation>
    </message>
    <message>
        <source>Live polling stopped: %1</source>
        <translation>Actualización en vivo detenida: %1</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected. The count is from %1.</source>
        <translation>Actualización detenida: se rechazó el token. El recuento es de las %1.</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected.</source>
        <translation>Actualización detenida: se rechazó el token.</translation>
    </message>
    <message>
        <source>Nothing loaded yet. %1 Retrying in %2 s.</source>
        <translation>Aún no se ha cargado nada. %1 Reintentando en %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>Not current: the count is from %1 (%n min ago). %2 Retrying in %3 s.</source>
        <translation>
            <numerusform>Desactualizado: el recuento es de las %1 (hace %n min). %2 Reintentando en %3 s.</numerusform>
            <numerusform>Desactualizado: el recuento es de las %1 (hace %n min). %2 Reintentando en %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not current: the count is from %1. %2 Retrying in %3 s.</source>
        <translation>Desactualizado: el recuento es de las %1. %2 Reintentando en %3 s.</translation>
    </message>
    <message>
        <source>Count updated %1; %2 could not be loaded. %3 Retrying in %4 s.</source>
        <translation>Recuento actualizado a las %1; error al cargar %2. %3 Reintentando en %4 s.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>Actualizado: %1</translation>
    </message>
    <message>
        <source>Paused while not on screen. Updated %1.</source>
        <translation>En pausa mientras no está en pantalla. Actualizado: %1.</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>Intervalo de actualización</translation>
    </message>
    <message>
        <source>Events kept in the list</source>
        <translation>Eventos conservados en la lista</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>Aún sin actualizar</translation>
    </message>
    <message>
        <source>Paused while not on screen. Not updated yet.</source>
        <translation>En pausa mientras no está en pantalla. Aún sin actualizar.</translation>
    </message>
</context>
<context>
    <name>LivePoller</name>
    <message>
        <source>users online count</source>
        <translation>el recuento de usuarios en línea</translation>
    </message>
    <message>
        <source>users online</source>
        <translation>los usuarios en línea</translation>
    </message>
    <message>
        <source>live events</source>
        <translation>los eventos en vivo</translation>
    </message>
</context>
<context>
    <name>LiveUsersModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>SO</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
</context>
<context>
    <name>LocalDevPanel</name>
    <message>
        <source>Point your app&apos;s Nucleus SDK at this computer: what it sends shows up here, on every page, and stays between runs. Nothing goes to Nucleus&apos; servers.</source>
        <translation>Apunte el SDK de Nucleus de su app a este equipo: lo que envíe aparecerá aquí, en todas las páginas, y se conservará entre ejecuciones. No se envía nada a los servidores de Nucleus.</translation>
    </message>
    <message>
        <source>WebSocket address</source>
        <translation>Dirección WebSocket</translation>
    </message>
    <message>
        <source>HTTP address</source>
        <translation>Dirección HTTP</translation>
    </message>
    <message>
        <source>A test session with curl</source>
        <translation>Una sesión de prueba con curl</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copiar %1</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
    <message>
        <source>WebSocket (SDK endpoint):</source>
        <translation>WebSocket (endpoint del SDK):</translation>
    </message>
    <message>
        <source>HTTP (POST):</source>
        <translation>HTTP (POST):</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>Pruébelo:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Acerca de</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>%1 %2
Analytics of your desktop apps from the Nucleus Data API.</source>
        <translation>%1 %2
Analíticas de sus apps de escritorio a partir de la Nucleus Data API.</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Live count in the system &amp;tray</source>
        <translation>Recuento en vivo en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>&amp;Seguir en ejecución en la bandeja al cerrar</translation>
    </message>
    <message>
        <source>Alerts are checked while the window is closed</source>
        <translation>Las alertas se comprueban mientras la ventana está cerrada</translation>
    </message>
    <message>
        <source>%1 · app %2</source>
        <translation>%1 · app %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>Still running in the tray, checking your alerts. Open or quit from its menu.</source>
        <translation>Sigue en ejecución en la bandeja del sistema, comprobando sus alertas. Use su menú para abrir la ventana o salir.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Reload every page (Ctrl+R)</source>
        <translation>Recargar todas las páginas (Ctrl+R)</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>The new token works, but the keychain did not keep it (%1): it is asked for again next time.</source>
        <translation>El nuevo token funciona, pero el llavero no lo guardó (%1): se volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizado a las %1</translation>
    </message>
    <message>
        <source>offline · as of %1</source>
        <translation>sin conexión · datos de %1</translation>
    </message>
    <message>
        <source>some data could not be loaded</source>
        <translation>no se pudieron cargar algunos datos</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>MetricChange</name>
    <message>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Daily usage (app starts)</source>
        <translation>Uso diario (inicios de la app)</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>Usuarios nuevos</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Usuarios activos</translation>
    </message>
    <message>
        <source>Average session duration</source>
        <translation>Duración media de la sesión</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiones</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>RAM (GB)</source>
        <translation>RAM (GB)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>No hay datos en este periodo.</translation>
    </message>
    <message>
        <source>previous period as of %1</source>
        <translation>periodo anterior con datos de %1</translation>
    </message>
    <message>
        <source>The previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Returning users</source>
        <translation>Usuarios recurrentes</translation>
    </message>
    <message>
        <source>Avg session</source>
        <translation>Sesión media</translation>
    </message>
    <message>
        <source>Usage, previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>New users, previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Active users, previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>No app starts in this range.</source>
        <translation>No hay inicios de la app en este periodo.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this range: %1 · %2 · %3 · %4</source>
        <translation>En este periodo: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>%1 usuarios</translation>
    </message>
    <message>
        <source>%1 installs</source>
        <translation>%1 instalaciones</translation>
    </message>
    <message>
        <source>%1 app starts</source>
        <translation>%1 inicios de la app</translation>
    </message>
    <message>
        <source>average session %1</source>
        <translation>sesión media de %1</translation>
    </message>
    <message>
        <source> · %1 is not over: its values (●) are so far</source>
        <translation> · el %1 no ha terminado: sus valores (●) son parciales</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>This range&apos;s figures</source>
        <translation>Las cifras de este periodo</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>Aún no se ha cargado nada.</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>datos de %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export failed</source>
        <translation>Error al exportar</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Guardar como PNG…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>Guardar gráfico</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>Exportar datos como CSV…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Exportar datos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>Token rechazado</translation>
    </message>
    <message>
        <source>%1 rejected the API token. Paste a valid token (it is kept in the system keychain):</source>
        <translation>%1 rechazó el token de la API. Pegue un token válido (se guarda en el llavero del sistema):</translation>
    </message>
</context>
<context>
    <name>QuickGlance</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>Instalaciones</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>Inicios de la app</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
</context>
<context>
    <name>QuickGlanceCard</name>
    <message>
        <source> · last 24 h</source>
        <translation> · últimas 24&#xa0;h</translation>
    </message>
    <message>
        <source>%1 vs previous 24 h</source>
        <translation>%1 frente a las 24&#xa0;h anteriores</translation>
    </message>
    <message>
        <source>%1: %2 in the last 24 h, %3 in the 24 h before</source>
        <translation>%1: %2 en las últimas 24&#xa0;h, %3 en las 24&#xa0;h anteriores</translation>
    </message>
</context>
<context>
    <name>QuickGlancePanel</name>
    <message>
        <source>Last 24 hours, against the 24 hours before</source>
        <translation>Últimas 24&#xa0;horas, frente a las 24&#xa0;horas anteriores</translation>
    </message>
    <message>
        <source>Quick glance could not be loaded: %1</source>
        <translation>No se pudo cargar el vistazo rápido: %1</translation>
    </message>
</context>
<context>
    <name>RangeBox</name>
    <message>
        <source>Custom range…</source>
        <translation>Periodo personalizado…</translation>
    </message>
    <message>
        <source>The days every chart and table shows, in the window&apos;s time zone</source>
        <translation>Los días que muestran todos los gráficos y tablas, en la zona horaria de la ventana</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Periodo personalizado</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
</context>
<context>
    <name>SeriesTotalsModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>Día pico</translation>
    </message>
    <message>
        <source>On that day</source>
        <translation>Ese día</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>No accounts saved yet. “Add account…” connects to a Nucleus server; the token goes to the system keychain, never to a file.</source>
        <translation>Aún no hay cuentas guardadas. “Añadir cuenta…” conecta con un servidor de Nucleus; el token se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Show this account&apos;s first app in the window (or double-click it)</source>
        <translation>Mostrar en la ventana la primera app de esta cuenta (también con doble clic)</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Replace the token or rename an app; checked before saving</source>
        <translation>Sustituir el token o cambiar el nombre de una app; se comprueba antes de guardar</translation>
    </message>
    <message>
        <source>Add app…</source>
        <translation>Añadir app…</translation>
    </message>
    <message>
        <source>Remove app…</source>
        <translation>Quitar app…</translation>
    </message>
    <message>
        <source>Stop offering an app of this account; its data stays on the server</source>
        <translation>Dejar de ofrecer una app de esta cuenta; sus datos se conservan en el servidor</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>Quitar cuenta…</translation>
    </message>
    <message>
        <source>The new language is shown when Nucleus Dashboard starts again.</source>
        <translation>El nuevo idioma se mostrará cuando Nucleus Dashboard se vuelva a iniciar.</translation>
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
        <translation>Una respuesta mayor se detiene y se indica como demasiado grande, para que ningún servidor pueda acaparar la memoria de este equipo</translation>
    </message>
    <message>
        <source>Time zone (also in the toolbar)</source>
        <translation>Zona horaria (también en la barra de herramientas)</translation>
    </message>
    <message>
        <source>Appearance (also in View)</source>
        <translation>Apariencia (también en Ver)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Live poll interval</source>
        <translation>Intervalo de actualización en vivo</translation>
    </message>
    <message>
        <source>Request timeout (no progress)</source>
        <translation>Tiempo de espera de solicitud (sin progreso)</translation>
    </message>
    <message>
        <source>Largest answer read</source>
        <translation>Tamaño máximo de respuesta</translation>
    </message>
    <message>
        <source>Answer cache size limit</source>
        <translation>Límite de la caché de respuestas</translation>
    </message>
    <message>
        <source>Accounts — tokens are kept in the system keychain</source>
        <translation>Cuentas — los tokens se guardan en el llavero del sistema</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Alerts — checked every live poll interval</source>
        <translation>Alertas — se comprueban en cada intervalo de actualización en vivo</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>Añadir app</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>ID de la app:</translation>
    </message>
    <message>
        <source>Display name (optional):</source>
        <translation>Nombre visible (opcional):</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove the account of %1?

Its token is deleted from the system keychain.</source>
        <translation>¿Quitar la cuenta de %1?

Su token se eliminará del llavero del sistema.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>No se pudo eliminar el token: %1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>Quitar app</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Stop offering %1 of %2?

Its data on the server is not touched, and the account and its token stay; you can add the app again.</source>
        <translation>¿Dejar de ofrecer %1 de %2?

Sus datos en el servidor no se modifican, y la cuenta y su token se mantienen; puede volver a añadir la app.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Local development — events your app sends</source>
        <translation>Desarrollo local — eventos que envía su app</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>waiting for the first count</source>
        <translation>esperando el primer recuento</translation>
    </message>
    <message>
        <source>more points after the next poll</source>
        <translation>más puntos tras la próxima actualización</translation>
    </message>
</context>
<context>
    <name>StackedDayChart</name>
    <message>
        <source>Spike</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Far above this range&apos;s normal level</source>
        <translation>Muy por encima del nivel normal de este periodo</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) far above the range&apos;s normal level</source>
        <translation>
            <numerusform>%n día muy por encima del nivel normal del periodo</numerusform>
            <numerusform>%n días muy por encima del nivel normal del periodo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayCounter</name>
    <message>
        <source>Last alert: %1</source>
        <translation>Última alerta: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — live count: %1</source>
        <translation>Nucleus Dashboard — recuento en vivo: %1</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — %1 users online</source>
        <translation>Nucleus Dashboard — %1 usuarios en línea</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>not a valid server address</source>
        <translation>no es una dirección de servidor válida</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>la dirección no debe contener un nombre de usuario ni una contraseña</translation>
    </message>
    <message>
        <source>plain http:// is only allowed for this computer; use https://</source>
        <translation>http:// sin cifrar solo se permite para este equipo; use https://</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;</source>
        <translation>esquema «%1» no admitido</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plataformas</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>Idioma y región</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Copy ID</source>
        <translation>Copiar ID</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>Eliminar usuario…</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>Adelante ▶</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>The API lists every user of the app: the date range does not apply</source>
        <translation>La API enumera todos los usuarios de la app: el periodo no se aplica</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>Versión del SO</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>Versión de la app</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Sessions (newest first) — select one to see its events</source>
        <translation>Sesiones (las más recientes primero) — seleccione una para ver sus eventos</translation>
    </message>
    <message>
        <source>Session events</source>
        <translation>Eventos de la sesión</translation>
    </message>
    <message>
        <source>Copied user ID “%1”</source>
        <translation>ID de usuario “%1” copiado</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>Atrás (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>Adelante (%1)</translation>
    </message>
    <message>
        <source>All users · %1</source>
        <translation>Todos los usuarios · %1</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 de %2 usuarios</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>Ningún usuario coincide con “%1”.</translation>
    </message>
    <message>
        <source>This app has no users yet.</source>
        <translation>Esta app aún no tiene usuarios.</translation>
    </message>
    <message>
        <source>Select a session to see its events.</source>
        <translation>Seleccione una sesión para ver sus eventos.</translation>
    </message>
    <message>
        <source>The session&apos;s events</source>
        <translation>Eventos de la sesión</translation>
    </message>
    <message>
        <source>This session has no events.</source>
        <translation>Esta sesión no tiene eventos.</translation>
    </message>
    <message>
        <source>User “%1” no longer exists.</source>
        <translation>El usuario “%1” ya no existe.</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Sessions could not be loaded.</source>
        <translation>No se pudieron cargar las sesiones.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Created %1 · last seen %2
%3</source>
        <translation>Creado: %1 · última actividad: %2
%3</translation>
    </message>
    <message>
        <source>No properties.</source>
        <translation>Sin propiedades.</translation>
    </message>
    <message>
        <source>No sessions recorded for this user.</source>
        <translation>No hay sesiones registradas para este usuario.</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>Ningún usuario seleccionado</translation>
    </message>
    <message>
        <source>Select a user to see their devices and sessions.</source>
        <translation>Seleccione un usuario para ver sus dispositivos y sesiones.</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar usuario</translation>
    </message>
    <message>
        <source>Delete user “%1” and all of their data?

This is permanent: the server deletes the user&apos;s sessions and events, and it cannot be undone.</source>
        <translation>¿Eliminar el usuario “%1” y todos sus datos?

Es permanente: el servidor elimina las sesiones y los eventos del usuario, y no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>It is not known whether user “%1” was deleted: %2 Reload to see.</source>
        <translation>No se sabe si el usuario “%1” se eliminó: %2 Recargue para comprobarlo.</translation>
    </message>
    <message>
        <source>User “%1” was not deleted: %2</source>
        <translation>El usuario “%1” no se eliminó: %2</translation>
    </message>
    <message>
        <source>Deleted user “%1”</source>
        <translation>Usuario “%1” eliminado</translation>
    </message>
    <message>
        <source>Search user id, country, platform or language</source>
        <translation>Buscar ID de usuario, país, plataforma o idioma</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Buscar usuarios</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Explore the demo</source>
        <translation>Explorar la demo</translation>
    </message>
    <message>
        <source>Connect your app…</source>
        <translation>Conectar su app…</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>Le damos la bienvenida a %1</translation>
    </message>
    <message>
        <source>See the usage, events, errors, users and live activity of your desktop apps from the Nucleus Data API, right here.

Try it on built-in demo data first (nothing is sent anywhere), or connect your own app: you need the server address, the app&apos;s ID and an API token. The token is kept in the system keychain, never in a file.</source>
        <translation>Vea aquí mismo el uso, los eventos, los errores, los usuarios y la actividad en vivo de sus apps de escritorio a partir de la Nucleus Data API.

Pruébelo primero con los datos de demostración integrados (no se envía nada a ningún sitio) o conecte su propia app: necesita la dirección del servidor, el ID de la app y un token de la API. El token se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Your app&apos;s ID and API token are in your account at &lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt;.</source>
        <translation>El ID de su app y el token de la API están en su cuenta de &lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Opens the dashboard on synthetic data served on this computer</source>
        <translation>Abre el panel con datos sintéticos servidos desde este equipo</translation>
    </message>
    <message>
        <source>Server, app ID and API token; checked before anything is saved</source>
        <translation>Servidor, ID de la app y token de la API; se comprueban antes de guardar nada</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>The time zone of every day, date and time the window shows</source>
        <translation>La zona horaria de todos los días, fechas y horas que muestra la ventana</translation>
    </message>
</context>
</TS>
