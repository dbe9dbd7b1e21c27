<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AccountClients</name>
    <message>
        <source>The account was closed.</source>
        <translation>アカウントが閉じられました。</translation>
    </message>
    <message>
        <source>The demo is not running.</source>
        <translation>デモは実行されていません。</translation>
    </message>
    <message>
        <source>No token is stored for %1.</source>
        <translation>%1 のトークンは保存されていません。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした：%1</translation>
    </message>
</context>
<context>
    <name>AccountOpener</name>
    <message>
        <source>The demo could not be started: %1</source>
        <translation>デモを開始できませんでした：%1</translation>
    </message>
    <message>
        <source>Demo app</source>
        <translation>デモアプリ</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>The local development server could not start: %1</source>
        <translation>ローカル開発サーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Local development</source>
        <translation>ローカル開発</translation>
    </message>
</context>
<context>
    <name>AlertChecker</name>
    <message>
        <source>The account was closed during the check.</source>
        <translation>確認中にアカウントが閉じられました。</translation>
    </message>
    <message>
        <source>The server sent no live count.</source>
        <translation>サーバーからライブ数が返されませんでした。</translation>
    </message>
    <message>
        <source>The server sent no error count.</source>
        <translation>サーバーからエラー数が返されませんでした。</translation>
    </message>
    <message>
        <source>The server&apos;s answer leaves out some hours of the rule&apos;s window (%1), so the app starts cannot be counted.</source>
        <translation>サーバーの応答にルールの時間枠（%1）の一部の時間帯が含まれていないため、アプリ起動を数えられません。</translation>
    </message>
</context>
<context>
    <name>AlertMonitor</name>
    <message>
        <source>Alert: %1</source>
        <translation>アラート: %1</translation>
    </message>
    <message>
        <source>%1 — now %2</source>
        <translation>%1 — 現在 %2</translation>
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
        <translation>errors&gt;50/24h  過去 24 時間のエラーが 50 件を超える
errors&gt;3x      過去 24 時間のエラーがその前の 24 時間の 3 倍を超える
live&lt;5@10m     ライブユーザーが 5 人未満の状態が 10 分継続（@ なしの場合は 5 分）
live&gt;200@5m    ライブユーザーが 200 人を超える状態が 5 分継続
starts=0@6h    6 時間にわたりアプリ起動なし</translation>
    </message>
    <message>
        <source>No rule given. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>ルールが指定されていません。errors&gt;50/24h、errors&gt;3x、live&lt;5@10m、starts=0@6h のように記述してください。</translation>
    </message>
    <message>
        <source>“%1” is not a rule. Write one like errors&gt;50/24h, errors&gt;3x, live&lt;5@10m or starts=0@6h.</source>
        <translation>「%1」はルールではありません。errors&gt;50/24h、errors&gt;3x、live&lt;5@10m、starts=0@6h のように記述してください。</translation>
    </message>
    <message>
        <source>“%1” has no threshold: give a number after %2.</source>
        <translation>「%1」にしきい値がありません。%2 の後に数値を指定してください。</translation>
    </message>
    <message>
        <source>“%1”: the threshold must be a number, 0 or more (not “%2”).</source>
        <translation>「%1」：しきい値には 0 以上の数値を指定してください（「%2」は指定できません）。</translation>
    </message>
    <message>
        <source>“%1”: an errors rule is errors&gt;N (in 24 h) or errors&gt;Kx (K × the 24 h before).</source>
        <translation>「%1」：errors ルールの形式は errors&gt;N（24 時間のエラー数）または errors&gt;Kx（その前の 24 時間の K 倍）です。</translation>
    </message>
    <message>
        <source>“%1”: use errors&gt;N/24h or errors&gt;Kx, not both.</source>
        <translation>「%1」：errors&gt;N/24h と errors&gt;Kx は同時に使用できません。どちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>“%1”: the factor must be more than 0.</source>
        <translation>「%1」：倍率には 0 より大きい値を指定してください。</translation>
    </message>
    <message>
        <source>“%1”: “x” and “/24h” belong to errors rules.</source>
        <translation>「%1」：「x」と「/24h」は errors ルールでのみ使用できます。</translation>
    </message>
    <message>
        <source>“%1”: a live rule is live&lt;N or live&gt;N.</source>
        <translation>「%1」：live ルールの形式は live&lt;N または live&gt;N です。</translation>
    </message>
    <message>
        <source>“%1”: fewer than 0 users can never be live; give a number above 0.</source>
        <translation>「%1」：ライブユーザーが 0 人未満になることはありません。0 より大きい数値を指定してください。</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 10m or 2h).</source>
        <translation>「%1」：「%2」は 1m から 7 日までの期間ではありません（10m や 2h のように指定します）。</translation>
    </message>
    <message>
        <source>“%1”: a starts rule is starts=0@DURATION (no app start for that long).</source>
        <translation>「%1」：starts ルールの形式は starts=0@DURATION です（その期間アプリ起動がないことを表します）。</translation>
    </message>
    <message>
        <source>“%1”: say for how long, e.g. starts=0@6h.</source>
        <translation>「%1」：期間を指定してください（例: starts=0@6h）。</translation>
    </message>
    <message>
        <source>“%1”: “%2” is not a duration from 1m to 7 days (like 30m or 6h).</source>
        <translation>「%1」：「%2」は 1m から 7 日までの期間ではありません（30m や 6h のように指定します）。</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>More than %1 errors in 24 h</source>
        <translation>24 時間のエラーが %1 件を超える</translation>
    </message>
    <message>
        <source>Errors in 24 h above %1 × the 24 h before</source>
        <translation>24 時間のエラーがその前の 24 時間の %1 倍を超える</translation>
    </message>
    <message>
        <source>Fewer than %1 users live for %2</source>
        <translation>ライブユーザーが %1 人未満の状態が %2継続</translation>
    </message>
    <message>
        <source>More than %1 users live for %2</source>
        <translation>ライブユーザーが %1 人を超える状態が %2継続</translation>
    </message>
    <message>
        <source>No app start for %1</source>
        <translation>%1にわたりアプリ起動なし</translation>
    </message>
    <message>
        <source>%1 errors in 24 h</source>
        <translation>24 時間で %1 件のエラー</translation>
    </message>
    <message>
        <source>%1 live</source>
        <translation>ライブ %1 人</translation>
    </message>
    <message>
        <source>%1 starts in %2</source>
        <extracomment>%2 the rule&apos;s window as written in the rule (&quot;6h&quot;, &quot;30m&quot;).</extracomment>
        <translation>%2 で %1 回の起動</translation>
    </message>
</context>
<context>
    <name>AlertRuleDialog</name>
    <message>
        <source>Alert rule</source>
        <translation>アラートルール</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Connect an app first: rules belong to an app.</source>
        <translation>先にアプリを接続してください。ルールはアプリごとに設定します。</translation>
    </message>
</context>
<context>
    <name>AlertSettings</name>
    <message>
        <source>Keep running in the tray when the window is closed, checking the alerts</source>
        <translation>ウィンドウを閉じてもシステムトレイで実行を続け、アラートを確認する</translation>
    </message>
    <message>
        <source>No alert rules yet. “Add rule…” watches an app for you: its errors, live users or app starts.</source>
        <translation>アラートルールはまだありません。「ルールを追加…」で、アプリのエラー、ライブユーザー、アプリ起動を監視できます。</translation>
    </message>
    <message>
        <source>No alert has fired yet.</source>
        <translation>まだアラートは発生していません。</translation>
    </message>
    <message>
        <source>App</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>記述</translation>
    </message>
    <message>
        <source>On</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Alert rules</source>
        <translation>アラートルール</translation>
    </message>
    <message>
        <source>Alert history</source>
        <translation>アラート履歴</translation>
    </message>
    <message>
        <source>Add rule…</source>
        <translation>ルールを追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Check now</source>
        <translation>今すぐ確認</translation>
    </message>
    <message>
        <source>Clear history</source>
        <translation>履歴を消去</translation>
    </message>
    <message>
        <source>This desktop has no system tray</source>
        <translation>このデスクトップにはシステムトレイがありません</translation>
    </message>
    <message>
        <source>Alert history (newest first)</source>
        <translation>アラート履歴（新しい順）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Checked while on</source>
        <translation>有効な間は確認されます</translation>
    </message>
</context>
<context>
    <name>AnalyticsPage</name>
    <message>
        <source>%1 — showing data as of %2</source>
        <translation>%1 — %2 時点のデータを表示しています</translation>
    </message>
    <message>
        <source>%1 — nothing could be loaded</source>
        <translation>%1 — 何も読み込めませんでした</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>%1 could not be loaded.</source>
        <translation>%1 を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>ApiError</name>
    <message>
        <source>The server address must use https:// (plain http:// is only allowed for this computer).</source>
        <translation>サーバーのアドレスには https:// を使用してください（暗号化されていない http:// はこのコンピューター上のサーバーにのみ使用できます）。</translation>
    </message>
    <message>
        <source>The server could not be reached. Check the address and your connection.</source>
        <translation>サーバーに接続できませんでした。アドレスとネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>サーバーが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>The secure connection to the server failed (certificate or TLS error).</source>
        <translation>サーバーとの安全な接続に失敗しました（証明書または TLS のエラー）。</translation>
    </message>
    <message>
        <source>The server redirected to another address; the request was stopped so that your token is not sent there.</source>
        <translation>サーバーが別のアドレスにリダイレクトしました。トークンがそのアドレスに送信されないよう、リクエストを中止しました。</translation>
    </message>
    <message>
        <source>The server kept redirecting the request (a redirect loop); it was stopped.</source>
        <translation>サーバーがリクエストのリダイレクトを繰り返したため（リダイレクトループ）、中止しました。</translation>
    </message>
    <message>
        <source>The server redirected to an address that cannot be followed.</source>
        <translation>サーバーが追跡できないアドレスにリダイレクトしました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer broke off before it was complete. Try again.</source>
        <translation>サーバーの応答が完了する前に途切れました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was compressed in a way that could not be undone.</source>
        <translation>サーバーの応答は展開できない方式で圧縮されていました。</translation>
    </message>
    <message>
        <source>The connection closed before the server answered.</source>
        <translation>サーバーが応答する前に接続が閉じられました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is too large to read (over the limit of %1 MB; raise it in Settings or with --max-body); it was stopped.</source>
        <translation>サーバーの応答が大きすぎるため読み取れません（上限の %1 MB を超えています。上限は設定または --max-body で引き上げられます）。読み込みを中止しました。</translation>
    </message>
    <message>
        <source>The server rejected the API token. Enter a valid token.</source>
        <translation>サーバーが API トークンを拒否しました。有効なトークンを入力してください。</translation>
    </message>
    <message>
        <source>This token is not allowed to read this app.</source>
        <translation>このトークンには、このアプリを読み取る権限がありません。</translation>
    </message>
    <message>
        <source>Not found: the app or user does not exist (or no longer exists).</source>
        <translation>見つかりません：アプリまたはユーザーが存在しません（または削除されています）。</translation>
    </message>
    <message numerus="yes">
        <source>Too many requests; the server asks to wait %n second(s).</source>
        <translation>
            <numerusform>リクエストが多すぎます。サーバーから %n 秒待つよう求められています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many requests; try again in a moment.</source>
        <translation>リクエストが多すぎます。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server had an internal error. Try again later.</source>
        <translation>サーバーで内部エラーが発生しました。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>サーバーがリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read.</source>
        <translation>このバージョンでは読み取れないデータがサーバーから送られてきました。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>リクエストはキャンセルされました。</translation>
    </message>
    <message>
        <source>Nothing is kept for this request: the answer cache holds what the window has shown (same app, range and time zone). Run it without --cached.</source>
        <translation>このリクエストの応答は保存されていません。応答キャッシュに保存されるのは、ウィンドウに表示された内容（同じアプリ、期間、タイムゾーン）です。--cached を付けずに実行してください。</translation>
    </message>
    <message>
        <source>Server unreachable</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>The server is not answering</source>
        <translation>サーバーが応答しません</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was refused</source>
        <translation>サーバーの証明書が拒否されました</translation>
    </message>
    <message>
        <source>The server redirects in a loop</source>
        <translation>サーバーのリダイレクトがループしています</translation>
    </message>
    <message>
        <source>The server&apos;s answers break off</source>
        <translation>サーバーの応答が途中で途切れます</translation>
    </message>
    <message>
        <source>The server closes connections without answering</source>
        <translation>サーバーが応答せずに接続を閉じます</translation>
    </message>
    <message>
        <source>The token was refused</source>
        <translation>トークンが拒否されました</translation>
    </message>
    <message>
        <source>The server asks to slow down (HTTP 429)</source>
        <translation>サーバーからリクエストの抑制を求められています (HTTP 429)</translation>
    </message>
    <message>
        <source>The server is failing (HTTP %1)</source>
        <translation>サーバーで障害が発生しています (HTTP %1)</translation>
    </message>
    <message>
        <source>The server sent data this version cannot read</source>
        <translation>このバージョンでは読み取れないデータがサーバーから送られてきました</translation>
    </message>
</context>
<context>
    <name>AppSwitcher</name>
    <message>
        <source>App — the apps of every saved account, and the demo</source>
        <translation>アプリ — 保存済みのすべてのアカウントのアプリとデモ</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>デモデータ</translation>
    </message>
    <message>
        <source>Demo app (built in)</source>
        <translation>デモアプリ（組み込み）</translation>
    </message>
</context>
<context>
    <name>AppTile</name>
    <message>
        <source>Open %1 (%2 on %3)</source>
        <translation>%1 を開く (%3 の %2)</translation>
    </message>
    <message>
        <source>App %1 on %2</source>
        <translation>%2 のアプリ %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>アプリ起動</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Live now</source>
        <translation>現在のライブ</translation>
    </message>
    <message>
        <source>last 24 h, change vs the 24 h before</source>
        <translation>過去 24 時間（増減はその前の 24 時間との比較）</translation>
    </message>
    <message>
        <source>App starts a day, last 30 days</source>
        <translation>1 日あたりのアプリ起動数（過去 30 日間）</translation>
    </message>
    <message>
        <source>%1 app starts in 30 days</source>
        <translation>30 日間のアプリ起動 %1 回</translation>
    </message>
    <message>
        <source>30-day usage could not be loaded</source>
        <translation>30 日間の利用状況を読み込めませんでした</translation>
    </message>
    <message>
        <source>Data from %1</source>
        <translation>%1 時点のデータ</translation>
    </message>
    <message>
        <source>%1: %2 users (%3), %4 app starts (%5), %6 errors (%7), %8 live</source>
        <translation>%1: ユーザー %2 人 (%3)、アプリ起動 %4 回 (%5)、エラー %6 件 (%7)、ライブ %8 人</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
</context>
<context>
    <name>AppsPage</name>
    <message>
        <source>Every saved app of every account: the last 24 h against the 24 h before. Click an app to open it.</source>
        <translation>すべてのアカウントに保存されたすべてのアプリについて、過去 24 時間をその前の 24 時間と比較しています。アプリをクリックすると開きます。</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>すべてのアプリ</translation>
    </message>
    <message>
        <source>No apps yet. Add one in Settings (Add account…), or explore the demo: its apps appear here.</source>
        <translation>まだアプリがありません。設定（アカウントを追加…）で追加するか、デモをお試しください。デモのアプリがここに表示されます。</translation>
    </message>
</context>
<context>
    <name>BreakdownChart</name>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
</context>
<context>
    <name>BreakdownModel</name>
    <message>
        <source>(unknown)</source>
        <translation>（不明）</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
</context>
<context>
    <name>CacheSettings</name>
    <message>
        <source>Empty…</source>
        <translation>空にする…</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The last answers are kept on this computer so the window opens at once and offline; the oldest go first when the limit is reached.</source>
        <translation>最近の応答をこのコンピューターに保存し、ウィンドウをすぐに、またオフラインでも開けるようにします。上限に達すると古いものから削除されます。</translation>
    </message>
    <message>
        <source>Forget every kept answer (the server&apos;s data is not touched)</source>
        <translation>保存されたすべての応答を消去します（サーバーのデータには影響しません）</translation>
    </message>
    <message>
        <source>Empty the answer cache</source>
        <translation>応答キャッシュを空にする</translation>
    </message>
    <message>
        <source>Forget every answer kept on this computer? The window then waits for the server, and shows nothing offline until it has answered again.</source>
        <translation>このコンピューターに保存されたすべての応答を消去しますか？消去後はサーバーの応答を待つため、サーバーが再び応答するまでオフラインでは何も表示されません。</translation>
    </message>
    <message>
        <source>Empty</source>
        <translation>空にする</translation>
    </message>
    <message>
        <source>off for this run (--no-cache)</source>
        <translation>この実行では無効 (--no-cache)</translation>
    </message>
    <message>
        <source>%1 kept</source>
        <translation>%1 保存済み</translation>
    </message>
</context>
<context>
    <name>ChartSummary</name>
    <message>
        <source>%1: no data</source>
        <translation>%1: データなし</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>増加傾向</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>減少傾向</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day</source>
        <translation>%1 1 日あたり %2～%3</translation>
    </message>
    <message>
        <source>%1 %2 to %3 a day, %4</source>
        <extracomment>%1 a series (&quot;App starts&quot;), %2 and %3 its lowest and highest value of a day, %4 rising, falling or steady.</extracomment>
        <translation>%1 1 日あたり %2～%3、%4</translation>
    </message>
    <message>
        <source>%1: no data.</source>
        <translation>%1: データがありません。</translation>
    </message>
    <message>
        <source>%1, %2 to %3: %4.</source>
        <extracomment>%1 the chart&apos;s title, %2 and %3 its first and last day, %4 what it shows.</extracomment>
        <translation>%1、%2～%3: %4。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 a chart&apos;s title, %2 its rows (&quot;Windows · 51.9 %, macOS · 30.1 %&quot;).</extracomment>
        <translation>%1: %2。</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <source>%1, so far (the day is not over)</source>
        <translation>%1（この日はまだ終わっていないため、現時点までの値）</translation>
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
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Check and connect</source>
        <translation>確認して接続</translation>
    </message>
    <message>
        <source>Connect to your analytics</source>
        <translation>アナリティクスに接続</translation>
    </message>
    <message>
        <source>API token (kept in the system keychain)</source>
        <translation>API トークン（システムのキーチェーンに保存されます）</translation>
    </message>
    <message>
        <source>App ID</source>
        <translation>アプリ ID</translation>
    </message>
    <message>
        <source>Display name (optional)</source>
        <translation>表示名（省略可）</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>No token for %1 is stored in the system keychain. Enter it to open app “%2”.</source>
        <translation>%1 のトークンがシステムのキーチェーンに保存されていません。アプリ「%2」を開くにはトークンを入力してください。</translation>
    </message>
    <message>
        <source>The system keychain could not be read (%1). Enter the token to open app “%2”.</source>
        <translation>システムのキーチェーンを読み取れませんでした (%1)。アプリ「%2」を開くにはトークンを入力してください。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Server: %1.</source>
        <translation>サーバー：%1。</translation>
    </message>
    <message>
        <source>Enter the API token.</source>
        <translation>API トークンを入力してください。</translation>
    </message>
    <message>
        <source>Enter the app ID.</source>
        <translation>アプリ ID を入力してください。</translation>
    </message>
    <message>
        <source>The server rejected this token. Check it and try again.</source>
        <translation>サーバーがこのトークンを拒否しました。トークンを確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server does not know app “%1”.</source>
        <translation>サーバーにアプリ「%1」が見つかりません。</translation>
    </message>
    <message>
        <source>Could not connect: %1</source>
        <translation>接続できませんでした：%1</translation>
    </message>
    <message>
        <source>Connected, but the token could not be stored in a keychain (%1); it will not be remembered after this run.</source>
        <translation>接続しましたが、トークンをキーチェーンに保存できませんでした (%1)。今回の実行が終わるとトークンは保持されません。</translation>
    </message>
</context>
<context>
    <name>DashboardState</name>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>カスタム…</translation>
    </message>
</context>
<context>
    <name>DayLineChart</name>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>Change: %1</source>
        <translation>増減: %1</translation>
    </message>
</context>
<context>
    <name>DaySeriesModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>DisplayFormat</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage: %1 is the number, already in the language&apos;s digits, decimal mark and sign. Write the percent sign as the language does (&quot;%1 %&quot; with a space, or &quot;%1%&quot;).</extracomment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
</context>
<context>
    <name>ErrorsPage</name>
    <message>
        <source>Errors per day</source>
        <translation>日別エラー数</translation>
    </message>
    <message>
        <source>Error totals</source>
        <translation>エラー合計</translation>
    </message>
    <message>
        <source>Errors over time</source>
        <translation>エラーの推移</translation>
    </message>
    <message>
        <source>Totals by error type</source>
        <translation>エラーの種類別合計</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Other errors</source>
        <translation>その他のエラー</translation>
    </message>
    <message>
        <source>No day stands out from this range&apos;s normal level.</source>
        <translation>この期間の通常レベルから突出した日はありません。</translation>
    </message>
    <message>
        <source>Far above normal: %1</source>
        <translation>通常を大きく上回る日: %1</translation>
    </message>
    <message>
        <source>No errors in this range.</source>
        <translation>この期間にエラーはありません。</translation>
    </message>
</context>
<context>
    <name>EventTimelineModel</name>
    <message>
        <source>(no type)</source>
        <translation>（種類なし）</translation>
    </message>
    <message>
        <source>(no data)</source>
        <translation>（データなし）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Events per day</source>
        <translation>日別イベント数</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Event totals</source>
        <translation>イベント合計</translation>
    </message>
    <message>
        <source>Top </source>
        <translation>上位 </translation>
    </message>
    <message>
        <source>Events drawn as their own line; the rest are summed as &quot;Others&quot;</source>
        <translation>個別の線で表示するイベントの数。残りは「その他」として合算されます</translation>
    </message>
    <message>
        <source>Property:</source>
        <translation>プロパティ:</translation>
    </message>
    <message>
        <source>Events over time</source>
        <translation>イベントの推移</translation>
    </message>
    <message>
        <source>Totals — select an event to see its properties</source>
        <translation>合計 — イベントを選択するとプロパティが表示されます</translation>
    </message>
    <message>
        <source>Event properties</source>
        <translation>イベントのプロパティ</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>この期間にイベントはありません。</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>イベント: %1</translation>
    </message>
    <message>
        <source>No event properties in this range.</source>
        <translation>この期間にイベントのプロパティはありません。</translation>
    </message>
    <message>
        <source>“%1” carries no properties in this range.</source>
        <translation>この期間、「%1」にはプロパティがありません。</translation>
    </message>
    <message>
        <source>Values of “%1”</source>
        <translation>「%1」の値</translation>
    </message>
    <message>
        <source>No values of “%1” in this range.</source>
        <translation>この期間に「%1」の値はありません。</translation>
    </message>
    <message>
        <source>Events drawn as their own line</source>
        <translation>個別の線で表示するイベント数</translation>
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
        <translation>Nucleus Data API V1 から、デスクトップアプリのアナリティクスを表示します。
API トークンはシステムのキーチェーン（または NUCLEUS_TOKEN）から取得します。
コマンド（それぞれ --help があります。出力は英語です）:
  login --server URL --app ID [--name NAME]   トークンを標準入力から読み取り、キーチェーンに保存
  logout --server URL
  export VIEW [ARGS]      ビューを CSV または JSON で出力
  delete-user USERID --yes
  alerts list | add RULE... | remove ID... | check   ローカルのアラートルール (errors&gt;50/24h, errors&gt;3x, live&lt;5@10m, starts=0@6h)
  screenshot PAGE -o FILE.png</translation>
    </message>
    <message>
        <source>Data API base URL (default %1).</source>
        <translation>Data API のベース URL（既定値: %1）。</translation>
    </message>
    <message>
        <source>App ID to show.</source>
        <translation>表示するアプリの ID。</translation>
    </message>
    <message>
        <source>Use the built-in demo data (a local demo server).</source>
        <translation>組み込みのデモデータ（ローカルのデモサーバー）を使用します。</translation>
    </message>
    <message>
        <source>Run without the answer cache: nothing kept on disk, nothing drawn from it.</source>
        <translation>応答キャッシュを使わずに実行します。ディスクには何も保存せず、キャッシュからも何も表示しません。</translation>
    </message>
    <message>
        <source>With --demo: the demo server answers each request after MS milliseconds, as a slow network would.</source>
        <translation>--demo と併用：デモサーバーが、低速なネットワークのように各リクエストに MS ミリ秒後に応答します。</translation>
    </message>
    <message>
        <source>The window&apos;s language for this run: en, de, fr, es or ja (default: the one chosen in Settings, else the system&apos;s).</source>
        <translation>この実行でのウィンドウの言語：en、de、fr、es、ja のいずれか（既定値は設定で選んだ言語、未設定ならシステムの言語）。</translation>
    </message>
    <message>
        <source>Local development: receive what your app&apos;s Nucleus SDK sends on 127.0.0.1:%1 and show it (--app names the app, default dev-app).</source>
        <translation>ローカル開発: アプリの Nucleus SDK が 127.0.0.1:%1 に送信したデータを受信して表示します（--app でアプリを指定、既定は dev-app）。</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System</source>
        <translation>システムに合わせる</translation>
    </message>
</context>
<context>
    <name>LiveEventsModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>データ</translation>
    </message>
</context>
<context>
    <name>LivePage</name>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>every </source>
        <translation>間隔 </translation>
    </message>
    <message>
        <source>keep </source>
        <translation>保持 </translation>
    </message>
    <message>
        <source> events</source>
        <translation> 件</translation>
    </message>
    <message>
        <source>Users online now</source>
        <translation>現在オンラインのユーザー</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Users online</source>
        <translation>オンラインのユーザー</translation>
    </message>
    <message>
        <source>Live events (newest first)</source>
        <translation>ライブイベント（新しい順）</translation>
    </message>
    <message>
        <source>Nobody is using the app right now.</source>
        <translation>現在アプリを使用しているユーザーはいません。</translation>
    </message>
    <message>
        <source>No events in the last minutes.</source>
        <translation>ここ数分間のイベントはありません。</translation>
    </message>
    <message>
        <source>The live count</source>
        <translation>ライブ数</translation>
    </message>
    <message>
        <source>The users online could not be loaded.</source>
        <translation>オンラインのユーザーを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Live events could not be loaded.</source>
        <translation>ライブイベントを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Live polling stopped: %1</source>
        <translation>ライブのポーリングを停止しました：%1</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected. The count is from %1.</source>
        <translation>停止しました：トークンが拒否されました。ライブ数は %1 時点のものです。</translation>
    </message>
    <message>
        <source>Stopped: the token was rejected.</source>
        <translation>停止しました：トークンが拒否されました。</translation>
    </message>
    <message>
        <source>Nothing loaded yet. %1 Retrying in %2 s.</source>
        <translation>まだ何も読み込まれていません。%1 %2 秒後に再試行します。</translation>
    </message>
    <message numerus="yes">
        <source>Not current: the count is from %1 (%n min ago). %2 Retrying in %3 s.</source>
        <translation>
            <numerusform>最新ではありません：ライブ数は %1 時点（%n 分前）のものです。%2 %3 秒後に再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not current: the count is from %1. %2 Retrying in %3 s.</source>
        <translation>最新ではありません：ライブ数は %1 時点のものです。%2 %3 秒後に再試行します。</translation>
    </message>
    <message>
        <source>Count updated %1; %2 could not be loaded. %3 Retrying in %4 s.</source>
        <translation>ライブ数は %1 に更新されましたが、%2 を読み込めませんでした。%3 %4 秒後に再試行します。</translation>
    </message>
    <message>
        <source> and </source>
        <translation> および </translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>最終更新: %1</translation>
    </message>
    <message>
        <source>Paused while not on screen. Updated %1.</source>
        <translation>画面に表示されていない間は一時停止しています。最終更新: %1。</translation>
    </message>
    <message>
        <source>Poll interval</source>
        <translation>ポーリング間隔</translation>
    </message>
    <message>
        <source>Events kept in the list</source>
        <translation>一覧に保持するイベント数</translation>
    </message>
    <message>
        <source>Not updated yet</source>
        <translation>まだ更新されていません</translation>
    </message>
    <message>
        <source>Paused while not on screen. Not updated yet.</source>
        <translation>画面に表示されていない間は一時停止しています。まだ更新されていません。</translation>
    </message>
</context>
<context>
    <name>LivePoller</name>
    <message>
        <source>users online count</source>
        <translation>オンラインユーザー数</translation>
    </message>
    <message>
        <source>users online</source>
        <translation>オンラインのユーザー</translation>
    </message>
    <message>
        <source>live events</source>
        <translation>ライブイベント</translation>
    </message>
</context>
<context>
    <name>LiveUsersModel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終利用</translation>
    </message>
</context>
<context>
    <name>LocalDevPanel</name>
    <message>
        <source>Point your app&apos;s Nucleus SDK at this computer: what it sends shows up here, on every page, and stays between runs. Nothing goes to Nucleus&apos; servers.</source>
        <translation>アプリの Nucleus SDK の送信先をこのコンピューターにしてください。送信されたデータはすべてのページに表示され、次回の起動後も残ります。Nucleus のサーバーには何も送られません。</translation>
    </message>
    <message>
        <source>WebSocket address</source>
        <translation>WebSocket アドレス</translation>
    </message>
    <message>
        <source>HTTP address</source>
        <translation>HTTP アドレス</translation>
    </message>
    <message>
        <source>A test session with curl</source>
        <translation>curl によるテストセッション</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>コピーしました。</translation>
    </message>
    <message>
        <source>WebSocket (SDK endpoint):</source>
        <translation>WebSocket（SDK のエンドポイント）:</translation>
    </message>
    <message>
        <source>HTTP (POST):</source>
        <translation>HTTP（POST）:</translation>
    </message>
    <message>
        <source>Try it:</source>
        <translation>試す:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>バージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>%1 について</translation>
    </message>
    <message>
        <source>%1 %2
Analytics of your desktop apps from the Nucleus Data API.</source>
        <translation>%1 %2
Nucleus Data API から、デスクトップアプリのアナリティクスを表示します。</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>Live count in the system &amp;tray</source>
        <translation>システムトレイにライブ数を表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when closed</source>
        <translation>ウィンドウを閉じてもシステムトレイで実行を続ける(&amp;K)</translation>
    </message>
    <message>
        <source>Alerts are checked while the window is closed</source>
        <translation>ウィンドウを閉じている間もアラートを確認します</translation>
    </message>
    <message>
        <source>%1 · app %2</source>
        <translation>%1 · アプリ %2</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Still running in the tray, checking your alerts. Open or quit from its menu.</source>
        <translation>システムトレイで実行を続け、アラートを確認しています。ウィンドウを開くか終了するには、システムトレイのメニューを使用してください。</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再読み込み</translation>
    </message>
    <message>
        <source>Reload every page (Ctrl+R)</source>
        <translation>すべてのページを再読み込み (Ctrl+R)</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>アプリ:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>The new token works, but the keychain did not keep it (%1): it is asked for again next time.</source>
        <translation>新しいトークンは有効ですが、キーチェーンに保存できませんでした (%1)。次回もう一度入力を求められます。</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 に更新</translation>
    </message>
    <message>
        <source>offline · as of %1</source>
        <translation>オフライン · %1 時点</translation>
    </message>
    <message>
        <source>some data could not be loaded</source>
        <translation>一部のデータを読み込めませんでした</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ</translation>
    </message>
</context>
<context>
    <name>MetricChange</name>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Daily usage (app starts)</source>
        <translation>日別の利用状況（アプリ起動数）</translation>
    </message>
    <message>
        <source>New users</source>
        <translation>新規ユーザー</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>アクティブユーザー</translation>
    </message>
    <message>
        <source>Average session duration</source>
        <translation>平均セッション時間</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国</translation>
    </message>
    <message>
        <source>RAM (GB)</source>
        <translation>RAM (GB)</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>利用状況</translation>
    </message>
    <message>
        <source>No data in this range.</source>
        <translation>この期間のデータはありません。</translation>
    </message>
    <message>
        <source>previous period as of %1</source>
        <translation>前の期間は %1 時点</translation>
    </message>
    <message>
        <source>The previous period</source>
        <translation>前の期間</translation>
    </message>
    <message>
        <source>Returning users</source>
        <translation>再訪ユーザー</translation>
    </message>
    <message>
        <source>Avg session</source>
        <translation>平均セッション</translation>
    </message>
    <message>
        <source>Usage, previous period</source>
        <translation>利用状況（前の期間）</translation>
    </message>
    <message>
        <source>New users, previous period</source>
        <translation>新規ユーザー（前の期間）</translation>
    </message>
    <message>
        <source>Active users, previous period</source>
        <translation>アクティブユーザー（前の期間）</translation>
    </message>
    <message>
        <source>No app starts in this range.</source>
        <translation>この期間にアプリ起動はありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>In this range: %1 · %2 · %3 · %4</source>
        <translation>この期間: %1 · %2 · %3 · %4</translation>
    </message>
    <message>
        <source>%1 users</source>
        <translation>ユーザー %1 人</translation>
    </message>
    <message>
        <source>%1 installs</source>
        <translation>インストール %1 件</translation>
    </message>
    <message>
        <source>%1 app starts</source>
        <translation>アプリ起動 %1 回</translation>
    </message>
    <message>
        <source>average session %1</source>
        <translation>平均セッション %1</translation>
    </message>
    <message>
        <source> · %1 is not over: its values (●) are so far</source>
        <translation> · %1 はまだ終わっていないため、その値 (●) は現時点までのものです</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>This range&apos;s figures</source>
        <translation>この期間のデータ</translation>
    </message>
</context>
<context>
    <name>Panel</name>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Nothing loaded yet.</source>
        <translation>まだ何も読み込まれていません。</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>%1 時点</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>PNG として保存…</translation>
    </message>
    <message>
        <source>Save chart</source>
        <translation>グラフを保存</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>Export data as CSV…</source>
        <translation>データを CSV としてエクスポート…</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>データのエクスポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Token rejected</source>
        <translation>トークンが拒否されました</translation>
    </message>
    <message>
        <source>%1 rejected the API token. Paste a valid token (it is kept in the system keychain):</source>
        <translation>%1 が API トークンを拒否しました。有効なトークンを貼り付けてください（トークンはシステムのキーチェーンに保存されます）：</translation>
    </message>
</context>
<context>
    <name>QuickGlance</name>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Installs</source>
        <translation>インストール</translation>
    </message>
    <message>
        <source>App starts</source>
        <translation>アプリ起動</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>QuickGlanceCard</name>
    <message>
        <source> · last 24 h</source>
        <translation> · 過去 24 時間</translation>
    </message>
    <message>
        <source>%1 vs previous 24 h</source>
        <translation>%1（前の 24 時間比）</translation>
    </message>
    <message>
        <source>%1: %2 in the last 24 h, %3 in the 24 h before</source>
        <translation>%1: 過去 24 時間は %2、その前の 24 時間は %3</translation>
    </message>
</context>
<context>
    <name>QuickGlancePanel</name>
    <message>
        <source>Last 24 hours, against the 24 hours before</source>
        <translation>過去 24 時間とその前の 24 時間の比較</translation>
    </message>
    <message>
        <source>Quick glance could not be loaded: %1</source>
        <translation>概況を読み込めませんでした：%1</translation>
    </message>
</context>
<context>
    <name>RangeBox</name>
    <message>
        <source>Custom range…</source>
        <translation>期間を指定…</translation>
    </message>
    <message>
        <source>The days every chart and table shows, in the window&apos;s time zone</source>
        <translation>すべてのグラフと表に表示する日（ウィンドウのタイムゾーン基準）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間の指定</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始日(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>終了日(&amp;T):</translation>
    </message>
</context>
<context>
    <name>SeriesTotalsModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>1 日あたり</translation>
    </message>
    <message>
        <source>Busiest day</source>
        <translation>最多の日</translation>
    </message>
    <message>
        <source>On that day</source>
        <translation>その日の件数</translation>
    </message>
</context>
<context>
    <name>SessionsModel</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>アクション数</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー数</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>No accounts saved yet. “Add account…” connects to a Nucleus server; the token goes to the system keychain, never to a file.</source>
        <translation>保存済みのアカウントはまだありません。「アカウントを追加…」で Nucleus サーバーに接続します。トークンはファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>アプリ</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show this account&apos;s first app in the window (or double-click it)</source>
        <translation>このアカウントの最初のアプリをウィンドウに表示します（ダブルクリックでも開けます）</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>アカウントを追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Replace the token or rename an app; checked before saving</source>
        <translation>トークンの差し替えやアプリ名の変更を行います。保存前に確認されます</translation>
    </message>
    <message>
        <source>Add app…</source>
        <translation>アプリを追加…</translation>
    </message>
    <message>
        <source>Remove app…</source>
        <translation>アプリを削除…</translation>
    </message>
    <message>
        <source>Stop offering an app of this account; its data stays on the server</source>
        <translation>このアカウントのアプリを一覧から外します。データはサーバーに残ります</translation>
    </message>
    <message>
        <source>Remove account…</source>
        <translation>アカウントを削除…</translation>
    </message>
    <message>
        <source>The new language is shown when Nucleus Dashboard starts again.</source>
        <translation>新しい言語は Nucleus Dashboard の次回起動時に反映されます。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>A bigger answer is stopped and said to be too large, so that no server can take this computer&apos;s memory</source>
        <translation>これより大きい応答は「大きすぎる」として中止されます。サーバーがこのコンピューターのメモリを使い果たせないようにするためです</translation>
    </message>
    <message>
        <source>Time zone (also in the toolbar)</source>
        <translation>タイムゾーン（ツールバーでも変更可）</translation>
    </message>
    <message>
        <source>Appearance (also in View)</source>
        <translation>外観（「表示」メニューでも変更可）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Live poll interval</source>
        <translation>ライブのポーリング間隔</translation>
    </message>
    <message>
        <source>Request timeout (no progress)</source>
        <translation>リクエストのタイムアウト（進行がない場合）</translation>
    </message>
    <message>
        <source>Largest answer read</source>
        <translation>読み込む応答の最大サイズ</translation>
    </message>
    <message>
        <source>Answer cache size limit</source>
        <translation>応答キャッシュのサイズ上限</translation>
    </message>
    <message>
        <source>Accounts — tokens are kept in the system keychain</source>
        <translation>アカウント — トークンはシステムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Alerts — checked every live poll interval</source>
        <translation>アラート — ライブのポーリング間隔ごとに確認</translation>
    </message>
    <message>
        <source>Add app</source>
        <translation>アプリを追加</translation>
    </message>
    <message>
        <source>App ID:</source>
        <translation>アプリ ID:</translation>
    </message>
    <message>
        <source>Display name (optional):</source>
        <translation>表示名（省略可）:</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Remove the account of %1?

Its token is deleted from the system keychain.</source>
        <translation>%1 のアカウントを削除しますか？

トークンはシステムのキーチェーンから削除されます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>キーチェーン</translation>
    </message>
    <message>
        <source>The token could not be removed: %1</source>
        <translation>トークンを削除できませんでした：%1</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Remove app</source>
        <translation>アプリを削除</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>アプリ:</translation>
    </message>
    <message>
        <source>Stop offering %1 of %2?

Its data on the server is not touched, and the account and its token stay; you can add the app again.</source>
        <translation>%2 の %1 を一覧から外しますか？

サーバー上のデータは変更されず、アカウントとトークンもそのまま残ります。アプリは後から再び追加できます。</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Local development — events your app sends</source>
        <translation>ローカル開発 — アプリが送信するイベント</translation>
    </message>
</context>
<context>
    <name>Sparkline</name>
    <message>
        <source>waiting for the first count</source>
        <translation>最初の数値を待っています</translation>
    </message>
    <message>
        <source>more points after the next poll</source>
        <translation>次のポーリング後に点が増えます</translation>
    </message>
</context>
<context>
    <name>StackedDayChart</name>
    <message>
        <source>Spike</source>
        <translation>急増</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>合計: %1</translation>
    </message>
    <message>
        <source>Far above this range&apos;s normal level</source>
        <translation>この期間の通常レベルを大きく上回っています</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>ほか %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) far above the range&apos;s normal level</source>
        <translation>
            <numerusform>期間の通常水準を大きく上回った日が %n 日</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayCounter</name>
    <message>
        <source>Last alert: %1</source>
        <translation>最新のアラート: %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — live count: %1</source>
        <translation>Nucleus Dashboard — ライブ数: %1</translation>
    </message>
    <message>
        <source>Nucleus Dashboard — %1 users online</source>
        <translation>Nucleus Dashboard — オンラインユーザー %1 人</translation>
    </message>
</context>
<context>
    <name>UrlPolicy</name>
    <message>
        <source>not a valid server address</source>
        <translation>有効なサーバーアドレスではありません</translation>
    </message>
    <message>
        <source>the address must not contain a user name or password</source>
        <translation>アドレスにユーザー名やパスワードを含めることはできません</translation>
    </message>
    <message>
        <source>plain http:// is only allowed for this computer; use https://</source>
        <translation>暗号化されていない http:// はこのコンピューターに対してのみ使用できます。https:// を使用してください</translation>
    </message>
    <message>
        <source>unsupported scheme &quot;%1&quot;</source>
        <translation>サポートされていないスキーム「%1」</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終利用</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス数</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>ロケール</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Copy ID</source>
        <translation>ID をコピー</translation>
    </message>
    <message>
        <source>Delete user…</source>
        <translation>ユーザーを削除…</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 戻る</translation>
    </message>
    <message>
        <source>Forward ▶</source>
        <translation>進む ▶</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>デバイス数</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>The API lists every user of the app: the date range does not apply</source>
        <translation>API はアプリのすべてのユーザーを返します。期間は適用されません</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>OS version</source>
        <translation>OS バージョン</translation>
    </message>
    <message>
        <source>App version</source>
        <translation>アプリのバージョン</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終利用</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Sessions (newest first) — select one to see its events</source>
        <translation>セッション（新しい順）— 選択するとそのイベントが表示されます</translation>
    </message>
    <message>
        <source>Session events</source>
        <translation>セッションのイベント</translation>
    </message>
    <message>
        <source>Copied user ID “%1”</source>
        <translation>ユーザー ID「%1」をコピーしました</translation>
    </message>
    <message>
        <source>Back (%1)</source>
        <translation>戻る (%1)</translation>
    </message>
    <message>
        <source>Forward (%1)</source>
        <translation>進む (%1)</translation>
    </message>
    <message>
        <source>All users · %1</source>
        <translation>すべてのユーザー · %1 人</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%2 人中 %1 人</translation>
    </message>
    <message>
        <source>No user matches “%1”.</source>
        <translation>「%1」に一致するユーザーはいません。</translation>
    </message>
    <message>
        <source>This app has no users yet.</source>
        <translation>このアプリにはまだユーザーがいません。</translation>
    </message>
    <message>
        <source>Select a session to see its events.</source>
        <translation>セッションを選択すると、そのイベントが表示されます。</translation>
    </message>
    <message>
        <source>The session&apos;s events</source>
        <translation>セッションのイベント</translation>
    </message>
    <message>
        <source>This session has no events.</source>
        <translation>このセッションにはイベントがありません。</translation>
    </message>
    <message>
        <source>User “%1” no longer exists.</source>
        <translation>ユーザー「%1」はもう存在しません。</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Sessions could not be loaded.</source>
        <translation>セッションを読み込めませんでした。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Created %1 · last seen %2
%3</source>
        <translation>作成 %1 · 最終利用 %2
%3</translation>
    </message>
    <message>
        <source>No properties.</source>
        <translation>プロパティはありません。</translation>
    </message>
    <message>
        <source>No sessions recorded for this user.</source>
        <translation>このユーザーのセッションは記録されていません。</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>ユーザーが選択されていません</translation>
    </message>
    <message>
        <source>Select a user to see their devices and sessions.</source>
        <translation>ユーザーを選択すると、デバイスとセッションが表示されます。</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザーを削除</translation>
    </message>
    <message>
        <source>Delete user “%1” and all of their data?

This is permanent: the server deletes the user&apos;s sessions and events, and it cannot be undone.</source>
        <translation>ユーザー「%1」とそのすべてのデータを削除しますか？

この削除は取り消せません。サーバーからこのユーザーのセッションとイベントが削除され、元に戻すことはできません。</translation>
    </message>
    <message>
        <source>Delete permanently</source>
        <translation>完全に削除</translation>
    </message>
    <message>
        <source>It is not known whether user “%1” was deleted: %2 Reload to see.</source>
        <translation>ユーザー「%1」が削除されたかどうか不明です：%2 再読み込みして確認してください。</translation>
    </message>
    <message>
        <source>User “%1” was not deleted: %2</source>
        <translation>ユーザー「%1」は削除されませんでした：%2</translation>
    </message>
    <message>
        <source>Deleted user “%1”</source>
        <translation>ユーザー「%1」を削除しました</translation>
    </message>
    <message>
        <source>Search user id, country, platform or language</source>
        <translation>ユーザー ID、国、プラットフォーム、言語で検索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Explore the demo</source>
        <translation>デモを試す</translation>
    </message>
    <message>
        <source>Connect your app…</source>
        <translation>アプリを接続…</translation>
    </message>
    <message>
        <source>Welcome to %1</source>
        <translation>%1 へようこそ</translation>
    </message>
    <message>
        <source>See the usage, events, errors, users and live activity of your desktop apps from the Nucleus Data API, right here.

Try it on built-in demo data first (nothing is sent anywhere), or connect your own app: you need the server address, the app&apos;s ID and an API token. The token is kept in the system keychain, never in a file.</source>
        <translation>Nucleus Data API から、デスクトップアプリの利用状況、イベント、エラー、ユーザー、ライブアクティビティをここで確認できます。

まずは組み込みのデモデータでお試しください（データはどこにも送信されません）。ご自分のアプリを接続することもできます。必要なのはサーバーのアドレス、アプリの ID、API トークンです。トークンはファイルではなく、システムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Your app&apos;s ID and API token are in your account at &lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt;.</source>
        <translation>アプリの ID と API トークンは、&lt;a href=&quot;https://app.nucleus.sh&quot;&gt;app.nucleus.sh&lt;/a&gt; のアカウントで確認できます。</translation>
    </message>
    <message>
        <source>Opens the dashboard on synthetic data served on this computer</source>
        <translation>このコンピューター上で提供される合成データでダッシュボードを開きます</translation>
    </message>
    <message>
        <source>Server, app ID and API token; checked before anything is saved</source>
        <translation>サーバー、アプリ ID、API トークンを入力します。保存する前に確認されます</translation>
    </message>
</context>
<context>
    <name>ZoneBox</name>
    <message>
        <source>System (%1)</source>
        <translation>システム (%1)</translation>
    </message>
    <message>
        <source>The time zone of every day, date and time the window shows</source>
        <translation>ウィンドウに表示するすべての日、日付、時刻のタイムゾーン</translation>
    </message>
</context>
</TS>
