#include "agent/PlaygroundTranscript.h"

#include <QHash>

namespace limitless::agent {

using langgraph::LcMessage;
using langgraph::TranscriptMessage;

namespace {

TranscriptMessage::Role roleOf(LcMessage::Kind kind)
{
    switch (kind) {
    case LcMessage::Kind::Human:
        return TranscriptMessage::Role::Human;
    case LcMessage::Kind::Ai:
        return TranscriptMessage::Role::Ai;
    case LcMessage::Kind::Tool:
        return TranscriptMessage::Role::Tool;
    case LcMessage::Kind::System:
        return TranscriptMessage::Role::System;
    }
    return TranscriptMessage::Role::Unsupported;
}

} // namespace

QList<CheckpointInfo> branchOf(const QList<CheckpointInfo>& history, const QString& checkpointId)
{
    QHash<QString, int> byId;
    for (int i = 0; i < history.size(); ++i)
        byId.insert(history.at(i).checkpointId, i);
    QList<CheckpointInfo> branch;
    QString id = checkpointId;
    // Bounded by the history's size: a damaged parent chain cannot loop forever.
    while (!id.isEmpty() && byId.contains(id) && branch.size() <= history.size()) {
        const CheckpointInfo& c = history.at(byId.value(id));
        branch.prepend(c);
        id = c.parentId;
    }
    return branch;
}

langgraph::Transcript playgroundTranscript(const ThreadSnapshot& snapshot,
                                           const QList<CheckpointInfo>& history)
{
    langgraph::Transcript t;
    t.threadId = snapshot.threadId;
    t.checkpointId = snapshot.checkpointId;
    const QList<CheckpointInfo> branch = branchOf(history, snapshot.checkpointId);
    if (!branch.isEmpty())
        t.time = branch.last().time;
    for (const LcMessage& m : snapshot.state.messages) {
        TranscriptMessage tm;
        tm.role = roleOf(m.kind);
        tm.className = QString::fromLatin1(LcMessage::className(m.kind));
        tm.content = QString::fromUtf8(m.content);
        tm.id = QString::fromUtf8(m.id);
        for (const langgraph::LcToolCall& c : m.toolCalls)
            tm.toolCalls.append({QString::fromUtf8(c.name), QString::fromUtf8(c.id), c.argsJson});
        tm.toolCallId = QString::fromUtf8(m.toolCallId);
        tm.name = QString::fromUtf8(m.name);
        t.messages.append(tm);
    }
    // Each message's time is that of the first checkpoint on the branch that held it; a stage
    // separator goes above the messages written in the step that entered the stage.
    int known = 0;
    QString stage;
    for (const CheckpointInfo& c : branch) {
        const int count = qMin(c.messageCount, int(t.messages.size()));
        if (!c.stage.isEmpty() && c.stage != stage) {
            t.stageChanges.append({qMin(known, count), c.stage, c.checkpointId, c.time});
            stage = c.stage;
        }
        for (int i = known; i < count; ++i)
            t.messages[i].time = c.time;
        known = qMax(known, count);
    }
    return t;
}

} // namespace limitless::agent
