#pragma once

#include "auth/AuthError.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

namespace limitless::auth {

// Where secrets live: the OS keychain in the app (KeychainStore), memory in unit tests.
// All calls are asynchronous; a callback is dropped when its context object is destroyed first.
class SecretStore {
public:
    using ReadCallback = std::function<void(const QByteArray& data, const AuthError& error)>;
    using DoneCallback = std::function<void(const AuthError& error)>;

    virtual ~SecretStore() = default;

    // A missing entry is not an error: data is empty.
    virtual void read(const QString& key, QObject* context, ReadCallback callback) = 0;
    virtual void write(const QString& key, const QByteArray& data, QObject* context,
                       DoneCallback callback) = 0;
    // Removing a missing entry is not an error either.
    virtual void remove(const QString& key, QObject* context, DoneCallback callback) = 0;
};

} // namespace limitless::auth
