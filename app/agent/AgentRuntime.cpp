#include "agent/AgentRuntime.h"

#include "agent/LeadText.h"
#include "agent/PlanCatalogue.h"
#include "agent/StateChannels.h"
#include "db/Claims.h"
#include "db/PgConnection.h"
#include "demo/DemoBusiness.h"
#include "knowledge/Retriever.h"
#include "langgraph/CheckpointWriter.h"
#include "langgraph/JsonText.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <optional>

namespace limitless::agent {

using langgraph::CheckpointWriter;
using langgraph::LcMessage;
using langgraph::JsonText::number;
using langgraph::JsonText::quoted;
using ChannelWrite = CheckpointWriter::ChannelWrite;

namespace {

const QUuid kTaskNamespace(QStringLiteral("{6ba7b811-9dad-11d1-80b4-00c04fd430c8}"));

QByteArray newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1();
}

// Identifies this runtime's checkpoints per thread (the uuid6 node bytes), like LangGraph's
// random node but stable for a thread.
std::array<std::uint8_t, 6> nodeBytes(const QString& threadId)
{
    const QByteArray h = QCryptographicHash::hash(threadId.toUtf8(), QCryptographicHash::Sha256);
    std::array<std::uint8_t, 6> out{};
    for (int i = 0; i < 6; ++i)
        out[size_t(i)] = std::uint8_t(h.at(i));
    out[0] |= 0x01; // multicast bit: not a MAC address (RFC 9562)
    return out;
}

QByteArray taskId(const QByteArray& checkpointId, const QString& node)
{
    return QUuid::createUuidV5(kTaskNamespace, checkpointId + ':' + node.toUtf8())
        .toString(QUuid::WithoutBraces)
        .toLatin1();
}

QByteArray scoreText(double score)
{
    return demo::DemoBusiness::scoreText(int(std::lround(score * 100)));
}

} // namespace

struct AgentRuntime::Turn {
    ThreadSnapshot parent;
    AgentState state;
    QString leadText;
    TurnResult result;
    QList<AgentEvent> events;
    std::optional<CheckpointWriter> writer;
    qint64 at = 0;
};

AgentRuntime::AgentRuntime(db::PgConnection& connection, QString ownerId, QByteArray claims,
                           Policy& policy, knowledge::Retriever* retriever)
    : m_conn(connection), m_ownerId(std::move(ownerId)), m_claims(std::move(claims)),
      m_policy(policy), m_retriever(retriever),
      m_store(std::make_unique<ThreadStore>(m_conn, m_ownerId, m_claims)),
      m_prompts(PromptSet::builtin())
{}

AgentRuntime::~AgentRuntime() = default;

qint64 AgentRuntime::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QList<ToolSpec> AgentRuntime::toolsFor(const QString& node)
{
    static const QList<ToolSpec> all = {
        {QStringLiteral("record_lead_details"),
         QStringLiteral("Record what the lead said about themselves."),
         R"({"type":"object","properties":{"business_type":{"type":"string"},)"
         R"("monthly_revenue":{"type":"string"},"main_pain_point":{"type":"string"},)"
         R"("email":{"type":"string"},"preferred_plan":{"type":"string","enum":["option1","option2"]},)"
         R"("qualification_score":{"type":"number","minimum":0,"maximum":1}},"additionalProperties":false})"},
        {QStringLiteral("record_objection"),
         QStringLiteral("Record the type of the lead's objection."),
         R"({"type":"object","properties":{"objection_type":{"type":"string","enum":["price","timing","trust","need_to_think","other"]}},"required":["objection_type"]})"},
        {QStringLiteral("send_payment_link"),
         QStringLiteral("Send the lead a checkout link for the chosen plan; the price comes from "
                        "the plan catalogue."),
         R"({"type":"object","properties":{"plan":{"type":"string","enum":["option1","option2"]},)"
         R"("email":{"type":"string"}},"required":["plan","email"]})"},
    };
    QList<ToolSpec> out;
    const GraphNode* n = AgentGraph::node(node);
    if (!n)
        return out;
    for (const ToolSpec& t : all)
        if (n->tools.contains(t.name))
            out.append(t);
    return out;
}

QString AgentRuntime::startThread(const QString& campaignCode, QString* error)
{
    if (const QString why = m_store->unavailableReason(); !why.isEmpty()) {
        *error = why;
        return {};
    }
    if (!campaignCode.isEmpty()) {
        // The owner's own campaigns only, under the owner's claims as the web project reads them.
        const db::QueryResult r =
            db::execWithClaims(
                m_conn,
                {db::Statement(
                    QStringLiteral("select 1 from campaigns where upper(code) = upper($1) "
                                   "and owner_id = $2"),
                    {campaignCode, m_ownerId})},
                m_claims)
                .first();
        if (!r.ok()) {
            *error = r.error.userMessage();
            return {};
        }
        if (r.rowCount() == 0) {
            *error = tr("There is no campaign with the code %1.").arg(campaignCode);
            return {};
        }
    }
    db::DbError e;
    const QString campaign = m_store->playgroundCampaign(&e);
    if (e) {
        *error = e.userMessage();
        return {};
    }
    const QString id = m_store->createThread(campaign, now(), &e);
    if (e) {
        *error = e.userMessage();
        return {};
    }
    if (!campaignCode.isEmpty())
        m_testedCampaigns.insert(id, campaignCode.toUpper());
    return id;
}

QList<RetrievedChunk> AgentRuntime::retrieve(Turn& turn, const GraphNode& node)
{
    QList<RetrievedChunk> out;
    if (!node.retrieves)
        return out;
    if (!m_retriever) {
        turn.result.notices << tr("No documents were searched: the knowledge base is not set up.");
        return out;
    }
    // Objections are searched by their type too ("price …"): the guide's sections are named so.
    QString query = turn.leadText;
    if (node.id == QLatin1String("objection_handling"))
        query = LeadText(turn.leadText).objection().replace(QLatin1Char('_'), QLatin1Char(' ')) +
                QLatin1Char(' ') + turn.leadText;
    if (node.id == QLatin1String("pitch"))
        query = QStringList{turn.state.mainPainPoint, turn.state.businessType, turn.leadText}.join(
            QLatin1Char(' '));
    knowledge::SearchOptions options;
    options.k = 3;
    options.categories = node.categories;
    const knowledge::SearchResult r = m_retriever->search(query, options);
    if (!r.ok()) {
        turn.result.notices
            << tr("The documents could not be searched: %1").arg(r.error.userMessage());
        return out;
    }
    for (const knowledge::SearchHit& h : r.hits) {
        RetrievedChunk c;
        c.chunkId = h.chunkId;
        c.documentId = h.documentId;
        c.filename = h.filename;
        c.category = h.category;
        c.chunkIndex = h.chunkIndex;
        c.page = h.page;
        c.text = h.text;
        c.fusedScore = h.fusedScore;
        c.similarity = h.similarity;
        c.vectorRank = h.vectorRank;
        c.textRank = h.textRank;
        out.append(c);
    }
    return out;
}

bool AgentRuntime::applyToolCall(Turn& turn, const GraphNode& node, const ToolCall& call)
{
    TurnResult& res = turn.result;
    AgentState& s = turn.state;
    if (!node.tools.contains(call.name)) {
        res.refusedToolCalls.append(call);
        res.notices << tr("Refused the tool call %1: the %2 node does not allow it.")
                           .arg(call.name, node.id);
        return true;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(call.argumentsJson, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        res.policyError = PolicyErrorKind::BadToolCall;
        res.error =
            tr("The agent called %1 with arguments that are not a JSON object.").arg(call.name);
        return false;
    }
    const QJsonObject args = doc.object();
    if (call.name == QLatin1String("record_lead_details")) {
        const auto text = [&](const char* key, QString& field) {
            const QJsonValue v = args.value(QLatin1String(key));
            if (v.isString() && !v.toString().trimmed().isEmpty())
                field = v.toString().trimmed().left(200);
        };
        text("business_type", s.businessType);
        text("monthly_revenue", s.monthlyRevenue);
        text("main_pain_point", s.mainPainPoint);
        text("email", s.email);
        const QString plan = args.value(QStringLiteral("preferred_plan")).toString();
        if (PlanCatalogue::find(plan))
            s.preferredPlan = plan;
        else if (!plan.isEmpty())
            res.notices << tr("Ignored the plan “%1”: the catalogue has no such plan.").arg(plan);
        const QJsonValue score = args.value(QStringLiteral("qualification_score"));
        if (score.isDouble()) {
            double v = score.toDouble();
            if (v > 1 && v <= 100)
                v /= 100; // a percentage
            if (v >= 0 && v <= 1)
                s.qualificationScore = v;
        }
    } else if (call.name == QLatin1String("record_objection")) {
        const QString type = args.value(QStringLiteral("objection_type")).toString();
        if (type.isEmpty()) {
            res.policyError = PolicyErrorKind::BadToolCall;
            res.error = tr("The agent called record_objection without an objection type.");
            return false;
        }
        turn.events.append({QStringLiteral("objection_raised"),
                            R"({"objection_type":)" + quoted(type.toUtf8()) + '}'});
    } else if (call.name == QLatin1String("send_payment_link")) {
        // The plan and e-mail may come from the call or the state; the amounts only from the
        // catalogue.
        const QString planId = args.value(QStringLiteral("plan")).toString(s.preferredPlan);
        const Plan* plan = PlanCatalogue::find(planId);
        const QString email = args.value(QStringLiteral("email")).toString(s.email).trimmed();
        if (!plan || email.isEmpty()) {
            res.notices << tr("No payment link was sent: the plan or the e-mail address is "
                              "missing.");
            return true;
        }
        if (args.contains(QStringLiteral("amount_monthly")) ||
            args.contains(QStringLiteral("amount")) ||
            args.contains(QStringLiteral("amount_onetime")))
            res.notices << tr("Ignored the amount in the agent's payment call: prices come from "
                              "the plan catalogue.");
        s.preferredPlan = plan->id;
        s.email = email;
        const QByteArray digest =
            QCryptographicHash::hash((plan->id + QLatin1Char('/') + email + QLatin1Char('/') +
                                      QString::number(s.messages.size()))
                                         .toUtf8(),
                                     QCryptographicHash::Sha256)
                .toHex();
        const QByteArray session = "cs_test_" + (digest + digest).left(58);
        const QByteArray url = "https://checkout.stripe.com/c/pay/" + session;
        QByteArray normalised = R"({"plan":)" + quoted(plan->id.toUtf8()) + R"(,"email":)" +
                                quoted(email.toUtf8()) + R"(,"amount_monthly":)" +
                                number(plan->monthlyCents);
        if (plan->onetimeCents >= 0)
            normalised += R"(,"amount_onetime":)" + number(plan->onetimeCents);
        normalised += R"(,"currency":)" + quoted(plan->currency.toUtf8()) +
                      R"(,"instagram_handle":)" + quoted(turn.parent.instagramHandle.toUtf8()) +
                      '}';
        m_pendingLink = {call.id.toUtf8(), normalised, session, url};
        res.paymentLink = QString::fromLatin1(url);
        res.notices << tr("The payment link is a Stripe test link: no money moves.");
        s.paymentLinkSent = true;
    }
    res.toolCalls.append(call);
    return true;
}

bool AgentRuntime::runNode(Turn& turn, const GraphNode& node,
                           const std::function<void(const QString&)>& onToken,
                           const std::atomic_bool* cancel)
{
    const AgentState before = turn.state;
    const QList<RetrievedChunk> chunks = retrieve(turn, node);
    if (!chunks.isEmpty())
        turn.state.retrievedChunks += chunks;

    PolicyRequest request;
    request.node = node.id;
    request.state = turn.state;
    const NodePrompt prompt = m_prompts.node(node.id);
    request.prompt = prompt.prompt();
    request.replyTemplate = prompt.body;
    request.chunks = chunks;
    request.tools = toolsFor(node.id);
    const PolicyReply reply = m_policy.respond(request, onToken, cancel);
    if (!reply.ok()) {
        turn.result.policyError = reply.error;
        turn.result.error = reply.errorMessage.isEmpty()
                                ? tr("The agent's policy failed in the %1 node.").arg(node.id)
                                : reply.errorMessage;
        return false;
    }
    m_pendingLink = {};
    for (const ToolCall& call : reply.toolCalls)
        if (!applyToolCall(turn, node, call))
            return false;

    AgentState& s = turn.state;
    const bool firstTurn = !turn.parent.conversationStarted && turn.parent.checkpointId.isEmpty();
    if (firstTurn && turn.result.nodePath.isEmpty()) {
        QByteArray data = R"({"instagram_handle":)" + quoted(turn.parent.instagramHandle.toUtf8()) +
                          R"(,"campaign_code":)" + quoted(turn.parent.campaignCode.toUtf8()) +
                          R"(,"platform":"playground")";
        if (const QString tested = m_testedCampaigns.value(turn.parent.threadId); !tested.isEmpty())
            data += R"(,"tested_campaign_code":)" + quoted(tested.toUtf8());
        turn.events.prepend({QStringLiteral("conversation_started"), data + '}'});
    }
    // The node's own effect on the stage channels: only here, never from the lead's text.
    if (node.id == QLatin1String("complete"))
        s.paymentCompleted = true; // only reached through the payment edge
    if (node.id == QLatin1String("followup")) {
        ++s.followupCount;
    } else {
        s.currentStage = node.id;
    }
    if (node.id == QLatin1String("qualification") && AgentGraph::qualificationComplete(s)) {
        s.qualified = s.qualificationScore >= AgentGraph::kQualifiedScore;
        if (s.qualified && !before.qualified)
            turn.events.append({QStringLiteral("qualified"),
                                R"({"score":)" + scoreText(s.qualificationScore) +
                                    R"(,"monthly_revenue":)" + quoted(s.monthlyRevenue.toUtf8()) +
                                    R"(,"business_type":)" + quoted(s.businessType.toUtf8()) +
                                    '}'});
    }
    if (node.id == QLatin1String("pitch")) {
        s.pitchDelivered = true;
        s.pitchType = s.qualificationScore >= AgentGraph::kWarmScore ? QStringLiteral("warm")
                                                                     : QStringLiteral("cold");
        turn.events.append({QStringLiteral("pitch_delivered"),
                            R"({"pitch_type":)" + quoted(s.pitchType.toUtf8()) + '}'});
    }

    // The node's messages: its reply; a payment link as the tool call, its result and the
    // runtime's own message with the link (the link text never comes from the policy).
    QList<langgraph::LcToolCall> calls;
    if (!m_pendingLink.url.isEmpty()) {
        const QByteArray id =
            m_pendingLink.callId.isEmpty() ? "call_" + newId().left(24) : m_pendingLink.callId;
        m_pendingLink.callId = id;
        calls.append({"send_payment_link", m_pendingLink.args, id});
    }
    const auto say = [&](const QString& text, QList<langgraph::LcToolCall> toolCalls = {}) {
        s.messages.append(LcMessage::ai(newId(), text.toUtf8(), std::move(toolCalls)));
        if (!text.isEmpty())
            turn.result.replies << text;
    };
    if (!reply.text.isEmpty() || !calls.isEmpty())
        say(reply.text, calls);
    if (!m_pendingLink.url.isEmpty()) {
        s.messages.append(LcMessage::tool(
            newId(),
            R"({"status":"created","mode":"test","stripe_session_id":)" +
                quoted(m_pendingLink.session) + R"(,"url":)" + quoted(m_pendingLink.url) + '}',
            m_pendingLink.callId, "send_payment_link"));
        const Plan* plan = PlanCatalogue::find(s.preferredPlan);
        say(QStringLiteral("Here's your secure checkout link (test link — playground, no money "
                           "moves): %1\n\n%2: %3.")
                .arg(QString::fromLatin1(m_pendingLink.url), plan->name,
                     PlanCatalogue::priceText(*plan)));
    }

    // LangGraph's record of the step: the task's writes under the checkpoint it ran from,
    // then the checkpoint after it.
    // A new thread's first node writes every channel, so LangGraph reads each with its value
    // (false, 0, null) rather than undefined, as the demo's greeting step does.
    const bool firstStep = turn.parent.checkpointId.isEmpty() && turn.result.nodePath.isEmpty();
    QList<ChannelWrite> writes =
        firstStep ? StateChannels::all(s) : StateChannels::changed(before, s);
    const GraphEdge* next = AgentGraph::next(node.id, s);
    QList<ChannelWrite> taskWrites = writes;
    if (next)
        taskWrites.append({"branch:to:" + next->to.toUtf8(), "null"});
    turn.writer->addTaskWrites(taskId(turn.writer->latestCheckpointId(), node.id), taskWrites);
    turn.writer->put(node.id.toUtf8(), "loop", turn.at, writes);
    turn.result.nodePath << node.id;
    turn.result.chunks += chunks;
    return true;
}

TurnResult AgentRuntime::sendMessage(const QString& threadId, const QString& text,
                                     const std::function<void(const QString&)>& onToken,
                                     const std::atomic_bool* cancel, const QString& fromCheckpoint)
{
    Turn turn;
    turn.result.threadId = threadId;
    turn.result.promptVersion = m_prompts.version();
    QString lead = text.trimmed();
    if (lead.isEmpty()) {
        turn.result.error = tr("The lead's message is empty.");
        return turn.result;
    }
    if (lead.size() > kMaxLeadChars) {
        lead = lead.left(kMaxLeadChars);
        turn.result.truncated = true;
        turn.result.notices << tr("The lead's message was cut to its first %1 characters (it "
                                  "had %2).")
                                   .arg(kMaxLeadChars)
                                   .arg(text.trimmed().size());
    }
    if (const QString why = m_store->unavailableReason(); !why.isEmpty()) {
        turn.result.error = why;
        return turn.result;
    }
    db::DbError e;
    turn.parent = m_store->load(threadId, fromCheckpoint, &e);
    QString newest;
    if (!e && !fromCheckpoint.isEmpty())
        newest = m_store->load(threadId, {}, &e).checkpointId;
    if (e) {
        turn.result.dbError = e;
        turn.result.error = e.userMessage();
        return turn.result;
    }
    turn.state = turn.parent.state;
    turn.result.state = turn.state;
    turn.leadText = lead;
    turn.at = now();
    turn.writer.emplace(threadId.toUtf8(), nodeBytes(threadId));
    if (!turn.parent.checkpointId.isEmpty()) {
        if (!turn.writer->continueFrom(turn.parent.checkpointId.toUtf8(),
                                       turn.parent.checkpointJson, turn.parent.step,
                                       newest.toUtf8())) {
            turn.result.error = tr("This thread was written by a LangGraph saver whose versions "
                                   "are not integers; the playground cannot continue it.");
            return turn.result;
        }
    } else {
        turn.writer->setFirstStep(-1);
    }

    const GraphEdge* edge = AgentGraph::entry(turn.state, lead);
    if (!edge) {
        turn.result.error =
            tr("The conversation is at the stage “%1”, which the agent does not know.")
                .arg(turn.state.currentStage);
        return turn.result;
    }
    // LangGraph's input step: the human message enters through __start__.
    const LcMessage human = LcMessage::human(newId(), lead.toUtf8());
    const QByteArray humanList = LcMessage::listJson({human.toJson()});
    turn.writer->put({}, "input", turn.at, {{"__start__", "{\"messages\":" + humanList + '}'}});
    turn.writer->addTaskWrites(
        taskId(turn.writer->latestCheckpointId(), QStringLiteral("__start__")),
        {{"messages", humanList}, {"branch:to:" + edge->to.toUtf8(), "null"}});
    const AgentState beforeInput = turn.state;
    turn.state.messages.append(human);
    turn.state.retrievedChunks.clear(); // the chunks of this turn only
    turn.writer->put("__start__", "loop", turn.at, StateChannels::changed(beforeInput, turn.state),
                     "__start__");

    // At most one lead edge and the auto edges after it: a short, bounded path.
    for (int hops = 0; edge && hops < 4; ++hops) {
        turn.result.edgePath << edge->id;
        const GraphNode* node = AgentGraph::node(edge->to);
        if (!runNode(turn, *node, onToken, cancel)) {
            turn.result.state = turn.parent.state;
            return turn.result;
        }
        edge = AgentGraph::next(node->id, turn.state);
    }
    return finish(turn);
}

TurnResult AgentRuntime::finish(Turn& turn)
{
    TurnWrite w;
    w.parent = turn.parent;
    w.state = turn.state;
    w.events = turn.events;
    w.atMsecs = turn.at;
    w.checkpoints = turn.writer->checkpointRows();
    w.blobs = turn.writer->blobRows();
    w.writes = turn.writer->writeRows();
    if (const db::DbError e = m_store->write(w)) {
        turn.result.dbError = e;
        turn.result.error = tr("The turn was not stored: %1").arg(e.userMessage());
        turn.result.state = turn.parent.state;
        return turn.result;
    }
    turn.result.state = turn.state;
    turn.result.reply = turn.result.replies.join(QStringLiteral("\n\n"));
    turn.result.checkpointId = QString::fromLatin1(turn.writer->latestCheckpointId());
    return turn.result;
}

TurnResult AgentRuntime::simulatePayment(const QString& threadId)
{
    Turn turn;
    turn.result.threadId = threadId;
    turn.result.promptVersion = m_prompts.version();
    if (const QString why = m_store->unavailableReason(); !why.isEmpty()) {
        turn.result.error = why;
        return turn.result;
    }
    db::DbError e;
    turn.parent = m_store->load(threadId, {}, &e);
    if (e) {
        turn.result.dbError = e;
        turn.result.error = e.userMessage();
        return turn.result;
    }
    turn.state = turn.parent.state;
    turn.result.state = turn.state;
    const GraphEdge* edge = AgentGraph::payment(turn.state);
    if (!edge || turn.parent.checkpointId.isEmpty()) {
        turn.result.error = tr("There is no unpaid payment link in this conversation to pay.");
        return turn.result;
    }
    // The session of the last link sent.
    QByteArray session;
    for (const LcMessage& m : std::as_const(turn.state.messages))
        if (m.kind == LcMessage::Kind::Tool && m.name == "send_payment_link")
            session = QJsonDocument::fromJson(m.content)
                          .object()
                          .value(QStringLiteral("stripe_session_id"))
                          .toString()
                          .toLatin1();
    const Plan* plan = PlanCatalogue::find(turn.state.preferredPlan);
    if (!plan) {
        turn.result.error = tr("The conversation has no plan from the catalogue to pay for.");
        return turn.result;
    }
    turn.at = now();
    turn.writer.emplace(threadId.toUtf8(), nodeBytes(threadId));
    if (!turn.writer->continueFrom(turn.parent.checkpointId.toUtf8(), turn.parent.checkpointJson,
                                   turn.parent.step)) {
        turn.result.error = tr("This thread was written by a LangGraph saver whose versions "
                               "are not integers; the playground cannot continue it.");
        return turn.result;
    }
    const qint64 onetime = std::max<qint64>(plan->onetimeCents, 0);
    QByteArray data = R"({"plan":)" + quoted(plan->id.toUtf8()) + R"(,"amount":)" +
                      number(plan->monthlyCents + onetime) + R"(,"amount_monthly":)" +
                      number(plan->monthlyCents);
    if (plan->onetimeCents >= 0)
        data += R"(,"amount_onetime":)" + number(plan->onetimeCents);
    data += R"(,"currency":)" + quoted(plan->currency.toUtf8()) + R"(,"stripe_session_id":)" +
            quoted(session) + R"(,"simulated":true})";
    turn.events.append({QStringLiteral("payment_completed"), data});
    turn.result.notices << tr("Simulated payment: the test checkout was marked as paid; no money "
                              "moved.");
    turn.result.edgePath << edge->id;
    if (!runNode(turn, *AgentGraph::node(edge->to), {}, nullptr)) {
        turn.result.state = turn.parent.state;
        return turn.result;
    }
    return finish(turn);
}

QString AgentRuntime::fork(const QString& threadId, const QString& checkpointId,
                           const ForkEdit& edit, QString* error)
{
    if (const QString why = m_store->unavailableReason(); !why.isEmpty()) {
        *error = why;
        return {};
    }
    db::DbError e;
    const ThreadSnapshot parent = m_store->load(threadId, checkpointId, &e);
    const QString newest = e ? QString() : m_store->load(threadId, {}, &e).checkpointId;
    if (e) {
        *error = e.userMessage();
        return {};
    }
    if (parent.checkpointId.isEmpty()) {
        *error = tr("The conversation has no checkpoint to branch from yet.");
        return {};
    }
    AgentState state = parent.state;
    if (edit.messageIndex >= 0) {
        if (edit.messageIndex >= state.messages.size()) {
            *error = tr("The checkpoint has %n message(s); there is no message %1.", nullptr,
                        int(state.messages.size()))
                         .arg(edit.messageIndex + 1);
            return {};
        }
        if (edit.messageText.trimmed().isEmpty()) {
            *error = tr("An edited message cannot be empty.");
            return {};
        }
        state.messages[edit.messageIndex].content = edit.messageText.left(kMaxLeadChars).toUtf8();
    }
    for (auto it = edit.fields.begin(); it != edit.fields.end(); ++it) {
        QString why;
        if (!StateChannels::setField(state, it.key(), it.value(), &why)) {
            *error = why;
            return {};
        }
    }
    CheckpointWriter writer(threadId.toUtf8(), nodeBytes(threadId));
    if (!writer.continueFrom(parent.checkpointId.toUtf8(), parent.checkpointJson, parent.step,
                             newest.toUtf8())) {
        *error = tr("This thread was written by a LangGraph saver whose versions are not "
                    "integers; the playground cannot continue it.");
        return {};
    }
    // As LangGraph's updateState: a checkpoint of source "update" as the node of the stage.
    const QString asNode =
        state.currentStage.isEmpty() ? QStringLiteral("greeting") : state.currentStage;
    writer.put(asNode.toUtf8(), "update", now(), StateChannels::changed(parent.state, state));
    TurnWrite w;
    w.parent = parent;
    w.state = state;
    w.atMsecs = now();
    w.checkpoints = writer.checkpointRows();
    w.blobs = writer.blobRows();
    if (const db::DbError we = m_store->write(w)) {
        *error = we.userMessage();
        return {};
    }
    return QString::fromLatin1(writer.latestCheckpointId());
}

QList<CheckpointInfo> AgentRuntime::history(const QString& threadId, QString* error)
{
    db::DbError e;
    const QList<CheckpointInfo> out = m_store->history(threadId, &e);
    if (e && error)
        *error = e.userMessage();
    return out;
}

ThreadSnapshot AgentRuntime::state(const QString& threadId, const QString& checkpointId,
                                   QString* error)
{
    db::DbError e;
    ThreadSnapshot s = m_store->load(threadId, checkpointId, &e);
    if (e && error)
        *error = e.userMessage();
    return s;
}

db::DbError AgentRuntime::deleteThread(const QString& threadId)
{
    m_testedCampaigns.remove(threadId);
    return m_store->deleteThread(threadId);
}

} // namespace limitless::agent
