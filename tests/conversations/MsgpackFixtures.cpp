#include "MsgpackFixtures.h"

#define MSGPACK_NO_BOOST
#include <msgpack.hpp>

namespace limitless::test::msgpackfx {

namespace {

using Packer = msgpack::packer<msgpack::sbuffer>;

void str(Packer& p, const QString& s)
{
    const QByteArray u = s.toUtf8();
    p.pack_str(std::uint32_t(u.size()));
    p.pack_str_body(u.constData(), std::uint32_t(u.size()));
}

void strOrNil(Packer& p, const QString& s)
{
    if (s.isEmpty())
        p.pack_nil();
    else
        str(p, s);
}

QByteArray payload(const Message& m)
{
    msgpack::sbuffer buf;
    Packer p(buf);
    p.pack_array(4);
    str(p, m.module);
    str(p, m.className);
    const bool ai = m.type == QLatin1String("ai");
    const bool tool = m.type == QLatin1String("tool");
    p.pack_map(7 + (ai ? 3 : 0) + (tool ? 3 : 0));
    // Keys in model_dump()'s order; a reader must not depend on it.
    str(p, QStringLiteral("content"));
    if (m.blocks.isEmpty()) {
        str(p, m.content);
    } else {
        p.pack_array(std::uint32_t(m.blocks.size()));
        for (const QString& b : m.blocks) {
            p.pack_map(2);
            str(p, QStringLiteral("type"));
            str(p, QStringLiteral("text"));
            str(p, QStringLiteral("text"));
            str(p, b);
        }
    }
    str(p, QStringLiteral("additional_kwargs"));
    p.pack_map(0);
    str(p, QStringLiteral("response_metadata"));
    p.pack_map(0);
    str(p, QStringLiteral("type"));
    str(p, m.type);
    str(p, QStringLiteral("name"));
    strOrNil(p, m.name);
    str(p, QStringLiteral("id"));
    strOrNil(p, m.id);
    str(p, QStringLiteral("example"));
    p.pack_false();
    if (ai) {
        str(p, QStringLiteral("tool_calls"));
        p.pack_array(std::uint32_t(m.toolCalls.size()));
        for (const ToolCall& c : m.toolCalls) {
            p.pack_map(4);
            str(p, QStringLiteral("name"));
            str(p, c.name);
            str(p, QStringLiteral("args"));
            p.pack_map(std::uint32_t(c.args.size()));
            for (const auto& [k, v] : c.args) {
                str(p, k);
                str(p, v);
            }
            str(p, QStringLiteral("id"));
            str(p, c.id);
            str(p, QStringLiteral("type"));
            str(p, QStringLiteral("tool_call"));
        }
        str(p, QStringLiteral("invalid_tool_calls"));
        p.pack_array(0);
        str(p, QStringLiteral("usage_metadata"));
        p.pack_nil();
    }
    if (tool) {
        str(p, QStringLiteral("tool_call_id"));
        str(p, m.toolCallId);
        str(p, QStringLiteral("artifact"));
        p.pack_nil();
        str(p, QStringLiteral("status"));
        str(p, QStringLiteral("success"));
    }
    str(p, QStringLiteral("model_validate_json"));
    return QByteArray(buf.data(), qsizetype(buf.size()));
}

} // namespace

QByteArray messages(const QList<Message>& list, int unknownExt, int unknownAfter)
{
    msgpack::sbuffer buf;
    Packer p(buf);
    p.pack_array(std::uint32_t(list.size() + (unknownExt >= 0 ? 1 : 0)));
    for (int i = 0; i < list.size(); ++i) {
        if (unknownExt >= 0 && i == unknownAfter) {
            const char body[] = {'\x93', '\x01', '\x02', '\x03'}; // [1, 2, 3]
            p.pack_ext(sizeof body, std::int8_t(unknownExt));
            p.pack_ext_body(body, sizeof body);
        }
        const QByteArray inner = payload(list.at(i));
        p.pack_ext(std::uint32_t(inner.size()), 5);
        p.pack_ext_body(inner.constData(), std::uint32_t(inner.size()));
    }
    if (unknownExt >= 0 && unknownAfter >= list.size()) {
        const char body[] = {'\x90'};
        p.pack_ext(sizeof body, std::int8_t(unknownExt));
        p.pack_ext_body(body, sizeof body);
    }
    return QByteArray(buf.data(), qsizetype(buf.size()));
}

QByteArray string(const QString& s)
{
    msgpack::sbuffer buf;
    Packer p(buf);
    str(p, s);
    return QByteArray(buf.data(), qsizetype(buf.size()));
}

QByteArray boolean(bool b)
{
    msgpack::sbuffer buf;
    Packer p(buf);
    if (b)
        p.pack_true();
    else
        p.pack_false();
    return QByteArray(buf.data(), qsizetype(buf.size()));
}

} // namespace limitless::test::msgpackfx
