#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace limitless::langgraph {

// One tool call of an AI message: {name, id, args} with the arguments as compact JSON.
struct TranscriptToolCall {
    QString name;
    QString id;
    QByteArray argsJson;

    bool operator==(const TranscriptToolCall&) const = default;
};

// One chat message of a LangGraph thread, whichever serialiser stored it.
struct TranscriptMessage {
    // Unsupported: a message class or msgpack ext code this reader does not know. It is kept in
    // the list (so indexes match the stored list) but carries no content.
    enum class Role { Human, Ai, Tool, System, Unsupported };

    Role role = Role::Unsupported;
    QString className; // "AIMessage", … or "ext 9" for an unknown msgpack extension
    // The text as LangChain's `.text` gives it: a list of content blocks is concatenated as is
    // ("…email sync." + "Pro plan…"). The JSON output keeps this.
    QString content;
    // The text blocks when the content was a list of blocks (empty for plain string content).
    QStringList blocks;
    QString id;
    QList<TranscriptToolCall> toolCalls; // AI only
    QString toolCallId;                  // tool only
    QString name;                        // optional (a tool message's tool name)
    QDateTime time; // UTC; only where the checkpoint history tells when it was written

    // The text to read: the blocks as separate paragraphs, else the content.
    QString displayText() const;
    // "human", "ai", "tool", "system" ("unsupported" for the rest).
    static QString roleName(Role role);
    bool operator==(const TranscriptMessage&) const = default;
};

// The point in a transcript where the conversation entered a new stage, as the checkpoint
// history shows it. The separator belongs above message `messageIndex` (== the message count
// when the stage was entered at the end of the transcript).
struct StageChange {
    int messageIndex = 0;
    QString stage;
    QString checkpointId;
    QDateTime time; // the checkpoint's ts, UTC
};

// A thread's transcript decoded from its newest checkpoint.
struct Transcript {
    QString threadId;
    QString checkpointId; // empty when the thread has no checkpoint
    QDateTime time;       // the newest checkpoint's ts
    QList<TranscriptMessage> messages;
    QVariantMap state; // scalar and object channels (current_stage, qualified, …)
    QList<StageChange> stageChanges;
    // Set when something stored could not be read (damaged blob, missing blob row). The other
    // fields then hold whatever could be read.
    QString error;

    bool hasCheckpoint() const { return !checkpointId.isEmpty(); }
    int unsupportedCount() const;
};

} // namespace limitless::langgraph
