#include "agent/server/SseParser.h"

#include <catch2/catch.hpp>

using limitless::agent::server::SseEvent;
using limitless::agent::server::SseParser;

TEST_CASE("SSE events are read whatever pieces the bytes come in")
{
    const QByteArray stream = "event: metadata\r\ndata: {\"run_id\":\"r1\"}\r\nid: 0\r\n\r\n"
                              ": keep-alive comment\n\n"
                              "event: messages\ndata: [1,\ndata: 2]\nid: 1\n\n"
                              "data: plain\n\n";
    for (int piece : {1, 2, 3, 7, 1000}) {
        SseParser p;
        QList<SseEvent> all;
        for (qsizetype i = 0; i < stream.size(); i += piece)
            all += p.feed(stream.mid(i, piece));
        INFO("piece size " << piece);
        REQUIRE(all.size() == 3);
        CHECK(all[0].event == "metadata");
        CHECK(all[0].data == "{\"run_id\":\"r1\"}");
        CHECK(all[0].id == "0");
        CHECK(all[1].event == "messages");
        CHECK(all[1].data == "[1,\n2]");
        CHECK(all[2].event == "message");
        CHECK(all[2].data == "plain");
        CHECK_FALSE(all[2].hasId);
        CHECK(p.lastEventId() == "1");
        CHECK_FALSE(p.hasPartialEvent());
    }
}

TEST_CASE("An SSE event without its closing blank line is not delivered")
{
    SseParser p;
    CHECK(p.feed("event: values\ndata: {}\n").isEmpty());
    CHECK(p.hasPartialEvent());
}
