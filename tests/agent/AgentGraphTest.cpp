// The agent's graph and its reading of lead messages, without a database: routing along the
// edges only, extraction with the demo's own vocabulary, the offline policy's replies and tool
// calls, the built-in prompts.
#include "../migrate/CatchQt.h"

#include "agent/AgentGraph.h"
#include "agent/AgentRuntime.h"
#include "agent/LeadText.h"
#include "agent/OfflinePolicy.h"
#include "agent/PromptSet.h"
#include "demo/DemoCatalog.h"

using namespace limitless;
using namespace limitless::agent;
namespace C = demo::DemoCatalog;

namespace {

AgentState at(const QString& stage)
{
    AgentState s;
    s.currentStage = stage;
    return s;
}

QString entry(const AgentState& s, const QString& message)
{
    const GraphEdge* e = AgentGraph::entry(s, message);
    return e ? e->id : QString();
}

PolicyRequest request(const QString& node, AgentState state, const QString& lead)
{
    state.messages.append(langgraph::LcMessage::human("h", lead.toUtf8()));
    PolicyRequest r;
    r.node = node;
    r.state = state;
    r.replyTemplate = PromptSet::builtin().node(node).body;
    r.tools = AgentRuntime::toolsFor(node);
    return r;
}

} // namespace

TEST_CASE("the graph is data the UI can draw: every edge joins known nodes")
{
    QStringList ids = AgentGraph::nodeIds();
    CHECK(ids == QStringList{"greeting", "qualification", "pitch", "objection_handling", "close",
                             "complete", "nurture", "followup"});
    CHECK(AgentGraph::node(QStringLiteral("pitch"))->variants ==
          QStringList{QStringLiteral("warm"), QStringLiteral("cold")});
    for (const GraphEdge& e : AgentGraph::edges()) {
        INFO(e.id.toStdString());
        CHECK((e.from == QLatin1String("__start__") || AgentGraph::node(e.from)));
        CHECK(AgentGraph::node(e.to));
        CHECK(e.id == e.from + QStringLiteral("->") + e.to);
        CHECK_FALSE(e.label.isEmpty());
        CHECK(QStringList{"lead", "auto", "payment"}.contains(e.trigger));
    }
}

TEST_CASE("routing follows the edges: lead text cannot skip a stage")
{
    CHECK(entry(at({}), QStringLiteral("Hi")) == QLatin1String("__start__->greeting"));
    // A lead who asks to buy at once still goes through qualification.
    CHECK(entry(at(QStringLiteral("greeting")),
                QStringLiteral("Sign me up for Option 1, jo@x.com")) ==
          QLatin1String("greeting->qualification"));
    CHECK(entry(at(QStringLiteral("qualification")), QStringLiteral("Let's do it, option 2")) ==
          QLatin1String("qualification->qualification"));
    CHECK(entry(at(QStringLiteral("pitch")), QStringLiteral("Let's go with Option 2 👍")) ==
          QLatin1String("pitch->close"));
    CHECK(entry(at(QStringLiteral("pitch")), QStringLiteral("That's a lot of money for me.")) ==
          QLatin1String("pitch->objection_handling"));
    CHECK(entry(at(QStringLiteral("objection_handling")),
                QStringLiteral("I think I'll pass for now, thanks though.")) ==
          QLatin1String("objection_handling->nurture"));
    AgentState close = at(QStringLiteral("close"));
    CHECK(entry(close, QStringLiteral("hello?")) == QLatin1String("close->close"));
    close.paymentLinkSent = true;
    CHECK(entry(close, QStringLiteral("hello?")) == QLatin1String("close->followup"));
    CHECK(entry(close, QStringLiteral("use new@x.com please")) == QLatin1String("close->close"));
    CHECK(entry(at(QStringLiteral("nurture")), QStringLiteral("Hi again")) ==
          QLatin1String("nurture->followup"));
    CHECK(entry(at(QStringLiteral("somewhere")), QStringLiteral("Hi")).isEmpty());

    // Auto edges depend on the state only.
    AgentState q = at(QStringLiteral("qualification"));
    q.businessType = QStringLiteral("Dental clinic");
    q.monthlyRevenue = QStringLiteral("$25k–$50k");
    CHECK(AgentGraph::next(QStringLiteral("qualification"), q) == nullptr);
    q.mainPainPoint = QStringLiteral("Not enough qualified leads");
    q.qualified = true;
    CHECK(AgentGraph::next(QStringLiteral("qualification"), q)->id ==
          QLatin1String("qualification->pitch"));
    q.qualified = false;
    CHECK(AgentGraph::next(QStringLiteral("qualification"), q)->id ==
          QLatin1String("qualification->nurture"));
    CHECK(AgentGraph::next(QStringLiteral("pitch"), q) == nullptr);
    CHECK(AgentGraph::payment(close)->id == QLatin1String("close->complete"));
    CHECK(AgentGraph::payment(at(QStringLiteral("pitch"))) == nullptr);
}

TEST_CASE("extraction reads the demo leads' own words")
{
    for (const C::BusinessSpec& b : C::businesses()) {
        INFO(b.answer);
        CHECK(LeadText(QString::fromUtf8(b.answer)).businessType() == QString::fromUtf8(b.label));
    }
    for (qsizetype i = 0; i < C::revenueBands().size(); ++i) {
        INFO(C::revenueBands().at(i).answer);
        CHECK(LeadText(QString::fromUtf8(C::revenueBands().at(i).answer)).revenueBand() == i);
    }
    for (qsizetype i = 0; i < C::pains().size(); ++i) {
        INFO(C::pains().at(i).answer);
        CHECK(LeadText(QString::fromUtf8(C::pains().at(i).answer)).painIndex() == i);
    }
    for (const C::ObjectionSpec& o : C::objections())
        for (const char* line : o.lead) {
            INFO(line);
            CHECK(LeadText(QString::fromUtf8(line)).objection() == QLatin1String(o.type));
        }
    for (const char* line : C::buySignals()) {
        const LeadText t(
            QString::fromUtf8(line).replace(QLatin1String("{plan}"), QLatin1String("Option 2")));
        CHECK(t.buySignal());
        CHECK(t.plan() == QLatin1String("option2"));
    }
    for (const char* line : C::declines())
        CHECK(LeadText(QString::fromUtf8(line)).declines());

    CHECK(LeadText(QStringLiteral("Sure: jo.doe+x@smiles-denver.com")).email() ==
          QLatin1String("jo.doe+x@smiles-denver.com"));
    CHECK(LeadText(QStringLiteral("I run a plumbing company in Leeds.")).businessType() ==
          QLatin1String("Plumbing company"));
    CHECK(LeadText::dollars(QStringLiteral("I run a hair salon with 4 chairs")) < 0);
    CHECK(LeadText::dollars(QStringLiteral("$30,000 a month")) == 30000);
    CHECK(LeadText::bandOf(LeadText::dollars(QStringLiteral("we make 12k monthly"))) == 2);
}

TEST_CASE("the offline policy: the demo's scoring, tool calls within the node's set, replies "
          "from the template")
{
    CHECK(OfflinePolicy::scoreForBand(3) == Approx(0.76));
    CHECK(OfflinePolicy::scoreForBand(1) < AgentGraph::kQualifiedScore);
    CHECK(OfflinePolicy::scoreForBand(2) >= AgentGraph::kQualifiedScore);

    OfflinePolicy policy;
    AgentState s = at(QStringLiteral("qualification"));
    s.businessType = QStringLiteral("Dental clinic");
    s.monthlyRevenue = QStringLiteral("$25k–$50k");
    const PolicyReply r =
        policy.respond(request(QStringLiteral("qualification"), s,
                               QStringLiteral("People book calls and then don't show up.")),
                       {}, nullptr);
    REQUIRE(r.ok());
    REQUIRE(r.toolCalls.size() == 1);
    CHECK(r.toolCalls.first().name == QLatin1String("record_lead_details"));
    CHECK(r.toolCalls.first().argumentsJson ==
          R"({"main_pain_point":"Low show-up rate on sales calls","qualification_score":0.76})");
    CHECK(r.text.contains(QLatin1String("booked calls keep turning into no-shows")));

    // The same request, the same answer.
    const PolicyReply again =
        policy.respond(request(QStringLiteral("qualification"), s,
                               QStringLiteral("People book calls and then don't show up.")),
                       {}, nullptr);
    CHECK(again.text == r.text);
    CHECK(again.toolCalls.first().argumentsJson == r.toolCalls.first().argumentsJson);

    // Citations name the retrieved chunk's file.
    AgentState p = s;
    p.currentStage = QStringLiteral("pitch");
    PolicyRequest objection =
        request(QStringLiteral("objection_handling"), p, QStringLiteral("It's too expensive."));
    objection.chunks.append({QStringLiteral("c1"), QStringLiteral("d1"), QStringLiteral("FAQ.md"),
                             QStringLiteral("faq"), 0, -1,
                             QStringLiteral("Can I cancel?\n\nOption 2 can be cancelled anytime. "
                                            "Option 1 has a minimum."),
                             0.03, 0.5, 1, 1});
    const PolicyReply o = policy.respond(objection, {}, nullptr);
    CHECK(o.text.contains(QLatin1String("From FAQ.md: Option 2 can be cancelled anytime.")));
    REQUIRE(o.toolCalls.size() == 1);
    CHECK(o.toolCalls.first().argumentsJson == R"({"objection_type":"price"})");

    // Cancelled before it starts: a policy error, no reply.
    std::atomic_bool cancel{true};
    CHECK(policy.respond(objection, {}, &cancel).error == PolicyErrorKind::Cancelled);
}

TEST_CASE("every node has a built-in prompt with the sections the offline policy fills")
{
    const PromptSet prompts = PromptSet::builtin();
    const QList<QPair<QString, QStringList>> sections = {
        {QStringLiteral("greeting"), {QStringLiteral("reply")}},
        {QStringLiteral("qualification"),
         {QStringLiteral("ask_business"), QStringLiteral("ask_revenue"), QStringLiteral("ask_pain"),
          QStringLiteral("qualified")}},
        {QStringLiteral("pitch"), {QStringLiteral("warm"), QStringLiteral("cold")}},
        {QStringLiteral("objection_handling"),
         {QStringLiteral("price"), QStringLiteral("timing"), QStringLiteral("trust"),
          QStringLiteral("need_to_think"), QStringLiteral("question")}},
        {QStringLiteral("close"),
         {QStringLiteral("ask_plan"), QStringLiteral("ask_email"), QStringLiteral("link")}},
        {QStringLiteral("complete"), {QStringLiteral("reply"), QStringLiteral("after")}},
        {QStringLiteral("nurture"), {QStringLiteral("not_qualified"), QStringLiteral("declined")}},
        {QStringLiteral("followup"), {QStringLiteral("nurture"), QStringLiteral("close")}},
    };
    CHECK(prompts.version() == 0);
    for (const auto& [node, names] : sections) {
        INFO(node.toStdString());
        CHECK_FALSE(prompts.node(node).prompt().isEmpty());
        for (const QString& n : names)
            CHECK_FALSE(prompts.node(node).section(n).isEmpty());
    }
}
