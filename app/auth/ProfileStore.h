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

    // Only the settings part of save(): what the keychain does not hold.
    void saveSettings(const Profile& profile);
    // Forgets a profile: its keychain entries first and, once both are gone, its settings and
    // the e-mail address remembered for it, so that a keychain that fails leaves a profile that
    // can be removed again, never keys without a profile. A built-in profile is back to its
    // default afterwards. Which profile is current is the caller's business.
    void remove(const QString& id, QObject* context, SecretStore::DoneCallback done);
    // The settings and the remembered e-mail address only.
    void removeSettings(const QString& id);

    static QString secretKey(const QString& id, const QString& what);

signals:
    void currentChanged(const QString& id);
    void saved(const QString& id);
    void removed(const QString& id);

private:
    std::unique_ptr<QSettings> settings() const;

    SecretStore* m_secrets;
    QString m_application;
};

} // namespace limitless::auth
