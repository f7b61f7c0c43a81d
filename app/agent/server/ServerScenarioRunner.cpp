#include "agent/server/ServerScenarioRunner.h"

#include "agent/ScenarioRunner.h"
#include "agent/StateChannels.h"
#include "agent/server/ServerClient.h"

#include <QDateTime>

namespace limitless::agent::server {

ServerScenarioRunner::ServerScenarioRunner(ServerClient& client, QString assistantId)
    : m_client(client), m_assistant(std::move(assistantId))
{}

RunOutcome ServerScenarioRunner::leadTurn(ServerClient& client, const QString& threadId,
                                          const QString& assistantId, const QString& text,
                                          int maxResumes, ServerError* error, int* resumed)
{
    RunRequest request;
    request.assistantId = assistantId;
    request.messages << InputMessage{text};
    RunOutcome r = client.stream(threadId, request, {}, error);
    QString reply = r.reply;
    int n = 0;
    while (!*error && r.interrupted && n < maxResumes) {
        RunRequest resume;
        resume.assistantId = assistantId;
        resume.resume = true;
        r = client.stream(threadId, resume, {}, error);
        if (!r.reply.isEmpty())
            reply += (reply.isEmpty() ? QString() : QStringLiteral("\n\n")) + r.reply;
        ++n;
    }
    r.reply = reply;
    if (resumed)
        *resumed = n;
    return r;
}

ScenarioOutcome ServerScenarioRunner::run(const Scenario& scenario)
{
    ScenarioOutcome out;
    out.policy = QStringLiteral("server:") + m_assistant;
    out.ranAt = QDateTime::currentDateTimeUtc();
    ServerError e;
    QJsonObject meta{{QStringLiteral("source"), QStringLiteral("limitless-scenario")},
                     {QStringLiteral("scenario"), scenario.name}};
    if (!scenario.campaignCode.isEmpty())
        meta.insert(QStringLiteral("campaign_code"), scenario.campaignCode);
    out.threadId = m_client.createThread(meta, &e).threadId;
    if (e) {
        out.error = e.message;
        out.fingerprint = ScenarioRunner::fingerprint(out);
        return out;
    }
    AgentState last;
    for (int i = 0; i < scenario.leadTurns.size(); ++i) {
        const RunOutcome r = leadTurn(m_client, out.threadId, m_assistant, scenario.leadTurns.at(i),
                                      m_maxResumes, &e);
        if (e) {
            out.error = tr("Turn %1 failed: %2").arg(i + 1).arg(e.message);
            break;
        }
        if (r.interrupted) {
            out.error = tr("Turn %1 stopped before %2 more often than it may be resumed (%3).")
                            .arg(i + 1)
                            .arg(r.next.join(QStringLiteral(", ")))
                            .arg(m_maxResumes);
            break;
        }
        last = r.state;
        out.turns = i + 1;
        out.replies << r.reply;
        out.stages << r.state.currentStage;
    }
    out.stageReached = last.currentStage;
    out.qualified = last.qualified;
    out.paymentLinkSent = last.paymentLinkSent;
    out.state = StateChannels::toJson(last);
    out.state.remove(QStringLiteral("retrieved_chunks"));
    out.fingerprint = ScenarioRunner::fingerprint(out);
    return out;
}

BackendComparison ServerScenarioRunner::compare(const Scenario& scenario,
                                                const ScenarioOutcome* builtin,
                                                const ScenarioOutcome* server)
{
    BackendComparison c;
    c.scenario = scenario;
    if (builtin) {
        c.hasBuiltin = true;
        c.builtin = *builtin;
    }
    if (server) {
        c.hasServer = true;
        c.server = *server;
    }
    return c;
}

QStringList BackendComparison::differences() const
{
    QStringList out;
    if (!hasBuiltin || !hasServer)
        return out;
    if (builtin.stageReached != server.stageReached)
        out << QStringLiteral("stage_reached");
    if (builtin.qualified != server.qualified)
        out << QStringLiteral("qualified");
    if (builtin.paymentLinkSent != server.paymentLinkSent)
        out << QStringLiteral("payment_link_sent");
    if (builtin.turns != server.turns)
        out << QStringLiteral("turns");
    if (builtin.ok() != server.ok())
        out << QStringLiteral("error");
    return out;
}

QString BackendComparison::verdict() const
{
    if ((hasBuiltin && !builtin.ok()) || (hasServer && !server.ok()))
        return QStringLiteral("failed");
    if (!hasBuiltin || !hasServer)
        return {};
    return differences().isEmpty() ? QStringLiteral("same") : QStringLiteral("differs");
}

QString BackendComparison::verdictText() const
{
    const QString v = verdict();
    if (v == QLatin1String("same"))
        return tr("same");
    if (v == QLatin1String("failed"))
        return tr("failed");
    if (v == QLatin1String("differs"))
        return tr("differs: %1").arg(differences().join(QStringLiteral(", ")));
    return {};
}

QJsonObject BackendComparison::toJson() const
{
    QJsonObject o{
        {QStringLiteral("name"), scenario.name},
        {QStringLiteral("id"), scenario.id},
        {QStringLiteral("builtin"), hasBuiltin ? QJsonValue(builtin.toJson()) : QJsonValue()},
        {QStringLiteral("server"), hasServer ? QJsonValue(server.toJson()) : QJsonValue()},
        {QStringLiteral("differences"), QJsonArray::fromStringList(differences())}};
    const QString v = verdict();
    o.insert(QStringLiteral("verdict"), v.isEmpty() ? QJsonValue() : QJsonValue(v));
    return o;
}

} // namespace limitless::agent::server
