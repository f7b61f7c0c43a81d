#pragma once

#include "agent/PromptSet.h"

#include <QString>
#include <QStringList>

#include <memory>

class QCommandLineParser;

namespace limitless::db {
class PgConnection;
}
namespace limitless::knowledge {
class Embedder;
class Retriever;
} // namespace limitless::knowledge
namespace limitless::agent {
class Policy;
}

namespace limitless::cli {

class Cli;

// What a command that runs the agent needs (`scenarios run`, `replay`, `bench agent`): the
// connection, the owner, the policy, the saved prompts and retrieval with the profile's
// embedder, set up as `limitless chat` sets them up.
struct AgentCliSetup {
    std::unique_ptr<db::PgConnection> conn;
    QString ownerId;
    std::unique_ptr<knowledge::Embedder> embedder;
    std::unique_ptr<knowledge::Retriever> retriever; // null: no retrieval (notes say why)
    std::unique_ptr<agent::Policy> policy;
    agent::PromptSet prompts;
    QStringList notes; // translated: what is missing and what applies instead

    AgentCliSetup();
    ~AgentCliSetup();

    // --policy, --owner-email, --profile; call before Cli::parse().
    static void addOptions(QCommandLineParser& parser);
    // Checks --policy (a usage error otherwise) and opens everything; prints the error and
    // returns false when the command should return cli.exitCode().
    bool open(Cli& cli, bool needAgent = true);
};

} // namespace limitless::cli
