#pragma once

#include "auth/Profile.h"
#include "auth/SecretStore.h"

#include <QObject>

#include <functional>
#include <memory>

class QSettings;

namespace limitless::auth {

// Keeps the profiles: everything but the secrets in QSettings (group "profiles/<id>"), the anon
// key and the database password in the keychain under "profile:<id>/…". Also remembers which
// profile is current and the last e-mail address signed in with (an address is not a secret;
// a password is never remembered).
class ProfileStore : public QObject {
    Q_OBJECT

public:
    using LoadCallback = std::function<void(const Profile& profile, const AuthError& error)>;

    explicit ProfileStore(SecretStore* secrets, QObject* parent = nullptr);

    // The CLI reads the dashboard's settings: it names the application whose settings these are
    // (empty = the running application's own).
    void setSettingsApplication(const QString& application) { m_application = application; }

    QStringList ids() const;
    // The profile as saved, without its secrets.
    Profile profile(const QString& id) const;
    QString currentId() const;
    void setCurrentId(const QString& id);

    QString rememberedEmail(const QString& id) const;
    void rememberEmail(const QString& id, const QString& email);

    // Writes the settings at once and the secrets to the keychain; `done` after both.
    void save(const Profile& profile, QObject* context, SecretStore::DoneCallback done);
    // The profile with its secrets read back from the keychain.
    void load(const QString& id, QObject* context, LoadCallback done);

    static QString secretKey(const QString& id, const QString& what);

signals:
    void currentChanged(const QString& id);
    void saved(const QString& id);

private:
    std::unique_ptr<QSettings> settings() const;

    SecretStore* m_secrets;
    QString m_application;
};

} // namespace limitless::auth
