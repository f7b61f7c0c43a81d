#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace limitless::auth {

// One environment the app can sign in to: Production and Staging (the seed's two Supabase
// branches) or the local sandbox. A profile names the Supabase project (URL + anon or
// publishable key), the database the dashboard reads (direct connection or session pooler,
// TLS verified against a CA file by default) and the campaign links' base URL.
//
// anonKey and dbPassword are secrets: ProfileStore keeps them in the keychain, the rest in
// QSettings.
struct Profile {
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    enum class Kind { Supabase, Sandbox };
    enum class DbMode { Direct, SessionPooler };

    QString id; // "production", "staging", "sandbox", or a user-made id
    QString name;
    Kind kind = Kind::Supabase;

    QUrl supabaseUrl;
    QString anonKey; // secret

    DbMode dbMode = DbMode::Direct;
    QString dbHost;
    int dbPort = 5432;
    QString dbName = QStringLiteral("postgres");
    QString dbUser = QStringLiteral("postgres");
    QString dbPassword; // secret
    QString sslMode = QStringLiteral("verify-full");
    QString sslRootCert; // CA file for verify-full / verify-ca

    QUrl campaignBaseUrl;
    QStringList oauthProviders{QStringLiteral("google"), QStringLiteral("github")};
    int oauthRedirectPort = 0; // 0 = any free port

    bool isSandbox() const { return kind == Kind::Sandbox; }
    bool isDatabaseRemote() const;
    // What stands in the way of using this profile; empty when it is complete. Translated.
    QStringList problems() const;
    // The same, each with the field it is about (the settings key: "supabaseUrl", "anonKey",
    // "dbHost", "dbPort", "sslMode", "sslRootCert", "campaignBaseUrl", "oauthRedirectPort"), so
    // that the command line can name the option that fixes it.
    struct Problem {
        QString field;
        QString message;
    };
    QList<Problem> fieldProblems() const;
    // libpq key=value string for the database, with the password. Never log it.
    QString databaseConninfo() const;

    static Profile production();
    static Profile staging();
    static Profile sandbox();
    static QStringList builtinIds();
    static QString providerLabel(const QString& provider);
};

} // namespace limitless::auth
