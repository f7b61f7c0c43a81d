#include "FakeGoTrue.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

namespace limitless::test {

namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QString uuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString randomToken(int bytes)
{
    QByteArray b(bytes, Qt::Uninitialized);
    for (char& c : b)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(b.toBase64(kB64));
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch();
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

const char* reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 502:
        return "Bad Gateway";
    default:
        return "Status";
    }
}

} // namespace

QJsonObject FakeGoTrue::Request::json() const
{
    return QJsonDocument::fromJson(body).object();
}

FakeGoTrue::FakeGoTrue(QObject* parent)
    : QObject(parent), m_browser(new QNetworkAccessManager(this)),
      m_secret(randomToken(32).toLatin1())
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeGoTrue::onNewConnection);
}

FakeGoTrue::~FakeGoTrue() = default;

bool FakeGoTrue::start(quint16 port)
{
    if (!m_server.listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server.serverPort();
    return true;
}

QUrl FakeGoTrue::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

QString FakeGoTrue::addUser(const QString& email, const QString& password, bool confirmed)
{
    User u;
    u.id = uuid();
    u.email = email;
    u.password = password;
    u.confirmed = confirmed;
    m_users.insert(u.id, u);
    return u.id;
}

QString FakeGoTrue::addTotpFactor(const QString& userId)
{
    const QString id = uuid();
    m_users[userId].factorId = id;
    return id;
}

void FakeGoTrue::setFault(const QString& path, Fault fault, int retryAfterSeconds)
{
    m_faults.insert(path, {fault, retryAfterSeconds});
}

int FakeGoTrue::count(const QString& path) const
{
    int n = 0;
    for (const Request& r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

FakeGoTrue::Request FakeGoTrue::last(const QString& path) const
{
    for (auto it = m_requests.crbegin(); it != m_requests.crend(); ++it) {
        if (it->path == path)
            return *it;
    }
    return {};
}

int FakeGoTrue::activeRefreshTokens() const
{
    int n = 0;
    for (const Token& t : m_tokens)
        n += t.revoked ? 0 : 1;
    return n;
}

void FakeGoTrue::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeGoTrue::onReadyRead(QTcpSocket* socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    socket->setProperty("buffer", buffer);
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;
    Request r;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() < 2) {
        socket->abort();
        return;
    }
    r.method = requestLine.at(0);
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    r.path = target.path();
    r.query = QUrlQuery(target);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const int length = r.header("content-length").toInt();
    if (buffer.size() < headerEnd + 4 + length)
        return; // the body is still coming
    r.body = buffer.mid(headerEnd + 4, length);
    socket->setProperty("buffer", QByteArray());
    m_requests.append(r);
    handle(socket, r);
}

void FakeGoTrue::handle(QTcpSocket* socket, const Request& request)
{
    const auto fault = m_faults.value(request.path, {Fault::None, 0});
    switch (fault.first) {
    case Fault::NeverAnswer:
        return; // the socket stays open, silent
    case Fault::DropConnection:
        socket->abort();
        return;
    case Fault::Html502: {
        // What a load balancer in front of GoTrue sends when GoTrue is down.
        const QByteArray html = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                                "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n"
                                "<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n";
        socket->write("HTTP/1.1 502 Bad Gateway\r\nContent-Type: text/html\r\nContent-Length: " +
                      QByteArray::number(html.size()) + "\r\nConnection: close\r\n\r\n" + html);
        socket->disconnectFromHost();
        return;
    }
    case Fault::RateLimited: {
        Reply reply = error(request, 429, QStringLiteral("over_request_rate_limit"),
                            QStringLiteral("Request rate limit reached"));
        if (fault.second > 0)
            reply.headers.append({"Retry-After", QByteArray::number(fault.second)});
        write(socket, request, reply);
        return;
    }
    case Fault::None:
        break;
    }
    const Reply reply = route(request);
    if (m_delayMs > 0) {
        QTimer::singleShot(m_delayMs, socket,
                           [this, socket, request, reply] { write(socket, request, reply); });
        return;
    }
    write(socket, request, reply);
}

void FakeGoTrue::write(QTcpSocket* socket, const Request& request, const Reply& reply)
{
    QByteArray body;
    if (!reply.empty)
        body = QJsonDocument(reply.body).toJson(QJsonDocument::Compact);
    QByteArray out =
        "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    if (!reply.empty)
        out += "Content-Type: application/json\r\n";
    // GoTrue echoes the API version it answered with.
    if (!m_legacy && request.header("x-supabase-api-version") >= "2024-01-01")
        out += "X-Supabase-Api-Version: 2024-01-01\r\n";
    for (const auto& h : reply.headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    out += body;
    socket->write(out);
    socket->disconnectFromHost();
}

FakeGoTrue::Reply FakeGoTrue::error(const Request& request, int status, const QString& code,
                                    const QString& message)
{
    Reply r;
    r.status = status;
    r.headers.append({"x-sb-error-code", code.toLatin1()});
    if (!m_legacy && request.header("x-supabase-api-version") >= "2024-01-01")
        r.body = {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    else
        r.body = {{QStringLiteral("code"), status},
                  {QStringLiteral("error_code"), code},
                  {QStringLiteral("msg"), message}};
    return r;
}

FakeGoTrue::Reply FakeGoTrue::grantError(const Request& request, const QString& code,
                                         const QString& message)
{
    if (!m_oauthGrantErrors)
        return error(request, 400, code, message);
    // Servers from before error codes: every failed grant is OAuth's invalid_grant.
    Reply r;
    r.status = 400;
    r.body = {{QStringLiteral("error"), QStringLiteral("invalid_grant")},
              {QStringLiteral("error_description"), message}};
    return r;
}

FakeGoTrue::Reply FakeGoTrue::route(const Request& r)
{
    // The API gateway checks the key before GoTrue sees anything.
    if (r.header("apikey").isEmpty()) {
        Reply reply;
        reply.status = 401;
        reply.body = {{QStringLiteral("message"), QStringLiteral("No API key found in request")},
                      {QStringLiteral("hint"),
                       QStringLiteral("No `apikey` request header or url param was found.")}};
        return reply;
    }
    if (r.header("apikey") != anonKey().toLatin1()) {
        Reply reply;
        reply.status = 401;
        reply.body = {{QStringLiteral("message"), QStringLiteral("Invalid API key")},
                      {QStringLiteral("hint"),
                       QStringLiteral("Double check your Supabase `anon` or `service_role` API "
                                      "key.")}};
        return reply;
    }
    const QString p = r.path;
    if (p == QLatin1String("/auth/v1/token") && r.method == "POST")
        return token(r);
    if (p == QLatin1String("/auth/v1/user"))
        return user(r);
    if (p == QLatin1String("/auth/v1/logout") && r.method == "POST")
        return logout(r);
    if (p == QLatin1String("/auth/v1/recover") && r.method == "POST")
        return recover(r);
    if (p == QLatin1String("/auth/v1/verify") && r.method == "POST")
        return verify(r);
    if (p == QLatin1String("/auth/v1/authorize") && r.method == "GET")
        return authorize(r);
    if (p.startsWith(QLatin1String("/auth/v1/factors/")) && r.method == "POST")
        return factors(r);
    if (p == QLatin1String("/auth/v1/health") && r.method == "GET") {
        Reply reply;
        reply.body = {{QStringLiteral("version"), QStringLiteral("v2.170.0")},
                      {QStringLiteral("name"), QStringLiteral("GoTrue")},
                      {QStringLiteral("description"),
                       QStringLiteral("GoTrue is a user registration and authentication API")}};
        return reply;
    }
    return error(r, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
}

QString FakeGoTrue::sign(const QJsonObject& claims) const
{
    const QByteArray input =
        QByteArray(R"({"alg":"HS256","kid":"fake","typ":"JWT"})").toBase64(kB64) + '.' +
        QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kB64);
    const QByteArray sig =
        QMessageAuthenticationCode::hash(input, m_secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + sig.toBase64(kB64));
}

QJsonObject FakeGoTrue::userJson(const User& u) const
{
    QJsonObject o{
        {QStringLiteral("id"), u.id},
        {QStringLiteral("aud"), QStringLiteral("authenticated")},
        {QStringLiteral("role"), QStringLiteral("authenticated")},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("phone"), QString()},
        {QStringLiteral("app_metadata"),
         QJsonObject{{QStringLiteral("provider"), QStringLiteral("email")},
                     {QStringLiteral("providers"), QJsonArray{QStringLiteral("email")}}}},
        {QStringLiteral("user_metadata"), QJsonObject{}},
        {QStringLiteral("identities"), QJsonArray{}},
        {QStringLiteral("created_at"), isoNow()},
        {QStringLiteral("updated_at"), isoNow()},
        {QStringLiteral("is_anonymous"), false},
    };
    if (u.confirmed)
        o.insert(QStringLiteral("email_confirmed_at"), isoNow());
    if (!u.factorId.isEmpty()) {
        o.insert(QStringLiteral("factors"),
                 QJsonArray{QJsonObject{{QStringLiteral("id"), u.factorId},
                                        {QStringLiteral("status"), QStringLiteral("verified")},
                                        {QStringLiteral("friendly_name"), QStringLiteral("Phone")},
                                        {QStringLiteral("factor_type"), QStringLiteral("totp")},
                                        {QStringLiteral("created_at"), isoNow()},
                                        {QStringLiteral("updated_at"), isoNow()}}});
    }
    return o;
}

FakeGoTrue::Reply FakeGoTrue::issue(const User& u, const QString& sessionId, const QString& aal,
                                    const QString& method)
{
    const qint64 now = nowSecs();
    const QJsonObject claims{
        {QStringLiteral("aud"), QStringLiteral("authenticated")},
        {QStringLiteral("exp"), now + m_lifetime},
        {QStringLiteral("iat"), now},
        {QStringLiteral("iss"), url().toString() + QStringLiteral("/auth/v1")},
        {QStringLiteral("sub"), u.id},
        {QStringLiteral("email"), u.email},
        {QStringLiteral("phone"), QString()},
        {QStringLiteral("app_metadata"),
         QJsonObject{{QStringLiteral("provider"), QStringLiteral("email")},
                     {QStringLiteral("providers"), QJsonArray{QStringLiteral("email")}}}},
        {QStringLiteral("user_metadata"), QJsonObject{}},
        {QStringLiteral("role"), QStringLiteral("authenticated")},
        {QStringLiteral("aal"), aal},
        {QStringLiteral("amr"), QJsonArray{QJsonObject{{QStringLiteral("method"), method},
                                                       {QStringLiteral("timestamp"), now}}}},
        {QStringLiteral("session_id"), sessionId},
        {QStringLiteral("is_anonymous"), false},
    };
    const QString refresh = randomToken(9); // GoTrue's refresh tokens are 12 characters
    m_tokens.insert(refresh, {u.id, sessionId, aal, false});
    m_sessions.insert(sessionId, u.id);
    Reply r;
    r.body = {{QStringLiteral("access_token"), sign(claims)},
              {QStringLiteral("token_type"), QStringLiteral("bearer")},
              {QStringLiteral("expires_in"), m_lifetime},
              {QStringLiteral("expires_at"), now + m_lifetime},
              {QStringLiteral("refresh_token"), refresh},
              {QStringLiteral("user"), userJson(u)}};
    return r;
}

FakeGoTrue::Reply FakeGoTrue::token(const Request& r)
{
    const QString grant = r.query.queryItemValue(QStringLiteral("grant_type"));
    const QJsonObject body = r.json();
    if (grant == QLatin1String("password")) {
        const QString email = body.value(QStringLiteral("email")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        for (const User& u : std::as_const(m_users)) {
            if (u.email.compare(email, Qt::CaseInsensitive) != 0 || u.password != password)
                continue;
            if (!u.confirmed)
                return error(r, 400, QStringLiteral("email_not_confirmed"),
                             QStringLiteral("Email not confirmed"));
            return issue(u, uuid(), QStringLiteral("aal1"), QStringLiteral("password"));
        }
        return grantError(r, QStringLiteral("invalid_credentials"),
                          QStringLiteral("Invalid login credentials"));
    }
    if (grant == QLatin1String("refresh_token")) {
        const QString refresh = body.value(QStringLiteral("refresh_token")).toString();
        if (!m_tokens.contains(refresh))
            return grantError(r, QStringLiteral("refresh_token_not_found"),
                              QStringLiteral("Invalid Refresh Token: Refresh Token Not Found"));
        Token& t = m_tokens[refresh];
        if (t.revoked)
            return grantError(r, QStringLiteral("refresh_token_already_used"),
                              QStringLiteral("Invalid Refresh Token: Already Used"));
        t.revoked = true;
        const Token used = t;
        return issue(m_users.value(used.userId), used.sessionId, used.aal,
                     QStringLiteral("password"));
    }
    if (grant == QLatin1String("pkce")) {
        const QString code = body.value(QStringLiteral("auth_code")).toString();
        const QString verifier = body.value(QStringLiteral("code_verifier")).toString();
        if (code.isEmpty() || verifier.isEmpty())
            return error(r, 400, QStringLiteral("validation_failed"),
                         QStringLiteral("invalid request: both auth code and code verifier should "
                                        "be non-empty"));
        if (!m_flows.contains(code))
            return error(r, 404, QStringLiteral("flow_state_not_found"),
                         QStringLiteral("invalid flow state, no valid flow state found"));
        const Flow flow = m_flows.value(code);
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                .toBase64(kB64));
        if (expected != flow.challenge)
            return error(r, 400, QStringLiteral("bad_code_verifier"),
                         QStringLiteral("code challenge does not match previously saved code "
                                        "verifier"));
        m_flows.remove(code);
        for (const User& u : std::as_const(m_users)) {
            if (u.email == flow.email)
                return issue(u, uuid(), QStringLiteral("aal1"), QStringLiteral("oauth"));
        }
        return error(r, 404, QStringLiteral("user_not_found"), QStringLiteral("User not found"));
    }
    return error(r, 400, QStringLiteral("validation_failed"),
                 QStringLiteral("unsupported_grant_type"));
}

const FakeGoTrue::User* FakeGoTrue::authenticate(const Request& r, Token* session, Reply* failure)
{
    const QByteArray auth = r.header("authorization");
    if (!auth.startsWith("Bearer ")) {
        *failure = error(r, 401, QStringLiteral("no_authorization"),
                         QStringLiteral("This endpoint requires a Bearer token"));
        return nullptr;
    }
    const QList<QByteArray> parts = auth.mid(7).split('.');
    const QByteArray sig =
        parts.size() == 3 ? QMessageAuthenticationCode::hash(parts[0] + '.' + parts[1], m_secret,
                                                             QCryptographicHash::Sha256)
                                .toBase64(kB64)
                          : QByteArray();
    if (parts.size() != 3 || sig != parts[2]) {
        *failure = error(r, 403, QStringLiteral("bad_jwt"),
                         QStringLiteral("invalid JWT: unable to parse or verify signature, token "
                                        "is malformed"));
        return nullptr;
    }
    const QJsonObject claims =
        QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], kB64)).object();
    if (claims.value(QStringLiteral("exp")).toInteger() <= nowSecs()) {
        *failure = error(r, 403, QStringLiteral("bad_jwt"),
                         QStringLiteral("invalid JWT: unable to parse or verify signature, token "
                                        "has invalid claims: token is expired"));
        return nullptr;
    }
    const QString sessionId = claims.value(QStringLiteral("session_id")).toString();
    if (!m_sessions.contains(sessionId)) {
        *failure = error(r, 403, QStringLiteral("session_not_found"),
                         QStringLiteral("Session from session_id claim in JWT does not exist"));
        return nullptr;
    }
    session->sessionId = sessionId;
    session->userId = claims.value(QStringLiteral("sub")).toString();
    session->aal = claims.value(QStringLiteral("aal")).toString();
    auto it = m_users.find(session->userId);
    return it == m_users.end() ? nullptr : &it.value();
}

FakeGoTrue::Reply FakeGoTrue::user(const Request& r)
{
    Token session;
    Reply failure;
    const User* u = authenticate(r, &session, &failure);
    if (!u)
        return failure;
    if (r.method == "GET") {
        Reply reply;
        reply.body = userJson(*u);
        return reply;
    }
    if (r.method != "PUT")
        return error(r, 405, QStringLiteral("validation_failed"),
                     QStringLiteral("Method not allowed"));
    const QString password = r.json().value(QStringLiteral("password")).toString();
    if (password.size() < 6) {
        Reply reply = error(r, 422, QStringLiteral("weak_password"),
                            QStringLiteral("Password should be at least 6 characters."));
        reply.body.insert(
            QStringLiteral("weak_password"),
            QJsonObject{{QStringLiteral("reasons"), QJsonArray{QStringLiteral("length")}}});
        return reply;
    }
    if (password == u->password)
        return error(r, 422, QStringLiteral("same_password"),
                     QStringLiteral("New password should be different from the old password."));
    m_users[u->id].password = password;
    Reply reply;
    reply.body = userJson(m_users.value(u->id));
    return reply;
}

FakeGoTrue::Reply FakeGoTrue::logout(const Request& r)
{
    Token session;
    Reply failure;
    const User* u = authenticate(r, &session, &failure);
    if (!u)
        return failure;
    const QString scope = r.query.queryItemValue(QStringLiteral("scope"));
    QStringList ended;
    for (auto it = m_sessions.cbegin(); it != m_sessions.cend(); ++it) {
        const bool mine = it.value() == u->id;
        if ((scope == QLatin1String("global") && mine) ||
            (scope == QLatin1String("others") && mine && it.key() != session.sessionId) ||
            ((scope.isEmpty() || scope == QLatin1String("local")) && it.key() == session.sessionId))
            ended << it.key();
    }
    for (const QString& id : ended) {
        m_sessions.remove(id);
        // The session's refresh tokens go with it.
        for (auto it = m_tokens.begin(); it != m_tokens.end();) {
            if (it->sessionId == id)
                it = m_tokens.erase(it);
            else
                ++it;
        }
    }
    Reply reply;
    reply.status = 204;
    reply.empty = true;
    return reply;
}

FakeGoTrue::Reply FakeGoTrue::recover(const Request& r)
{
    const QString email = r.json().value(QStringLiteral("email")).toString();
    for (const User& u : std::as_const(m_users)) {
        if (u.email == email)
            m_recoveryCodes.insert(
                email, QString::number(QRandomGenerator::global()->bounded(100000, 999999)));
    }
    // The same answer whether or not the address exists.
    return {};
}

FakeGoTrue::Reply FakeGoTrue::verify(const Request& r)
{
    const QJsonObject body = r.json();
    const QString email = body.value(QStringLiteral("email")).toString();
    if (body.value(QStringLiteral("type")).toString() != QLatin1String("recovery") ||
        m_recoveryCodes.value(email).isEmpty() ||
        m_recoveryCodes.value(email) != body.value(QStringLiteral("token")).toString())
        return error(r, 403, QStringLiteral("otp_expired"),
                     QStringLiteral("Token has expired or is invalid"));
    m_recoveryCodes.remove(email);
    for (const User& u : std::as_const(m_users)) {
        if (u.email == email)
            return issue(u, uuid(), QStringLiteral("aal1"), QStringLiteral("otp"));
    }
    return error(r, 403, QStringLiteral("otp_expired"),
                 QStringLiteral("Token has expired or is invalid"));
}

FakeGoTrue::Reply FakeGoTrue::authorize(const Request& r)
{
    const QString provider = r.query.queryItemValue(QStringLiteral("provider"));
    QUrl redirect(r.query.queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded));
    Reply reply;
    reply.status = 302;
    reply.empty = true;
    if (provider != QLatin1String("google") && provider != QLatin1String("github")) {
        return error(r, 400, QStringLiteral("validation_failed"),
                     QStringLiteral("Unsupported provider: provider is not enabled"));
    }
    const QString code = uuid();
    m_flows.insert(code, {r.query.queryItemValue(QStringLiteral("code_challenge")), m_oauthEmail});
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("code"), code);
    redirect.setQuery(q);
    reply.headers.append({"Location", redirect.toEncoded()});
    return reply;
}

FakeGoTrue::Reply FakeGoTrue::factors(const Request& r)
{
    Token session;
    Reply failure;
    const User* u = authenticate(r, &session, &failure);
    if (!u)
        return failure;
    const QStringList parts = r.path.split(QLatin1Char('/')); // "", auth, v1, factors, id, op
    if (parts.size() != 6 || parts[4] != u->factorId)
        return error(r, 404, QStringLiteral("mfa_factor_not_found"),
                     QStringLiteral("Factor not found"));
    if (parts[5] == QLatin1String("challenge")) {
        const QString id = uuid();
        const qint64 expires = nowSecs() + 300;
        m_challenges.insert(id, {parts[4], expires});
        Reply reply;
        reply.body = {{QStringLiteral("id"), id},
                      {QStringLiteral("type"), QStringLiteral("totp")},
                      {QStringLiteral("expires_at"), expires}};
        return reply;
    }
    if (parts[5] == QLatin1String("verify")) {
        const QJsonObject body = r.json();
        const QString challengeId = body.value(QStringLiteral("challenge_id")).toString();
        if (!m_challenges.contains(challengeId))
            return error(r, 404, QStringLiteral("mfa_factor_not_found"),
                         QStringLiteral("MFA factor with the provided challenge ID not found"));
        if (m_challenges.value(challengeId).expiresAt <= nowSecs())
            return error(r, 422, QStringLiteral("mfa_challenge_expired"),
                         QStringLiteral("MFA challenge has expired, verify against another "
                                        "challenge or create a new challenge."));
        if (body.value(QStringLiteral("code")).toString() != validTotpCode())
            return error(r, 422, QStringLiteral("mfa_verification_failed"),
                         QStringLiteral("Invalid TOTP code entered"));
        m_challenges.remove(challengeId);
        // The session is upgraded in place: new tokens, same session id, aal2.
        for (auto it = m_tokens.begin(); it != m_tokens.end(); ++it) {
            if (it->sessionId == session.sessionId)
                it->revoked = true;
        }
        return issue(*u, session.sessionId, QStringLiteral("aal2"), QStringLiteral("totp"));
    }
    return error(r, 404, QStringLiteral("not_found"), QStringLiteral("Not Found"));
}

void FakeGoTrue::browse(const QUrl& authorizeUrl, bool approve)
{
    if (approve) {
        QNetworkRequest request(authorizeUrl);
        request.setRawHeader("apikey",
                             anonKey().toLatin1()); // GoTrue accepts it as a parameter too
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::NoLessSafeRedirectPolicy);
        QNetworkReply* reply = m_browser->get(request);
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
        return;
    }
    // The owner pressed "Cancel" at the provider: GoTrue redirects with the OAuth error.
    QUrl redirect(
        QUrlQuery(authorizeUrl).queryItemValue(QStringLiteral("redirect_to"), QUrl::FullyDecoded));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("error"), QStringLiteral("access_denied"));
    q.addQueryItem(QStringLiteral("error_code"), QStringLiteral("access_denied"));
    q.addQueryItem(QStringLiteral("error_description"),
                   QStringLiteral("The user has denied your application access."));
    redirect.setQuery(q);
    QNetworkReply* reply = m_browser->get(QNetworkRequest(redirect));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

int FakeGoTrue::refreshRequestCount() const
{
    int n = 0;
    for (const Request& r : m_requests)
        n += r.path == QLatin1String("/auth/v1/token") &&
             r.query.queryItemValue(QStringLiteral("grant_type")) == QLatin1String("refresh_token");
    return n;
}

} // namespace limitless::test
