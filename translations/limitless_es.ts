<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
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
    <message numerus="yes">
        <source>Too many attempts. Try again in %n second(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <translation type="unfinished">La solicitud se canceló.</translation>
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
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PostgreSQL URL (default: LIMITLESS_DATABASE_URL, else the running local sandbox).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database: pass --db URL, set LIMITLESS_DATABASE_URL, or start the local sandbox with `limitless sandbox start`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database is up to date (%n migration(s) applied).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>limitless: unknown command &apos;%1&apos;</source>
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
</context>
<context>
    <name>DbError</name>
    <message>
        <source>Cannot reach the database server. Check that it is running and that the address is right.</source>
        <translation>No se puede contactar con el servidor de base de datos. Compruebe que está en marcha y que la dirección es correcta.</translation>
    </message>
    <message>
        <source>The database refused the sign-in: the user name or password is wrong, or this user may not connect.</source>
        <translation>La base de datos rechazó el inicio de sesión: el usuario o la contraseña no son correctos, o este usuario no puede conectarse.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <translation>Se perdió la conexión con la base de datos. Reconectando…</translation>
    </message>
    <message>
        <source>The connection was lost while saving. The change may not have been saved; check and try again.</source>
        <translation>Se perdió la conexión al guardar. Es posible que el cambio no se haya guardado; compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>La dirección de la base de datos no es válida: %1</translation>
    </message>
    <message>
        <source>You do not have permission for this. Each owner can only see and change their own data.</source>
        <translation>No tiene permiso para esto. Cada propietario solo puede ver y cambiar sus propios datos.</translation>
    </message>
    <message>
        <source>This value is already taken; it must be unique.</source>
        <translation>Este valor ya está en uso; debe ser único.</translation>
    </message>
    <message>
        <source>This item is still in use by other records, or refers to one that does not exist.</source>
        <translation>Este elemento todavía lo usan otros registros, o hace referencia a uno que no existe.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Falta un valor obligatorio.</translation>
    </message>
    <message>
        <source>A value is outside what is allowed.</source>
        <translation>Un valor está fuera de lo permitido.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The database schema does not match this version of the app (%1). Run the migrations.</source>
        <translation>El esquema de la base de datos no coincide con esta versión de la aplicación (%1). Ejecute las migraciones.</translation>
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
        <source>The database records an applied migration without a created_at (row %1 of drizzle.__drizzle_migrations); neither this app nor drizzle-kit can tell which migration it stands for. Refusing to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was migrated by a newer version of the app or of the web project: it records an applied migration (created_at %1, hash %2) that this build does not know. Refusing to migrate; update the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration file %1 has changed since it was applied to this database (hash applied: %2, file: %3). Applied migrations must never be edited: restore the file and put the change in a new migration. Refusing to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration file %1 is older than the newest migration applied to this database but was never applied; drizzle-kit would skip it for ever. Give it a newer &quot;when&quot; in the journal. Refusing to migrate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed at statement %2 of %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrations must run outside any open transaction, so that they commit or roll back as one.</source>
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
        <translation>Creando un clúster de PostgreSQL en %1…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting PostgreSQL on 127.0.0.1:%1…</source>
        <translation>Iniciando PostgreSQL en 127.0.0.1:%1…</translation>
    </message>
    <message>
        <source>Creating the auth schema and roles…</source>
        <translation>Creando el esquema auth y los roles…</translation>
    </message>
    <message>
        <source>Creating LangGraph&apos;s checkpoint tables…</source>
        <translation>Creando las tablas de checkpoints de LangGraph…</translation>
    </message>
    <message>
        <source>Applying migrations…</source>
        <translation>Aplicando migraciones…</translation>
    </message>
    <message>
        <source>Creating the local owner account…</source>
        <translation>Creando la cuenta local del propietario…</translation>
    </message>
    <message>
        <source>%1 contains %2, which is not part of a sandbox; not deleting it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>El entorno local no está en marcha.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local owner account was not found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::auth::LoopbackRedirect</name>
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
    <name>limitless::cli</name>
    <message>
        <source>Lists the database migrations that the database lacks and applies them, all in one transaction. Keeps drizzle-kit&apos;s bookkeeping (drizzle.__drizzle_migrations), so the web project&apos;s `drizzle-kit migrate` and this command agree on what is applied. Refuses a database whose applied migrations differ from this build&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only list the pending migrations; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending migrations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings: %1 with an HNSW index (pgvector).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings: %1 (pgvector is not available; the app searches exactly, in-process).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manages the local sandbox: a private PostgreSQL cluster with the app&apos;s schema, a Supabase-compatible auth schema and a local owner account.

Actions:
  start     create the sandbox if needed, start it, apply pending migrations
  stop      stop the server cleanly
  status    print whether it runs and its connection URL
  reset     stop it and delete its data
  passwd    set the local owner&apos;s password (read from standard input)</source>
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
</context>
<context>
    <name>limitless::db::Database</name>
    <message>
        <source>cancelled before it ran</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>limitless::db::DbWorker</name>
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
    <name>limitless::models::CampaignsModel</name>
    <message>
        <source>Not set</source>
        <comment>campaign platform</comment>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
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
        <translation>%1 conversiones de %2 clics</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>Aún no hay clics</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Creada el %1, último cambio el %2</translation>
    </message>
    <message>
        <source>Conversations in which the lead was qualified</source>
        <translation>Conversaciones en las que el lead quedó cualificado</translation>
    </message>
    <message>
        <source>Conversions divided by clicks</source>
        <translation>Conversiones divididas entre clics</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificadas</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>Tasa de conv.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Refresh campaigns</source>
        <translation>Actualizar campañas</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Filtrar por código o nombre</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded</source>
        <translation>No se pudieron cargar las campañas</translation>
    </message>
    <message>
        <source>The reason is shown above. The page loads again as soon as the database answers.</source>
        <translation>El motivo se muestra arriba. La página se vuelve a cargar en cuanto responda la base de datos.</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Cargando campañas…</translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation>Esperando a la base de datos.</translation>
    </message>
    <message>
        <source>No matching campaigns</source>
        <translation>Ninguna campaña coincide</translation>
    </message>
    <message>
        <source>No campaign matches the current filters.</source>
        <translation>Ninguna campaña coincide con los filtros actuales.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <source>Campaigns appear here as soon as they are created. Each campaign&apos;s code ties the leads that arrive through an ad to their conversations, qualifications and sales.</source>
        <translation>Las campañas aparecen aquí en cuanto se crean. El código de cada campaña vincula los leads que llegan por un anuncio con sus conversaciones, cualificaciones y ventas.</translation>
    </message>
    <message>
        <source>Campaigns could not be refreshed: %1</source>
        <translation>No se pudieron actualizar las campañas: %1</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded: %1</source>
        <translation>No se pudieron cargar las campañas: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConnectionBootstrap</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el entorno local…</translation>
    </message>
    <message>
        <source>LIMITLESS_CLAIMS must be a JSON object, e.g. {&quot;sub&quot;: &quot;&lt;user id&gt;&quot;, &quot;role&quot;: &quot;authenticated&quot;}.</source>
        <translation>LIMITLESS_CLAIMS debe ser un objeto JSON, p. ej. {&quot;sub&quot;: &quot;&lt;user id&gt;&quot;, &quot;role&quot;: &quot;authenticated&quot;}.</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el entorno local: %1</translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>El entorno local no está en marcha.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconectando (intento %1)…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>The connection to the database failed.</source>
        <translation>Falló la conexión con la base de datos.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
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
        <translation>vectores en la aplicación</translation>
    </message>
    <message>
        <source>live updates on</source>
        <translation>actualización en vivo activada</translation>
    </message>
    <message>
        <source>live updates off (refreshing periodically)</source>
        <translation>actualización en vivo desactivada (se actualiza periódicamente)</translation>
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
        <translation>Servidor: PostgreSQL %1
Base de datos: %2
Usuario: %3
Búsqueda vectorial: %4
Actualización en vivo: %5</translation>
    </message>
    <message>
        <source>pgvector (HNSW index in the database)</source>
        <translation>pgvector (índice HNSW en la base de datos)</translation>
    </message>
    <message>
        <source>computed in the app (pgvector is not installed)</source>
        <translation>calculada en la aplicación (pgvector no está instalado)</translation>
    </message>
    <message>
        <source>on (notifications)</source>
        <translation>activada (notificaciones)</translation>
    </message>
    <message>
        <source>off: this connection cannot listen for notifications</source>
        <translation>desactivada: esta conexión no puede recibir notificaciones</translation>
    </message>
</context>
<context>
    <name>limitless::ui::MainWindow</name>
    <message>
        <source>Limitless OS — Owner Dashboard</source>
        <translation>Limitless OS — Panel del propietario</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Conversations are not available yet in this version.</source>
        <translation>Las conversaciones aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>The funnel charts are not available yet in this version.</source>
        <translation>Los gráficos del embudo aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Payments are not available yet in this version.</source>
        <translation>Los pagos aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Documents are not available yet in this version.</source>
        <translation>Los documentos aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Agent playground</source>
        <translation>Pruebas del agente</translation>
    </message>
    <message>
        <source>The agent playground is not available yet in this version.</source>
        <translation>Las pruebas del agente aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Settings are not available yet in this version.</source>
        <translation>Los ajustes aún no están disponibles en esta versión.</translation>
    </message>
    <message>
        <source>Limitless OS</source>
        <translation>Limitless OS</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>Aún no está lista</translation>
    </message>
</context>
</TS>
