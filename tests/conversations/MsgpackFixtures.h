#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

// Blobs in the format of LangGraph Python's JsonPlusSerializer (ormsgpack): messages are ext 5
// holding msgpack [module, class, model_dump() map, "model_validate_json"], maps by key.
namespace limitless::test::msgpackfx {

struct ToolCall {
    QString name;
    QString id;
    QList<QPair<QString, QString>> args; // string arguments
};

struct Message {
    QString module;     // langchain_core.messages.ai …
    QString className;  // AIMessage …
    QString type;       // ai, human, tool, system
    QString id;         // empty = nil
    QString content;    // used when blocks is empty
    QStringList blocks; // content as a list of {type: text, text} blocks
    QList<ToolCall> toolCalls;
    QString toolCallId;
    QString name;
};

// A `messages` value: the messages, and an unknown ext code after the `unknownAfter`-th one
// when unknownExt >= 0.
QByteArray messages(const QList<Message>& list, int unknownExt = -1, int unknownAfter = 0);
// A plain scalar value (old Python savers stored channels like current_stage as msgpack).
QByteArray string(const QString& s);
QByteArray boolean(bool b);

} // namespace limitless::test::msgpackfx
