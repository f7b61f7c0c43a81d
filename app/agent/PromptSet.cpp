#include "agent/PromptSet.h"

#include "agent/AgentGraph.h"
#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QFile>
#include <QRegularExpression>

namespace limitless::agent {

QString NodePrompt::section(const QString& name) const
{
    // "## name" up to the next "## " heading.
    const QRegularExpression heading(QStringLiteral("^##[ \\t]+(\\S+)[ \\t]*$"),
                                     QRegularExpression::MultilineOption);
    auto it = heading.globalMatch(body);
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(1).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        const qsizetype start = m.capturedEnd();
        const auto following = heading.match(body, start);
        const qsizetype end = following.hasMatch() ? following.capturedStart() : body.size();
        return body.mid(start, end - start).trimmed();
    }
    return {};
}

QString NodePrompt::prompt() const
{
    return section(QStringLiteral("prompt"));
}

PromptSet PromptSet::builtin()
{
    PromptSet set;
    for (const QString& id : AgentGraph::nodeIds()) {
        QFile f(QStringLiteral(":/agent/prompts/%1.md").arg(id));
        NodePrompt p;
        p.node = id;
        if (f.open(QIODevice::ReadOnly))
            p.body = QString::fromUtf8(f.readAll());
        set.m_nodes.insert(id, p);
    }
    return set;
}

void PromptSet::set(const NodePrompt& prompt)
{
    m_nodes.insert(prompt.node, prompt);
    m_version = std::max(m_version, prompt.version);
}

PromptSet PromptSet::load(db::PgConnection& conn, const QString& ownerId, const QByteArray& claims,
                          db::DbError* error)
{
    PromptSet set = builtin();
    const QList<db::QueryResult> r = db::execWithClaims(
        conn,
        {db::Statement(QStringLiteral("select distinct on (node) node, version, body, created_at "
                                      "from limitless.agent_prompt_versions where owner_id = $1 "
                                      "order by node, version desc"),
                       {ownerId})},
        claims);
    if (!r.first().ok()) {
        if (error)
            *error = r.first().error;
        return set;
    }
    const db::QueryResult& q = r.first();
    for (int i = 0; i < q.rowCount(); ++i) {
        NodePrompt p;
        p.node = q.value(i, QStringLiteral("node")).toString();
        if (!AgentGraph::node(p.node))
            continue; // a node this build does not have
        p.version = q.value(i, QStringLiteral("version")).toInt();
        p.body = q.value(i, QStringLiteral("body")).toString();
        p.savedAt = q.value(i, QStringLiteral("created_at")).toDateTime();
        set.set(p);
    }
    return set;
}

int PromptSet::save(db::PgConnection& conn, const QString& ownerId, const QByteArray& claims,
                    const QString& node, const QString& body, db::DbError* error)
{
    if (!AgentGraph::node(node)) {
        if (error)
            *error = db::DbError::client(tr("The agent has no node called “%1”.").arg(node));
        return 0;
    }
    if (body.trimmed().isEmpty()) {
        if (error)
            *error = db::DbError::client(tr("A prompt cannot be empty."));
        return 0;
    }
    const QList<db::QueryResult> r = db::execWithClaims(
        conn,
        {db::Statement(
            QStringLiteral("insert into limitless.agent_prompt_versions (owner_id, version, node, "
                           "body) select $1, coalesce(max(version), 0) + 1, $2, $3 "
                           "from limitless.agent_prompt_versions where owner_id = $1 "
                           "returning version"),
            {ownerId, node, body})},
        claims);
    if (!r.first().ok() || r.first().rowCount() != 1) {
        if (error)
            *error = r.first().ok() ? db::DbError::client(tr("The prompt was not saved."))
                                    : r.first().error;
        return 0;
    }
    return r.first().value(0, 0).toInt();
}

QList<NodePrompt> PromptSet::history(db::PgConnection& conn, const QString& ownerId,
                                     const QByteArray& claims, const QString& node,
                                     db::DbError* error)
{
    const QList<db::QueryResult> r = db::execWithClaims(
        conn,
        {db::Statement(QStringLiteral("select version, body, created_at "
                                      "from limitless.agent_prompt_versions "
                                      "where owner_id = $1 and node = $2 order by version desc"),
                       {ownerId, node})},
        claims);
    QList<NodePrompt> out;
    if (!r.first().ok()) {
        if (error)
            *error = r.first().error;
        return out;
    }
    for (int i = 0; i < r.first().rowCount(); ++i) {
        NodePrompt p;
        p.node = node;
        p.version = r.first().value(i, QStringLiteral("version")).toInt();
        p.body = r.first().value(i, QStringLiteral("body")).toString();
        p.savedAt = r.first().value(i, QStringLiteral("created_at")).toDateTime();
        out.append(p);
    }
    return out;
}

} // namespace limitless::agent
