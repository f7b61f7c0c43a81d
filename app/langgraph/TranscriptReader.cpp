#include "TranscriptReader.h"

#include "MsgpackDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace limitless::langgraph {

QString TranscriptMessage::roleName(Role role)
{
    switch (role) {
    case Role::Human:
        return QStringLiteral("human");
    case Role::Ai:
        return QStringLiteral("ai");
    case Role::Tool:
        return QStringLiteral("tool");
    case Role::System:
        return QStringLiteral("system");
    case Role::Unsupported:
        break;
    }
    return QStringLiteral("unsupported");
}

QString TranscriptMessage::displayText() const
{
    if (blocks.size() < 2)
        return content;
    QStringList paragraphs;
    for (const QString& b : blocks)
        if (!b.trimmed().isEmpty())
            paragraphs << b.trimmed();
    return paragraphs.join(QStringLiteral("\n\n"));
}

int Transcript::unsupportedCount() const
{
    int n = 0;
    for (const TranscriptMessage& m : messages)
        n += m.role == TranscriptMessage::Role::Unsupported;
    return n;
}

namespace {

using Role = TranscriptMessage::Role;

bool isNoneType(const QString& type)
{
    // `null` is the serialiser's None; `empty` is the Postgres saver's "version without value".
    return type == QLatin1String("null") || type == QLatin1String("empty");
}

// QJsonDocument only takes objects and arrays at the top; scalars ("pitch", true, 99) are
// wrapped in an array first.
bool parseJsonValue(const QByteArray& text, QJsonValue* value, QString* error)
{
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text + "]", &e);
    if (e.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != 1) {
        *error = QStringLiteral("damaged JSON data (%1)")
                     .arg(e.error != QJsonParseError::NoError ? e.errorString()
                                                              : QStringLiteral("not one value"));
        return false;
    }
    *value = doc.array().at(0);
    return true;
}

// The text blocks of a message's content: a string is one block; of a list, the strings and the
// {type: "text"} blocks (images, tool-use blocks … carry no text to show).
QStringList contentBlocks(const QJsonValue& content)
{
    if (content.isString())
        return {content.toString()};
    QStringList blocks;
    if (!content.isArray())
        return blocks;
    for (const QJsonValue& block : content.toArray()) {
        if (block.isString()) {
            blocks << block.toString();
        } else if (block.isObject()) {
            const QJsonObject b = block.toObject();
            const QString type = b.value(QLatin1String("type")).toString();
            if (b.contains(QLatin1String("text")) &&
                (type.isEmpty() || type == QLatin1String("text")))
                blocks << b.value(QLatin1String("text")).toString();
        }
    }
    return blocks;
}

Role roleFor(const QString& className, const QString& type)
{
    if (className.startsWith(QLatin1String("HumanMessage")) || type == QLatin1String("human"))
        return Role::Human;
    if (className.startsWith(QLatin1String("AIMessage")) || type == QLatin1String("ai"))
        return Role::Ai;
    if (className.startsWith(QLatin1String("ToolMessage")) || type == QLatin1String("tool"))
        return Role::Tool;
    if (className.startsWith(QLatin1String("SystemMessage")) || type == QLatin1String("system"))
        return Role::System;
    return Role::Unsupported;
}

QString jsonId(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17);
    return {};
}

// A LangChain constructor object ({"lc":1,"type":"constructor","id":[…,"AIMessage"],
// "kwargs":{…}}) or a plain message dict ({"type":"ai","content":…}).
TranscriptMessage decodeJsonMessage(const QJsonValue& value)
{
    TranscriptMessage m;
    if (!value.isObject()) {
        m.className = QStringLiteral("JSON value");
        return m;
    }
    const QJsonObject o = value.toObject();
    QJsonObject fields;
    if (o.value(QLatin1String("type")).toString() == QLatin1String("constructor")) {
        const QJsonArray id = o.value(QLatin1String("id")).toArray();
        m.className = id.isEmpty() ? QString() : id.last().toString();
        // Only LangChain's own message namespaces are messages (JS: langchain_core, older
        // Python: langchain.schema); an lc:2 record (Set, Map, …) is not.
        if (o.value(QLatin1String("lc")).toInt() != 1)
            m.className = QStringLiteral("lc:%1 %2")
                              .arg(o.value(QLatin1String("lc")).toInt())
                              .arg(m.className);
        fields = o.value(QLatin1String("kwargs")).toObject();
        m.role = o.value(QLatin1String("lc")).toInt() == 1 ? roleFor(m.className, {})
                                                           : Role::Unsupported;
    } else {
        fields = o;
        const QString type = o.value(QLatin1String("type")).toString();
        m.className = type;
        m.role = o.contains(QLatin1String("content")) ? roleFor({}, type) : Role::Unsupported;
    }
    if (m.role == Role::Unsupported)
        return m;
    const QJsonValue content = fields.value(QLatin1String("content"));
    if (content.isArray())
        m.blocks = contentBlocks(content);
    // LangChain's `.text`: the blocks concatenated without a separator.
    m.content = contentBlocks(content).join(QString());
    m.id = jsonId(fields.value(QLatin1String("id")));
    m.name = fields.value(QLatin1String("name")).toString();
    m.toolCallId = fields.value(QLatin1String("tool_call_id")).toString();
    for (const QJsonValue& call : fields.value(QLatin1String("tool_calls")).toArray()) {
        const QJsonObject c = call.toObject();
        TranscriptToolCall t;
        t.name = c.value(QLatin1String("name")).toString();
        t.id = jsonId(c.value(QLatin1String("id")));
        const QJsonValue args = c.value(QLatin1String("args"));
        t.argsJson = args.isObject() ? QJsonDocument(args.toObject()).toJson(QJsonDocument::Compact)
                                     : QByteArrayLiteral("{}");
        m.toolCalls.append(t);
    }
    return m;
}

// Counts the elements of a top-level JSON array by scanning, without building a document:
// the history needs only counts, for several blobs per transcript.
int countJsonArray(const QByteArray& text)
{
    const char* p = text.constData();
    const char* end = p + text.size();
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        ++p;
    if (p == end || *p != '[')
        return -1;
    int depth = 0;
    int count = 0;
    bool any = false;
    bool inString = false;
    for (; p < end; ++p) {
        const char ch = *p;
        if (inString) {
            if (ch == '\\')
                ++p;
            else if (ch == '"')
                inString = false;
            continue;
        }
        switch (ch) {
        case '"':
            inString = true;
            any = any || depth == 1;
            break;
        case '[':
        case '{':
            if (depth == 1)
                any = true;
            ++depth;
            break;
        case ']':
        case '}':
            --depth;
            if (depth == 0)
                return any ? count + 1 : 0;
            break;
        case ',':
            if (depth == 1)
                ++count;
            break;
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            if (depth == 1)
                any = true;
            break;
        }
    }
    return -1;
}

QVariant stageOf(const TranscriptReader::HistoryPoint& h)
{
    QString ignored;
    if (h.hasInlineStage) {
        QJsonValue v;
        if (parseJsonValue(h.inlineStageJson, &v, &ignored))
            return v.toVariant();
        return {};
    }
    if (h.stageType.isEmpty())
        return {};
    QVariant v;
    if (!TranscriptReader::decodeValue(h.stageType, h.stageBlob, &v, &ignored))
        return {};
    return v;
}

} // namespace

bool TranscriptReader::isStateChannel(const QString& channel)
{
    return channel != QLatin1String("messages") && !channel.startsWith(QLatin1String("__")) &&
           !channel.contains(QLatin1Char(':'));
}

bool TranscriptReader::decodeMessages(const QString& type, const QByteArray& blob,
                                      QList<TranscriptMessage>* messages, QString* error)
{
    if (isNoneType(type))
        return true;
    if (type == QLatin1String("msgpack"))
        return MsgpackDecoder::decodeMessages(blob, messages, error);
    if (type != QLatin1String("json")) {
        *error =
            QStringLiteral("messages stored as '%1', which this version cannot read").arg(type);
        return false;
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(blob, &e);
    if (e.error != QJsonParseError::NoError) {
        *error =
            QStringLiteral("damaged JSON data (%1 at byte %2)").arg(e.errorString()).arg(e.offset);
        return false;
    }
    if (!doc.isArray()) {
        *error = QStringLiteral("the messages value is not a list");
        return false;
    }
    const QJsonArray list = doc.array();
    messages->reserve(messages->size() + list.size());
    for (const QJsonValue& v : list)
        messages->append(decodeJsonMessage(v));
    return true;
}

bool TranscriptReader::decodeValue(const QString& type, const QByteArray& blob, QVariant* value,
                                   QString* error)
{
    *value = QVariant();
    if (isNoneType(type))
        return true;
    if (type == QLatin1String("msgpack"))
        return MsgpackDecoder::decodeValue(blob, value, error);
    if (type == QLatin1String("json")) {
        QJsonValue v;
        if (!parseJsonValue(blob, &v, error))
            return false;
        *value = v.toVariant();
        return true;
    }
    if (type == QLatin1String("bytes") || type == QLatin1String("bytearray")) {
        *value = blob;
        return true;
    }
    *error = QStringLiteral("a value stored as '%1', which this version cannot read").arg(type);
    return false;
}

int TranscriptReader::countMessages(const QString& type, const QByteArray& blob)
{
    if (isNoneType(type))
        return 0;
    if (type == QLatin1String("msgpack"))
        return MsgpackDecoder::arrayLength(blob);
    if (type == QLatin1String("json"))
        return countJsonArray(blob);
    return -1;
}

Transcript TranscriptReader::read(const QString& threadId, const Latest* latest,
                                  const QList<HistoryPoint>& history)
{
    Transcript t;
    t.threadId = threadId;
    if (!latest || latest->checkpointId.isEmpty())
        return t;
    t.checkpointId = latest->checkpointId;

    QJsonParseError e;
    const QJsonObject checkpoint = QJsonDocument::fromJson(latest->checkpointJson, &e).object();
    if (e.error != QJsonParseError::NoError) {
        t.error =
            QStringLiteral("checkpoint %1 is damaged (%2)").arg(t.checkpointId, e.errorString());
        return t;
    }
    t.time =
        QDateTime::fromString(checkpoint.value(QLatin1String("ts")).toString(), Qt::ISODateWithMs)
            .toUTC();

    QStringList errors;
    // Inline values (current Python): primitives stay in channel_values.
    const QJsonObject inlineValues = checkpoint.value(QLatin1String("channel_values")).toObject();
    for (auto it = inlineValues.begin(); it != inlineValues.end(); ++it)
        if (isStateChannel(it.key()))
            t.state.insert(it.key(), it.value().toVariant());

    for (const ChannelBlob& c : latest->channels) {
        if (c.channel == QLatin1String("messages")) {
            if (!c.rowFound) {
                errors << QStringLiteral("the stored messages (version %1) are missing")
                              .arg(c.version);
                continue;
            }
            QString error;
            if (!decodeMessages(c.type, c.blob, &t.messages, &error)) {
                t.messages.clear();
                errors << QStringLiteral("the stored messages could not be read: %1").arg(error);
            }
            continue;
        }
        if (!isStateChannel(c.channel) || !c.rowFound)
            continue;
        QVariant value;
        QString error;
        if (decodeValue(c.type, c.blob, &value, &error))
            t.state.insert(c.channel, value);
        else
            errors << QStringLiteral("channel %1 could not be read: %2").arg(c.channel, error);
    }

    // Stage changes: where the stage value differs from the one before it. The separator goes
    // above the first message the stage's step added, i.e. at the parent checkpoint's count.
    QString previous;
    for (const HistoryPoint& h : history) {
        const QVariant stageValue = stageOf(h);
        if (stageValue.isNull() || !stageValue.canConvert<QString>())
            continue;
        const QString stage = stageValue.toString();
        if (stage.isEmpty() || stage == previous)
            continue;
        previous = stage;
        int at = h.parentMessagesCount >= 0 ? h.parentMessagesCount
                 : h.parentMessagesType.isEmpty()
                     ? 0
                     : countMessages(h.parentMessagesType, h.parentMessagesBlob);
        const int count = h.messagesCount >= 0 ? h.messagesCount
                          : h.messagesType.isEmpty()
                              ? -1
                              : countMessages(h.messagesType, h.messagesBlob);
        if (at < 0)
            at = 0;
        at = qMin(at, int(t.messages.size()));
        t.stageChanges.append({at, stage, h.checkpointId, h.time});
        // The step that entered the stage wrote its last message when the checkpoint was taken.
        if (count > 0 && count <= t.messages.size() && !t.messages[count - 1].time.isValid())
            t.messages[count - 1].time = h.time;
    }
    if (!t.messages.isEmpty() && !t.messages.last().time.isValid() && t.time.isValid())
        t.messages.last().time = t.time;

    t.error = errors.join(QStringLiteral("; "));
    return t;
}

} // namespace limitless::langgraph
