#include "auth/BackendFactory.h"

#include "auth/AuthClient.h"
#include "auth/LocalAuthBackend.h"
#include "sandbox/Sandbox.h"

#include <QCoreApplication>

namespace limitless::auth {

BackendFactory::Result BackendFactory::create(const Profile& profile, QNetworkAccessManager* nam,
                                              const QString& sandboxDir)
{
    Result r;
    if (profile.isSandbox()) {
        const sandbox::Sandbox box(sandboxDir.isEmpty() ? sandbox::Sandbox::defaultDir()
                                                        : sandboxDir);
        const auto st = box.status();
        if (!st.running || st.appUrl.isEmpty()) {
            r.error =
                AuthError::make(AuthError::Kind::Database,
                                QCoreApplication::translate("limitless::auth::BackendFactory",
                                                            "The local sandbox is not running."));
            return r;
        }
        r.backend = std::make_unique<LocalAuthBackend>(st.appUrl, st.dir);
        r.databaseConninfo = st.appUrl;
        return r;
    }
    const QStringList problems = profile.problems();
    if (!problems.isEmpty()) {
        r.error = AuthError::make(AuthError::Kind::NotSupported, problems.join(QLatin1Char(' ')));
        return r;
    }
    r.backend = std::make_unique<AuthClient>(profile.supabaseUrl, profile.anonKey, nam);
    r.databaseConninfo = profile.databaseConninfo();
    return r;
}

} // namespace limitless::auth
