#include "cli/ServerTarget.h"

#include "cli/Cli.h"

#include "agent/server/ServerClient.h"
#include "agent/server/ServerSettings.h"
#include "auth/KeychainStore.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace limitless::cli {

using namespace limitless::agent::server;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ServerChat", text);
}

// The profile's API key from the keychain (empty when none is stored).
QByteArray keychainKey(const QString& profileId, QString* error)
{
    auth::KeychainStore keychain;
    QEventLoop loop;
    QByteArray key;
    QObject context;
    keychain.read(ServerSettings::apiKeyName(profileId), &context,
                  [&](const QByteArray& data, const auth::AuthError& e) {
                      if (e)
                          *error = e.userMessage();
                      key = data;
                      loop.quit();
                  });
    loop.exec();
    return key;
}

} // namespace

bool ServerTarget::resolve(Cli& cli, const QString& serverArg, const QString& assistant,
                           ServerTarget* out)
{
    const QString server = serverArg.trimmed();
    if (server.isEmpty()) {
        cli.fail(tr("--server is required: a URL such as http://127.0.0.1:2024 or a "
                    "profile name"),
                 ExitUsage);
        return false;
    }
    out->apiKey = qEnvironmentVariable("LIMITLESS_AGENT_SERVER_API_KEY").toUtf8();
    out->assistantId = assistant;
    if (server.contains(QStringLiteral("://"))) {
        out->url = QUrl(server);
        ServerSettings probe;
        probe.backend = ServerSettings::Backend::Server;
        probe.serverUrl = server;
        const QStringList problems = probe.problems();
        const QUrl& url = out->url;
        if (!problems.isEmpty() &&
            !(out->apiKey.isEmpty() && url.scheme() == QLatin1String("http") && url.isValid() &&
              !url.host().isEmpty())) {
            cli.fail(problems.join(QLatin1Char(' ')), ExitUsage);
            return false;
        }
        return true;
    }
    const ServerSettings settings = ServerSettings::load(server);
    if (settings.backend != ServerSettings::Backend::Server) {
        cli.fail(tr("the agent backend of profile '%1' is not a LangGraph server; "
                    "set it in the dashboard's settings or pass a URL")
                     .arg(server),
                 ExitUsage);
        return false;
    }
    const QStringList problems = settings.problems();
    if (!problems.isEmpty()) {
        cli.fail(problems.join(QLatin1Char(' ')), ExitUsage);
        return false;
    }
    out->url = QUrl(settings.serverUrl.trimmed());
    if (out->assistantId.isEmpty())
        out->assistantId = settings.assistantId;
    if (out->apiKey.isEmpty()) {
        QString keyError;
        out->apiKey = keychainKey(server, &keyError);
        if (!keyError.isEmpty()) {
            cli.fail(tr("the API key of profile '%1' could not be read from the keychain: %2")
                         .arg(server, keyError));
            return false;
        }
    }
    return true;
}

bool ServerTarget::connect(Cli& cli, ServerClient& client, ServerInfo* infoOut)
{
    ServerError error;
    const ServerInfo info = client.testConnection(&error);
    if (error) {
        cli.fail(error.message, ExitFailed, error.code());
        return false;
    }
    if (infoOut)
        *infoOut = info;
    if (assistantId.isEmpty()) {
        const QList<Assistant> all = client.searchAssistants(&error);
        if (error) {
            cli.fail(error.message, ExitFailed, error.code());
            return false;
        }
        if (all.isEmpty()) {
            cli.fail(tr("the LangGraph server at %1 has no assistant").arg(url.toDisplayString()));
            return false;
        }
        assistantId = all.first().assistantId;
    }
    return true;
}

} // namespace limitless::cli
