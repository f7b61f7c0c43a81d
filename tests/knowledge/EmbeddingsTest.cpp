#include "FakeOpenAi.h"

#include "knowledge/OfflineEmbedder.h"
#include "knowledge/OpenAiEmbeddings.h"

#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

#include <cmath>
#include <thread>

using namespace limitless::knowledge;
using limitless::test::FakeOpenAi;

namespace {

OpenAiEmbeddings::Options fastOptions()
{
    OpenAiEmbeddings::Options o;
    o.backoffMs = 20;
    o.maxBackoffMs = 100;
    o.requestTimeoutMs = 5000;
    return o;
}

QStringList texts(int n, int length = 20)
{
    QStringList out;
    for (int i = 0; i < n; ++i)
        out << QStringLiteral("text %1 about refunds ").arg(i).leftJustified(length, u'x');
    return out;
}

double norm(const QVector<float>& v)
{
    double s = 0;
    for (float x : v)
        s += double(x) * double(x);
    return std::sqrt(s);
}

// Runs embed() on a worker thread (as the app does) while this thread serves the fake.
QList<QVector<float>> embedOnWorker(OpenAiEmbeddings& client, const QStringList& input,
                                    EmbedError* error, std::atomic_bool* cancel,
                                    const std::function<void()>& whileWaiting = {})
{
    std::atomic_bool done{false};
    QList<QVector<float>> result;
    std::thread worker([&] {
        result = client.embed(input, error, cancel);
        done = true;
    });
    QElapsedTimer guard;
    guard.start();
    while (!done && guard.elapsed() < 60000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (whileWaiting)
            whileWaiting();
    }
    worker.join();
    return result;
}

} // namespace

TEST_CASE("Embedding requests are batched by count and by characters", "[knowledge][openai]")
{
    using B = QList<std::pair<int, int>>;
    CHECK(OpenAiEmbeddings::batches({}, 96, 1000).isEmpty());
    CHECK(OpenAiEmbeddings::batches(texts(250), 96, 250000) == B{{0, 96}, {96, 192}, {192, 250}});
    // 300 characters each, 1000 per request: three at a time.
    CHECK(OpenAiEmbeddings::batches(texts(7, 300), 96, 1000) == B{{0, 3}, {3, 6}, {6, 7}});
    // A text longer than the limit goes alone.
    QStringList mixed = texts(2, 100);
    mixed.insert(1, QString(5000, u'a'));
    CHECK(OpenAiEmbeddings::batches(mixed, 96, 1000) == B{{0, 1}, {1, 2}, {2, 3}});
}

TEST_CASE("Embeddings come back in order, batched, with the documented request",
          "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("text-embedding-3-small"), 1536,
                            QStringLiteral("sk-test-123"), fastOptions());
    const QStringList input = texts(250);
    EmbedError error;
    QList<std::pair<int, int>> progress;
    const QList<QVector<float>> vectors =
        client.embed(input, &error, nullptr, [&](int done, int total) {
            progress.append({done, total});
        });
    REQUIRE_FALSE(error);
    REQUIRE(vectors.size() == 250);
    // The fake lists data in reverse; the client orders by "index".
    for (int i = 0; i < 250; i += 17) {
        CHECK(vectors[i] == OfflineEmbedder::embedOne(input[i]));
        CHECK(norm(vectors[i]) == Approx(1.0).epsilon(1e-5));
    }
    CHECK(progress == QList<std::pair<int, int>>{{96, 250}, {192, 250}, {250, 250}});

    const QList<FakeOpenAi::Request> requests = server.requests();
    REQUIRE(requests.size() == 3);
    CHECK(requests[0].inputs().size() == 96);
    CHECK(requests[1].inputs().size() == 96);
    CHECK(requests[2].inputs().size() == 58);
    CHECK(requests[2].inputs().last() == input.last());
    for (const FakeOpenAi::Request& r : requests) {
        CHECK(r.method == "POST");
        CHECK(r.path == "/v1/embeddings");
        CHECK(r.header("Authorization") == "Bearer sk-test-123");
        CHECK(r.header("Content-Type") == "application/json");
        CHECK(r.json.value("model").toString() == "text-embedding-3-small");
        CHECK(r.json.value("encoding_format").toString() == "float");
        CHECK_FALSE(r.json.contains("dimensions"));
    }
}

TEST_CASE("A local server without a key gets no Authorization header: blank texts are sent",
          "[knowledge][openai]")
{
    FakeOpenAi server(8);
    REQUIRE(server.start());
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("nomic-embed-text"), 8, {},
                            fastOptions());
    EmbedError error;
    const auto vectors =
        client.embed({QStringLiteral("a"), QString(), QStringLiteral("c")}, &error);
    REQUIRE_FALSE(error);
    REQUIRE(vectors.size() == 3);
    // The fake's 8-dimensional vectors are not normalised; the client normalises them.
    for (const auto& v : vectors)
        CHECK(norm(v) == Approx(1.0).epsilon(1e-5));
    REQUIRE(server.requestCount() == 1);
    CHECK(server.requests()[0].header("Authorization").isEmpty());
    CHECK(server.requests()[0].inputs() == QStringList{"a", " ", "c"});
}

TEST_CASE("429 with Retry-After: the client waits as long as told, then succeeds",
          "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::rateLimited(1));
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("text-embedding-3-small"), 1536,
                            QStringLiteral("sk-test"), fastOptions());
    EmbedError error;
    const auto vectors = client.embed(texts(3), &error);
    REQUIRE_FALSE(error);
    CHECK(vectors.size() == 3);
    const auto requests = server.requests();
    REQUIRE(requests.size() == 2);
    const qint64 waited = requests[1].receivedMs - requests[0].receivedMs;
    INFO("waited " << waited << " ms");
    CHECK(waited >= 1000);
    CHECK(waited < 3000);
}

TEST_CASE("429 with retry-after-ms: the client waits those milliseconds", "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::rateLimitedMs(400));
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("text-embedding-3-small"), 1536,
                            QStringLiteral("sk-test"), fastOptions());
    EmbedError error;
    client.embed(texts(2), &error);
    REQUIRE_FALSE(error);
    const auto requests = server.requests();
    REQUIRE(requests.size() == 2);
    const qint64 waited = requests[1].receivedMs - requests[0].receivedMs;
    INFO("waited " << waited << " ms");
    CHECK(waited >= 400);
    CHECK(waited < 1000); // not Retry-After's second, nor the exponential back-off
}

TEST_CASE("A Retry-After longer than the total wait allowed gives up at once",
          "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::rateLimited(120));
    OpenAiEmbeddings::Options o = fastOptions();
    o.maxTotalWaitMs = 5000;
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, o);
    QElapsedTimer t;
    t.start();
    EmbedError error;
    CHECK(client.embed(texts(1), &error).isEmpty());
    CHECK(t.elapsed() < 2000);
    CHECK(error.kind == EmbedError::Kind::RateLimited);
    CHECK(error.httpStatus == 429);
    CHECK(error.message.contains("Please try again in 120s"));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("An exhausted quota is not retried", "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::quotaExceeded());
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, fastOptions());
    EmbedError error;
    client.embed(texts(1), &error);
    CHECK(error.kind == EmbedError::Kind::RateLimited);
    CHECK(error.message.contains("exceeded your current quota"));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("500 then success: the batch is tried again", "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::serverError(500));
    server.enqueue(FakeOpenAi::serverError(503));
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, fastOptions());
    EmbedError error;
    const auto vectors = client.embed(texts(5), &error);
    REQUIRE_FALSE(error);
    CHECK(vectors.size() == 5);
    CHECK(server.requestCount() == 3);
}

TEST_CASE("A persistent 500 is a Server error after the set number of attempts",
          "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::serverError(500), 10);
    OpenAiEmbeddings::Options o = fastOptions();
    o.maxAttempts = 3;
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, o);
    EmbedError error;
    CHECK(client.embed(texts(5), &error).isEmpty());
    CHECK(error.kind == EmbedError::Kind::Server);
    CHECK(error.httpStatus == 500);
    CHECK(error.message.contains("The server had an error while processing your request"));
    CHECK(server.requestCount() == 3);
    // Exponential back-off between the tries: 10–20 ms, then 20–40 ms.
    const auto r = server.requests();
    CHECK(r[1].receivedMs - r[0].receivedMs >= 10);
    CHECK(r[2].receivedMs - r[1].receivedMs >= 20);
}

TEST_CASE("A server that never answers is a Network error after the retries", "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::hang(), 2);
    OpenAiEmbeddings::Options o = fastOptions();
    o.requestTimeoutMs = 300;
    o.maxAttempts = 2;
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, o);
    QElapsedTimer t;
    t.start();
    EmbedError error;
    CHECK(client.embed(texts(2), &error).isEmpty());
    CHECK(error.kind == EmbedError::Kind::Network);
    CHECK(error.message.contains("did not answer"));
    CHECK(server.requestCount() == 2);
    CHECK(t.elapsed() >= 600);
    CHECK(t.elapsed() < 3000);
}

TEST_CASE("A refused connection is a Network error", "[knowledge][openai]")
{
    QUrl url;
    {
        FakeOpenAi gone;
        REQUIRE(gone.start());
        url = gone.baseUrl();
    } // nothing listens on that port any more
    OpenAiEmbeddings::Options o = fastOptions();
    o.maxAttempts = 2;
    OpenAiEmbeddings client(url, QStringLiteral("m"), 1536, {}, o);
    EmbedError error;
    CHECK(client.embed(texts(1), &error).isEmpty());
    CHECK(error.kind == EmbedError::Kind::Network);
    CHECK(error.message.contains(url.host()));
}

TEST_CASE("401 is an Auth error with the server's message, not retried", "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::invalidApiKey(), 5);
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536,
                            QStringLiteral("sk-wrong-1234567890"), fastOptions());
    EmbedError error;
    CHECK(client.embed(texts(1), &error).isEmpty());
    CHECK(error.kind == EmbedError::Kind::Auth);
    CHECK(error.httpStatus == 401);
    CHECK(error.message.contains("Incorrect API key provided: sk-wrong***7890"));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("Vectors of another length are a Dimension error", "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::success(3072));
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("text-embedding-3-large"), 1536, {},
                            fastOptions());
    EmbedError error;
    CHECK(client.embed(texts(2), &error).isEmpty());
    CHECK(error.kind == EmbedError::Kind::Dimension);
    CHECK(error.message ==
          "The model returned 3072-dimensional vectors; the database column holds 1536.");
}

TEST_CASE("An answer that is not JSON is a BadResponse", "[knowledge][openai]")
{
    FakeOpenAi server;
    REQUIRE(server.start());
    server.enqueue(FakeOpenAi::badJson());
    OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, fastOptions());
    EmbedError error;
    CHECK(client.embed(texts(2), &error).isEmpty());
    CHECK(error.kind == EmbedError::Kind::BadResponse);
    CHECK(server.requestCount() == 1);
}

TEST_CASE("Cancel stops a back-off wait and the batches after it", "[knowledge][openai]")
{
    SECTION("during a 30 s Retry-After, from another thread")
    {
        FakeOpenAi server;
        REQUIRE(server.start());
        server.enqueue(FakeOpenAi::rateLimited(30));
        OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, fastOptions());
        std::atomic_bool cancel{false};
        EmbedError error;
        QElapsedTimer t;
        t.start();
        qint64 cancelledAt = -1;
        const auto vectors = embedOnWorker(client, texts(3), &error, &cancel, [&] {
            if (server.requestCount() == 1 && cancelledAt < 0 && t.elapsed() > 200) {
                cancel = true;
                cancelledAt = t.elapsed();
            }
        });
        CHECK(vectors.isEmpty());
        CHECK(error.kind == EmbedError::Kind::Cancelled);
        REQUIRE(cancelledAt >= 0);
        CHECK(t.elapsed() - cancelledAt < 1000);
        CHECK(server.requestCount() == 1);
    }
    SECTION("between batches")
    {
        FakeOpenAi server;
        REQUIRE(server.start());
        OpenAiEmbeddings::Options o = fastOptions();
        o.maxInputs = 2;
        OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, o);
        std::atomic_bool cancel{false};
        EmbedError error;
        const auto vectors =
            client.embed(texts(6), &error, &cancel, [&](int, int) { cancel = true; });
        CHECK(vectors.isEmpty());
        CHECK(error.kind == EmbedError::Kind::Cancelled);
        CHECK(server.requestCount() == 1);
    }
    SECTION("during a request that hangs")
    {
        FakeOpenAi server;
        REQUIRE(server.start());
        server.enqueue(FakeOpenAi::hang());
        OpenAiEmbeddings client(server.baseUrl(), QStringLiteral("m"), 1536, {}, fastOptions());
        std::atomic_bool cancel{false};
        EmbedError error;
        QElapsedTimer t;
        t.start();
        embedOnWorker(client, texts(1), &error, &cancel, [&] {
            if (server.requestCount() == 1)
                cancel = true;
        });
        CHECK(error.kind == EmbedError::Kind::Cancelled);
        CHECK(t.elapsed() < 3000); // well before the 5 s request timeout
    }
}
