#pragma once

#include "langgraph/Transcript.h"

#include <QAbstractListModel>

namespace limitless::models {

// A transcript as a list of items for a chat view: each message (human, ai, tool, system), a
// separator where the stage changed, and a plain line for a message this version cannot read.
// Reloading the same thread with messages added appends rows instead of resetting, so a view
// keeps its scroll position while a conversation goes on. Messages not stored yet (the lead's
// message being answered, the agent's reply as it streams in) follow the transcript as pending
// rows until the next setTranscript() replaces them.
class TranscriptModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum class Kind { Message, StageChange, Unsupported };
    Q_ENUM(Kind)

    enum Role {
        KindRole = Qt::UserRole + 100, // Kind
        RoleRole,                      // langgraph::TranscriptMessage::Role as int
        RoleNameRole,                  // "human", "ai", "tool", "system"
        TimeRole,                      // QDateTime (UTC) or invalid
        ToolCallsRole,                 // QStringList: "name(args)" per call
        ToolCallIdRole,
        NameRole,
        StageRole, // the stage (StageChange items)
        MessageIdRole,
        ClassNameRole,
        ToolCallsTextRole,  // QStringList: each call as the owner reads it (describeToolCall)
        ToolResultTextRole, // QString: a tool result as the owner reads it, or empty
        RawJsonRole,        // QString: the calls' or the result's JSON as stored
        PendingRole,        // bool: a message not stored yet (the lead's, a reply streaming in)
    };

    explicit TranscriptModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setTranscript(const langgraph::Transcript& transcript);

    // A tool call as the owner reads it: the agent's known tools in words ("Payment link for
    // Option 1: $297.00 a month + $1,997.00 once, to jane@example.com"), any other as
    // name(arguments). The raw JSON stays available (RawJsonRole).
    static QString describeToolCall(const QString& name, const QByteArray& argsJson);
    // A tool's result in words where it is known ("Checkout link created: https://…"), or empty.
    static QString describeToolResult(const QString& toolName, const QString& content);
    void clear();
    // Replaces the pending rows after the transcript.
    void setPendingMessages(const QList<langgraph::TranscriptMessage>& messages);
    // Appends streamed text to the last pending AI message (starting one if there is none).
    void appendPendingText(const QString& delta);
    void clearPending();
    int pendingCount() const { return int(m_pending.size()); }
    const langgraph::Transcript& transcript() const { return m_transcript; }
    int messageCount() const { return int(m_transcript.messages.size()); }

private:
    struct Item {
        Kind kind;
        int index; // into messages or stageChanges
    };
    static QList<Item> itemsFor(const langgraph::Transcript& t);

    langgraph::Transcript m_transcript;
    QList<Item> m_items;
    QList<langgraph::TranscriptMessage> m_pending;
};

} // namespace limitless::models
