#pragma once

#include "auth/AuthBackend.h"
#include "auth/AuthError.h"
#include "auth/Profile.h"

#include <memory>

class QNetworkAccessManager;

namespace limitless::auth {

// Makes the backend a profile signs in with: Supabase Auth for a project, the sandbox's auth
// schema for the local sandbox (which must be running: its address changes between starts).
class BackendFactory {
public:
    struct Result {
        std::unique_ptr<AuthBackend> backend;
        AuthError error;
        QString databaseConninfo; // what the dashboard connects to once signed in
    };

    // `sandboxDir` empty = the default sandbox directory.
    static Result create(const Profile& profile, QNetworkAccessManager* nam = nullptr,
                         const QString& sandboxDir = {});
};

} // namespace limitless::auth
