<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgentRuntime</name>
    <message numerus="yes">
        <source>The checkpoint has %n message(s); there is no message %1.</source>
        <translation>
            <numerusform>The checkpoint has %n message; there is no message %1.</numerusform>
            <numerusform>The checkpoint has %n messages; there is no message %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message numerus="yes">
        <source>This campaign has %n conversation(s), so it cannot be deleted: the leads&apos; history keeps its campaign. Pause it instead.</source>
        <translation>
            <numerusform>This campaign has %n conversation, so it cannot be deleted: the leads&apos; history keeps its campaign. Pause it instead.</numerusform>
            <numerusform>This campaign has %n conversations, so it cannot be deleted: the leads&apos; history keeps its campaign. Pause it instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No free campaign code was found after %n attempt(s). Please try again.</source>
        <translation>
            <numerusform>No free campaign code was found after %n attempt. Please try again.</numerusform>
            <numerusform>No free campaign code was found after %n attempts. Please try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>The dashboard&apos;s additions are up to date (%n migration(s) applied).</source>
        <translation>
            <numerusform>The dashboard&apos;s additions are up to date (%n migration applied).</numerusform>
            <numerusform>The dashboard&apos;s additions are up to date (%n migrations applied).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) in one transaction.</source>
        <translation>
            <numerusform>Applied %n migration in one transaction.</numerusform>
            <numerusform>Applied %n migrations in one transaction.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n payment.</numerusform>
            <numerusform>%n payments.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DocumentsBench</name>
    <message numerus="yes">
        <source>OCR (Tesseract, eng+deu+spa), %n page(s)</source>
        <translation>
            <numerusform>OCR (Tesseract, eng+deu+spa), %n page</numerusform>
            <numerusform>OCR (Tesseract, eng+deu+spa), %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtractNote</name>
    <message numerus="yes">
        <source>%n page(s) recognised by OCR</source>
        <translation>
            <numerusform>%n page recognised by OCR</numerusform>
            <numerusform>%n pages recognised by OCR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a text layer left out: OCR is turned off</source>
        <translation>
            <numerusform>%n page without a text layer left out: OCR is turned off</numerusform>
            <numerusform>%n pages without a text layer left out: OCR is turned off</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a text layer left out: no OCR language data is installed</source>
        <translation>
            <numerusform>%n page without a text layer left out: no OCR language data is installed</numerusform>
            <numerusform>%n pages without a text layer left out: no OCR language data is installed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without any text</source>
        <translation>
            <numerusform>%n page without any text</numerusform>
            <numerusform>%n pages without any text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read</source>
        <translation>
            <numerusform>%n page could not be read</numerusform>
            <numerusform>%n pages could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>%n invalid byte sequence was replaced with �.</numerusform>
            <numerusform>%n invalid byte sequences were replaced with �.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OpenAiChatClient</name>
    <message numerus="yes">
        <source>%1 (still refused after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (still refused after %n attempt)</numerusform>
            <numerusform>%1 (still refused after %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (failed %n time(s))</source>
        <translation>
            <numerusform>%1 (failed %n time)</numerusform>
            <numerusform>%1 (failed %n times)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaygroundLab</name>
    <message numerus="yes">
        <source>Stopped after %n scenario(s).</source>
        <translation>
            <numerusform>Stopped after %n scenario.</numerusform>
            <numerusform>Stopped after %n scenarios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::cli</name>
    <message numerus="yes">
        <source>%n document(s) queued for processing.</source>
        <translation>
            <numerusform>%n document queued for processing.</numerusform>
            <numerusform>%n documents queued for processing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were refused or failed.</source>
        <translation>
            <numerusform>%n file was refused or failed.</numerusform>
            <numerusform>%n files were refused or failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) failed.</source>
        <translation>
            <numerusform>%n document failed.</numerusform>
            <numerusform>%n documents failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved scenario “%1” with %n lead turn(s).</source>
        <translation>
            <numerusform>Saved scenario “%1” with %n lead turn.</numerusform>
            <numerusform>Saved scenario “%1” with %n lead turns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) failed.</source>
        <translation>
            <numerusform>%n scenario failed.</numerusform>
            <numerusform>%n scenarios failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) changed since their last run.</source>
        <translation>
            <numerusform>%n scenario changed since their last run.</numerusform>
            <numerusform>%n scenarios changed since their last run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s) failed on the LangGraph server</source>
        <translation>
            <numerusform>%n turn failed on the LangGraph server</numerusform>
            <numerusform>%n turns failed on the LangGraph server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) end differently on the two backends.</source>
        <translation>
            <numerusform>%n scenario end differently on the two backends.</numerusform>
            <numerusform>%n scenarios end differently on the two backends.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::models::CheckpointTreeModel</name>
    <message numerus="yes">
        <source>%n branch(es) continue from here</source>
        <translation>
            <numerusform>%n branch continue from here</numerusform>
            <numerusform>%n branches continue from here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::models::PlaygroundThreadsModel</name>
    <message numerus="yes">
        <source>%1
%2 · %n message(s) · %3</source>
        <translation>
            <numerusform>%1
%2 · %n message · %3</numerusform>
            <numerusform>%1
%2 · %n messages · %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentBackendDialog</name>
    <message numerus="yes">
        <source>Connected: LangGraph API server %1 (%2), %n assistant(s).</source>
        <translation>
            <numerusform>Connected: LangGraph API server %1 (%2), %n assistant.</numerusform>
            <numerusform>Connected: LangGraph API server %1 (%2), %n assistants.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentGraphView</name>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n tool</numerusform>
            <numerusform>%n tools</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConversationsPage</name>
    <message numerus="yes">
        <source>%n chosen conversation(s)</source>
        <translation>
            <numerusform>%n chosen conversation</numerusform>
            <numerusform>%n chosen conversations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaign</numerusform>
            <numerusform>%n campaigns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::FunnelCharts</name>
    <message numerus="yes">
        <source>%1: %n objection(s)
Click to open these conversations</source>
        <translation>
            <numerusform>%1: %n objection
Click to open these conversations</numerusform>
            <numerusform>%1: %n objections
Click to open these conversations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::MaintenancePage</name>
    <message numerus="yes">
        <source>Kept because of a payment: %n inactive conversation(s).</source>
        <translation>
            <numerusform>Kept because of a payment: %n inactive conversation.</numerusform>
            <numerusform>Kept because of a payment: %n inactive conversations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archive and then delete %n row(s)? They can be restored from the archive. Payments are kept.</source>
        <translation>
            <numerusform>Archive and then delete %n row? They can be restored from the archive. Payments are kept.</numerusform>
            <numerusform>Archive and then delete %n rows? They can be restored from the archive. Payments are kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s).</source>
        <translation>
            <numerusform>Restored %n row.</numerusform>
            <numerusform>Restored %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived and deleted %n row(s).</source>
        <translation>
            <numerusform>Archived and deleted %n row.</numerusform>
            <numerusform>Archived and deleted %n rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::PaymentsPage</name>
    <message numerus="yes">
        <source>%1 Listed: %n %2 payment(s), charged at checkout %3.</source>
        <translation>
            <numerusform>%1 Listed: %n %2 payment, charged at checkout %3.</numerusform>
            <numerusform>%1 Listed: %n %2 payments, charged at checkout %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::PlaygroundPage</name>
    <message numerus="yes">
        <source>%n checkpoint(s), one branch. Pick one and continue from it, or edit it and fork a new branch.</source>
        <translation>
            <numerusform>%n checkpoint, one branch. Pick one and continue from it, or edit it and fork a new branch.</numerusform>
            <numerusform>%n checkpoints, one branch. Pick one and continue from it, or edit it and fork a new branch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s), %1 branches. The branch the chat shows is dark; the others stay reachable here.</source>
        <translation>
            <numerusform>%n checkpoint, %1 branches. The branch the chat shows is dark; the others stay reachable here.</numerusform>
            <numerusform>%n checkpoints, %1 branches. The branch the chat shows is dark; the others stay reachable here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) the agent retrieved in the turn that led here, best first.</source>
        <translation>
            <numerusform>%n chunk the agent retrieved in the turn that led here, best first.</numerusform>
            <numerusform>%n chunks the agent retrieved in the turn that led here, best first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::ReplayDialog</name>
    <message numerus="yes">
        <source>The current agent answers all %n lead turn(s) again.</source>
        <translation>
            <numerusform>The current agent answers all %n lead turn again.</numerusform>
            <numerusform>The current agent answers all %n lead turns again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::ScenariosPanel</name>
    <message numerus="yes">
        <source>%n scenario(s).</source>
        <translation>
            <numerusform>%n scenario.</numerusform>
            <numerusform>%n scenarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1” with %n lead turn(s); runs are held to where this conversation got.</source>
        <translation>
            <numerusform>Saved “%1” with %n lead turn; runs are held to where this conversation got.</numerusform>
            <numerusform>Saved “%1” with %n lead turns; runs are held to where this conversation got.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run: </source>
        <translation>
            <numerusform>%n scenario run: </numerusform>
            <numerusform>%n scenarios run: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n failed.</numerusform>
            <numerusform>%n failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run on both runtimes: </source>
        <translation>
            <numerusform>%n scenario run on both runtimes: </numerusform>
            <numerusform>%n scenarios run on both runtimes: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end differently, </source>
        <translation>
            <numerusform>%n end differently, </numerusform>
            <numerusform>%n end differently, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run on the LangGraph server: </source>
        <translation>
            <numerusform>%n scenario run on the LangGraph server: </numerusform>
            <numerusform>%n scenarios run on the LangGraph server: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::SignInController</name>
    <message numerus="yes">
        <source>The demo business is loaded: %n campaign(s) with their conversations, payments and documents.</source>
        <translation>
            <numerusform>The demo business is loaded: %n campaign with their conversations, payments and documents.</numerusform>
            <numerusform>The demo business is loaded: %n campaigns with their conversations, payments and documents.</numerusform>
        </translation>
    </message>
</context>
</TS>
