#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QTcpServer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QTcpSocket;

namespace limitless::test {

// A loopback HTTP server that plays Supabase Auth (GoTrue) as its API documents it: the same
// endpoints, status codes, headers (Retry-After, x-sb-error-code, X-Supabase-Api-Version echoed
// back) and bodies, including the three error shapes. It keeps users, sessions, rotating
// refresh tokens, PKCE flow states, MFA challenges and recovery codes in memory, signs access
// tokens with HS256, and records every request for the tests to inspect.
//
// Faults per path make it misbehave the way real networks do: never answer, a proxy's HTML 502,
// a dropped connection, a 429 with Retry-After.
class FakeGoTrue : public QObject {
    Q_OBJECT

public:
    struct Request {
        QByteArray method;
        QString path;
        QUrlQuery query;
        QMap<QByteArray, QByteArray> headers; // names in lower case
        QByteArray body;
        QByteArray header(const QByteArray& name) const { return headers.value(name.toLower()); }
        QJsonObject json() const;
    };
    enum class Fault { None, NeverAnswer, Html502, DropConnection, RateLimited };

    explicit FakeGoTrue(QObject* parent = nullptr);
    ~FakeGoTrue() override;

    // Listens on 127.0.0.1:`port` (0 = any free port).
    bool start(quint16 port = 0);
    // Stops listening (nothing answers on the port any more); start(port()) listens again on it.
    void stop() { m_server.close(); }
    quint16 port() const { return m_port; }
    QUrl url() const; // http://127.0.0.1:<port>
    static QString anonKey() { return QStringLiteral("test-anon-key"); }
    static QString validTotpCode() { return QStringLiteral("123456"); }

    QString addUser(const QString& email, const QString& password, bool confirmed = true);
    QString addTotpFactor(const QString& userId);
    // The provider account a browser sign-in ends up as.
    void setOAuthUser(const QString& email) { m_oauthEmail = email; }
    QString recoveryCode(const QString& email) const { return m_recoveryCodes.value(email); }

    // `path` as the server sees it, e.g. "/auth/v1/token".
    void setFault(const QString& path, Fault fault, int retryAfterSeconds = 0);
    // An older server: ignores X-Supabase-Api-Version, answers {code, error_code, msg}.
    void setLegacyErrors(bool legacy) { m_legacy = legacy; }
    // An even older server: failed grants answer {error: invalid_grant, error_description}.
    void setOAuthGrantErrors(bool oauth) { m_oauthGrantErrors = oauth; }
    void setAccessTokenLifetime(int seconds) { m_lifetime = seconds; }
    // Answers are held back this long (to let requests overlap).
    void setResponseDelay(int milliseconds) { m_delayMs = milliseconds; }

    QList<Request> requests() const { return m_requests; }
    // Refresh requests received (sign-ins use the same path with another grant type).
    int refreshRequestCount() const;
    int count(const QString& path) const;
    Request last(const QString& path) const;
    // Refresh tokens the server has handed out and not revoked.
    int activeRefreshTokens() const;

    // Does what a browser does with GoTrue's authorize URL: the provider step is skipped and
    // GoTrue's final redirect to redirect_to is followed (with ?code=… or, when `approve` is
    // false, ?error=access_denied…). The redirect reaches the app's loopback listener.
    void browse(const QUrl& authorizeUrl, bool approve);

private:
    struct User {
        QString id;
        QString email;
        QString password;
        bool confirmed = true;
        QString factorId;
    };
    struct Token {
        QString userId;
        QString sessionId;
        QString aal;
        bool revoked = false;
    };
    struct Flow {
        QString challenge;
        QString email;
    };
    struct Challenge {
        QString factorId;
        qint64 expiresAt = 0;
    };
    struct Reply {
        int status = 200;
        QJsonObject body;
        bool empty = false;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    void handle(QTcpSocket* socket, const Request& request);
    Reply route(const Request& request);
    Reply token(const Request& request);
    Reply user(const Request& request);
    Reply logout(const Request& request);
    Reply recover(const Request& request);
    Reply verify(const Request& request);
    Reply authorize(const Request& request);
    Reply factors(const Request& request);
    Reply error(const Request& request, int status, const QString& code, const QString& message);
    Reply grantError(const Request& request, const QString& code, const QString& message);
    Reply issue(const User& user, const QString& sessionId, const QString& aal,
                const QString& method);
    // The session behind the Bearer token, or an error reply in *failure.
    const User* authenticate(const Request& request, Token* session, Reply* failure);
    QJsonObject userJson(const User& user) const;
    QString sign(const QJsonObject& claims) const;
    void write(QTcpSocket* socket, const Request& request, const Reply& reply);

    QTcpServer m_server;
    QNetworkAccessManager* m_browser;
    QList<Request> m_requests;
    QHash<QString, User> m_users;       // by id
    QHash<QString, Token> m_tokens;     // by refresh token
    QHash<QString, QString> m_sessions; // session id → user id
    QHash<QString, Flow> m_flows;       // by auth code
    QHash<QString, Challenge> m_challenges;
    QHash<QString, QString> m_recoveryCodes; // by e-mail
    QHash<QString, QPair<Fault, int>> m_faults;
    QString m_oauthEmail;
    QByteArray m_secret;
    bool m_legacy = false;
    bool m_oauthGrantErrors = false;
    int m_lifetime = 3600;
    int m_delayMs = 0;
    quint16 m_port = 0;
};

} // namespace limitless::test
