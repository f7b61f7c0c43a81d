#include "agent/AgentGraph.h"

#include "agent/LeadText.h"

namespace limitless::agent {

namespace {

const QString kRecord = QStringLiteral("record_lead_details");
const QString kObjection = QStringLiteral("record_objection");
const QString kPaymentLink = QStringLiteral("send_payment_link");

} // namespace

const QList<GraphNode>& AgentGraph::nodes()
{
    static const QList<GraphNode> list = {
        {QStringLiteral("greeting"),
         tr("Greeting"),
         tr("Welcomes the lead and asks what business they run."),
         {},
         {kRecord},
         false,
         {}},
        {QStringLiteral("qualification"),
         tr("Qualification"),
         tr("Asks for the business, the monthly revenue and the main pain point; scores the "
            "lead."),
         {},
         {kRecord},
         false,
         {}},
        {QStringLiteral("pitch"),
         tr("Pitch"),
         tr("Presents the offer and both plans, warm or cold by the score, from the owner's "
            "pitch documents."),
         {QStringLiteral("warm"), QStringLiteral("cold")},
         {kRecord, kObjection},
         true,
         {QStringLiteral("pitch"), QStringLiteral("product_info")}},
        {QStringLiteral("objection_handling"),
         tr("Objection handling"),
         tr("Answers objections and questions from the owner's objection guide and FAQ."),
         {},
         {kRecord, kObjection},
         true,
         {QStringLiteral("objection"), QStringLiteral("faq")}},
        {QStringLiteral("close"),
         tr("Close"),
         tr("Takes the plan and the e-mail address and sends the payment link."),
         {},
         {kRecord, kPaymentLink},
         false,
         {}},
        {QStringLiteral("complete"),
         tr("Complete"),
         tr("The payment came in: welcomes the new client."),
         {},
         {},
         false,
         {}},
        {QStringLiteral("nurture"),
         tr("Nurture"),
         tr("Not a fit now or declined: offers a free resource and keeps in touch."),
         {},
         {kRecord},
         false,
         {}},
        {QStringLiteral("followup"),
         tr("Follow-up"),
         tr("The lead writes again after a nurture or an unpaid link: follows up, the stage "
            "stays."),
         {},
         {kRecord},
         false,
         {}},
    };
    return list;
}

const QList<GraphEdge>& AgentGraph::edges()
{
    const QString lead = QStringLiteral("lead");
    const QString autoTrigger = QStringLiteral("auto");
    static const QList<GraphEdge> list = {
        {QStringLiteral("__start__->greeting"), QStringLiteral("__start__"),
         QStringLiteral("greeting"), lead, QStringLiteral("new_conversation"),
         tr("a new conversation")},
        {QStringLiteral("greeting->qualification"), QStringLiteral("greeting"),
         QStringLiteral("qualification"), lead, QStringLiteral("lead_replied"),
         tr("the lead answers")},
        {QStringLiteral("qualification->qualification"), QStringLiteral("qualification"),
         QStringLiteral("qualification"), lead, QStringLiteral("details_missing"),
         tr("business, revenue or pain point still missing")},
        {QStringLiteral("qualification->pitch"), QStringLiteral("qualification"),
         QStringLiteral("pitch"), autoTrigger, QStringLiteral("qualified"),
         tr("qualified: score ≥ 0.60 (revenue ≥ $10k a month)")},
        {QStringLiteral("qualification->nurture"), QStringLiteral("qualification"),
         QStringLiteral("nurture"), autoTrigger, QStringLiteral("not_qualified"),
         tr("not qualified: score below 0.60")},
        {QStringLiteral("pitch->objection_handling"), QStringLiteral("pitch"),
         QStringLiteral("objection_handling"), lead, QStringLiteral("objection_or_question"),
         tr("an objection or a question")},
        {QStringLiteral("pitch->close"), QStringLiteral("pitch"), QStringLiteral("close"), lead,
         QStringLiteral("buy_signal"), tr("the lead picks a plan or says yes")},
        {QStringLiteral("pitch->nurture"), QStringLiteral("pitch"), QStringLiteral("nurture"), lead,
         QStringLiteral("declined"), tr("the lead declines")},
        {QStringLiteral("objection_handling->objection_handling"),
         QStringLiteral("objection_handling"), QStringLiteral("objection_handling"), lead,
         QStringLiteral("objection_or_question"), tr("another objection or question")},
        {QStringLiteral("objection_handling->close"), QStringLiteral("objection_handling"),
         QStringLiteral("close"), lead, QStringLiteral("buy_signal"),
         tr("the lead picks a plan or says yes")},
        {QStringLiteral("objection_handling->nurture"), QStringLiteral("objection_handling"),
         QStringLiteral("nurture"), lead, QStringLiteral("declined"), tr("the lead declines")},
        {QStringLiteral("close->close"), QStringLiteral("close"), QStringLiteral("close"), lead,
         QStringLiteral("details_missing"), tr("plan or e-mail still missing, or changed")},
        {QStringLiteral("close->followup"), QStringLiteral("close"), QStringLiteral("followup"),
         lead, QStringLiteral("link_unpaid"), tr("the link was sent and is not paid yet")},
        {QStringLiteral("close->complete"), QStringLiteral("close"), QStringLiteral("complete"),
         QStringLiteral("payment"), QStringLiteral("payment_completed"),
         tr("the checkout completed (simulated in the playground)")},
        {QStringLiteral("nurture->followup"), QStringLiteral("nurture"), QStringLiteral("followup"),
         lead, QStringLiteral("lead_replied"), tr("the lead writes again")},
        {QStringLiteral("complete->complete"), QStringLiteral("complete"),
         QStringLiteral("complete"), lead, QStringLiteral("lead_replied"),
         tr("the client writes after paying")},
    };
    return list;
}

const GraphNode* AgentGraph::node(const QString& id)
{
    for (const GraphNode& n : nodes())
        if (n.id == id)
            return &n;
    return nullptr;
}

const GraphEdge* AgentGraph::edge(const QString& id)
{
    for (const GraphEdge& e : edges())
        if (e.id == id)
            return &e;
    return nullptr;
}

QStringList AgentGraph::nodeIds()
{
    QStringList out;
    for (const GraphNode& n : nodes())
        out << n.id;
    return out;
}

bool AgentGraph::qualificationComplete(const AgentState& state)
{
    return !state.businessType.isEmpty() && !state.monthlyRevenue.isEmpty() &&
           !state.mainPainPoint.isEmpty();
}

const GraphEdge* AgentGraph::entry(const AgentState& state, const QString& leadMessage)
{
    const QString& stage = state.currentStage;
    if (stage.isEmpty())
        return edge(QStringLiteral("__start__->greeting"));
    if (stage == QLatin1String("greeting"))
        return edge(QStringLiteral("greeting->qualification"));
    if (stage == QLatin1String("qualification"))
        return edge(QStringLiteral("qualification->qualification"));
    if (stage == QLatin1String("pitch") || stage == QLatin1String("objection_handling")) {
        const LeadText text(leadMessage);
        const QString to = text.declines()    ? QStringLiteral("nurture")
                           : text.buySignal() ? QStringLiteral("close")
                                              : QStringLiteral("objection_handling");
        return edge(stage + QStringLiteral("->") + to);
    }
    if (stage == QLatin1String("close")) {
        const LeadText text(leadMessage);
        const bool changes = !text.email().isEmpty() || !text.plan().isEmpty();
        return edge(state.paymentLinkSent && !changes ? QStringLiteral("close->followup")
                                                      : QStringLiteral("close->close"));
    }
    if (stage == QLatin1String("nurture"))
        return edge(QStringLiteral("nurture->followup"));
    if (stage == QLatin1String("complete"))
        return edge(QStringLiteral("complete->complete"));
    return nullptr;
}

const GraphEdge* AgentGraph::next(const QString& node, const AgentState& state)
{
    if (node == QLatin1String("qualification") && qualificationComplete(state))
        return edge(state.qualified ? QStringLiteral("qualification->pitch")
                                    : QStringLiteral("qualification->nurture"));
    return nullptr;
}

const GraphEdge* AgentGraph::payment(const AgentState& state)
{
    if (state.currentStage == QLatin1String("close") && state.paymentLinkSent &&
        !state.paymentCompleted)
        return edge(QStringLiteral("close->complete"));
    return nullptr;
}

} // namespace limitless::agent
