#include "agent/ScenarioRunner.h"

#include "agent/AgentRuntime.h"
#include "agent/Policy.h"
#include "agent/ScenarioStore.h"
#include "agent/StateChannels.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace limitless::agent {

namespace {

QString yesNo(bool v)
{
    return v ? QStringLiteral("true") : QStringLiteral("false");
}

} // namespace

ScenarioRunner::ScenarioRunner(db::PgConnection& connection, QString ownerId, QByteArray claims,
                               Policy& policy, knowledge::Retriever* retriever)
    : m_conn(connection), m_ownerId(std::move(ownerId)), m_claims(std::move(claims)),
      m_policy(policy), m_retriever(retriever), m_prompts(PromptSet::builtin())
{}

QString ScenarioRunner::fingerprint(const ScenarioOutcome& o)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    // Separators that cannot occur in the texts' UTF-8 keep "ab"+"c" apart from "a"+"bc".
    for (const QString& r : o.replies) {
        h.addData(r.toUtf8());
        h.addData(QByteArrayView("\xff", 1));
    }
    h.addData(QByteArrayView("\xfe", 1));
    for (const QString& s : o.stages) {
        h.addData(s.toUtf8());
        h.addData(QByteArrayView("\xff", 1));
    }
    h.addData(QByteArrayView("\xfe", 1));
    // QJsonDocument writes object keys sorted: the same state gives the same bytes.
    h.addData(QJsonDocument(o.state).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(h.result().toHex());
}

ScenarioOutcome ScenarioRunner::run(const Scenario& scenario)
{
    ScenarioOutcome out;
    out.policy = m_policy.name();
    out.promptVersion = m_prompts.version();
    out.ranAt = QDateTime::currentDateTimeUtc();
    AgentRuntime runtime(m_conn, m_ownerId, m_claims, m_policy, m_retriever);
    runtime.setPrompts(m_prompts);
    if (m_clock)
        runtime.setClock(m_clock);
    QString error;
    out.threadId = runtime.startThread(scenario.campaignCode, &error);
    if (out.threadId.isEmpty()) {
        out.error = error.isEmpty() ? tr("No playground thread could be started.") : error;
        out.fingerprint = fingerprint(out);
        return out;
    }
    AgentState last;
    for (int i = 0; i < scenario.leadTurns.size(); ++i) {
        const TurnResult r = runtime.sendMessage(out.threadId, scenario.leadTurns.at(i));
        if (!r.ok()) {
            out.error = tr("Turn %1 failed: %2").arg(i + 1).arg(r.error);
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
    // The chunks are the last turn's alone (and long): the replies cite what mattered.
    out.state = StateChannels::toJson(last);
    out.state.remove(QStringLiteral("retrieved_chunks"));
    out.fingerprint = fingerprint(out);
    return out;
}

QList<ScenarioChange> ScenarioRunner::compare(const ScenarioOutcome& before,
                                              const ScenarioOutcome& after)
{
    QList<ScenarioChange> out;
    auto add = [&](const char* field, const QString& b, const QString& a) {
        if (b != a)
            out.append({QString::fromLatin1(field), b, a});
    };
    add("stage_reached", before.stageReached, after.stageReached);
    add("qualified", yesNo(before.qualified), yesNo(after.qualified));
    add("payment_link_sent", yesNo(before.paymentLinkSent), yesNo(after.paymentLinkSent));
    add("turns", QString::number(before.turns), QString::number(after.turns));
    add("prompt_version", QString::number(before.promptVersion),
        QString::number(after.promptVersion));
    add("policy", before.policy, after.policy);
    add("error", before.error, after.error);
    add("stages", before.stages.join(QLatin1String(" → ")),
        after.stages.join(QLatin1String(" → ")));
    // Replies: the first turn whose reply differs, with both texts.
    const qsizetype n = std::max(before.replies.size(), after.replies.size());
    for (qsizetype i = 0; i < n; ++i) {
        const QString b = before.replies.value(i), a = after.replies.value(i);
        if (b != a) {
            out.append({QStringLiteral("reply %1").arg(i + 1), b, a});
            break;
        }
    }
    // The state's other channels (business type, revenue, email, plan, …).
    QStringList keys = before.state.keys() + after.state.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& k : keys) {
        if (k == QLatin1String("current_stage") || k == QLatin1String("qualified") ||
            k == QLatin1String("payment_link_sent"))
            continue;
        const QJsonValue b = before.state.value(k), a = after.state.value(k);
        if (b != a) {
            auto text = [](const QJsonValue& v) {
                return v.isString()
                           ? v.toString()
                           : QString::fromUtf8(
                                 QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
                                 .mid(1)
                                 .chopped(1);
            };
            out.append({k, text(b), text(a)});
        }
    }
    return out;
}

QList<ScenarioReport> ScenarioRunner::runAll(const QList<Scenario>& scenarios, db::DbError* error,
                                             const Progress& progress)
{
    ScenarioStore store(m_conn, m_ownerId, m_claims);
    db::DbError e;
    const QHash<QString, ScenarioOutcome> previous = store.latestRuns(&e);
    QList<ScenarioReport> out;
    if (!e) {
        for (const Scenario& s : scenarios) {
            ScenarioReport report;
            report.scenario = s;
            report.outcome = run(s);
            report.hasPrevious = previous.contains(s.id);
            if (report.hasPrevious) {
                report.previous = previous.value(s.id);
                report.changes = compare(report.previous, report.outcome);
            }
            if (m_record && !s.id.isEmpty()) {
                e = store.recordRun(s.id, report.outcome);
                if (e)
                    break;
            }
            out.append(report);
            if (progress)
                progress(report);
        }
    }
    if (error)
        *error = e;
    return out;
}

} // namespace limitless::agent
