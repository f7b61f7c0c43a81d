#include "agent/OfflinePolicy.h"

#include "agent/AgentGraph.h"
#include "agent/LeadText.h"
#include "agent/PlanCatalogue.h"
#include "agent/PromptSet.h"
#include "demo/DemoCatalog.h"
#include "langgraph/JsonText.h"

#include <QRegularExpression>

namespace limitless::agent {

namespace C = demo::DemoCatalog;
using langgraph::JsonText::number;
using langgraph::JsonText::quoted;

namespace {

int bandIndex(const QString& label)
{
    for (qsizetype i = 0; i < C::revenueBands().size(); ++i)
        if (label == QString::fromUtf8(C::revenueBands().at(i).label))
            return int(i);
    return -1;
}

QString echoOf(const QString& pain)
{
    for (const C::PainSpec& p : C::pains())
        if (pain == QString::fromUtf8(p.label))
            return QString::fromUtf8(p.echo);
    return pain.isEmpty() ? QString() : pain.left(1).toLower() + pain.mid(1);
}

QString plansText()
{
    QStringList lines;
    for (const Plan& p : PlanCatalogue::plans())
        lines << QStringLiteral("• %1 — %2").arg(p.name, PlanCatalogue::priceText(p));
    return lines.join(QLatin1Char('\n'));
}

QString lastLeadMessage(const AgentState& state)
{
    for (qsizetype i = state.messages.size() - 1; i >= 0; --i)
        if (state.messages.at(i).kind == langgraph::LcMessage::Kind::Human)
            return QString::fromUtf8(state.messages.at(i).content);
    return {};
}

bool allows(const PolicyRequest& r, const char* tool)
{
    for (const ToolSpec& t : r.tools)
        if (t.name == QLatin1String(tool))
            return true;
    return false;
}

} // namespace

double OfflinePolicy::scoreForBand(int band)
{
    if (band < 0 || band >= C::revenueBands().size())
        return 0;
    return C::revenueBands().at(band).scoreBase / 100.0;
}

QString OfflinePolicy::citation(const QList<RetrievedChunk>& chunks)
{
    if (chunks.isEmpty())
        return {};
    const RetrievedChunk& c = chunks.first();
    // Chunks are "Heading\n\ntext": cite the text's first sentence.
    QString body = c.text;
    const qsizetype blank = body.indexOf(QLatin1String("\n\n"));
    if (blank > 0 && blank < 120)
        body = body.mid(blank + 2);
    body = body.simplified();
    const auto end = QRegularExpression(QStringLiteral("[.!?](\\s|$)")).match(body);
    if (end.hasMatch())
        body = body.left(end.capturedStart() + 1);
    if (body.size() > 280)
        body = body.left(279) + QStringLiteral("…");
    const QString where =
        c.page >= 0 ? QStringLiteral("%1 (p. %2)").arg(c.filename).arg(c.page) : c.filename;
    return QStringLiteral("From %1: %2").arg(where, body);
}

PolicyReply OfflinePolicy::respond(const PolicyRequest& request,
                                   const std::function<void(const QString& delta)>& onToken,
                                   const std::atomic_bool* cancel)
{
    PolicyReply reply;
    if (cancel && cancel->load()) {
        reply.error = PolicyErrorKind::Cancelled;
        reply.errorMessage = tr("The turn was cancelled.");
        return reply;
    }
    const AgentState& s = request.state;
    const QString node = request.node;
    const QString lead = lastLeadMessage(s);
    const LeadText text(lead);
    NodePrompt prompt;
    prompt.node = node;
    prompt.body = request.replyTemplate;

    // Extraction: what this message adds to the state, as record_lead_details would carry it.
    AgentState merged = s;
    QByteArray details;
    const auto add = [&](const char* key, const QString& value, QString& field) {
        if (value.isEmpty() || value == field)
            return;
        field = value;
        details += (details.isEmpty() ? "" : ",") + quoted(key) + ':' + quoted(value.toUtf8());
    };
    const bool qualifying =
        node == QLatin1String("greeting") || node == QLatin1String("qualification");
    if (qualifying) {
        if (merged.businessType.isEmpty())
            add("business_type", text.businessType(), merged.businessType);
        if (!text.monthlyRevenue().isEmpty() && !merged.businessType.isEmpty())
            add("monthly_revenue", text.monthlyRevenue(), merged.monthlyRevenue);
        if (merged.mainPainPoint.isEmpty() && !text.painPoint().isEmpty() &&
            !merged.monthlyRevenue.isEmpty())
            add("main_pain_point", text.painPoint(), merged.mainPainPoint);
        else if (merged.mainPainPoint.isEmpty() && !s.monthlyRevenue.isEmpty())
            // The lead answers the pain question in words the catalogue does not know.
            add("main_pain_point", lead.simplified().left(120), merged.mainPainPoint);
    }
    add("email", text.email(), merged.email);
    if (node != QLatin1String("greeting") && node != QLatin1String("qualification"))
        add("preferred_plan", text.plan(), merged.preferredPlan);
    if (qualifying && AgentGraph::qualificationComplete(merged) &&
        !AgentGraph::qualificationComplete(s)) {
        merged.qualificationScore = scoreForBand(bandIndex(merged.monthlyRevenue));
        // Outside the catalogue's bands (an edited state): unscored leads are not qualified.
        details += (details.isEmpty() ? "" : ",") + QByteArrayLiteral("\"qualification_score\":") +
                   number(merged.qualificationScore);
    }
    int call = 0;
    const auto callId = [&]() {
        return QStringLiteral("call_offline_%1_%2").arg(node).arg(++call);
    };
    if (!details.isEmpty() && allows(request, "record_lead_details"))
        reply.toolCalls.append(
            {callId(), QStringLiteral("record_lead_details"), '{' + details + '}'});
    const bool objecting =
        node == QLatin1String("objection_handling") && !text.objection().isEmpty();
    if (objecting && allows(request, "record_objection"))
        reply.toolCalls.append({callId(), QStringLiteral("record_objection"),
                                R"({"objection_type":)" + quoted(text.objection().toUtf8()) + '}'});

    // The reply from the node's template.
    QString section;
    if (node == QLatin1String("greeting")) {
        section = QStringLiteral("reply");
    } else if (node == QLatin1String("qualification")) {
        if (merged.businessType.isEmpty())
            section = QStringLiteral("ask_business");
        else if (merged.monthlyRevenue.isEmpty())
            section = QStringLiteral("ask_revenue");
        else if (merged.mainPainPoint.isEmpty())
            section = QStringLiteral("ask_pain");
        else if (merged.qualificationScore >= AgentGraph::kQualifiedScore)
            section = QStringLiteral("qualified");
        // Not qualified: the nurture node answers.
    } else if (node == QLatin1String("pitch")) {
        section = s.qualificationScore >= AgentGraph::kWarmScore ? QStringLiteral("warm")
                                                                 : QStringLiteral("cold");
    } else if (node == QLatin1String("objection_handling")) {
        section = text.objection().isEmpty() ? QStringLiteral("question") : text.objection();
    } else if (node == QLatin1String("close")) {
        const bool changed = (!text.plan().isEmpty() && text.plan() != s.preferredPlan) ||
                             (!text.email().isEmpty() && text.email() != s.email);
        if (merged.preferredPlan.isEmpty()) {
            section = QStringLiteral("ask_plan");
        } else if (merged.email.isEmpty()) {
            section = QStringLiteral("ask_email");
        } else if (!s.paymentLinkSent || changed) {
            section = QStringLiteral("link");
            if (allows(request, "send_payment_link"))
                reply.toolCalls.append({callId(), QStringLiteral("send_payment_link"),
                                        R"({"plan":)" + quoted(merged.preferredPlan.toUtf8()) +
                                            R"(,"email":)" + quoted(merged.email.toUtf8()) + '}'});
        } else {
            section = QStringLiteral("ask_email");
        }
    } else if (node == QLatin1String("complete")) {
        section = s.currentStage == QLatin1String("complete") ? QStringLiteral("after")
                                                              : QStringLiteral("reply");
    } else if (node == QLatin1String("nurture")) {
        section = s.currentStage == QLatin1String("qualification") ? QStringLiteral("not_qualified")
                                                                   : QStringLiteral("declined");
    } else if (node == QLatin1String("followup")) {
        section = s.currentStage == QLatin1String("close") ? QStringLiteral("close")
                                                           : QStringLiteral("nurture");
    }
    if (!section.isEmpty()) {
        const Plan* plan = PlanCatalogue::find(merged.preferredPlan);
        QString t = prompt.section(section);
        t.replace(QLatin1String("{echo}"), echoOf(merged.mainPainPoint))
            .replace(QLatin1String("{revenue}"), merged.monthlyRevenue)
            .replace(QLatin1String("{business}"), merged.businessType)
            .replace(QLatin1String("{plans}"), plansText())
            .replace(QLatin1String("{plan}"), plan ? plan->name : QString())
            .replace(QLatin1String("{email}"), merged.email)
            .replace(QLatin1String("{citation}"), citation(request.chunks));
        t.replace(QRegularExpression(QStringLiteral("\\n{3,}")), QStringLiteral("\n\n"));
        reply.text = t.trimmed();
    }
    if (onToken && !reply.text.isEmpty())
        onToken(reply.text);
    return reply;
}

} // namespace limitless::agent
