#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace limitless::agent::server {

// Which agent backend a profile's playground talks to (the dashboard's QSettings, group
// "agent/<profile id>", shared with the CLI): the built-in runtime, or a LangGraph API server
// at `serverUrl` running `assistantId` (an assistant id or a graph id). The server's API key
// is a secret: it lives in the keychain under apiKeyName(), never here.
struct ServerSettings {
    Q_DECLARE_TR_FUNCTIONS(ServerSettings)

public:
    enum class Backend { BuiltIn, Server };

    Backend backend = Backend::BuiltIn;
    QString serverUrl = QStringLiteral("http://127.0.0.1:2024");
    QString assistantId; // empty = the server's first assistant

    static ServerSettings load(const QString& profileId);
    void save(const QString& profileId) const;
    static void load(QSettings& s, ServerSettings* out);
    void save(QSettings& s) const;

    // What is wrong with the server settings (translated); empty when usable.
    QStringList problems() const;

    // Keychain entry: "agent/<profile>/server-api-key".
    static QString apiKeyName(const QString& profileId);
};

} // namespace limitless::agent::server
