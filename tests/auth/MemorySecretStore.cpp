#include "MemorySecretStore.h"

#include <QPointer>
#include <QTimer>

namespace limitless::test {

namespace {
auth::AuthError failure()
{
    return auth::AuthError::make(auth::AuthError::Kind::Keychain, QStringLiteral("test failure"));
}
} // namespace

void MemorySecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    m_log << QStringLiteral("read ") + key;
    QPointer<QObject> ctx(context);
    const bool had = context != nullptr;
    QTimer::singleShot(m_delayMs, this, [this, key, ctx, had, callback] {
        if (had && !ctx)
            return;
        if (m_failing)
            callback({}, failure());
        else
            callback(m_values.value(key), {});
    });
}

void MemorySecretStore::write(const QString& key, const QByteArray& data, QObject* context,
                              DoneCallback callback)
{
    m_log << QStringLiteral("write ") + key;
    QPointer<QObject> ctx(context);
    const bool had = context != nullptr;
    QTimer::singleShot(m_delayMs, this, [this, key, data, ctx, had, callback] {
        if (!m_failing) {
            m_values.insert(key, data);
            ++m_writes;
            emit written(key);
        }
        if (had && !ctx)
            return;
        if (callback)
            callback(m_failing ? failure() : auth::AuthError{});
    });
}

void MemorySecretStore::remove(const QString& key, QObject* context, DoneCallback callback)
{
    m_log << QStringLiteral("remove ") + key;
    QPointer<QObject> ctx(context);
    const bool had = context != nullptr;
    QTimer::singleShot(m_delayMs, this, [this, key, ctx, had, callback] {
        if (!m_failing)
            m_values.remove(key);
        if (had && !ctx)
            return;
        if (callback)
            callback(m_failing ? failure() : auth::AuthError{});
    });
}

} // namespace limitless::test
