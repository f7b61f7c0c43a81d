#include "agent/Replay.h"

#include "agent/AgentRuntime.h"
#include "agent/LeadText.h"
#include "agent/Policy.h"
#include "agent/StateChannels.h"
#include "agent/ThreadStore.h"
#include "langgraph/CheckpointWriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace limitless::agent {

using langgraph::LcMessage;

namespace {

QJsonValue orNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

} // namespace

ReplaySide ReplaySide::of(const QString& threadId, const AgentState& s)
{
    ReplaySide out;
    out.threadId = threadId;
    out.stageReached = s.currentStage;
    out.qualified = s.qualified;
    out.paymentLinkSent = s.paymentLinkSent;
    out.messages = int(s.messages.size());
    for (const LcMessage& m : s.messages)
        if (m.kind == LcMessage::Kind::Human)
            ++out.leadTurns;
    return out;
}

QJsonObject ReplaySide::toJson() const
{
    return QJsonObject{{QStringLiteral("thread_id"), orNull(threadId)},
                       {QStringLiteral("stage_reached"), orNull(stageReached)},
                       {QStringLiteral("qualified"), qualified},
                       {QStringLiteral("payment_link_sent"), paymentLinkSent},
                       {QStringLiteral("lead_turns"), leadTurns},
                       {QStringLiteral("messages"), messages}};
}

QJsonObject ReplayResult::toJson() const
{
    QJsonArray list;
    for (const ReplayTurn& t : turns)
        list.append(QJsonObject{{QStringLiteral("turn"), t.turn},
                                {QStringLiteral("lead"), t.lead},
                                {QStringLiteral("original_reply"), t.originalReply},
                                {QStringLiteral("replay_reply"), t.replayReply},
                                {QStringLiteral("replay_stage"), orNull(t.replayStage)},
                                {QStringLiteral("error"), orNull(t.error)}});
    return QJsonObject{
        {QStringLiteral("conversation_id"), originalThreadId},
        {QStringLiteral("replay_thread_id"), orNull(replayThreadId)},
        {QStringLiteral("copied_turns"), copiedTurns},
        {QStringLiteral("total_turns"), totalTurns},
        {QStringLiteral("copied_from_checkpoint"), orNull(copiedFromCheckpoint)},
        {QStringLiteral("state_filled_from_messages"), QJsonArray::fromStringList(filledFields)},
        {QStringLiteral("policy"), policy},
        {QStringLiteral("prompt_version"), promptVersion},
        {QStringLiteral("original"), original.toJson()},
        {QStringLiteral("replay"), replay.toJson()},
        {QStringLiteral("turns"), list},
        {QStringLiteral("error"), orNull(error)}};
}

Replay::Replay(db::PgConnection& connection, QString ownerId, QByteArray claims, Policy& policy,
               knowledge::Retriever* retriever)
    : m_conn(connection), m_ownerId(std::move(ownerId)), m_claims(std::move(claims)),
      m_policy(policy), m_retriever(retriever), m_prompts(PromptSet::builtin())
{}

qint64 Replay::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

int Replay::cutIndex(const QList<LcMessage>& messages, int turn)
{
    int humans = 0;
    for (int i = 0; i < messages.size(); ++i) {
        if (messages.at(i).kind != LcMessage::Kind::Human)
            continue;
        if (humans == turn)
            return i;
        ++humans;
    }
    return int(messages.size());
}

QStringList Replay::replies(const QList<LcMessage>& messages)
{
    QStringList out;
    bool open = false;
    QStringList current;
    for (const LcMessage& m : messages) {
        if (m.kind == LcMessage::Kind::Human) {
            if (open)
                out << current.join(QLatin1String("\n\n"));
            current.clear();
            open = true;
        } else if (open && m.kind == LcMessage::Kind::Ai && !m.content.isEmpty()) {
            current << QString::fromUtf8(m.content);
        }
    }
    if (open)
        out << current.join(QLatin1String("\n\n"));
    return out;
}

bool Replay::copiedState(db::PgConnection& connection, const QString& ownerId,
                         const QByteArray& claims, const QString& conversationId, int turn,
                         ReplayResult* result, AgentState* stateOut, ThreadSnapshot* originalOut)
{
    ReplayResult& out = *result;
    out.originalThreadId = conversationId;
    ThreadStore store(connection, ownerId, claims);
    db::DbError e;
    const ThreadSnapshot original = store.load(conversationId, {}, &e);
    if (e) {
        out.error = e.userMessage();
        return false;
    }
    if (original.checkpointId.isEmpty()) {
        out.error = tr("The conversation %1 has no transcript to replay.").arg(conversationId);
        return false;
    }
    const QList<LcMessage>& messages = original.state.messages;
    out.original = ReplaySide::of(conversationId, original.state);
    out.totalTurns = out.original.leadTurns;
    if (turn < 0 || turn > out.totalTurns) {
        out.error = tr("The conversation has %1 lead turns: choose a turn from 0 to %1.")
                        .arg(out.totalTurns);
        return false;
    }
    out.copiedTurns = turn;
    const int cut = cutIndex(messages, turn);

    // The state as it was when the copied messages were the whole conversation: the newest
    // ancestor of the original's current checkpoint that held no more messages than that.
    const QList<CheckpointInfo> history = store.history(conversationId, &e);
    if (e) {
        out.error = e.userMessage();
        return false;
    }
    QHash<QString, CheckpointInfo> byId;
    for (const CheckpointInfo& c : history)
        byId.insert(c.checkpointId, c);
    QString at = original.checkpointId;
    while (!at.isEmpty() && byId.contains(at) && byId.value(at).messageCount > cut)
        at = byId.value(at).parentId;
    AgentState state;
    if (!at.isEmpty() && byId.contains(at)) {
        const ThreadSnapshot then = store.load(conversationId, at, &e);
        if (e) {
            out.error = e.userMessage();
            return false;
        }
        state = then.state;
        out.copiedFromCheckpoint = at;
    }
    // A history with a checkpoint per stage (not per turn) can hold the state of fewer
    // messages than were copied: what the lead said since then is read as the offline
    // extraction reads it, for the details the state does not have yet.
    const int stateMessages = byId.contains(at) ? byId.value(at).messageCount : 0;
    for (int i = stateMessages; i < cut; ++i) {
        if (messages.at(i).kind != LcMessage::Kind::Human)
            continue;
        const LeadText lead(QString::fromUtf8(messages.at(i).content));
        auto fill = [&](QString& field, const QString& value, const char* name) {
            if (field.isEmpty() && !value.isEmpty()) {
                field = value;
                out.filledFields << QString::fromLatin1(name);
            }
        };
        fill(state.businessType, lead.businessType(), "business_type");
        fill(state.monthlyRevenue, lead.monthlyRevenue(), "monthly_revenue");
        fill(state.mainPainPoint, lead.painPoint(), "main_pain_point");
        fill(state.email, lead.email(), "email");
        fill(state.preferredPlan, lead.plan(), "preferred_plan");
    }
    state.messages = messages.mid(0, cut);
    state.retrievedChunks.clear();
    if (originalOut)
        *originalOut = original;
    *stateOut = state;
    return true;
}

ReplayResult Replay::run(const QString& conversationId, int turn)
{
    ReplayResult out;
    out.policy = m_policy.name();
    out.promptVersion = m_prompts.version();
    AgentState state;
    ThreadSnapshot original;
    if (!copiedState(m_conn, m_ownerId, m_claims, conversationId, turn, &out, &state, &original))
        return out;
    ThreadStore store(m_conn, m_ownerId, m_claims);
    db::DbError e;
    const QList<LcMessage>& messages = original.state.messages;

    AgentRuntime runtime(m_conn, m_ownerId, m_claims, m_policy, m_retriever);
    runtime.setPrompts(m_prompts);
    if (m_clock)
        runtime.setClock(m_clock);
    QString error;
    out.replayThreadId = runtime.startThread(original.campaignCode, &error);
    if (out.replayThreadId.isEmpty()) {
        out.error = error.isEmpty() ? tr("No playground thread could be started.") : error;
        return out;
    }

    // The copy is the new thread's first checkpoint: LangGraph's updateState on an empty
    // thread (source "update", step 0), written as the node of the copied stage.
    if (!state.messages.isEmpty()) {
        TurnWrite write;
        write.parent = store.load(out.replayThreadId, {}, &e);
        if (e) {
            out.error = e.userMessage();
            return out;
        }
        // The runtime's node bytes for a thread (sha256 of its id, multicast bit set), so the
        // thread's checkpoint ids all come from one writer identity.
        const QByteArray h =
            QCryptographicHash::hash(out.replayThreadId.toUtf8(), QCryptographicHash::Sha256);
        std::array<std::uint8_t, 6> node{};
        for (int i = 0; i < 6; ++i)
            node[size_t(i)] = std::uint8_t(h.at(i));
        node[0] |= 0x01;
        langgraph::CheckpointWriter writer(out.replayThreadId.toUtf8(), node);
        writer.setFirstStep(0);
        write.atMsecs = now();
        const QByteArray asNode =
            state.currentStage.isEmpty() ? QByteArray("greeting") : state.currentStage.toUtf8();
        writer.put(asNode, "update", write.atMsecs, StateChannels::all(state));
        write.checkpoints = writer.checkpointRows();
        write.blobs = writer.blobRows();
        write.writes = writer.writeRows();
        write.state = state;
        // The copy starts the playground conversation (the runtime's first turn would say so
        // otherwise), naming the conversation it replays.
        const QJsonObject started{
            {QStringLiteral("instagram_handle"), write.parent.instagramHandle},
            {QStringLiteral("campaign_code"), write.parent.campaignCode},
            {QStringLiteral("platform"), QStringLiteral("playground")},
            {QStringLiteral("tested_campaign_code"), original.campaignCode},
            {QStringLiteral("replay_of"), conversationId},
            {QStringLiteral("replay_turn"), turn}};
        write.events.append({QStringLiteral("conversation_started"),
                             QJsonDocument(started).toJson(QJsonDocument::Compact)});
        if (const db::DbError w = store.write(write)) {
            out.error = tr("The copied conversation could not be stored: %1").arg(w.userMessage());
            return out;
        }
    }

    // Continue with the original's remaining lead messages, one turn each.
    const QStringList originalReplies = replies(messages);
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
        const TurnResult r = runtime.sendMessage(out.replayThreadId, t.lead);
        if (!r.ok()) {
            t.error = r.error;
            out.turns.append(t);
            out.error = tr("Turn %1 failed: %2").arg(humans).arg(r.error);
            break;
        }
        t.replayReply = r.reply;
        t.replayStage = r.state.currentStage;
        last = r.state;
        out.turns.append(t);
    }
    out.replay = ReplaySide::of(out.replayThreadId, last);
    return out;
}

} // namespace limitless::agent
