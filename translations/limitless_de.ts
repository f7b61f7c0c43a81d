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
        <translation>, </translation>
    </message>
    <message>
        <source>knowledge base tables</source>
        <translation>Tabellen der Wissensdatenbank</translation>
    </message>
    <message>
        <source>agent playground tables</source>
        <translation>Tabellen des Agenten-Testbereichs</translation>
    </message>
    <message>
        <source>data retention functions</source>
        <translation>Funktionen zur Datenaufbewahrung</translation>
    </message>
</context>
<context>
    <name>AgentBench</name>
    <message>
        <source>Running %1 offline turns…</source>
        <translation>%1 Offline-Runden werden ausgeführt …</translation>
    </message>
    <message>
        <source>Offline turn with retrieval and checkpoint write, p50</source>
        <translation>Offline-Runde mit Dokumentsuche und Checkpoint-Schreibvorgang, p50</translation>
    </message>
    <message>
        <source>Offline turn with retrieval and checkpoint write, p95</source>
        <translation>Offline-Runde mit Dokumentsuche und Checkpoint-Schreibvorgang, p95</translation>
    </message>
    <message>
        <source>Writing %1 checkpoints, ours and LangGraph.js&apos;s…</source>
        <translation>%1 Checkpoints werden geschrieben, eigene und die von LangGraph.js …</translation>
    </message>
    <message>
        <source>Our checkpoint write (%1 channels, one transaction), p50</source>
        <translation>Eigener Checkpoint-Schreibvorgang (%1 Kanäle, eine Transaktion), p50</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put: no node_modules in %1.</source>
        <translation>LangGraph.js PostgresSaver.put: kein node_modules in %1.</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put: %1</source>
        <translation>LangGraph.js PostgresSaver.put: %1</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put: no samples.</source>
        <translation>LangGraph.js PostgresSaver.put: keine Messwerte.</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put, same checkpoint (peer), p50</source>
        <translation>LangGraph.js PostgresSaver.put, derselbe Checkpoint (Vergleich), p50</translation>
    </message>
    <message>
        <source>Our write time ÷ PostgresSaver.put&apos;s (p50)</source>
        <translation>Eigene Schreibzeit ÷ die von PostgresSaver.put (p50)</translation>
    </message>
    <message>
        <source>Removing the %1 bench threads…</source>
        <translation>Die %1 Benchmark-Threads werden entfernt …</translation>
    </message>
    <message>
        <source>Streaming overhead: the loopback stand-in could not listen: %1</source>
        <translation>Streaming-Overhead: Der Loopback-Ersatzserver konnte nicht auf Verbindungen warten: %1</translation>
    </message>
    <message>
        <source>Streaming overhead: %1</source>
        <translation>Streaming-Overhead: %1</translation>
    </message>
    <message>
        <source>Streaming overhead: a streamed reply gave no token.</source>
        <translation>Streaming-Overhead: Eine gestreamte Antwort lieferte kein Token.</translation>
    </message>
    <message>
        <source>Streaming: stand-in&apos;s first byte to the first token on the GUI thread, p50</source>
        <translation>Streaming: erstes Byte des Ersatzservers bis zum ersten Token im GUI-Thread, p50</translation>
    </message>
    <message>
        <source>Streaming: stand-in&apos;s first byte to the first token on the GUI thread, p95</source>
        <translation>Streaming: erstes Byte des Ersatzservers bis zum ersten Token im GUI-Thread, p95</translation>
    </message>
    <message>
        <source>&lt; 16 ms (one frame)</source>
        <translation>&lt; 16 ms (ein Frame)</translation>
    </message>
    <message>
        <source>Streaming: the client&apos;s first body byte to the first token handed over, p50</source>
        <translation>Streaming: erstes Body-Byte beim Client bis zum ersten übergebenen Token, p50</translation>
    </message>
    <message>
        <source>Streaming %1 replies through the OpenAI-compatible policy…</source>
        <translation>%1 Antworten werden über die OpenAI-kompatible Policy gestreamt …</translation>
    </message>
</context>
<context>
    <name>AgentCliSetup</name>
    <message>
        <source>Who chooses the replies: offline (default, no network) or openai.</source>
        <translation>Wer die Antworten wählt: offline (Standard, kein Netzwerk) oder openai.</translation>
    </message>
    <message>
        <source>With --policy openai: the server&apos;s base URL (default: the profile&apos;s setting). The key comes from LIMITLESS_AGENT_API_KEY.</source>
        <translation>Mit --policy openai: die Basis-URL des Servers (Standard: die Einstellung des Profils). Der Schlüssel kommt aus LIMITLESS_AGENT_API_KEY.</translation>
    </message>
    <message>
        <source>With --policy openai: the model (default: the profile&apos;s setting).</source>
        <translation>Mit --policy openai: das Modell (Standard: die Einstellung des Profils).</translation>
    </message>
    <message>
        <source>The owner whose agent and data to use.</source>
        <translation>Der Inhaber, dessen Agent und Daten verwendet werden.</translation>
    </message>
    <message>
        <source>The profile whose knowledge settings apply (default: the current one).</source>
        <translation>Das Profil, dessen Wissenseinstellungen gelten (Standard: das aktuelle).</translation>
    </message>
    <message>
        <source>--policy is offline or openai.</source>
        <translation>--policy muss offline oder openai sein.</translation>
    </message>
    <message>
        <source>The OpenAI-compatible policy cannot be used: %1</source>
        <translation>Die OpenAI-kompatible Policy kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>No document retrieval: %1</source>
        <translation>Keine Dokumentsuche: %1</translation>
    </message>
    <message>
        <source>The saved prompts could not be read (%1); the built-in ones apply.</source>
        <translation>Die gespeicherten Prompts konnten nicht gelesen werden (%1); es gelten die integrierten.</translation>
    </message>
</context>
<context>
    <name>AgentGraph</name>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Welcomes the lead and asks what business they run.</source>
        <translation>Begrüßt den Lead und fragt, welches Unternehmen er führt.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Asks for the business, the monthly revenue and the main pain point; scores the lead.</source>
        <translation>Fragt nach dem Unternehmen, dem Monatsumsatz und dem Hauptproblem; bewertet den Lead.</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Presents the offer and both plans, warm or cold by the score, from the owner&apos;s pitch documents.</source>
        <translation>Stellt das Angebot und beide Pläne vor, je nach Score warm oder kalt, anhand der Pitch-Dokumente des Inhabers.</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Einwandbehandlung</translation>
    </message>
    <message>
        <source>Answers objections and questions from the owner&apos;s objection guide and FAQ.</source>
        <translation>Beantwortet Einwände und Fragen anhand des Einwand-Leitfadens und der FAQ des Inhabers.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Takes the plan and the e-mail address and sends the payment link.</source>
        <translation>Nimmt den Plan und die E-Mail-Adresse auf und sendet den Zahlungslink.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>The payment came in: welcomes the new client.</source>
        <translation>Die Zahlung ist eingegangen: begrüßt den neuen Kunden.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Weiterbetreuung</translation>
    </message>
    <message>
        <source>Not a fit now or declined: offers a free resource and keeps in touch.</source>
        <translation>Passt gerade nicht oder hat abgelehnt: bietet eine kostenlose Ressource an und bleibt in Kontakt.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>The lead writes again after a nurture or an unpaid link: follows up, the stage stays.</source>
        <translation>Der Lead schreibt nach einer Weiterbetreuung oder einem unbezahlten Link erneut: fasst nach, die Phase bleibt.</translation>
    </message>
    <message>
        <source>a new conversation</source>
        <translation>ein neues Gespräch</translation>
    </message>
    <message>
        <source>the lead answers</source>
        <translation>der Lead antwortet</translation>
    </message>
    <message>
        <source>business, revenue or pain point still missing</source>
        <translation>Unternehmen, Umsatz oder Hauptproblem fehlt noch</translation>
    </message>
    <message>
        <source>qualified: score ≥ 0.60 (revenue ≥ $10k a month)</source>
        <translation>qualifiziert: Score ≥ 0,60 (Umsatz ≥ 10.000 $ pro Monat)</translation>
    </message>
    <message>
        <source>not qualified: score below 0.60</source>
        <translation>nicht qualifiziert: Score unter 0,60</translation>
    </message>
    <message>
        <source>an objection or a question</source>
        <translation>ein Einwand oder eine Frage</translation>
    </message>
    <message>
        <source>the lead picks a plan or says yes</source>
        <translation>der Lead wählt einen Plan oder sagt Ja</translation>
    </message>
    <message>
        <source>the lead declines</source>
        <translation>der Lead lehnt ab</translation>
    </message>
    <message>
        <source>another objection or question</source>
        <translation>ein weiterer Einwand oder eine weitere Frage</translation>
    </message>
    <message>
        <source>plan or e-mail still missing, or changed</source>
        <translation>Plan oder E-Mail fehlt noch oder wurde geändert</translation>
    </message>
    <message>
        <source>the link was sent and is not paid yet</source>
        <translation>der Link wurde gesendet und ist noch nicht bezahlt</translation>
    </message>
    <message>
        <source>the checkout completed (simulated in the playground)</source>
        <translation>der Checkout wurde abgeschlossen (im Testbereich simuliert)</translation>
    </message>
    <message>
        <source>the lead writes again</source>
        <translation>der Lead schreibt erneut</translation>
    </message>
    <message>
        <source>the client writes after paying</source>
        <translation>der Kunde schreibt nach der Zahlung</translation>
    </message>
</context>
<context>
    <name>AgentRuntime</name>
    <message>
        <source>There is no campaign with the code %1.</source>
        <translation>Es gibt keine Kampagne mit dem Code %1.</translation>
    </message>
    <message>
        <source>No documents were searched: the knowledge base is not set up.</source>
        <translation>Es wurden keine Dokumente durchsucht: Die Wissensdatenbank ist nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The documents could not be searched: %1</source>
        <translation>Die Dokumente konnten nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <source>Refused the tool call %1: the %2 node does not allow it.</source>
        <translation>Tool-Aufruf %1 abgelehnt: Der Knoten %2 erlaubt ihn nicht.</translation>
    </message>
    <message>
        <source>The agent called %1 with arguments that are not a JSON object.</source>
        <translation>Der Agent hat %1 mit Argumenten aufgerufen, die kein JSON-Objekt sind.</translation>
    </message>
    <message>
        <source>Ignored the plan “%1”: the catalogue has no such plan.</source>
        <translation>Plan „%1“ ignoriert: Der Katalog enthält keinen solchen Plan.</translation>
    </message>
    <message>
        <source>The agent called record_objection without an objection type.</source>
        <translation>Der Agent hat record_objection ohne Einwandtyp aufgerufen.</translation>
    </message>
    <message>
        <source>No payment link was sent: the plan or the e-mail address is missing.</source>
        <translation>Es wurde kein Zahlungslink gesendet: Der Plan oder die E-Mail-Adresse fehlt.</translation>
    </message>
    <message>
        <source>Ignored the amount in the agent&apos;s payment call: prices come from the plan catalogue.</source>
        <translation>Betrag im Zahlungsaufruf des Agenten ignoriert: Die Preise stammen aus dem Plankatalog.</translation>
    </message>
    <message>
        <source>The payment link is a Stripe test link: no money moves.</source>
        <translation>Der Zahlungslink ist ein Stripe-Testlink: Es fließt kein Geld.</translation>
    </message>
    <message>
        <source>The agent&apos;s policy failed in the %1 node.</source>
        <translation>Die Policy des Agenten ist im Knoten %1 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The lead&apos;s message is empty.</source>
        <translation>Die Nachricht des Leads ist leer.</translation>
    </message>
    <message>
        <source>The lead&apos;s message was cut to its first %1 characters (it had %2).</source>
        <translation>Die Nachricht des Leads wurde auf ihre ersten %1 Zeichen gekürzt (sie hatte %2).</translation>
    </message>
    <message>
        <source>This thread was written by a LangGraph saver whose versions are not integers; the playground cannot continue it.</source>
        <translation>Dieser Thread wurde von einem LangGraph-Saver geschrieben, dessen Versionen keine ganzen Zahlen sind; der Testbereich kann ihn nicht fortsetzen.</translation>
    </message>
    <message>
        <source>The conversation is at the stage “%1”, which the agent does not know.</source>
        <translation>Das Gespräch befindet sich in der Phase „%1“, die der Agent nicht kennt.</translation>
    </message>
    <message>
        <source>The turn was not stored: %1</source>
        <translation>Die Runde wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>There is no unpaid payment link in this conversation to pay.</source>
        <translation>In diesem Gespräch gibt es keinen unbezahlten Zahlungslink, der bezahlt werden könnte.</translation>
    </message>
    <message>
        <source>The conversation has no plan from the catalogue to pay for.</source>
        <translation>Das Gespräch hat keinen Plan aus dem Katalog, der bezahlt werden könnte.</translation>
    </message>
    <message>
        <source>Simulated payment: the test checkout was marked as paid; no money moved.</source>
        <translation>Simulierte Zahlung: Der Test-Checkout wurde als bezahlt markiert; es ist kein Geld geflossen.</translation>
    </message>
    <message>
        <source>The conversation has no checkpoint to branch from yet.</source>
        <translation>Das Gespräch hat noch keinen Checkpoint, von dem abgezweigt werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>The checkpoint has %n message(s); there is no message %1.</source>
        <translation>
            <numerusform>Der Checkpoint hat %n Nachricht; es gibt keine Nachricht %1.</numerusform>
            <numerusform>Der Checkpoint hat %n Nachrichten; es gibt keine Nachricht %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An edited message cannot be empty.</source>
        <translation>Eine bearbeitete Nachricht darf nicht leer sein.</translation>
    </message>
</context>
<context>
    <name>AgentSettings</name>
    <message>
        <source>The model server&apos;s URL must be an http(s) URL, e.g. https://api.openai.com/v1.</source>
        <translation>Die URL des Modellservers muss eine http(s)-URL sein, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>Name the chat model, e.g. gpt-4o-mini.</source>
        <translation>Geben Sie das Chatmodell an, z. B. gpt-4o-mini.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2.</source>
        <translation>Die Temperatur muss zwischen 0 und 2 liegen.</translation>
    </message>
    <message>
        <source>Enter the OpenAI API key for the agent.</source>
        <translation>Geben Sie den OpenAI-API-Schlüssel für den Agenten ein.</translation>
    </message>
    <message>
        <source>The API key is only sent over https or to this computer; use an https URL.</source>
        <translation>Der API-Schlüssel wird nur über https oder an diesen Computer gesendet; verwenden Sie eine https-URL.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 is not a readable archive (zip error %2).</source>
        <translation>%1 ist kein lesbares Archiv (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>%1 has no manifest: it is not a retention archive.</source>
        <translation>%1 hat kein Manifest: Es ist kein Aufbewahrungsarchiv.</translation>
    </message>
    <message>
        <source>Cannot read the manifest of %1.</source>
        <translation>Das Manifest von %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The manifest of %1 is not a retention archive&apos;s.</source>
        <translation>Das Manifest von %1 ist nicht das eines Aufbewahrungsarchivs.</translation>
    </message>
    <message>
        <source>%1 has archive format version %2; this version of the app reads version %3.</source>
        <translation>%1 hat die Archivformat-Version %2; diese Version der App liest Version %3.</translation>
    </message>
    <message>
        <source>The archive lacks the rows of %1.</source>
        <translation>Dem Archiv fehlen die Zeilen von %1.</translation>
    </message>
    <message>
        <source>Cannot read the rows of %1 (zip error %2).</source>
        <translation>Die Zeilen von %1 können nicht gelesen werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>The rows of %1 are damaged (zip error %2).</source>
        <translation>Die Zeilen von %1 sind beschädigt (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>The rows of %1 do not match the archive&apos;s manifest (%2 rows, checksum): the archive was changed or damaged.</source>
        <translation>Die Zeilen von %1 passen nicht zum Manifest des Archivs (%2 Zeilen, Prüfsumme): Das Archiv wurde verändert oder beschädigt.</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>Cannot create the archive %1 (zip error %2).</source>
        <translation>Das Archiv %1 kann nicht erstellt werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>Cannot write %1 into the archive (zip error %2).</source>
        <translation>%1 kann nicht in das Archiv geschrieben werden (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>A row of %1 contains a line break and cannot be archived.</source>
        <translation>Eine Zeile von %1 enthält einen Zeilenumbruch und kann nicht archiviert werden.</translation>
    </message>
    <message>
        <source>Writing the archive failed: %1</source>
        <translation>Das Schreiben des Archivs ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Writing %1 into the archive failed (zip error %2).</source>
        <translation>Das Schreiben von %1 in das Archiv ist fehlgeschlagen (ZIP-Fehler %2).</translation>
    </message>
    <message>
        <source>Cannot write the archive&apos;s manifest (zip error %1).</source>
        <translation>Das Manifest des Archivs kann nicht geschrieben werden (ZIP-Fehler %1).</translation>
    </message>
    <message>
        <source>Closing the archive failed (zip error %1).</source>
        <translation>Das Schließen des Archivs ist fehlgeschlagen (ZIP-Fehler %1).</translation>
    </message>
    <message>
        <source>Cannot rename the finished archive to %1.</source>
        <translation>Das fertige Archiv kann nicht in %1 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the confirmation link that was sent to it, then sign in again.</source>
        <translation>Diese E-Mail-Adresse ist noch nicht bestätigt. Öffnen Sie den Bestätigungslink, der an sie gesendet wurde, und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation>Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Your session has ended: you signed out on another device, or it expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist beendet: Sie haben sich auf einem anderen Gerät abgemeldet, oder sie ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>This account is blocked. Contact the project&apos;s administrator.</source>
        <translation>Dieses Konto ist gesperrt. Wenden Sie sich an den Administrator des Projekts.</translation>
    </message>
    <message>
        <source>The authentication code is wrong. Enter the current 6-digit code from your authenticator app.</source>
        <translation>Der Authentifizierungscode ist falsch. Geben Sie den aktuellen 6-stelligen Code aus Ihrer Authenticator-App ein.</translation>
    </message>
    <message>
        <source>The authentication code has expired. Enter the current code.</source>
        <translation>Der Authentifizierungscode ist abgelaufen. Geben Sie den aktuellen Code ein.</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>es ist zu kurz</translation>
    </message>
    <message>
        <source>it needs more kinds of characters (letters, digits, symbols)</source>
        <translation>es braucht mehr Arten von Zeichen (Buchstaben, Ziffern, Symbole)</translation>
    </message>
    <message>
        <source>it appears in known password leaks</source>
        <translation>es kommt in bekannten Passwort-Leaks vor</translation>
    </message>
    <message>
        <source>The new password is too weak. Choose a longer one.</source>
        <translation>Das neue Passwort ist zu schwach. Wählen Sie ein längeres.</translation>
    </message>
    <message>
        <source>The new password is too weak: %1.</source>
        <translation>Das neue Passwort ist zu schwach: %1.</translation>
    </message>
    <message>
        <source>The new password must be different from the old one.</source>
        <translation>Das neue Passwort muss sich vom alten unterscheiden.</translation>
    </message>
    <message>
        <source>The code from the e-mail is wrong or has expired. Request a new code.</source>
        <translation>Der Code aus der E-Mail ist falsch oder abgelaufen. Fordern Sie einen neuen Code an.</translation>
    </message>
    <message>
        <source>The sign-in in the browser took too long or belongs to another attempt. Start it again.</source>
        <translation>Die Anmeldung im Browser hat zu lange gedauert oder gehört zu einem anderen Versuch. Starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in in the browser failed.</source>
        <translation>Die Anmeldung im Browser ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>This sign-in method is not enabled for the project.</source>
        <translation>Diese Anmeldemethode ist für das Projekt nicht aktiviert.</translation>
    </message>
    <message>
        <source>The server rejected the app&apos;s API key. Check the anon (publishable) key in the profile.</source>
        <translation>Der Server hat den API-Schlüssel der App abgelehnt. Prüfen Sie den anon-Schlüssel (publishable) im Profil.</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable right now (HTTP %1). Try again in a few minutes.</source>
        <translation>Der Anmeldeserver ist gerade nicht verfügbar (HTTP %1). Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable right now. Try again in a few minutes.</source>
        <translation>Der Anmeldeserver ist gerade nicht verfügbar. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The sign-in server cannot be reached. Check your network connection.</source>
        <translation>Der Anmeldeserver ist nicht erreichbar. Prüfen Sie Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>The server address is not valid or cannot be found. Check the Supabase URL in the profile.</source>
        <translation>Die Serveradresse ist ungültig oder wurde nicht gefunden. Prüfen Sie die Supabase-URL im Profil.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>Die Serveradresse muss mit https:// beginnen. Unverschlüsseltes http:// ist nur für diesen Computer (localhost) erlaubt.</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time. Check your network connection and try again.</source>
        <translation>Der Anmeldeserver hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer this app does not understand.</source>
        <translation>Der Anmeldeserver hat eine Antwort gesendet, die diese App nicht versteht.</translation>
    </message>
    <message>
        <source>This is not available for this profile.</source>
        <translation>Dies ist für dieses Profil nicht verfügbar.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>The local sandbox could not sign you in.</source>
        <translation>Die lokale Sandbox konnte Sie nicht anmelden.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort eintraf.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 min.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in %1 min erneut.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Zu viele Versuche. Versuchen Sie es in %1 s erneut.</translation>
    </message>
    <message>
        <source>Another Limitless window or command is renewing the session and has not finished. Try again in a moment.</source>
        <translation>Ein anderes Limitless-Fenster oder ein anderer Befehl erneuert gerade die Sitzung und ist noch nicht fertig. Bitte gleich noch einmal versuchen.</translation>
    </message>
</context>
<context>
    <name>BackendComparison</name>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>abweichend: %1</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>The database has no owner; load `limitless demo-data` first.</source>
        <translation>Die Datenbank hat keinen Inhaber; laden Sie zuerst `limitless demo-data`.</translation>
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
        <translation>Geben Sie einen Code ein oder lassen Sie einen erzeugen.</translation>
    </message>
    <message>
        <source>A campaign code has exactly %1 characters (this one has %2).</source>
        <translation>Ein Kampagnencode hat genau %1 Zeichen (dieser hat %2).</translation>
    </message>
    <message>
        <source>“%1” is not allowed: codes avoid 0, O, 1, I and L, which are easily mistaken for one another.</source>
        <translation>„%1“ ist nicht erlaubt: Codes vermeiden 0, O, 1, I und L, weil sie leicht miteinander verwechselt werden.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use the letters A–Z and the digits 2–9.</source>
        <translation>„%1“ ist nicht erlaubt: Verwenden Sie die Buchstaben A–Z und die Ziffern 2–9.</translation>
    </message>
</context>
<context>
    <name>CampaignLink</name>
    <message>
        <source>Enter a full web address starting with https://, for example %1</source>
        <translation>Geben Sie eine vollständige Webadresse ein, die mit https:// beginnt, zum Beispiel %1</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>This code is already taken. Choose another one, or leave the field empty to get a generated code.</source>
        <translation>Dieser Code ist bereits vergeben. Wählen Sie einen anderen oder lassen Sie das Feld leer, um einen erzeugten Code zu erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>This campaign has %n conversation(s), so it cannot be deleted: the leads&apos; history keeps its campaign. Pause it instead.</source>
        <translation>
            <numerusform>Diese Kampagne hat %n Gespräch, daher kann sie nicht gelöscht werden: Der Verlauf der Leads behält seine Kampagne. Pausieren Sie sie stattdessen.</numerusform>
            <numerusform>Diese Kampagne hat %n Gespräche, daher kann sie nicht gelöscht werden: Der Verlauf der Leads behält seine Kampagne. Pausieren Sie sie stattdessen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner profile belongs to the signed-in account, so the campaign has no owner.</source>
        <translation>Zum angemeldeten Konto gehört kein Inhaberprofil, daher hat die Kampagne keinen Inhaber.</translation>
    </message>
    <message>
        <source>Other records (clicks, conversations or payments) still refer to this campaign, so it cannot be deleted. Pause it instead.</source>
        <translation>Andere Datensätze (Klicks, Gespräche oder Zahlungen) verweisen noch auf diese Kampagne, daher kann sie nicht gelöscht werden. Pausieren Sie sie stattdessen.</translation>
    </message>
    <message numerus="yes">
        <source>No free campaign code was found after %n attempt(s). Please try again.</source>
        <translation>
            <numerusform>Nach %n Versuch wurde kein freier Kampagnencode gefunden. Bitte versuchen Sie es erneut.</numerusform>
            <numerusform>Nach %n Versuchen wurde kein freier Kampagnencode gefunden. Bitte versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Diese Kampagne existiert nicht mehr.</translation>
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
    <name>ChunkBench</name>
    <message>
        <source>LangChain.js is not installed in %1 (scripts/install-deps runs npm ci there).</source>
        <translation>LangChain.js ist in %1 nicht installiert (scripts/install-deps führt dort npm ci aus).</translation>
    </message>
    <message>
        <source>The LangChain.js benchmark printed no figures.</source>
        <translation>Der LangChain.js-Benchmark hat keine Werte ausgegeben.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Machine-readable output.</source>
        <translation>Maschinenlesbare Ausgabe.</translation>
    </message>
    <message>
        <source>No database: pass --db URL, set LIMITLESS_DATABASE_URL, or start the local sandbox with `limitless sandbox start`.</source>
        <translation>Keine Datenbank: Geben Sie --db URL an, setzen Sie LIMITLESS_DATABASE_URL oder starten Sie die lokale Sandbox mit `limitless sandbox start`.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) in one transaction.</source>
        <translation>
            <numerusform>%n Migration in einer Transaktion angewendet.</numerusform>
            <numerusform>%n Migrationen in einer Transaktion angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>List and apply pending database migrations</source>
        <translation>Ausstehende Datenbankmigrationen auflisten und anwenden</translation>
    </message>
    <message>
        <source>Start, stop, inspect or reset the local sandbox database</source>
        <translation>Die lokale Sandbox-Datenbank starten, stoppen, prüfen oder zurücksetzen</translation>
    </message>
    <message>
        <source>Load the demo business into a database</source>
        <translation>Das Demo-Unternehmen in eine Datenbank laden</translation>
    </message>
    <message>
        <source>Run benchmarks and print their figures</source>
        <translation>Benchmarks ausführen und ihre Werte ausgeben</translation>
    </message>
    <message>
        <source>Usage: limitless &lt;command&gt; [options]</source>
        <translation>Aufruf: limitless &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run `limitless &lt;command&gt; --help` for its options.</source>
        <translation>Führen Sie `limitless &lt;command&gt; --help` aus, um seine Optionen zu sehen.</translation>
    </message>
    <message>
        <source>Loads a deterministic demo business (campaigns, conversations with LangGraph transcripts, analytics events, payments, documents) into a migrated database.</source>
        <translation>Lädt ein deterministisches Demo-Unternehmen (Kampagnen, Gespräche mit LangGraph-Transkripten, Analytics-Ereignisse, Zahlungen, Dokumente) in eine migrierte Datenbank.</translation>
    </message>
    <message>
        <source>small (240 conversations, checkpoint per stage) or large (100,000 conversations, 1,000,000 events, latest checkpoint only).</source>
        <translation>small (240 Gespräche, ein Checkpoint pro Phase) oder large (100.000 Gespräche, 1.000.000 Ereignisse, nur der letzte Checkpoint).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Zufalls-Seed; derselbe Seed ergibt dieselben Daten.</translation>
    </message>
    <message>
        <source>The moment the data is relative to (ISO 8601, UTC). Default: the start of the current UTC day.</source>
        <translation>Der Zeitpunkt, auf den sich die Daten beziehen (ISO 8601, UTC). Standard: der Beginn des aktuellen UTC-Tages.</translation>
    </message>
    <message>
        <source>Do nothing when the database already has campaigns.</source>
        <translation>Nichts tun, wenn die Datenbank bereits Kampagnen enthält.</translation>
    </message>
    <message>
        <source>--scale must be &apos;small&apos; or &apos;large&apos;.</source>
        <translation>--scale muss &apos;small&apos; oder &apos;large&apos; sein.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date-time, e.g. 2025-06-01T00:00:00Z.</source>
        <translation>--now muss ein Datum mit Uhrzeit nach ISO 8601 sein, z. B. 2025-06-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>The database already has campaigns; nothing loaded.</source>
        <translation>Die Datenbank enthält bereits Kampagnen; nichts geladen.</translation>
    </message>
    <message>
        <source>Loaded the demo business in %1 s: %2 campaigns, %3 conversations, %4 analytics events, %5 payments, %6 documents (%7 chunks, %8), %9 checkpoints with %10 blobs.</source>
        <translation>Demo-Unternehmen in %1 s geladen: %2 Kampagnen, %3 Gespräche, %4 Analytics-Ereignisse, %5 Zahlungen, %6 Dokumente (%7 Textblöcke, %8), %9 Checkpoints mit %10 Blobs.</translation>
    </message>
    <message>
        <source>Row triggers were bypassed for the load (session_replication_role = replica).</source>
        <translation>Die Zeilen-Trigger wurden beim Laden umgangen (session_replication_role = replica).</translation>
    </message>
    <message>
        <source>Row triggers ran for every loaded row.</source>
        <translation>Die Zeilen-Trigger liefen für jede geladene Zeile.</translation>
    </message>
    <message>
        <source>Measured runs per query (default 200).</source>
        <translation>Gemessene Durchläufe pro Abfrage (Standard 200).</translation>
    </message>
    <message>
        <source>Usage: limitless bench db [--db URL] [--json] [--iterations N]</source>
        <translation>Aufruf: limitless bench db [--db URL] [--json] [--iterations N]</translation>
    </message>
    <message>
        <source>--iterations must be a positive integer.</source>
        <translation>--iterations muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Database benchmark: PostgreSQL %1, %2 cores; %3 conversations, %4 analytics events, %5 checkpoints; dashboard window %6 – %7.</source>
        <translation>Datenbank-Benchmark: PostgreSQL %1, %2 Kerne; %3 Gespräche, %4 Analytics-Ereignisse, %5 Checkpoints; Dashboard-Zeitraum %6 – %7.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>min ms</source>
        <translation>min ms</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>max ms</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>eigene</translation>
    </message>
    <message>
        <source>p95 vs ours</source>
        <translation>p95 vs. eigene</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source> (peer, not a target)</source>
        <translation> (Vergleich, kein Ziel)</translation>
    </message>
    <message>
        <source>Run the row triggers (live notifications) for every loaded row even as superuser; by default a superuser load bypasses them.</source>
        <translation>Die Zeilen-Trigger (Live-Benachrichtigungen) auch als Superuser für jede geladene Zeile ausführen; standardmäßig werden sie beim Laden als Superuser umgangen.</translation>
    </message>
    <message>
        <source>Benchmarks the Conversations views (run on `demo-data --scale large`).</source>
        <translation>Misst die Ansichten der Seite „Gespräche“ (auf `demo-data --scale large` ausführen).</translation>
    </message>
    <message>
        <source>Measured runs per query (default 50).</source>
        <translation>Gemessene Durchläufe pro Abfrage (Standard 50).</translation>
    </message>
    <message>
        <source>The thread to open (default: the one with the most messages).</source>
        <translation>Der zu öffnende Thread (Standard: der mit den meisten Nachrichten).</translation>
    </message>
    <message>
        <source>Directory of the LangGraph.js peer script (default: tests/interop under the working directory, or LIMITLESS_INTEROP_DIR).</source>
        <translation>Verzeichnis des LangGraph.js-Vergleichsskripts (Standard: tests/interop im Arbeitsverzeichnis oder LIMITLESS_INTEROP_DIR).</translation>
    </message>
    <message>
        <source>first page (200 rows)</source>
        <translation>erste Seite (200 Zeilen)</translation>
    </message>
    <message>
        <source>filtered search (&quot;%1&quot;, 3 stages, qualified)</source>
        <translation>gefilterte Suche („%1“, 3 Phasen, qualifiziert)</translation>
    </message>
    <message>
        <source>  its total count</source>
        <translation>  ihre Gesamtzahl</translation>
    </message>
    <message>
        <source>open transcript (%1 messages)</source>
        <translation>Transkript öffnen (%1 Nachrichten)</translation>
    </message>
    <message>
        <source>  peer: LangGraph.js getTuple (%1 messages)</source>
        <translation>  Vergleich: LangGraph.js getTuple (%1 Nachrichten)</translation>
    </message>
    <message>
        <source>scroll %1 rows: longest page handling</source>
        <translation>%1 Zeilen scrollen: längste Seitenverarbeitung</translation>
    </message>
    <message>
        <source>  1 ms timer&apos;s longest delay (incl. OS)</source>
        <translation>  längste Verzögerung eines 1-ms-Timers (inkl. Betriebssystem)</translation>
    </message>
    <message>
        <source>resident memory after %1 rows</source>
        <translation>residenter Speicher nach %1 Zeilen</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>max</source>
        <translation>max</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>(peer)</source>
        <translation>(Vergleich)</translation>
    </message>
    <message>
        <source>LangGraph.js getTuple / ours (p50): %1×</source>
        <translation>LangGraph.js getTuple / eigene (p50): %1×</translation>
    </message>
    <message>
        <source>LangGraph.js peer not run: %1</source>
        <translation>LangGraph.js-Vergleich nicht ausgeführt: %1</translation>
    </message>
    <message>
        <source>(scrolling: %1 rows in %2 ms)</source>
        <translation>(Scrollen: %1 Zeilen in %2 ms)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Lists conversations, newest message first, with the Conversations page&apos;s filters.</source>
        <translation>Listet Gespräche auf, neueste Nachricht zuerst, mit den Filtern der Seite „Gespräche“.</translation>
    </message>
    <message>
        <source>What to do: list.</source>
        <translation>Was zu tun ist: list.</translation>
    </message>
    <message>
        <source>Only conversations in this stage (greeting, qualification, pitch, objection_handling, close, complete, nurture).</source>
        <translation>Nur Gespräche in dieser Phase (greeting, qualification, pitch, objection_handling, close, complete, nurture).</translation>
    </message>
    <message>
        <source>Only conversations of the campaign with this code.</source>
        <translation>Nur Gespräche der Kampagne mit diesem Code.</translation>
    </message>
    <message>
        <source>Instagram handle or e-mail contains this text.</source>
        <translation>Instagram-Handle oder E-Mail enthält diesen Text.</translation>
    </message>
    <message>
        <source>last-message (default) or created.</source>
        <translation>last-message (Standard) oder created.</translation>
    </message>
    <message>
        <source>At most N conversations (default: all).</source>
        <translation>Höchstens N Gespräche (Standard: alle).</translation>
    </message>
    <message>
        <source>Usage: limitless conversations list [--stage S] [--campaign CODE] [--search TEXT] [--sort ORDER] [--limit N] [--json]</source>
        <translation>Aufruf: limitless conversations list [--stage S] [--campaign CODE] [--search TEXT] [--sort ORDER] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown stage &apos;%1&apos;.</source>
        <translation>Unbekannte Phase &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--sort must be &apos;last-message&apos; or &apos;created&apos;.</source>
        <translation>--sort muss &apos;last-message&apos; oder &apos;created&apos; sein.</translation>
    </message>
    <message>
        <source>--limit must be a non-negative integer.</source>
        <translation>--limit muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>No campaign has the code &apos;%1&apos;.</source>
        <translation>Keine Kampagne hat den Code &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n Zahlung.</numerusform>
            <numerusform>%n Zahlungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints a conversation&apos;s transcript from LangGraph&apos;s checkpoints (the thread id is the conversation id).</source>
        <translation>Gibt das Transkript eines Gesprächs aus den Checkpoints von LangGraph aus (die Thread-ID ist die Gesprächs-ID).</translation>
    </message>
    <message>
        <source>The conversation&apos;s id.</source>
        <translation>Die ID des Gesprächs.</translation>
    </message>
    <message>
        <source>Usage: limitless transcript THREAD_ID [--db URL] [--json]</source>
        <translation>Aufruf: limitless transcript THREAD_ID [--db URL] [--json]</translation>
    </message>
    <message>
        <source>No transcript stored for %1.</source>
        <translation>Für %1 ist kein Transkript gespeichert.</translation>
    </message>
    <message>
        <source>[unsupported message: %1]</source>
        <translation>[nicht unterstützte Nachricht: %1]</translation>
    </message>
    <message>
        <source>The transcript is damaged: %1</source>
        <translation>Das Transkript ist beschädigt: %1</translation>
    </message>
    <message>
        <source>Sign in or out, show or renew the owner&apos;s session</source>
        <translation>An- oder abmelden, die Sitzung des Inhabers anzeigen oder erneuern</translation>
    </message>
    <message>
        <source>List, create, pause or resume campaigns</source>
        <translation>Kampagnen auflisten, erstellen, pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>List payments with revenue totals</source>
        <translation>Zahlungen mit Umsatzsummen auflisten</translation>
    </message>
    <message>
        <source>Print the funnel&apos;s stage counts and conversions</source>
        <translation>Anzahlen und Konversionsraten der Trichterphasen ausgeben</translation>
    </message>
    <message>
        <source>List conversations with the dashboard&apos;s filters</source>
        <translation>Gespräche mit den Filtern des Dashboards auflisten</translation>
    </message>
    <message>
        <source>Print a conversation&apos;s transcript from LangGraph</source>
        <translation>Transkript eines Gesprächs aus LangGraph ausgeben</translation>
    </message>
    <message>
        <source>Benchmark the Conversations views on large data</source>
        <translation>Die Ansichten der Seite „Gespräche“ mit großen Datenmengen messen</translation>
    </message>
    <message>
        <source>Insert live analytics events to watch the dashboard</source>
        <translation>Live-Analytics-Ereignisse einfügen, um das Dashboard zu beobachten</translation>
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
    <message>
        <source>The database has no owner yet.</source>
        <translation>Die Datenbank hat noch keinen Inhaber.</translation>
    </message>
    <message>
        <source>No owner has the e-mail address %1.</source>
        <translation>Kein Inhaber hat die E-Mail-Adresse %1.</translation>
    </message>
    <message>
        <source>The database has several owners: say which with --owner-email.</source>
        <translation>Die Datenbank hat mehrere Inhaber: Geben Sie mit --owner-email an, welcher gemeint ist.</translation>
    </message>
    <message>
        <source>Ingest, list, replace or delete the knowledge base&apos;s documents</source>
        <translation>Dokumente der Wissensdatenbank aufnehmen, auflisten, ersetzen oder löschen</translation>
    </message>
    <message>
        <source>Search the knowledge base as the agent does</source>
        <translation>Die Wissensdatenbank so durchsuchen, wie es der Agent tut</translation>
    </message>
    <message>
        <source>Runs a benchmark and prints its figures. Benchmarks: db (query latency on the demo data against the seed&apos;s targets), funnel, documents, agent (the local agent runtime), agent-server (a LangGraph API server). Each has its own --help.</source>
        <translation>Führt einen Benchmark aus und gibt seine Werte aus. Benchmarks: db (Abfragelatenz auf den Demodaten im Vergleich zu den Zielen des Seeds), funnel, documents, agent (die lokale Agenten-Laufzeitumgebung), agent-server (ein LangGraph-API-Server). Jeder hat ein eigenes --help.</translation>
    </message>
    <message>
        <source>Which benchmark: db, funnel, documents, agent or agent-server.</source>
        <translation>Welcher Benchmark: db, funnel, documents, agent oder agent-server.</translation>
    </message>
    <message>
        <source>Talk to the local sales agent as a lead (playground)</source>
        <translation>Als Lead mit dem lokalen Verkaufsagenten sprechen (Testbereich)</translation>
    </message>
    <message>
        <source>List, save or run the agent&apos;s test scenarios and see what changed</source>
        <translation>Die Testszenarien des Agenten auflisten, speichern oder ausführen und sehen, was sich geändert hat</translation>
    </message>
    <message>
        <source>Replay a conversation on the local agent beside the original</source>
        <translation>Ein Gespräch mit dem lokalen Agenten erneut abspielen, neben dem Original</translation>
    </message>
    <message>
        <source>Archive and delete old data by the retention policy, or restore it</source>
        <translation>Alte Daten gemäß der Aufbewahrungsrichtlinie archivieren und löschen oder wiederherstellen</translation>
    </message>
</context>
<context>
    <name>CompactNumber</name>
    <message>
        <source>T</source>
        <comment>trillions</comment>
        <translation>&#xa0;Bio.</translation>
    </message>
    <message>
        <source>B</source>
        <comment>billions</comment>
        <translation>&#xa0;Mrd.</translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation>&#xa0;Mio.</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation>&#xa0;Tsd.</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>Die lokale Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>No database host is set.</source>
        <translation>Es ist kein Datenbank-Host festgelegt.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cancelled before it ran</source>
        <translation>abgebrochen, bevor sie ausgeführt wurde</translation>
    </message>
</context>
<context>
    <name>DbBench</name>
    <message>
        <source>The database has no demo data: run `limitless demo-data --scale large` first.</source>
        <translation>Die Datenbank enthält keine Demodaten: Führen Sie zuerst `limitless demo-data --scale large` aus.</translation>
    </message>
    <message>
        <source>Campaign code lookup</source>
        <translation>Suche nach Kampagnencode</translation>
    </message>
    <message>
        <source>Conversation resume (latest checkpoint + messages)</source>
        <translation>Gespräch fortsetzen (letzter Checkpoint + Nachrichten)</translation>
    </message>
    <message>
        <source>Analytics dashboard (90-day funnel + daily, roll-up)</source>
        <translation>Analytics-Dashboard (90-Tage-Trichter + täglich, Roll-up)</translation>
    </message>
    <message>
        <source>Analytics dashboard from raw events (peer)</source>
        <translation>Analytics-Dashboard aus Rohereignissen (Vergleich)</translation>
    </message>
    <message>
        <source>The database lacks the application tables or LangGraph&apos;s checkpoint tables: run the bench on a sandbox loaded with `limitless demo-data --scale large`.</source>
        <translation>Der Datenbank fehlen die Anwendungstabellen oder die Checkpoint-Tabellen von LangGraph: Führen Sie den Benchmark auf einer Sandbox aus, die mit `limitless demo-data --scale large` geladen wurde.</translation>
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
        <translation>Die Datenbankverbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>The database has no application tables yet: run `limitless migrate` first.</source>
        <translation>Die Datenbank hat noch keine Anwendungstabellen: Führen Sie zuerst `limitless migrate` aus.</translation>
    </message>
    <message>
        <source>LangGraph&apos;s checkpoint tables are missing (the sandbox creates them, as does LangGraph&apos;s own setup()).</source>
        <translation>Die Checkpoint-Tabellen von LangGraph fehlen (die Sandbox legt sie an, ebenso wie LangGraphs eigenes setup()).</translation>
    </message>
    <message>
        <source>The database already has campaigns; load the demo business into an empty database (or pass --if-empty to skip).</source>
        <translation>Die Datenbank enthält bereits Kampagnen; laden Sie das Demo-Unternehmen in eine leere Datenbank (oder geben Sie --if-empty an, um den Vorgang zu überspringen).</translation>
    </message>
    <message>
        <source>Generating the demo business (seed %1)…</source>
        <translation>Demo-Unternehmen wird erzeugt (Seed %1) …</translation>
    </message>
    <message>
        <source>conversations %1/%2, events %3 (%4 s)</source>
        <translation>Gespräche %1/%2, Ereignisse %3 (%4 s)</translation>
    </message>
    <message>
        <source>events %1 (%2 s)</source>
        <translation>Ereignisse %1 (%2 s)</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Commit läuft …</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>The database is not open.</source>
        <translation>Die Datenbank ist nicht geöffnet.</translation>
    </message>
</context>
<context>
    <name>DocumentUndoCommand</name>
    <message>
        <source>Edit category and tags of %1</source>
        <translation>Kategorie und Tags von %1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>DocumentsBench</name>
    <message>
        <source>PDF extraction: no PDF given (--pdf FILE).</source>
        <translation>PDF-Extraktion: kein PDF angegeben (--pdf FILE).</translation>
    </message>
    <message>
        <source>Extracting %1…</source>
        <translation>%1 wird extrahiert …</translation>
    </message>
    <message>
        <source>PDF extraction: %1</source>
        <translation>PDF-Extraktion: %1</translation>
    </message>
    <message>
        <source>Extract + chunk %1 (%2 pages, %3 chunks)</source>
        <translation>Extrahieren + Zerlegen von %1 (%2 Seiten, %3 Textblöcke)</translation>
    </message>
    <message>
        <source>pdftotext on the same file (peer)</source>
        <translation>pdftotext mit derselben Datei (Vergleich)</translation>
    </message>
    <message>
        <source>Ours / pdftotext</source>
        <translation>Eigene / pdftotext</translation>
    </message>
    <message>
        <source>pdftotext is not installed (poppler-utils): no peer figure.</source>
        <translation>pdftotext ist nicht installiert (poppler-utils): kein Vergleichswert.</translation>
    </message>
    <message>
        <source>LangChain.js peer: no temporary file.</source>
        <translation>LangChain.js-Vergleich: keine temporäre Datei.</translation>
    </message>
    <message>
        <source>LangChain.js peer: %1</source>
        <translation>LangChain.js-Vergleich: %1</translation>
    </message>
    <message>
        <source>LangChain.js RecursiveCharacterTextSplitter (peer, %1 chunks)</source>
        <translation>LangChain.js RecursiveCharacterTextSplitter (Vergleich, %1 Textblöcke)</translation>
    </message>
    <message>
        <source>Chunker speed over LangChain.js</source>
        <translation>Geschwindigkeit der Zerlegung gegenüber LangChain.js</translation>
    </message>
    <message>
        <source>Embedding %1 chunks…</source>
        <translation>Embeddings für %1 Textblöcke werden berechnet …</translation>
    </message>
    <message>
        <source>Offline embedder, %1 chunks</source>
        <translation>Offline-Embedder, %1 Textblöcke</translation>
    </message>
    <message>
        <source>Storing and retrieval: the database lacks the knowledge-base additions (run `limitless migrate`).</source>
        <translation>Speichern und Suche: Der Datenbank fehlen die Ergänzungen für die Wissensdatenbank (`limitless migrate` ausführen).</translation>
    </message>
    <message>
        <source>Storing and retrieval: the database has no owner.</source>
        <translation>Speichern und Suche: Die Datenbank hat keinen Inhaber.</translation>
    </message>
    <message>
        <source>Storing %1 chunks…</source>
        <translation>%1 Textblöcke werden gespeichert …</translation>
    </message>
    <message>
        <source>Storing %1 chunks (one transaction)</source>
        <translation>Speichern von %1 Textblöcken (eine Transaktion)</translation>
    </message>
    <message>
        <source>Filling to %1 chunks…</source>
        <translation>Auffüllen auf %1 Textblöcke …</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>Loading %1 vectors into the in-process index</source>
        <translation>Laden von %1 Vektoren in den App-internen Index</translation>
    </message>
    <message>
        <source>Exact in-process top-3 at %1 chunks, p50</source>
        <translation>Exakte Top-3-Suche in der App bei %1 Textblöcken, p50</translation>
    </message>
    <message>
        <source>Exact in-process top-3 at %1 chunks, p95</source>
        <translation>Exakte Top-3-Suche in der App bei %1 Textblöcken, p95</translation>
    </message>
    <message>
        <source>Hybrid top-3 at %1 chunks, p50</source>
        <translation>Hybride Top-3-Suche bei %1 Textblöcken, p50</translation>
    </message>
    <message>
        <source>Hybrid top-3 at %1 chunks, p95</source>
        <translation>Hybride Top-3-Suche bei %1 Textblöcken, p95</translation>
    </message>
    <message>
        <source>OCR: no image-only PDF given (--ocr-pdf FILE).</source>
        <translation>OCR: kein reines Bild-PDF angegeben (--ocr-pdf FILE).</translation>
    </message>
    <message>
        <source>Recognising %1…</source>
        <translation>Texterkennung für %1 …</translation>
    </message>
    <message>
        <source>OCR: %1</source>
        <translation>OCR: %1</translation>
    </message>
    <message>
        <source>no page needed OCR</source>
        <translation>keine Seite brauchte OCR</translation>
    </message>
    <message numerus="yes">
        <source>OCR (Tesseract, eng+deu+spa), %n page(s)</source>
        <translation>
            <numerusform>OCR (Tesseract, eng+deu+spa), %n Seite</numerusform>
            <numerusform>OCR (Tesseract, eng+deu+spa), %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>the licence texts in /usr/share/common-licenses</source>
        <translation>die Lizenztexte in /usr/share/common-licenses</translation>
    </message>
    <message>
        <source>Chunking: no text to chunk (no --pdf and no licence texts).</source>
        <translation>Zerlegung: kein Text zum Zerlegen (kein --pdf und keine Lizenztexte).</translation>
    </message>
    <message>
        <source>a two-paragraph sample</source>
        <translation>ein Beispiel aus zwei Absätzen</translation>
    </message>
    <message>
        <source>Chunking %1 MB of %2…</source>
        <translation>%1 MB aus %2 werden zerlegt …</translation>
    </message>
    <message>
        <source>Chunker on %1 MB of %2 (%3 chunks)</source>
        <translation>Zerlegung von %1 MB aus %2 (%3 Textblöcke)</translation>
    </message>
    <message>
        <source>Analysing the tables, as autovacuum would after a bulk load…</source>
        <translation>Die Tabellen werden analysiert, wie es autovacuum nach einem Massenimport täte …</translation>
    </message>
    <message>
        <source>VACUUM ANALYZE %1: %2 (the searches run on stale statistics)</source>
        <translation>VACUUM ANALYZE %1: %2 (die Suchen laufen auf veralteten Statistiken)</translation>
    </message>
</context>
<context>
    <name>EmbedError</name>
    <message>
        <source>Embedding was cancelled.</source>
        <translation>Die Embedding-Berechnung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The embedding service did not answer within %1 s.</source>
        <translation>Der Embedding-Dienst hat nicht innerhalb von %1 s geantwortet.</translation>
    </message>
    <message>
        <source>Could not reach the embedding service at %1: %2</source>
        <translation>Der Embedding-Dienst unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The embedding service refused the API key: %1</source>
        <translation>Der Embedding-Dienst hat den API-Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>The embedding service refused access: %1</source>
        <translation>Der Embedding-Dienst hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The embedding service&apos;s quota is used up: %1</source>
        <translation>Das Kontingent des Embedding-Dienstes ist aufgebraucht: %1</translation>
    </message>
    <message>
        <source>The embedding service is rate-limiting requests: %1</source>
        <translation>Der Embedding-Dienst drosselt die Anfragen: %1</translation>
    </message>
    <message>
        <source>The embedding service failed (HTTP %1): %2</source>
        <translation>Beim Embedding-Dienst ist ein Fehler aufgetreten (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The embedding service refused the request (HTTP %1): %2</source>
        <translation>Der Embedding-Dienst hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The embedding service answered with something other than JSON.</source>
        <translation>Der Embedding-Dienst hat etwas anderes als JSON geantwortet.</translation>
    </message>
    <message>
        <source>The embedding service&apos;s answer has no list of vectors.</source>
        <translation>Die Antwort des Embedding-Dienstes enthält keine Liste von Vektoren.</translation>
    </message>
    <message>
        <source>The embedding service returned %1 vectors for %2 texts.</source>
        <translation>Der Embedding-Dienst hat %1 Vektoren für %2 Texte zurückgegeben.</translation>
    </message>
    <message>
        <source>The embedding service&apos;s answer numbers its vectors wrongly.</source>
        <translation>Die Antwort des Embedding-Dienstes nummeriert ihre Vektoren falsch.</translation>
    </message>
    <message>
        <source>The embedding service&apos;s answer holds a vector that is not a list of numbers.</source>
        <translation>Die Antwort des Embedding-Dienstes enthält einen Vektor, der keine Liste von Zahlen ist.</translation>
    </message>
    <message>
        <source>The model returned %1-dimensional vectors; the database column holds %2.</source>
        <translation>Das Modell hat %1-dimensionale Vektoren geliefert; die Datenbankspalte ist für %2 Dimensionen ausgelegt.</translation>
    </message>
    <message>
        <source>The embedding service returned an empty vector.</source>
        <translation>Der Embedding-Dienst hat einen leeren Vektor zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>EnvironmentTracker</name>
    <message>
        <source>The knowledge base&apos;s keys could not be read from the keychain: %1</source>
        <translation>Die Schlüssel der Wissensdatenbank konnten nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>ExtractError</name>
    <message>
        <source>%1 It was refused before it was inflated: it looks like a zip bomb.</source>
        <translation>%1 Die Datei wurde vor dem Entpacken abgelehnt: Sie sieht wie eine ZIP-Bombe aus.</translation>
    </message>
    <message>
        <source>This DOCX is damaged: the table of contents of its ZIP container cannot be read.</source>
        <translation>Diese DOCX-Datei ist beschädigt: Das Inhaltsverzeichnis ihres ZIP-Containers kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This DOCX holds %1 files, more than the %2 allowed.</source>
        <translation>Diese DOCX-Datei enthält %1 Dateien, mehr als die erlaubten %2.</translation>
    </message>
    <message>
        <source>The part %1 of this DOCX would inflate from %2 to %3.</source>
        <translation>Der Teil %1 dieser DOCX-Datei würde beim Entpacken von %2 auf %3 anwachsen.</translation>
    </message>
    <message>
        <source>This DOCX would inflate to more than %1, the limit.</source>
        <translation>Diese DOCX-Datei wäre entpackt größer als das Limit von %1.</translation>
    </message>
    <message>
        <source>The text of this DOCX is encrypted inside its ZIP container.</source>
        <translation>Der Text dieser DOCX-Datei ist in ihrem ZIP-Container verschlüsselt.</translation>
    </message>
    <message>
        <source>This DOCX is damaged: %1 cannot be opened.</source>
        <translation>Diese DOCX-Datei ist beschädigt: %1 lässt sich nicht öffnen.</translation>
    </message>
    <message>
        <source>The part %1 of this DOCX inflates to more than its directory declares.</source>
        <translation>Der Teil %1 dieser DOCX-Datei wird beim Entpacken größer, als ihr Verzeichnis angibt.</translation>
    </message>
    <message>
        <source>This DOCX is damaged: %1 does not inflate to what was stored (checksum error).</source>
        <translation>Diese DOCX-Datei ist beschädigt: %1 ergibt entpackt nicht das, was gespeichert wurde (Prüfsummenfehler).</translation>
    </message>
    <message>
        <source>The text of this DOCX is damaged: %1 is not well-formed XML (line %2: %3).</source>
        <translation>Der Text dieser DOCX-Datei ist beschädigt: %1 ist kein wohlgeformtes XML (Zeile %2: %3).</translation>
    </message>
    <message>
        <source>This DOCX has no word/document.xml, the part that holds its text: it is damaged or not a Word document.</source>
        <translation>Dieser DOCX-Datei fehlt word/document.xml, der Teil, der ihren Text enthält: Sie ist beschädigt oder kein Word-Dokument.</translation>
    </message>
    <message>
        <source>This Word document holds no text.</source>
        <translation>Dieses Word-Dokument enthält keinen Text.</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Das Lesen des Dokuments wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>Diese Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This file grew past the size limit while it was read.</source>
        <translation>Diese Datei ist beim Lesen über das Größenlimit hinausgewachsen.</translation>
    </message>
    <message>
        <source>a PDF</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein PDF</translation>
    </message>
    <message>
        <source>a Word document (DOCX)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein Word-Dokument (DOCX)</translation>
    </message>
    <message>
        <source>an Office file that is not a Word document</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine Office-Datei, die kein Word-Dokument ist</translation>
    </message>
    <message>
        <source>an Excel workbook (XLSX)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (PPTX)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine PowerPoint-Präsentation (PPTX)</translation>
    </message>
    <message>
        <source>an OpenDocument file (ODT, ODS or ODP)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine OpenDocument-Datei (ODT, ODS oder ODP)</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a damaged ZIP archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein beschädigtes ZIP-Archiv</translation>
    </message>
    <message>
        <source>a text file</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine Textdatei</translation>
    </message>
    <message>
        <source>text in an encoding other than UTF-8, UTF-16 or Latin-1</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>Text in einer anderen Kodierung als UTF-8, UTF-16 oder Latin-1</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein BMP-Bild</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein TIFF-Bild</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein WebP-Bild</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein RTF-Dokument</translation>
    </message>
    <message>
        <source>an ELF executable (a Linux program)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine ELF-Programmdatei (ein Linux-Programm)</translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine Windows-Programmdatei</translation>
    </message>
    <message>
        <source>a macOS executable</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine macOS-Programmdatei</translation>
    </message>
    <message>
        <source>an Office 97–2003 file (.doc, .xls or .ppt)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine Office-97–2003-Datei (.doc, .xls oder .ppt)</translation>
    </message>
    <message>
        <source>a password-protected Office file</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine passwortgeschützte Office-Datei</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>Binärdaten unbekannter Art</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>eine Datei unbekannter Art</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Dies ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Diese Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Diese Datei ist leer.</translation>
    </message>
    <message>
        <source>This file is %1; the limit is %2.</source>
        <translation>Diese Datei ist %1 groß; das Limit liegt bei %2.</translation>
    </message>
    <message>
        <source>This file&apos;s name has no extension. It looks like %1: rename it to end in .%2 to add it.</source>
        <translation>Der Name dieser Datei hat keine Endung. Sie sieht aus wie %1: Benennen Sie sie so um, dass sie auf .%2 endet, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Files ending in .%1 are not taken. This one looks like %2: rename it to end in .%3 to add it.</source>
        <translation>Dateien mit der Endung .%1 werden nicht angenommen. Diese sieht aus wie %2: Benennen Sie sie so um, dass sie auf .%3 endet, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>This file is %1; the knowledge base takes PDF, DOCX, text and Markdown files.</source>
        <translation>Diese Datei ist %1; die Wissensdatenbank nimmt PDF-, DOCX-, Text- und Markdown-Dateien an.</translation>
    </message>
    <message>
        <source>This Word document is protected by a password: remove the password in Word and add it again.</source>
        <translation>Dieses Word-Dokument ist passwortgeschützt: Entfernen Sie das Passwort in Word und fügen Sie das Dokument erneut hinzu.</translation>
    </message>
    <message>
        <source>This file is named .docx but is a ZIP archive without word/document.xml, so not a Word document.</source>
        <translation>Diese Datei heißt .docx, ist aber ein ZIP-Archiv ohne word/document.xml und damit kein Word-Dokument.</translation>
    </message>
    <message>
        <source>This text is not in UTF-8, UTF-16 or Latin-1 (Windows-1252): save it as UTF-8 and add it again.</source>
        <translation>Dieser Text ist nicht in UTF-8, UTF-16 oder Latin-1 (Windows-1252) kodiert: Speichern Sie ihn als UTF-8 und fügen Sie ihn erneut hinzu.</translation>
    </message>
    <message>
        <source>This file is named .%1 but is %2.</source>
        <translation>Diese Datei heißt .%1, ist aber %2.</translation>
    </message>
    <message>
        <source>This PDF is damaged: its structure cannot be read.</source>
        <translation>Dieses PDF ist beschädigt: Seine Struktur kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>This PDF is incomplete: it stops before its end, as if cut off while it was downloaded or copied.</source>
        <translation>Dieses PDF ist unvollständig: Es bricht vor seinem Ende ab, als wäre es beim Herunterladen oder Kopieren abgeschnitten worden.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>Dieses PDF ist passwortgeschützt.</translation>
    </message>
    <message>
        <source>The password for this PDF is wrong.</source>
        <translation>Das Passwort für dieses PDF ist falsch.</translation>
    </message>
    <message>
        <source>This PDF is damaged: no page can be found in it.</source>
        <translation>Dieses PDF ist beschädigt: Darin ist keine Seite zu finden.</translation>
    </message>
    <message>
        <source>This PDF is damaged: none of its pages can be read.</source>
        <translation>Dieses PDF ist beschädigt: Keine seiner Seiten kann gelesen werden.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (it looks scanned), and recognising text in scans (OCR) is turned off.</source>
        <translation>Dieses PDF hat keine Textebene (es sieht gescannt aus), und die Texterkennung in Scans (OCR) ist ausgeschaltet.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (it looks scanned), and no OCR language data is installed to read it.</source>
        <translation>Dieses PDF hat keine Textebene (es sieht gescannt aus), und es sind keine OCR-Sprachdaten installiert, um es zu lesen.</translation>
    </message>
    <message>
        <source>No text was found in this PDF, not even by OCR.</source>
        <translation>In diesem PDF wurde kein Text gefunden, auch nicht per OCR.</translation>
    </message>
    <message>
        <source>This file holds binary data further on, so it is not a text file.</source>
        <translation>Diese Datei enthält weiter hinten Binärdaten und ist daher keine Textdatei.</translation>
    </message>
    <message>
        <source>This file holds no text, only white space.</source>
        <translation>Diese Datei enthält keinen Text, nur Leerraum.</translation>
    </message>
</context>
<context>
    <name>ExtractNote</name>
    <message numerus="yes">
        <source>%n page(s) recognised by OCR</source>
        <translation>
            <numerusform>%n Seite per OCR erkannt</numerusform>
            <numerusform>%n Seiten per OCR erkannt</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR ran without these languages, whose data is not installed: %1</source>
        <translation>OCR lief ohne diese Sprachen, deren Daten nicht installiert sind: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a text layer left out: OCR is turned off</source>
        <translation>
            <numerusform>%n Seite ohne Textebene ausgelassen: OCR ist ausgeschaltet</numerusform>
            <numerusform>%n Seiten ohne Textebene ausgelassen: OCR ist ausgeschaltet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a text layer left out: no OCR language data is installed</source>
        <translation>
            <numerusform>%n Seite ohne Textebene ausgelassen: Es sind keine OCR-Sprachdaten installiert</numerusform>
            <numerusform>%n Seiten ohne Textebene ausgelassen: Es sind keine OCR-Sprachdaten installiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without any text</source>
        <translation>
            <numerusform>%n Seite ganz ohne Text</numerusform>
            <numerusform>%n Seiten ganz ohne Text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read</source>
        <translation>
            <numerusform>%n Seite konnte nicht gelesen werden</numerusform>
            <numerusform>%n Seiten konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF seems cut off at its end; the pages that could be read were taken.</source>
        <translation>Dieses PDF scheint am Ende abgeschnitten zu sein; die lesbaren Seiten wurden übernommen.</translation>
    </message>
    <message>
        <source>Decoded as Latin-1 (Windows-1252): the file is not UTF-8.</source>
        <translation>Als Latin-1 (Windows-1252) dekodiert: Die Datei ist nicht UTF-8-kodiert.</translation>
    </message>
    <message>
        <source>Decoded as UTF-16.</source>
        <translation>Als UTF-16 dekodiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>%n ungültige Bytefolge wurde durch � ersetzt.</numerusform>
            <numerusform>%n ungültige Bytefolgen wurden durch � ersetzt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelBench</name>
    <message>
        <source>Refresh, 90 days (funnel, daily, objections, revenue, campaigns + data quality)</source>
        <translation>Aktualisierung, 90 Tage (Trichter, täglich, Einwände, Umsatz, Kampagnen + Datenqualität)</translation>
    </message>
    <message>
        <source>Refresh, comparison with the previous 90 days</source>
        <translation>Aktualisierung, Vergleich mit den vorherigen 90 Tagen</translation>
    </message>
    <message>
        <source>Same refresh from analytics_events and payments (peer)</source>
        <translation>Dieselbe Aktualisierung aus analytics_events und payments (Vergleich)</translation>
    </message>
</context>
<context>
    <name>FunnelStage</name>
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
        <source>Pitch delivered</source>
        <translation>Pitch präsentiert</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Zahlungslink gesendet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
</context>
<context>
    <name>GcsStore</name>
    <message>
        <source>Google Cloud Storage did not accept the service account&apos;s credentials: %1</source>
        <translation>Google Cloud Storage hat die Anmeldedaten des Dienstkontos nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>Google Cloud Storage refused access to the bucket &quot;%1&quot;: %2</source>
        <translation>Google Cloud Storage hat den Zugriff auf den Bucket „%1“ verweigert: %2</translation>
    </message>
    <message>
        <source>Google Cloud Storage has no such bucket or object: %1</source>
        <translation>In Google Cloud Storage gibt es diesen Bucket oder dieses Objekt nicht: %1</translation>
    </message>
    <message>
        <source>Google Cloud Storage is limiting requests; try again later.</source>
        <translation>Google Cloud Storage drosselt die Anfragen; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Google Cloud Storage is unavailable (HTTP %1); try again later.</source>
        <translation>Google Cloud Storage ist nicht verfügbar (HTTP %1); versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Google Cloud Storage refused the request (HTTP %1): %2</source>
        <translation>Google Cloud Storage hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Google Cloud Storage stopped answering.</source>
        <translation>Google Cloud Storage antwortet nicht mehr.</translation>
    </message>
    <message>
        <source>Google Cloud Storage cannot be reached: %1</source>
        <translation>Google Cloud Storage ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Google Cloud Storage asks to wait %1 seconds before trying again.</source>
        <translation>Google Cloud Storage bittet, vor einem erneuten Versuch %1 Sekunden zu warten.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the name of a stored file.</source>
        <translation>„%1“ kann nicht als Name einer gespeicherten Datei verwendet werden.</translation>
    </message>
    <message>
        <source>The storage address %1 is not an https address.</source>
        <translation>Die Speicheradresse %1 ist keine https-Adresse.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Google Cloud Storage did not open an upload session.</source>
        <translation>Google Cloud Storage hat keine Upload-Sitzung geöffnet.</translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded.</source>
        <translation>%1 hat sich während des Hochladens geändert.</translation>
    </message>
    <message>
        <source>Google Cloud Storage ended the upload session twice; try again later.</source>
        <translation>Google Cloud Storage hat die Upload-Sitzung zweimal beendet; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Google Cloud Storage reported an upload position that does not fit the file.</source>
        <translation>Google Cloud Storage hat eine Upload-Position gemeldet, die nicht zur Datei passt.</translation>
    </message>
    <message>
        <source>Google Cloud Storage is not taking the file&apos;s bytes; try again later.</source>
        <translation>Google Cloud Storage nimmt die Bytes der Datei nicht an; versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The copy in Google Cloud Storage differs from the file.</source>
        <translation>Die Kopie in Google Cloud Storage weicht von der Datei ab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Google Cloud Storage address.</source>
        <translation>„%1“ ist keine Google-Cloud-Storage-Adresse.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The stored file %1 is no longer in Google Cloud Storage.</source>
        <translation>Die gespeicherte Datei %1 ist nicht mehr in Google Cloud Storage vorhanden.</translation>
    </message>
    <message>
        <source>The downloaded copy of %1 is damaged.</source>
        <translation>Die heruntergeladene Kopie von %1 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>GoogleTokenSource</name>
    <message>
        <source>The service-account key could not sign the token request.</source>
        <translation>Mit dem Dienstkontoschlüssel konnte die Token-Anfrage nicht signiert werden.</translation>
    </message>
    <message>
        <source>No valid service-account key is set.</source>
        <translation>Es ist kein gültiger Dienstkontoschlüssel festgelegt.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service cannot be reached (%1).</source>
        <translation>Der Anmeldedienst von Google ist nicht erreichbar (%1).</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service gave an answer that is not an access token.</source>
        <translation>Der Anmeldedienst von Google hat eine Antwort geliefert, die kein Zugriffstoken ist.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service is limiting requests; the upload will be retried later.</source>
        <translation>Der Anmeldedienst von Google drosselt die Anfragen; der Upload wird später erneut versucht.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service is unavailable (HTTP %1).</source>
        <translation>Der Anmeldedienst von Google ist nicht verfügbar (HTTP %1).</translation>
    </message>
    <message>
        <source>Google refused the service-account key: %1</source>
        <translation>Google hat den Dienstkontoschlüssel abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>IngestQueue</name>
    <message>
        <source>There is no such file or folder.</source>
        <translation>Diese Datei bzw. dieser Ordner existiert nicht.</translation>
    </message>
    <message>
        <source>Documents could not be queued again: %1</source>
        <translation>Dokumente konnten nicht erneut in die Warteschlange gestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Extracting text</source>
        <translation>Textextraktion</translation>
    </message>
    <message>
        <source>Chunking</source>
        <translation>Zerlegung in Textblöcke</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding-Berechnung</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>“%1” is not a category; use one of: %2.</source>
        <translation>„%1“ ist keine Kategorie; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>This database does not have the dashboard&apos;s knowledge-base tables. Run `limitless migrate` to add them; nothing was uploaded.</source>
        <translation>Diese Datenbank hat die Wissensdatenbank-Tabellen des Dashboards nicht. Führen Sie `limitless migrate` aus, um sie hinzuzufügen; es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>%1 has the same content as %2 (version %3).</source>
        <translation>%1 hat denselben Inhalt wie %2 (Version %3).</translation>
    </message>
    <message>
        <source>Skipped %1: the same content is already there as %2.</source>
        <translation>%1 übersprungen: Derselbe Inhalt ist bereits als %2 vorhanden.</translation>
    </message>
    <message>
        <source>%1 is queued as version %2.</source>
        <translation>%1 ist als Version %2 in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 is queued.</source>
        <translation>%1 ist in der Warteschlange.</translation>
    </message>
    <message>
        <source>Another worker is processing this document right now.</source>
        <translation>Ein anderer Worker verarbeitet dieses Dokument gerade.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The document was deleted.</source>
        <translation>Das Dokument wurde gelöscht.</translation>
    </message>
    <message>
        <source>Cannot read the stored file: %1</source>
        <translation>Die gespeicherte Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 contains no text to learn from.</source>
        <translation>%1 enthält keinen Text, aus dem gelernt werden kann.</translation>
    </message>
    <message>
        <source>The embedding model %1 gives %2-dimensional vectors; the database column holds %3.</source>
        <translation>Das Embedding-Modell %1 liefert %2-dimensionale Vektoren; die Datenbankspalte ist für %3 Dimensionen ausgelegt.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Access to it was refused. Unlock the keychain and allow Limitless to use it.</source>
        <translation>Der Zugriff darauf wurde verweigert. Entsperren Sie den Schlüsselbund und erlauben Sie Limitless, ihn zu verwenden.</translation>
    </message>
    <message>
        <source>No keychain service is running (on Linux: GNOME Keyring, KWallet or another Secret Service provider).</source>
        <translation>Es läuft kein Schlüsselbunddienst (unter Linux: GNOME Keyring, KWallet oder ein anderer Secret-Service-Anbieter).</translation>
    </message>
    <message>
        <source>It reported: %1</source>
        <translation>Er meldete: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>The embeddings URL “%1” is not a URL.</source>
        <translation>Die Embeddings-URL „%1“ ist keine URL.</translation>
    </message>
    <message>
        <source>Documents go to Google Cloud Storage, but no service-account key is stored for this profile. Add the key in the knowledge settings.</source>
        <translation>Dokumente werden in Google Cloud Storage abgelegt, aber für dieses Profil ist kein Dienstkontoschlüssel gespeichert. Fügen Sie den Schlüssel in den Einstellungen der Wissensdatenbank hinzu.</translation>
    </message>
    <message>
        <source>Name the Google Cloud Storage bucket for the documents.</source>
        <translation>Geben Sie den Google-Cloud-Storage-Bucket für die Dokumente an.</translation>
    </message>
    <message>
        <source>The embeddings URL must be an http(s) URL, e.g. https://api.openai.com/v1.</source>
        <translation>Die Embeddings-URL muss eine http(s)-URL sein, z. B. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>Name the embedding model, e.g. text-embedding-3-small.</source>
        <translation>Geben Sie das Embedding-Modell an, z. B. text-embedding-3-small.</translation>
    </message>
    <message>
        <source>The chunk size must be between 50 and 4000 tokens.</source>
        <translation>Die Textblockgröße muss zwischen 50 und 4000 Tokens liegen.</translation>
    </message>
    <message>
        <source>The chunk overlap must be at least 0 and less than half the chunk size.</source>
        <translation>Die Textblock-Überlappung muss mindestens 0 und kleiner als die halbe Textblockgröße sein.</translation>
    </message>
    <message>
        <source>The upload limit must be between 1 and 1024 MB.</source>
        <translation>Das Upload-Limit muss zwischen 1 und 1024 MB liegen.</translation>
    </message>
</context>
<context>
    <name>KnowledgeStore</name>
    <message>
        <source>“%1” is not a category; use one of: %2.</source>
        <translation>„%1“ ist keine Kategorie; verwenden Sie eine der folgenden: %2.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>This database does not have the dashboard&apos;s knowledge-base tables. Run `limitless migrate` to add them; nothing was uploaded.</source>
        <translation>Diese Datenbank hat die Wissensdatenbank-Tabellen des Dashboards nicht. Führen Sie `limitless migrate` aus, um sie hinzuzufügen; es wurde nichts hochgeladen.</translation>
    </message>
    <message>
        <source>The embedding model %1 gives %2-dimensional vectors; the database column holds %3. Nothing was stored.</source>
        <translation>Das Embedding-Modell %1 liefert %2-dimensionale Vektoren; die Datenbankspalte ist für %3 Dimensionen ausgelegt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>%1 chunks but %2 vectors: nothing was stored.</source>
        <translation>%1 Textblöcke, aber %2 Vektoren: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>A vector has %1 dimensions; the database column holds %2. Nothing was stored.</source>
        <translation>Ein Vektor hat %1 Dimensionen; die Datenbankspalte ist für %2 ausgelegt. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The document was deleted while it was being processed.</source>
        <translation>Das Dokument wurde während der Verarbeitung gelöscht.</translation>
    </message>
    <message>
        <source>Another worker took this document over; this result was discarded.</source>
        <translation>Ein anderer Worker hat dieses Dokument übernommen; dieses Ergebnis wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>KnowledgeTools</name>
    <message>
        <source>The knowledge settings are incomplete: %1</source>
        <translation>Die Einstellungen der Wissensdatenbank sind unvollständig: %1</translation>
    </message>
    <message>
        <source>No owner profile belongs to the signed-in account, so documents cannot be added. Sign in as the business&apos;s owner, whose profile the web app creates at sign-up.</source>
        <translation>Zum angemeldeten Konto gehört kein Inhaberprofil, daher können keine Dokumente hinzugefügt werden. Melden Sie sich als Inhaber des Unternehmens an; dessen Profil legt die Web-App bei der Registrierung an.</translation>
    </message>
</context>
<context>
    <name>LocalAuthBackend</name>
    <message>
        <source>The local sandbox is not running. Start it with `limitless sandbox start` or open the app, which starts it.</source>
        <translation>Die lokale Sandbox läuft nicht. Starten Sie sie mit `limitless sandbox start` oder öffnen Sie die App, die sie startet.</translation>
    </message>
    <message>
        <source>The local sandbox was created by an older version of the app and has no sign-in functions. Recreate it with `limitless sandbox reset` followed by `limitless sandbox start` (this deletes the sandbox&apos;s data).</source>
        <translation>Die lokale Sandbox wurde von einer älteren Version der App erstellt und hat keine Anmeldefunktionen. Erstellen Sie sie mit `limitless sandbox reset` und anschließend `limitless sandbox start` neu (dabei werden die Daten der Sandbox gelöscht).</translation>
    </message>
    <message>
        <source>The local sandbox sends no e-mail. Set a new password with `limitless sandbox passwd`.</source>
        <translation>Die lokale Sandbox versendet keine E-Mails. Legen Sie mit `limitless sandbox passwd` ein neues Passwort fest.</translation>
    </message>
    <message>
        <source>Google and GitHub sign-in need a Supabase project.</source>
        <translation>Die Anmeldung mit Google und GitHub erfordert ein Supabase-Projekt.</translation>
    </message>
    <message>
        <source>Local sandbox accounts have no second factor.</source>
        <translation>Konten der lokalen Sandbox haben keinen zweiten Faktor.</translation>
    </message>
</context>
<context>
    <name>LocalFolderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the name of a stored file.</source>
        <translation>„%1“ kann nicht als Name einer gespeicherten Datei verwendet werden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local file address.</source>
        <translation>„%1“ ist keine lokale Dateiadresse.</translation>
    </message>
    <message>
        <source>%1 is not in the document folder %2.</source>
        <translation>%1 liegt nicht im Dokumentordner %2.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>%1 kann nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation>Die gespeicherte Datei %1 fehlt.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirect</name>
    <message>
        <source>Port %1 on this computer is in use.</source>
        <translation>Port %1 auf diesem Computer ist belegt.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to Limitless to see why.</source>
        <translation>Die Anmeldung wurde nicht abgeschlossen. Kehren Sie zu Limitless zurück, um den Grund zu sehen.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to Limitless.</source>
        <translation>Sie sind angemeldet. Sie können diesen Tab schließen und zu Limitless zurückkehren.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>Cannot read the migration journal %1.</source>
        <translation>Das Migrationsjournal %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The migration journal %1 is not valid JSON: %2 at offset %3.</source>
        <translation>Das Migrationsjournal %1 ist kein gültiges JSON: %2 an Position %3.</translation>
    </message>
    <message>
        <source>The migration journal %1 has no &quot;entries&quot; list.</source>
        <translation>Das Migrationsjournal %1 hat keine &quot;entries&quot;-Liste.</translation>
    </message>
    <message>
        <source>The migration journal %1 is for dialect &quot;%2&quot;, not &quot;postgresql&quot;.</source>
        <translation>Das Migrationsjournal %1 ist für den Dialekt &quot;%2&quot;, nicht für &quot;postgresql&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 of the migration journal %2 has no valid &quot;tag&quot;.</source>
        <translation>Eintrag %1 des Migrationsjournals %2 hat kein gültiges &quot;tag&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) of the migration journal %3 has no valid &quot;when&quot; timestamp.</source>
        <translation>Eintrag %1 (%2) des Migrationsjournals %3 hat keinen gültigen &quot;when&quot;-Zeitstempel.</translation>
    </message>
    <message>
        <source>The migration journal %1 lists %2 twice.</source>
        <translation>Das Migrationsjournal %1 führt %2 doppelt auf.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) of the migration journal %3 is not newer than the entry before it; &quot;when&quot; must increase.</source>
        <translation>Eintrag %1 (%2) des Migrationsjournals %3 ist nicht neuer als der Eintrag davor; &quot;when&quot; muss ansteigen.</translation>
    </message>
    <message>
        <source>The migration journal %1 lists %2, but the file %3 is missing or unreadable.</source>
        <translation>Das Migrationsjournal %1 führt %2 auf, aber die Datei %3 fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>The migration file %1 is not valid UTF-8.</source>
        <translation>Die Migrationsdatei %1 ist kein gültiges UTF-8.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migrations must run outside any open transaction, so that they commit or roll back as one.</source>
        <translation>Migrationen müssen außerhalb jeder offenen Transaktion laufen, damit sie als Ganzes festgeschrieben oder zurückgerollt werden.</translation>
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
    <name>OfflinePolicy</name>
    <message>
        <source>The turn was cancelled.</source>
        <translation>Die Runde wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>OpenAiChatClient</name>
    <message>
        <source>The model server&apos;s stream ended before the reply was complete.</source>
        <translation>Der Stream des Modellservers endete, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The model server reported an error in the middle of the reply: %1</source>
        <translation>Der Modellserver hat mitten in der Antwort einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The model server sent a stream chunk that is not JSON: %1</source>
        <translation>Der Modellserver hat einen Stream-Chunk gesendet, der kein JSON ist: %1</translation>
    </message>
    <message>
        <source>no message given</source>
        <translation>keine Meldung angegeben</translation>
    </message>
    <message>
        <source>The model server sent a chunk whose &quot;choices&quot; is not a list.</source>
        <translation>Der Modellserver hat einen Chunk gesendet, dessen &quot;choices&quot; keine Liste ist.</translation>
    </message>
    <message>
        <source>The model server sent &quot;tool_calls&quot; that are not a list.</source>
        <translation>Der Modellserver hat &quot;tool_calls&quot; gesendet, die keine Liste sind.</translation>
    </message>
    <message>
        <source>The model server answered with something other than the documented JSON: %1</source>
        <translation>Der Modellserver hat mit etwas anderem als dem dokumentierten JSON geantwortet: %1</translation>
    </message>
    <message>
        <source>The model server reported an error: %1</source>
        <translation>Der Modellserver hat einen Fehler gemeldet: %1</translation>
    </message>
    <message>
        <source>The model server&apos;s answer has no message.</source>
        <translation>Die Antwort des Modellservers enthält keine Nachricht.</translation>
    </message>
    <message>
        <source>The model sent a tool call without a function name.</source>
        <translation>Das Modell hat einen Tool-Aufruf ohne Funktionsnamen gesendet.</translation>
    </message>
    <message>
        <source>The model called the tool &quot;%1&quot; with arguments that are not a JSON object: %2</source>
        <translation>Das Modell hat das Tool &quot;%1&quot; mit Argumenten aufgerufen, die kein JSON-Objekt sind: %2</translation>
    </message>
    <message>
        <source>The model server at %1 did not answer within %2 s.</source>
        <translation>Der Modellserver unter %1 hat nicht innerhalb von %2 s geantwortet.</translation>
    </message>
    <message>
        <source>The model server at %1 refused the connection; is it running?</source>
        <translation>Der Modellserver unter %1 hat die Verbindung abgelehnt; läuft er?</translation>
    </message>
    <message>
        <source>Could not reach the model server at %1: %2</source>
        <translation>Der Modellserver unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation>HTTP %1 ohne Meldung</translation>
    </message>
    <message>
        <source>The model server refused the API key: %1</source>
        <translation>Der Modellserver hat den API-Schlüssel abgelehnt: %1</translation>
    </message>
    <message>
        <source>The model server refused access: %1</source>
        <translation>Der Modellserver hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>The model server&apos;s quota is used up: %1</source>
        <translation>Das Kontingent des Modellservers ist aufgebraucht: %1</translation>
    </message>
    <message>
        <source>The model server is rate-limiting requests: %1</source>
        <translation>Der Modellserver begrenzt die Anfragerate: %1</translation>
    </message>
    <message>
        <source>The model server failed (HTTP %1): %2</source>
        <translation>Der Modellserver ist fehlgeschlagen (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The model server answered with an empty body.</source>
        <translation>Der Modellserver hat mit einem leeren Body geantwortet.</translation>
    </message>
    <message>
        <source>The model server refused the request (HTTP %1): %2</source>
        <translation>Der Modellserver hat die Anfrage abgelehnt (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The parameters of the tool &quot;%1&quot; are not a JSON Schema object.</source>
        <translation>Die Parameter des Tools &quot;%1&quot; sind kein JSON-Schema-Objekt.</translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation>Die Antwort wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The model server stopped sending for %1 s in the middle of the reply.</source>
        <translation>Der Modellserver hat mitten in der Antwort %1 s lang nichts gesendet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (still refused after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (nach %n Versuch weiterhin abgelehnt)</numerusform>
            <numerusform>%1 (nach %n Versuchen weiterhin abgelehnt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (failed %n time(s))</source>
        <translation>
            <numerusform>%1 (%n-mal fehlgeschlagen)</numerusform>
            <numerusform>%1 (%n-mal fehlgeschlagen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the server asks to wait %2 s more, longer than the %3 s allowed)</source>
        <translation>%1 (der Server verlangt, weitere %2 s zu warten, länger als die erlaubten %3 s)</translation>
    </message>
    <message>
        <source>%1 (gave up after waiting %2 s)</source>
        <translation>%1 (nach %2 s Wartezeit aufgegeben)</translation>
    </message>
</context>
<context>
    <name>OpenAiPlaygroundPolicy</name>
    <message>
        <source>The agent settings of this profile are still being read; try again in a moment.</source>
        <translation>Die Agenteneinstellungen dieses Profils werden noch gelesen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The agent&apos;s API key could not be read from the keychain: %1</source>
        <translation>Der API-Schlüssel des Agenten konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible model</source>
        <translation>OpenAI-kompatibles Modell</translation>
    </message>
    <message>
        <source>Set up the OpenAI-compatible model in Agent settings: %1</source>
        <translation>Richten Sie das OpenAI-kompatible Modell in den Agenteneinstellungen ein: %1</translation>
    </message>
</context>
<context>
    <name>OpenAiPolicy</name>
    <message>
        <source>The model called the tool &quot;%1&quot;, but the %2 step allows no tools.</source>
        <translation>Das Modell hat das Tool &quot;%1&quot; aufgerufen, aber der Schritt %2 erlaubt keine Tools.</translation>
    </message>
    <message>
        <source>The model called the tool &quot;%1&quot;, which the %2 step does not allow (allowed: %3).</source>
        <translation>Das Modell hat das Tool &quot;%1&quot; aufgerufen, das der Schritt %2 nicht erlaubt (erlaubt: %3).</translation>
    </message>
    <message>
        <source>The model server&apos;s content filter withheld the reply.</source>
        <translation>Der Inhaltsfilter des Modellservers hat die Antwort zurückgehalten.</translation>
    </message>
    <message>
        <source>The model reached its length limit before it said anything.</source>
        <translation>Das Modell hat seine Längengrenze erreicht, bevor es etwas gesagt hat.</translation>
    </message>
    <message>
        <source>The model gave an empty reply.</source>
        <translation>Das Modell hat eine leere Antwort gegeben.</translation>
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
    <name>PlaygroundBench</name>
    <message>
        <source>The playground did not connect to the server.</source>
        <translation>Der Testbereich hat keine Verbindung zum Server hergestellt.</translation>
    </message>
    <message>
        <source>No test conversation could be started on the server.</source>
        <translation>Auf dem Server konnte kein Testgespräch gestartet werden.</translation>
    </message>
    <message>
        <source>The turn was not shown within a minute.</source>
        <translation>Die Runde wurde nicht innerhalb einer Minute angezeigt.</translation>
    </message>
    <message>
        <source>Agent playground on the LangGraph server, median of %1 runs:
  on screen:  first token in the chat %2 ms, painted %3 ms; final state shown %4 ms, painted %5 ms
  client:     first token %6 ms, final state %7 ms
  plain HTTP: first token %8 ms, final state %9 ms
  load average: %10 before, %11 after</source>
        <translation>Agenten-Testbereich auf dem LangGraph-Server, Median von %1 Durchläufen:
  Bildschirm:        erstes Token im Chat %2 ms, gezeichnet %3 ms; Endzustand angezeigt %4 ms, gezeichnet %5 ms
  Client:            erstes Token %6 ms, Endzustand %7 ms
  reines HTTP:       erstes Token %8 ms, Endzustand %9 ms
  Durchschnittslast: %10 vorher, %11 nachher</translation>
    </message>
</context>
<context>
    <name>PlaygroundLab</name>
    <message>
        <source>A scenario called “%1” exists already.</source>
        <translation>Ein Szenario namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”.</source>
        <translation>Es gibt kein Szenario namens „%1“.</translation>
    </message>
    <message>
        <source>There is no saved scenario to run.</source>
        <translation>Es gibt kein gespeichertes Szenario zum Ausführen.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n scenario(s).</source>
        <translation>
            <numerusform>Nach %n Szenario angehalten.</numerusform>
            <numerusform>Nach %n Szenarien angehalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No LangGraph server is set for this profile.</source>
        <translation>Für dieses Profil ist kein LangGraph-Server festgelegt.</translation>
    </message>
</context>
<context>
    <name>PlaygroundSession</name>
    <message>
        <source>Offline (deterministic, no network)</source>
        <translation>Offline (deterministisch, kein Netzwerk)</translation>
    </message>
    <message>
        <source>The playground is not connected to the database yet.</source>
        <translation>Der Testbereich ist noch nicht mit der Datenbank verbunden.</translation>
    </message>
    <message>
        <source>The agent answers without your documents: %1</source>
        <translation>Der Agent antwortet ohne Ihre Dokumente: %1</translation>
    </message>
    <message>
        <source>There is no agent policy called “%1”.</source>
        <translation>Es gibt keine Agenten-Policy namens „%1“.</translation>
    </message>
    <message>
        <source>The policy “%1” could not be started.</source>
        <translation>Die Policy „%1“ konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>There is no campaign with the code %1.</source>
        <translation>Es gibt keine Kampagne mit dem Code %1.</translation>
    </message>
    <message>
        <source>Stopped before the agent answered; nothing was stored.</source>
        <translation>Angehalten, bevor der Agent geantwortet hat; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>the built-in agent runtime</source>
        <translation>der integrierten Agenten-Laufzeitumgebung</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the project&apos;s Supabase URL (https://&lt;project&gt;.supabase.co).</source>
        <translation>Geben Sie die Supabase-URL des Projekts ein (https://&lt;project&gt;.supabase.co).</translation>
    </message>
    <message>
        <source>Enter the project&apos;s anon or publishable key.</source>
        <translation>Geben Sie den anon- oder publishable-Schlüssel des Projekts ein.</translation>
    </message>
    <message>
        <source>Enter the database host (direct connection or session pooler).</source>
        <translation>Geben Sie den Datenbank-Host ein (direkte Verbindung oder Session-Pooler).</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>Der Datenbank-Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>Port 6543 is the transaction pooler, which cannot deliver live updates; use the direct connection or the session pooler (port 5432).</source>
        <translation>Port 6543 ist der Transaction-Pooler, der keine Live-Aktualisierungen liefern kann; verwenden Sie die direkte Verbindung oder den Session-Pooler (Port 5432).</translation>
    </message>
    <message>
        <source>Unknown TLS mode &apos;%1&apos;.</source>
        <translation>Unbekannter TLS-Modus &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A remote database must be reached over TLS.</source>
        <translation>Eine entfernte Datenbank muss über TLS erreicht werden.</translation>
    </message>
    <message>
        <source>Choose the database&apos;s CA certificate file (Supabase: Database settings → SSL configuration → Download certificate).</source>
        <translation>Wählen Sie die CA-Zertifikatsdatei der Datenbank (Supabase: Database settings → SSL configuration → Download certificate).</translation>
    </message>
    <message>
        <source>Campaign base URL: %1</source>
        <translation>Basis-URL der Kampagnen: %1</translation>
    </message>
    <message>
        <source>The browser sign-in port must be between 0 (any) and 65535.</source>
        <translation>Der Port für die Browser-Anmeldung muss zwischen 0 (beliebig) und 65535 liegen.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>The agent has no node called “%1”.</source>
        <translation>Der Agent hat keinen Knoten namens „%1“.</translation>
    </message>
    <message>
        <source>A prompt cannot be empty.</source>
        <translation>Ein Prompt darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>Der Prompt wurde nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>The conversation %1 has no transcript to replay.</source>
        <translation>Das Gespräch %1 hat kein Transkript, das erneut abgespielt werden könnte.</translation>
    </message>
    <message>
        <source>The conversation has %1 lead turns: choose a turn from 0 to %1.</source>
        <translation>Das Gespräch hat %1 Runden des Leads: Wählen Sie eine Runde von 0 bis %1.</translation>
    </message>
    <message>
        <source>No playground thread could be started.</source>
        <translation>Es konnte kein Testbereich-Thread gestartet werden.</translation>
    </message>
    <message>
        <source>The copied conversation could not be stored: %1</source>
        <translation>Das kopierte Gespräch konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>Runde %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RetentionJob</name>
    <message>
        <source>This database lacks the dashboard&apos;s data retention functions: run `%1` first.</source>
        <translation>Dieser Datenbank fehlen die Funktionen zur Datenaufbewahrung des Dashboards: Führen Sie zuerst `%1` aus.</translation>
    </message>
</context>
<context>
    <name>RetentionJournal</name>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a retention journal (phase &quot;%2&quot;).</source>
        <translation>%1 ist kein Aufbewahrungsjournal (Phase „%2“).</translation>
    </message>
    <message>
        <source>The journal %1 is incomplete.</source>
        <translation>Das Journal %1 ist unvollständig.</translation>
    </message>
</context>
<context>
    <name>RetentionRunner</name>
    <message>
        <source>Cannot create the archive directory %1.</source>
        <translation>Das Archivverzeichnis %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The retention policy needs a time and a batch size of at least 1.</source>
        <translation>Die Aufbewahrungsrichtlinie braucht einen Zeitpunkt und eine Stapelgröße von mindestens 1.</translation>
    </message>
    <message>
        <source>The archive %1 belongs to another owner.</source>
        <translation>Das Archiv %1 gehört einem anderen Inhaber.</translation>
    </message>
    <message>
        <source>Deleting archived rows of %1 failed: %2</source>
        <translation>Das Löschen archivierter Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The archive %1 belongs to another owner; it was not restored.</source>
        <translation>Das Archiv %1 gehört einem anderen Inhaber; es wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring rows of %1 failed: %2</source>
        <translation>Das Wiederherstellen der Zeilen von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>RetrievalBench</name>
    <message>
        <source>The test bench is not connected to the knowledge base yet.</source>
        <translation>Die Testumgebung ist noch nicht mit der Wissensdatenbank verbunden.</translation>
    </message>
    <message>
        <source>Saved test questions need the knowledge-base additions: run `%1`.</source>
        <translation>Gespeicherte Testfragen brauchen die Ergänzungen für die Wissensdatenbank: Führen Sie `%1` aus.</translation>
    </message>
    <message>
        <source>There are no saved questions to run yet.</source>
        <translation>Es gibt noch keine gespeicherten Fragen zum Ausführen.</translation>
    </message>
    <message>
        <source>The run could not be saved: %1</source>
        <translation>Der Durchlauf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Loading the search index…</source>
        <translation>Suchindex wird geladen …</translation>
    </message>
    <message>
        <source>The search index could not be loaded ahead (%1); the first search loads it.</source>
        <translation>Der Suchindex konnte nicht vorab geladen werden (%1); die erste Suche lädt ihn.</translation>
    </message>
    <message>
        <source>Search index: %1 chunks loaded in %2 s.</source>
        <translation>Suchindex: %1 Textblöcke in %2 s geladen.</translation>
    </message>
    <message>
        <source>waited %1 ms for the search index to load</source>
        <translation>%1 ms auf das Laden des Suchindex gewartet</translation>
    </message>
</context>
<context>
    <name>Retriever</name>
    <message>
        <source>Type a question to search for.</source>
        <translation>Geben Sie eine Frage ein, nach der gesucht werden soll.</translation>
    </message>
    <message>
        <source>The documents were embedded with different models (%1); a search cannot mix them. Re-process all documents with one model.</source>
        <translation>Die Embeddings der Dokumente stammen von verschiedenen Modellen (%1); eine Suche kann sie nicht mischen. Verarbeiten Sie alle Dokumente erneut mit einem einzigen Modell.</translation>
    </message>
    <message>
        <source>The documents were embedded with %1, but this profile embeds with %2. Re-process all documents, or switch the profile back to %1.</source>
        <translation>Die Embeddings der Dokumente stammen von %1, aber dieses Profil verwendet %2. Verarbeiten Sie alle Dokumente erneut oder stellen Sie das Profil wieder auf %1 um.</translation>
    </message>
    <message>
        <source>The embedder returned nothing.</source>
        <translation>Der Embedder hat nichts zurückgegeben.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>No PostgreSQL server is installed (initdb not found). Install the Debian package &apos;postgresql&apos; (scripts/install-deps does).</source>
        <translation>Es ist kein PostgreSQL-Server installiert (initdb nicht gefunden). Installieren Sie das Debian-Paket &apos;postgresql&apos; (scripts/install-deps erledigt das).</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>%1 konnte nicht ausgeführt werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation>%1 wurde nicht rechtzeitig beendet.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2):
%3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2):
%3</translation>
    </message>
    <message>
        <source>Applied migrations: %1</source>
        <translation>Angewendete Migrationen: %1</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox läuft unter %1</translation>
    </message>
    <message>
        <source>%1 exists but holds no complete sandbox; run `limitless sandbox reset` to start over.</source>
        <translation>%1 existiert, enthält aber keine vollständige Sandbox; führen Sie `limitless sandbox reset` aus, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Running as root needs the system user &apos;postgres&apos; (from the Debian package &apos;postgresql&apos;) to run the server.</source>
        <translation>Bei Ausführung als root wird der Systembenutzer &apos;postgres&apos; (aus dem Debian-Paket &apos;postgresql&apos;) benötigt, um den Server auszuführen.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation>%1 kann nicht an den Benutzer postgres übergeben werden.</translation>
    </message>
    <message>
        <source>The postgres user cannot write to %1 (is a parent directory private to root?). Choose another directory with --dir or LIMITLESS_SANDBOX_DIR.</source>
        <translation>Der Benutzer postgres kann nicht in %1 schreiben (ist ein übergeordnetes Verzeichnis nur für root zugänglich?). Wählen Sie mit --dir oder LIMITLESS_SANDBOX_DIR ein anderes Verzeichnis.</translation>
    </message>
    <message>
        <source>Creating a PostgreSQL cluster in %1…</source>
        <translation>PostgreSQL-Cluster wird in %1 angelegt …</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
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
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>Die Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>Das Passwort muss mindestens 8 Zeichen haben.</translation>
    </message>
    <message>
        <source>The local owner account was not found.</source>
        <translation>Das lokale Inhaberkonto wurde nicht gefunden.</translation>
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
    <name>ScenarioRunner</name>
    <message>
        <source>No playground thread could be started.</source>
        <translation>Es konnte kein Testbereich-Thread gestartet werden.</translation>
    </message>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>Runde %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Ein Szenario braucht einen Namen.</translation>
    </message>
    <message>
        <source>The scenario&apos;s name is too long (%1 characters; at most %2).</source>
        <translation>Der Name des Szenarios ist zu lang (%1 Zeichen; höchstens %2).</translation>
    </message>
    <message>
        <source>The scenario&apos;s name holds a control character.</source>
        <translation>Der Name des Szenarios enthält ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>The scenario has no lead turns: give at least one message.</source>
        <translation>Das Szenario hat keine Runden des Leads: Geben Sie mindestens eine Nachricht an.</translation>
    </message>
    <message>
        <source>The scenario has %1 lead turns; at most %2 are kept.</source>
        <translation>Das Szenario hat %1 Runden des Leads; höchstens %2 werden behalten.</translation>
    </message>
    <message>
        <source>Lead turn %1 is empty.</source>
        <translation>Runde %1 des Leads ist leer.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; exists already.</source>
        <translation>Ein Szenario namens „%1“ existiert bereits.</translation>
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
    <name>ServerBenchResult</name>
    <message>
        <source>LangGraph server, median of %1 runs:
  dashboard client: first token %2 ms, final state %3 ms
  plain HTTP:       first token %4 ms, final state %5 ms
  client overhead:  %6 ms to the first token, %7 ms to the final state
  client breakdown: first bytes %8 ms (plain HTTP %9 ms), token event cut out %10 ms, token handed over %2 ms; JSON of %11 events %12 ms per run
  load average:     %13 before, %14 after</source>
        <translation>LangGraph-Server, Median von %1 Durchläufen:
  Dashboard-Client:       erstes Token %2 ms, Endzustand %3 ms
  reines HTTP:            erstes Token %4 ms, Endzustand %5 ms
  Client-Overhead:        %6 ms bis zum ersten Token, %7 ms bis zum Endzustand
  Client-Aufschlüsselung: erste Bytes %8 ms (reines HTTP %9 ms), Token-Ereignis herausgelöst %10 ms, Token übergeben %2 ms; JSON von %11 Ereignissen %12 ms pro Durchlauf
  Durchschnittslast:      %13 vorher, %14 nachher</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>ServerClient</name>
    <message>
        <source>the thread %1</source>
        <translation>den Thread %1</translation>
    </message>
    <message>
        <source>The agent failed on the LangGraph server: %1</source>
        <translation>Der Agent ist auf dem LangGraph-Server fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The LangGraph server&apos;s answer for %1 is not JSON: %2</source>
        <translation>Die Antwort des LangGraph-Servers für %1 ist kein JSON: %2</translation>
    </message>
    <message>
        <source>the health check (/ok)</source>
        <translation>die Integritätsprüfung (/ok)</translation>
    </message>
    <message>
        <source>The server at %1 answered /ok without &quot;ok&quot;: true; is it a LangGraph API server?</source>
        <translation>Der Server unter %1 hat auf /ok ohne &quot;ok&quot;: true geantwortet; ist es ein LangGraph-API-Server?</translation>
    </message>
    <message>
        <source>the server information (/info)</source>
        <translation>die Serverinformationen (/info)</translation>
    </message>
    <message>
        <source>The server at %1 answered /info without a version; is it a LangGraph API server?</source>
        <translation>Der Server unter %1 hat auf /info ohne Version geantwortet; ist es ein LangGraph-API-Server?</translation>
    </message>
    <message>
        <source>the list of assistants</source>
        <translation>die Liste der Assistenten</translation>
    </message>
    <message>
        <source>the assistant %1</source>
        <translation>den Assistenten %1</translation>
    </message>
    <message>
        <source>a new thread</source>
        <translation>einen neuen Thread</translation>
    </message>
    <message>
        <source>the list of threads</source>
        <translation>die Liste der Threads</translation>
    </message>
    <message>
        <source>The checkpoint %1 is not in the history of %2; nothing was changed (the server would have started an empty branch from it).</source>
        <translation>Der Checkpoint %1 ist nicht im Verlauf (%2) enthalten; es wurde nichts geändert (der Server hätte von ihm aus einen leeren Zweig begonnen).</translation>
    </message>
    <message>
        <source>The LangGraph server updated %1 but named no new checkpoint.</source>
        <translation>Der LangGraph-Server hat %1 aktualisiert, aber keinen neuen Checkpoint genannt.</translation>
    </message>
    <message>
        <source>%1 does not exist on the LangGraph server (it answered &quot;%2&quot;).</source>
        <translation>Auf dem LangGraph-Server gibt es %1 nicht (er antwortete „%2“).</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>einen Durchlauf</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Durchlauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The stream of %1 broke off (%2) and could not be picked up again; the run %3 may still be going on the server.</source>
        <translation>Der Stream für %1 brach ab (%2) und konnte nicht wieder aufgenommen werden; der Durchlauf %3 läuft auf dem Server möglicherweise noch.</translation>
    </message>
    <message>
        <source>the run %1</source>
        <translation>den Durchlauf %1</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The LangGraph server stopped answering while working on %1.</source>
        <translation>Der LangGraph-Server antwortete nicht mehr, während er %1 bearbeitete.</translation>
    </message>
    <message>
        <source>The LangGraph server could not be reached for %1: %2</source>
        <translation>Der LangGraph-Server war für %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The LangGraph server wants an API key for %1 (HTTP 401): %2. Set the key in the agent backend settings.</source>
        <translation>Der LangGraph-Server verlangt einen API-Schlüssel für %1 (HTTP 401): %2. Legen Sie den Schlüssel in den Einstellungen des Agenten-Backends fest.</translation>
    </message>
    <message>
        <source>The LangGraph server refused the API key for %1 (HTTP 403): %2. Check the key in the agent backend settings.</source>
        <translation>Der LangGraph-Server hat den API-Schlüssel für %1 abgelehnt (HTTP 403): %2. Prüfen Sie den Schlüssel in den Einstellungen des Agenten-Backends.</translation>
    </message>
    <message>
        <source>The LangGraph server does not know %1 (HTTP 404): %2</source>
        <translation>Der LangGraph-Server kennt %1 nicht (HTTP 404): %2</translation>
    </message>
    <message>
        <source>%1 is already running a task on the LangGraph server (HTTP %2): wait for it to finish or cancel it.</source>
        <translation>Für %1 läuft auf dem LangGraph-Server bereits eine Aufgabe (HTTP %2): Warten Sie, bis sie fertig ist, oder brechen Sie sie ab.</translation>
    </message>
    <message>
        <source>The LangGraph server rejected the request for %1 (HTTP %2): %3</source>
        <translation>Der LangGraph-Server hat die Anfrage für %1 zurückgewiesen (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The LangGraph server failed on %1 (HTTP %2): %3</source>
        <translation>Der LangGraph-Server ist bei der Anfrage für %1 fehlgeschlagen (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>ServerPlaygroundSession</name>
    <message>
        <source>The playground is not connected to the LangGraph server.</source>
        <translation>Der Testbereich ist nicht mit dem LangGraph-Server verbunden.</translation>
    </message>
    <message>
        <source>the LangGraph server at %1 (assistant %2)</source>
        <translation>dem LangGraph-Server unter %1 (Assistent %2)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>noch nicht gewählt</translation>
    </message>
    <message>
        <source>The LangGraph server at %1 serves no assistant.</source>
        <translation>Der LangGraph-Server unter %1 stellt keinen Assistenten bereit.</translation>
    </message>
    <message>
        <source>The LangGraph server has no assistant or graph “%1”.</source>
        <translation>Der LangGraph-Server hat keinen Assistenten und keinen Graphen „%1“.</translation>
    </message>
    <message>
        <source>The turn was stopped before it started.</source>
        <translation>Die Runde wurde angehalten, bevor sie begann.</translation>
    </message>
    <message>
        <source>The agent stopped before %1 and waits for you: Resume lets it go on.</source>
        <translation>Der Agent hat vor %1 angehalten und wartet auf Sie: „Fortsetzen“ lässt ihn weitermachen.</translation>
    </message>
    <message>
        <source>Nothing was changed: edit a value of the state first.</source>
        <translation>Es wurde nichts geändert: Bearbeiten Sie zuerst einen Wert des Zustands.</translation>
    </message>
</context>
<context>
    <name>ServerReplay</name>
    <message>
        <source>The server&apos;s graph %1 has no node that ends it: the copied conversation cannot be written as a finished turn.</source>
        <translation>Der Graph %1 des Servers hat keinen Knoten, der ihn beendet: Das kopierte Gespräch kann nicht als abgeschlossene Runde geschrieben werden.</translation>
    </message>
    <message>
        <source>The copied conversation could not be written to the server: %1</source>
        <translation>Das kopierte Gespräch konnte nicht auf den Server geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>Runde %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>ServerScenarioRunner</name>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>Runde %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Turn %1 stopped before %2 more often than it may be resumed (%3).</source>
        <translation>Runde %1 hat öfter vor %2 angehalten, als sie fortgesetzt werden darf (%3).</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The LangGraph server URL must be an http(s) URL, e.g. http://127.0.0.1:2024.</source>
        <translation>Die URL des LangGraph-Servers muss eine http(s)-URL sein, z. B. http://127.0.0.1:2024.</translation>
    </message>
    <message>
        <source>The LangGraph server URL must use https unless the server runs on this computer: the API key would travel in clear text.</source>
        <translation>Die URL des LangGraph-Servers muss https verwenden, es sei denn, der Server läuft auf diesem Computer: Der API-Schlüssel würde sonst im Klartext übertragen.</translation>
    </message>
</context>
<context>
    <name>ServerTarget</name>
    <message>
        <source>--server is required: a URL such as http://127.0.0.1:2024 or a profile name</source>
        <translation>--server ist erforderlich: eine URL wie http://127.0.0.1:2024 oder ein Profilname</translation>
    </message>
    <message>
        <source>the agent backend of profile &apos;%1&apos; is not a LangGraph server; set it in the dashboard&apos;s settings or pass a URL</source>
        <translation>das Agenten-Backend des Profils &apos;%1&apos; ist kein LangGraph-Server; legen Sie es in den Einstellungen des Dashboards fest oder geben Sie eine URL an</translation>
    </message>
    <message>
        <source>the API key of profile &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>der API-Schlüssel des Profils &apos;%1&apos; konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
    <message>
        <source>the LangGraph server at %1 has no assistant</source>
        <translation>der LangGraph-Server unter %1 hat keinen Assistenten</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The service-account key is not a JSON key file.</source>
        <translation>Der Dienstkontoschlüssel ist keine JSON-Schlüsseldatei.</translation>
    </message>
    <message>
        <source>The key file is not a service-account key (its type is &quot;%1&quot;).</source>
        <translation>Die Schlüsseldatei ist kein Dienstkontoschlüssel (ihr Typ ist „%1“).</translation>
    </message>
    <message>
        <source>The service-account key has no client_email.</source>
        <translation>Dem Dienstkontoschlüssel fehlt client_email.</translation>
    </message>
    <message>
        <source>The service-account key has no private_key_id.</source>
        <translation>Dem Dienstkontoschlüssel fehlt private_key_id.</translation>
    </message>
    <message>
        <source>The service-account key has no private_key.</source>
        <translation>Dem Dienstkontoschlüssel fehlt private_key.</translation>
    </message>
    <message>
        <source>The private key in the service-account key cannot be read as an RSA key.</source>
        <translation>Der private Schlüssel im Dienstkontoschlüssel kann nicht als RSA-Schlüssel gelesen werden.</translation>
    </message>
    <message>
        <source>The service-account key&apos;s token_uri &quot;%1&quot; is not an https address.</source>
        <translation>Die token_uri „%1“ des Dienstkontoschlüssels ist keine https-Adresse.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>You are signed in, but the session could not be saved in the system keychain, so you will have to sign in again next time. %1</source>
        <translation>Sie sind angemeldet, aber die Sitzung konnte nicht im Schlüsselbund des Systems gespeichert werden, daher müssen Sie sich beim nächsten Mal erneut anmelden. %1</translation>
    </message>
    <message>
        <source>Sign-in through the browser needs a Supabase project.</source>
        <translation>Die Anmeldung über den Browser erfordert ein Supabase-Projekt.</translation>
    </message>
    <message>
        <source>The renewed session could not be saved in the system keychain, so you will have to sign in again next time. %1</source>
        <translation>Die erneuerte Sitzung konnte nicht im Schlüsselbund des Systems gespeichert werden, daher müssen Sie sich beim nächsten Mal erneut anmelden. %1</translation>
    </message>
</context>
<context>
    <name>StateChannels</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <source>%1 is not a stage</source>
        <translation>%1 ist keine Phase</translation>
    </message>
    <message>
        <source>qualification_score must be a number from 0 to 1</source>
        <translation>qualification_score muss eine Zahl von 0 bis 1 sein</translation>
    </message>
    <message>
        <source>followup_count must be a whole number ≥ 0</source>
        <translation>followup_count muss eine ganze Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>%1 is not a state field</source>
        <translation>%1 ist kein Zustandsfeld</translation>
    </message>
</context>
<context>
    <name>TestQuestion</name>
    <message>
        <source>p. %1</source>
        <translation>S. %1</translation>
    </message>
    <message>
        <source>The questions are not JSON: %1 at offset %2.</source>
        <translation>Die Fragen sind kein JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>Question %1 needs &quot;question&quot; and &quot;document&quot;.</source>
        <translation>Frage %1 braucht &quot;question&quot; und &quot;document&quot;.</translation>
    </message>
    <message>
        <source>There are no questions in the file.</source>
        <translation>Die Datei enthält keine Fragen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>ThreadStore</name>
    <message>
        <source>The database did not answer whether the playground&apos;s tables are installed.</source>
        <translation>Die Datenbank hat nicht beantwortet, ob die Tabellen des Testbereichs installiert sind.</translation>
    </message>
    <message>
        <source>The agent playground needs the dashboard&apos;s additions in this database: run “%1”.</source>
        <translation>Der Agenten-Testbereich braucht die Ergänzungen des Dashboards in dieser Datenbank: Führen Sie „%1“ aus.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
    <message>
        <source>The conversation has no checkpoint %1.</source>
        <translation>Das Gespräch hat keinen Checkpoint %1.</translation>
    </message>
    <message>
        <source>Checkpoint %1 lists channel %2, whose value is missing.</source>
        <translation>Checkpoint %1 nennt den Kanal %2, dessen Wert fehlt.</translation>
    </message>
    <message>
        <source>Channel %1 of checkpoint %2 cannot be read: %3</source>
        <translation>Kanal %1 von Checkpoint %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>No free campaign code was found for the playground.</source>
        <translation>Für den Testbereich wurde kein freier Kampagnencode gefunden.</translation>
    </message>
    <message>
        <source>The playground campaign %1 was not found.</source>
        <translation>Die Testbereich-Kampagne %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>There is no playground conversation %1.</source>
        <translation>Es gibt kein Testbereich-Gespräch %1.</translation>
    </message>
</context>
<context>
    <name>limitless::agent::server</name>
    <message>
        <source>the plain HTTP stream carried no token</source>
        <translation>der reine HTTP-Stream enthielt kein Token</translation>
    </message>
</context>
<context>
    <name>limitless::auth::BackendFactory</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>Die lokale Sandbox läuft nicht.</translation>
    </message>
</context>
<context>
    <name>limitless::cli</name>
    <message>
        <source>Embeddings: %1 with an HNSW index (pgvector).</source>
        <translation>Embeddings: %1 mit einem HNSW-Index (pgvector).</translation>
    </message>
    <message>
        <source>Embeddings: %1 (pgvector is not available; the app searches exactly, in-process).</source>
        <translation>Embeddings: %1 (pgvector ist nicht verfügbar; die App sucht exakt, innerhalb des Prozesses).</translation>
    </message>
    <message>
        <source>start | stop | status | reset | passwd</source>
        <translation>start | stop | status | reset | passwd</translation>
    </message>
    <message>
        <source>Sandbox directory (default: LIMITLESS_SANDBOX_DIR, else the app&apos;s data directory).</source>
        <translation>Sandbox-Verzeichnis (Standard: LIMITLESS_SANDBOX_DIR, sonst das Datenverzeichnis der App).</translation>
    </message>
    <message>
        <source>With start: reset first, then create a new sandbox.</source>
        <translation>Mit start: zuerst zurücksetzen, dann eine neue Sandbox erstellen.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>expected one action: start, stop, status, reset or passwd</source>
        <translation>eine Aktion erwartet: start, stop, status, reset oder passwd</translation>
    </message>
    <message>
        <source>No sandbox in %1. Create it with `limitless sandbox start`.</source>
        <translation>Keine Sandbox in %1. Erstellen Sie sie mit `limitless sandbox start`.</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>Running: yes</source>
        <translation>Läuft: ja</translation>
    </message>
    <message>
        <source>Running: no</source>
        <translation>Läuft: nein</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>App URL (row-level security): %1</source>
        <translation>App-URL (Row-Level Security): %1</translation>
    </message>
    <message>
        <source>Local owner: %1</source>
        <translation>Lokaler Inhaber: %1</translation>
    </message>
    <message>
        <source>Local owner account (shown once; change it with `limitless sandbox passwd`):</source>
        <translation>Lokales Inhaberkonto (wird nur einmal angezeigt; ändern Sie es mit `limitless sandbox passwd`):</translation>
    </message>
    <message>
        <source>e-mail:   %1</source>
        <translation>E-Mail:   %1</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>Passwort: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox gestoppt.</translation>
    </message>
    <message>
        <source>Sandbox deleted: %1</source>
        <translation>Sandbox gelöscht: %1</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Passwort geändert.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>unbekannte Aktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>login | logout | status | refresh</source>
        <translation>login | logout | status | refresh</translation>
    </message>
    <message>
        <source>Profile: sandbox, production, staging or one you made (default: the dashboard&apos;s current profile).</source>
        <translation>Profil: sandbox, production, staging oder ein selbst angelegtes (Standard: das aktuelle Profil des Dashboards).</translation>
    </message>
    <message>
        <source>With login: the e-mail address (default: the last one used, else asked).</source>
        <translation>Mit login: die E-Mail-Adresse (Standard: die zuletzt verwendete, sonst wird nachgefragt).</translation>
    </message>
    <message>
        <source>With logout: end every session of the user.</source>
        <translation>Mit logout: alle Sitzungen des Benutzers beenden.</translation>
    </message>
    <message>
        <source>expected one action: login, logout, status or refresh</source>
        <translation>eine Aktion erwartet: login, logout, status oder refresh</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (known: %2)</source>
        <translation>unbekanntes Profil &apos;%1&apos; (bekannt: %2)</translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation>E-Mail: </translation>
    </message>
    <message>
        <source>no e-mail address given</source>
        <translation>keine E-Mail-Adresse angegeben</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password given (type it at the prompt or pipe it to standard input)</source>
        <translation>kein Passwort angegeben (geben Sie es bei der Eingabeaufforderung ein oder leiten Sie es an die Standardeingabe weiter)</translation>
    </message>
    <message>
        <source>the local sandbox is not running; start it with `limitless sandbox start`</source>
        <translation>die lokale Sandbox läuft nicht; starten Sie sie mit `limitless sandbox start`</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; is not complete: %2</source>
        <translation>Profil &apos;%1&apos; ist unvollständig: %2</translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Code aus Ihrer Authenticator-App: </translation>
    </message>
    <message>
        <source>no authentication code given</source>
        <translation>kein Authentifizierungscode angegeben</translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2.</source>
        <translation>Bei &apos;%1&apos; als %2 angemeldet.</translation>
    </message>
    <message>
        <source>Not signed in to &apos;%1&apos;.</source>
        <translation>Nicht bei &apos;%1&apos; angemeldet.</translation>
    </message>
    <message>
        <source>not signed in to &apos;%1&apos;</source>
        <translation>nicht bei &apos;%1&apos; angemeldet</translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2 (user %3, %4).</source>
        <translation>Bei &apos;%1&apos; als %2 angemeldet (Benutzer %3, %4).</translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation>Zugriffstoken gültig bis %1.</translation>
    </message>
    <message>
        <source>Access token expired; it is renewed on next use.</source>
        <translation>Zugriffstoken abgelaufen; es wird bei der nächsten Verwendung erneuert.</translation>
    </message>
    <message>
        <source>Session renewed; valid until %1.</source>
        <translation>Sitzung erneuert; gültig bis %1.</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Hier abgemeldet; der Server konnte nicht benachrichtigt werden: %1</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;.</source>
        <translation>Von &apos;%1&apos; abgemeldet.</translation>
    </message>
    <message>
        <source>Times the Funnel page&apos;s full refresh (funnel, daily series, objections, revenue and the data-quality counts for the last 90 local days, one round trip) and the same figures counted straight from analytics_events, in the same run. Best on `limitless demo-data --scale large`.</source>
        <translation>Misst die Zeit einer vollständigen Aktualisierung der Seite „Trichter“ (Trichter, Tagesreihen, Einwände, Umsatz und die Zählwerte zur Datenqualität für die letzten 90 lokalen Tage, ein Roundtrip) und dieselben Werte, direkt aus analytics_events gezählt, im selben Durchlauf. Am besten auf `limitless demo-data --scale large`.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s name.</source>
        <translation>Der Name des Benchmarks.</translation>
    </message>
    <message>
        <source>Measured refreshes (default 200).</source>
        <translation>Gemessene Aktualisierungen (Standard 200).</translation>
    </message>
    <message>
        <source>IANA time zone of the days (default: the system&apos;s).</source>
        <translation>IANA-Zeitzone der Tage (Standard: die des Systems).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>--iterations must be a positive integer.</source>
        <translation>--iterations muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>Unbekannte Zeitzone: %1</translation>
    </message>
    <message>
        <source>Funnel benchmark: PostgreSQL %1; %2 analytics events, %3 conversations, %4 roll-up rows; local days %5 – %6 in %7.</source>
        <translation>Trichter-Benchmark: PostgreSQL %1; %2 Analytics-Ereignisse, %3 Gespräche, %4 Roll-up-Zeilen; lokale Tage %5 – %6 in %7.</translation>
    </message>
    <message>
        <source>Indexes on analytics_events: %1</source>
        <translation>Indizes auf analytics_events: %1</translation>
    </message>
    <message>
        <source>Roll-up and events give the same figures: %1</source>
        <translation>Roll-up und Ereignisse liefern dieselben Werte: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <source>min ms</source>
        <translation>min ms</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>max ms</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>ERFÜLLT</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>VERFEHLT</translation>
    </message>
    <message>
        <source>No campaigns.</source>
        <translation>Keine Kampagnen.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name ist erforderlich.</translation>
    </message>
    <message>
        <source>Created campaign %1 (%2): %3</source>
        <translation>Kampagne %1 (%2) erstellt: %3</translation>
    </message>
    <message>
        <source>Name the campaign code, e.g. `limitless campaigns pause K7PX3M`.</source>
        <translation>Geben Sie den Kampagnencode an, z. B. `limitless campaigns pause K7PX3M`.</translation>
    </message>
    <message>
        <source>No campaign has the code %1.</source>
        <translation>Keine Kampagne hat den Code %1.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 fortgesetzt.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 pausiert.</translation>
    </message>
    <message>
        <source>Lists, creates, pauses and resumes campaigns.
  list                       every campaign with its counters
  create --name N [...]      a new campaign; the code is generated unless --code
  pause CODE... | resume CODE...
The CLI is not signed in as an owner: `create` acts for --owner-email, or for the only owner in the database.</source>
        <translation>Listet Kampagnen auf, erstellt, pausiert und setzt sie fort.
  list                       jede Kampagne mit ihren Zählern
  create --name N [...]      eine neue Kampagne; der Code wird erzeugt, außer mit --code
  pause CODE... | resume CODE...
Die CLI ist nicht als Inhaber angemeldet: `create` handelt für --owner-email oder für den einzigen Inhaber in der Datenbank.</translation>
    </message>
    <message>
        <source>list, create, pause or resume</source>
        <translation>list, create, pause oder resume</translation>
    </message>
    <message>
        <source>Campaign name (create).</source>
        <translation>Name der Kampagne (create).</translation>
    </message>
    <message>
        <source>Description (create).</source>
        <translation>Beschreibung (create).</translation>
    </message>
    <message>
        <source>Platform, e.g. instagram (create).</source>
        <translation>Plattform, z. B. instagram (create).</translation>
    </message>
    <message>
        <source>Your own code: 6 characters without 0, O, 1, I, L (create).</source>
        <translation>Eigener Code: 6 Zeichen ohne 0, O, 1, I, L (create).</translation>
    </message>
    <message>
        <source>The owner the campaign belongs to (create).</source>
        <translation>Der Inhaber, dem die Kampagne gehört (create).</translation>
    </message>
    <message>
        <source>Say what to do: list, create, pause or resume.</source>
        <translation>Geben Sie an, was zu tun ist: list, create, pause oder resume.</translation>
    </message>
    <message>
        <source>Campaigns: %1; days %2 – %3 (%4)</source>
        <translation>Kampagnen: %1; Tage %2 – %3 (%4)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>from previous</source>
        <translation>von vorheriger Phase</translation>
    </message>
    <message>
        <source>from top</source>
        <translation>vom Anfang</translation>
    </message>
    <message>
        <source>Prints the funnel&apos;s stage counts and conversions as the Funnel page shows them: clicks, conversations, qualified, pitch delivered, payment link sent, paid. Days are local days of --tz; by default the last 30 days up to today.</source>
        <translation>Gibt die Anzahlen und Konversionsraten der Trichterphasen so aus, wie die Seite „Trichter“ sie zeigt: Klicks, Gespräche, qualifiziert, Pitch präsentiert, Zahlungslink gesendet, bezahlt. Tage sind lokale Tage von --tz; standardmäßig die letzten 30 Tage bis heute.</translation>
    </message>
    <message>
        <source>Only this campaign (its code).</source>
        <translation>Nur diese Kampagne (ihr Code).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Compare with this campaign (its code), side by side.</source>
        <translation>Mit dieser Kampagne (ihr Code) nebeneinander vergleichen.</translation>
    </message>
    <message>
        <source>First local day (YYYY-MM-DD).</source>
        <translation>Erster lokaler Tag (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>Last local day (YYYY-MM-DD), included.</source>
        <translation>Letzter lokaler Tag (YYYY-MM-DD), einschließlich.</translation>
    </message>
    <message>
        <source>Compare with another period starting on this day (same campaigns, or the --compare campaign).</source>
        <translation>Mit einem anderen Zeitraum vergleichen, der an diesem Tag beginnt (dieselben Kampagnen oder die Kampagne von --compare).</translation>
    </message>
    <message>
        <source>Last day of the comparison period.</source>
        <translation>Letzter Tag des Vergleichszeitraums.</translation>
    </message>
    <message>
        <source>Count conversations of &apos;playground&apos; campaigns too.</source>
        <translation>Auch Gespräche von &apos;playground&apos;-Kampagnen zählen.</translation>
    </message>
    <message>
        <source>No campaign with code %1.</source>
        <translation>Keine Kampagne mit dem Code %1.</translation>
    </message>
    <message>
        <source>Lists payments, newest first, with revenue totals per currency: monthly recurring revenue (monthly amounts of completed payments whose plan bills monthly), one-time revenue (one-time amounts of completed payments) and refunds (everything charged for refunded payments). Amounts in JSON are in the currency&apos;s minor unit (cents).</source>
        <translation>Listet Zahlungen auf, neueste zuerst, mit Umsatzsummen pro Währung: monatlich wiederkehrender Umsatz (Monatsbeträge abgeschlossener Zahlungen, deren Plan monatlich abgerechnet wird), einmaliger Umsatz (Einmalbeträge abgeschlossener Zahlungen) und Erstattungen (alles, was für erstattete Zahlungen berechnet wurde). Beträge in JSON sind in der kleinsten Einheit der Währung angegeben (Cent).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Only payments with this status: pending, completed, failed or refunded.</source>
        <translation>Nur Zahlungen mit diesem Status: pending, completed, failed oder refunded.</translation>
    </message>
    <message>
        <source>Only payments of the campaign with this code.</source>
        <translation>Nur Zahlungen der Kampagne mit diesem Code.</translation>
    </message>
    <message>
        <source>Say what to do: list.</source>
        <translation>Geben Sie an, was zu tun ist: list.</translation>
    </message>
    <message>
        <source>--status must be pending, completed, failed or refunded.</source>
        <translation>--status muss pending, completed, failed oder refunded sein.</translation>
    </message>
    <message>
        <source>%1: monthly recurring revenue %2, one-time revenue %3, refunds %4</source>
        <translation>%1: monatlich wiederkehrender Umsatz %2, einmaliger Umsatz %3, Erstattungen %4</translation>
    </message>
    <message>
        <source>Refresh, from analytics_events / from the roll-ups at p50: %1×</source>
        <translation>Aktualisierung, aus analytics_events / aus den Roll-ups bei p50: %1×</translation>
    </message>
    <message>
        <source>Inserts analytics events at a steady rate into the campaigns (playground ones excluded), each with its campaign counter in one transaction, as the sales agent does. Open the Funnel page to watch it live. Stops after --duration or on Ctrl+C.</source>
        <translation>Fügt Analytics-Ereignisse in gleichmäßigem Takt in die Kampagnen ein (außer Playground-Kampagnen), jedes zusammen mit seinem Kampagnenzähler in einer Transaktion, so wie es der Verkaufsagent tut. Öffnen Sie die Seite „Trichter“, um live zuzusehen. Endet nach --duration oder mit Strg+C.</translation>
    </message>
    <message>
        <source>Events per second (default 10).</source>
        <translation>Ereignisse pro Sekunde (Standard 10).</translation>
    </message>
    <message>
        <source>Seconds to run (default 60).</source>
        <translation>Laufzeit in Sekunden (Standard 60).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Zufalls-Seed (Standard 1).</translation>
    </message>
    <message>
        <source>Write one line per committed event: UTC milliseconds since the epoch when the commit returned, and the event&apos;s number (1, 2, …).</source>
        <translation>Eine Zeile pro festgeschriebenem Ereignis schreiben: UTC-Millisekunden seit der Epoche zum Zeitpunkt, als der Commit zurückkehrte, und die Nummer des Ereignisses (1, 2, …).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>--rate must be a number of events per second in (0, 10000].</source>
        <translation>--rate muss eine Anzahl Ereignisse pro Sekunde in (0, 10000] sein.</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds.</source>
        <translation>--duration muss eine positive Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No campaigns to simulate traffic for: create one, or load the demo business with `limitless demo-data`.</source>
        <translation>Keine Kampagnen, für die Traffic simuliert werden kann: Erstellen Sie eine oder laden Sie das Demo-Unternehmen mit `limitless demo-data`.</translation>
    </message>
    <message>
        <source>Inserted %1 events in %2 s (%3 per second); insert and commit p50 %4 ms, p95 %5 ms, max %6 ms.</source>
        <translation>%1 Ereignisse in %2 s eingefügt (%3 pro Sekunde); Einfügen und Commit p50 %4 ms, p95 %5 ms, max %6 ms.</translation>
    </message>
    <message>
        <source>Run every refresh as the database&apos;s first owner under row-level security, as the app does (default: the connection&apos;s own role).</source>
        <translation>Jede Aktualisierung als erster Inhaber der Datenbank unter Row-Level Security ausführen, wie es die App tut (Standard: die eigene Rolle der Verbindung).</translation>
    </message>
    <message>
        <source>Refreshes run as the first owner under row-level security.</source>
        <translation>Aktualisierungen laufen als erster Inhaber unter Row-Level Security.</translation>
    </message>
    <message>
        <source>Refreshes run as the connection&apos;s role (no row-level security).</source>
        <translation>Aktualisierungen laufen mit der Rolle der Verbindung (ohne Row-Level Security).</translation>
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
    <message>
        <source>Times the knowledge base: extracting and chunking a PDF against pdftotext, chunking against LangChain.js&apos;s RecursiveCharacterTextSplitter, the offline embedder on 10,000 chunks, storing 10,000 chunks, exact and hybrid top-3 retrieval at 50,000 chunks, and OCR seconds per page. Writes bench-* documents for the only owner (or --owner-email) and removes them.</source>
        <translation>Misst die Zeiten der Wissensdatenbank: Extrahieren und Zerlegen eines PDFs im Vergleich zu pdftotext, Zerlegen im Vergleich zum RecursiveCharacterTextSplitter von LangChain.js, den Offline-Embedder mit 10.000 Textblöcken, das Speichern von 10.000 Textblöcken, exakte und hybride Top-3-Suche bei 50.000 Textblöcken sowie OCR-Sekunden pro Seite. Schreibt bench-*-Dokumente für den einzigen Inhaber (oder --owner-email) und entfernt sie wieder.</translation>
    </message>
    <message>
        <source>A PDF of about 100 pages (.pdf or .pdf.gz).</source>
        <translation>Ein PDF mit etwa 100 Seiten (.pdf oder .pdf.gz).</translation>
    </message>
    <message>
        <source>An image-only PDF for the OCR figure.</source>
        <translation>Ein reines Bild-PDF für den OCR-Wert.</translation>
    </message>
    <message>
        <source>Chunks in the retrieval test (default 50000).</source>
        <translation>Textblöcke im Suchtest (Standard 50000).</translation>
    </message>
    <message>
        <source>Questions per retrieval figure (default 200).</source>
        <translation>Fragen je Suchwert (Standard 200).</translation>
    </message>
    <message>
        <source>The owner the bench documents belong to.</source>
        <translation>Der Inhaber, dem die Benchmark-Dokumente gehören.</translation>
    </message>
    <message>
        <source>--chunks takes a number of at least 1000.</source>
        <translation>--chunks erwartet eine Zahl von mindestens 1000.</translation>
    </message>
    <message>
        <source>--queries takes a number of at least 10.</source>
        <translation>--queries erwartet eine Zahl von mindestens 10.</translation>
    </message>
    <message>
        <source>Cannot read the PDF %1.</source>
        <translation>Das PDF %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <source> ✗ missed</source>
        <translation> ✗ verfehlt</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Nicht gemessen: %1</translation>
    </message>
    <message>
        <source>Missed targets: %1</source>
        <translation>Verfehlte Ziele: %1</translation>
    </message>
    <message>
        <source>The knowledge settings of profile %1 are incomplete: %2</source>
        <translation>Die Einstellungen der Wissensdatenbank im Profil %1 sind unvollständig: %2</translation>
    </message>
    <message>
        <source>%1: %2 chunks</source>
        <translation>%1: %2 Textblöcke</translation>
    </message>
    <message>
        <source>Name the files or folders to ingest.</source>
        <translation>Geben Sie die aufzunehmenden Dateien oder Ordner an.</translation>
    </message>
    <message>
        <source>--on-duplicate takes replace, keep or skip.</source>
        <translation>--on-duplicate erwartet replace, keep oder skip.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) queued for processing.</source>
        <translation>
            <numerusform>%n Dokument zur Verarbeitung in die Warteschlange gestellt.</numerusform>
            <numerusform>%n Dokumente zur Verarbeitung in die Warteschlange gestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were refused or failed.</source>
        <translation>
            <numerusform>%n Datei wurde abgelehnt oder ist fehlgeschlagen.</numerusform>
            <numerusform>%n Dateien wurden abgelehnt oder sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Textblöcke</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>%1 names several documents; give more of the id.</source>
        <translation>%1 passt auf mehrere Dokumente; geben Sie mehr von der ID an.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>Status: %1, %2 chunks, version %3</source>
        <translation>Status: %1, %2 Textblöcke, Version %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Embedding model: %1</source>
        <translation>Embedding-Modell: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>Name the documents to delete.</source>
        <translation>Geben Sie die zu löschenden Dokumente an.</translation>
    </message>
    <message>
        <source>%1: the stored file was not removed: %2</source>
        <translation>%1: Die gespeicherte Datei wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>Deleted %1 and its %2 chunks.</source>
        <translation>%1 und seine %2 Textblöcke wurden gelöscht.</translation>
    </message>
    <message>
        <source>replace takes a document and a file: replace ID FILE.</source>
        <translation>replace erwartet ein Dokument und eine Datei: replace ID FILE.</translation>
    </message>
    <message>
        <source>%1 is now version %2 (%3 chunks added, %4 removed).</source>
        <translation>%1 ist jetzt Version %2 (%3 Textblöcke hinzugefügt, %4 entfernt).</translation>
    </message>
    <message>
        <source>The new version failed to process.</source>
        <translation>Die Verarbeitung der neuen Version ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Name the documents to re-process, or give --all.</source>
        <translation>Geben Sie die erneut zu verarbeitenden Dokumente an oder --all.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) failed.</source>
        <translation>
            <numerusform>%n Dokument ist fehlgeschlagen.</numerusform>
            <numerusform>%n Dokumente sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>eval takes one file of questions: eval QUESTIONS.json.</source>
        <translation>eval erwartet eine Datei mit Fragen: eval QUESTIONS.json.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>hit@%1 %2 · MRR %3 over %4 questions</source>
        <translation>hit@%1 %2 · MRR %3 über %4 Fragen</translation>
    </message>
    <message>
        <source>The knowledge base the agent answers from.
  ingest FILE|DIR...      upload, extract, chunk and embed files (pdf, docx, txt, md)
  list [--all]            the documents (--all: replaced versions too)
  show ID                 a document with its chunks
  delete ID...            documents, their chunks and their stored files
  replace ID FILE         a new version of a document
  reprocess ID...|--all   extract, chunk and embed again (new settings or model)
  eval QUESTIONS.json     hit@k and MRR of saved test questions
IDs may be shortened to a unique prefix of at least four characters. `ingest` exits 1 when any file is refused or fails, with each file&apos;s reason on stderr.</source>
        <translation>Die Wissensdatenbank, aus der der Agent antwortet.
  ingest FILE|DIR...      Dateien hochladen, extrahieren, in Textblöcke zerlegen und einbetten (pdf, docx, txt, md)
  list [--all]            die Dokumente auflisten (--all: auch ersetzte Versionen)
  show ID                 ein Dokument mit seinen Textblöcken anzeigen
  delete ID...            Dokumente mit ihren Textblöcken und gespeicherten Dateien löschen
  replace ID FILE         eine neue Version eines Dokuments hochladen
  reprocess ID...|--all   erneut extrahieren, zerlegen und einbetten (neue Einstellungen oder neues Modell)
  eval QUESTIONS.json     hit@k und MRR der gespeicherten Testfragen
IDs dürfen auf ein eindeutiges Präfix von mindestens vier Zeichen gekürzt werden. `ingest` endet mit Exit-Code 1, wenn eine Datei abgelehnt wird oder fehlschlägt; der Grund steht für jede Datei auf stderr.</translation>
    </message>
    <message>
        <source>ingest, list, show, delete, replace, reprocess or eval</source>
        <translation>ingest, list, show, delete, replace, reprocess oder eval</translation>
    </message>
    <message>
        <source>Category of ingested files: pitch, objection, faq or product_info.</source>
        <translation>Kategorie der aufgenommenen Dateien: pitch, objection, faq oder product_info.</translation>
    </message>
    <message>
        <source>Tags of ingested files, comma-separated.</source>
        <translation>Tags der aufgenommenen Dateien, durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>A file whose content is already there: replace (new version), keep (both) or skip (default).</source>
        <translation>Eine Datei, deren Inhalt schon vorhanden ist: replace (neue Version), keep (beide behalten) oder skip (überspringen, Standard).</translation>
    </message>
    <message>
        <source>The password of encrypted PDFs.</source>
        <translation>Das Passwort verschlüsselter PDFs.</translation>
    </message>
    <message>
        <source>Only upload and queue; the app or the cloud worker processes later.</source>
        <translation>Nur hochladen und in die Warteschlange stellen; die App oder der Cloud-Worker verarbeitet später.</translation>
    </message>
    <message>
        <source>list: replaced versions too; reprocess: every document.</source>
        <translation>list: auch ersetzte Versionen; reprocess: alle Dokumente.</translation>
    </message>
    <message>
        <source>eval: how many chunks count (default 3).</source>
        <translation>eval: wie viele Textblöcke zählen (Standard 3).</translation>
    </message>
    <message>
        <source>The owner the documents belong to.</source>
        <translation>Der Inhaber, dem die Dokumente gehören.</translation>
    </message>
    <message>
        <source>The profile whose knowledge settings apply (default: the current one).</source>
        <translation>Das Profil, dessen Einstellungen der Wissensdatenbank gelten (Standard: das aktuelle).</translation>
    </message>
    <message>
        <source>Keep uploaded files in this folder instead of the profile&apos;s storage.</source>
        <translation>Hochgeladene Dateien in diesem Ordner statt im Speicher des Profils ablegen.</translation>
    </message>
    <message>
        <source>show takes one document.</source>
        <translation>show erwartet ein Dokument.</translation>
    </message>
    <message>
        <source>Say what to do: ingest, list, show, delete, replace, reprocess or eval.</source>
        <translation>Geben Sie an, was zu tun ist: ingest, list, show, delete, replace, reprocess oder eval.</translation>
    </message>
    <message>
        <source>Searches the knowledge base as the agent does: the question&apos;s vector ranking fused with full-text ranking. Shows each chunk&apos;s document, page, section and scores.</source>
        <translation>Durchsucht die Wissensdatenbank so wie der Agent: die Vektor-Rangfolge der Frage, verschmolzen mit der Volltext-Rangfolge. Zeigt für jeden Textblock Dokument, Seite, Abschnitt und Scores.</translation>
    </message>
    <message>
        <source>What a lead might ask.</source>
        <translation>Was ein Lead fragen könnte.</translation>
    </message>
    <message>
        <source>How many chunks (default 3).</source>
        <translation>Wie viele Textblöcke (Standard 3).</translation>
    </message>
    <message>
        <source>Only documents of this category (repeatable).</source>
        <translation>Nur Dokumente dieser Kategorie (wiederholbar).</translation>
    </message>
    <message>
        <source>Only documents with this tag (repeatable).</source>
        <translation>Nur Dokumente mit diesem Tag (wiederholbar).</translation>
    </message>
    <message>
        <source>Vector engine: auto (default), pgvector or in-process.</source>
        <translation>Vektor-Engine: auto (Standard), pgvector oder in-process.</translation>
    </message>
    <message>
        <source>Leave full-text search out.</source>
        <translation>Volltextsuche auslassen.</translation>
    </message>
    <message>
        <source>The owner whose documents are searched.</source>
        <translation>Der Inhaber, dessen Dokumente durchsucht werden.</translation>
    </message>
    <message>
        <source>Give the question to search for.</source>
        <translation>Geben Sie die Frage an, nach der gesucht werden soll.</translation>
    </message>
    <message>
        <source>--k takes a number from 1 to 100.</source>
        <translation>--k erwartet eine Zahl von 1 bis 100.</translation>
    </message>
    <message>
        <source>--engine takes auto, pgvector or in-process.</source>
        <translation>--engine erwartet auto, pgvector oder in-process.</translation>
    </message>
    <message>
        <source>Nothing in the knowledge base matches.</source>
        <translation>Nichts in der Wissensdatenbank passt.</translation>
    </message>
    <message>
        <source>score %1 (vector #%2, %3; words #%4)</source>
        <translation>Score %1 (Vektor #%2, %3; Wörter #%4)</translation>
    </message>
    <message>
        <source>%1 engine · %2 ms</source>
        <translation>Engine %1 · %2 ms</translation>
    </message>
    <message>
        <source>Measured turns (default 200).</source>
        <translation>Gemessene Runden (Standard 200).</translation>
    </message>
    <message>
        <source>Measured checkpoint writes, ours and LangGraph.js&apos;s each (default 200).</source>
        <translation>Gemessene Checkpoint-Schreibvorgänge, jeweils eigene und die von LangGraph.js (Standard 200).</translation>
    </message>
    <message>
        <source>--turns takes a number of at least 10.</source>
        <translation>--turns erwartet eine Zahl von mindestens 10.</translation>
    </message>
    <message>
        <source>--writes takes a number of at least 10.</source>
        <translation>--writes erwartet eine Zahl von mindestens 10.</translation>
    </message>
    <message>
        <source>Agent benchmark: PostgreSQL %1, %2 cores, load average %3 before, %4 after.</source>
        <translation>Agenten-Benchmark: PostgreSQL %1, %2 Kerne, Durchschnittslast %3 vorher, %4 nachher.</translation>
    </message>
    <message>
        <source>Measures a LangGraph API server&apos;s agent: the time from sending a lead&apos;s message to the first streamed token and to the final state, through the dashboard&apos;s client and through plain HTTP in the same run (the client&apos;s own overhead is the difference).</source>
        <translation>Misst den Agenten eines LangGraph-API-Servers: die Zeit vom Senden der Nachricht eines Leads bis zum ersten gestreamten Token und bis zum Endzustand, über den Client des Dashboards und über reines HTTP im selben Durchlauf (die Differenz ist der Overhead des Clients).</translation>
    </message>
    <message>
        <source>agent-server</source>
        <translation>agent-server</translation>
    </message>
    <message>
        <source>The server&apos;s URL (e.g. http://127.0.0.1:2024).</source>
        <translation>Die URL des Servers (z. B. http://127.0.0.1:2024).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The assistant or graph id.</source>
        <translation>Die ID des Assistenten oder Graphen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Fresh threads measured (default 10).</source>
        <translation>Gemessene neue Threads (Standard 10).</translation>
    </message>
    <message>
        <source>The lead&apos;s message (default &quot;hi there&quot;).</source>
        <translation>Die Nachricht des Leads (Standard &quot;hi there&quot;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>--server is required: the server&apos;s URL, e.g. http://127.0.0.1:2024</source>
        <translation>--server ist erforderlich: die URL des Servers, z. B. http://127.0.0.1:2024</translation>
    </message>
    <message>
        <source>--rounds is a number from 1 to 1000.</source>
        <translation>--rounds erwartet eine Zahl von 1 bis 1000.</translation>
    </message>
    <message>
        <source>--assistant is required: the assistant or graph id.</source>
        <translation>--assistant ist erforderlich: die ID des Assistenten oder Graphen.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation>nicht qualifiziert</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>%1 pitch</source>
        <translation>Pitch %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>link sent</source>
        <translation>Link gesendet</translation>
    </message>
    <message>
        <source>Talks to the local sales agent as a lead: each line of standard input is the lead&apos;s message, each reply is printed with the conversation&apos;s state. A line “/pay” completes the test checkout (simulated). The conversation is a playground thread stored like any other (LangGraph checkpoints, events).</source>
        <translation>Spricht als Lead mit dem lokalen Verkaufsagenten: Jede Zeile der Standardeingabe ist die Nachricht des Leads, jede Antwort wird mit dem Zustand des Gesprächs ausgegeben. Eine Zeile „/pay“ schließt den Test-Checkout ab (simuliert). Das Gespräch ist ein Testbereich-Thread, der wie jeder andere gespeichert wird (LangGraph-Checkpoints, Ereignisse).</translation>
    </message>
    <message>
        <source>The campaign under test (its code).</source>
        <translation>Die getestete Kampagne (ihr Code).</translation>
    </message>
    <message>
        <source>Continue this playground thread.</source>
        <translation>Diesen Testbereich-Thread fortsetzen.</translation>
    </message>
    <message>
        <source>Name the campaign under test with --campaign, or continue a thread with --thread.</source>
        <translation>Geben Sie die getestete Kampagne mit --campaign an oder setzen Sie mit --thread einen Thread fort.</translation>
    </message>
    <message>
        <source>Thread %1 — type the lead&apos;s messages, one per line.</source>
        <translation>Thread %1 — geben Sie die Nachrichten des Leads ein, eine pro Zeile.</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>Agent: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Replays a conversation on the local agent with the current prompts and documents: its messages up to lead turn N are copied into a new playground thread with the state they had, then each later message of the lead is answered anew. Prints both outcomes side by side (stage reached, qualified, payment link sent).</source>
        <translation>Spielt ein Gespräch mit dem lokalen Agenten und den aktuellen Prompts und Dokumenten erneut ab: Seine Nachrichten bis zur Runde N des Leads werden mit dem damaligen Zustand in einen neuen Testbereich-Thread kopiert, dann wird jede spätere Nachricht des Leads neu beantwortet. Gibt beide Ergebnisse nebeneinander aus (erreichte Phase, qualifiziert, Zahlungslink gesendet).</translation>
    </message>
    <message>
        <source>The conversation (thread) to replay.</source>
        <translation>Das erneut abzuspielende Gespräch (Thread).</translation>
    </message>
    <message>
        <source>Lead turns copied before the agent takes over (default 1; 0 = replay from the lead&apos;s first message).</source>
        <translation>Runden des Leads, die kopiert werden, bevor der Agent übernimmt (Standard 1; 0 = ab der ersten Nachricht des Leads erneut abspielen).</translation>
    </message>
    <message>
        <source>The conversation id is too long (%1 characters; at most 256).</source>
        <translation>Die Gesprächs-ID ist zu lang (%1 Zeichen; höchstens 256).</translation>
    </message>
    <message>
        <source>--turn takes a number of lead turns, 0 or more.</source>
        <translation>--turn erwartet eine Anzahl von Runden des Leads, 0 oder mehr.</translation>
    </message>
    <message>
        <source>This database has no agent playground tables; install the dashboard&apos;s additions with `%1`.</source>
        <translation>Diese Datenbank hat keine Tabellen für den Agenten-Testbereich; installieren Sie die Ergänzungen des Dashboards mit `%1`.</translation>
    </message>
    <message>
        <source>The owner has no conversation %1.</source>
        <translation>Der Inhaber hat kein Gespräch %1.</translation>
    </message>
    <message>
        <source>Replay of %1 in playground thread %2: %3 of %4 lead turns copied, policy %5, prompts v%6.</source>
        <translation>Erneutes Abspielen von %1 im Testbereich-Thread %2: %3 von %4 Runden des Leads kopiert, Policy %5, Prompts v%6.</translation>
    </message>
    <message>
        <source>The original&apos;s history has no checkpoint at that turn; read from the copied lead messages: %1.</source>
        <translation>Der Verlauf des Originals hat keinen Checkpoint bei dieser Runde; aus den kopierten Nachrichten des Leads gelesen: %1.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Zahlungslink gesendet</translation>
    </message>
    <message>
        <source>Lead turns</source>
        <translation>Runden des Leads</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Original reply</source>
        <translation>Ursprüngliche Antwort</translation>
    </message>
    <message>
        <source>Replay reply</source>
        <translation>Antwort der Wiederholung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No scenarios saved yet: `limitless scenarios save NAME --thread ID`, or the lead&apos;s lines on standard input.</source>
        <translation>Noch keine Szenarien gespeichert: `limitless scenarios save NAME --thread ID` oder die Zeilen des Leads auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Durchlauf</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Link gesendet</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The conversation %1 has no lead messages to save.</source>
        <translation>Das Gespräch %1 hat keine Nachrichten des Leads, die gespeichert werden könnten.</translation>
    </message>
    <message>
        <source>Give --replace to overwrite it, or choose another name.</source>
        <translation>Geben Sie --replace an, um es zu überschreiben, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message numerus="yes">
        <source>Saved scenario “%1” with %n lead turn(s).</source>
        <translation>
            <numerusform>Szenario „%1“ mit %n Runde des Leads gespeichert.</numerusform>
            <numerusform>Szenario „%1“ mit %n Runden des Leads gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scenario named “%1”.</source>
        <translation>Es gibt kein Szenario namens „%1“.</translation>
    </message>
    <message>
        <source>Deleted scenario “%1” and its runs.</source>
        <translation>Szenario „%1“ und seine Durchläufe gelöscht.</translation>
    </message>
    <message>
        <source>No scenarios to run: save one with `limitless scenarios save`.</source>
        <translation>Keine Szenarien zum Ausführen: Speichern Sie eines mit `limitless scenarios save`.</translation>
    </message>
    <message>
        <source>ran “%1”: %2</source>
        <translation>„%1“ ausgeführt: %2</translation>
    </message>
    <message>
        <source>Policy %1, prompts v%2.</source>
        <translation>Policy %1, Prompts v%2.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Changed since the last run (%1) in “%2”:</source>
        <translation>Geändert seit dem letzten Durchlauf (%1) in „%2“:</translation>
    </message>
    <message>
        <source>%1 same, %2 changed, %3 new, %4 failed.</source>
        <translation>%1 unverändert, %2 geändert, %3 neu, %4 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) failed.</source>
        <translation>
            <numerusform>%n Szenario ist fehlgeschlagen.</numerusform>
            <numerusform>%n Szenarien sind fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) changed since their last run.</source>
        <translation>
            <numerusform>%n Szenario hat sich seit seinem letzten Durchlauf geändert.</numerusform>
            <numerusform>%n Szenarien haben sich seit ihrem letzten Durchlauf geändert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved test conversations for the local agent. list: the scenarios and their last run. save NAME: the lead&apos;s turns of --thread ID, or one per line of standard input. run [NAME…]: replays every scenario (or those named) on a fresh playground thread with the current prompts and documents, and says what changed since its last run. delete NAME.</source>
        <translation>Gespeicherte Testgespräche für den lokalen Agenten. list: die Szenarien und ihr letzter Durchlauf. save NAME: die Runden des Leads aus --thread ID oder eine pro Zeile der Standardeingabe. run [NAME…]: spielt jedes Szenario (oder die genannten) in einem neuen Testbereich-Thread mit den aktuellen Prompts und Dokumenten erneut ab und zeigt, was sich seit seinem letzten Durchlauf geändert hat. delete NAME.</translation>
    </message>
    <message>
        <source>list, save, run or delete.</source>
        <translation>list, save, run oder delete.</translation>
    </message>
    <message>
        <source>save: the conversation whose lead turns to save.</source>
        <translation>save: das Gespräch, dessen Runden des Leads gespeichert werden.</translation>
    </message>
    <message>
        <source>save: the campaign under test (its code).</source>
        <translation>save: die getestete Kampagne (ihr Code).</translation>
    </message>
    <message>
        <source>save: overwrite a scenario of the same name.</source>
        <translation>save: ein Szenario mit demselben Namen überschreiben.</translation>
    </message>
    <message>
        <source>run: do not store this run (the next run compares with the last stored).</source>
        <translation>run: diesen Durchlauf nicht speichern (der nächste Durchlauf vergleicht mit dem zuletzt gespeicherten).</translation>
    </message>
    <message>
        <source>run: exit 1 when a scenario&apos;s outcome changed since its last run.</source>
        <translation>run: mit 1 beenden, wenn sich das Ergebnis eines Szenarios seit seinem letzten Durchlauf geändert hat.</translation>
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation>Unbekannte Aktion „%1“.</translation>
    </message>
    <message>
        <source>--thread, --campaign and --replace belong to `scenarios save`.</source>
        <translation>--thread, --campaign und --replace gehören zu `scenarios save`.</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>qualified: %1 (%2)</source>
        <translation>qualifiziert: %1 (%2)</translation>
    </message>
    <message>
        <source>pitch: %1</source>
        <translation>Pitch: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <source>payment link: %1</source>
        <translation>Zahlungslink: %1</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>bezahlt: %1</translation>
    </message>
    <message>
        <source>business: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>revenue: %1</source>
        <translation>Umsatz: %1</translation>
    </message>
    <message>
        <source>pain: %1</source>
        <translation>Hauptproblem: %1</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>Plan: %1</translation>
    </message>
    <message>
        <source>email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <source>Talks to the agent a LangGraph API server runs: each line of standard input is a lead&apos;s message; the reply is printed as it streams in, then the state. A line &quot;/resume&quot; continues a run that stopped at an interrupt. With --json, one object per turn: thread_id, reply, state.</source>
        <translation>Spricht mit dem Agenten, den ein LangGraph-API-Server ausführt: Jede Zeile der Standardeingabe ist die Nachricht eines Leads; die Antwort wird ausgegeben, während sie eintrifft, danach der Zustand. Eine Zeile „/resume“ setzt einen Durchlauf fort, der an einer Unterbrechung angehalten hat. Mit --json ein Objekt pro Runde: thread_id, reply, state.</translation>
    </message>
    <message>
        <source>The server&apos;s URL (a local server without a key), or a profile whose agent backend is a LangGraph server (its API key comes from the keychain, or from LIMITLESS_AGENT_SERVER_API_KEY).</source>
        <translation>Die URL des Servers (ein lokaler Server ohne Schlüssel) oder ein Profil, dessen Agenten-Backend ein LangGraph-Server ist (sein API-Schlüssel kommt aus dem Schlüsselbund oder aus LIMITLESS_AGENT_SERVER_API_KEY).</translation>
    </message>
    <message>
        <source>url|profile</source>
        <translation>url|profil</translation>
    </message>
    <message>
        <source>The assistant or graph id (default: the profile&apos;s, else the server&apos;s first).</source>
        <translation>Die ID des Assistenten oder Graphen (Standard: die des Profils, sonst der erste des Servers).</translation>
    </message>
    <message>
        <source>Continue this server thread instead of starting a new one.</source>
        <translation>Diesen Server-Thread fortsetzen, statt einen neuen zu beginnen.</translation>
    </message>
    <message>
        <source>LangGraph server %1 (API %2), assistant %3, thread %4</source>
        <translation>LangGraph-Server %1 (API %2), Assistent %3, Thread %4</translation>
    </message>
    <message>
        <source>(the agent stopped before %1; type /resume to let it go on)</source>
        <translation>(der Agent hat vor %1 angehalten; geben Sie /resume ein, damit er weitermacht)</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s) failed on the LangGraph server</source>
        <translation>
            <numerusform>%n Runde ist auf dem LangGraph-Server fehlgeschlagen</numerusform>
            <numerusform>%n Runden sind auf dem LangGraph-Server fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Times the local agent runtime: offline turns with retrieval and the checkpoint write (p50, p95; target p95 &lt; 30 ms), one turn&apos;s checkpoint written by us and by LangGraph.js&apos;s PostgresSaver.put in the same run, and the streaming overhead (a loopback stand-in&apos;s first byte to the first token on the calling thread, through the OpenAI-compatible policy). Its playground threads and bench checkpoints are removed after.</source>
        <translation>Misst die Zeiten der lokalen Agenten-Laufzeitumgebung: Offline-Runden mit Dokumentsuche und dem Checkpoint-Schreibvorgang (p50, p95; Ziel p95 &lt; 30 ms), den Checkpoint einer Runde, geschrieben von uns und von PostgresSaver.put aus LangGraph.js im selben Durchlauf, und den Streaming-Overhead (erstes Byte eines Loopback-Ersatzservers bis zum ersten Token im aufrufenden Thread, über die OpenAI-kompatible Policy). Die Testbereich-Threads und Benchmark-Checkpoints werden danach entfernt.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>analytics events</source>
        <translation>Analytics-Ereignisse</translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation>Checkpoints</translation>
    </message>
    <message>
        <source>checkpoint blobs</source>
        <translation>Checkpoint-Blobs</translation>
    </message>
    <message>
        <source>checkpoint writes</source>
        <translation>Checkpoint-Schreibvorgänge</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archiviert</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>wiederhergestellt</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>Data retention. `retention --dry-run` counts, per table, what the retention policy removes: checkpoints of conversations finished (complete, nurture) more than 90 days ago, analytics events older than two years, conversations without a message for over a year (with their events and checkpoints; a conversation with a payment is kept, and payments are never touched). `retention --apply` first writes all of it to a compressed archive, then deletes it in batches; an interrupted apply (Ctrl+C, a lost connection) resumes where it stopped on the next --apply. `restore ARCHIVE` puts an archive&apos;s rows back (rows that exist are left alone). `archives` lists the owner&apos;s archives.</source>
        <translation>Datenaufbewahrung. `retention --dry-run` zählt pro Tabelle, was die Aufbewahrungsrichtlinie entfernt: Checkpoints von Gesprächen, die vor mehr als 90 Tagen beendet wurden (complete, nurture), Analytics-Ereignisse, die älter als zwei Jahre sind, und Gespräche ohne Nachricht seit über einem Jahr (mit ihren Ereignissen und Checkpoints; ein Gespräch mit einer Zahlung wird behalten, und Zahlungen werden nie angetastet). `retention --apply` schreibt zuerst alles in ein komprimiertes Archiv und löscht es dann stapelweise; ein unterbrochener Apply-Lauf (Strg+C, eine verlorene Verbindung) wird beim nächsten --apply dort fortgesetzt, wo er angehalten hat. `restore ARCHIVE` stellt die Zeilen eines Archivs wieder her (vorhandene Zeilen bleiben unverändert). `archives` listet die Archive des Inhabers auf.</translation>
    </message>
    <message>
        <source>retention, restore or archives</source>
        <translation>retention, restore oder archives</translation>
    </message>
    <message>
        <source>the archive to restore</source>
        <translation>das wiederherzustellende Archiv</translation>
    </message>
    <message>
        <source>Only count what would be archived and deleted.</source>
        <translation>Nur zählen, was archiviert und gelöscht würde.</translation>
    </message>
    <message>
        <source>Archive, then delete (or resume an interrupted run).</source>
        <translation>Archivieren, dann löschen (oder einen unterbrochenen Durchlauf fortsetzen).</translation>
    </message>
    <message>
        <source>Apply the policy as of this time (ISO 8601, UTC; default now).</source>
        <translation>Die Richtlinie mit Stand dieses Zeitpunkts anwenden (ISO 8601, UTC; Standard: jetzt).</translation>
    </message>
    <message>
        <source>Rows per delete transaction (default 2000).</source>
        <translation>Zeilen pro Lösch-Transaktion (Standard 2000).</translation>
    </message>
    <message>
        <source>Folder of the archives (default %1).</source>
        <translation>Ordner der Archive (Standard %1).</translation>
    </message>
    <message>
        <source>The owner to act for (default: the database&apos;s only owner).</source>
        <translation>Der Inhaber, für den gehandelt wird (Standard: der einzige Inhaber der Datenbank).</translation>
    </message>
    <message>
        <source>Say what to do: retention, restore or archives.</source>
        <translation>Geben Sie an, was zu tun ist: retention, restore oder archives.</translation>
    </message>
    <message>
        <source>Say --dry-run or --apply (one of them).</source>
        <translation>Geben Sie --dry-run oder --apply an (eines davon).</translation>
    </message>
    <message>
        <source>Name the archive to restore.</source>
        <translation>Geben Sie das wiederherzustellende Archiv an.</translation>
    </message>
    <message>
        <source>--as-of is not an ISO 8601 time (2026-01-31T00:00:00Z).</source>
        <translation>--as-of ist keine ISO-8601-Zeitangabe (2026-01-31T00:00:00Z).</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to 100000.</source>
        <translation>--batch-size muss eine Zahl von 1 bis 100000 sein.</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>interrupted: --apply resumes</source>
        <translation>unterbrochen: --apply setzt fort</translation>
    </message>
    <message>
        <source>No archives in %1.</source>
        <translation>Keine Archive in %1.</translation>
    </message>
    <message>
        <source>This database lacks the dashboard&apos;s data retention functions: run `%1` first.</source>
        <translation>Dieser Datenbank fehlen die Funktionen zur Datenaufbewahrung des Dashboards: Führen Sie zuerst `%1` aus.</translation>
    </message>
    <message>
        <source>Retention as of %1 (dry run, nothing changed):</source>
        <translation>Aufbewahrung mit Stand %1 (Probelauf, nichts geändert):</translation>
    </message>
    <message>
        <source>rows to archive and delete</source>
        <translation>zu archivierende und zu löschende Zeilen</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Inactive conversations kept for their payments: %1.</source>
        <translation>Wegen ihrer Zahlungen behaltene inaktive Gespräche: %1.</translation>
    </message>
    <message>
        <source>An interrupted run is waiting: --apply resumes it (%1).</source>
        <translation>Ein unterbrochener Durchlauf wartet: --apply setzt ihn fort (%1).</translation>
    </message>
    <message>
        <source>Interrupted: the restore can be run again (rows already back are left as they are).</source>
        <translation>Unterbrochen: Die Wiederherstellung kann erneut ausgeführt werden (bereits wiederhergestellte Zeilen bleiben unverändert).</translation>
    </message>
    <message>
        <source>Interrupted: run --apply again to resume (%1).</source>
        <translation>Unterbrochen: Führen Sie --apply erneut aus, um fortzusetzen (%1).</translation>
    </message>
    <message>
        <source>Restored from %1:</source>
        <translation>Aus %1 wiederhergestellt:</translation>
    </message>
    <message>
        <source>Archived to %1 and deleted:</source>
        <translation>In %1 archiviert und gelöscht:</translation>
    </message>
    <message>
        <source>(an interrupted run was resumed)</source>
        <translation>(ein unterbrochener Durchlauf wurde fortgesetzt)</translation>
    </message>
    <message>
        <source>Replay on the agent a LangGraph API server runs instead: its URL, or a profile whose agent backend is a LangGraph server. The copy and the continued turns go into a new server thread.</source>
        <translation>Stattdessen mit dem Agenten erneut abspielen, den ein LangGraph-API-Server ausführt: seine URL oder ein Profil, dessen Agenten-Backend ein LangGraph-Server ist. Die Kopie und die fortgesetzten Runden kommen in einen neuen Server-Thread.</translation>
    </message>
    <message>
        <source>With --server: the assistant or graph id (default: the profile&apos;s, else the server&apos;s first).</source>
        <translation>Mit --server: die ID des Assistenten oder Graphen (Standard: die des Profils, sonst der erste des Servers).</translation>
    </message>
    <message>
        <source>Usage: limitless replay CONVERSATION_ID [--turn N] [--server URL|PROFILE [--assistant ID]] [--json]</source>
        <translation>Aufruf: limitless replay CONVERSATION_ID [--turn N] [--server URL|PROFILE [--assistant ID]] [--json]</translation>
    </message>
    <message>
        <source>--assistant goes with --server.</source>
        <translation>--assistant gehört zu --server.</translation>
    </message>
    <message>
        <source>Replay of %1 on the LangGraph server %2 (assistant %3), server thread %4: %5 of %6 lead turns copied.</source>
        <translation>Erneutes Abspielen von %1 auf dem LangGraph-Server %2 (Assistent %3), Server-Thread %4: %5 von %6 Runden des Leads kopiert.</translation>
    </message>
    <message>
        <source>ran “%1” on %2</source>
        <translation>„%1“ auf %2 ausgeführt</translation>
    </message>
    <message>
        <source>both backends</source>
        <translation>beiden Backends</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>dem Server</translation>
    </message>
    <message>
        <source>LangGraph server %1 (API %2), assistant %3.</source>
        <translation>LangGraph-Server %1 (API %2), Assistent %3.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stage (built-in)</source>
        <translation>Phase (integriert)</translation>
    </message>
    <message>
        <source>Stage (server)</source>
        <translation>Phase (Server)</translation>
    </message>
    <message>
        <source>Qualified (built-in / server)</source>
        <translation>Qualifiziert (integriert / Server)</translation>
    </message>
    <message>
        <source>Link sent (built-in / server)</source>
        <translation>Link gesendet (integriert / Server)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>“%1” failed on the built-in runtime: %2</source>
        <translation>„%1“ ist auf der integrierten Laufzeitumgebung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>“%1” failed on the server: %2</source>
        <translation>„%1“ ist auf dem Server fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 scenario(s): %2 differ, %3 failed.</source>
        <translation>Szenarien: %1, davon %2 abweichend, %3 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) end differently on the two backends.</source>
        <translation>
            <numerusform>%n Szenario endet auf den beiden Backends unterschiedlich.</numerusform>
            <numerusform>%n Szenarien enden auf den beiden Backends unterschiedlich.</numerusform>
        </translation>
    </message>
    <message>
        <source>run: where the scenarios run: builtin (the dashboard&apos;s runtime), server (a LangGraph API server, see --server) or both, side by side.</source>
        <translation>run: wo die Szenarien laufen: builtin (die Laufzeitumgebung des Dashboards), server (ein LangGraph-API-Server, siehe --server) oder both, nebeneinander.</translation>
    </message>
    <message>
        <source>run --backend server|both: the server&apos;s URL, or a profile whose agent backend is a LangGraph server.</source>
        <translation>run --backend server|both: die URL des Servers oder ein Profil, dessen Agenten-Backend ein LangGraph-Server ist.</translation>
    </message>
    <message>
        <source>run --backend server|both: the assistant or graph id (default: the profile&apos;s, else the server&apos;s first).</source>
        <translation>run --backend server|both: die ID des Assistenten oder Graphen (Standard: die des Profils, sonst der erste des Servers).</translation>
    </message>
    <message>
        <source>Usage: limitless scenarios list | save NAME [--thread ID | &lt; lines] [--campaign CODE] [--replace] | run [NAME…] [--fail-on-change] [--backend builtin|server|both --server URL|PROFILE] | delete NAME [--json]</source>
        <translation>Aufruf: limitless scenarios list | save NAME [--thread ID | &lt; lines] [--campaign CODE] [--replace] | run [NAME…] [--fail-on-change] [--backend builtin|server|both --server URL|PROFILE] | delete NAME [--json]</translation>
    </message>
    <message>
        <source>--backend takes builtin, server or both.</source>
        <translation>--backend erwartet builtin, server oder both.</translation>
    </message>
    <message>
        <source>--backend, --server and --assistant belong to `scenarios run`.</source>
        <translation>--backend, --server und --assistant gehören zu `scenarios run`.</translation>
    </message>
    <message>
        <source>--backend %1 needs --server URL|PROFILE.</source>
        <translation>--backend %1 braucht --server URL|PROFILE.</translation>
    </message>
</context>
<context>
    <name>limitless::conversations::ConversationExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The database is not available.</source>
        <translation>Die Datenbank ist nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>limitless::maintenance</name>
    <message>
        <source>No owner is signed in.</source>
        <translation>Es ist kein Inhaber angemeldet.</translation>
    </message>
    <message>
        <source>The database has several owners; sign in as one of them.</source>
        <translation>Die Datenbank hat mehrere Inhaber; melden Sie sich als einer von ihnen an.</translation>
    </message>
</context>
<context>
    <name>limitless::models::AgentStateModel</name>
    <message>
        <source>lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Qualifizierungs-Score</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Monatsumsatz</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Hauptproblem</translation>
    </message>
    <message>
        <source>Pitch delivered</source>
        <translation>Pitch präsentiert</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Zahlungslink gesendet</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Zahlung abgeschlossen</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassaktionen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Message %1 (%2)</source>
        <translation>Nachricht %1 (%2)</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Kanal %1</translation>
    </message>
    <message>
        <source>Channel messages</source>
        <translation>Kanal messages</translation>
    </message>
    <message>
        <source>Edited; stored value: %1</source>
        <translation>Bearbeitet; gespeicherter Wert: %1</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 ist ja oder nein.</translation>
    </message>
    <message>
        <source>%1 is a number from 0 to 100.</source>
        <translation>%1 ist eine Zahl von 0 bis 100.</translation>
    </message>
    <message>
        <source>%1 is a whole number, 0 or more.</source>
        <translation>%1 ist eine ganze Zahl, 0 oder mehr.</translation>
    </message>
    <message>
        <source>The stage is one of: %1.</source>
        <translation>Die Phase ist eine der folgenden: %1.</translation>
    </message>
    <message>
        <source>The pitch is warm or cold (or empty).</source>
        <translation>Der Pitch ist „warm“ oder „cold“ (oder leer).</translation>
    </message>
    <message>
        <source>The plan is option1 or option2 (or empty).</source>
        <translation>Der Plan ist option1 oder option2 (oder leer).</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>Eine Nachricht darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
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
    <name>limitless::models::CheckpointTreeModel</name>
    <message>
        <source>lead message</source>
        <translation>Nachricht des Leads</translation>
    </message>
    <message>
        <source>agent step</source>
        <translation>Agentenschritt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>Abzweigung</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(Start)</translation>
    </message>
    <message>
        <source>%1 ◀ current</source>
        <translation>%1 ◀ aktuell</translation>
    </message>
    <message>
        <source>Checkpoint %1</source>
        <translation>Checkpoint %1</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) continue from here</source>
        <translation>
            <numerusform>%n Zweig geht von hier aus weiter</numerusform>
            <numerusform>%n Zweige gehen von hier aus weiter</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
</context>
<context>
    <name>limitless::models::ChunksModel</name>
    <message>
        <source>%1 (OCR)</source>
        <translation>%1 (OCR)</translation>
    </message>
    <message>
        <source>This page had no text layer; its text was recognised by OCR.</source>
        <translation>Diese Seite hatte keine Textebene; ihr Text wurde per OCR erkannt.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationEventsModel</name>
    <message>
        <source>Clicked the campaign</source>
        <translation>Hat auf die Kampagne geklickt</translation>
    </message>
    <message>
        <source>Conversation started</source>
        <translation>Gespräch begonnen</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Pitch delivered</source>
        <translation>Pitch präsentiert</translation>
    </message>
    <message>
        <source>Raised an objection</source>
        <translation>Hat einen Einwand erhoben</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Zahlungslink gesendet</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Zahlung abgeschlossen</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationPaymentsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
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
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>%1/mo + %2</source>
        <translation>%1/Monat + %2</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/Monat</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationsModel</name>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualifizierung</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Einwandbehandlung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Weiterbetreuung</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>Option 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>Option 2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Warm</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kalt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last message %1, started %2</source>
        <translation>Letzte Nachricht %1, begonnen %2</translation>
    </message>
    <message>
        <source>Instagram handle</source>
        <translation>Instagram-Handle</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Unternehmensart</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Monatsumsatz</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Hauptproblem</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Link gesendet</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Letzte Nachricht</translation>
    </message>
</context>
<context>
    <name>limitless::models::DocumentsModel</name>
    <message>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>In Verarbeitung</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <source>Extracting text</source>
        <translation>Textextraktion</translation>
    </message>
    <message>
        <source>Chunking</source>
        <translation>Zerlegung in Textblöcke</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Embedding-Berechnung</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Einwandbehandlung</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>Produktinfo</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Textblöcke</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Hochgeladen</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <source>%1 — click × to cancel</source>
        <translation>%1 — zum Abbrechen auf × klicken</translation>
    </message>
</context>
<context>
    <name>limitless::models::FunnelModel</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Von vorheriger Phase</translation>
    </message>
    <message>
        <source>From top</source>
        <translation>Vom Anfang</translation>
    </message>
    <message>
        <source>Count (B)</source>
        <translation>Anzahl (B)</translation>
    </message>
    <message>
        <source>From previous (B)</source>
        <translation>Von vorheriger Phase (B)</translation>
    </message>
    <message>
        <source>From top (B)</source>
        <translation>Vom Anfang (B)</translation>
    </message>
</context>
<context>
    <name>limitless::models::PaymentsModel</name>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
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
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>Option 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>Option 2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>campaign code · name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no one-time amount</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Einmalig</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>limitless::models::PipelineModel</name>
    <message>
        <source>%1 conversations in this stage</source>
        <translation>%1 Gespräche in dieser Phase</translation>
    </message>
</context>
<context>
    <name>limitless::models::PlaygroundThreadsModel</name>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>paid (simulated)</source>
        <translation>bezahlt (simuliert)</translation>
    </message>
    <message>
        <source>link sent</source>
        <translation>Link gesendet</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Keine Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n message(s) · %3</source>
        <translation>
            <numerusform>%1
%2 · %n Nachricht · %3</numerusform>
            <numerusform>%1
%2 · %n Nachrichten · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Test conversation %1 for campaign %2</source>
        <translation>Testgespräch %1 für Kampagne %2</translation>
    </message>
</context>
<context>
    <name>limitless::models::RetrievedChunksModel</name>
    <message>
        <source>—</source>
        <comment>not in this ranking</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>#%1 · p. %2</source>
        <translation>#%1 · S. %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (Kategorie %2)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of the ranking by meaning and by words</source>
        <translation>Reciprocal Rank Fusion der Rangfolgen nach Bedeutung und nach Wörtern</translation>
    </message>
    <message>
        <source>Rank %1 by meaning</source>
        <translation>Rang %1 nach Bedeutung</translation>
    </message>
    <message>
        <source>Not among the closest chunks by meaning</source>
        <translation>Nicht unter den Textblöcken mit der größten Bedeutungsnähe</translation>
    </message>
    <message>
        <source>Rank %1 by the lead&apos;s words</source>
        <translation>Rang %1 nach den Wörtern des Leads</translation>
    </message>
    <message>
        <source>None of the lead&apos;s words matched</source>
        <translation>Keines der Wörter des Leads wurde gefunden</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Chunk</source>
        <translation>Textblock</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Ähnlichkeit</translation>
    </message>
    <message>
        <source>Meaning rank</source>
        <translation>Rang Bedeutung</translation>
    </message>
    <message>
        <source>Words rank</source>
        <translation>Rang Wörter</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>limitless::models::ScenariosModel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integriert</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Expected: stage %1, qualified %2, payment link %3</source>
        <translation>Erwartet: Phase %1, qualifiziert %2, Zahlungslink %3</translation>
    </message>
    <message>
        <source>The stage the run reached (before a run: the expected one)</source>
        <translation>Die Phase, die der Durchlauf erreicht hat (vor einem Durchlauf: die erwartete)</translation>
    </message>
    <message>
        <source>Whether the payment link was sent</source>
        <translation>Ob der Zahlungslink gesendet wurde</translation>
    </message>
    <message>
        <source>The prompt version the run used</source>
        <translation>Die Prompt-Version, die der Durchlauf verwendet hat</translation>
    </message>
    <message>
        <source>Lead turns the agent answered, of the scenario&apos;s</source>
        <translation>Vom Agenten beantwortete Runden des Leads / alle Runden des Szenarios</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Link gesendet</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>Built-in runtime: %1</source>
        <translation>Integrierte Laufzeitumgebung: %1</translation>
    </message>
    <message>
        <source>LangGraph server: %1</source>
        <translation>LangGraph-Server: %1</translation>
    </message>
    <message>
        <source>The stage the run on the LangGraph server reached</source>
        <translation>Die Phase, die der Durchlauf auf dem LangGraph-Server erreicht hat</translation>
    </message>
    <message>
        <source>Whether both runtimes took the lead as far: the same stage, qualification and payment link</source>
        <translation>Ob beide Laufzeitumgebungen den Lead gleich weit gebracht haben: dieselbe Phase, Qualifizierung und derselbe Zahlungslink</translation>
    </message>
    <message>
        <source>Stage (built-in)</source>
        <translation>Phase (integriert)</translation>
    </message>
    <message>
        <source>Qualified (built-in)</source>
        <translation>Qualifiziert (integriert)</translation>
    </message>
    <message>
        <source>Link sent (built-in)</source>
        <translation>Link gesendet (integriert)</translation>
    </message>
    <message>
        <source>Stage (server)</source>
        <translation>Phase (Server)</translation>
    </message>
    <message>
        <source>Qualified (server)</source>
        <translation>Qualifiziert (Server)</translation>
    </message>
    <message>
        <source>Link sent (server)</source>
        <translation>Link gesendet (Server)</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Server run</source>
        <translation>Server-Durchlauf</translation>
    </message>
</context>
<context>
    <name>limitless::models::SearchHitsModel</name>
    <message>
        <source>—</source>
        <comment>not in this ranking</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Rank %1 by meaning (cosine similarity %2)</source>
        <translation>Rang %1 nach Bedeutung (Kosinus-Ähnlichkeit %2)</translation>
    </message>
    <message>
        <source>Not among the closest chunks by meaning</source>
        <translation>Nicht unter den Textblöcken mit der größten Bedeutungsnähe</translation>
    </message>
    <message>
        <source>Rank %1 by the question&apos;s words (text score %2)</source>
        <translation>Rang %1 nach den Wörtern der Frage (Textscore %2)</translation>
    </message>
    <message>
        <source>None of the question&apos;s words matched</source>
        <translation>Keines der Wörter der Frage wurde gefunden</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings</source>
        <translation>Reciprocal Rank Fusion beider Rangfolgen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
</context>
<context>
    <name>limitless::models::TestQuestionsModel</name>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>kein Treffer</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>better (was %1)</source>
        <translation>besser (vorher %1)</translation>
    </message>
    <message>
        <source>worse (was %1)</source>
        <translation>schlechter (vorher %1)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>First result: %1</source>
        <translation>Erstes Ergebnis: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Expected answer in</source>
        <translation>Erwartete Antwort in</translation>
    </message>
    <message>
        <source>Last rank</source>
        <translation>Letzter Rang</translation>
    </message>
    <message>
        <source>Since the run before</source>
        <translation>Seit dem vorigen Durchlauf</translation>
    </message>
</context>
<context>
    <name>limitless::models::TranscriptModel</name>
    <message>
        <source>A message of an unsupported kind (%1) was skipped.</source>
        <translation>Eine Nachricht nicht unterstützter Art (%1) wurde übersprungen.</translation>
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
    <name>limitless::ui::AboutDialog</name>
    <message>
        <source>user interface, networking, charts</source>
        <translation>Benutzeroberfläche, Netzwerk, Diagramme</translation>
    </message>
    <message>
        <source>PostgreSQL client</source>
        <translation>PostgreSQL-Client</translation>
    </message>
    <message>
        <source>passwords in the system keychain</source>
        <translation>Passwörter im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>transcripts written by LangGraph (Python)</source>
        <translation>von LangGraph (Python) geschriebene Transkripte</translation>
    </message>
    <message>
        <source>reading PDF documents</source>
        <translation>Lesen von PDF-Dokumenten</translation>
    </message>
    <message>
        <source>text of scanned pages</source>
        <translation>Text gescannter Seiten</translation>
    </message>
    <message>
        <source>reading Word documents</source>
        <translation>Lesen von Word-Dokumenten</translation>
    </message>
    <message>
        <source>QR codes for campaign links</source>
        <translation>QR-Codes für Kampagnenlinks</translation>
    </message>
    <message>
        <source>signing cloud storage requests</source>
        <translation>Signieren von Cloud-Storage-Anfragen</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>About Limitless OS</source>
        <translation>Über Limitless OS</translation>
    </message>
    <message>
        <source>Limitless OS logo</source>
        <translation>Limitless-OS-Logo</translation>
    </message>
    <message>
        <source>Limitless OS — Owner Dashboard</source>
        <translation>Limitless OS — Inhaber-Cockpit</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>libpq:</source>
        <translation>libpq:</translation>
    </message>
    <message>
        <source>PostgreSQL server:</source>
        <translation>PostgreSQL-Server:</translation>
    </message>
    <message>
        <source>pgvector:</source>
        <translation>pgvector:</translation>
    </message>
    <message>
        <source>Dependencies and their licences</source>
        <translation>Abhängigkeiten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Versionen kopieren</translation>
    </message>
    <message>
        <source>Libraries and licences:</source>
        <translation>Bibliotheken und Lizenzen:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen …</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>not installed in this database</source>
        <translation>in dieser Datenbank nicht installiert</translation>
    </message>
    <message>
        <source>Copyright © 2026 Limitless OS. Licensed to Limitless OS customers for use in their own business.</source>
        <translation>Copyright © 2026 Limitless OS. Lizenziert an Kunden von Limitless OS zur Nutzung im eigenen Unternehmen.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentBackendDialog</name>
    <message numerus="yes">
        <source>Connected: LangGraph API server %1 (%2), %n assistant(s).</source>
        <translation>
            <numerusform>Verbunden: LangGraph-API-Server %1 (%2), %n Assistent.</numerusform>
            <numerusform>Verbunden: LangGraph-API-Server %1 (%2), %n Assistenten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent backend</source>
        <translation>Agenten-Backend</translation>
    </message>
    <message>
        <source>Built-in runtime (this dashboard)</source>
        <translation>Integrierte Laufzeitumgebung (dieses Dashboard)</translation>
    </message>
    <message>
        <source>LangGraph server (your deployed agent)</source>
        <translation>LangGraph-Server (Ihr bereitgestellter Agent)</translation>
    </message>
    <message>
        <source>Sent as x-api-key; kept in the keychain. Empty: keep the stored key.</source>
        <translation>Als x-api-key gesendet; im Schlüsselbund gespeichert. Leer: den gespeicherten Schlüssel behalten.</translation>
    </message>
    <message>
        <source>The assistant or graph id; Test connection lists the server&apos;s assistants.</source>
        <translation>Die ID des Assistenten oder Graphen; „Verbindung testen“ listet die Assistenten des Servers auf.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>Server-&amp;URL</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>API-&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>&amp;Assistent</translation>
    </message>
    <message>
        <source>Where the playground&apos;s agent runs for this profile: the dashboard&apos;s built-in runtime, or the agent your leads talk to, served by a LangGraph API server (LangGraph Platform, a self-hosted server, or `langgraph dev` on this machine).</source>
        <translation>Wo der Agent des Testbereichs für dieses Profil läuft: in der integrierten Laufzeitumgebung des Dashboards oder als der Agent, mit dem Ihre Leads sprechen, bereitgestellt von einem LangGraph-API-Server (LangGraph Platform, ein selbst gehosteter Server oder `langgraph dev` auf diesem Rechner).</translation>
    </message>
    <message>
        <source>The server URL must be http:// or https:// with a host.</source>
        <translation>Die Server-URL muss mit http:// oder https:// beginnen und einen Host enthalten.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet …</translation>
    </message>
    <message>
        <source>%1 (graph %2)</source>
        <translation>%1 (Graph %2)</translation>
    </message>
    <message>
        <source>%1 (%2, graph %3)</source>
        <translation>%1 (%2, Graph %3)</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentGraphView</name>
    <message>
        <source>The agent&apos;s graph</source>
        <translation>Der Graph des Agenten</translation>
    </message>
    <message>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>warm</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>kalt</translation>
    </message>
    <message>
        <source>searches your documents</source>
        <translation>durchsucht Ihre Dokumente</translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>keine Tools</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n Tool</numerusform>
            <numerusform>%n Tools</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>Tools: %1</translation>
    </message>
    <message>
        <source>Searches: %1</source>
        <translation>Durchsucht: %1</translation>
    </message>
    <message>
        <source>right after the node ran</source>
        <translation>direkt nachdem der Knoten gelaufen ist</translation>
    </message>
    <message>
        <source>when the checkout completes</source>
        <translation>wenn der Checkout abgeschlossen ist</translation>
    </message>
    <message>
        <source>when the lead&apos;s next message arrives</source>
        <translation>wenn die nächste Nachricht des Leads eintrifft</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (%4)</source>
        <translation>%1 → %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentSettingsDialog</name>
    <message>
        <source>Stream the reply as it is written</source>
        <translation>Die Antwort streamen, während sie geschrieben wird</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Agenteneinstellungen</translation>
    </message>
    <message>
        <source>The playground&apos;s “OpenAI-compatible model” policy sends the agent&apos;s prompts to this server. The API key is kept in the keychain.</source>
        <translation>Die Policy „OpenAI-kompatibles Modell“ des Testbereichs sendet die Prompts des Agenten an diesen Server. Der API-Schlüssel wird im Schlüsselbund gespeichert.</translation>
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
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-U&amp;RL</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignEditorDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>e.g. Instagram Reels — January</source>
        <translation>z. B. Instagram Reels — Januar</translation>
    </message>
    <message>
        <source>Where the ad runs, what it promises (optional)</source>
        <translation>Wo die Anzeige läuft, was sie verspricht (optional)</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>campaign platform</comment>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Wird erzeugt, wenn leer gelassen</translation>
    </message>
    <message>
        <source>%1 characters: letters and digits without 0, O, 1, I and L.</source>
        <translation>%1 Zeichen: Buchstaben und Ziffern ohne 0, O, 1, I und L.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plattform</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>The code cannot change: ads and links already carry it.</source>
        <translation>Der Code kann nicht geändert werden: Anzeigen und Links enthalten ihn bereits.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
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
        <translation>Kampagne %1 erstellen</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>Kampagne %1 bearbeiten</translation>
    </message>
    <message>
        <source>Resume campaign %1</source>
        <translation>Kampagne %1 fortsetzen</translation>
    </message>
    <message>
        <source>Pause campaign %1</source>
        <translation>Kampagne %1 pausieren</translation>
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
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation>QR-Code …</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Campaign changed.</source>
        <translation>Kampagne geändert.</translation>
    </message>
    <message>
        <source>Campaign %1 created. Its link: %2</source>
        <translation>Kampagne %1 erstellt. Ihr Link: %2</translation>
    </message>
    <message>
        <source>Campaign %1 saved.</source>
        <translation>Kampagne %1 gespeichert.</translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation>Kampagne %1 ist wieder aktiv.</translation>
    </message>
    <message>
        <source>Campaign %1 is paused: its link no longer starts conversations.</source>
        <translation>Kampagne %1 ist pausiert: Ihr Link startet keine Gespräche mehr.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Delete campaign %1 (“%2”)? Its link stops working. This cannot be undone.</source>
        <translation>Kampagne %1 („%2“) löschen? Ihr Link funktioniert dann nicht mehr. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Campaign %1 deleted.</source>
        <translation>Kampagne %1 gelöscht.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
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
    <message>
        <source>Filter campaigns</source>
        <translation>Kampagnen filtern</translation>
    </message>
    <message>
        <source>Create your first campaign with “New campaign” above and put its link in an ad. Its code ties the leads that arrive through the ad to their conversations, qualifications and sales.</source>
        <translation>Erstellen Sie oben mit „Neue Kampagne“ Ihre erste Kampagne und setzen Sie ihren Link in eine Anzeige. Ihr Code verknüpft die Leads, die über die Anzeige kommen, mit ihren Gesprächen, Qualifizierungen und Verkäufen.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ChatBubbleDelegate</name>
    <message>
        <source>Stage: %1</source>
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Stage: %1 · %2</source>
        <translation>Phase: %1 · %2</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Tool-Ergebnis</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Ergebnis von %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Schreibt …</translation>
    </message>
    <message>
        <source>Sent, waiting for the reply</source>
        <translation>Gesendet, Antwort wird erwartet</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ChunkViewer</name>
    <message>
        <source>Document whose chunks are shown</source>
        <translation>Dokument, dessen Textblöcke angezeigt werden</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Dokument</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Textblöcke</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>Extrahierter Text</translation>
    </message>
    <message>
        <source>The chunks could not be read: %1</source>
        <translation>Die Textblöcke konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Dokument auswählen</translation>
    </message>
    <message>
        <source>Choose a document to see how it was cut into chunks: each chunk&apos;s place in the extracted text is highlighted when you select it.</source>
        <translation>Wählen Sie ein Dokument, um zu sehen, wie es in Textblöcke zerlegt wurde: Die Stelle eines Textblocks im extrahierten Text wird hervorgehoben, wenn Sie ihn auswählen.</translation>
    </message>
    <message>
        <source>Reading the chunks…</source>
        <translation>Textblöcke werden gelesen …</translation>
    </message>
    <message>
        <source>%1 has no chunks: processing failed (%2).</source>
        <translation>%1 hat keine Textblöcke: Die Verarbeitung ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>%1 has no chunks.</source>
        <translation>%1 hat keine Textblöcke.</translation>
    </message>
    <message>
        <source>%1 has no chunks yet: it is still being processed.</source>
        <translation>%1 hat noch keine Textblöcke: Das Dokument wird noch verarbeitet.</translation>
    </message>
    <message>
        <source>Chunks: %1 · tokens: %2</source>
        <translation>Textblöcke: %1 · Tokens: %2</translation>
    </message>
    <message>
        <source> · recognised by OCR: %1</source>
        <translation> · per OCR erkannt: %1</translation>
    </message>
    <message>
        <source> · the extracted text is not stored in this database</source>
        <translation> · der extrahierte Text ist in dieser Datenbank nicht gespeichert</translation>
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
        <translation>Keine Zahlungen.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Hauptproblem</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Pitch</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassaktionen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Kein Gespräch ausgewählt</translation>
    </message>
    <message>
        <source>Select a conversation to read its transcript.</source>
        <translation>Wählen Sie ein Gespräch aus, um sein Transkript zu lesen.</translation>
    </message>
    <message>
        <source>%1 messages · last %2</source>
        <translation>%1 Nachrichten · letzte %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (Score %2)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source> · paid</source>
        <translation> · bezahlt</translation>
    </message>
    <message>
        <source> · link sent</source>
        <translation> · Link gesendet</translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation>Das Gespräch konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation>Transkript wird geladen …</translation>
    </message>
    <message>
        <source>No transcript stored for this conversation.</source>
        <translation>Für dieses Gespräch ist kein Transkript gespeichert.</translation>
    </message>
    <message>
        <source>The stored transcript has no messages yet.</source>
        <translation>Das gespeicherte Transkript enthält noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>This transcript could not be read completely: %1</source>
        <translation>Dieses Transkript konnte nicht vollständig gelesen werden: %1</translation>
    </message>
    <message>
        <source>Events of this conversation</source>
        <translation>Ereignisse dieses Gesprächs</translation>
    </message>
    <message>
        <source>Payments of this conversation</source>
        <translation>Zahlungen dieses Gesprächs</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConversationsPage</name>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Show the conversations as a table</source>
        <translation>Gespräche als Tabelle anzeigen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Show the conversations as columns per stage</source>
        <translation>Gespräche als Spalten pro Phase anzeigen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren …</translation>
    </message>
    <message>
        <source>Export the filtered list, one row per conversation</source>
        <translation>Die gefilterte Liste exportieren, eine Zeile pro Gespräch</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation>Gespräche aktualisieren</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <source>Conversations could not be loaded: %1</source>
        <translation>Gespräche konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Search handle or e-mail</source>
        <translation>Handle oder E-Mail suchen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Qualified or not</source>
        <translation>Qualifiziert oder nicht</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>Nicht qualifiziert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Paid or not</source>
        <translation>Bezahlt oder nicht</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>Nicht bezahlt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Beliebiger Zeitpunkt</translation>
    </message>
    <message>
        <source>Started today</source>
        <translation>Heute begonnen</translation>
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
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Begonnen ab</translation>
    </message>
    <message>
        <source>Started until</source>
        <translation>Begonnen bis</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Sortierung</translation>
    </message>
    <message>
        <source>Newest message first</source>
        <translation>Neueste Nachricht zuerst</translation>
    </message>
    <message>
        <source>Newest conversation first</source>
        <translation>Neuestes Gespräch zuerst</translation>
    </message>
    <message>
        <source> between %1 and %2</source>
        <translation> zwischen %1 und %2</translation>
    </message>
    <message>
        <source>with a “%1” event%2</source>
        <translation>mit einem Ereignis „%1“%2</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen conversation(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Gespräch</numerusform>
            <numerusform>%n ausgewählte Gespräche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Showing conversations %1.</source>
        <translation>Angezeigt werden Gespräche %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation>Export läuft … %1 Zeilen geschrieben</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No conversations match</source>
        <translation>Keine passenden Gespräche</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 Gespräche</translation>
    </message>
    <message>
        <source>conversations-%1.csv</source>
        <translation>conversations-%1.csv</translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation>Gespräche exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 conversations to %2.</source>
        <translation>%1 Gespräche nach %2 exportiert.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Replay in playground…</source>
        <translation>Im Testbereich erneut abspielen …</translation>
    </message>
    <message>
        <source>Copy the selected conversation into a test conversation and let the agent as it is now answer the lead again</source>
        <translation>Das ausgewählte Gespräch in ein Testgespräch kopieren und den Agenten in seinem jetzigen Stand dem Lead erneut antworten lassen</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Gespräche durchsuchen</translation>
    </message>
    <message>
        <source>No conversations yet: they start when a lead writes through a campaign&apos;s link. Try the agent yourself in the Agent playground.</source>
        <translation>Noch keine Gespräche: Sie beginnen, wenn ein Lead über den Link einer Kampagne schreibt. Probieren Sie den Agenten selbst im Agenten-Testbereich aus.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::DocumentDetailsPane</name>
    <message>
        <source>Select a document to see its details, its chunks and what processing said about it.</source>
        <translation>Wählen Sie ein Dokument, um seine Details, seine Textblöcke und die Hinweise aus der Verarbeitung zu sehen.</translation>
    </message>
    <message>
        <source>Processing progress</source>
        <translation>Verarbeitungsfortschritt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. pricing, 2025</source>
        <translation>Durch Kommas getrennt, z. B. Preise, 2025</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save the category and tags (Ctrl+Z undoes it)</source>
        <translation>Kategorie und Tags speichern (Strg+Z macht es rückgängig)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Tags</translation>
    </message>
    <message>
        <source>Show chunks</source>
        <translation>Textblöcke anzeigen</translation>
    </message>
    <message>
        <source>Cancel processing</source>
        <translation>Verarbeitung abbrechen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Version %1 of this document.</source>
        <translation>Version %1 dieses Dokuments.</translation>
    </message>
    <message>
        <source>Version %1: the same chunks as the version before.</source>
        <translation>Version %1: dieselben Textblöcke wie die vorige Version.</translation>
    </message>
    <message>
        <source>Version %1 against the version before — chunks added: %2, removed: %3.</source>
        <translation>Version %1 gegenüber der vorigen Version — Textblöcke hinzugefügt: %2, entfernt: %3.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>uploaded %1</source>
        <translation>hochgeladen am %1</translation>
    </message>
    <message>
        <source>Replaced by a newer version: the agent no longer answers from this one.</source>
        <translation>Durch eine neuere Version ersetzt: Der Agent antwortet nicht mehr aus dieser.</translation>
    </message>
    <message>
        <source>Waiting to be processed.</source>
        <translation>Wartet auf Verarbeitung.</translation>
    </message>
    <message>
        <source>%1 — %2% done.</source>
        <translation>%1 — %2 % erledigt.</translation>
    </message>
    <message>
        <source>Processing failed.</source>
        <translation>Verarbeitung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Ready: the agent answers from this document (chunks: %1).</source>
        <translation>Bereit: Der Agent antwortet aus diesem Dokument (Textblöcke: %1).</translation>
    </message>
    <message>
        <source>Pages recognised by OCR: %1</source>
        <translation>Per OCR erkannte Seiten: %1</translation>
    </message>
    <message>
        <source>Notes from processing</source>
        <translation>Hinweise aus der Verarbeitung</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Textblöcke</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Verarbeitet</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Embedding-Modell</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
</context>
<context>
    <name>limitless::ui::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Textblöcke</translation>
    </message>
    <message>
        <source>Test retrieval</source>
        <translation>Suche testen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is nothing to process again.</source>
        <translation>Es gibt nichts erneut zu verarbeiten.</translation>
    </message>
    <message>
        <source>%1 changed in the watched folder: queued as a new version.</source>
        <translation>%1 wurde im überwachten Ordner geändert: als neue Version in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>%1 appeared in the watched folder: queued.</source>
        <translation>%1 ist im überwachten Ordner aufgetaucht: in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Processing is paused; resume it</source>
        <translation>Die Verarbeitung ist pausiert; fortsetzen</translation>
    </message>
    <message>
        <source>Pause uploading and processing</source>
        <translation>Hochladen und Verarbeitung pausieren</translation>
    </message>
    <message>
        <source>The document was deleted, but its stored file could not be removed: %1</source>
        <translation>Das Dokument wurde gelöscht, aber seine gespeicherte Datei konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Documents could not be loaded: %1</source>
        <translation>Dokumente konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
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
        <source>Re-processing progress</source>
        <translation>Fortschritt der erneuten Verarbeitung</translation>
    </message>
    <message>
        <source>Re-process all</source>
        <translation>Alle erneut verarbeiten</translation>
    </message>
    <message>
        <source>Process every document again, e.g. after changing the chunk size or the embedding model</source>
        <translation>Alle Dokumente erneut verarbeiten, z. B. nach einer Änderung der Textblockgröße oder des Embedding-Modells</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen …</translation>
    </message>
    <message>
        <source>Processing, storage, embedder, chunks and the watched folder</source>
        <translation>Verarbeitung, Speicherort, Embedder, Textblöcke und überwachter Ordner</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh documents</source>
        <translation>Dokumente aktualisieren</translation>
    </message>
    <message>
        <source>Category for new documents</source>
        <translation>Kategorie für neue Dokumente</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Tags for new documents</source>
        <translation>Tags für neue Dokumente</translation>
    </message>
    <message>
        <source>Tags for new documents, comma-separated</source>
        <translation>Tags für neue Dokumente, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>New documents go &amp;into</source>
        <translation>Neue Dokumente kommen &amp;in</translation>
    </message>
    <message>
        <source>Upload messages</source>
        <translation>Upload-Meldungen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Filter by name or tag</source>
        <translation>Nach Name oder Tag filtern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>In Verarbeitung</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Show replaced versions</source>
        <translation>Ersetzte Versionen anzeigen</translation>
    </message>
    <message>
        <source>%1 is being processed again.</source>
        <translation>%1 wird erneut verarbeitet.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Dokumente hinzufügen</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown);;All files (*)</source>
        <translation>Dokumente (*.pdf *.docx *.txt *.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Add a folder of documents</source>
        <translation>Ordner mit Dokumenten hinzufügen</translation>
    </message>
    <message>
        <source>%1 has the same content as %2 (version %3, uploaded %4). What should happen?</source>
        <translation>%1 hat denselben Inhalt wie %2 (Version %3, hochgeladen am %4). Was soll geschehen?</translation>
    </message>
    <message>
        <source>Replace (new version)</source>
        <translation>Ersetzen (neue Version)</translation>
    </message>
    <message>
        <source>Upload it as version %1 of %2; the old version is retired once the new one is processed</source>
        <translation>Als Version %1 von %2 hochladen; die alte Version wird außer Betrieb genommen, sobald die neue verarbeitet ist</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type it to read the document; without it the document stays failed.</source>
        <translation>%1 ist passwortgeschützt. Geben Sie das Passwort ein, um das Dokument zu lesen; ohne Passwort bleibt das Dokument fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>%1 wird abgebrochen …</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Dokument löschen</translation>
    </message>
    <message>
        <source>Delete %1? Its chunks go with it, the agent no longer answers from it, and the stored file is removed. This cannot be undone.</source>
        <translation>%1 löschen? Seine Textblöcke werden mitgelöscht, der Agent antwortet nicht mehr daraus, und die gespeicherte Datei wird entfernt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>The category and tags of %1 could not be saved: %2</source>
        <translation>Kategorie und Tags von %1 konnten nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 The undo history was cleared: it no longer matches what is stored.</source>
        <translation>%1 Der Rückgängig-Verlauf wurde geleert: Er passt nicht mehr zu dem, was gespeichert ist.</translation>
    </message>
    <message>
        <source>Category and tags of %1 changed.</source>
        <translation>Kategorie und Tags von %1 geändert.</translation>
    </message>
    <message>
        <source>Category and tags of %1 saved.</source>
        <translation>Kategorie und Tags von %1 gespeichert.</translation>
    </message>
    <message>
        <source>Re-process all documents</source>
        <translation>Alle Dokumente erneut verarbeiten</translation>
    </message>
    <message>
        <source>Process every document again with the current chunk settings and embedding model? While a document waits its turn, the agent does not answer from it.</source>
        <translation>Alle Dokumente mit den aktuellen Textblock-Einstellungen und dem aktuellen Embedding-Modell erneut verarbeiten? Solange ein Dokument darauf wartet, an die Reihe zu kommen, antwortet der Agent nicht daraus.</translation>
    </message>
    <message>
        <source>Every document is queued to be processed again.</source>
        <translation>Alle Dokumente wurden zur erneuten Verarbeitung in die Warteschlange gestellt.</translation>
    </message>
    <message>
        <source>Re-processing: %1 of %2</source>
        <translation>Erneute Verarbeitung: %1 von %2</translation>
    </message>
    <message>
        <source>The chunk settings or the embedding model changed: documents processed before keep their old chunks until they are processed again.</source>
        <translation>Die Textblock-Einstellungen oder das Embedding-Modell haben sich geändert: Bereits verarbeitete Dokumente behalten ihre alten Textblöcke, bis sie erneut verarbeitet werden.</translation>
    </message>
    <message>
        <source>Knowledge settings saved.</source>
        <translation>Einstellungen der Wissensdatenbank gespeichert.</translation>
    </message>
    <message>
        <source>Uploads need the knowledge-base additions in this database: run `%1`. The documents already there are listed below.</source>
        <translation>Uploads brauchen die Ergänzungen für die Wissensdatenbank in dieser Datenbank: Führen Sie `%1` aus. Die bereits vorhandenen Dokumente sind unten aufgeführt.</translation>
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
        <source>%1 being processed</source>
        <translation>%1 in Verarbeitung</translation>
    </message>
    <message>
        <source>processed by the cloud worker</source>
        <translation>vom Cloud-Worker verarbeitet</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>Documents could not be loaded</source>
        <translation>Dokumente konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading documents…</source>
        <translation>Dokumente werden geladen …</translation>
    </message>
    <message>
        <source>The reason is shown above.</source>
        <translation>Der Grund steht oben.</translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation>Warten auf die Datenbank.</translation>
    </message>
    <message>
        <source>No matching documents</source>
        <translation>Keine passenden Dokumente</translation>
    </message>
    <message>
        <source>No document matches the current filters.</source>
        <translation>Kein Dokument entspricht den aktuellen Filtern.</translation>
    </message>
    <message>
        <source>The agent knows nothing yet</source>
        <translation>Der Agent weiß noch nichts</translation>
    </message>
    <message>
        <source>Drop your sales pitch, price list, FAQ and objection notes above (PDF, Word, text or Markdown). The agent answers leads from them; this list shows each document as it is read, chunked and embedded.</source>
        <translation>Legen Sie oben Ihren Verkaufspitch, Ihre Preisliste, Ihre FAQ und Ihre Notizen zur Einwandbehandlung ab (PDF, Word, Text oder Markdown). Der Agent beantwortet daraus die Fragen der Leads; diese Liste zeigt jedes Dokument, während es gelesen, in Textblöcke zerlegt und eingebettet wird.</translation>
    </message>
    <message>
        <source>Re-processing finished: documents processed again: %1.</source>
        <translation>Erneute Verarbeitung abgeschlossen: erneut verarbeitete Dokumente: %1.</translation>
    </message>
    <message>
        <source>Delete the selected documents</source>
        <translation>Die ausgewählten Dokumente löschen</translation>
    </message>
</context>
<context>
    <name>limitless::ui::DropZone</name>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen …</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen …</translation>
    </message>
    <message>
        <source>Drop zone for documents</source>
        <translation>Ablagebereich für Dokumente</translation>
    </message>
    <message>
        <source>Drop files or folders here to add them to the agent&apos;s knowledge.</source>
        <translation>Ziehen Sie Dateien oder Ordner hierher, um sie dem Wissen des Agenten hinzuzufügen.</translation>
    </message>
    <message>
        <source>Drop files or folders here to add them to the agent&apos;s knowledge</source>
        <translation>Ziehen Sie Dateien oder Ordner hierher, um sie dem Wissen des Agenten hinzuzufügen</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Upload-Fortschritt</translation>
    </message>
    <message>
        <source>PDF, Word (.docx), text and Markdown files up to %1 MB. Folders are searched for them; anything else is refused with the reason.</source>
        <translation>PDF-, Word- (.docx), Text- und Markdown-Dateien bis %1 MB. Ordner werden danach durchsucht; alles andere wird mit Begründung abgelehnt.</translation>
    </message>
    <message>
        <source>Uploading %1 of %2: %3</source>
        <translation>Upload %1 von %2: %3</translation>
    </message>
</context>
<context>
    <name>limitless::ui::FunnelCharts</name>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>Objections per day</source>
        <translation>Einwände pro Tag</translation>
    </message>
    <message>
        <source>Most frequent objections</source>
        <translation>Häufigste Einwände</translation>
    </message>
    <message>
        <source>Revenue per campaign</source>
        <translation>Umsatz pro Kampagne</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2
%3 of the stage before, %4 of clicks
Click to open these conversations</source>
        <translation>%1: %2
%3 der vorherigen Phase, %4 der Klicks
Klicken, um diese Gespräche zu öffnen</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Einwände</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n objection(s)
Click to open these conversations</source>
        <translation>
            <numerusform>%1: %n Einwand
Klicken, um diese Gespräche zu öffnen</numerusform>
            <numerusform>%1: %n Einwände
Klicken, um diese Gespräche zu öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Events per day: A solid, B dashed</source>
        <translation>Ereignisse pro Tag: A durchgezogen, B gestrichelt</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Click to open these conversations</source>
        <translation>Klicken, um diese Gespräche zu öffnen</translation>
    </message>
    <message>
        <source>Objections per day (B&apos;s dates in grey)</source>
        <translation>Einwände pro Tag (Daten von B in Grau)</translation>
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
        <translation>Eigene Tests einbeziehen</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Double-click a stage to open its conversations</source>
        <translation>Doppelklicken Sie auf eine Phase, um ihre Gespräche zu öffnen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampagne:</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
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
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Another campaign</source>
        <translation>Andere Kampagne</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>Conversations of campaigns on the &apos;playground&apos; platform are the owner&apos;s own tests; they are left out unless this is on.</source>
        <translation>Gespräche von Kampagnen auf der Plattform &apos;playground&apos; sind eigene Tests des Inhabers; sie werden ausgelassen, sofern dies nicht aktiviert ist.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>A: %1   ·   B: %2</source>
        <translation>A: %1   ·   B: %2</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>%1 %2: stored %3, events %4</source>
        <translation>%1 %2: gespeichert %3, Ereignisse %4</translation>
    </message>
    <message>
        <source>Stored campaign counters differ from the events: %1</source>
        <translation>Gespeicherte Kampagnenzähler weichen von den Ereignissen ab: %1</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>New events appear as they are recorded.</source>
        <translation>Neue Ereignisse erscheinen, sobald sie erfasst werden.</translation>
    </message>
    <message>
        <source>◌ Polling every 5 s</source>
        <translation>◌ Abfrage alle 5 s</translation>
    </message>
    <message>
        <source>This connection cannot receive change notifications (for example through a transaction pooler); the page re-reads the figures every 5 seconds.</source>
        <translation>Diese Verbindung kann keine Änderungsbenachrichtigungen empfangen (zum Beispiel über einen Transaction-Pooler); die Seite liest die Werte alle 5 Sekunden neu ein.</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>Objections per day</source>
        <translation>Einwände pro Tag</translation>
    </message>
    <message>
        <source>Most frequent objections</source>
        <translation>Häufigste Einwände</translation>
    </message>
    <message>
        <source>Revenue per campaign</source>
        <translation>Umsatz pro Kampagne</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>CSV-Daten (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>counted from the events (local midnight off the quarter-hour)</source>
        <translation>aus den Ereignissen gezählt (lokale Mitternacht liegt nicht auf einer Viertelstunde)</translation>
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
    <message>
        <source>Funnel stages</source>
        <translation>Trichterphasen</translation>
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
        <source>Campaign to compare with</source>
        <translation>Vergleichskampagne</translation>
    </message>
    <message>
        <source>Nothing to count in this period yet. The funnel fills as leads click a campaign&apos;s link and talk to the agent: create a campaign on the Campaigns page and share its link, or choose a longer period.</source>
        <translation>In diesem Zeitraum gibt es noch nichts zu zählen. Der Trichter füllt sich, wenn Leads auf den Link einer Kampagne klicken und mit dem Agenten sprechen: Erstellen Sie auf der Seite „Kampagnen“ eine Kampagne und teilen Sie ihren Link, oder wählen Sie einen längeren Zeitraum.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Limitless OS</source>
        <translation>Ü&amp;ber Limitless OS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>limitless::ui::KnowledgeSettingsDialog</name>
    <message>
        <source>Knowledge base settings</source>
        <translation>Einstellungen der Wissensdatenbank</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Verarbeitung</translation>
    </message>
    <message>
        <source>In this app: documents are read, chunked and embedded here</source>
        <translation>In dieser App: Dokumente werden hier gelesen, in Textblöcke zerlegt und eingebettet</translation>
    </message>
    <message>
        <source>By a cloud worker: this app only uploads; the worker processes the queue</source>
        <translation>Durch einen Cloud-Worker: Diese App lädt nur hoch; der Worker arbeitet die Warteschlange ab</translation>
    </message>
    <message>
        <source>Stored originals</source>
        <translation>Gespeicherte Originale</translation>
    </message>
    <message>
        <source>Where the originals are kept</source>
        <translation>Wo die Originale abgelegt werden</translation>
    </message>
    <message>
        <source>A folder on this computer</source>
        <translation>Ein Ordner auf diesem Computer</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Speicherordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Dienstkontoschlüssel-Datei</translation>
    </message>
    <message>
        <source>Kept in the keychain; choose a file to replace it</source>
        <translation>Im Schlüsselbund gespeichert; wählen Sie eine Datei, um ihn zu ersetzen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>&amp;Bucket</source>
        <translation>&amp;Bucket</translation>
    </message>
    <message>
        <source>Service-account &amp;key</source>
        <translation>Dienstkonto&amp;schlüssel</translation>
    </message>
    <message>
        <source>&amp;Keep them in</source>
        <translation>Speichern &amp;in</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Embedder</translation>
    </message>
    <message>
        <source>Offline (no network, no key)</source>
        <translation>Offline (kein Netzwerk, kein Schlüssel)</translation>
    </message>
    <message>
        <source>OpenAI-compatible API</source>
        <translation>OpenAI-kompatible API</translation>
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
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>Basis-U&amp;RL</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>&amp;API-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Embedder</source>
        <translation>&amp;Embedder</translation>
    </message>
    <message>
        <source>Chunks and retrieval</source>
        <translation>Textblöcke und Suche</translation>
    </message>
    <message>
        <source>Chunk size in tokens</source>
        <translation>Textblockgröße in Tokens</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> Tokens</translation>
    </message>
    <message>
        <source>Chunk overlap in tokens</source>
        <translation>Textblock-Überlappung in Tokens</translation>
    </message>
    <message>
        <source>Upload limit</source>
        <translation>Upload-Limit</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Weight of the ranking by meaning</source>
        <translation>Gewichtung der Rangfolge nach Bedeutung</translation>
    </message>
    <message>
        <source>Weight of the ranking by words</source>
        <translation>Gewichtung der Rangfolge nach Wörtern</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion constant</source>
        <translation>Konstante der Reciprocal Rank Fusion</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Überwachter Ordner</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Chunk &amp;size</source>
        <translation>Textblock&amp;größe</translation>
    </message>
    <message>
        <source>Chunk &amp;overlap</source>
        <translation>Textblock-Über&amp;lappung</translation>
    </message>
    <message>
        <source>&amp;Upload limit</source>
        <translation>&amp;Upload-Limit</translation>
    </message>
    <message>
        <source>Weight: &amp;meaning</source>
        <translation>Gewichtung: Be&amp;deutung</translation>
    </message>
    <message>
        <source>Weight: &amp;words</source>
        <translation>Gewichtung: Wör&amp;ter</translation>
    </message>
    <message>
        <source>Fusion &amp;constant (RRF k)</source>
        <translation>Fusions&amp;konstante (RRF k)</translation>
    </message>
    <message>
        <source>&amp;Watched folder</source>
        <translation>Über&amp;wachter Ordner</translation>
    </message>
    <message>
        <source>Folder for the stored documents</source>
        <translation>Ordner für die gespeicherten Dokumente</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Zu überwachender Ordner</translation>
    </message>
    <message>
        <source>Service-account key</source>
        <translation>Dienstkontoschlüssel</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>JSON-Schlüsseldateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation>Die Schlüsseldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>Der Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::LiveLoadBench</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>Temporäres Verzeichnis kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The page failed: %1</source>
        <translation>Die Seite ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The Funnel page did not load within %1 s.</source>
        <translation>Die Seite „Trichter“ wurde nicht innerhalb von %1 s geladen.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The simulator failed: %1</source>
        <translation>Der Simulator ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot read the simulator&apos;s log: %1</source>
        <translation>Das Protokoll des Simulators kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The recount failed: %1</source>
        <translation>Die Nachzählung ist fehlgeschlagen: %1</translation>
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
        <translation>Trichter</translation>
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
        <source>Agent playground</source>
        <translation>Agenten-Testbereich</translation>
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
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 wechseln</translation>
    </message>
</context>
<context>
    <name>limitless::ui::MaintenancePage</name>
    <message>
        <source>Conversations (inactive over a year)</source>
        <translation>Gespräche (über ein Jahr inaktiv)</translation>
    </message>
    <message>
        <source>Analytics events (older than two years, or of those conversations)</source>
        <translation>Analytics-Ereignisse (älter als zwei Jahre oder aus diesen Gesprächen)</translation>
    </message>
    <message>
        <source>Checkpoints (finished over 90 days ago)</source>
        <translation>Checkpoints (vor über 90 Tagen beendet)</translation>
    </message>
    <message>
        <source>Checkpoint blobs</source>
        <translation>Checkpoint-Blobs</translation>
    </message>
    <message>
        <source>Checkpoint writes</source>
        <translation>Checkpoint-Schreibvorgänge</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows to archive and delete</source>
        <translation>Zu archivierende und zu löschende Zeilen</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Neu zählen</translation>
    </message>
    <message>
        <source>Archive and delete…</source>
        <translation>Archivieren und löschen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen …</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Datenaufbewahrung</translation>
    </message>
    <message>
        <source>Checkpoints of conversations finished (complete or nurture) more than 90 days ago, analytics events older than two years and conversations without a message for over a year are first written to a compressed archive that you keep, then deleted in batches. A conversation with a payment is kept; payments are never touched.</source>
        <translation>Checkpoints von Gesprächen, die vor mehr als 90 Tagen beendet wurden (abgeschlossen oder Weiterbetreuung), Analytics-Ereignisse, die älter als zwei Jahre sind, und Gespräche ohne Nachricht seit über einem Jahr werden zuerst in ein komprimiertes Archiv geschrieben, das Sie behalten, und dann stapelweise gelöscht. Ein Gespräch mit einer Zahlung wird behalten; Zahlungen werden nie angetastet.</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Wird nach dem aktuellen Stapel angehalten …</translation>
    </message>
    <message>
        <source>Archives are kept in %1</source>
        <translation>Archive werden in %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Not connected to a database.</source>
        <translation>Nicht mit einer Datenbank verbunden.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Payments (never deleted)</source>
        <translation>Zahlungen (werden nie gelöscht)</translation>
    </message>
    <message numerus="yes">
        <source>Kept because of a payment: %n inactive conversation(s).</source>
        <translation>
            <numerusform>Wegen einer Zahlung behalten: %n inaktives Gespräch.</numerusform>
            <numerusform>Wegen einer Zahlung behalten: %n inaktive Gespräche.</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier run was interrupted: “Archive and delete” resumes it.</source>
        <translation>Ein früherer Durchlauf wurde unterbrochen: „Archivieren und löschen“ setzt ihn fort.</translation>
    </message>
    <message>
        <source>Nothing is due for archiving as of %1.</source>
        <translation>Mit Stand %1 ist nichts zur Archivierung fällig.</translation>
    </message>
    <message>
        <source>Counted as of %1.</source>
        <translation>Gezählt mit Stand %1.</translation>
    </message>
    <message>
        <source>Resume the interrupted run? Its archive is complete; the rest of its rows will be deleted.</source>
        <translation>Den unterbrochenen Durchlauf fortsetzen? Sein Archiv ist vollständig; die restlichen Zeilen werden gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Archive and then delete %n row(s)? They can be restored from the archive. Payments are kept.</source>
        <translation>
            <numerusform>%n Zeile archivieren und dann löschen? Sie kann aus dem Archiv wiederhergestellt werden. Zahlungen bleiben erhalten.</numerusform>
            <numerusform>%n Zeilen archivieren und dann löschen? Sie können aus dem Archiv wiederhergestellt werden. Zahlungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive and delete</source>
        <translation>Archivieren und löschen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Put the rows of %1 back? Rows that exist already are left as they are.</source>
        <translation>Die Zeilen aus %1 wiederherstellen? Bereits vorhandene Zeilen bleiben unverändert.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt …</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 – %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>Die Wiederherstellung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The run stopped: %1 It resumes on the next “Archive and delete”.</source>
        <translation>Der Durchlauf wurde angehalten: %1 Er wird beim nächsten „Archivieren und löschen“ fortgesetzt.</translation>
    </message>
    <message>
        <source>Restore cancelled; it can be run again.</source>
        <translation>Wiederherstellung abgebrochen; sie kann erneut ausgeführt werden.</translation>
    </message>
    <message>
        <source>Cancelled. “Archive and delete” resumes where it stopped.</source>
        <translation>Abgebrochen. „Archivieren und löschen“ setzt dort fort, wo es angehalten hat.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s).</source>
        <translation>
            <numerusform>%n Zeile wiederhergestellt.</numerusform>
            <numerusform>%n Zeilen wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived and deleted %n row(s).</source>
        <translation>
            <numerusform>%n Zeile archiviert und gelöscht.</numerusform>
            <numerusform>%n Zeilen archiviert und gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Rows past their retention period, per table</source>
        <translation>Zeilen nach Ablauf ihrer Aufbewahrungsfrist, je Tabelle</translation>
    </message>
    <message>
        <source>Retention archives</source>
        <translation>Aufbewahrungsarchive</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PasswordField</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Passwort anzeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Jetzt aktualisieren</translation>
    </message>
    <message>
        <source>Refresh payments</source>
        <translation>Zahlungen aktualisieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
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
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Double-click a payment to open its conversation</source>
        <translation>Doppelklicken Sie auf eine Zahlung, um ihr Gespräch zu öffnen</translation>
    </message>
    <message>
        <source>Payments could not be loaded: %1</source>
        <translation>Zahlungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Monatlich wiederkehrender Umsatz</translation>
    </message>
    <message>
        <source>Monthly amounts of completed payments whose plan bills monthly</source>
        <translation>Monatsbeträge abgeschlossener Zahlungen, deren Plan monatlich abgerechnet wird</translation>
    </message>
    <message>
        <source>One-time revenue</source>
        <translation>Einmaliger Umsatz</translation>
    </message>
    <message>
        <source>One-time amounts (setup fees) of completed payments</source>
        <translation>Einmalbeträge (Einrichtungsgebühren) abgeschlossener Zahlungen</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>Everything charged at checkout for payments that were refunded</source>
        <translation>Alles, was beim Checkout für später erstattete Zahlungen berechnet wurde</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>From %1 completed and %2 refunded payments in the chosen campaign and period.</source>
        <translation>Aus %1 abgeschlossenen und %2 erstatteten Zahlungen in der gewählten Kampagne und im gewählten Zeitraum.</translation>
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
        <source>Payments could not be loaded</source>
        <translation>Zahlungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Zahlungen werden geladen …</translation>
    </message>
    <message>
        <source>The reason is shown above.</source>
        <translation>Der Grund steht oben.</translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation>Warten auf die Datenbank.</translation>
    </message>
    <message>
        <source>No matching payments</source>
        <translation>Keine passenden Zahlungen</translation>
    </message>
    <message>
        <source>No payment matches the current filters.</source>
        <translation>Keine Zahlung entspricht den aktuellen Filtern.</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Noch keine Zahlungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 Listed: %n %2 payment(s), charged at checkout %3.</source>
        <translation>
            <numerusform>%1 Aufgeführt: %n %2 Zahlung, beim Checkout berechnet %3.</numerusform>
            <numerusform>%1 Aufgeführt: %n %2 Zahlungen, beim Checkout berechnet %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments appear here as soon as a lead opens a checkout link the agent sent. Share a campaign&apos;s link so that leads reach the agent, or try a sale yourself in the Agent playground.</source>
        <translation>Zahlungen erscheinen hier, sobald ein Lead einen Checkout-Link öffnet, den der Agent gesendet hat. Teilen Sie den Link einer Kampagne, damit Leads den Agenten erreichen, oder probieren Sie im Agenten-Testbereich selbst einen Verkauf aus.</translation>
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
    <name>limitless::ui::PlaygroundPage</name>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Graph</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Textblöcke</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The test conversations could not be listed: %1</source>
        <translation>Die Testgespräche konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The test conversation could not be started: %1</source>
        <translation>Das Testgespräch konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No checkpoints yet: each message the lead sends adds a few.</source>
        <translation>Noch keine Checkpoints: Jede Nachricht des Leads fügt einige hinzu.</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s), one branch. Pick one and continue from it, or edit it and fork a new branch.</source>
        <translation>
            <numerusform>%n Checkpoint, ein Zweig. Wählen Sie einen aus und setzen Sie von dort fort, oder bearbeiten Sie ihn und zweigen Sie einen neuen Zweig ab.</numerusform>
            <numerusform>%n Checkpoints, ein Zweig. Wählen Sie einen aus und setzen Sie von dort fort, oder bearbeiten Sie ihn und zweigen Sie einen neuen Zweig ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s), %1 branches. The branch the chat shows is dark; the others stay reachable here.</source>
        <translation>
            <numerusform>%n Checkpoint, %1 Zweige. Der Zweig, den der Chat zeigt, ist dunkel; die anderen bleiben hier erreichbar.</numerusform>
            <numerusform>%n Checkpoints, %1 Zweige. Der Zweig, den der Chat zeigt, ist dunkel; die anderen bleiben hier erreichbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation&apos;s state could not be read: %1</source>
        <translation>Der Zustand des Gesprächs konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The fork could not be stored: %1</source>
        <translation>Die Abzweigung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>A new branch starts from your edit; the old branch is kept in the history. Write the lead&apos;s next message to continue it.</source>
        <translation>Ein neuer Zweig beginnt mit Ihrer Bearbeitung; der alte Zweig bleibt im Verlauf erhalten. Schreiben Sie die nächste Nachricht des Leads, um ihn fortzusetzen.</translation>
    </message>
    <message>
        <source>The test conversation could not be deleted: %1</source>
        <translation>Das Testgespräch konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Agent playground</source>
        <translation>Agenten-Testbereich</translation>
    </message>
    <message>
        <source>Test conversations with your sales agent on your own documents</source>
        <translation>Testgespräche mit Ihrem Verkaufsagenten auf Basis Ihrer eigenen Dokumente</translation>
    </message>
    <message>
        <source>Agent policy</source>
        <translation>Agenten-Policy</translation>
    </message>
    <message>
        <source>Which policy chooses the agent&apos;s replies</source>
        <translation>Welche Policy die Antworten des Agenten wählt</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Policy</translation>
    </message>
    <message>
        <source>Campaign to test</source>
        <translation>Zu testende Kampagne</translation>
    </message>
    <message>
        <source>The campaign the lead arrives from</source>
        <translation>Die Kampagne, über die der Lead kommt</translation>
    </message>
    <message>
        <source>New test conversation</source>
        <translation>Neues Testgespräch</translation>
    </message>
    <message>
        <source>Test conversations</source>
        <translation>Testgespräche</translation>
    </message>
    <message>
        <source>No test conversations yet. Choose the campaign the lead comes from and press “New test conversation”.</source>
        <translation>Noch keine Testgespräche. Wählen Sie die Kampagne, über die der Lead kommt, und klicken Sie auf „Neues Testgespräch“.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Start this test conversation again from the beginning</source>
        <translation>Dieses Testgespräch von vorn beginnen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete this test conversation with all its branches</source>
        <translation>Dieses Testgespräch mit allen seinen Zweigen löschen</translation>
    </message>
    <message>
        <source>Test conversation</source>
        <translation>Testgespräch</translation>
    </message>
    <message>
        <source>Back to the latest</source>
        <translation>Zurück zum neuesten Stand</translation>
    </message>
    <message>
        <source>The lead&apos;s message</source>
        <translation>Nachricht des Leads</translation>
    </message>
    <message>
        <source>Write as the lead would, e.g. “Hi! I run a gym and saw your ad.” Enter sends, Shift+Enter starts a new line.</source>
        <translation>Schreiben Sie wie ein Lead, z. B. „Hallo! Ich betreibe ein Fitnessstudio und habe Ihre Anzeige gesehen.“ Die Eingabetaste sendet, Umschalt+Eingabe beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stop the agent&apos;s reply; nothing of this turn is stored</source>
        <translation>Die Antwort des Agenten anhalten; von dieser Runde wird nichts gespeichert</translation>
    </message>
    <message>
        <source>Simulate payment</source>
        <translation>Zahlung simulieren</translation>
    </message>
    <message>
        <source>Completes the test checkout as if the lead had paid. Simulated: no money moves and no real payment is recorded.</source>
        <translation>Schließt den Test-Checkout ab, als hätte der Lead bezahlt. Simuliert: Es fließt kein Geld, und es wird keine echte Zahlung erfasst.</translation>
    </message>
    <message>
        <source>Simulated: marks the test link paid, no money moves.</source>
        <translation>Simuliert: markiert den Testlink als bezahlt, es fließt kein Geld.</translation>
    </message>
    <message>
        <source>Fork and continue</source>
        <translation>Abzweigen und fortsetzen</translation>
    </message>
    <message>
        <source>Store the edited state as a new branch; the old branch stays</source>
        <translation>Den bearbeiteten Zustand als neuen Zweig speichern; der alte Zweig bleibt erhalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Filled: the stage the conversation is in. Blue: the nodes and edges of the last turn. Hover a node or a condition for details.</source>
        <translation>Gefüllt: die Phase, in der sich das Gespräch befindet. Blau: die Knoten und Kanten der letzten Runde. Zeigen Sie auf einen Knoten oder eine Bedingung, um Details zu sehen.</translation>
    </message>
    <message>
        <source>Retrieved chunks</source>
        <translation>Gefundene Textblöcke</translation>
    </message>
    <message>
        <source>The chunk&apos;s text</source>
        <translation>Text des Textblocks</translation>
    </message>
    <message>
        <source>Select a chunk to read it whole.</source>
        <translation>Wählen Sie einen Textblock aus, um ihn vollständig zu lesen.</translation>
    </message>
    <message>
        <source>Checkpoint history</source>
        <translation>Checkpoint-Verlauf</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Von hier aus fortsetzen</translation>
    </message>
    <message>
        <source>Show the conversation at this checkpoint; the lead&apos;s next message starts a new branch from it</source>
        <translation>Das Gespräch bei diesem Checkpoint anzeigen; die nächste Nachricht des Leads beginnt von hier einen neuen Zweig</translation>
    </message>
    <message>
        <source>Edit and fork…</source>
        <translation>Bearbeiten und abzweigen …</translation>
    </message>
    <message>
        <source>Change a message or a field of this checkpoint&apos;s state in the inspector and continue from the edit as a new branch</source>
        <translation>Eine Nachricht oder ein Feld im Zustand dieses Checkpoints im Inspektor ändern und ab der Bearbeitung als neuen Zweig fortsetzen</translation>
    </message>
    <message>
        <source>No campaign (direct message)</source>
        <translation>Keine Kampagne (Direktnachricht)</translation>
    </message>
    <message>
        <source>Connecting the agent playground…</source>
        <translation>Agenten-Testbereich wird verbunden …</translation>
    </message>
    <message>
        <source>Test conversations with your sales agent on your own documents · policy: %1</source>
        <translation>Testgespräche mit Ihrem Verkaufsagenten auf Basis Ihrer eigenen Dokumente · Policy: %1</translation>
    </message>
    <message>
        <source>The test payment is already completed.</source>
        <translation>Die Testzahlung ist bereits abgeschlossen.</translation>
    </message>
    <message>
        <source>The agent has not sent a payment link in this conversation yet.</source>
        <translation>Der Agent hat in diesem Gespräch noch keinen Zahlungslink gesendet.</translation>
    </message>
    <message>
        <source>The playground is not available yet; the message above says why.</source>
        <translation>Der Testbereich ist noch nicht verfügbar; die Meldung oben nennt den Grund.</translation>
    </message>
    <message>
        <source>Pick a test conversation on the left, or start a new one.</source>
        <translation>Wählen Sie links ein Testgespräch aus oder beginnen Sie ein neues.</translation>
    </message>
    <message>
        <source>Start a test conversation: choose the campaign the lead comes from and press “New test conversation”. Then write as the lead would.</source>
        <translation>Beginnen Sie ein Testgespräch: Wählen Sie die Kampagne, über die der Lead kommt, und klicken Sie auf „Neues Testgespräch“. Schreiben Sie dann wie ein Lead.</translation>
    </message>
    <message>
        <source>Write the lead&apos;s first message below, e.g. “Hi! I saw your ad.” The agent answers with your prompts and documents.</source>
        <translation>Schreiben Sie unten die erste Nachricht des Leads, z. B. „Hallo! Ich habe Ihre Anzeige gesehen.“ Der Agent antwortet mit Ihren Prompts und Dokumenten.</translation>
    </message>
    <message>
        <source>No test conversation open</source>
        <translation>Kein Testgespräch geöffnet</translation>
    </message>
    <message>
        <source>The agent&apos;s state appears here once a conversation is open.</source>
        <translation>Der Zustand des Agenten erscheint hier, sobald ein Gespräch geöffnet ist.</translation>
    </message>
    <message>
        <source>The chunks the agent retrieved in a turn appear here.</source>
        <translation>Die Textblöcke, die der Agent in einer Runde gefunden hat, erscheinen hier.</translation>
    </message>
    <message>
        <source>The checkpoints of the open conversation appear here.</source>
        <translation>Die Checkpoints des geöffneten Gesprächs erscheinen hier.</translation>
    </message>
    <message>
        <source>Test conversation · %1</source>
        <translation>Testgespräch · %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) the agent retrieved in the turn that led here, best first.</source>
        <translation>
            <numerusform>%n Textblock, den der Agent in der Runde gefunden hat, die hierher geführt hat, beste zuerst.</numerusform>
            <numerusform>%n Textblöcke, die der Agent in der Runde gefunden hat, die hierher geführt hat, beste zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents were searched in the turn that led here. The pitch and objection handling search your documents.</source>
        <translation>In der Runde, die hierher geführt hat, wurden keine Dokumente durchsucht. Pitch und Einwandbehandlung durchsuchen Ihre Dokumente.</translation>
    </message>
    <message>
        <source>No state yet: the conversation starts with the lead&apos;s first message.</source>
        <translation>Noch kein Zustand: Das Gespräch beginnt mit der ersten Nachricht des Leads.</translation>
    </message>
    <message>
        <source>The state at step %1. To change it, pick the checkpoint in History and choose “Edit and fork”.</source>
        <translation>Der Zustand bei Schritt %1. Um ihn zu ändern, wählen Sie den Checkpoint unter „Verlauf“ aus und dann „Bearbeiten und abzweigen“.</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation>nicht qualifiziert</translation>
    </message>
    <message>
        <source>paid (simulated)</source>
        <translation>bezahlt (simuliert)</translation>
    </message>
    <message>
        <source>test link sent</source>
        <translation>Testlink gesendet</translation>
    </message>
    <message>
        <source>no link sent</source>
        <translation>kein Link gesendet</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Nicht begonnen</translation>
    </message>
    <message>
        <source>You are at an earlier checkpoint (step %1). The next message starts a new branch from here; the others stay in History.</source>
        <translation>Sie befinden sich bei einem früheren Checkpoint (Schritt %1). Die nächste Nachricht beginnt von hier einen neuen Zweig; die anderen bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test payment link&lt;/b&gt; (a test link: no money moves): %1&lt;br&gt;Press “Simulate payment” to play the lead paying it.</source>
        <translation>&lt;b&gt;Test-Zahlungslink&lt;/b&gt; (ein Testlink: Es fließt kein Geld): %1&lt;br&gt;Klicken Sie auf „Zahlung simulieren“, um zu spielen, dass der Lead ihn bezahlt.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of this turn was stored.</source>
        <translation>Angehalten. Von dieser Runde wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The agent could not answer: %1
Nothing of this turn was stored.</source>
        <translation>Der Agent konnte nicht antworten: %1
Von dieser Runde wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Editing the state at step %1: double-click a value (a field or a message) to change it, then “Fork and continue”. The original branch is kept.</source>
        <translation>Der Zustand bei Schritt %1 wird bearbeitet: Doppelklicken Sie auf einen Wert (ein Feld oder eine Nachricht), um ihn zu ändern, dann auf „Abzweigen und fortsetzen“. Der ursprüngliche Zweig bleibt erhalten.</translation>
    </message>
    <message>
        <source>Reset the test conversation</source>
        <translation>Testgespräch zurücksetzen</translation>
    </message>
    <message>
        <source>Start this test conversation again? Its messages and all its branches are deleted and a new conversation for the same campaign begins.</source>
        <translation>Dieses Testgespräch neu beginnen? Seine Nachrichten und alle seine Zweige werden gelöscht, und ein neues Gespräch für dieselbe Kampagne beginnt.</translation>
    </message>
    <message>
        <source>Delete the test conversation</source>
        <translation>Testgespräch löschen</translation>
    </message>
    <message>
        <source>Delete this test conversation with all its branches? This cannot be undone.</source>
        <translation>Dieses Testgespräch mit allen seinen Zweigen löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Agent backend…</source>
        <translation>Agenten-Backend …</translation>
    </message>
    <message>
        <source>Test the built-in runtime or the agent a LangGraph server runs</source>
        <translation>Die integrierte Laufzeitumgebung oder den Agenten eines LangGraph-Servers testen</translation>
    </message>
    <message>
        <source>Delete the selected test conversation</source>
        <translation>Das ausgewählte Testgespräch löschen</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>The agent stopped at an interrupt and waits for you: let it go on</source>
        <translation>Der Agent hat an einer Unterbrechung angehalten und wartet auf Sie: ihn weitermachen lassen</translation>
    </message>
    <message>
        <source>Test conversations with the agent on %1</source>
        <translation>Testgespräche mit dem Agenten auf %1</translation>
    </message>
    <message>
        <source>The agent stopped before %1 and waits for you: Resume lets it go on.</source>
        <translation>Der Agent hat vor %1 angehalten und wartet auf Sie: „Fortsetzen“ lässt ihn weitermachen.</translation>
    </message>
    <message>
        <source>Stopped. The run was cancelled on the server.</source>
        <translation>Angehalten. Der Durchlauf wurde auf dem Server abgebrochen.</translation>
    </message>
    <message>
        <source>The agent on the server could not answer: %1</source>
        <translation>Der Agent auf dem Server konnte nicht antworten: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PlaygroundPanels</name>
    <message>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Szenarien</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Agent settings…</source>
        <translation>Agenteneinstellungen …</translation>
    </message>
    <message>
        <source>The OpenAI-compatible model&apos;s server, model, temperature and API key</source>
        <translation>Server, Modell, Temperatur und API-Schlüssel des OpenAI-kompatiblen Modells</translation>
    </message>
    <message>
        <source>The conversation could not be read for a replay: %1</source>
        <translation>Das Gespräch konnte für die Wiederholung nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The replay did not finish: %1</source>
        <translation>Die Wiederholung wurde nicht abgeschlossen: %1</translation>
    </message>
    <message>
        <source>Answers with the model set in Agent settings</source>
        <translation>Antwortet mit dem Modell aus den Agenteneinstellungen</translation>
    </message>
    <message>
        <source>a server URL</source>
        <translation>eine Server-URL</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>ein Modell</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>einen API-Schlüssel</translation>
    </message>
    <message>
        <source>%1 (see Agent settings)</source>
        <translation>%1 (siehe Agenteneinstellungen)</translation>
    </message>
    <message>
        <source>%1 (set %2 in Agent settings)</source>
        <translation>%1 (%2 in den Agenteneinstellungen festlegen)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No LangGraph server is set for this profile: choose one with “Agent backend…”.</source>
        <translation>Für dieses Profil ist kein LangGraph-Server festgelegt: Wählen Sie einen über „Agenten-Backend …“.</translation>
    </message>
    <message>
        <source>Connecting to the LangGraph server at %1…</source>
        <translation>Verbindung zum LangGraph-Server unter %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>The LangGraph server at %1 cannot be used: %2</source>
        <translation>Der LangGraph-Server unter %1 kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ProfileEditorDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Profil bearbeiten</translation>
    </message>
    <message>
        <source>The local sandbox is a private PostgreSQL database on this computer, started by the app. Its address and accounts are managed for you; sign in with its owner account.</source>
        <translation>Die lokale Sandbox ist eine private PostgreSQL-Datenbank auf diesem Computer, die von der App gestartet wird. Adresse und Konten werden für Sie verwaltet; melden Sie sich mit ihrem Inhaberkonto an.</translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation>Supabase-Projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Supabase &amp;URL:</source>
        <translation>Supabase-&amp;URL:</translation>
    </message>
    <message>
        <source>anon or publishable key</source>
        <translation>anon- oder publishable-Schlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Browser sign-in buttons, by Supabase provider name, separated by commas. Leave empty for none.</source>
        <translation>Schaltflächen für die Browser-Anmeldung, nach Supabase-Anbietername, durch Kommas getrennt. Für keine leer lassen.</translation>
    </message>
    <message>
        <source>Sign-in &amp;providers:</source>
        <translation>Anmelde&amp;anbieter:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>The port of http://127.0.0.1:&lt;port&gt;/callback, which the project&apos;s redirect allow-list must contain.</source>
        <translation>Der Port von http://127.0.0.1:&lt;port&gt;/callback, den die Redirect-Allowlist des Projekts enthalten muss.</translation>
    </message>
    <message>
        <source>Browser &amp;return port:</source>
        <translation>&amp;Rückkehr-Port für den Browser:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Direkte Verbindung</translation>
    </message>
    <message>
        <source>Session pooler</source>
        <translation>Session-Pooler</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>B&amp;enutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Verify the certificate and host name</source>
        <translation>Zertifikat und Hostnamen prüfen</translation>
    </message>
    <message>
        <source>Verify the certificate only</source>
        <translation>Nur das Zertifikat prüfen</translation>
    </message>
    <message>
        <source>Encrypt without verifying</source>
        <translation>Verschlüsseln ohne Prüfung</translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation>Keine Verschlüsselung (nur dieser Computer)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA certificate file (.crt)</source>
        <translation>CA-Zertifikatsdatei (.crt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Durchsu&amp;chen …</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign base URL:</source>
        <translation>&amp;Kampagnen-Basis-URL:</translation>
    </message>
    <message>
        <source>Sign-in server:</source>
        <translation>Anmeldeserver:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindun&amp;g testen</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s keys from the keychain…</source>
        <translation>Schlüssel des Profils werden aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>Edit profile — %1</source>
        <translation>Profil bearbeiten — %1</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>nicht getestet</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Zertifikate (*.crt *.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>wird getestet …</translation>
    </message>
    <message>
        <source>✓ reachable</source>
        <translation>✓ erreichbar</translation>
    </message>
    <message>
        <source>✗ failed: %1</source>
        <translation>✗ fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>The profile is not complete yet: %1</source>
        <translation>Das Profil ist noch unvollständig: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s keys could not be saved: %1</source>
        <translation>Die Schlüssel des Profils konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PromptsPanel</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation>Als neue Version &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>Diese Version &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Knoten</translation>
    </message>
    <message>
        <source>Prompt and reply templates</source>
        <translation>Prompt- und Antwortvorlagen</translation>
    </message>
    <message>
        <source>Markdown: “## prompt” is what a language model is told; the other “## …” sections are the offline agent&apos;s reply templates with {echo}, {revenue}, {business}, {citation}, {plans}, {email}, {plan}.</source>
        <translation>Markdown: „## prompt“ ist das, was einem Sprachmodell gesagt wird; die anderen „## …“-Abschnitte sind die Antwortvorlagen des Offline-Agenten mit {echo}, {revenue}, {business}, {citation}, {plans}, {email}, {plan}.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Saves the selected version&apos;s text again as the newest version</source>
        <translation>Speichert den Text der ausgewählten Version erneut als neueste Version</translation>
    </message>
    <message>
        <source>Saved &amp;versions</source>
        <translation>&amp;Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>The saved prompts could not be read (the built-in ones are shown): %1</source>
        <translation>Die gespeicherten Prompts konnten nicht gelesen werden (die integrierten werden angezeigt): %1</translation>
    </message>
    <message>
        <source>The prompt could not be saved: %1</source>
        <translation>Der Prompt konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved as version %1: the next turn and the next scenario run use it.</source>
        <translation>Als Version %1 gespeichert: Die nächste Runde und der nächste Szenario-Durchlauf verwenden sie.</translation>
    </message>
    <message>
        <source>Version %1 · saved %2</source>
        <translation>Version %1 · gespeichert %2</translation>
    </message>
    <message>
        <source> · in use</source>
        <translation> · in Verwendung</translation>
    </message>
    <message>
        <source>Built-in text · in use</source>
        <translation>Integrierter Text · in Verwendung</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Integrierter Text</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>In use: the built-in text. Edit it and save to make version 1 of yours.</source>
        <translation>In Verwendung: der integrierte Text. Bearbeiten und speichern Sie ihn, um Ihre Version 1 anzulegen.</translation>
    </message>
    <message>
        <source>In use: version %1, saved %2.</source>
        <translation>In Verwendung: Version %1, gespeichert %2.</translation>
    </message>
    <message>
        <source>An empty prompt cannot be saved; discard the changes instead.</source>
        <translation>Ein leerer Prompt kann nicht gespeichert werden; verwerfen Sie stattdessen die Änderungen.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>That text is already in use.</source>
        <translation>Dieser Text ist bereits in Verwendung.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::QrCodeDialog</name>
    <message>
        <source>QR code for %1</source>
        <translation>QR-Code für %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>QR code of the campaign link</source>
        <translation>QR-Code des Kampagnenlinks</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Link kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>PNG speichern …</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>SVG speichern …</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>This link is too long for a QR code.</source>
        <translation>Dieser Link ist zu lang für einen QR-Code.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation>QR-Code als SVG speichern</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>QR-Code als PNG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ReplayDialog</name>
    <message>
        <source>Replay in playground</source>
        <translation>Im Testbereich erneut abspielen</translation>
    </message>
    <message>
        <source>The conversation with %1 is copied into a new test conversation up to the turn you choose; the agent as it is now (your current prompts, documents and policy) answers the lead&apos;s remaining messages. The result is shown beside the original.</source>
        <translation>Das Gespräch mit %1 wird bis zur gewählten Runde in ein neues Testgespräch kopiert; der Agent in seinem jetzigen Stand (Ihre aktuellen Prompts, Dokumente und Policy) beantwortet die übrigen Nachrichten des Leads. Das Ergebnis wird neben dem Original angezeigt.</translation>
    </message>
    <message>
        <source>The lead&apos;s messages</source>
        <translation>Die Nachrichten des Leads</translation>
    </message>
    <message>
        <source>Lead turns copied as they were</source>
        <translation>Unverändert kopierte Runden des Leads</translation>
    </message>
    <message>
        <source>Lead turns &amp;copied as they were:</source>
        <translation>Unverändert &amp;kopierte Runden des Leads:</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Erneut abspielen</translation>
    </message>
    <message>
        <source>The lead wrote nothing in this conversation: there is nothing to replay.</source>
        <translation>Der Lead hat in diesem Gespräch nichts geschrieben: Es gibt nichts erneut abzuspielen.</translation>
    </message>
    <message numerus="yes">
        <source>The current agent answers all %n lead turn(s) again.</source>
        <translation>
            <numerusform>Der aktuelle Agent beantwortet die %n Runde des Leads erneut.</numerusform>
            <numerusform>Der aktuelle Agent beantwortet alle %n Runden des Leads erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead turn is copied as it was; continue the copy by hand in the playground.</source>
        <translation>Jede Runde des Leads wird unverändert kopiert; setzen Sie die Kopie im Testbereich von Hand fort.</translation>
    </message>
    <message>
        <source>Turns 1–%1 are copied as they were; the current agent answers turns %2–%3.</source>
        <translation>Die Runden 1–%1 werden unverändert kopiert; der aktuelle Agent beantwortet die Runden %2–%3.</translation>
    </message>
    <message>
        <source>Copied as it was</source>
        <translation>Unverändert kopiert</translation>
    </message>
    <message>
        <source>Answered by the current agent</source>
        <translation>Vom aktuellen Agenten beantwortet</translation>
    </message>
    <message>
        <source>%1. copied · %2</source>
        <translation>%1. kopiert · %2</translation>
    </message>
    <message>
        <source>%1. replayed · %2</source>
        <translation>%1. neu beantwortet · %2</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ReplayPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Open the replay in the chat</source>
        <translation>Die Wiederholung im Chat öffnen</translation>
    </message>
    <message>
        <source>No replay yet. On the Conversations page, choose a conversation and “Replay in playground” to see how the agent as it is now would have answered that lead.</source>
        <translation>Noch keine Wiederholung. Wählen Sie auf der Seite „Gespräche“ ein Gespräch und „Im Testbereich erneut abspielen“, um zu sehen, wie der Agent in seinem jetzigen Stand diesem Lead geantwortet hätte.</translation>
    </message>
    <message>
        <source>Original and replay compared</source>
        <translation>Original und Wiederholung im Vergleich</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Erreichte Phase</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Qualifiziert</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Qualifizierungs-Score</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Zahlungslink gesendet</translation>
    </message>
    <message>
        <source>Lead turns</source>
        <translation>Runden des Leads</translation>
    </message>
    <message>
        <source>The original conversation</source>
        <translation>Das ursprüngliche Gespräch</translation>
    </message>
    <message>
        <source>The replay</source>
        <translation>Die Wiederholung</translation>
    </message>
    <message>
        <source>Replaying the conversation with %1 with the current agent…</source>
        <translation>Das Gespräch mit %1 wird mit dem aktuellen Agenten erneut abgespielt …</translation>
    </message>
    <message>
        <source>The conversation with %1 could not be replayed: %2</source>
        <translation>Das Gespräch mit %1 konnte nicht erneut abgespielt werden: %2</translation>
    </message>
    <message>
        <source>built-in prompts</source>
        <translation>integrierte Prompts</translation>
    </message>
    <message>
        <source>prompts v%1</source>
        <translation>Prompts v%1</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed: the current agent answered all %2 lead turns (policy %3, %4).</source>
        <translation>Das Gespräch mit %1 wurde erneut abgespielt: Der aktuelle Agent hat alle %2 Runden des Leads beantwortet (Policy %3, %4).</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed: turns 1–%2 copied, the current agent answered %3 of %4 (policy %5, %6).</source>
        <translation>Das Gespräch mit %1 wurde erneut abgespielt: Runden 1–%2 kopiert, der aktuelle Agent hat %3 von %4 beantwortet (Policy %5, %6).</translation>
    </message>
    <message>
        <source>It stopped early: %1</source>
        <translation>Vorzeitig angehalten: %1</translation>
    </message>
    <message>
        <source>Differs from the original</source>
        <translation>Weicht vom Original ab</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Lead · turn %1</source>
        <translation>Lead · Runde %1</translation>
    </message>
    <message>
        <source>(copied)</source>
        <translation>(kopiert)</translation>
    </message>
    <message>
        <source>The transcript could not be read: %1</source>
        <translation>Das Transkript konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Replay on the server</source>
        <translation>Wiederholung auf dem Server</translation>
    </message>
    <message>
        <source>Replaying the conversation with %1 on %2…</source>
        <translation>Das Gespräch mit %1 wird auf %2 erneut abgespielt …</translation>
    </message>
    <message>
        <source>The conversation with %1 could not be replayed on the LangGraph server: %2</source>
        <translation>Das Gespräch mit %1 konnte nicht auf dem LangGraph-Server erneut abgespielt werden: %2</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed on the LangGraph server (assistant %2): the server&apos;s agent answered all %3 lead turns.</source>
        <translation>Das Gespräch mit %1 wurde auf dem LangGraph-Server erneut abgespielt (Assistent %2): Der Agent des Servers hat alle %3 Runden des Leads beantwortet.</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed on the LangGraph server (assistant %2): turns 1–%3 copied into a new server thread, the server&apos;s agent answered %4 of %5.</source>
        <translation>Das Gespräch mit %1 wurde auf dem LangGraph-Server erneut abgespielt (Assistent %2): Runden 1–%3 in einen neuen Server-Thread kopiert, der Agent des Servers hat %4 von %5 beantwortet.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::RetrievalBenchPanel</name>
    <message>
        <source>Match words too</source>
        <translation>Auch Wörter abgleichen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Save as test question</source>
        <translation>Als Testfrage speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <source>Test question</source>
        <translation>Testfrage</translation>
    </message>
    <message>
        <source>Ask as a lead would, e.g. “How much is the coaching programme per month?”</source>
        <translation>Fragen Sie wie ein Lead, z. B. „Was kostet das Coaching-Programm pro Monat?“</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>top </source>
        <translation>Top </translation>
    </message>
    <message>
        <source>Fuse the ranking by meaning with full-text search, as the agent does; off = meaning only</source>
        <translation>Die Rangfolge nach Bedeutung mit der Volltextsuche verschmelzen, wie es der Agent tut; aus = nur Bedeutung</translation>
    </message>
    <message>
        <source>Retrieved chunks</source>
        <translation>Gefundene Textblöcke</translation>
    </message>
    <message>
        <source>Passage of the selected result</source>
        <translation>Textstelle des ausgewählten Ergebnisses</translation>
    </message>
    <message>
        <source>Saved test questions</source>
        <translation>Gespeicherte Testfragen</translation>
    </message>
    <message>
        <source>Document that answers the question</source>
        <translation>Dokument, das die Frage beantwortet</translation>
    </message>
    <message>
        <source>Page that answers the question</source>
        <translation>Seite, die die Frage beantwortet</translation>
    </message>
    <message>
        <source>any page</source>
        <translation>beliebige Seite</translation>
    </message>
    <message>
        <source>Section that answers the question</source>
        <translation>Abschnitt, der die Frage beantwortet</translation>
    </message>
    <message>
        <source>any section</source>
        <translation>beliebiger Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Answered by</source>
        <translation>&amp;Beantwortet durch</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No chunk matches: the knowledge base has nothing on this yet.</source>
        <translation>Kein Textblock passt: Die Wissensdatenbank enthält dazu noch nichts.</translation>
    </message>
    <message>
        <source>Results: %1 in %2 ms · vector search: %3 · model: %4</source>
        <translation>Ergebnisse: %1 in %2 ms · Vektorsuche: %3 · Modell: %4</translation>
    </message>
    <message>
        <source>No saved questions yet. Search for a question, choose the document that answers it and save it: “Run all” then tells whether changes to documents or settings made answers better or worse.</source>
        <translation>Noch keine gespeicherten Fragen. Suchen Sie nach einer Frage, wählen Sie das Dokument, das sie beantwortet, und speichern Sie sie: „Alle ausführen“ zeigt dann, ob Änderungen an Dokumenten oder Einstellungen die Antworten verbessert oder verschlechtert haben.</translation>
    </message>
    <message>
        <source>Not run yet: “Run all” measures how often the expected document comes first.</source>
        <translation>Noch nicht ausgeführt: „Alle ausführen“ misst, wie oft das erwartete Dokument an erster Stelle steht.</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>Die Frage konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The question could not be removed: %1</source>
        <translation>Die Frage konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Running the saved questions (%1)…</source>
        <translation>Gespeicherte Fragen werden ausgeführt (%1) …</translation>
    </message>
    <message>
        <source>Type a question above and press Enter. The chunks the agent would be given appear here with the words that matched highlighted.</source>
        <translation>Geben Sie oben eine Frage ein und drücken Sie die Eingabetaste. Die Textblöcke, die der Agent erhalten würde, erscheinen hier, die gefundenen Wörter hervorgehoben.</translation>
    </message>
    <message>
        <source>Connecting the test bench to the knowledge base…</source>
        <translation>Testumgebung wird mit der Wissensdatenbank verbunden …</translation>
    </message>
    <message>
        <source>Add documents first: the bench searches what the agent knows.</source>
        <translation>Fügen Sie zuerst Dokumente hinzu: Die Testumgebung durchsucht, was der Agent weiß.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft …</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>meaning: rank %1, similarity %2</source>
        <translation>Bedeutung: Rang %1, Ähnlichkeit %2</translation>
    </message>
    <message>
        <source>meaning: not ranked</source>
        <translation>Bedeutung: kein Rang</translation>
    </message>
    <message>
        <source>words: rank %1, score %2</source>
        <translation>Wörter: Rang %1, Score %2</translation>
    </message>
    <message>
        <source>words: no match</source>
        <translation>Wörter: kein Treffer</translation>
    </message>
    <message>
        <source>Saving the question…</source>
        <translation>Frage wird gespeichert …</translation>
    </message>
    <message>
        <source>Running the saved questions…</source>
        <translation>Gespeicherte Fragen werden ausgeführt …</translation>
    </message>
    <message>
        <source>hit@%1: %2% · MRR: %3</source>
        <translation>hit@%1: %2 % · MRR: %3</translation>
    </message>
    <message>
        <source>Last run — %1.</source>
        <translation>Letzter Durchlauf — %1.</translation>
    </message>
    <message>
        <source>%1. The first run: nothing to compare with yet.</source>
        <translation>%1. Der erste Durchlauf: noch nichts zum Vergleichen.</translation>
    </message>
    <message>
        <source>%1 (before: hit@%2 %3%, MRR %4). Better: %5 · worse: %6.</source>
        <translation>%1 (vorher: hit@%2 %3 %, MRR %4). Besser: %5 · schlechter: %6.</translation>
    </message>
    <message>
        <source>Searching… (after the search index has loaded)</source>
        <translation>Suche läuft … (sobald der Suchindex geladen ist)</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ScenariosPanel</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>stage %1 · qualified %2 · payment link %3 · %4 · policy %5 · %6 lead turns answered</source>
        <translation>Phase %1 · qualifiziert %2 · Zahlungslink %3 · %4 · Policy %5 · %6 Runden des Leads beantwortet</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>built-in prompts</source>
        <translation>integrierte Prompts</translation>
    </message>
    <message>
        <source>prompts v%1</source>
        <translation>Prompts v%1</translation>
    </message>
    <message>
        <source>Save &amp;conversation…</source>
        <translation>&amp;Gespräch speichern …</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run &amp;all</source>
        <translation>A&amp;lle ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Save the open test conversation&apos;s lead messages as a scenario; where it got becomes what later runs must reach</source>
        <translation>Die Nachrichten des Leads aus dem geöffneten Testgespräch als Szenario speichern; wie weit es gekommen ist, müssen spätere Durchläufe erreichen</translation>
    </message>
    <message>
        <source>Run the selected scenario with the current prompts and documents</source>
        <translation>Das ausgewählte Szenario mit den aktuellen Prompts und Dokumenten ausführen</translation>
    </message>
    <message>
        <source>Stop after the scenario in progress</source>
        <translation>Nach dem laufenden Szenario anhalten</translation>
    </message>
    <message>
        <source>The selected scenario&apos;s newest run against the run before it, or its expectation</source>
        <translation>Der neueste Durchlauf des ausgewählten Szenarios im Vergleich zum vorherigen Durchlauf oder zur Erwartung</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Szenariodetails</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>The scenarios could not be listed: %1</source>
        <translation>Die Szenarien konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>No scenarios yet: open a test conversation and save it here.</source>
        <translation>Noch keine Szenarien: Öffnen Sie ein Testgespräch und speichern Sie es hier.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s).</source>
        <translation>
            <numerusform>%n Szenario.</numerusform>
            <numerusform>%n Szenarien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1” with %n lead turn(s); runs are held to where this conversation got.</source>
        <translation>
            <numerusform>„%1“ mit %n Runde des Leads gespeichert; Durchläufe müssen so weit kommen wie dieses Gespräch.</numerusform>
            <numerusform>„%1“ mit %n Runden des Leads gespeichert; Durchläufe müssen so weit kommen wie dieses Gespräch.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenario could not be saved: %1</source>
        <translation>Das Szenario konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” and its runs.</source>
        <translation>„%1“ und seine Durchläufe gelöscht.</translation>
    </message>
    <message>
        <source>The scenario could not be deleted: %1</source>
        <translation>Das Szenario konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Ran “%1” (%2 of %3)…</source>
        <translation>„%1“ ausgeführt (%2 von %3) …</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run: </source>
        <translation>
            <numerusform>%n Szenario ausgeführt: </numerusform>
            <numerusform>%n Szenarien ausgeführt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenarios could not be run: %1</source>
        <translation>Die Szenarien konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Als Szenario speichern</translation>
    </message>
    <message>
        <source>The lead&apos;s messages of this test conversation become a scenario; where it got (stage, qualified, payment link) is what later runs must reach.

Scenario &amp;name:</source>
        <translation>Die Nachrichten des Leads aus diesem Testgespräch werden zu einem Szenario; wie weit es gekommen ist (Phase, qualifiziert, Zahlungslink), müssen spätere Durchläufe erreichen.

Szenario&amp;name:</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>„%1“ wird gespeichert …</translation>
    </message>
    <message>
        <source>Replace scenario</source>
        <translation>Szenario ersetzen</translation>
    </message>
    <message>
        <source>A scenario called “%1” exists already. Replace it with this conversation? Its runs so far are kept.</source>
        <translation>Ein Szenario namens „%1“ existiert bereits. Durch dieses Gespräch ersetzen? Seine bisherigen Durchläufe bleiben erhalten.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Wird ausgeführt …</translation>
    </message>
    <message>
        <source>Stopping after the scenario in progress…</source>
        <translation>Wird nach dem laufenden Szenario angehalten …</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Szenario löschen</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” and all of its runs?</source>
        <translation>Das Szenario „%1“ und alle seine Durchläufe löschen?</translation>
    </message>
    <message>
        <source>&lt;p&gt;A scenario is a test conversation kept to be run again: after you change a prompt or a document, run all scenarios to see whether the agent still takes each lead where it did.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ein Szenario ist ein Testgespräch, das aufbewahrt wird, um es erneut auszuführen: Führen Sie nach einer Änderung an einem Prompt oder einem Dokument alle Szenarien aus, um zu sehen, ob der Agent jeden Lead noch so weit bringt wie zuvor.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a scenario to see its lead messages and its last run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Szenario aus, um seine Nachrichten des Leads und seinen letzten Durchlauf zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Erwartet:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last run (%1):&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Letzter Durchlauf (%1):&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehler:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not run yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nicht ausgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Newest run against the run before it&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Neuester Durchlauf im Vergleich zum vorherigen&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Newest run against the expectation&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Neuester Durchlauf im Vergleich zur Erwartung&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same run: every reply, stage and state field is equal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Derselbe Durchlauf: Jede Antwort, jede Phase und jedes Zustandsfeld ist gleich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
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
        <source>&lt;h4&gt;Lead messages&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Nachrichten des Leads&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Open a test conversation first; its lead messages become the scenario</source>
        <translation>Öffnen Sie zuerst ein Testgespräch; seine Nachrichten des Leads werden zum Szenario</translation>
    </message>
    <message>
        <source>stage %1 · qualified %2 · payment link %3 · assistant %4 · %5 lead turns answered</source>
        <translation>Phase %1 · qualifiziert %2 · Zahlungslink %3 · Assistent %4 · %5 Runden des Leads beantwortet</translation>
    </message>
    <message>
        <source>Run scenarios on</source>
        <translation>Szenarien ausführen auf</translation>
    </message>
    <message>
        <source>Built-in runtime</source>
        <translation>Integrierte Laufzeitumgebung</translation>
    </message>
    <message>
        <source>LangGraph server</source>
        <translation>LangGraph-Server</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Beide, nebeneinander</translation>
    </message>
    <message>
        <source>The playground&apos;s own runtime with the current prompts, documents and policy</source>
        <translation>Die eigene Laufzeitumgebung des Testbereichs mit den aktuellen Prompts, Dokumenten und der aktuellen Policy</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>A&amp;usführen auf:</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run on both runtimes: </source>
        <translation>
            <numerusform>%n Szenario auf beiden Laufzeitumgebungen ausgeführt: </numerusform>
            <numerusform>%n Szenarien auf beiden Laufzeitumgebungen ausgeführt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end differently, </source>
        <translation>
            <numerusform>%n endet unterschiedlich, </numerusform>
            <numerusform>%n enden unterschiedlich, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run on the LangGraph server: </source>
        <translation>
            <numerusform>%n Szenario auf dem LangGraph-Server ausgeführt: </numerusform>
            <numerusform>%n Szenarien auf dem LangGraph-Server ausgeführt: </numerusform>
        </translation>
    </message>
    <message>
        <source>No LangGraph server is set for this profile.</source>
        <translation>Für dieses Profil ist kein LangGraph-Server festgelegt.</translation>
    </message>
    <message>
        <source>Each scenario on a new thread of %1 (assistant %2)</source>
        <translation>Jedes Szenario in einem neuen Thread von %1 (Assistent %2)</translation>
    </message>
    <message>
        <source>Each scenario on the built-in runtime and on the LangGraph server, set side by side</source>
        <translation>Jedes Szenario auf der integrierten Laufzeitumgebung und auf dem LangGraph-Server, nebeneinandergestellt</translation>
    </message>
    <message>
        <source>LangGraph server: %1</source>
        <translation>LangGraph-Server: %1</translation>
    </message>
    <message>
        <source>Running on the built-in runtime and on the LangGraph server…</source>
        <translation>Wird auf der integrierten Laufzeitumgebung und auf dem LangGraph-Server ausgeführt …</translation>
    </message>
    <message>
        <source>Running on the LangGraph server…</source>
        <translation>Wird auf dem LangGraph-Server ausgeführt …</translation>
    </message>
    <message>
        <source>&lt;h4&gt;On the LangGraph server&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Auf dem LangGraph-Server&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Server run:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Server-Durchlauf:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Error on the server:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Fehler auf dem Server:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Built-in run:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Integrierter Durchlauf:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compared:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Vergleich:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not run on the LangGraph server in this session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In dieser Sitzung nicht auf dem LangGraph-Server ausgeführt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The open test conversation is on the LangGraph server: scenarios are saved from the built-in playground&apos;s conversations</source>
        <translation>Das geöffnete Testgespräch liegt auf dem LangGraph-Server: Szenarien werden aus den Gesprächen des integrierten Testbereichs gespeichert</translation>
    </message>
</context>
<context>
    <name>limitless::ui::SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Campaign links</source>
        <translation>Kampagnenlinks</translation>
    </message>
    <message>
        <source>Each campaign&apos;s link is this address followed by the campaign&apos;s code. It is what “Copy link” copies and what the QR codes contain, so change it before printing.</source>
        <translation>Der Link jeder Kampagne ist diese Adresse, gefolgt vom Code der Kampagne. Diesen Link kopiert „Link kopieren“, und ihn enthalten auch die QR-Codes; ändern Sie die Adresse daher vor dem Drucken.</translation>
    </message>
    <message>
        <source>Campaign link &amp;base URL</source>
        <translation>&amp;Basis-URL der Kampagnenlinks</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notify me when a lead qualifies</source>
        <translation>Mich benachrichtigen, wenn sich ein Lead qualifiziert</translation>
    </message>
    <message>
        <source>Notify me when a payment completes</source>
        <translation>Mich benachrichtigen, wenn eine Zahlung abgeschlossen ist</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Beispiel: %1</translation>
    </message>
    <message>
        <source>Empty: the default address is used.</source>
        <translation>Leer: Die Standardadresse wird verwendet.</translation>
    </message>
    <message>
        <source>Saved. New links and QR codes use this address.</source>
        <translation>Gespeichert. Neue Links und QR-Codes verwenden diese Adresse.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>The LIMITLESS_THEME environment variable is set: it decides the scheme.</source>
        <translation>Die Umgebungsvariable LIMITLESS_THEME ist gesetzt: Sie bestimmt das Farbschema.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>Überall</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>limitless::ui::SignInController</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Lokale Sandbox wird gestartet …</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>Die lokale Sandbox konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s keys from the keychain…</source>
        <translation>Schlüssel des Profils werden aus dem Schlüsselbund gelesen …</translation>
    </message>
    <message>
        <source>This profile is not complete yet: %1 Use “Edit…” to finish it.</source>
        <translation>Dieses Profil ist noch unvollständig: %1 Vervollständigen Sie es mit „Bearbeiten …“.</translation>
    </message>
    <message>
        <source>The local sandbox was created with an owner account. E-mail: %1 — password: %2 — note it down; `limitless sandbox passwd` changes it.</source>
        <translation>Die lokale Sandbox wurde mit einem Inhaberkonto erstellt. E-Mail: %1 — Passwort: %2 — notieren Sie es sich; `limitless sandbox passwd` ändert es.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>The demo business could not be loaded: %1 Load it later with `limitless demo-data`.</source>
        <translation>Das Demo-Unternehmen konnte nicht geladen werden: %1 Laden Sie es später mit `limitless demo-data`.</translation>
    </message>
    <message>
        <source>Loading the demo business…</source>
        <translation>Demo-Unternehmen wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>The demo business is loaded: %n campaign(s) with their conversations, payments and documents.</source>
        <translation>
            <numerusform>Das Demo-Unternehmen ist geladen: %n Kampagne mit ihren Gesprächen, Zahlungen und Dokumenten.</numerusform>
            <numerusform>Das Demo-Unternehmen ist geladen: %n Kampagnen mit ihren Gesprächen, Zahlungen und Dokumenten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::SignInDialog</name>
    <message>
        <source>Sign in — Limitless OS</source>
        <translation>Anmelden — Limitless OS</translation>
    </message>
    <message>
        <source>Sign in to Limitless</source>
        <translation>Bei Limitless anmelden</translation>
    </message>
    <message>
        <source>The owner&apos;s dashboard for your AI sales agent</source>
        <translation>Das Inhaber-Dashboard für Ihren KI-Verkaufsagenten</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>P&amp;rofil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Which environment to sign in to</source>
        <translation>Bei welcher Umgebung Sie sich anmelden</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>Change this profile&apos;s server, keys and database</source>
        <translation>Server, Schlüssel und Datenbank dieses Profils ändern</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Wird bearbeitet</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>Passwort &amp;vergessen?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Passwort vergessen</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s owner account and its password were shown by `limitless sandbox start`; set a new password with `limitless sandbox passwd`.</source>
        <translation>Das Inhaberkonto der lokalen Sandbox und sein Passwort wurden von `limitless sandbox start` angezeigt; legen Sie mit `limitless sandbox passwd` ein neues Passwort fest.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Zweistufige Verifizierung</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Limitless.</source>
        <translation>Geben Sie den 6-stelligen Code ein, den Ihre Authenticator-App für Limitless anzeigt.</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Authentifizierungscode</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>We will e-mail you a code. Enter it on the next step, then choose a new password.</source>
        <translation>Wir senden Ihnen einen Code per E-Mail. Geben Sie ihn im nächsten Schritt ein und wählen Sie dann ein neues Passwort.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>Code &amp;senden</translation>
    </message>
    <message>
        <source>Check your e-mail</source>
        <translation>Prüfen Sie Ihre E-Mails</translation>
    </message>
    <message>
        <source>If an account exists for this address, a code is on its way. Enter it here.</source>
        <translation>Wenn für diese Adresse ein Konto existiert, ist ein Code unterwegs. Geben Sie ihn hier ein.</translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation>Code aus der E-Mail</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Wählen Sie ein neues Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Neues Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>Speichern und &amp;anmelden</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Im Browser fortfahren</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Weiter mit %1</translation>
    </message>
    <message>
        <source>A browser window opened to sign in with %1. When you are done there, come back here: Limitless continues by itself.</source>
        <translation>Ein Browserfenster wurde geöffnet, um sich mit %1 anzumelden. Wenn Sie dort fertig sind, kehren Sie hierher zurück: Limitless fährt von selbst fort.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>Der Code hat 6 Ziffern.</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation>Geben Sie den Code aus der E-Mail ein.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Geben Sie ein neues Passwort ein.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Welcome! How would you like to start?</source>
        <translation>Willkommen! Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>You can switch at any time: the profile at the top of the sign-in window chooses where the dashboard connects.</source>
        <translation>Sie können jederzeit wechseln: Das Profil oben im Anmeldefenster bestimmt, womit sich das Dashboard verbindet.</translation>
    </message>
    <message>
        <source>&amp;Try the local sandbox</source>
        <translation>&amp;Lokale Sandbox ausprobieren</translation>
    </message>
    <message>
        <source>A demo business on this computer — campaigns, conversations, payments, documents and the agent to explore. Nothing leaves your machine.</source>
        <translation>Ein Demo-Unternehmen auf diesem Computer — Kampagnen, Gespräche, Zahlungen, Dokumente und der Agent zum Erkunden. Nichts verlässt Ihren Rechner.</translation>
    </message>
    <message>
        <source>&amp;Connect to your Supabase project</source>
        <translation>Mit Ihrem Supabase-Projekt &amp;verbinden</translation>
    </message>
    <message>
        <source>Your business&apos;s own data: enter the project&apos;s URL and keys, test the connection, then sign in with your account.</source>
        <translation>Die eigenen Daten Ihres Unternehmens: Geben Sie URL und Schlüssel des Projekts ein, testen Sie die Verbindung und melden Sie sich dann mit Ihrem Konto an.</translation>
    </message>
    <message>
        <source>Limitless OS</source>
        <translation>Limitless OS</translation>
    </message>
</context>
<context>
    <name>limitless::ui::TrayMonitor</name>
    <message>
        <source>Limitless OS — monitoring new leads and payments</source>
        <translation>Limitless OS — überwacht neue Leads und Zahlungen</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>A lead</source>
        <translation>Ein Lead</translation>
    </message>
    <message>
        <source>Lead qualified</source>
        <translation>Lead qualifiziert</translation>
    </message>
    <message>
        <source>%1 qualified (%2).</source>
        <translation>%1 ist qualifiziert (%2).</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Zahlung abgeschlossen</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation>%1 hat %2 bezahlt (%3).</translation>
    </message>
    <message>
        <source>%1 paid (%2).</source>
        <translation>%1 hat bezahlt (%2).</translation>
    </message>
</context>
</TS>
