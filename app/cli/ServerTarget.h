#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace limitless::agent::server {
class ServerClient;
struct ServerInfo;
} // namespace limitless::agent::server

namespace limitless::cli {

class Cli;

// Where `--server URL|PROFILE [--assistant ID]` points: the URL (a local server without a key),
// or a profile whose agent backend is a LangGraph server (its URL and assistant from the
// settings, its API key from the keychain or LIMITLESS_AGENT_SERVER_API_KEY).
struct ServerTarget {
    QUrl url;
    QByteArray apiKey;
    QString assistantId; // '' = the server's first assistant

    // Reads `server` and `assistant`. False (and `cli` has failed with the reason) when the
    // URL is unusable, the profile has no server backend or its key cannot be read.
    static bool resolve(Cli& cli, const QString& server, const QString& assistant,
                        ServerTarget* out);
    // Test connection (/ok, /info) with `client`, then, when no assistant was named, the
    // server's first from /assistants/search. False when `cli` has failed.
    bool connect(Cli& cli, agent::server::ServerClient& client,
                 agent::server::ServerInfo* info = nullptr);
};

} // namespace limitless::cli
