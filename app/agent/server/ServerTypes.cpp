#include "agent/server/ServerTypes.h"

#include <QJsonDocument>

namespace limitless::agent::server {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

langgraph::LcMessage messageFromJson(const QJsonObject& m)
{
    using langgraph::LcMessage;
    const QString type = str(m, "type").isEmpty() ? str(m, "role") : str(m, "type");
    const QByteArray id = str(m, "id").toUtf8();
    const QJsonValue c = m.value(QStringLiteral("content"));
    QByteArray content;
    if (c.isString()) {
        content = c.toString().toUtf8();
    } else if (c.isArray()) {
        // Content blocks: the text ones, joined.
        for (const QJsonValue& b : c.toArray()) {
            if (b.isString())
                content += b.toString().toUtf8();
            else if (b.toObject().value(QStringLiteral("type")).toString() == QLatin1String("text"))
                content += b.toObject().value(QStringLiteral("text")).toString().toUtf8();
        }
    }
    if (type == QLatin1String("ai") || type == QLatin1String("assistant") ||
        type == QLatin1String("AIMessageChunk")) {
        QList<langgraph::LcToolCall> calls;
        for (const QJsonValue& v : m.value(QStringLiteral("tool_calls")).toArray()) {
            const QJsonObject tc = v.toObject();
            calls << langgraph::LcToolCall{
                str(tc, "name").toUtf8(),
                QJsonDocument(tc.value(QStringLiteral("args")).toObject())
                    .toJson(QJsonDocument::Compact),
                str(tc, "id").toUtf8()};
        }
        return LcMessage::ai(id, content, calls);
    }
    if (type == QLatin1String("tool"))
        return LcMessage::tool(id, content, str(m, "tool_call_id").toUtf8(),
                               str(m, "name").toUtf8());
    if (type == QLatin1String("system"))
        return LcMessage::system(id, content);
    return LcMessage::human(id, content);
}

} // namespace

ServerInfo ServerInfo::fromJson(const QJsonObject& o)
{
    ServerInfo i;
    i.version = str(o, "version");
    i.langgraphVersion = str(o, "langgraph_js_version");
    if (i.langgraphVersion.isEmpty())
        i.langgraphVersion = str(o, "langgraph_py_version");
    i.context = str(o, "context");
    i.raw = o;
    return i;
}

Assistant Assistant::fromJson(const QJsonObject& o)
{
    Assistant a;
    a.assistantId = str(o, "assistant_id");
    a.graphId = str(o, "graph_id");
    a.name = str(o, "name");
    a.version = o.value(QStringLiteral("version")).toInt();
    a.metadata = o.value(QStringLiteral("metadata")).toObject();
    return a;
}

ServerThread ServerThread::fromJson(const QJsonObject& o)
{
    ServerThread t;
    t.threadId = str(o, "thread_id");
    t.status = str(o, "status");
    t.createdAt = str(o, "created_at");
    t.updatedAt = str(o, "updated_at");
    t.metadata = o.value(QStringLiteral("metadata")).toObject();
    t.values = o.value(QStringLiteral("values")).toObject();
    return t;
}

GraphShape GraphShape::fromJson(const QJsonObject& o)
{
    GraphShape g;
    for (const QJsonValue& v : o.value(QStringLiteral("nodes")).toArray()) {
        const QJsonObject n = v.toObject();
        QString name =
            n.value(QStringLiteral("data")).toObject().value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            name = str(n, "id");
        g.nodes << Node{str(n, "id"), str(n, "type"), name};
    }
    for (const QJsonValue& v : o.value(QStringLiteral("edges")).toArray()) {
        const QJsonObject e = v.toObject();
        const QJsonValue data = e.value(QStringLiteral("data"));
        g.edges << Edge{str(e, "source"), str(e, "target"),
                        e.value(QStringLiteral("conditional")).toBool(),
                        data.isString() ? data.toString() : QString()};
    }
    return g;
}

AgentState agentStateFromValues(const QJsonObject& v)
{
    AgentState s;
    for (const QJsonValue& m : v.value(QStringLiteral("messages")).toArray())
        s.messages << messageFromJson(m.toObject());
    s.currentStage = str(v, "current_stage");
    s.qualified = v.value(QStringLiteral("qualified")).toBool();
    s.qualificationScore = v.value(QStringLiteral("qualification_score")).toDouble();
    s.businessType = str(v, "business_type");
    // A server graph may keep revenue as a number.
    const QJsonValue revenue = v.value(QStringLiteral("monthly_revenue"));
    s.monthlyRevenue =
        revenue.isDouble() ? QString::number(revenue.toDouble()) : revenue.toString();
    s.mainPainPoint = str(v, "main_pain_point");
    s.pitchDelivered = v.value(QStringLiteral("pitch_delivered")).toBool();
    s.pitchType = str(v, "pitch_type");
    s.paymentLinkSent = v.value(QStringLiteral("payment_link_sent")).toBool();
    s.paymentCompleted = v.value(QStringLiteral("payment_completed")).toBool();
    s.preferredPlan = str(v, "preferred_plan");
    s.email = str(v, "email");
    s.followupCount = v.value(QStringLiteral("followup_count")).toInt();
    return s;
}

QJsonObject scalarValues(const AgentState& s)
{
    return QJsonObject{{QStringLiteral("current_stage"), s.currentStage},
                       {QStringLiteral("qualified"), s.qualified},
                       {QStringLiteral("qualification_score"), s.qualificationScore},
                       {QStringLiteral("business_type"), s.businessType},
                       {QStringLiteral("monthly_revenue"), s.monthlyRevenue},
                       {QStringLiteral("main_pain_point"), s.mainPainPoint},
                       {QStringLiteral("pitch_delivered"), s.pitchDelivered},
                       {QStringLiteral("pitch_type"), s.pitchType},
                       {QStringLiteral("payment_link_sent"), s.paymentLinkSent},
                       {QStringLiteral("payment_completed"), s.paymentCompleted},
                       {QStringLiteral("preferred_plan"), s.preferredPlan},
                       {QStringLiteral("email"), s.email},
                       {QStringLiteral("followup_count"), s.followupCount}};
}

QList<GraphNode> GraphShape::agentNodes() const
{
    QList<GraphNode> out;
    for (const Node& n : nodes) {
        if (n.id.startsWith(QLatin1String("__")))
            continue;
        GraphNode g;
        g.id = n.id;
        g.label = n.name.isEmpty() ? n.id : n.name;
        out << g;
    }
    return out;
}

QList<GraphEdge> GraphShape::agentEdges() const
{
    QList<GraphEdge> out;
    for (const Edge& e : edges) {
        if (e.target == QLatin1String("__end__"))
            continue;
        GraphEdge g;
        g.id = e.source + QStringLiteral("->") + e.target;
        g.from = e.source;
        g.to = e.target;
        g.trigger = e.source == QLatin1String("__start__") ? QStringLiteral("lead")
                                                           : QStringLiteral("auto");
        g.condition = e.conditional ? QStringLiteral("conditional") : QString();
        g.label = e.label;
        out << g;
    }
    return out;
}

QJsonObject messageJson(const langgraph::LcMessage& m)
{
    using langgraph::LcMessage;
    QJsonObject o{{QStringLiteral("content"), QString::fromUtf8(m.content)}};
    if (!m.id.isEmpty())
        o.insert(QStringLiteral("id"), QString::fromUtf8(m.id));
    switch (m.kind) {
    case LcMessage::Kind::Human:
        o.insert(QStringLiteral("type"), QStringLiteral("human"));
        break;
    case LcMessage::Kind::System:
        o.insert(QStringLiteral("type"), QStringLiteral("system"));
        break;
    case LcMessage::Kind::Tool:
        o.insert(QStringLiteral("type"), QStringLiteral("tool"));
        o.insert(QStringLiteral("tool_call_id"), QString::fromUtf8(m.toolCallId));
        if (!m.name.isEmpty())
            o.insert(QStringLiteral("name"), QString::fromUtf8(m.name));
        break;
    case LcMessage::Kind::Ai: {
        o.insert(QStringLiteral("type"), QStringLiteral("ai"));
        QJsonArray calls;
        for (const langgraph::LcToolCall& c : m.toolCalls)
            calls.append(
                QJsonObject{{QStringLiteral("id"), QString::fromUtf8(c.id)},
                            {QStringLiteral("name"), QString::fromUtf8(c.name)},
                            {QStringLiteral("args"), QJsonDocument::fromJson(c.argsJson).object()},
                            {QStringLiteral("type"), QStringLiteral("tool_call")}});
        if (!calls.isEmpty())
            o.insert(QStringLiteral("tool_calls"), calls);
        break;
    }
    }
    return o;
}

bool StateSnapshot::hasError() const
{
    return !errorText().isEmpty();
}

QString StateSnapshot::errorText() const
{
    for (const QJsonValue& t : tasks) {
        const QJsonValue e = t.toObject().value(QStringLiteral("error"));
        if (e.isNull() || e.isUndefined())
            continue;
        if (e.isString()) {
            // The JS server keeps the error as JSON text: {"message": …, "name": …}.
            const QJsonObject o = QJsonDocument::fromJson(e.toString().toUtf8()).object();
            const QString m = o.value(QStringLiteral("message")).toString();
            return m.isEmpty() ? e.toString() : m;
        }
        const QString m = e.toObject().value(QStringLiteral("message")).toString();
        return m.isEmpty()
                   ? QString::fromUtf8(QJsonDocument(e.toObject()).toJson(QJsonDocument::Compact))
                   : m;
    }
    return {};
}

StateSnapshot StateSnapshot::fromJson(const QJsonObject& o)
{
    StateSnapshot s;
    s.values = o.value(QStringLiteral("values")).toObject();
    s.state = agentStateFromValues(s.values);
    for (const QJsonValue& n : o.value(QStringLiteral("next")).toArray())
        s.next << n.toString();
    s.checkpointId = o.value(QStringLiteral("checkpoint"))
                         .toObject()
                         .value(QStringLiteral("checkpoint_id"))
                         .toString();
    s.parentCheckpointId = o.value(QStringLiteral("parent_checkpoint"))
                               .toObject()
                               .value(QStringLiteral("checkpoint_id"))
                               .toString();
    s.metadata = o.value(QStringLiteral("metadata")).toObject();
    s.tasks = o.value(QStringLiteral("tasks")).toArray();
    for (const QJsonValue& t : s.tasks) {
        for (const QJsonValue& i : t.toObject().value(QStringLiteral("interrupts")).toArray())
            s.interrupts << i;
    }
    s.createdAt = str(o, "created_at");
    return s;
}

QJsonObject RunRequest::toJson() const
{
    QJsonObject o{{QStringLiteral("assistant_id"), assistantId}};
    if (!input.isUndefined()) {
        o.insert(QStringLiteral("input"), input);
    } else if (!messages.isEmpty()) {
        QJsonArray list;
        for (const InputMessage& m : messages)
            list << QJsonObject{{QStringLiteral("type"), m.type},
                                {QStringLiteral("content"), m.content}};
        o.insert(QStringLiteral("input"), QJsonObject{{QStringLiteral("messages"), list}});
    } else if (!resume) {
        o.insert(QStringLiteral("input"), QJsonValue::Null);
    }
    if (resume)
        o.insert(QStringLiteral("command"), QJsonObject{{QStringLiteral("resume"), resumeValue}});
    if (!checkpointId.isEmpty())
        o.insert(QStringLiteral("checkpoint_id"), checkpointId);
    if (!metadata.isEmpty())
        o.insert(QStringLiteral("metadata"), metadata);
    if (!interruptBefore.isEmpty())
        o.insert(QStringLiteral("interrupt_before"), QJsonArray::fromStringList(interruptBefore));
    if (!multitaskStrategy.isEmpty())
        o.insert(QStringLiteral("multitask_strategy"), multitaskStrategy);
    return o;
}

} // namespace limitless::agent::server
