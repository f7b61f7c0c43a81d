#pragma once

#include "auth/AuthError.h"
#include "auth/Session.h"

#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QtGlobal>

#include <functional>

namespace limitless::test {

// Spins the event loop until `done` holds or `timeoutMs` passes; returns `done()`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs = 5000);

// Captures every log message (all categories, all levels, debug included) while alive.
class LogCapture {
public:
    LogCapture();
    ~LogCapture();
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    QString text() const;
    int lines() const;

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);
    QtMessageHandler m_previous;
};

// What another device does to a session, through the Auth API at `url` (the tests' fake
// server, anon key FakeGoTrue::anonKey()): spends `refreshToken` and returns the session it gave
// (invalid, with *error set, on failure)…
auth::Session spendRefreshToken(const QUrl& url, const QString& refreshToken,
                                auth::AuthError* error = nullptr);
// …or signs the session of `accessToken` out (scope local). Returns the server's answer.
auth::AuthError endSessionOnServer(const QUrl& url, const QString& accessToken);

// Every file under `dir`, read whole; the ones whose bytes contain any of `needles`.
QStringList filesContaining(const QString& dir, const QStringList& needles);

} // namespace limitless::test
