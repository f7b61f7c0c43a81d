#pragma once

#include "db/DbError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace limitless::db {
class PgConnection;
}

namespace limitless::agent {

// One node's prompt file (app/agent/prompts/<node>.md, editable in the playground): Markdown
// whose `## prompt` section is the instructions an LLM gets as its system message and whose
// other `## <name>` sections are the reply templates the offline policy fills ({echo},
// {revenue}, {business}, {citation}, {plans}, {email}, {plan}).
struct NodePrompt {
    QString node;
    QString body;    // the whole file
    int version = 0; // 0 = the built-in text
    QDateTime savedAt;

    QString prompt() const;                     // the `## prompt` section
    QString section(const QString& name) const; // another section ('' when absent)
};

// The prompts of every node: the built-in files, overridden by the newest version the owner
// saved in this database (limitless.agent_prompt_versions). Every save makes a new version
// number for the owner (1, 2, …) so a scenario run can say which prompts it used: the set's
// version is the highest saved version (0 = all built in).
class PromptSet {
    Q_DECLARE_TR_FUNCTIONS(PromptSet)

public:
    static PromptSet builtin();
    // The built-ins with the owner's saved versions applied. `claims` empty: the session's
    // role acts for `ownerId` (the command line).
    static PromptSet load(db::PgConnection& conn, const QString& ownerId, const QByteArray& claims,
                          db::DbError* error);
    // Saves `body` as the newest version of `node`'s prompt; returns the version number.
    static int save(db::PgConnection& conn, const QString& ownerId, const QByteArray& claims,
                    const QString& node, const QString& body, db::DbError* error);
    // The saved versions of one node, newest first.
    static QList<NodePrompt> history(db::PgConnection& conn, const QString& ownerId,
                                     const QByteArray& claims, const QString& node,
                                     db::DbError* error);

    NodePrompt node(const QString& id) const { return m_nodes.value(id); }
    void set(const NodePrompt& prompt);
    int version() const { return m_version; }

private:
    QHash<QString, NodePrompt> m_nodes;
    int m_version = 0;
};

} // namespace limitless::agent
