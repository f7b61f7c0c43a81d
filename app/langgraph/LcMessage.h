#pragma once

#include <QByteArray>
#include <QList>

namespace limitless::langgraph {

// One tool call of an AIMessage, as LangChain stores it: {name, args, id, type: "tool_call"}.
struct LcToolCall {
    QByteArray name;
    QByteArray argsJson; // a JSON object, already serialised
    QByteArray id;
};

// A LangChain chat message in the serialised form that LangGraph.js keeps in checkpoint blobs:
// {"lc":1,"type":"constructor","id":["langchain_core","messages","AIMessage"],"kwargs":{…}}.
// The kwargs are written in the order @langchain/core emits them, and without a `type` key
// (readers take the role from id[2]).
struct LcMessage {
    enum class Kind { Human, Ai, Tool, System };

    Kind kind = Kind::Human;
    QByteArray id;
    QByteArray content;          // UTF-8
    QList<LcToolCall> toolCalls; // Ai only
    QByteArray toolCallId;       // Tool only
    QByteArray name;             // optional (ToolMessage: the tool's name)

    static LcMessage human(QByteArray id, QByteArray content);
    static LcMessage ai(QByteArray id, QByteArray content, QList<LcToolCall> toolCalls = {});
    static LcMessage tool(QByteArray id, QByteArray content, QByteArray toolCallId,
                          QByteArray toolName);
    static LcMessage system(QByteArray id, QByteArray content);

    // "HumanMessage", "AIMessage", "ToolMessage", "SystemMessage".
    static const char* className(Kind kind);

    void appendJson(QByteArray& out) const;
    QByteArray toJson() const;
    // A JSON array of already serialised messages (the value of the `messages` channel).
    static QByteArray listJson(const QList<QByteArray>& serialisedMessages);
};

} // namespace limitless::langgraph
