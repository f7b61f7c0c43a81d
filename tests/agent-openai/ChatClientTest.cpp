// The chat-completions client against a loopback server answering as the OpenAI API documents.
#include "FakeChatCompletions.h"

#include "agent/OpenAiChatClient.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTimer>

using namespace limitless;
using agent::ChatMessage;
using agent::ChatRequest;
using agent::ChatResult;
using agent::OpenAiChatClient;
using agent::PolicyErrorKind;
using test::FakeChatCompletions;
using Delta = FakeChatCompletions::ToolCallDelta;

namespace {

ChatRequest hello()
{
    ChatRequest r;
    r.model = QStringLiteral("gpt-4o-mini");
    r.temperature = 0.2;
    r.messages = {{ChatMessage::Role::System, QStringLiteral("You sell websites."), {}, {}, {}},
                  {ChatMessage::Role::User, QStringLiteral("Hi, I run a bakery."), {}, {}, {}}};
    return r;
}

// Short back-offs so that retries do not slow the suite; the server's hints still count.
agent::OpenAiChatOptions quick()
{
    agent::OpenAiChatOptions o;
    o.maxAttempts = 3;
    o.maxTotalWaitMs = 5000;
    o.backoffMs = 10;
    o.maxBackoffMs = 40;
    o.inactivityTimeoutMs = 5000;
    return o;
}

struct Run {
    ChatResult result;
    QStringList deltas;
    qint64 elapsedMs = 0;
};

Run run(FakeChatCompletions& server, const ChatRequest& request = hello(),
        agent::OpenAiChatOptions options = quick(), std::atomic_bool* cancel = nullptr,
        const std::function<void(const QString&)>& also = {})
{
    OpenAiChatClient client(server.baseUrl(), "sk-test-123", options);
    Run r;
    QElapsedTimer t;
    t.start();
    r.result = client.complete(
        request,
        [&](const QString& d) {
            r.deltas << d;
            if (also)
                also(d);
        },
        cancel);
    r.elapsedMs = t.elapsed();
    return r;
}

quint16 closedPort()
{
    QTcpServer s;
    REQUIRE(s.listen(QHostAddress::LocalHost, 0));
    const quint16 port = s.serverPort();
    s.close();
    return port;
}

} // namespace

TEST_CASE("The request is the documented chat-completions body, streamed with usage",
          "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    ChatRequest request = hello();
    request.messages << ChatMessage{ChatMessage::Role::Assistant,
                                    {},
                                    {{QStringLiteral("call_1"), QStringLiteral("record_lead"),
                                      R"({"business_type":"bakery"})"}},
                                    {},
                                    {}}
                     << ChatMessage{ChatMessage::Role::Tool,
                                    QStringLiteral("saved"),
                                    {},
                                    QStringLiteral("call_1"),
                                    {}};
    request.tools = {{QStringLiteral("record_lead"), QStringLiteral("Records the lead's details."),
                      R"({"type":"object","properties":{"business_type":{"type":"string"}}})"}};
    request.toolChoice = QStringLiteral("auto");
    const Run r = run(server, request);
    REQUIRE(r.result.ok());

    REQUIRE(server.requestCount() == 1);
    const auto sent = server.recorded().first();
    CHECK(sent.method == "POST");
    CHECK(sent.path == "/v1/chat/completions");
    CHECK(sent.header("Authorization") == "Bearer sk-test-123");
    CHECK(sent.header("Content-Type") == "application/json");
    CHECK(sent.header("Accept") == "text/event-stream");
    const QJsonObject& j = sent.json;
    CHECK(j.value("model").toString() == "gpt-4o-mini");
    CHECK(j.value("temperature").toDouble() == Approx(0.2));
    CHECK(j.value("stream").toBool());
    CHECK(j.value("stream_options").toObject().value("include_usage").toBool());
    CHECK(j.value("tool_choice").toString() == "auto");
    const QJsonArray messages = j.value("messages").toArray();
    REQUIRE(messages.size() == 4);
    CHECK(messages[0].toObject().value("role").toString() == "system");
    CHECK(messages[1].toObject().value("content").toString() == "Hi, I run a bakery.");
    const QJsonObject assistant = messages[2].toObject();
    CHECK(assistant.value("role").toString() == "assistant");
    CHECK(assistant.value("content").isNull());
    const QJsonObject call = assistant.value("tool_calls").toArray().first().toObject();
    CHECK(call.value("id").toString() == "call_1");
    CHECK(call.value("type").toString() == "function");
    CHECK(call.value("function").toObject().value("name").toString() == "record_lead");
    CHECK(call.value("function").toObject().value("arguments").toString() ==
          R"({"business_type":"bakery"})");
    CHECK(messages[3].toObject().value("role").toString() == "tool");
    CHECK(messages[3].toObject().value("tool_call_id").toString() == "call_1");
    const QJsonObject tool = j.value("tools").toArray().first().toObject();
    CHECK(tool.value("type").toString() == "function");
    CHECK(tool.value("function").toObject().value("name").toString() == "record_lead");
    CHECK(tool.value("function")
              .toObject()
              .value("parameters")
              .toObject()
              .value("properties")
              .toObject()
              .contains("business_type"));
}

TEST_CASE("A streamed reply arrives token by token, in order, as it is sent", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    const QStringList tokens{"Hello",   "!",   " A", " bakery", " website",
                             " starts", " at", " €", "49",      "."};
    server.enqueue(FakeChatCompletions::streamedText(tokens, 40));
    QList<qint64> at;
    QElapsedTimer clock;
    clock.start();
    const Run r =
        run(server, hello(), quick(), nullptr, [&](const QString&) { at << clock.elapsed(); });
    REQUIRE(r.result.ok());
    CHECK(r.deltas == tokens);
    CHECK(r.result.text == tokens.join(QString()));
    CHECK(r.result.finishReason == "stop");
    CHECK(r.result.usage.promptTokens == 57);
    CHECK(r.result.usage.completionTokens == int(tokens.size()));
    CHECK(r.result.usage.totalTokens == 57 + int(tokens.size()));
    CHECK(r.result.toolCalls.isEmpty());
    // Streamed, not collected: the first token was handed on long before the last was sent.
    REQUIRE(at.size() == tokens.size());
    CHECK(at.last() - at.first() >= 40 * (tokens.size() - 2));
    // Timing for the streaming-overhead benchmark.
    const agent::ChatTiming& t = r.result.timing;
    CHECK(t.attempts == 1);
    CHECK(t.firstByteNs > 0);
    CHECK(t.firstDeltaBytesNs >= t.firstByteNs);
    CHECK(t.firstDeltaNs >= t.firstDeltaBytesNs);
    CHECK(t.totalNs >= t.firstDeltaNs);
    // The first content token is the stream's second event.
    const QList<qint64> sent = server.eventSentNs();
    REQUIRE(sent.size() == tokens.size() + 4);
    const qint64 sentToShown = t.attemptStartNs + t.firstDeltaNs - sent[1];
    CHECK(sentToShown > 0);
    CHECK(sentToShown < 40'000'000); // before the next token is even sent
    WARN("first token: written by the stand-in → handed to onDelta "
         << sentToShown / 1000 << " µs, of which reading the stream "
         << (t.firstDeltaNs - t.firstDeltaBytesNs) / 1000 << " µs");
}

TEST_CASE("Tool calls are assembled from deltas split across chunks", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    // Two calls; each call's arguments split mid-token (and mid-word in UTF-8 text); the
    // second call's first delta comes before the first call's last fragment.
    server.enqueue(FakeChatCompletions::streamedToolCalls(
        {Delta{0, "call_A1", "record_lead_details", ""}, Delta{0, {}, {}, R"({"business_)"},
         Delta{0, {}, {}, R"(type": "Bäcke)"}, Delta{1, "call_B2", "score_lead", R"({"sco)"},
         Delta{0, {}, {}, R"(rei", "monthly_revenue": "12k"})"}, Delta{1, {}, {}, R"(re": 72})"}},
        {"Noted", "."}));
    const Run r = run(server);
    REQUIRE(r.result.ok());
    CHECK(r.result.text == "Noted.");
    CHECK(r.result.finishReason == "tool_calls");
    REQUIRE(r.result.toolCalls.size() == 2);
    CHECK(r.result.toolCalls[0].id == "call_A1");
    CHECK(r.result.toolCalls[0].name == "record_lead_details");
    const QJsonObject a = QJsonDocument::fromJson(r.result.toolCalls[0].argumentsJson).object();
    CHECK(a.value("business_type").toString() == QStringLiteral("Bäckerei"));
    CHECK(a.value("monthly_revenue").toString() == "12k");
    CHECK(r.result.toolCalls[1].id == "call_B2");
    CHECK(r.result.toolCalls[1].name == "score_lead");
    CHECK(QJsonDocument::fromJson(r.result.toolCalls[1].argumentsJson)
              .object()
              .value("score")
              .toInt() == 72);
    CHECK(r.result.usage.totalTokens == 153);
}

TEST_CASE("A non-streamed answer is read too", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::whole(
        QStringLiteral("Hi there."),
        {Delta{0, "call_9", "record_lead_details", R"({"email":"a@b.c"})"}}));
    ChatRequest request = hello();
    request.stream = false;
    const Run r = run(server, request);
    REQUIRE(r.result.ok());
    CHECK(server.recorded().first().json.value("stream").isUndefined());
    CHECK(server.recorded().first().header("Accept") == "application/json");
    CHECK(r.deltas == QStringList{"Hi there."});
    CHECK(r.result.finishReason == "tool_calls");
    REQUIRE(r.result.toolCalls.size() == 1);
    CHECK(r.result.toolCalls[0].argumentsJson == R"({"email":"a@b.c"})");
    CHECK(r.result.usage.totalTokens == 49);
}

TEST_CASE("A refused connection is a Network error at once", "[agent-openai]")
{
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/v1").arg(closedPort()));
    OpenAiChatClient client(url, {}, quick());
    const ChatResult r = client.complete(hello());
    CHECK(r.error == PolicyErrorKind::Network);
    CHECK(r.errorMessage.contains("refused the connection"));
    CHECK(r.errorMessage.contains(url.toString() + "/chat/completions"));
    CHECK(r.timing.attempts == 1);
}

TEST_CASE("A connection dropped before any answer is tried again, then a Network error",
          "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    SECTION("then success")
    {
        server.enqueue(FakeChatCompletions::drop());
        const Run r = run(server);
        CHECK(r.result.ok());
        CHECK(server.requestCount() == 2);
    }
    SECTION("every time")
    {
        server.enqueue(FakeChatCompletions::drop(), 12);
        const Run r = run(server);
        CHECK(r.result.error == PolicyErrorKind::Network);
        CHECK(r.result.errorMessage.contains("Could not reach the model server"));
        CHECK(r.result.errorMessage.contains("failed 3 time"));
        // Qt itself sends a request once more when the connection closes before any answer.
        CHECK(server.requestCount() >= 3);
        CHECK(server.requestCount() <= 6);
    }
}

TEST_CASE("A silent server is dropped after the inactivity timeout", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::hang(), 2);
    auto o = quick();
    o.maxAttempts = 2;
    o.inactivityTimeoutMs = 300;
    const Run r = run(server, hello(), o);
    CHECK(r.result.error == PolicyErrorKind::Network);
    CHECK(r.result.errorMessage.contains("did not answer within 0.3 s"));
    CHECK(server.requestCount() == 2);
    CHECK(r.elapsedMs >= 550); // two timeouts (a timer may fire up to 5% early)
    CHECK(r.elapsedMs < 3000);
}

TEST_CASE("429 waits as long as Retry-After says, then succeeds", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::rateLimited(1));
    const Run r = run(server);
    REQUIRE(r.result.ok());
    CHECK(r.result.text == "OK.");
    REQUIRE(server.requestCount() == 2);
    const auto req = server.recorded();
    const qint64 gap = req[1].receivedMs - req[0].receivedMs;
    CHECK(gap >= 1000);
    CHECK(gap < 1800);
    CHECK(r.result.timing.waitedMs == 1000);
    CHECK(r.result.timing.attempts == 2);
}

TEST_CASE("429 with retry-after-ms is honoured in milliseconds", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::rateLimitedMs(250));
    const Run r = run(server);
    REQUIRE(r.result.ok());
    const auto req = server.recorded();
    REQUIRE(req.size() == 2);
    CHECK(req[1].receivedMs - req[0].receivedMs >= 250);
    CHECK(req[1].receivedMs - req[0].receivedMs < 1000);
}

TEST_CASE("429 exhausted: a bounded number of tries, then RateLimited with the server's words",
          "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    SECTION("too many tries")
    {
        server.enqueue(FakeChatCompletions::rateLimitedMs(50), 5);
        const Run r = run(server);
        CHECK(r.result.error == PolicyErrorKind::RateLimited);
        CHECK(r.result.httpStatus == 429);
        CHECK(r.result.errorMessage.contains("rate-limiting"));
        CHECK(r.result.errorMessage.contains("Rate limit reached for gpt-4o-mini"));
        CHECK(r.result.errorMessage.contains("after 3 attempt"));
        CHECK(server.requestCount() == 3);
    }
    SECTION("a wait longer than allowed is not waited")
    {
        server.enqueue(FakeChatCompletions::rateLimited(30));
        const Run r = run(server); // 5 s allowed
        CHECK(r.result.error == PolicyErrorKind::RateLimited);
        CHECK(r.result.errorMessage.contains("wait 30.0 s"));
        CHECK(server.requestCount() == 1);
        CHECK(r.elapsedMs < 1000);
    }
    SECTION("a used-up quota is not tried again")
    {
        server.enqueue(FakeChatCompletions::quotaExceeded(), 3);
        const Run r = run(server);
        CHECK(r.result.error == PolicyErrorKind::RateLimited);
        CHECK(r.result.errorMessage.contains("quota is used up"));
        CHECK(r.result.errorMessage.contains("You exceeded your current quota"));
        CHECK(server.requestCount() == 1);
    }
}

TEST_CASE("500 is tried again with back-off; exhausted it is a Server error", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    SECTION("then success")
    {
        server.enqueue(FakeChatCompletions::serverError(500));
        server.enqueue(FakeChatCompletions::serverError(502));
        const Run r = run(server);
        REQUIRE(r.result.ok());
        CHECK(server.requestCount() == 3);
        CHECK(r.result.timing.waitedMs > 0);
    }
    SECTION("every time")
    {
        server.enqueue(FakeChatCompletions::serverError(503), 4);
        const Run r = run(server);
        CHECK(r.result.error == PolicyErrorKind::Server);
        CHECK(r.result.httpStatus == 503);
        CHECK(r.result.errorMessage.contains("failed (HTTP 503)"));
        CHECK(r.result.errorMessage.contains("The server had an error while processing"));
        CHECK(r.result.errorMessage.contains("failed 3 time"));
        CHECK(server.requestCount() == 3);
    }
}

TEST_CASE("401 is an Auth error with the server's message, not tried again", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::invalidApiKey(), 2);
    const Run r = run(server);
    CHECK(r.result.error == PolicyErrorKind::Auth);
    CHECK(r.result.httpStatus == 401);
    CHECK(r.result.errorMessage.contains("refused the API key"));
    CHECK(r.result.errorMessage.contains("Incorrect API key provided: sk-wrong***7890"));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("Another 4xx is a Server error with the server's message", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::error(
        404, "invalid_request_error", "model_not_found",
        QStringLiteral("The model `gpt-9` does not exist or you do not have access to it.")));
    const Run r = run(server);
    CHECK(r.result.error == PolicyErrorKind::Server);
    CHECK(r.result.errorMessage.contains("refused the request (HTTP 404)"));
    CHECK(r.result.errorMessage.contains("The model `gpt-9` does not exist"));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("A stream chunk that is not JSON is a BadResponse", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::streamOf(
        {FakeChatCompletions::roleChunk(), FakeChatCompletions::contentChunk("Hel"),
         R"({"id":"chatcmpl-x","choices":[{"index":0,"delta":{"content":"lo)",
         FakeChatCompletions::finishChunk("stop")}));
    const Run r = run(server);
    CHECK(r.result.error == PolicyErrorKind::BadResponse);
    CHECK(r.result.errorMessage.contains("not JSON"));
    CHECK(r.result.errorMessage.contains(R"("content":"lo)"));
    CHECK(r.deltas == QStringList{"Hel"});
    CHECK(server.requestCount() == 1);
}

TEST_CASE("A stream cut mid-reply is a BadResponse", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    const auto end = GENERATE(FakeChatCompletions::Reply::End::CutChunked,
                              FakeChatCompletions::Reply::End::CloseWithoutDone);
    server.enqueue(FakeChatCompletions::streamOf({FakeChatCompletions::roleChunk(),
                                                  FakeChatCompletions::contentChunk("Our plans "),
                                                  FakeChatCompletions::contentChunk("start at")},
                                                 end));
    const Run r = run(server);
    CHECK(r.result.error == PolicyErrorKind::BadResponse);
    CHECK(r.result.errorMessage ==
          "The model server's stream ended before the reply was complete.");
    CHECK(r.deltas == QStringList{"Our plans ", "start at"});
    CHECK(server.requestCount() == 1); // tokens were shown: never sent again
}

TEST_CASE("An error object inside the stream is a Server error with its message", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    server.enqueue(FakeChatCompletions::streamOf(
        {FakeChatCompletions::roleChunk(), FakeChatCompletions::contentChunk("Sure"),
         R"({"error":{"message":"The server had an error processing your request. Sorry about that! You can retry your request.","type":"server_error","param":null,"code":null}})"}));
    const Run r = run(server);
    CHECK(r.result.error == PolicyErrorKind::Server);
    CHECK(r.result.errorMessage.contains("in the middle of the reply"));
    CHECK(r.result.errorMessage.contains("The server had an error processing your request."));
    CHECK(server.requestCount() == 1);
}

TEST_CASE("Tool-call arguments that are not a JSON object are a BadToolCall", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    const QString args = GENERATE(QStringLiteral(R"({"business_type": "bakery")"),
                                  QStringLiteral(R"(["bakery"])"), QStringLiteral("bakery"));
    server.enqueue(FakeChatCompletions::streamedToolCalls(
        {Delta{0, "call_1", "record_lead_details", args.left(5)}, Delta{0, {}, {}, args.mid(5)}}));
    const Run r = run(server);
    CHECK(r.result.error == PolicyErrorKind::BadToolCall);
    CHECK(r.result.errorMessage.contains("\"record_lead_details\""));
    CHECK(r.result.errorMessage.contains("not a JSON object"));
    CHECK(r.result.toolCalls.isEmpty());
}

TEST_CASE("Cancel stops a stream and a back-off wait", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    std::atomic_bool cancel{false};
    SECTION("in the middle of a stream")
    {
        server.enqueue(FakeChatCompletions::streamOf(
            {FakeChatCompletions::roleChunk(), FakeChatCompletions::contentChunk("One")},
            FakeChatCompletions::Reply::End::Hang));
        const Run r =
            run(server, hello(), quick(), &cancel, [&](const QString&) { cancel = true; });
        CHECK(r.result.error == PolicyErrorKind::Cancelled);
        CHECK(r.result.errorMessage == "The reply was cancelled.");
        CHECK(r.elapsedMs < 1000);
    }
    SECTION("while waiting out a Retry-After")
    {
        server.enqueue(FakeChatCompletions::rateLimited(3));
        QTimer::singleShot(200, [&] { cancel = true; });
        const Run r = run(server, hello(), quick(), &cancel);
        CHECK(r.result.error == PolicyErrorKind::Cancelled);
        CHECK(r.elapsedMs < 1500);
        CHECK(server.requestCount() == 1);
    }
    SECTION("before anything is sent")
    {
        cancel = true;
        const Run r = run(server, hello(), quick(), &cancel);
        CHECK(r.result.error == PolicyErrorKind::Cancelled);
        CHECK(server.requestCount() == 0);
    }
}

TEST_CASE("A tool whose schema is not a JSON object is refused before sending", "[agent-openai]")
{
    FakeChatCompletions server;
    REQUIRE(server.start());
    ChatRequest request = hello();
    request.tools = {{QStringLiteral("broken"), {}, "{not json"}};
    const Run r = run(server, request);
    CHECK(r.result.error == PolicyErrorKind::BadToolCall);
    CHECK(r.result.errorMessage.contains("\"broken\""));
    CHECK(server.requestCount() == 0);
}
