<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Additions</name>
    <message>
        <source>row-level security</source>
        <translation>Sicherheit auf Zeilenebene</translation>
    </message>
    <message>
        <source>live-update notifications</source>
        <translation>Änderungsbenachrichtigungen</translation>
    </message>
    <message>
        <source>funnel roll-ups</source>
        <translation>Funnel-Zusammenfassungen</translation>
    </message>
    <message>
        <source>transcript functions</source>
        <translation>Verlaufsfunktionen</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>all installed</source>
        <translation>alle installiert</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>nicht installiert</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlen: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the confirmation link that was sent to it, then sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended: you signed out on another device, or it expired. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is blocked. Contact the project&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication code is wrong. Enter the current 6-digit code from your authenticator app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authentication code has expired. Enter the current code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs more kinds of characters (letters, digits, symbols)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it appears in known password leaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too weak. Choose a longer one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is too weak: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must be different from the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code from the e-mail is wrong or has expired. Request a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser took too long or belongs to another attempt. Start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in in the browser failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in method is not enabled for the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the app&apos;s API key. Check the anon (publishable) key in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server is unavailable right now (HTTP %1). Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server is unavailable right now. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server cannot be reached. Check your network connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address is not valid or cannot be found. Check the Supabase URL in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished">Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer this app does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not available for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not sign you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Limitless window or command is renewing the session and has not finished. Try again in a moment.</source>
        <translation>Ein anderes Limitless-Fenster oder ein anderer Befehl erneuert gerade die Sitzung und ist noch nicht fertig. Bitte gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>The database has no owner; load `limitless demo-data` first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignChoice</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CampaignCode</name>
    <message>
        <source>Enter a code, or let one be generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A campaign code has exactly %1 characters (this one has %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed: codes avoid 0, O, 1, I and L, which are easily mistaken for one another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not allowed: use the letters A–Z and the digits 2–9.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignLink</name>
    <message>
        <source>Enter a full web address starting with https://, for example %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>This code is already taken. Choose another one, or leave the field empty to get a generated code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This campaign has %n conversation(s), so it cannot be deleted: the leads&apos; history keeps its campaign. Pause it instead.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No owner profile belongs to the signed-in account, so the campaign has no owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other records (clicks, conversations or payments) still refer to this campaign, so it cannot be deleted. Pause it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No free campaign code was found after %n attempt(s). Please try again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Die Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>Der Name ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Beschreibung ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>The platform is %1 characters long; at most %2 are allowed.</source>
        <translation>Die Plattform ist %1 Zeichen lang; erlaubt sind höchstens %2.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database: pass --db URL, set LIMITLESS_DATABASE_URL, or start the local sandbox with `limitless sandbox start`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) in one transaction.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>List and apply pending database migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start, stop, inspect or reset the local sandbox database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load the demo business into a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run benchmarks and print their figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: limitless &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run `limitless &lt;command&gt; --help` for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loads a deterministic demo business (campaigns, conversations with LangGraph transcripts, analytics events, payments, documents) into a migrated database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>small (240 conversations, checkpoint per stage) or large (100,000 conversations, 1,000,000 events, latest checkpoint only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The moment the data is relative to (ISO 8601, UTC). Default: the start of the current UTC day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do nothing when the database already has campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--scale must be &apos;small&apos; or &apos;large&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date-time, e.g. 2025-06-01T00:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has campaigns; nothing loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded the demo business in %1 s: %2 campaigns, %3 conversations, %4 analytics events, %5 payments, %6 documents (%7 chunks, %8), %9 checkpoints with %10 blobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row triggers were bypassed for the load (session_replication_role = replica).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row triggers ran for every loaded row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs a benchmark and prints its figures. Benchmarks: db (query latency on the demo data against the seed&apos;s targets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which benchmark: db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured runs per query (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: limitless bench db [--db URL] [--json] [--iterations N]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iterations must be a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database benchmark: PostgreSQL %1, %2 cores; %3 conversations, %4 analytics events, %5 checkpoints; dashboard window %6 – %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 vs ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (peer, not a target)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the row triggers (live notifications) for every loaded row even as superuser; by default a superuser load bypasses them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmarks the Conversations views (run on `demo-data --scale large`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured runs per query (default 50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The thread to open (default: the one with the most messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory of the LangGraph.js peer script (default: tests/interop under the working directory, or LIMITLESS_INTEROP_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first page (200 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered search (&quot;%1&quot;, 3 stages, qualified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  its total count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open transcript (%1 messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  peer: LangGraph.js getTuple (%1 messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scroll %1 rows: longest page handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  1 ms timer&apos;s longest delay (incl. OS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resident memory after %1 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangGraph.js getTuple / ours (p50): %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangGraph.js peer not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(scrolling: %1 rows in %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists conversations, newest message first, with the Conversations page&apos;s filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations in this stage (greeting, qualification, pitch, objection_handling, close, complete, nurture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only conversations of the campaign with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram handle or e-mail contains this text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last-message (default) or created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N conversations (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: limitless conversations list [--stage S] [--campaign CODE] [--search TEXT] [--sort ORDER] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown stage &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sort must be &apos;last-message&apos; or &apos;created&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign has the code &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prints a conversation&apos;s transcript from LangGraph&apos;s checkpoints (the thread id is the conversation id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: limitless transcript THREAD_ID [--db URL] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript stored for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[unsupported message: %1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transcript is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in or out, show or renew the owner&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List, create, pause or resume campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List payments with revenue totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the funnel&apos;s stage counts and conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List conversations with the dashboard&apos;s filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a conversation&apos;s transcript from LangGraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benchmark the Conversations views on large data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert live analytics events to watch the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL connection URL (postgresql://… or key=value; default: LIMITLESS_DATABASE_URL, else the running local sandbox).</source>
        <translation>PostgreSQL-Verbindungs-URL (postgresql://… oder Schlüssel=Wert; Standard: LIMITLESS_DATABASE_URL, sonst die laufende lokale Sandbox).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URL (%2). Give postgresql://user@host:port/database, postgres://…, or key=value pairs such as &quot;host=… dbname=…&quot;.</source>
        <translation>%1 ist keine PostgreSQL-Verbindungs-URL (%2). Angeben: postgresql://benutzer@host:port/datenbank, postgres://… oder Schlüssel=Wert-Paare wie &quot;host=… dbname=…&quot;.</translation>
    </message>
    <message>
        <source>The thread id is too long (%1 characters; at most %2).</source>
        <translation>Die Thread-ID ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>No conversation or transcript has the id %1.</source>
        <translation>Kein Gespräch und kein Verlauf hat die ID %1.</translation>
    </message>
    <message>
        <source>Exit codes (the same in every command):
  0  done
  1  failed, or something named does not exist (a campaign, a thread, a sandbox)
  2  usage error: wrong or conflicting arguments, an invalid --db URL; nothing was done
  3  not signed in
With --json, a failure also prints {&quot;error&quot;: {&quot;message&quot;: …, &quot;code&quot;: …}} on standard output; code is usage, not_found, not_signed_in or failed (or what the command documents).</source>
        <translation>Exit-Codes (in jedem Befehl gleich):
  0  erledigt
  1  fehlgeschlagen, oder etwas Genanntes gibt es nicht (eine Kampagne, ein Thread, eine Sandbox)
  2  Aufruffehler: falsche oder widersprüchliche Argumente, eine ungültige --db-URL; nichts wurde getan
  3  nicht angemeldet
Mit --json gibt ein Fehler außerdem {&quot;error&quot;: {&quot;message&quot;: …, &quot;code&quot;: …}} auf der Standardausgabe aus; code ist usage, not_found, not_signed_in oder failed (oder was der Befehl beschreibt).</translation>
    </message>
    <message numerus="yes">
        <source>The dashboard&apos;s additions are up to date (%n migration(s) applied).</source>
        <translation>
            <numerusform>Die Ergänzungen des Dashboards sind aktuell (%n Migration angewendet).</numerusform>
            <numerusform>Die Ergänzungen des Dashboards sind aktuell (%n Migrationen angewendet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some figures missed their targets.</source>
        <translation>Einige Werte haben ihr Ziel verfehlt.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2); its message is on standard error.</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2); die Meldung steht in der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPAGNE</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <source>QUALIFIED</source>
        <translation>QUALIFIZIERT</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>NACHRICHTEN</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>LETZTE NACHRICHT</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>List, add, edit, remove or choose the Supabase projects to use</source>
        <translation>Die zu nutzenden Supabase-Projekte auflisten, hinzufügen, bearbeiten, entfernen oder wählen</translation>
    </message>
    <message>
        <source>name a command first, e.g. `limitless campaigns list --json`</source>
        <translation>zuerst einen Befehl angeben, z. B. `limitless campaigns list --json`</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CompactNumber</name>
    <message>
        <source>T</source>
        <comment>trillions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <comment>billions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation type="unfinished">Die lokale Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>No database host is set.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cancelled before it ran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbBench</name>
    <message>
        <source>The database has no demo data: run `limitless demo-data --scale large` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign code lookup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation resume (latest checkpoint + messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics dashboard (90-day funnel + daily, roll-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analytics dashboard from raw events (peer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database lacks the application tables or LangGraph&apos;s checkpoint tables: run the bench on a sandbox loaded with `limitless demo-data --scale large`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>Cannot reach the database server. Check that it is running and that the address is right.</source>
        <translation>Der Datenbankserver ist nicht erreichbar. Prüfen Sie, ob er läuft und die Adresse stimmt.</translation>
    </message>
    <message>
        <source>The database refused the sign-in: the user name or password is wrong, or this user may not connect.</source>
        <translation>Die Datenbank hat die Anmeldung abgelehnt: Benutzername oder Passwort sind falsch, oder dieser Benutzer darf sich nicht verbinden.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <translation>Die Verbindung zur Datenbank ist abgebrochen. Neue Verbindung …</translation>
    </message>
    <message>
        <source>The connection was lost while saving. The change may not have been saved; check and try again.</source>
        <translation>Die Verbindung ist beim Speichern abgebrochen. Die Änderung wurde möglicherweise nicht gespeichert; bitte prüfen und erneut versuchen.</translation>
    </message>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>Die Datenbankadresse ist ungültig: %1</translation>
    </message>
    <message>
        <source>You do not have permission for this. Each owner can only see and change their own data.</source>
        <translation>Dafür fehlt Ihnen die Berechtigung. Jeder Inhaber sieht und ändert nur seine eigenen Daten.</translation>
    </message>
    <message>
        <source>This value is already taken; it must be unique.</source>
        <translation>Dieser Wert ist bereits vergeben; er muss eindeutig sein.</translation>
    </message>
    <message>
        <source>This item is still in use by other records, or refers to one that does not exist.</source>
        <translation>Dieser Eintrag wird noch von anderen Datensätzen verwendet oder verweist auf einen, den es nicht gibt.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Ein Pflichtwert fehlt.</translation>
    </message>
    <message>
        <source>A value is outside what is allowed.</source>
        <translation>Ein Wert liegt außerhalb des Erlaubten.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The database server answered, but it has no database named “%1”. Check the database name at the end of the address.</source>
        <translation>Der Datenbankserver hat geantwortet, hat aber keine Datenbank namens „%1“. Bitte den Datenbanknamen am Ende der Adresse prüfen.</translation>
    </message>
    <message>
        <source>The database refused access to the %1 “%2”: the role this connection uses has no grant on it. Connect as a role that has one (the app&apos;s role that `limitless migrate` sets up, or sign in as the owner), or ask the database&apos;s administrator to grant it.</source>
        <translation>Die Datenbank hat den Zugriff auf %1 „%2“ verweigert: Die Rolle dieser Verbindung hat dafür keine Berechtigung. Mit einer Rolle verbinden, die sie hat (die App-Rolle, die `limitless migrate` einrichtet, oder als Inhaber anmelden), oder den Administrator der Datenbank bitten, sie zu erteilen.</translation>
    </message>
    <message>
        <source>The database refused this: %1</source>
        <translation>Die Datenbank hat dies verweigert: %1</translation>
    </message>
    <message>
        <source>This database has no table “%1”: it has not been set up for the dashboard. Run `limitless migrate` against it.</source>
        <translation>Diese Datenbank hat keine Tabelle „%1“: Sie wurde nicht für das Dashboard eingerichtet. `limitless migrate` für sie ausführen.</translation>
    </message>
    <message>
        <source>This database lacks the dashboard&apos;s function %1. Run `limitless migrate` against it.</source>
        <translation>Dieser Datenbank fehlt die Dashboard-Funktion %1. `limitless migrate` für sie ausführen.</translation>
    </message>
    <message>
        <source>The database schema does not match this version of the app (%1). Run `limitless migrate` against it.</source>
        <translation>Das Datenbankschema passt nicht zu dieser Version der App (%1). `limitless migrate` für sie ausführen.</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>The database connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>The database has no application tables yet: run `limitless migrate` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LangGraph&apos;s checkpoint tables are missing (the sandbox creates them, as does LangGraph&apos;s own setup()).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already has campaigns; load the demo business into an empty database (or pass --if-empty to skip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the demo business (seed %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations %1/%2, events %3 (%4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events %1 (%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelBench</name>
    <message>
        <source>Refresh, 90 days (funnel, daily, objections, revenue, campaigns + data quality)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh, comparison with the previous 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same refresh from analytics_events and payments (peer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunnelStage</name>
    <message>
        <source>Clicks</source>
        <translation type="unfinished">Klicks</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished">Gespräche</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished">Qualifiziert</translation>
    </message>
    <message>
        <source>Pitch delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Access to it was refused. Unlock the keychain and allow Limitless to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain service is running (on Linux: GNOME Keyring, KWallet or another Secret Service provider).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalAuthBackend</name>
    <message>
        <source>The local sandbox is not running. Start it with `limitless sandbox start` or open the app, which starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox was created by an older version of the app and has no sign-in functions. Recreate it with `limitless sandbox reset` followed by `limitless sandbox start` (this deletes the sandbox&apos;s data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox sends no e-mail. Set a new password with `limitless sandbox passwd`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google and GitHub sign-in need a Supabase project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox accounts have no second factor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackRedirect</name>
    <message>
        <source>Port %1 on this computer is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to Limitless to see why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to Limitless.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>Cannot read the migration journal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration journal %1 is not valid JSON: %2 at offset %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration journal %1 has no &quot;entries&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration journal %1 is for dialect &quot;%2&quot;, not &quot;postgresql&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 of the migration journal %2 has no valid &quot;tag&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2) of the migration journal %3 has no valid &quot;when&quot; timestamp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration journal %1 lists %2 twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 (%2) of the migration journal %3 is not newer than the entry before it; &quot;when&quot; must increase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration journal %1 lists %2, but the file %3 is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration file %1 is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migrations must run outside any open transaction, so that they commit or roll back as one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has the dashboard&apos;s migration %1/%2, which this build does not know: a newer version of the app installed it. Nothing was changed. Update the app on this computer, then run limitless migrate again.</source>
        <translation>Die Datenbank enthält die Dashboard-Migration %1/%2, die diese Version nicht kennt: Eine neuere Version der App hat sie installiert. Es wurde nichts geändert. Aktualisieren Sie die App auf diesem Computer und führen Sie dann limitless migrate erneut aus.</translation>
    </message>
    <message>
        <source>The migration file %1/%2 has changed since it was applied to this database (hash applied: %3, file: %4). Applied migrations are never edited, so this build cannot vouch for the database. Nothing was changed; use the build that applied it, or a newer one.</source>
        <translation>Die Migrationsdatei %1/%2 hat sich geändert, seit sie auf diese Datenbank angewendet wurde (angewendeter Hash: %3, Datei: %4). Angewendete Migrationen werden nie bearbeitet, daher kann diese Version nicht für die Datenbank bürgen. Es wurde nichts geändert; verwenden Sie die Version, die sie angewendet hat, oder eine neuere.</translation>
    </message>
    <message>
        <source>The migration %1/%2 is older than the newest one applied to this database but was never applied. Nothing was changed; this build&apos;s migrations are out of order.</source>
        <translation>Die Migration %1/%2 ist älter als die neueste auf diese Datenbank angewendete, wurde aber nie angewendet. Es wurde nichts geändert; die Migrationen dieser Version sind nicht in der richtigen Reihenfolge.</translation>
    </message>
    <message>
        <source>An earlier version of the dashboard recorded its migrations in drizzle.__drizzle_migrations (%1 rows) and kept its roll-ups in schema public. They move to schema limitless; the roll-ups are rebuilt from the events and payments, no data is lost.</source>
        <translation>Eine frühere Version des Dashboards hat ihre Migrationen in drizzle.__drizzle_migrations (%1 Zeilen) verzeichnet und ihre Zusammenfassungen im Schema public gehalten. Sie ziehen in das Schema limitless um; die Zusammenfassungen werden aus den Ereignissen und Zahlungen neu berechnet, es gehen keine Daten verloren.</translation>
    </message>
    <message>
        <source>Schema &quot;limitless&quot; already exists and holds objects that the dashboard did not create (%1); it has no record of installing anything there. The dashboard keeps its additions in that schema and will not mix them with someone else&apos;s objects. Nothing was changed. Find out who made them; if they are not needed, drop the schema, then run limitless migrate again.</source>
        <translation>Das Schema „limitless“ existiert bereits und enthält Objekte, die das Dashboard nicht angelegt hat (%1); es hat keinen Nachweis, dort etwas installiert zu haben. Das Dashboard hält seine Ergänzungen in diesem Schema und vermischt sie nicht mit fremden Objekten. Es wurde nichts geändert. Finden Sie heraus, wer sie angelegt hat; werden sie nicht gebraucht, löschen Sie das Schema und führen Sie dann limitless migrate erneut aus.</translation>
    </message>
    <message>
        <source>The role %1 may not create schemas in this database, and the dashboard&apos;s additions go into a schema of their own (&quot;limitless&quot;). Nothing was changed. Run limitless migrate as the database&apos;s owner (on Supabase: the postgres role, direct connection or session pooler). Until then every page works without the additions, more slowly.</source>
        <translation>Die Rolle %1 darf in dieser Datenbank keine Schemas anlegen, und die Ergänzungen des Dashboards kommen in ein eigenes Schema („limitless“). Es wurde nichts geändert. Führen Sie limitless migrate als Eigentümer der Datenbank aus (bei Supabase: die Rolle postgres, direkte Verbindung oder Session-Pooler). Bis dahin funktioniert jede Seite ohne die Ergänzungen, nur langsamer.</translation>
    </message>
    <message>
        <source>The role %1 may not create tables in schema public, so it cannot create the seed&apos;s tables. Nothing was changed. Run limitless migrate as the database&apos;s owner.</source>
        <translation>Die Rolle %1 darf im Schema public keine Tabellen anlegen und kann daher die Tabellen des Seeds nicht anlegen. Es wurde nichts geändert. Führen Sie limitless migrate als Eigentümer der Datenbank aus.</translation>
    </message>
    <message>
        <source>The role %1 does not own the seed&apos;s tables %2, and the dashboard&apos;s additions put row-level security, indexes and triggers on them. Nothing was changed. Run limitless migrate as the tables&apos; owner (on Supabase: the postgres role). Until then every page works without the additions, more slowly.</source>
        <translation>Die Rolle %1 ist nicht Eigentümer der Seed-Tabellen %2, und die Ergänzungen des Dashboards legen Zeilensicherheit, Indizes und Trigger auf sie. Es wurde nichts geändert. Führen Sie limitless migrate als Eigentümer der Tabellen aus (bei Supabase: die Rolle postgres). Bis dahin funktioniert jede Seite ohne die Ergänzungen, nur langsamer.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s bookkeeping says it created the seed&apos;s tables in this database, but none of them exists any more (someone dropped them). Nothing was changed. Restore the database from a backup, or drop schema limitless to start afresh.</source>
        <translation>Laut der Buchführung des Dashboards hat es die Seed-Tabellen in dieser Datenbank angelegt, aber keine davon existiert mehr (jemand hat sie gelöscht). Es wurde nichts geändert. Stellen Sie die Datenbank aus einer Sicherung wieder her oder löschen Sie das Schema limitless, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>The database has some of the seed&apos;s tables (%1) but not the others (%2). The dashboard creates the seed&apos;s tables only on a database that has none of them, and works only on one that has all seven. Nothing was changed. Let the web project&apos;s migrations finish (drizzle-kit migrate), then run limitless migrate again.</source>
        <translation>Die Datenbank hat einige Seed-Tabellen (%1), aber nicht die anderen (%2). Das Dashboard legt die Seed-Tabellen nur in einer Datenbank an, die keine davon hat, und arbeitet nur mit einer, die alle sieben hat. Es wurde nichts geändert. Lassen Sie die Migrationen des Webprojekts zu Ende laufen (drizzle-kit migrate) und führen Sie dann limitless migrate erneut aus.</translation>
    </message>
    <message>
        <source>The seed&apos;s tables are here, but they differ from the seed where the dashboard reads and writes: %1. Nothing was changed. These columns belong to the web project&apos;s schema; bring them back to the seed&apos;s definition there (a drizzle-kit migration), then run limitless migrate again.</source>
        <translation>Die Seed-Tabellen sind vorhanden, weichen aber dort vom Seed ab, wo das Dashboard liest und schreibt: %1. Es wurde nichts geändert. Diese Spalten gehören zum Schema des Webprojekts; bringen Sie sie dort auf die Definition des Seeds zurück (eine drizzle-kit-Migration) und führen Sie dann limitless migrate erneut aus.</translation>
    </message>
    <message>
        <source>Migration %1 failed at statement %2 of %3, and nothing was changed: %4</source>
        <translation>Migration %1 ist bei Anweisung %2 von %3 fehlgeschlagen, und es wurde nichts geändert: %4</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Kein Bedarf</translation>
    </message>
    <message>
        <source>Needs to think it over</source>
        <translation>Will darüber nachdenken</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>neither a postgresql:// URL nor key=value pairs</source>
        <translation>weder eine postgresql://-URL noch Schlüssel=Wert-Paare</translation>
    </message>
    <message>
        <source>libpq cannot read it</source>
        <translation>libpq kann sie nicht lesen</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the project&apos;s Supabase URL (https://&lt;project&gt;.supabase.co).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the project&apos;s anon or publishable key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database host (direct connection or session pooler).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 6543 is the transaction pooler, which cannot deliver live updates; use the direct connection or the session pooler (port 5432).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown TLS mode &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A remote database must be reached over TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the database&apos;s CA certificate file (Supabase: Database settings → SSL configuration → Download certificate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign base URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser sign-in port must be between 0 (any) and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apple</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>No PostgreSQL server is installed (initdb not found). Install the Debian package &apos;postgresql&apos; (scripts/install-deps does).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed (exit code %2):
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but holds no complete sandbox; run `limitless sandbox reset` to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running as root needs the system user &apos;postgres&apos; (from the Debian package &apos;postgresql&apos;) to run the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postgres user cannot write to %1 (is a parent directory private to root?). Choose another directory with --dir or LIMITLESS_SANDBOX_DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating a PostgreSQL cluster in %1…</source>
        <translation>PostgreSQL-Cluster wird in %1 angelegt …</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting PostgreSQL on 127.0.0.1:%1…</source>
        <translation>PostgreSQL wird auf 127.0.0.1:%1 gestartet …</translation>
    </message>
    <message>
        <source>Creating the auth schema and roles…</source>
        <translation>Auth-Schema und Rollen werden angelegt …</translation>
    </message>
    <message>
        <source>Creating LangGraph&apos;s checkpoint tables…</source>
        <translation>Checkpoint-Tabellen von LangGraph werden angelegt …</translation>
    </message>
    <message>
        <source>Applying migrations…</source>
        <translation>Migrationen werden angewendet …</translation>
    </message>
    <message>
        <source>Creating the local owner account…</source>
        <translation>Lokales Inhaberkonto wird angelegt …</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local owner account was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a sandbox but holds %2; not creating one there. Choose another directory.</source>
        <translation>%1 ist keine Sandbox, enthält aber %2; dort wird keine angelegt. Bitte ein anderes Verzeichnis wählen.</translation>
    </message>
    <message>
        <source>No sandbox in %1: the directory does not exist.</source>
        <translation>Keine Sandbox in %1: Das Verzeichnis existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a sandbox (it has no %2 file).</source>
        <translation>%1 ist keine Sandbox (die Datei %2 fehlt).</translation>
    </message>
    <message>
        <source>Cannot write the access rules in %1.</source>
        <translation>Die Zugriffsregeln in %1 können nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot protect %1.</source>
        <translation>%1 kann nicht geschützt werden.</translation>
    </message>
    <message>
        <source>Cannot hash the password of %1: %2</source>
        <translation>Das Passwort von %1 kann nicht gehasht werden: %2</translation>
    </message>
    <message>
        <source>Unexpected password hash for %1.</source>
        <translation>Unerwarteter Passwort-Hash für %1.</translation>
    </message>
</context>
<context>
    <name>SeedSchema</name>
    <message>
        <source>%1.%2 is missing (the seed has %3)</source>
        <translation>%1.%2 fehlt (der Seed hat %3)</translation>
    </message>
    <message>
        <source>%1.%2 is %3, the seed has %4</source>
        <translation>%1.%2 ist %3, der Seed hat %4</translation>
    </message>
    <message>
        <source>%1.%2 allows NULL, the seed has NOT NULL</source>
        <translation>%1.%2 erlaubt NULL, der Seed hat NOT NULL</translation>
    </message>
    <message>
        <source>%1.%2 is NOT NULL, the seed allows NULL</source>
        <translation>%1.%2 ist NOT NULL, der Seed erlaubt NULL</translation>
    </message>
    <message>
        <source>index %1 on %2 is missing</source>
        <translation>Index %1 auf %2 fehlt</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>You are signed in, but the session could not be saved in the system keychain, so you will have to sign in again next time. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in through the browser needs a Supabase project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed session could not be saved in the system keychain, so you will have to sign in again next time. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::auth::BackendFactory</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation type="unfinished">Die lokale Sandbox läuft nicht.</translation>
    </message>
</context>
<context>
    <name>limitless::cli</name>
    <message>
        <source>Embeddings: %1 with an HNSW index (pgvector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings: %1 (pgvector is not available; the app searches exactly, in-process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start | stop | status | reset | passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox directory (default: LIMITLESS_SANDBOX_DIR, else the app&apos;s data directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With start: reset first, then create a new sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one action: start, stop, status, reset or passwd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sandbox in %1. Create it with `limitless sandbox start`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running: no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App URL (row-level security): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local owner account (shown once; change it with `limitless sandbox passwd`):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e-mail:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login | logout | status | refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile: sandbox, production, staging or one you made (default: the dashboard&apos;s current profile).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With login: the e-mail address (default: the last one used, else asked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With logout: end every session of the user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one action: login, logout, status or refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e-mail address given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password given (type it at the prompt or pipe it to standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local sandbox is not running; start it with `limitless sandbox start`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; is not complete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no authentication code given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2 (user %3, %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expired; it is renewed on next use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session renewed; valid until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times the Funnel page&apos;s full refresh (funnel, daily series, objections, revenue and the data-quality counts for the last 90 local days, one round trip) and the same figures counted straight from analytics_events, in the same run. Best on `limitless demo-data --scale large`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The benchmark&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured refreshes (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IANA time zone of the days (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--iterations must be a positive integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel benchmark: PostgreSQL %1; %2 analytics events, %3 conversations, %4 roll-up rows; local days %5 – %6 in %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexes on analytics_events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roll-up and events give the same figures: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MISS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no owner yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner has the e-mail address %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has several owners: say which with --owner-email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the campaign code, e.g. `limitless campaigns pause K7PX3M`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign has the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists, creates, pauses and resumes campaigns.
  list                       every campaign with its counters
  create --name N [...]      a new campaign; the code is generated unless --code
  pause CODE... | resume CODE...
The CLI is not signed in as an owner: `create` acts for --owner-email, or for the only owner in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list, create, pause or resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign name (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform, e.g. instagram (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own code: 6 characters without 0, O, 1, I, L (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner the campaign belongs to (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: list, create, pause or resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns: %1; days %2 – %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the funnel&apos;s stage counts and conversions as the Funnel page shows them: clicks, conversations, qualified, pitch delivered, payment link sent, paid. Days are local days of --tz; by default the last 30 days up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this campaign (its code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with this campaign (its code), side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First local day (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last local day (YYYY-MM-DD), included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with another period starting on this day (same campaigns, or the --compare campaign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the comparison period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count conversations of &apos;playground&apos; campaigns too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaign with code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists payments, newest first, with revenue totals per currency: monthly recurring revenue (monthly amounts of completed payments whose plan bills monthly), one-time revenue (one-time amounts of completed payments) and refunds (everything charged for refunded payments). Amounts in JSON are in the currency&apos;s minor unit (cents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments with this status: pending, completed, failed or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only payments of the campaign with this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what to do: list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--status must be pending, completed, failed or refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: monthly recurring revenue %2, one-time revenue %3, refunds %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh, from analytics_events / from the roll-ups at p50: %1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserts analytics events at a steady rate into the campaigns (playground ones excluded), each with its campaign counter in one transaction, as the sales agent does. Open the Funnel page to watch it live. Stops after --duration or on Ctrl+C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per second (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to run (default 60).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write one line per committed event: UTC milliseconds since the epoch when the commit returned, and the event&apos;s number (1, 2, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a number of events per second in (0, 10000].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns to simulate traffic for: create one, or load the demo business with `limitless demo-data`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inserted %1 events in %2 s (%3 per second); insert and commit p50 %4 ms, p95 %5 ms, max %6 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run every refresh as the database&apos;s first owner under row-level security, as the app does (default: the connection&apos;s own role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes run as the first owner under row-level security.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshes run as the connection&apos;s role (no row-level security).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored session is kept; its access token is still valid until %1.</source>
        <translation>Die gespeicherte Sitzung bleibt erhalten; ihr Zugriffstoken ist noch bis %1 gültig.</translation>
    </message>
    <message>
        <source>The stored session is kept, but its access token expired at %1; it is renewed when the server answers again.</source>
        <translation>Die gespeicherte Sitzung bleibt erhalten, aber ihr Zugriffstoken ist um %1 abgelaufen; sie wird erneuert, sobald der Server wieder antwortet.</translation>
    </message>
    <message>
        <source>Signs the owner in and out of a profile&apos;s project (Supabase Auth, or the local sandbox&apos;s accounts). The session is kept in the system keychain and shared with the dashboard.

Actions:
  login     sign in with e-mail and password (read from the terminal or standard input)
  logout    sign out here (--global: everywhere)
  status    show who is signed in and until when (--check: ask the server whether the session is still valid)
  refresh   renew the session now

Exit codes: 0 done, 1 failed (e.g. the server cannot be reached), 2 wrong usage, 3 not signed in or the session was rejected.</source>
        <translation>Meldet den Inhaber beim Projekt eines Profils an und ab (Supabase Auth oder die Konten der lokalen Sandbox). Die Sitzung liegt im Schlüsselbund des Systems und wird mit dem Dashboard geteilt.

Aktionen:
  login     mit E-Mail und Passwort anmelden (vom Terminal oder der Standardeingabe gelesen)
  logout    hier abmelden (--global: überall)
  status    zeigen, wer bis wann angemeldet ist (--check: den Server fragen, ob die Sitzung noch gültig ist)
  refresh   die Sitzung jetzt erneuern

Exit-Codes: 0 erledigt, 1 fehlgeschlagen (z. B. Server nicht erreichbar), 2 falscher Aufruf, 3 nicht angemeldet oder Sitzung abgelehnt.</translation>
    </message>
    <message>
        <source>With status: ask the server whether the session is still valid (renewing an expired access token first).</source>
        <translation>Mit status: den Server fragen, ob die Sitzung noch gültig ist (ein abgelaufenes Zugriffstoken wird vorher erneuert).</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in server (default 30).</source>
        <translation>Sekunden, die auf den Anmeldeserver gewartet wird (Standard 30).</translation>
    </message>
    <message>
        <source>--check goes with status only</source>
        <translation>--check gehört nur zu status</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600</source>
        <translation>--timeout erwartet eine Anzahl Sekunden zwischen 0 und 3600</translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2 (user %3, %4); the server confirms the session.</source>
        <translation>Bei „%1“ als %2 angemeldet (Benutzer %3, %4); der Server bestätigt die Sitzung.</translation>
    </message>
    <message>
        <source>the server rejected the session: %1</source>
        <translation>der Server hat die Sitzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>could not check the session with the server: %1</source>
        <translation>die Sitzung konnte beim Server nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Session renewed by another Limitless process just now; valid until %1.</source>
        <translation>Sitzung soeben von einem anderen Limitless-Prozess erneuert; gültig bis %1.</translation>
    </message>
    <message>
        <source>It was removed from this computer; sign in again with `limitless auth login`.</source>
        <translation>Sie wurde von diesem Computer entfernt; mit `limitless auth login` erneut anmelden.</translation>
    </message>
    <message>
        <source>could not renew the session: %1</source>
        <translation>die Sitzung konnte nicht erneuert werden: %1</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>KLICKS</translation>
    </message>
    <message>
        <source>CONVERSATIONS</source>
        <translation>GESPRÄCHE</translation>
    </message>
    <message>
        <source>QUALIFIED</source>
        <translation>QUALIFIZIERT</translation>
    </message>
    <message>
        <source>CONVERSIONS</source>
        <translation>ABSCHLÜSSE</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATTFORM</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>No campaigns have the codes %1.</source>
        <translation>Keine Kampagnen haben die Codes %1.</translation>
    </message>
    <message>
        <source>--compare-to needs --compare-from (the first day of the comparison period).</source>
        <translation>--compare-to braucht --compare-from (den ersten Tag des Vergleichszeitraums).</translation>
    </message>
    <message>
        <source>--compare names the same campaign as --campaign: compare it with another campaign, or with another period (--compare-from).</source>
        <translation>--compare nennt dieselbe Kampagne wie --campaign: mit einer anderen Kampagne oder einem anderen Zeitraum (--compare-from) vergleichen.</translation>
    </message>
    <message>
        <source>--%1: %2 is not a day of the calendar.</source>
        <translation>--%1: %2 ist kein Kalendertag.</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 muss ein Datum im Format JJJJ-MM-TT sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--compare-from must not be after --compare-to.</source>
        <translation>--compare-from darf nicht nach --compare-to liegen.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPAGNE</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MONATLICH</translation>
    </message>
    <message>
        <source>ONE-TIME</source>
        <translation>EINMALIG</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>Passwords: %1 (owner only)</source>
        <translation>Passwörter: %1 (nur für den Inhaber lesbar)</translation>
    </message>
    <message>
        <source>The sandbox was not running.</source>
        <translation>Die Sandbox lief nicht.</translation>
    </message>
    <message>
        <source>Kept what the sandbox did not make: %1</source>
        <translation>Behalten, was nicht von der Sandbox stammt: %1</translation>
    </message>
    <message>
        <source>Event %1 was not inserted (%2 were): %3</source>
        <translation>Ereignis %1 wurde nicht eingefügt (%2 wurden es): %3</translation>
    </message>
    <message>
        <source>The rate of %1 per second could not be kept: %2 of %3 events were inserted in %4 s.</source>
        <translation>Die Rate von %1 pro Sekunde konnte nicht gehalten werden: %2 von %3 Ereignissen wurden in %4 s eingefügt.</translation>
    </message>
    <message>
        <source>Note: the dashboard&apos;s funnel roll-ups are not installed in this database, so every figure is counted from the events and payments (slower on a large database). `limitless migrate` installs them.</source>
        <translation>Hinweis: Die Funnel-Zusammenfassungen des Dashboards sind in dieser Datenbank nicht installiert, daher wird jede Zahl aus den Ereignissen und Zahlungen gezählt (langsamer bei einer großen Datenbank). `limitless migrate` installiert sie.</translation>
    </message>
    <message>
        <source>Installs the dashboard&apos;s additions (row-level security, live-update notifications, funnel roll-ups, indexes, transcript functions) in a database, all in one transaction. On a database where the seed&apos;s tables exist (made by the web project&apos;s drizzle-kit migrations) it checks them against the seed and adds only the dashboard&apos;s own objects, kept in schema &quot;limitless&quot; with their own bookkeeping; the web project&apos;s drizzle.__drizzle_migrations is never touched. On an empty database it creates the seed&apos;s tables first. Refuses, changing nothing, what it cannot vouch for.</source>
        <translation>Installiert die Ergänzungen des Dashboards (Zeilensicherheit, Änderungsbenachrichtigungen, Funnel-Zusammenfassungen, Indizes, Verlaufsfunktionen) in einer Datenbank, alles in einer Transaktion. In einer Datenbank mit den Seed-Tabellen (angelegt von den drizzle-kit-Migrationen des Webprojekts) prüft es diese gegen den Seed und fügt nur die eigenen Objekte des Dashboards hinzu, im Schema „limitless“ mit eigener Buchführung; drizzle.__drizzle_migrations des Webprojekts wird nie angefasst. In einer leeren Datenbank legt es zuerst die Seed-Tabellen an. Verweigert, ohne etwas zu ändern, was es nicht verbürgen kann.</translation>
    </message>
    <message>
        <source>Only list what would be done; change nothing.</source>
        <translation>Nur auflisten, was getan würde; nichts ändern.</translation>
    </message>
    <message>
        <source>The database has none of the seed&apos;s tables: they would be created.</source>
        <translation>Die Datenbank hat keine der Seed-Tabellen: Sie würden angelegt.</translation>
    </message>
    <message>
        <source>The database had none of the seed&apos;s tables: they were created.</source>
        <translation>Die Datenbank hatte keine der Seed-Tabellen: Sie wurden angelegt.</translation>
    </message>
    <message>
        <source>The seed&apos;s seven tables are here and match the seed (made by the web project); the dashboard leaves them to it.</source>
        <translation>Die sieben Seed-Tabellen sind vorhanden und entsprechen dem Seed (vom Webprojekt angelegt); das Dashboard überlässt sie ihm.</translation>
    </message>
    <message>
        <source>The seed&apos;s seven tables are here (created by the dashboard).</source>
        <translation>Die sieben Seed-Tabellen sind vorhanden (vom Dashboard angelegt).</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <source>Would apply:</source>
        <translation>Würde anwenden:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Angewendet:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Dashboard additions: %1.</source>
        <translation>Ergänzungen des Dashboards: %1.</translation>
    </message>
    <message>
        <source>The roll-ups and analytics_events give different figures.</source>
        <translation>Die Roll-ups und analytics_events ergeben unterschiedliche Werte.</translation>
    </message>
    <message>
        <source>Some figures missed their targets.</source>
        <translation>Einige Werte haben ihr Ziel verfehlt.</translation>
    </message>
    <message>
        <source>--db-url must be a postgresql:// (or postgres://) URL, e.g. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full.</source>
        <translation>--db-url muss eine postgresql://-URL (oder postgres://) sein, z. B. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>--db-url contains a password, which the command line would leave in the shell history: leave it out of the URL and pass the password on standard input with --db-password-stdin.</source>
        <translation>--db-url enthält ein Passwort, das die Befehlszeile im Shell-Verlauf hinterlassen würde: Es aus der URL weglassen und das Passwort mit --db-password-stdin über die Standardeingabe übergeben.</translation>
    </message>
    <message>
        <source>--db-url is not a valid URL with a host, e.g. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres.</source>
        <translation>--db-url ist keine gültige URL mit Host, z. B. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres.</translation>
    </message>
    <message>
        <source>--db-url names more than one database in its path.</source>
        <translation>--db-url nennt in ihrem Pfad mehr als eine Datenbank.</translation>
    </message>
    <message>
        <source>--db-url has the parameter &apos;%1&apos;, which a profile does not keep (it keeps the user, host, port, database, sslmode and sslrootcert).</source>
        <translation>--db-url hat den Parameter &apos;%1&apos;, den ein Profil nicht speichert (es speichert Benutzer, Host, Port, Datenbank, sslmode und sslrootcert).</translation>
    </message>
    <message>
        <source>the local sandbox</source>
        <translation>die lokale Sandbox</translation>
    </message>
    <message>
        <source>session pooler</source>
        <translation>Session-Pooler</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>direkte Verbindung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Supabase URL</source>
        <translation>Supabase-URL</translation>
    </message>
    <message>
        <source>database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>database host</source>
        <translation>Datenbank-Host</translation>
    </message>
    <message>
        <source>database port</source>
        <translation>Datenbank-Port</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Datenbankname</translation>
    </message>
    <message>
        <source>database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>campaign base URL</source>
        <translation>Kampagnen-Basis-URL</translation>
    </message>
    <message>
        <source>sign-in providers</source>
        <translation>Anmeldeanbieter</translation>
    </message>
    <message>
        <source>sign-in port</source>
        <translation>Anmelde-Port</translation>
    </message>
    <message>
        <source>anon key</source>
        <translation>Anon-Key</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>No profile has the id &apos;%1&apos; (known: %2).</source>
        <translation>Kein Profil hat die ID &apos;%1&apos; (bekannt: %2).</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>AKTUELL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>SUPABASE URL</source>
        <translation>SUPABASE-URL</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>DATENBANK</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CAMPAIGN BASE URL</source>
        <translation>KAMPAGNEN-BASIS-URL</translation>
    </message>
    <message>
        <source>ANON KEY</source>
        <translation>ANON-KEY</translation>
    </message>
    <message>
        <source>DB PASSWORD</source>
        <translation>DB-PASSWORT</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>supabase</source>
        <translation>Supabase</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>unvollständig</translation>
    </message>
    <message>
        <source>`limitless profile edit ID …` completes a profile; `limitless profile list --json` says what each one lacks.</source>
        <translation>`limitless profile edit ID …` vervollständigt ein Profil; `limitless profile list --json` sagt, was jedem fehlt.</translation>
    </message>
    <message>
        <source>The keychain could not be read, so whether the keys are stored is not known: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden, daher ist unbekannt, ob die Schlüssel gespeichert sind: %1</translation>
    </message>
    <message>
        <source>%1: there is no readable file at %2.</source>
        <translation>%1: Unter %2 gibt es keine lesbare Datei.</translation>
    </message>
    <message>
        <source>--%1 takes a port number (%2–65535).</source>
        <translation>--%1 erwartet eine Portnummer (%2–65535).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a profile id: use 1 to 40 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>&apos;%1&apos; kann keine Profil-ID sein: 1 bis 40 Kleinbuchstaben, Ziffern, &apos;-&apos; oder &apos;_&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer.</translation>
    </message>
    <message>
        <source>--name takes one line of 1 to 100 characters.</source>
        <translation>--name erwartet eine Zeile mit 1 bis 100 Zeichen.</translation>
    </message>
    <message>
        <source>--pooler and --direct exclude each other.</source>
        <translation>--pooler und --direct schließen einander aus.</translation>
    </message>
    <message>
        <source>--db-host must not be empty.</source>
        <translation>--db-host darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--db-name must not be empty.</source>
        <translation>--db-name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--db-user must not be empty.</source>
        <translation>--db-user darf nicht leer sein.</translation>
    </message>
    <message>
        <source>--oauth-providers takes Supabase provider names separated by commas, e.g. google,github (&apos;&apos; for none).</source>
        <translation>--oauth-providers erwartet durch Kommas getrennte Supabase-Anbieternamen, z. B. google,github (&apos;&apos; für keine).</translation>
    </message>
    <message>
        <source>Say what to change, e.g. `limitless profile edit %1 --name NAME`; `limitless profile edit --help` lists the options.</source>
        <translation>Angeben, was geändert werden soll, z. B. `limitless profile edit %1 --name NAME`; `limitless profile edit --help` listet die Optionen auf.</translation>
    </message>
    <message>
        <source>&apos;sandbox&apos; is the built-in local sandbox profile; `limitless profile edit sandbox --name N` renames it.</source>
        <translation>&apos;sandbox&apos; ist das eingebaute Profil der lokalen Sandbox; `limitless profile edit sandbox --name N` benennt es um.</translation>
    </message>
    <message>
        <source>A profile &apos;%1&apos; exists already; change it with `limitless profile edit %1 …`.</source>
        <translation>Ein Profil &apos;%1&apos; gibt es schon; mit `limitless profile edit %1 …` ändern.</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s address and keys are managed by the app: only --name and --campaign-base-url can be changed.</source>
        <translation>Adresse und Schlüssel der lokalen Sandbox verwaltet die App: Nur --name und --campaign-base-url lassen sich ändern.</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so nothing was saved: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden, daher wurde nichts gespeichert: %1</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; would not be complete, so it was not added:</source>
        <translation>Profil &apos;%1&apos; wäre nicht vollständig und wurde daher nicht hinzugefügt:</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; would not be complete, so nothing was changed:</source>
        <translation>Profil &apos;%1&apos; wäre nicht vollständig, daher wurde nichts geändert:</translation>
    </message>
    <message>
        <source>Anon or publishable key for &apos;%1&apos;: </source>
        <translation>Anon- oder Publishable-Key für &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>No anon key on standard input: --anon-key-stdin reads it as one line.</source>
        <translation>Kein Anon-Key auf der Standardeingabe: --anon-key-stdin liest ihn als eine Zeile.</translation>
    </message>
    <message>
        <source>Database password for &apos;%1&apos;: </source>
        <translation>Datenbankpasswort für &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>No database password on standard input: --db-password-stdin reads it as one line (after the anon key when both are given).</source>
        <translation>Kein Datenbankpasswort auf der Standardeingabe: --db-password-stdin liest es als eine Zeile (nach dem Anon-Key, wenn beide angegeben sind).</translation>
    </message>
    <message>
        <source>The keychain failed, so the profile&apos;s settings were left as they were: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen, daher blieben die Einstellungen des Profils, wie sie waren: %1</translation>
    </message>
    <message>
        <source>Added profile %1.</source>
        <translation>Profil %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Profile %1: nothing changed.</source>
        <translation>Profil %1: nichts geändert.</translation>
    </message>
    <message>
        <source>Saved profile %1; changed: %2.</source>
        <translation>Profil %1 gespeichert; geändert: %2.</translation>
    </message>
    <message>
        <source>Supabase: %1; database: %2 (%3, TLS %4).</source>
        <translation>Supabase: %1; Datenbank: %2 (%3, TLS %4).</translation>
    </message>
    <message>
        <source>The anon key is in the keychain; no database password is stored.</source>
        <translation>Der Anon-Key liegt im Schlüsselbund; es ist kein Datenbankpasswort gespeichert.</translation>
    </message>
    <message>
        <source>The anon key and the database password are in the keychain.</source>
        <translation>Der Anon-Key und das Datenbankpasswort liegen im Schlüsselbund.</translation>
    </message>
    <message>
        <source>It is the current profile now: the dashboard opens it next time.</source>
        <translation>Es ist jetzt das aktuelle Profil: Das Dashboard öffnet es beim nächsten Mal.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is built in and cannot be removed; `limitless profile reset %1` clears its settings and keys.</source>
        <translation>&apos;%1&apos; ist eingebaut und kann nicht entfernt werden; `limitless profile reset %1` leert seine Einstellungen und Schlüssel.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not built in: `limitless profile remove %1` removes it.</source>
        <translation>&apos;%1&apos; ist nicht eingebaut: `limitless profile remove %1` entfernt es.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the current profile; choose another first (`limitless profile use ID`), or add --yes to reset it and switch to the local sandbox.</source>
        <translation>&apos;%1&apos; ist das aktuelle Profil; zuerst ein anderes wählen (`limitless profile use ID`) oder --yes angeben, um es zurückzusetzen und zur lokalen Sandbox zu wechseln.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the current profile; choose another first (`limitless profile use ID`), or add --yes to remove it and switch to the local sandbox.</source>
        <translation>&apos;%1&apos; ist das aktuelle Profil; zuerst ein anderes wählen (`limitless profile use ID`) oder --yes angeben, um es zu entfernen und zur lokalen Sandbox zu wechseln.</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so nothing was removed: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden, daher wurde nichts entfernt: %1</translation>
    </message>
    <message>
        <source>Signed out of the profile&apos;s project, but the keychain failed to remove the profile&apos;s keys, so its settings were kept; run the command again: %1</source>
        <translation>Vom Projekt des Profils abgemeldet, aber der Schlüsselbund konnte die Schlüssel des Profils nicht entfernen, daher wurden seine Einstellungen behalten; den Befehl erneut ausführen: %1</translation>
    </message>
    <message>
        <source>The keychain failed to remove the profile&apos;s keys, so its settings were kept; run the command again: %1</source>
        <translation>Der Schlüsselbund konnte die Schlüssel des Profils nicht entfernen, daher wurden seine Einstellungen behalten; den Befehl erneut ausführen: %1</translation>
    </message>
    <message>
        <source>Signed out of its project on this computer; the server could not be told: %1</source>
        <translation>Auf diesem Computer von seinem Projekt abgemeldet; der Server konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Signed out of its project first.</source>
        <translation>Zuerst von seinem Projekt abgemeldet.</translation>
    </message>
    <message>
        <source>Its project&apos;s session stays: profile &apos;%1&apos; uses the same project.</source>
        <translation>Die Sitzung seines Projekts bleibt: Profil &apos;%1&apos; nutzt dasselbe Projekt.</translation>
    </message>
    <message>
        <source>Reset profile &apos;%1&apos;: its settings and its keys in the keychain are gone.</source>
        <translation>Profil &apos;%1&apos; zurückgesetzt: Seine Einstellungen und seine Schlüssel im Schlüsselbund sind gelöscht.</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; with its keys in the keychain.</source>
        <translation>Profil &apos;%1&apos; samt seinen Schlüsseln im Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>The current profile is the local sandbox now.</source>
        <translation>Das aktuelle Profil ist jetzt die lokale Sandbox.</translation>
    </message>
    <message>
        <source>The current profile is %1 now: the dashboard opens it next time, and `limitless auth` uses it without --profile.</source>
        <translation>Das aktuelle Profil ist jetzt %1: Das Dashboard öffnet es beim nächsten Mal, und `limitless auth` nutzt es ohne --profile.</translation>
    </message>
    <message>
        <source>Its keys could not be checked: %1</source>
        <translation>Seine Schlüssel konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>It is not complete yet; `limitless profile edit %1` with these options completes it:</source>
        <translation>Es ist noch nicht vollständig; `limitless profile edit %1` mit diesen Optionen vervollständigt es:</translation>
    </message>
    <message>
        <source>Lists and sets up the profiles the dashboard and `limitless auth` sign in to: the built-in local sandbox, production and staging, and profiles you add. Settings are shared with the dashboard; the anon key and the database password go to the system keychain, read from standard input (or asked without echo on a terminal), never from the command line, and are never printed.

Actions:
  list                   every profile, the current one marked *
  add ID --supabase-url URL [options]
                         a new profile (complete: URL, anon key, database, TLS)
  edit ID [options]      change what is given, nothing else
  remove ID [--yes]      delete a profile you added, with its keys
  reset ID [--yes]       clear a built-in profile&apos;s settings and keys
  use ID                 make it the current profile

remove and reset sign out of the profile&apos;s project first, unless another profile uses the same project. Taking away the current profile needs --yes, and the local sandbox becomes current. The sandbox cannot be removed, and only its --name and --campaign-base-url can be changed.

Example (then type the key and the password, or pipe them in, one line each):
  limitless profile add acme --supabase-url https://&lt;project&gt;.supabase.co \
    --db-url &apos;postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full&amp;sslrootcert=/path/to/prod-ca-2021.crt&apos; \
    --anon-key-stdin --db-password-stdin --use

Exit codes: 0 done, 1 failed (the keychain, an existing or unknown id), 2 wrong usage or an incomplete profile (nothing was saved). With --json, error codes: usage, invalid_profile (with &quot;problems&quot;), exists, not_found, keychain.</source>
        <translation>Listet und richtet die Profile ein, bei denen sich das Dashboard und `limitless auth` anmelden: die eingebaute lokale Sandbox, production und staging sowie selbst hinzugefügte Profile. Die Einstellungen teilt es mit dem Dashboard; der Anon-Key und das Datenbankpasswort kommen in den Schlüsselbund des Systems, gelesen von der Standardeingabe (oder ohne Echo im Terminal abgefragt), nie von der Befehlszeile, und werden nie ausgegeben.

Aktionen:
  list                   alle Profile, das aktuelle mit * markiert
  add ID --supabase-url URL [Optionen]
                         ein neues Profil (vollständig: URL, Anon-Key, Datenbank, TLS)
  edit ID [Optionen]     ändert, was angegeben ist, sonst nichts
  remove ID [--yes]      löscht ein selbst hinzugefügtes Profil samt Schlüsseln
  reset ID [--yes]       leert Einstellungen und Schlüssel eines eingebauten Profils
  use ID                 macht es zum aktuellen Profil

remove und reset melden sich zuerst vom Projekt des Profils ab, sofern kein anderes Profil dasselbe Projekt nutzt. Das aktuelle Profil wegzunehmen braucht --yes, und die lokale Sandbox wird aktuell. Die Sandbox lässt sich nicht entfernen, und nur ihr --name und ihre --campaign-base-url lassen sich ändern.

Beispiel (danach den Schlüssel und das Passwort eingeben oder zeilenweise über eine Pipe übergeben):
  limitless profile add acme --supabase-url https://&lt;project&gt;.supabase.co \
    --db-url &apos;postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full&amp;sslrootcert=/path/to/prod-ca-2021.crt&apos; \
    --anon-key-stdin --db-password-stdin --use

Exit-Codes: 0 erledigt, 1 fehlgeschlagen (Schlüsselbund, vorhandene oder unbekannte ID), 2 falsche Verwendung oder ein unvollständiges Profil (nichts wurde gespeichert). Mit --json die Fehlercodes: usage, invalid_profile (mit &quot;problems&quot;), exists, not_found, keychain.</translation>
    </message>
    <message>
        <source>list | add | edit | remove | reset | use</source>
        <translation>list | add | edit | remove | reset | use</translation>
    </message>
    <message>
        <source>The profile&apos;s id.</source>
        <translation>Die ID des Profils.</translation>
    </message>
    <message>
        <source>Display name (default: the id).</source>
        <translation>Anzeigename (Standard: die ID).</translation>
    </message>
    <message>
        <source>The project&apos;s URL, https://&lt;project&gt;.supabase.co.</source>
        <translation>Die URL des Projekts, https://&lt;project&gt;.supabase.co.</translation>
    </message>
    <message>
        <source>The database as postgresql://user@host:port/database?sslmode=…&amp;sslrootcert=… (no password: see --db-password-stdin). Parts left out take the defaults (user postgres, port 5432, database postgres); the options below override its parts.</source>
        <translation>Die Datenbank als postgresql://user@host:port/database?sslmode=…&amp;sslrootcert=… (ohne Passwort: siehe --db-password-stdin). Weggelassene Teile nehmen die Standardwerte an (Benutzer postgres, Port 5432, Datenbank postgres); die Optionen unten überschreiben ihre Teile.</translation>
    </message>
    <message>
        <source>Database host: db.&lt;project&gt;.supabase.co (direct) or aws-0-&lt;region&gt;.pooler.supabase.com (session pooler).</source>
        <translation>Datenbank-Host: db.&lt;project&gt;.supabase.co (direkt) oder aws-0-&lt;region&gt;.pooler.supabase.com (Session-Pooler).</translation>
    </message>
    <message>
        <source>Database port (default 5432; 6543, the transaction pooler, is refused).</source>
        <translation>Datenbank-Port (Standard: 5432; 6543, der Transaktions-Pooler, wird abgelehnt).</translation>
    </message>
    <message>
        <source>Database name (default postgres).</source>
        <translation>Datenbankname (Standard: postgres).</translation>
    </message>
    <message>
        <source>Database user (default postgres; postgres.&lt;project&gt; on the session pooler).</source>
        <translation>Datenbankbenutzer (Standard: postgres; postgres.&lt;project&gt; beim Session-Pooler).</translation>
    </message>
    <message>
        <source>TLS: verify-full (default), verify-ca, require or disable (local databases only).</source>
        <translation>TLS: verify-full (Standard), verify-ca, require oder disable (nur lokale Datenbanken).</translation>
    </message>
    <message>
        <source>The database&apos;s CA certificate file, needed by verify-full and verify-ca (Supabase: Database settings → SSL configuration).</source>
        <translation>Die CA-Zertifikatsdatei der Datenbank, nötig für verify-full und verify-ca (Supabase: Database settings → SSL configuration).</translation>
    </message>
    <message>
        <source>The database is Supabase&apos;s session pooler (the user becomes postgres.&lt;project&gt; unless --db-user says otherwise).</source>
        <translation>Die Datenbank ist der Session-Pooler von Supabase (der Benutzer wird postgres.&lt;project&gt;, sofern --db-user nichts anderes sagt).</translation>
    </message>
    <message>
        <source>The database is a direct connection (default).</source>
        <translation>Die Datenbank ist eine direkte Verbindung (Standard).</translation>
    </message>
    <message>
        <source>Base URL of the campaign links (&apos;&apos; for the default).</source>
        <translation>Basis-URL der Kampagnenlinks (&apos;&apos; für den Standard).</translation>
    </message>
    <message>
        <source>Browser sign-in providers, e.g. google,github (default), &apos;&apos; for none.</source>
        <translation>Anbieter für die Anmeldung im Browser, z. B. google,github (Standard), &apos;&apos; für keine.</translation>
    </message>
    <message>
        <source>Port of the browser sign-in&apos;s http://127.0.0.1:&lt;port&gt;/callback (default 0: any free port).</source>
        <translation>Port von http://127.0.0.1:&lt;port&gt;/callback für die Anmeldung im Browser (Standard: 0, ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>Read the anon or publishable key from standard input (one line).</source>
        <translation>Den Anon- oder Publishable-Key von der Standardeingabe lesen (eine Zeile).</translation>
    </message>
    <message>
        <source>Read the database password from standard input (one line, after the anon key when both are given).</source>
        <translation>Das Datenbankpasswort von der Standardeingabe lesen (eine Zeile, nach dem Anon-Key, wenn beide angegeben sind).</translation>
    </message>
    <message>
        <source>With add or edit: make it the current profile too.</source>
        <translation>Mit add oder edit: es außerdem zum aktuellen Profil machen.</translation>
    </message>
    <message>
        <source>With remove or reset: also when it is the current profile.</source>
        <translation>Mit remove oder reset: auch wenn es das aktuelle Profil ist.</translation>
    </message>
    <message>
        <source>Say what to do: list, add, edit, remove, reset or use.</source>
        <translation>Angeben, was zu tun ist: list, add, edit, remove, reset oder use.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: list, add, edit, remove, reset or use.</source>
        <translation>Unbekannte Aktion &apos;%1&apos;: list, add, edit, remove, reset oder use.</translation>
    </message>
    <message>
        <source>list takes no profile id.</source>
        <translation>list nimmt keine Profil-ID.</translation>
    </message>
    <message>
        <source>Name the profile: `limitless profile %1 ID`.</source>
        <translation>Das Profil angeben: `limitless profile %1 ID`.</translation>
    </message>
    <message>
        <source>--%1 goes with add or edit only.</source>
        <translation>--%1 gehört nur zu add oder edit.</translation>
    </message>
    <message>
        <source>--yes goes with remove or reset only.</source>
        <translation>--yes gehört nur zu remove oder reset.</translation>
    </message>
    <message>
        <source>add needs --supabase-url (and --anon-key-stdin and the database); `limitless profile --help` shows an example.</source>
        <translation>add braucht --supabase-url (sowie --anon-key-stdin und die Datenbank); `limitless profile --help` zeigt ein Beispiel.</translation>
    </message>
    <message>
        <source>Manages the local sandbox: a private PostgreSQL cluster with the app&apos;s schema, a Supabase-compatible auth schema and a local owner account.

Actions:
  start     create the sandbox if needed, start it, apply pending migrations
  stop      stop the server cleanly
  status    print whether it runs and its connection URL (exit code 1 when it does not run; with --json the status then carries the error object, code not_running)
  reset     stop it and delete what it made in its directory (only a sandbox&apos;s directory, and nothing else in it)
  passwd    set the local owner&apos;s password (read from standard input)</source>
        <translation>Verwaltet die lokale Sandbox: einen privaten PostgreSQL-Cluster mit dem Schema der App, einem Supabase-kompatiblen Auth-Schema und einem lokalen Inhaberkonto.

Aktionen:
  start     die Sandbox bei Bedarf anlegen, starten und ausstehende Migrationen anwenden
  stop      den Server sauber beenden
  status    ausgeben, ob sie läuft, und ihre Verbindungs-URL (Exit-Code 1, wenn sie nicht läuft; mit --json trägt der Status dann das Fehlerobjekt, Code not_running)
  reset     sie beenden und löschen, was sie in ihrem Verzeichnis angelegt hat (nur im Verzeichnis einer Sandbox, und nichts anderes darin)
  passwd    das Passwort des lokalen Inhabers setzen (von der Standardeingabe gelesen)</translation>
    </message>
    <message>
        <source>The sandbox in %1 is not running; start it with `limitless sandbox start`.</source>
        <translation>Die Sandbox in %1 läuft nicht; mit `limitless sandbox start` starten.</translation>
    </message>
    <message>
        <source>New password for the local owner: </source>
        <translation>Neues Passwort für den lokalen Inhaber: </translation>
    </message>
</context>
<context>
    <name>limitless::conversations::ConversationExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is not available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::models::CampaignsModel</name>
    <message>
        <source>Not set</source>
        <comment>campaign platform</comment>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>—</source>
        <comment>conversion rate without clicks</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 conversions from %2 clicks</source>
        <translation>%1 Abschlüsse aus %2 Klicks</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>Noch keine Klicks</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Erstellt am %1, zuletzt geändert am %2</translation>
    </message>
    <message>
        <source>Conversations in which the lead was qualified</source>
        <translation>Gespräche, in denen der Lead qualifiziert wurde</translation>
    </message>
    <message>
        <source>Conversions divided by clicks</source>
        <translation>Abschlüsse geteilt durch Klicks</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Abschlüsse</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>Abschlussrate</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationEventsModel</name>
    <message>
        <source>Clicked the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished">Qualifiziert</translation>
    </message>
    <message>
        <source>Pitch delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationPaymentsModel</name>
    <message>
        <source>Pending</source>
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
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/mo + %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationsModel</name>
    <message>
        <source>Greeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last message %1, started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instagram handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished">Qualifiziert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::models::FunnelModel</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From previous (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From top (B)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::models::PaymentsModel</name>
    <message>
        <source>Pending</source>
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
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>campaign code · name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no one-time amount</comment>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished">Erstellt</translation>
    </message>
</context>
<context>
    <name>limitless::models::PipelineModel</name>
    <message>
        <source>%1 conversations in this stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::models::TranscriptModel</name>
    <message>
        <source>A message of an unsupported kind (%1) was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 im Monat</translation>
    </message>
    <message>
        <source>%1 + %2 once</source>
        <translation>%1 + %2 einmalig</translation>
    </message>
    <message>
        <source>Payment link for %1: %2</source>
        <translation>Zahlungslink für %1: %2</translation>
    </message>
    <message>
        <source>Payment link for %1: %2, to %3</source>
        <translation>Zahlungslink für %1: %2, an %3</translation>
    </message>
    <message>
        <source>Checkout link created: %1</source>
        <translation>Checkout-Link erstellt: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui</name>
    <message>
        <source>Choose a start and an end date.</source>
        <translation>Bitte ein Start- und ein Enddatum wählen.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2). Choose an end on or after the start.</source>
        <translation>Das Enddatum (%1) liegt vor dem Startdatum (%2). Bitte ein Ende am oder nach dem Start wählen.</translation>
    </message>
    <message>
        <source>The start date (%1) is in the future; there is nothing to show yet.</source>
        <translation>Das Startdatum (%1) liegt in der Zukunft; es gibt noch nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>The end date (%1) is in the future. Choose today (%2) or an earlier day.</source>
        <translation>Das Enddatum (%1) liegt in der Zukunft. Bitte heute (%2) oder einen früheren Tag wählen.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignEditorDialog</name>
    <message>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Instagram Reels — January</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the ad runs, what it promises (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>campaign platform</comment>
        <translation type="unfinished">Nicht angegeben</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters: letters and digits without 0, O, 1, I and L.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code cannot change: ads and links already carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignUndoCommand</name>
    <message>
        <source>Create campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh campaigns</source>
        <translation>Kampagnen aktualisieren</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Nach Code oder Name filtern</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded</source>
        <translation>Kampagnen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>The reason is shown above. The page loads again as soon as the database answers.</source>
        <translation>Der Grund steht oben. Die Seite lädt erneut, sobald die Datenbank antwortet.</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Kampagnen werden geladen …</translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation>Warten auf die Datenbank.</translation>
    </message>
    <message>
        <source>No matching campaigns</source>
        <translation>Keine passenden Kampagnen</translation>
    </message>
    <message>
        <source>No campaign matches the current filters.</source>
        <translation>Keine Kampagne entspricht den aktuellen Filtern.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <source>Campaigns appear here as soon as they are created. Each campaign&apos;s code ties the leads that arrive through an ad to their conversations, qualifications and sales.</source>
        <translation>Kampagnen erscheinen hier, sobald sie angelegt sind. Über den Code einer Kampagne werden die Leads, die über eine Anzeige kommen, ihren Gesprächen, Qualifizierungen und Verkäufen zugeordnet.</translation>
    </message>
    <message>
        <source>Campaigns could not be refreshed: %1</source>
        <translation>Kampagnen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded: %1</source>
        <translation>Kampagnen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 insgesamt</translation>
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
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 created. Its link: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 is paused: its link no longer starts conversations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete campaign %1 (“%2”)? Its link stops working. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nichts zu wiederholen</translation>
    </message>
    <message>
        <source>%1 The undo history was cleared: it no longer matches what is stored.</source>
        <translation>%1 Der Rückgängig-Verlauf wurde geleert: Er passt nicht mehr zu dem, was gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ChatBubbleDelegate</name>
    <message>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage: %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConnectionBootstrap</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>LIMITLESS_CLAIMS must be a JSON object, e.g. {&quot;sub&quot;: &quot;&lt;user id&gt;&quot;, &quot;role&quot;: &quot;authenticated&quot;}.</source>
        <translation>LIMITLESS_CLAIMS muss ein JSON-Objekt sein, z. B. {&quot;sub&quot;: &quot;&lt;user id&gt;&quot;, &quot;role&quot;: &quot;authenticated&quot;}.</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>Die lokale Sandbox läuft nicht.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Neue Verbindung (Versuch %1) …</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Neue Verbindung …</translation>
    </message>
    <message>
        <source>The connection to the database failed.</source>
        <translation>Die Verbindung zur Datenbank ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>pgvector</source>
        <translation>pgvector</translation>
    </message>
    <message>
        <source>in-process vectors</source>
        <translation>Vektorsuche in der App</translation>
    </message>
    <message>
        <source>live updates on</source>
        <translation>Live-Aktualisierung an</translation>
    </message>
    <message>
        <source>live updates off (refreshing periodically)</source>
        <translation>Live-Aktualisierung aus (regelmäßiger Abgleich)</translation>
    </message>
    <message>
        <source> · </source>
        <comment>status bar separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Server: PostgreSQL %1
Database: %2
User: %3
Vector search: %4
Live updates: %5</source>
        <translation>Server: PostgreSQL %1
Datenbank: %2
Benutzer: %3
Vektorsuche: %4
Live-Aktualisierung: %5</translation>
    </message>
    <message>
        <source>pgvector (HNSW index in the database)</source>
        <translation>pgvector (HNSW-Index in der Datenbank)</translation>
    </message>
    <message>
        <source>computed in the app (pgvector is not installed)</source>
        <translation>in der App berechnet (pgvector ist nicht installiert)</translation>
    </message>
    <message>
        <source>on (notifications)</source>
        <translation>an (Benachrichtigungen)</translation>
    </message>
    <message>
        <source>off: this connection cannot listen for notifications</source>
        <translation>aus: Diese Verbindung kann keine Benachrichtigungen empfangen</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Verbindung wird geprüft…</translation>
    </message>
    <message>
        <source>live updates off (no notifications in this database; refreshing periodically)</source>
        <translation>Live-Aktualisierung aus (keine Benachrichtigungen in dieser Datenbank; regelmäßige Aktualisierung)</translation>
    </message>
    <message>
        <source>dashboard additions %1</source>
        <translation>Dashboard-Ergänzungen %1</translation>
    </message>
    <message>
        <source>off: this database sends no change notifications</source>
        <translation>aus: Diese Datenbank sendet keine Änderungsbenachrichtigungen</translation>
    </message>
    <message>
        <source>
Dashboard additions: %1</source>
        <translation>
Ergänzungen des Dashboards: %1</translation>
    </message>
    <message>
        <source>
Run `%1` as the database&apos;s owner to install them; every page works without them, more slowly.</source>
        <translation>
Führen Sie `%1` als Eigentümer der Datenbank aus, um sie zu installieren; jede Seite funktioniert auch ohne sie, nur langsamer.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConversationDetailsPane</name>
    <message>
        <source>No payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished">Qualifiziert</translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished">Zahlungen</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation to read its transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 messages · last %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished">—</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · link sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transcript stored for this conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored transcript has no messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transcript could not be read completely: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConversationsPage</name>
    <message>
        <source>Conversations</source>
        <translation type="unfinished">Gespräche</translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conversations as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the conversations as columns per stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the filtered list, one row per conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished">Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Search handle or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation type="unfinished">Qualifiziert</translation>
    </message>
    <message>
        <source>Qualified or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started today</source>
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
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest message first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest conversation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with a “%1” event%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chosen conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing conversations %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 conversations to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::FunnelCharts</name>
    <message>
        <source>Funnel</source>
        <translation type="unfinished">Funnel</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2
%3 of the stage before, %4 of clicks
Click to open these conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n objection(s)
Click to open these conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Events per day: A solid, B dashed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open these conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections per day (B&apos;s dates in grey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per day of period: A solid, B dashed</source>
        <translation>Ereignisse je Tag des Zeitraums: A durchgezogen, B gestrichelt</translation>
    </message>
    <message>
        <source>A solid, B dashed, aligned by day of period; B&apos;s dates are in grey under A&apos;s.</source>
        <translation>A durchgezogen, B gestrichelt, nach Tag des Zeitraums ausgerichtet; die Daten von B stehen grau unter denen von A.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::FunnelPage</name>
    <message>
        <source>Include playground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished">Funnel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a stage to open its conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
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
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations of campaigns on the &apos;playground&apos; platform are the owner&apos;s own tests; they are left out unless this is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: %1   ·   B: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: stored %3, events %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored campaign counters differ from the events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New events appear as they are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◌ Polling every 5 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This connection cannot receive change notifications (for example through a transaction pooler); the page re-reads the figures every 5 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objections per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most frequent objections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counted from the events (local midnight off the quarter-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 (%3) is larger than %4 (%5): some events have no matching record before them.</source>
        <translation>%1%2 (%3) ist größer als %4 (%5): Manchen Ereignissen fehlt der passende Datensatz davor.</translation>
    </message>
    <message>
        <source>A: </source>
        <translation>A: </translation>
    </message>
    <message>
        <source>B: </source>
        <translation>B: </translation>
    </message>
    <message>
        <source>counted from the events</source>
        <translation>aus den Ereignissen gezählt</translation>
    </message>
    <message>
        <source>This database lacks the dashboard&apos;s funnel roll-ups, so every figure is counted from the events and payments, which is slower with years of data. Run `limitless migrate` as the database&apos;s owner to install them.</source>
        <translation>Dieser Datenbank fehlen die Funnel-Zusammenfassungen des Dashboards, daher wird jede Zahl aus den Ereignissen und Zahlungen gezählt, was bei Daten aus Jahren langsamer ist. Führen Sie `limitless migrate` als Eigentümer der Datenbank aus, um sie zu installieren.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::LiveLoadBench</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Funnel page did not load within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulator failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the simulator&apos;s log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recount failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::MainWindow</name>
    <message>
        <source>Limitless OS — Owner Dashboard</source>
        <translation>Limitless OS — Inhaber-Cockpit</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Documents are not available yet in this version.</source>
        <translation>Dokumente sind in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Agent playground</source>
        <translation>Agenten-Labor</translation>
    </message>
    <message>
        <source>The agent playground is not available yet in this version.</source>
        <translation>Das Agenten-Labor ist in dieser Version noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Limitless OS</source>
        <translation>Limitless OS</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PasswordField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation type="unfinished">Zahlungen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished">Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished">Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished">Jeder Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
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
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a payment to open its conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly amounts of completed payments whose plan bills monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time amounts (setup fees) of completed payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything charged at checkout for payments that were refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished">Filter zurücksetzen</translation>
    </message>
    <message>
        <source>From %1 completed and %2 refunded payments in the chosen campaign and period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished">%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation type="unfinished">%1 insgesamt</translation>
    </message>
    <message>
        <source>Payments could not be loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason is shown above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation type="unfinished">Warten auf die Datenbank.</translation>
    </message>
    <message>
        <source>No matching payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payment matches the current filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments appear here as soon as a lead opens a checkout link the agent sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Listed: %n %2 payment(s), charged at checkout %3.</source>
        <translation>
            <numerusform>%1 Aufgeführt: %n %2 Zahlung, beim Checkout berechnet %3.</numerusform>
            <numerusform>%1 Aufgeführt: %n %2 Zahlungen, beim Checkout berechnet %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>Noch nicht gebaut</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ProfileEditorDialog</name>
    <message>
        <source>Edit profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is a private PostgreSQL database on this computer, started by the app. Its address and accounts are managed for you; sign in with its owner account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supabase &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anon or publishable key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser sign-in buttons, by Supabase provider name, separated by commas. Leave empty for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in &amp;providers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port of http://127.0.0.1:&lt;port&gt;/callback, which the project&apos;s redirect allow-list must contain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser &amp;return port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session pooler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the certificate and host name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the certificate only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypt without verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate file (.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;mpaign base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the profile&apos;s keys from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit profile — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished">CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation type="unfinished">PostgreSQL %1</translation>
    </message>
    <message>
        <source>The profile is not complete yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile&apos;s keys could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::QrCodeDialog</name>
    <message>
        <source>QR code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of the campaign link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::SettingsPage</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished">Einstellungen</translation>
    </message>
    <message>
        <source>Campaign links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each campaign&apos;s link is this address followed by the campaign&apos;s code. It is what “Copy link” copies and what the QR codes contain, so change it before printing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign link &amp;base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a lead qualifies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when a payment completes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the default address is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. New links and QR codes use this address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::SignInController</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation type="unfinished">Lokale Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation type="unfinished">Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the profile&apos;s keys from the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile is not complete yet: %1 Use “Edit…” to finish it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox was created with an owner account. E-mail: %1 — password: %2 — note it down; `limitless sandbox passwd` changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::SignInDialog</name>
    <message>
        <source>Sign in — Limitless OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Limitless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s dashboard for your AI sales agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which environment to sign in to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change this profile&apos;s server, keys and database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox&apos;s owner account and its password were shown by `limitless sandbox start`; set a new password with `limitless sandbox passwd`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Limitless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We will e-mail you a code. Enter it on the next step, then choose a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If an account exists for this address, a code is on its way. Enter it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A browser window opened to sign in with %1. When you are done there, come back here: Limitless continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::ui::TrayMonitor</name>
    <message>
        <source>Limitless OS — monitoring new leads and payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 qualified (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paid (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
