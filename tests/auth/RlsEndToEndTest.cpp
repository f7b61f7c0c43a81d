#include "AuthTestSupport.h"
#include "MemorySecretStore.h"
#include "SandboxUsers.h"
#include "TestDatabase.h"

#include "auth/DatabaseBinding.h"
#include "auth/LocalAuthBackend.h"
#include "auth/SessionManager.h"
#include "db/Database.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace limitless;
using namespace limitless::auth;
using limitless::test::MemorySecretStore;
using limitless::test::SandboxUsers;
using limitless::test::waitUntil;

namespace {

// One owner at the dashboard: signed in through the sandbox's auth, with the app's database
// connection bound to the session.
struct Desk {
    MemorySecretStore store;
    SessionManager sessions;
    db::Database database;
    DatabaseBinding binding;

    Desk()
        : sessions(std::make_unique<LocalAuthBackend>(test::appUrl(), test::sandboxDir()), &store),
          binding(&sessions, &database)
    {
        sessions.setWatchSystemEvents(false);
        binding.setConninfo(test::appUrl());
    }

    void signIn(const SandboxUsers::Account& a)
    {
        sessions.signIn(a.email, a.password);
        REQUIRE(waitUntil([&] { return sessions.isSignedIn(); }, 15000));
        REQUIRE(
            waitUntil([&] { return database.state() == db::ConnectionState::Connected; }, 15000));
    }

    QStringList ids(const QString& table)
    {
        QStringList out;
        bool done = false;
        // Table names are fixed literals of this test, not input.
        database.query(QStringLiteral("select id from %1 order by id").arg(table), &database,
                       [&](const db::QueryResult& r) {
                           REQUIRE(r.ok());
                           for (int i = 0; i < r.rowCount(); ++i)
                               out << r.value(i, 0).toString();
                           done = true;
                       });
        REQUIRE(waitUntil([&] { return done; }, 15000));
        return out;
    }
};

QStringList sorted(QStringList l)
{
    l.sort();
    return l;
}

} // namespace

TEST_CASE("RLS end to end: each signed-in owner sees only their own rows", "[auth][rls]")
{
    SandboxUsers users;
    auto alex = users.add(QStringLiteral("alex"));
    auto blair = users.add(QStringLiteral("blair"));
    users.addBusiness(alex);
    users.addBusiness(blair);

    Desk a;
    Desk b;
    a.signIn(alex);
    b.signIn(blair);

    // The database runs every transaction with the access token's decoded claims.
    CHECK(a.database.claims() == a.sessions.session().claimsJson());
    CHECK(QJsonDocument::fromJson(a.database.claims())
              .object()
              .value(QStringLiteral("sub"))
              .toString() == alex.userId);

    CHECK(a.ids(QStringLiteral("owners")) == QStringList{alex.ownerId});
    CHECK(b.ids(QStringLiteral("owners")) == QStringList{blair.ownerId});
    CHECK(a.ids(QStringLiteral("campaigns")) == sorted(alex.campaigns));
    CHECK(b.ids(QStringLiteral("campaigns")) == sorted(blair.campaigns));
    CHECK(a.ids(QStringLiteral("conversations")) == sorted(alex.conversations));
    CHECK(b.ids(QStringLiteral("conversations")) == sorted(blair.conversations));
    CHECK(a.ids(QStringLiteral("analytics_events")) == sorted(alex.events));
    CHECK(b.ids(QStringLiteral("analytics_events")) == sorted(blair.events));
    CHECK(a.ids(QStringLiteral("payments")) == sorted(alex.payments));
    CHECK(b.ids(QStringLiteral("payments")) == sorted(blair.payments));

    // A refresh swaps the claims in; the owner still sees the same rows.
    bool refreshed = false;
    a.sessions.refresh(nullptr, [&](const AuthError& e) { refreshed = !e; });
    REQUIRE(waitUntil([&] { return refreshed; }, 15000));
    CHECK(a.database.claims() == a.sessions.session().claimsJson());
    CHECK(a.ids(QStringLiteral("campaigns")) == sorted(alex.campaigns));

    // Signing out closes the connection.
    a.sessions.signOut();
    REQUIRE(
        waitUntil([&] { return a.database.state() == db::ConnectionState::Disconnected; }, 15000));
    CHECK(a.database.claims().isEmpty());
    // The other owner is unaffected.
    CHECK(b.ids(QStringLiteral("payments")) == sorted(blair.payments));
}
