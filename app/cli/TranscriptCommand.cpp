// `limitless transcript THREAD_ID`: a conversation's transcript read from LangGraph's
// checkpoint tables, as the dashboard's transcript pane shows it.
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "conversations/TranscriptLoader.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace limitless::cli {

using langgraph::TranscriptMessage;

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isNull() ? QJsonValue() : QJsonValue(s);
}

QJsonObject messageJson(const TranscriptMessage& m)
{
    QJsonArray calls;
    for (const auto& c : m.toolCalls)
        calls.append(
            QJsonObject{{QStringLiteral("name"), c.name},
                        {QStringLiteral("id"), orNull(c.id)},
                        {QStringLiteral("args"), QJsonDocument::fromJson(c.argsJson).object()}});
    QJsonObject o{{QStringLiteral("role"), TranscriptMessage::roleName(m.role)},
                  {QStringLiteral("content"), m.content},
                  {QStringLiteral("id"), m.id.isEmpty() ? QJsonValue() : QJsonValue(m.id)},
                  {QStringLiteral("tool_calls"), calls},
                  {QStringLiteral("tool_call_id"),
                   m.toolCallId.isEmpty() ? QJsonValue() : QJsonValue(m.toolCallId)}};
    if (!m.name.isEmpty())
        o.insert(QStringLiteral("name"), m.name);
    if (m.time.isValid())
        o.insert(QStringLiteral("time"), m.time.toString(Qt::ISODateWithMs));
    return o;
}

} // namespace

int runTranscript(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless transcript"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Prints a conversation's transcript from LangGraph's checkpoints (the thread id "
               "is the conversation id)."));
    p.addPositionalArgument(QStringLiteral("thread_id"),
                            QCoreApplication::translate("Cli", "The conversation's id."));
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    if (p.positionalArguments().size() != 1 || p.positionalArguments().first().trimmed().isEmpty())
        return cli.fail(QCoreApplication::translate(
                            "Cli", "Usage: limitless transcript THREAD_ID [--db URL] [--json]"),
                        ExitUsage);
    const QString threadId = p.positionalArguments().first();
    // Thread ids are conversation ids (UUIDs in practice); anything much longer is a mistake,
    // and is neither sent to the server nor echoed back whole.
    constexpr int MaxThreadIdLength = 256;
    if (threadId.size() > MaxThreadIdLength)
        return cli.fail(QCoreApplication::translate(
                            "Cli", "The thread id is too long (%1 characters; at most %2).")
                            .arg(threadId.size())
                            .arg(MaxThreadIdLength),
                        ExitUsage);
    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();

    const langgraph::Transcript t = conversations::TranscriptLoader::load(*conn, threadId);
    if (!t.hasCheckpoint() && t.error.isEmpty()) {
        // No checkpoint: a conversation the agent has not written yet is fine; an id that
        // names nothing at all is an error, not an empty transcript.
        const db::QueryResult known =
            conn->exec(QStringLiteral("select exists (select 1 from conversations where id = $1)"),
                       {threadId});
        // A database with LangGraph's tables but not the app's has no conversations table.
        const bool noTable = !known.ok() && known.error.kind == db::DbError::Kind::UndefinedObject;
        if (!known.ok() && !noTable)
            return cli.fail(known.error);
        if (noTable || !known.scalar().toBool())
            return cli.notFound(
                QCoreApplication::translate("Cli", "No conversation or transcript has the id %1.")
                    .arg(terminalSafe(threadId)));
    }

    if (cli.json()) {
        QJsonArray messages, unsupported, stages;
        for (int i = 0; i < t.messages.size(); ++i) {
            const TranscriptMessage& m = t.messages.at(i);
            // Only the four roles go into `messages`; what this version cannot read is listed
            // apart so a consumer sees it was skipped.
            if (m.role == TranscriptMessage::Role::Unsupported)
                unsupported.append(QJsonObject{{QStringLiteral("index"), i},
                                               {QStringLiteral("class"), m.className}});
            else
                messages.append(messageJson(m));
        }
        for (const auto& s : t.stageChanges)
            stages.append(
                QJsonObject{{QStringLiteral("stage"), s.stage},
                            {QStringLiteral("message_index"), s.messageIndex},
                            {QStringLiteral("checkpoint_id"), s.checkpointId},
                            {QStringLiteral("time"), s.time.toString(Qt::ISODateWithMs)}});
        QJsonObject o{{QStringLiteral("thread_id"), threadId},
                      {QStringLiteral("checkpoint_id"),
                       t.hasCheckpoint() ? QJsonValue(t.checkpointId) : QJsonValue()},
                      {QStringLiteral("messages"), messages},
                      {QStringLiteral("state"), QJsonObject::fromVariantMap(t.state)},
                      {QStringLiteral("stage_changes"), stages}};
        if (!unsupported.isEmpty())
            o.insert(QStringLiteral("unsupported"), unsupported);
        if (!t.error.isEmpty()) {
            // The transcript as far as it could be read, with the error object every command
            // prints on failure.
            cli.setErrorDetails(o);
            return cli.fail(
                QCoreApplication::translate("Cli", "The transcript is damaged: %1").arg(t.error),
                ExitFailed, QStringLiteral("damaged"));
        }
        cli.printJson(QJsonDocument(o));
        return 0;
    }

    QTextStream& out = cli.out();
    if (!t.hasCheckpoint() && t.error.isEmpty()) {
        out << QCoreApplication::translate("Cli", "No transcript stored for %1.")
                   .arg(terminalSafe(threadId))
            << "\n";
        return 0;
    }
    int stage = 0;
    for (int i = 0; i < t.messages.size(); ++i) {
        while (stage < t.stageChanges.size() && t.stageChanges.at(stage).messageIndex == i) {
            out << "── " << terminalSafe(t.stageChanges.at(stage).stage) << " ──\n";
            ++stage;
        }
        const TranscriptMessage& m = t.messages.at(i);
        if (m.role == TranscriptMessage::Role::Unsupported) {
            out << QCoreApplication::translate("Cli", "[unsupported message: %1]")
                       .arg(terminalSafe(m.className))
                << "\n";
            continue;
        }
        // Message bodies keep their line breaks (they are prose); everything else is escaped.
        out << TranscriptMessage::roleName(m.role) << ": " << terminalSafeLines(m.displayText())
            << "\n";
        for (const auto& c : m.toolCalls)
            out << "    → " << terminalSafe(c.name) << " "
                << terminalSafe(QString::fromUtf8(c.argsJson)) << "\n";
    }
    while (stage < t.stageChanges.size())
        out << "── " << terminalSafe(t.stageChanges.at(stage++).stage) << " ──\n";
    if (!t.error.isEmpty())
        return cli.fail(
            QCoreApplication::translate("Cli", "The transcript is damaged: %1").arg(t.error));
    return 0;
}

} // namespace limitless::cli
