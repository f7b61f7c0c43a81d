#include "agent/ScenarioStore.h"

#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace limitless::agent {

namespace {

QString sql(const char* name)
{
    QFile f(QStringLiteral(":/agent/queries/%1.sql").arg(QLatin1String(name)));
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "ScenarioStore", name);
    return opened ? QString::fromUtf8(f.readAll()) : QString();
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

ScenarioStore::ScenarioStore(db::PgConnection& connection, QString ownerId, QByteArray claims)
    : m_conn(connection), m_ownerId(std::move(ownerId)), m_claims(std::move(claims))
{}

QList<Scenario> ScenarioStore::list(db::DbError* error)
{
    const db::QueryResult r =
        db::execWithClaims(m_conn, {{sql("scenario_list"), {m_ownerId}}}, m_claims).value(0);
    if (error)
        *error = r.error;
    QList<Scenario> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rowCount(); ++i) {
        Scenario s;
        s.id = r.value(i, 0).toString();
        s.name = r.value(i, 1).toString();
        s.campaignCode = r.value(i, 2).toString();
        s.leadTurns = stringList(r.value(i, 3).toJsonValue());
        s.sourceThreadId = r.value(i, 4).toString();
        s.createdAt = r.value(i, 5).toDateTime();
        s.updatedAt = r.value(i, 6).toDateTime();
        out.append(s);
    }
    return out;
}

std::optional<Scenario> ScenarioStore::find(const QString& name, db::DbError* error)
{
    // A handful of scenarios per owner: the list is read whole.
    for (const Scenario& s : list(error))
        if (s.name == name)
            return s;
    return std::nullopt;
}

QString ScenarioStore::validate(const Scenario& scenario)
{
    const QString name = scenario.name.trimmed();
    if (name.isEmpty())
        return tr("A scenario needs a name.");
    if (name.size() > kMaxNameLength)
        return tr("The scenario's name is too long (%1 characters; at most %2).")
            .arg(name.size())
            .arg(kMaxNameLength);
    for (const QChar c : name)
        if (c.category() == QChar::Other_Control)
            return tr("The scenario's name holds a control character.");
    if (scenario.leadTurns.isEmpty())
        return tr("The scenario has no lead turns: give at least one message.");
    if (scenario.leadTurns.size() > kMaxTurns)
        return tr("The scenario has %1 lead turns; at most %2 are kept.")
            .arg(scenario.leadTurns.size())
            .arg(kMaxTurns);
    for (int i = 0; i < scenario.leadTurns.size(); ++i)
        if (scenario.leadTurns.at(i).trimmed().isEmpty())
            return tr("Lead turn %1 is empty.").arg(i + 1);
    return {};
}

QString ScenarioStore::save(const Scenario& scenario, bool replace, db::DbError* error)
{
    db::DbError e;
    if (const QString problem = validate(scenario); !problem.isEmpty()) {
        e = db::DbError::client(problem);
        if (error)
            *error = e;
        return {};
    }
    const QByteArray turns = QJsonDocument(QJsonArray::fromStringList(scenario.leadTurns))
                                 .toJson(QJsonDocument::Compact);
    const db::QueryResult r =
        db::execWithClaims(m_conn,
                           {{sql("scenario_save"),
                             {m_ownerId, scenario.name.trimmed(), scenario.campaignCode,
                              QString::fromUtf8(turns), scenario.sourceThreadId, replace}}},
                           m_claims)
            .value(0);
    e = r.error;
    QString id;
    if (r.ok() && r.rowCount() == 0) {
        e.kind = db::DbError::Kind::UniqueViolation;
        e.message = tr("A scenario named \"%1\" exists already.").arg(scenario.name.trimmed());
    } else if (r.ok()) {
        id = r.scalar().toString();
    }
    if (error)
        *error = e;
    return id;
}

bool ScenarioStore::remove(const QString& name, db::DbError* error)
{
    const db::QueryResult r =
        db::execWithClaims(m_conn, {{sql("scenario_delete"), {m_ownerId, name}}}, m_claims)
            .value(0);
    if (error)
        *error = r.error;
    return r.ok() && r.rowCount() > 0;
}

QHash<QString, ScenarioOutcome> ScenarioStore::latestRuns(db::DbError* error)
{
    return runs("scenario_runs_latest", error);
}

QHash<QString, ScenarioOutcome> ScenarioStore::firstRuns(db::DbError* error)
{
    return runs("scenario_runs_first", error);
}

QHash<QString, ScenarioOutcome> ScenarioStore::runs(const char* query, db::DbError* error)
{
    const db::QueryResult r =
        db::execWithClaims(m_conn, {{sql(query), {m_ownerId}}}, m_claims).value(0);
    if (error)
        *error = r.error;
    QHash<QString, ScenarioOutcome> out;
    if (!r.ok())
        return out;
    for (int i = 0; i < r.rowCount(); ++i) {
        ScenarioOutcome o;
        o.threadId = r.value(i, 1).toString();
        o.policy = r.value(i, 2).toString();
        o.promptVersion = r.value(i, 3).toInt();
        o.stageReached = r.value(i, 4).toString();
        o.qualified = r.value(i, 5).toBool();
        o.paymentLinkSent = r.value(i, 6).toBool();
        o.turns = r.value(i, 7).toInt();
        const QJsonObject result = r.value(i, 8).toJsonValue().toObject();
        o.replies = stringList(result.value(QStringLiteral("replies")));
        o.stages = stringList(result.value(QStringLiteral("stages")));
        o.state = result.value(QStringLiteral("state")).toObject();
        o.fingerprint = result.value(QStringLiteral("fingerprint")).toString();
        o.error = r.value(i, 9).toString();
        o.ranAt = r.value(i, 10).toDateTime();
        out.insert(r.value(i, 0).toString(), o);
    }
    return out;
}

db::DbError ScenarioStore::recordRun(const QString& scenarioId, const ScenarioOutcome& o)
{
    const QByteArray result = QJsonDocument(o.resultJson()).toJson(QJsonDocument::Compact);
    return db::execWithClaims(
               m_conn,
               {{sql("scenario_run_insert"),
                 {m_ownerId, scenarioId, o.threadId, o.policy, o.promptVersion, o.stageReached,
                  o.qualified, o.paymentLinkSent, o.turns, QString::fromUtf8(result), o.error}}},
               m_claims)
        .value(0)
        .error;
}

QStringList ScenarioStore::leadTurns(const AgentState& state)
{
    QStringList out;
    for (const langgraph::LcMessage& m : state.messages)
        if (m.kind == langgraph::LcMessage::Kind::Human)
            out << QString::fromUtf8(m.content);
    return out;
}

} // namespace limitless::agent
