// Threads that used libpq may still be ending while the process exits: QThread::wait() returns
// before a thread's exit handlers have run, and one of those belongs to OpenSSL (libpq's SCRAM
// authentication hashes and draws random numbers with it). By default OpenSSL frees its global
// state in an atexit() handler, and a thread ending at that moment crashes in OpenSSL's
// thread-exit handler. The dashboard keeps OpenSSL's state until the process is gone
// (db/PgConnection.cpp); this checks that, after a real SCRAM connection on a worker thread,
// OpenSSL is still usable once every other exit handler has run.
#include <catch2/catch.hpp>

#include "TestDatabase.h"

#include <openssl/crypto.h>

#include <cstdio>
#include <cstdlib>
#include <thread>

#include <unistd.h>

namespace {

// Registered before any connection, so it runs after every exit handler registered later,
// OpenSSL's among them. Once OPENSSL_cleanup() has run, OpenSSL refuses to initialise again.
void checkOpenSslLast()
{
    if (OPENSSL_init_crypto(0, nullptr) != 1) {
        std::fputs("OpenSSL's state was freed at exit, while a worker thread may still be ending\n",
                   stderr);
        ::_exit(3);
    }
}

} // namespace

TEST_CASE("OpenSSL's state outlives the exit handlers after libpq used it on a worker thread",
          "[db]")
{
    REQUIRE(std::atexit(checkOpenSslLast) == 0);
    const QString url = limitless::test::adminUrl(); // 127.0.0.1 with a password: SCRAM
    bool connected = false;
    QString problem;
    std::thread worker([&] {
        limitless::db::DbError error;
        const auto conn = limitless::db::PgConnection::open(url, &error);
        connected = conn != nullptr;
        problem = error.toString();
    });
    worker.join();
    INFO(problem.toStdString());
    CHECK(connected);
}
