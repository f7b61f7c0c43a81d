#include "MsgpackDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QVariantList>

// The C++ API is header-only; Boost is only needed for optional adaptors we do not use.
#define MSGPACK_NO_BOOST
#include <msgpack.hpp>

#include <exception>
#include <string_view>

namespace limitless::langgraph::MsgpackDecoder {

namespace {

// Nested values deeper than this are shown as a placeholder rather than followed.
constexpr int MaxDepth = 48;

// Every element of a container takes at least one byte, so no count can exceed the blob's
// length: limits derived from it stop a damaged header from allocating more than that.
msgpack::unpack_limit limitFor(std::size_t size)
{
    const std::size_t n = size + 1;
    return msgpack::unpack_limit(n, n, n, n, n, MaxDepth + 8);
}

msgpack::object_handle unpack(const char* data, std::size_t size)
{
    std::size_t offset = 0;
    return msgpack::unpack(data, size, offset, nullptr, nullptr, limitFor(size));
}

QString str(const msgpack::object& o)
{
    if (o.type == msgpack::type::STR)
        return QString::fromUtf8(o.via.str.ptr, qsizetype(o.via.str.size));
    if (o.type == msgpack::type::BIN)
        return QString::fromUtf8(o.via.bin.ptr, qsizetype(o.via.bin.size));
    return {};
}

bool keyIs(const msgpack::object& key, std::string_view name)
{
    return key.type == msgpack::type::STR &&
           std::string_view(key.via.str.ptr, key.via.str.size) == name;
}

const msgpack::object* field(const msgpack::object& map, std::string_view name)
{
    if (map.type != msgpack::type::MAP)
        return nullptr;
    for (std::uint32_t i = 0; i < map.via.map.size; ++i)
        if (keyIs(map.via.map.ptr[i].key, name))
            return &map.via.map.ptr[i].val;
    return nullptr;
}

QVariant toVariant(const msgpack::object& o, int depth);

// ext 0–5 carry [module, name, payload, …]; the payload is what a reader wants to see
// (an ISO date for a datetime, the field map of a model). Other codes stay opaque.
QVariant extToVariant(const msgpack::object& o, int depth)
{
    const int code = o.via.ext.type();
    if (code < 0 || code > 5)
        return QStringLiteral("<ext %1>").arg(code);
    const msgpack::object_handle inner = unpack(o.via.ext.data(), o.via.ext.size);
    const msgpack::object& payload = inner.get();
    if (payload.type != msgpack::type::ARRAY || payload.via.array.size < 3)
        return toVariant(payload, depth + 1);
    return toVariant(payload.via.array.ptr[2], depth + 1);
}

QVariant toVariant(const msgpack::object& o, int depth)
{
    if (depth > MaxDepth)
        return QStringLiteral("…");
    switch (o.type) {
    case msgpack::type::NIL:
        return {};
    case msgpack::type::BOOLEAN:
        return o.via.boolean;
    case msgpack::type::POSITIVE_INTEGER:
        return QVariant::fromValue<qulonglong>(o.via.u64);
    case msgpack::type::NEGATIVE_INTEGER:
        return QVariant::fromValue<qlonglong>(o.via.i64);
    case msgpack::type::FLOAT32:
    case msgpack::type::FLOAT64:
        return o.via.f64;
    case msgpack::type::STR:
        return str(o);
    case msgpack::type::BIN:
        return QByteArray(o.via.bin.ptr, qsizetype(o.via.bin.size));
    case msgpack::type::ARRAY: {
        QVariantList list;
        list.reserve(qsizetype(o.via.array.size));
        for (std::uint32_t i = 0; i < o.via.array.size; ++i)
            list.append(toVariant(o.via.array.ptr[i], depth + 1));
        return list;
    }
    case msgpack::type::MAP: {
        QVariantMap map;
        for (std::uint32_t i = 0; i < o.via.map.size; ++i) {
            const msgpack::object& k = o.via.map.ptr[i].key;
            const QString key =
                k.type == msgpack::type::STR ? str(k) : toVariant(k, depth + 1).toString();
            map.insert(key, toVariant(o.via.map.ptr[i].val, depth + 1));
        }
        return map;
    }
    case msgpack::type::EXT:
        return extToVariant(o, depth);
    }
    return {};
}

QByteArray toJson(const msgpack::object& o)
{
    const QJsonValue v = QJsonValue::fromVariant(toVariant(o, 0));
    if (v.isObject())
        return QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    if (v.isArray())
        return QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("{}");
}

// LangChain content: a string, or a list of blocks (strings or {type: "text", text}); the text
// blocks in order (a string is one block).
QStringList contentBlocks(const msgpack::object* content)
{
    if (!content)
        return {};
    if (content->type == msgpack::type::STR)
        return {str(*content)};
    QStringList blocks;
    if (content->type != msgpack::type::ARRAY)
        return blocks;
    for (std::uint32_t i = 0; i < content->via.array.size; ++i) {
        const msgpack::object& block = content->via.array.ptr[i];
        if (block.type == msgpack::type::STR) {
            blocks << str(block);
        } else if (block.type == msgpack::type::MAP) {
            const msgpack::object* type = field(block, "type");
            const msgpack::object* t = field(block, "text");
            if (t && (!type || str(*type) == QLatin1String("text")))
                blocks << str(*t);
        }
    }
    return blocks;
}

TranscriptMessage::Role roleFor(const QString& type, const QString& className)
{
    using Role = TranscriptMessage::Role;
    if (type == QLatin1String("human") || className.startsWith(QLatin1String("HumanMessage")))
        return Role::Human;
    if (type == QLatin1String("ai") || type == QLatin1String("AIMessageChunk") ||
        className.startsWith(QLatin1String("AIMessage")))
        return Role::Ai;
    if (type == QLatin1String("tool") || className.startsWith(QLatin1String("ToolMessage")))
        return Role::Tool;
    if (type == QLatin1String("system") || className.startsWith(QLatin1String("SystemMessage")))
        return Role::System;
    return Role::Unsupported;
}

TranscriptMessage messageFromFields(const msgpack::object& fields, const QString& className)
{
    TranscriptMessage m;
    const msgpack::object* type = field(fields, "type");
    m.className = className;
    m.role = roleFor(type ? str(*type) : QString(), className);
    if (m.className.isEmpty() && type)
        m.className = str(*type);
    if (m.role == TranscriptMessage::Role::Unsupported)
        return m;
    const msgpack::object* content = field(fields, "content");
    const QStringList blocks = contentBlocks(content);
    if (content && content->type == msgpack::type::ARRAY)
        m.blocks = blocks;
    // Joined the way LangChain's `.text` does: concatenated without a separator.
    m.content = blocks.join(QString());
    if (const msgpack::object* id = field(fields, "id"))
        m.id = str(*id);
    if (const msgpack::object* name = field(fields, "name"))
        m.name = str(*name);
    if (const msgpack::object* callId = field(fields, "tool_call_id"))
        m.toolCallId = str(*callId);
    if (const msgpack::object* calls = field(fields, "tool_calls");
        calls && calls->type == msgpack::type::ARRAY) {
        for (std::uint32_t i = 0; i < calls->via.array.size; ++i) {
            const msgpack::object& call = calls->via.array.ptr[i];
            if (call.type != msgpack::type::MAP)
                continue;
            TranscriptToolCall c;
            if (const msgpack::object* n = field(call, "name"))
                c.name = str(*n);
            if (const msgpack::object* id = field(call, "id"))
                c.id = str(*id);
            const msgpack::object* args = field(call, "args");
            c.argsJson = args ? toJson(*args) : QByteArrayLiteral("{}");
            m.toolCalls.append(c);
        }
    }
    return m;
}

TranscriptMessage unsupported(const QString& className)
{
    TranscriptMessage m;
    m.role = TranscriptMessage::Role::Unsupported;
    m.className = className;
    return m;
}

TranscriptMessage decodeOne(const msgpack::object& o)
{
    if (o.type == msgpack::type::MAP)
        return messageFromFields(o, {});
    if (o.type != msgpack::type::EXT)
        return unsupported(QStringLiteral("msgpack value"));
    const int code = o.via.ext.type();
    if (code != 4 && code != 5)
        return unsupported(QStringLiteral("ext %1").arg(code));
    // The payload is msgpack again: [module, class, fields, method].
    const msgpack::object_handle inner = unpack(o.via.ext.data(), o.via.ext.size);
    const msgpack::object& payload = inner.get();
    if (payload.type != msgpack::type::ARRAY || payload.via.array.size < 3)
        return unsupported(QStringLiteral("ext %1").arg(code));
    const QString className = str(payload.via.array.ptr[1]);
    return messageFromFields(payload.via.array.ptr[2], className);
}

} // namespace

bool decodeMessages(const QByteArray& blob, QList<TranscriptMessage>* messages, QString* error)
{
    try {
        const msgpack::object_handle handle = unpack(blob.constData(), std::size_t(blob.size()));
        const msgpack::object& root = handle.get();
        if (root.type == msgpack::type::NIL)
            return true;
        if (root.type != msgpack::type::ARRAY) {
            *error = QStringLiteral("the messages value is not a list");
            return false;
        }
        messages->reserve(messages->size() + qsizetype(root.via.array.size));
        for (std::uint32_t i = 0; i < root.via.array.size; ++i)
            messages->append(decodeOne(root.via.array.ptr[i]));
        return true;
    } catch (const std::exception& e) {
        *error = QStringLiteral("damaged msgpack data (%1)").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

bool decodeValue(const QByteArray& blob, QVariant* value, QString* error)
{
    try {
        const msgpack::object_handle handle = unpack(blob.constData(), std::size_t(blob.size()));
        *value = toVariant(handle.get(), 0);
        return true;
    } catch (const std::exception& e) {
        *error = QStringLiteral("damaged msgpack data (%1)").arg(QString::fromUtf8(e.what()));
        return false;
    }
}

int arrayLength(const QByteArray& blob)
{
    if (blob.isEmpty())
        return -1;
    const auto* p = reinterpret_cast<const unsigned char*>(blob.constData());
    const qsizetype n = blob.size();
    if ((p[0] & 0xf0) == 0x90)
        return p[0] & 0x0f;
    if (p[0] == 0xdc && n >= 3)
        return (p[1] << 8) | p[2];
    if (p[0] == 0xdd && n >= 5) {
        const quint32 v =
            (quint32(p[1]) << 24) | (quint32(p[2]) << 16) | (quint32(p[3]) << 8) | quint32(p[4]);
        return v > quint32(n) ? -1 : int(v);
    }
    return -1;
}

} // namespace limitless::langgraph::MsgpackDecoder
