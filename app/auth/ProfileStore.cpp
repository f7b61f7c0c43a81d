#include "auth/ProfileStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>

#include <memory>

namespace limitless::auth {

namespace {

const QString kGroup = QStringLiteral("profiles");
const QString kAnonKey = QStringLiteral("anon-key");
const QString kDbPassword = QStringLiteral("db-password");

Profile builtin(const QString& id)
{
    if (id == QLatin1String("production"))
        return Profile::production();
    if (id == QLatin1String("staging"))
        return Profile::staging();
    if (id == QLatin1String("sandbox"))
        return Profile::sandbox();
    Profile p;
    p.id = id;
    p.name = id;
    return p;
}

} // namespace

ProfileStore::ProfileStore(SecretStore* secrets, QObject* parent)
    : QObject(parent), m_secrets(secrets)
{}

std::unique_ptr<QSettings> ProfileStore::settings() const
{
    if (m_application.isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(QCoreApplication::organizationName(), m_application);
}

QString ProfileStore::secretKey(const QString& id, const QString& what)
{
    return QStringLiteral("profile:%1/%2").arg(id, what);
}

QStringList ProfileStore::ids() const
{
    QStringList ids = Profile::builtinIds();
    auto s = settings();
    s->beginGroup(kGroup);
    for (const QString& id : s->childGroups()) {
        if (!ids.contains(id))
            ids << id;
    }
    return ids;
}

Profile ProfileStore::profile(const QString& id) const
{
    Profile p = builtin(id);
    auto settingsPtr = settings();
    QSettings& s = *settingsPtr;
    s.beginGroup(kGroup + QLatin1Char('/') + id);
    if (s.childKeys().isEmpty())
        return p;
    p.name = s.value(QStringLiteral("name"), p.name).toString();
    if (!p.isSandbox()) {
        p.supabaseUrl = s.value(QStringLiteral("supabaseUrl")).toUrl();
        p.dbMode = s.value(QStringLiteral("dbMode")).toString() == QLatin1String("session-pooler")
                       ? Profile::DbMode::SessionPooler
                       : Profile::DbMode::Direct;
        p.dbHost = s.value(QStringLiteral("dbHost")).toString();
        p.dbPort = s.value(QStringLiteral("dbPort"), p.dbPort).toInt();
        p.dbName = s.value(QStringLiteral("dbName"), p.dbName).toString();
        p.dbUser = s.value(QStringLiteral("dbUser"), p.dbUser).toString();
        p.sslMode = s.value(QStringLiteral("sslMode"), p.sslMode).toString();
        p.sslRootCert = s.value(QStringLiteral("sslRootCert")).toString();
        p.oauthProviders =
            s.value(QStringLiteral("oauthProviders"), p.oauthProviders).toStringList();
        p.oauthRedirectPort = s.value(QStringLiteral("oauthRedirectPort"), 0).toInt();
    }
    p.campaignBaseUrl = s.value(QStringLiteral("campaignBaseUrl")).toUrl();
    return p;
}

QString ProfileStore::currentId() const
{
    const QString id = settings()
                           ->value(QStringLiteral("auth/currentProfile"), QStringLiteral("sandbox"))
                           .toString();
    return ids().contains(id) ? id : QStringLiteral("sandbox");
}

void ProfileStore::setCurrentId(const QString& id)
{
    if (id == currentId())
        return;
    settings()->setValue(QStringLiteral("auth/currentProfile"), id);
    emit currentChanged(id);
}

QString ProfileStore::rememberedEmail(const QString& id) const
{
    return settings()->value(QStringLiteral("auth/email/") + id).toString();
}

void ProfileStore::rememberEmail(const QString& id, const QString& email)
{
    settings()->setValue(QStringLiteral("auth/email/") + id, email);
}

void ProfileStore::saveSettings(const Profile& p)
{
    auto settingsPtr = settings();
    QSettings& s = *settingsPtr;
    s.beginGroup(kGroup + QLatin1Char('/') + p.id);
    s.setValue(QStringLiteral("name"), p.name);
    s.setValue(QStringLiteral("campaignBaseUrl"), p.campaignBaseUrl);
    if (!p.isSandbox()) {
        s.setValue(QStringLiteral("supabaseUrl"), p.supabaseUrl);
        s.setValue(QStringLiteral("dbMode"), p.dbMode == Profile::DbMode::SessionPooler
                                                 ? QStringLiteral("session-pooler")
                                                 : QStringLiteral("direct"));
        s.setValue(QStringLiteral("dbHost"), p.dbHost);
        s.setValue(QStringLiteral("dbPort"), p.dbPort);
        s.setValue(QStringLiteral("dbName"), p.dbName);
        s.setValue(QStringLiteral("dbUser"), p.dbUser);
        s.setValue(QStringLiteral("sslMode"), p.sslMode);
        s.setValue(QStringLiteral("sslRootCert"), p.sslRootCert);
        s.setValue(QStringLiteral("oauthProviders"), p.oauthProviders);
        s.setValue(QStringLiteral("oauthRedirectPort"), p.oauthRedirectPort);
    }
}

void ProfileStore::removeSettings(const QString& id)
{
    auto s = settings();
    s->remove(kGroup + QLatin1Char('/') + id);
    s->remove(QStringLiteral("auth/email/") + id);
}

void ProfileStore::remove(const QString& id, QObject* context, SecretStore::DoneCallback done)
{
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    auto finish = [this, id, ctx, hadContext, done](const AuthError& e) {
        if (!e) {
            removeSettings(id);
            emit removed(id);
        }
        if (done && (!hadContext || ctx))
            done(e);
    };
    if (profile(id).isSandbox()) {
        finish({});
        return;
    }
    // One after the other, the settings last.
    m_secrets->remove(secretKey(id, kAnonKey), this, [this, id, finish](const AuthError& e) {
        if (e) {
            finish(e);
            return;
        }
        m_secrets->remove(secretKey(id, kDbPassword), this, finish);
    });
}

void ProfileStore::save(const Profile& p, QObject* context, SecretStore::DoneCallback done)
{
    saveSettings(p);
    const QString id = p.id;
    if (p.isSandbox()) {
        emit saved(id);
        if (done)
            done({});
        return;
    }
    // Both secrets, then one answer: the first error wins.
    auto firstError = std::make_shared<AuthError>();
    auto pending = std::make_shared<int>(2);
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    auto step = [this, id, firstError, pending, ctx, hadContext, done](const AuthError& e) {
        if (e && !*firstError)
            *firstError = e;
        if (--*pending > 0)
            return;
        if (!*firstError)
            emit saved(id);
        if (done && (!hadContext || ctx))
            done(*firstError);
    };
    auto put = [this, step](const QString& key, const QString& value) {
        if (value.isEmpty())
            m_secrets->remove(key, this, step);
        else
            m_secrets->write(key, value.toUtf8(), this, step);
    };
    put(secretKey(id, kAnonKey), p.anonKey);
    put(secretKey(id, kDbPassword), p.dbPassword);
}

void ProfileStore::load(const QString& id, QObject* context, LoadCallback done)
{
    auto p = std::make_shared<Profile>(profile(id));
    if (p->isSandbox()) {
        if (done)
            done(*p, {});
        return;
    }
    QPointer<QObject> ctx(context);
    const bool hadContext = context != nullptr;
    m_secrets->read(
        secretKey(id, kAnonKey), this,
        [this, p, id, ctx, hadContext, done](const QByteArray& key, const AuthError& e) {
            if (e) {
                if (done && (!hadContext || ctx))
                    done(*p, e);
                return;
            }
            p->anonKey = QString::fromUtf8(key);
            m_secrets->read(secretKey(id, kDbPassword), this,
                            [p, ctx, hadContext, done](const QByteArray& pw, const AuthError& e2) {
                                p->dbPassword = QString::fromUtf8(pw);
                                if (done && (!hadContext || ctx))
                                    done(*p, e2);
                            });
        });
}

} // namespace limitless::auth
