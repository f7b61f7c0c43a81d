#include "langgraph/LcMessage.h"

#include "langgraph/JsonText.h"

namespace limitless::langgraph {

LcMessage LcMessage::human(QByteArray id, QByteArray content)
{
    LcMessage m;
    m.kind = Kind::Human;
    m.id = std::move(id);
    m.content = std::move(content);
    return m;
}

LcMessage LcMessage::ai(QByteArray id, QByteArray content, QList<LcToolCall> toolCalls)
{
    LcMessage m;
    m.kind = Kind::Ai;
    m.id = std::move(id);
    m.content = std::move(content);
    m.toolCalls = std::move(toolCalls);
    return m;
}

LcMessage LcMessage::tool(QByteArray id, QByteArray content, QByteArray toolCallId,
                          QByteArray toolName)
{
    LcMessage m;
    m.kind = Kind::Tool;
    m.id = std::move(id);
    m.content = std::move(content);
    m.toolCallId = std::move(toolCallId);
    m.name = std::move(toolName);
    return m;
}

LcMessage LcMessage::system(QByteArray id, QByteArray content)
{
    LcMessage m;
    m.kind = Kind::System;
    m.id = std::move(id);
    m.content = std::move(content);
    return m;
}

const char* LcMessage::className(Kind kind)
{
    switch (kind) {
    case Kind::Human:
        return "HumanMessage";
    case Kind::Ai:
        return "AIMessage";
    case Kind::Tool:
        return "ToolMessage";
    case Kind::System:
        return "SystemMessage";
    }
    return "HumanMessage";
}

void LcMessage::appendJson(QByteArray& out) const
{
    out += R"({"lc":1,"type":"constructor","id":["langchain_core","messages",")";
    out += className(kind);
    out += R"("],"kwargs":{"content":)";
    JsonText::appendString(out, content);
    if (kind == Kind::Tool) {
        out += R"(,"tool_call_id":)";
        JsonText::appendString(out, toolCallId);
    }
    if (!id.isEmpty()) {
        out += R"(,"id":)";
        JsonText::appendString(out, id);
    }
    if (!name.isEmpty()) {
        out += R"(,"name":)";
        JsonText::appendString(out, name);
    }
    if (kind == Kind::Ai) {
        out += R"(,"tool_calls":[)";
        for (qsizetype i = 0; i < toolCalls.size(); ++i) {
            const LcToolCall& call = toolCalls.at(i);
            if (i)
                out += ',';
            out += R"({"name":)";
            JsonText::appendString(out, call.name);
            out += R"(,"args":)";
            out += call.argsJson.isEmpty() ? QByteArray("{}") : call.argsJson;
            out += R"(,"id":)";
            JsonText::appendString(out, call.id);
            out += R"(,"type":"tool_call"})";
        }
        out += R"(],"invalid_tool_calls":[])";
    }
    out += R"(,"additional_kwargs":{},"response_metadata":{}}})";
}

QByteArray LcMessage::toJson() const
{
    QByteArray out;
    out.reserve(content.size() + 200);
    appendJson(out);
    return out;
}

QByteArray LcMessage::listJson(const QList<QByteArray>& serialisedMessages)
{
    qsizetype size = 2;
    for (const QByteArray& m : serialisedMessages)
        size += m.size() + 1;
    QByteArray out;
    out.reserve(size);
    out += '[';
    for (qsizetype i = 0; i < serialisedMessages.size(); ++i) {
        if (i)
            out += ',';
        out += serialisedMessages.at(i);
    }
    out += ']';
    return out;
}

} // namespace limitless::langgraph
