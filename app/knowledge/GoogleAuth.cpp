#include "knowledge/GoogleAuth.h"

#include "knowledge/BlockingHttp.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>
#include <QNetworkAccessManager>
#include <QUrlQuery>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <memory>

namespace limitless::knowledge {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

struct BioFree {
    void operator()(BIO* b) const { BIO_free(b); }
};
struct PkeyFree {
    void operator()(EVP_PKEY* k) const { EVP_PKEY_free(k); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX* c) const { EVP_MD_CTX_free(c); }
};

std::unique_ptr<EVP_PKEY, PkeyFree> readRsaKey(const QByteArray& pem)
{
    std::unique_ptr<BIO, BioFree> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    if (!bio)
        return {};
    // No passphrase callback: Google's keys are unencrypted PKCS#8, and an encrypted one must
    // fail here rather than prompt on a terminal.
    auto noPassphrase = [](char*, int, int, void*) { return 0; };
    std::unique_ptr<EVP_PKEY, PkeyFree> key(
        PEM_read_bio_PrivateKey(bio.get(), nullptr, noPassphrase, nullptr));
    ERR_clear_error(); // nothing of OpenSSL's queue is read; leave it clean for the next user
    if (!key || !EVP_PKEY_is_a(key.get(), "RSA"))
        return {};
    return key;
}

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

StoreError keyError(const QString& message)
{
    return StoreError::make(StoreError::Kind::Auth, message);
}

} // namespace

QByteArray signRs256(const QByteArray& privateKeyPem, const QByteArray& input)
{
    const auto key = readRsaKey(privateKeyPem);
    if (!key)
        return {};
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    size_t length = 0;
    QByteArray signature;
    bool ok = ctx && EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) == 1;
    const auto* data = reinterpret_cast<const unsigned char*>(input.constData());
    const auto size = size_t(input.size());
    ok = ok && EVP_DigestSign(ctx.get(), nullptr, &length, data, size) == 1;
    if (ok) {
        signature.resize(qsizetype(length));
        ok = EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
                            data, size) == 1;
        signature.resize(qsizetype(length));
    }
    ERR_clear_error();
    return ok ? signature : QByteArray();
}

ServiceAccountKey ServiceAccountKey::fromJson(const QByteArray& json, StoreError* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = keyError(message);
        return ServiceAccountKey();
    };
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("The service-account key is not a JSON key file."));
    const QJsonObject o = doc.object();
    const QString type = o.value(QStringLiteral("type")).toString();
    if (type != QLatin1String("service_account"))
        return fail(
            tr("The key file is not a service-account key (its type is \"%1\").").arg(type));

    ServiceAccountKey key;
    key.clientEmail = o.value(QStringLiteral("client_email")).toString();
    key.privateKeyId = o.value(QStringLiteral("private_key_id")).toString();
    key.privateKeyPem = o.value(QStringLiteral("private_key")).toString().toUtf8();
    key.projectId = o.value(QStringLiteral("project_id")).toString();
    const QString tokenUri = o.value(QStringLiteral("token_uri")).toString();
    key.tokenUri =
        QUrl(tokenUri.isEmpty() ? QStringLiteral("https://oauth2.googleapis.com/token") : tokenUri,
             QUrl::StrictMode);

    if (key.clientEmail.isEmpty())
        return fail(tr("The service-account key has no client_email."));
    if (key.privateKeyId.isEmpty())
        return fail(tr("The service-account key has no private_key_id."));
    if (key.privateKeyPem.isEmpty())
        return fail(tr("The service-account key has no private_key."));
    if (!readRsaKey(key.privateKeyPem))
        return fail(tr("The private key in the service-account key cannot be read as an RSA "
                       "key."));
    if (!isSecureOrLoopback(key.tokenUri))
        return fail(tr("The service-account key's token_uri \"%1\" is not an https address.")
                        .arg(tokenUri));
    if (error)
        *error = {};
    return key;
}

GoogleTokenSource::GoogleTokenSource(ServiceAccountKey key, QString scope)
    : m_key(std::move(key)), m_scope(std::move(scope))
{}

int GoogleTokenSource::exchanges() const
{
    QMutexLocker lock(&m_mutex);
    return m_exchanges;
}

void GoogleTokenSource::invalidate(const QString& token)
{
    QMutexLocker lock(&m_mutex);
    if (token == m_token) {
        m_token.clear();
        m_refreshAt = 0;
    }
}

QByteArray GoogleTokenSource::assertion(qint64 issuedAt, StoreError* error) const
{
    const QJsonObject header{{QStringLiteral("alg"), QStringLiteral("RS256")},
                             {QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("kid"), m_key.privateKeyId}};
    const QJsonObject claims{
        {QStringLiteral("iss"), m_key.clientEmail},
        {QStringLiteral("scope"), m_scope},
        {QStringLiteral("aud"), m_key.tokenUri.toString(QUrl::FullyEncoded)},
        {QStringLiteral("iat"), issuedAt},
        {QStringLiteral("exp"), issuedAt + kLifetimeSeconds},
    };
    const QByteArray input =
        compactJson(header).toBase64(kBase64Url) + '.' + compactJson(claims).toBase64(kBase64Url);
    const QByteArray signature = signRs256(m_key.privateKeyPem, input);
    if (signature.isEmpty()) {
        if (error)
            *error = keyError(tr("The service-account key could not sign the token request."));
        return {};
    }
    return input + '.' + signature.toBase64(kBase64Url);
}

QString GoogleTokenSource::accessToken(StoreError* error, const std::atomic_bool* cancel)
{
    QMutexLocker lock(&m_mutex);
    if (error)
        *error = {};
    if (!m_token.isEmpty() && QDateTime::currentSecsSinceEpoch() < m_refreshAt)
        return m_token;
    qint64 expiresAt = 0;
    StoreError e;
    const QString token = exchange(cancel, &expiresAt, &e);
    ++m_exchanges;
    if (e) {
        if (error)
            *error = e;
        return {};
    }
    m_token = token;
    m_refreshAt = expiresAt - kRefreshMarginSeconds;
    return m_token;
}

QString GoogleTokenSource::exchange(const std::atomic_bool* cancel, qint64* expiresAt,
                                    StoreError* error) const
{
    if (!m_key.isValid()) {
        *error = keyError(tr("No valid service-account key is set."));
        return {};
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QByteArray jwt = assertion(now, error);
    if (jwt.isEmpty())
        return {};

    QNetworkAccessManager nam;
    BlockingHttp http(nam);
    http.setInactivityTimeout(m_timeoutMs);
    QNetworkRequest request = BlockingHttp::request(m_key.tokenUri);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    // The assertion is base64url (A-Z a-z 0-9 - _ .): nothing in it needs escaping.
    const QByteArray body =
        "grant_type=" +
        QUrl::toPercentEncoding(QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")) +
        "&assertion=" + jwt;
    const HttpAnswer answer = http.send(request, "POST", body, cancel);

    if (answer.cancelled) {
        *error = StoreError::make(StoreError::Kind::Cancelled, tr("Cancelled."));
        return {};
    }
    if (!answer.answered()) {
        *error = StoreError::make(
            StoreError::Kind::Network,
            tr("Google's sign-in service cannot be reached (%1).").arg(answer.errorText), 0,
            answer.errorText);
        return {};
    }
    const QJsonObject o = QJsonDocument::fromJson(answer.body).object();
    if (answer.status == 200) {
        const QString token = o.value(QStringLiteral("access_token")).toString();
        const QString type = o.value(QStringLiteral("token_type")).toString();
        const qint64 lifetime = o.value(QStringLiteral("expires_in")).toInteger(-1);
        if (token.isEmpty() || type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0 ||
            lifetime < 0) {
            *error = StoreError::make(StoreError::Kind::Server,
                                      tr("Google's sign-in service gave an answer that is not "
                                         "an access token."),
                                      answer.status);
            return {};
        }
        *expiresAt = now + lifetime;
        return token;
    }

    // {"error": "invalid_grant", "error_description": "Invalid JWT Signature."}
    const QString code = o.value(QStringLiteral("error")).toString();
    QString description = o.value(QStringLiteral("error_description")).toString();
    if (description.isEmpty())
        description = code.isEmpty() ? QString::fromUtf8(answer.body.left(200)).simplified() : code;
    if (answer.status == 429) {
        *error = StoreError::make(StoreError::Kind::RateLimited,
                                  tr("Google's sign-in service is limiting requests; the upload "
                                     "will be retried later."),
                                  answer.status, description);
    } else if (answer.status >= 500) {
        *error = StoreError::make(
            StoreError::Kind::Server,
            tr("Google's sign-in service is unavailable (HTTP %1).").arg(answer.status),
            answer.status, description);
    } else {
        // invalid_grant (a deleted or disabled key, a clock far off), invalid_scope,
        // unauthorized_client…: the key will not work until someone changes something.
        *error = StoreError::make(StoreError::Kind::Auth,
                                  tr("Google refused the service-account key: %1").arg(description),
                                  answer.status, description);
    }
    return {};
}

} // namespace limitless::knowledge
