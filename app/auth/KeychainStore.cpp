#include "auth/KeychainStore.h"

#include "auth/AuthLog.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace limitless::auth {

KeychainStore::KeychainStore(QString service, QObject* parent)
    : QObject(parent), m_service(std::move(service))
{}

AuthError KeychainStore::keychainError(int code, const QString& text)
{
    AuthError e = AuthError::make(AuthError::Kind::Keychain);
    e.serverMessage = text;
    switch (code) {
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        e.detail = tr("Access to it was refused. Unlock the keychain and allow Limitless to use "
                      "it.");
        break;
    case QKeychain::NoBackendAvailable:
        e.detail = tr("No keychain service is running (on Linux: GNOME Keyring, KWallet or another "
                      "Secret Service provider).");
        break;
    default:
        e.detail = tr("It reported: %1").arg(text);
        break;
    }
    return e;
}

void KeychainStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    Call c{Op::Read, key, {}, context, context != nullptr, std::move(callback), {}, false};
    run(std::move(c));
}

void KeychainStore::write(const QString& key, const QByteArray& data, QObject* context,
                          DoneCallback callback)
{
    Call c{Op::Write, key, data, context, context != nullptr, {}, std::move(callback), false};
    run(std::move(c));
}

void KeychainStore::remove(const QString& key, QObject* context, DoneCallback callback)
{
    Call c{Op::Remove, key, {}, context, context != nullptr, {}, std::move(callback), false};
    run(std::move(c));
}

void KeychainStore::run(Call call)
{
    QKeychain::Job* job = nullptr;
    switch (call.op) {
    case Op::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Op::Write: {
        auto* w = new QKeychain::WritePasswordJob(m_service);
        w->setBinaryData(call.data);
        job = w;
        break;
    }
    case Op::Remove:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // Never a plain file: without a keychain the call fails instead.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(call.key);
    connect(job, &QKeychain::Job::finished, this,
            [this, call](QKeychain::Job* j) { finished(call, j); });
    job->start();
}

void KeychainStore::finished(Call call, QKeychain::Job* job)
{
    if (call.hadContext && !call.context)
        return;
    const int code = job->error();
    const bool missing = code == QKeychain::EntryNotFound;
    if (code != QKeychain::NoError && !missing && !call.retried &&
        (code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError)) {
        qCInfo(lcAuth) << "keychain call failed, retrying once; error" << code;
        call.retried = true;
        QTimer::singleShot(m_retryDelayMs, this, [this, call] { run(call); });
        return;
    }
    AuthError error;
    if (code != QKeychain::NoError && !missing) {
        error = keychainError(code, job->errorString());
        qCWarning(lcAuth).noquote() << "keychain call failed:" << error.toString();
    }
    QByteArray data;
    if (call.op == Op::Read && code == QKeychain::NoError)
        data = static_cast<QKeychain::ReadPasswordJob*>(job)->binaryData();
    if (call.onRead)
        call.onRead(data, error);
    if (call.onDone)
        call.onDone(error);
}

} // namespace limitless::auth
