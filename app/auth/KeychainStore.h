#pragma once

#include "auth/SecretStore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace limitless::auth {

// Secrets in the OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS,
// Credential Manager on Windows), and nowhere else: the insecure plain-file fallback is off,
// so without a keychain nothing is stored and the owner is told why.
//
// Keys are namespaced by the caller ("<project>/session", "profile:<id>/anon-key"); the
// service name groups them in the keychain's UI. As the keychain service may still be starting
// when the app starts with the desktop session, a failed call is retried once after a short
// delay (Nextcloud does the same).
class KeychainStore : public QObject, public SecretStore {
    Q_OBJECT

public:
    explicit KeychainStore(QString service = defaultService(), QObject* parent = nullptr);

    static QString defaultService() { return QStringLiteral("Limitless Dashboard"); }
    QString service() const { return m_service; }
    // Milliseconds before the one retry (tests shorten it).
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }

    void read(const QString& key, QObject* context, ReadCallback callback) override;
    void write(const QString& key, const QByteArray& data, QObject* context,
               DoneCallback callback) override;
    void remove(const QString& key, QObject* context, DoneCallback callback) override;

private:
    enum class Op { Read, Write, Remove };
    struct Call {
        Op op;
        QString key;
        QByteArray data;
        QPointer<QObject> context;
        bool hadContext = false;
        ReadCallback onRead;
        DoneCallback onDone;
        bool retried = false;
    };
    void run(Call call);
    void finished(Call call, QKeychain::Job* job);
    static AuthError keychainError(int code, const QString& text);

    QString m_service;
    int m_retryDelayMs = 1500;
};

} // namespace limitless::auth
