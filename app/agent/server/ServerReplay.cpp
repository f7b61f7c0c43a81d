#include "agent/server/ServerReplay.h"

#include "agent/server/ServerClient.h"
#include "agent/server/ServerScenarioRunner.h"

#include <QJsonArray>

namespace limitless::agent::server {

using langgraph::LcMessage;

ServerReplay::ServerReplay(db::PgConnection& connection, QString ownerId, QByteArray claims,
                           ServerClient& client, QString assistantId)
    : m_conn(connection), m_ownerId(std::move(ownerId)), m_claims(std::move(claims)),
      m_client(client), m_assistant(std::move(assistantId))
{}

QString ServerReplay::endingNode(const GraphShape& graph, const QString& stage)
{
    QString first;
    for (const GraphShape::Edge& e : graph.edges) {
        if (e.target != QLatin1String("__end__") || e.source.startsWith(QLatin1String("__")))
            continue;
        if (e.source == stage)
            return stage;
        if (first.isEmpty())
            first = e.source;
    }
    return first;
}

ReplayResult ServerReplay::run(const QString& conversationId, int turn)
{
    ReplayResult out;
    out.policy = QStringLiteral("server:") + m_assistant;
    AgentState state;
    ThreadSnapshot original;
    if (!Replay::copiedState(m_conn, m_ownerId, m_claims, conversationId, turn, &out, &state,
                             &original))
        return out;

    ServerError e;
    // A state update on a thread that never ran needs the thread to name its graph (the
    // server answers 400 "has no graph ID" otherwise): the assistant's, as a run would set it.
    QString graphId = m_assistant;
    const QList<Assistant> assistants = m_client.searchAssistants(&e);
    if (e) {
        out.error = e.message;
        return out;
    }
    for (const Assistant& a : assistants) {
        if (a.assistantId == m_assistant || a.graphId == m_assistant) {
            graphId = a.graphId;
            break;
        }
    }
    const QJsonObject meta{{QStringLiteral("source"), QStringLiteral("limitless-replay")},
                           {QStringLiteral("replay_of"), conversationId},
                           {QStringLiteral("replay_turn"), turn},
                           {QStringLiteral("campaign_code"), original.campaignCode},
                           {QStringLiteral("graph_id"), graphId}};
    const QString threadId = m_client.createThread(meta, &e).threadId;
    if (e) {
        out.error = e.message;
        return out;
    }
    out.replayThreadId = threadId;

    if (!state.messages.isEmpty()) {
        const GraphShape graph = m_client.graph(m_assistant, &e);
        if (e) {
            out.error = e.message;
            return out;
        }
        const QString asNode = endingNode(graph, state.currentStage);
        if (asNode.isEmpty()) {
            out.error = tr("The server's graph %1 has no node that ends it: the copied "
                           "conversation cannot be written as a finished turn.")
                            .arg(m_assistant);
            return out;
        }
        QJsonObject values = scalarValues(state);
        QJsonArray messages;
        for (const LcMessage& m : state.messages)
            messages.append(messageJson(m));
        values.insert(QStringLiteral("messages"), messages);
        m_client.updateState(threadId, values, asNode, &e);
        if (e) {
            out.error =
                tr("The copied conversation could not be written to the server: %1").arg(e.message);
            return out;
        }
    }

    const QList<LcMessage>& messages = original.state.messages;
    const QStringList originalReplies = Replay::replies(messages);
    AgentState last = state;
    int humans = 0;
    for (const LcMessage& m : messages) {
        if (m.kind != LcMessage::Kind::Human)
            continue;
        ++humans;
        if (humans <= turn)
            continue;
        ReplayTurn t;
        t.turn = humans;
        t.lead = QString::fromUtf8(m.content);
        t.originalReply = originalReplies.value(humans - 1);
        const RunOutcome r =
            ServerScenarioRunner::leadTurn(m_client, threadId, m_assistant, t.lead, 3, &e);
        if (e) {
            t.error = e.message;
            out.turns.append(t);
            out.error = tr("Turn %1 failed: %2").arg(humans).arg(e.message);
            break;
        }
        t.replayReply = r.reply;
        t.replayStage = r.state.currentStage;
        last = r.state;
        out.turns.append(t);
    }
    // The server's own account of where the thread ended (the copy and every turn).
    const StateSnapshot head = m_client.state(threadId, &e);
    if (!e)
        last = head.state;
    out.replay = ReplaySide::of(threadId, last);
    return out;
}

} // namespace limitless::agent::server
