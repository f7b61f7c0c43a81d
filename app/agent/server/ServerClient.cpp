#include "agent/server/ServerClient.h"

#include "agent/server/SseParser.h"
#include "knowledge/BlockingHttp.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSet>
#include <QUrlQuery>

namespace limitless::agent::server {

using knowledge::HttpAnswer;

QString describeThread(const QString& threadId)
{
    return ServerClient::tr("the thread %1").arg(threadId);
}

namespace {

QJsonValue parseJson(const QByteArray& body, bool* ok)
{
    // runs/wait and join send "\n" keep-alives before the JSON, as text/plain.
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body.trimmed(), &pe);
    *ok = pe.error == QJsonParseError::NoError;
    if (!*ok)
        return {};
    if (doc.isArray())
        return doc.array();
    return doc.object();
}

QString nodeErrorText(const QJsonObject& err)
{
    // {"error":"Error","message":"…"}; from runs/wait the message is itself that JSON as text.
    QString message = err.value(QStringLiteral("message")).toString();
    const QJsonObject inner = QJsonDocument::fromJson(message.toUtf8()).object();
    if (inner.value(QStringLiteral("message")).isString())
        message = inner.value(QStringLiteral("message")).toString();
    const QString name = err.value(QStringLiteral("error")).toString();
    return name.isEmpty() || message.startsWith(name) ? message
                                                      : name + QStringLiteral(": ") + message;
}

} // namespace

// Reads one run's SSE events as they arrive (BlockingHttp writes the 2xx body into it).
struct ServerClient::Stream : public QIODevice {
    const StreamCallbacks& callbacks;
    RunOutcome outcome;
    SseParser parser;
    QElapsedTimer clock;
    ServerError nodeError;
    QByteArray lastId;
    QSet<QByteArray> seenIds;
    QStringList lastNext;
    bool sawEvent = false;

    explicit Stream(const StreamCallbacks& c) : callbacks(c)
    {
        clock.start();
        open(QIODevice::WriteOnly);
    }

    qint64 readData(char*, qint64) override { return -1; }
    double now() const { return double(clock.nsecsElapsed()) / 1e6; }

    qint64 writeData(const char* data, qint64 size) override
    {
        if (outcome.firstBytesMs < 0)
            outcome.firstBytesMs = now();
        for (const SseEvent& e : parser.feed(QByteArray(data, size)))
            handle(e);
        return size;
    }

    void handle(const SseEvent& e)
    {
        if (e.hasId) {
            // A resumed stream may repeat what was already handled.
            if (seenIds.contains(e.id))
                return;
            seenIds.insert(e.id);
            lastId = e.id;
        }
        sawEvent = true;
        const bool message = e.event == "messages" || e.event.startsWith("messages/");
        if (message && outcome.firstTokenEventMs < 0)
            outcome.firstTokenEventMs = now();
        bool ok = false;
        const double parseStart = now();
        const QJsonValue data = parseJson(e.data, &ok);
        outcome.jsonParseMs += now() - parseStart;
        ++outcome.events;
        if (e.event == "metadata") {
            const QString runId = data.toObject().value(QStringLiteral("run_id")).toString();
            if (!runId.isEmpty() && outcome.runId.isEmpty()) {
                outcome.runId = runId;
                if (callbacks.onRunStarted)
                    callbacks.onRunStarted(runId);
            }
        } else if (e.event == "values") {
            // At an interrupt the server sends {"__interrupt__": […]} as values: keep the state.
            const QJsonObject o = data.toObject();
            if (o.contains(QStringLiteral("__interrupt__"))) {
                outcome.interrupted = true;
                if (o.size() == 1)
                    return;
            }
            outcome.values = o;
            outcome.state = agentStateFromValues(outcome.values);
            if (callbacks.onValues)
                callbacks.onValues(outcome.state, outcome.values);
        } else if (e.event == "updates") {
            const QJsonObject o = data.toObject();
            for (auto it = o.begin(); it != o.end(); ++it) {
                if (it.key() == QLatin1String("__interrupt__")) {
                    outcome.interrupted = true;
                    continue;
                }
                if (callbacks.onUpdate)
                    callbacks.onUpdate(it.key(), it.value().toObject());
            }
        } else if (e.event == "messages" || e.event.startsWith("messages/")) {
            // messages-tuple: [message chunk, metadata]
            const QJsonArray pair = data.toArray();
            const QJsonObject chunk = pair.at(0).toObject();
            const QString type = chunk.value(QStringLiteral("type")).toString();
            if (type != QLatin1String("ai") && type != QLatin1String("AIMessageChunk"))
                return;
            const QJsonValue content = chunk.value(QStringLiteral("content"));
            QString text;
            if (content.isString()) {
                text = content.toString();
            } else {
                for (const QJsonValue& b : content.toArray())
                    text += b.toObject().value(QStringLiteral("text")).toString();
            }
            if (text.isEmpty())
                return;
            if (outcome.firstTokenMs < 0) {
                outcome.firstTokenMs = clock.elapsed();
                outcome.firstTokenHandedMs = now();
            }
            outcome.reply += text;
            if (callbacks.onToken)
                callbacks.onToken(
                    text, pair.at(1).toObject().value(QStringLiteral("langgraph_node")).toString(),
                    chunk.value(QStringLiteral("id")).toString());
        } else if (e.event == "debug") {
            const QJsonObject o = data.toObject();
            const QString type = o.value(QStringLiteral("type")).toString();
            const QJsonObject payload = o.value(QStringLiteral("payload")).toObject();
            if (type == QLatin1String("checkpoint")) {
                const QString id = payload.value(QStringLiteral("config"))
                                       .toObject()
                                       .value(QStringLiteral("configurable"))
                                       .toObject()
                                       .value(QStringLiteral("checkpoint_id"))
                                       .toString();
                const QString parent = payload.value(QStringLiteral("parent_config"))
                                           .toObject()
                                           .value(QStringLiteral("configurable"))
                                           .toObject()
                                           .value(QStringLiteral("checkpoint_id"))
                                           .toString();
                lastNext.clear();
                for (const QJsonValue& n : payload.value(QStringLiteral("next")).toArray())
                    lastNext << n.toString();
                if (!id.isEmpty()) {
                    outcome.checkpoints << id;
                    if (callbacks.onCheckpoint)
                        callbacks.onCheckpoint(id, parent);
                }
            } else if (type == QLatin1String("task")) {
                const QString name = payload.value(QStringLiteral("name")).toString();
                outcome.nodes << name;
                if (callbacks.onNode)
                    callbacks.onNode(name);
            }
        } else if (e.event == "error") {
            const QString text = nodeErrorText(data.toObject());
            nodeError = ServerError::make(
                ServerError::Kind::NodeFailed,
                ServerClient::tr("The agent failed on the LangGraph server: %1").arg(text), 200,
                text);
        }
    }
};

ServerClient::ServerClient(QUrl baseUrl, QByteArray apiKey)
    : m_base(std::move(baseUrl)), m_apiKey(std::move(apiKey)),
      m_nam(std::make_unique<QNetworkAccessManager>()),
      m_http(std::make_unique<knowledge::BlockingHttp>(*m_nam))
{
    // Paths are appended to the base URL, which may itself have one (a proxy's prefix).
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_base.setPath(path);
}

ServerClient::~ServerClient() = default;

void ServerClient::setTimeouts(int requestMs, int streamMs)
{
    m_requestMs = requestMs;
    m_streamMs = streamMs;
}

HttpAnswer ServerClient::call(const QByteArray& verb, const QString& path, const QJsonValue& body,
                              int timeoutMs, const std::atomic_bool* cancel,
                              const QList<QPair<QByteArray, QByteArray>>& headers, QIODevice* sink)
{
    QUrl url = m_base;
    const int q = path.indexOf(QLatin1Char('?'));
    url.setPath(m_base.path() + (q < 0 ? path : path.left(q)));
    if (q >= 0)
        url.setQuery(path.mid(q + 1));
    QNetworkRequest r = knowledge::BlockingHttp::request(url);
    QByteArray payload;
    if (!body.isUndefined()) {
        // Without this content type the server reads the body as {} and says nothing.
        r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        payload = body.isArray() ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    }
    if (!m_apiKey.isEmpty())
        r.setRawHeader(QByteArrayLiteral("x-api-key"), m_apiKey);
    for (const auto& h : headers)
        r.setRawHeader(h.first, h.second);
    m_http->setInactivityTimeout(timeoutMs);
    return m_http->send(r, verb, payload, cancel, {}, sink);
}

QJsonValue ServerClient::callJson(const QByteArray& verb, const QString& path,
                                  const QJsonValue& body, const QString& what, ServerError* error)
{
    const HttpAnswer a = call(verb, path, body, m_requestMs);
    ServerError e = ServerError::fromAnswer(a, what);
    QJsonValue out;
    if (!e && a.status != 204) {
        bool ok = false;
        out = parseJson(a.body, &ok);
        if (!ok)
            e = ServerError::make(ServerError::Kind::BadResponse,
                                  tr("The LangGraph server's answer for %1 is not JSON: %2")
                                      .arg(what, ServerError::serverText(a.body)),
                                  a.status);
    }
    if (error)
        *error = e;
    return out;
}

bool ServerClient::ok(ServerError* error)
{
    ServerError e;
    const QJsonValue v = callJson("GET", QStringLiteral("/ok"), QJsonValue::Undefined,
                                  tr("the health check (/ok)"), &e);
    if (!e && !v.toObject().value(QStringLiteral("ok")).toBool())
        e = ServerError::make(ServerError::Kind::BadResponse,
                              tr("The server at %1 answered /ok without \"ok\": true; is it a "
                                 "LangGraph API server?")
                                  .arg(m_base.toDisplayString()));
    if (error)
        *error = e;
    return !e;
}

ServerInfo ServerClient::info(ServerError* error)
{
    return ServerInfo::fromJson(callJson("GET", QStringLiteral("/info"), QJsonValue::Undefined,
                                         tr("the server information (/info)"), error)
                                    .toObject());
}

ServerInfo ServerClient::testConnection(ServerError* error)
{
    if (!ok(error))
        return {};
    ServerInfo i = info(error);
    if (error && !*error && i.version.isEmpty())
        *error = ServerError::make(ServerError::Kind::BadResponse,
                                   tr("The server at %1 answered /info without a version; is it "
                                      "a LangGraph API server?")
                                       .arg(m_base.toDisplayString()));
    return i;
}

QList<Assistant> ServerClient::searchAssistants(ServerError* error, const QString& graphId,
                                                int limit)
{
    QJsonObject body{{QStringLiteral("limit"), limit}, {QStringLiteral("offset"), 0}};
    if (!graphId.isEmpty())
        body.insert(QStringLiteral("graph_id"), graphId);
    QList<Assistant> out;
    for (const QJsonValue& v : callJson("POST", QStringLiteral("/assistants/search"), body,
                                        tr("the list of assistants"), error)
                                   .toArray())
        out << Assistant::fromJson(v.toObject());
    return out;
}

GraphShape ServerClient::graph(const QString& assistantId, ServerError* error, bool xray)
{
    const QString path = QStringLiteral("/assistants/%1/graph%2")
                             .arg(QString::fromLatin1(QUrl::toPercentEncoding(assistantId)),
                                  xray ? QStringLiteral("?xray=true") : QString());
    return GraphShape::fromJson(
        callJson("GET", path, QJsonValue::Undefined, tr("the assistant %1").arg(assistantId), error)
            .toObject());
}

ServerThread ServerClient::createThread(const QJsonObject& metadata, ServerError* error,
                                        const QString& threadId)
{
    QJsonObject body{{QStringLiteral("metadata"), metadata}};
    if (!threadId.isEmpty()) {
        body.insert(QStringLiteral("thread_id"), threadId);
        body.insert(QStringLiteral("if_exists"), QStringLiteral("do_nothing"));
    }
    return ServerThread::fromJson(
        callJson("POST", QStringLiteral("/threads"), body, tr("a new thread"), error).toObject());
}

QList<ServerThread> ServerClient::searchThreads(ServerError* error, const QJsonObject& metadata,
                                                int limit, int offset)
{
    QJsonObject body{{QStringLiteral("limit"), limit},
                     {QStringLiteral("offset"), offset},
                     {QStringLiteral("sort_by"), QStringLiteral("updated_at")},
                     {QStringLiteral("sort_order"), QStringLiteral("desc")}};
    if (!metadata.isEmpty())
        body.insert(QStringLiteral("metadata"), metadata);
    QList<ServerThread> out;
    for (const QJsonValue& v :
         callJson("POST", QStringLiteral("/threads/search"), body, tr("the list of threads"), error)
             .toArray())
        out << ServerThread::fromJson(v.toObject());
    return out;
}

ServerThread ServerClient::thread(const QString& threadId, ServerError* error)
{
    return ServerThread::fromJson(callJson("GET", QStringLiteral("/threads/") + threadId,
                                           QJsonValue::Undefined, describeThread(threadId), error)
                                      .toObject());
}

bool ServerClient::deleteThread(const QString& threadId, ServerError* error)
{
    ServerError e;
    callJson("DELETE", QStringLiteral("/threads/") + threadId, QJsonValue::Undefined,
             describeThread(threadId), &e);
    if (error)
        *error = e;
    return !e;
}

StateSnapshot ServerClient::state(const QString& threadId, ServerError* error,
                                  const QString& checkpointId)
{
    const QString path = QStringLiteral("/threads/%1/state").arg(threadId) +
                         (checkpointId.isEmpty() ? QString() : QLatin1Char('/') + checkpointId);
    return StateSnapshot::fromJson(
        callJson("GET", path, QJsonValue::Undefined, describeThread(threadId), error).toObject());
}

QList<StateSnapshot> ServerClient::history(const QString& threadId, ServerError* error, int limit)
{
    QList<StateSnapshot> out;
    for (const QJsonValue& v :
         callJson("POST", QStringLiteral("/threads/%1/history").arg(threadId),
                  QJsonObject{{QStringLiteral("limit"), limit}}, describeThread(threadId), error)
             .toArray())
        out << StateSnapshot::fromJson(v.toObject());
    return out;
}

QString ServerClient::updateState(const QString& threadId, const QJsonObject& values,
                                  const QString& asNode, ServerError* error,
                                  const QString& checkpointId)
{
    ServerError e;
    QJsonObject body{{QStringLiteral("values"), values}};
    if (!asNode.isEmpty())
        body.insert(QStringLiteral("as_node"), asNode);
    if (!checkpointId.isEmpty()) {
        // The server takes any id and makes an empty orphan the thread's head: look it up.
        const QList<StateSnapshot> all = history(threadId, &e);
        if (e) {
            if (error)
                *error = e;
            return {};
        }
        const bool known = std::any_of(all.begin(), all.end(), [&](const StateSnapshot& s) {
            return s.checkpointId == checkpointId;
        });
        if (!known) {
            if (error)
                *error = ServerError::make(
                    ServerError::Kind::UnknownCheckpoint,
                    tr("The checkpoint %1 is not in the history of %2; nothing was changed (the "
                       "server would have started an empty branch from it).")
                        .arg(checkpointId, describeThread(threadId)));
            return {};
        }
        body.insert(QStringLiteral("checkpoint_id"), checkpointId);
    }
    const QJsonObject o = callJson("POST", QStringLiteral("/threads/%1/state").arg(threadId), body,
                                   describeThread(threadId), &e)
                              .toObject();
    const QString id = o.value(QStringLiteral("checkpoint"))
                           .toObject()
                           .value(QStringLiteral("checkpoint_id"))
                           .toString();
    if (!e && id.isEmpty())
        e = ServerError::make(ServerError::Kind::BadResponse,
                              tr("The LangGraph server updated %1 but named no new checkpoint.")
                                  .arg(describeThread(threadId)));
    if (error)
        *error = e;
    return e ? QString() : id;
}

ServerError ServerClient::busyOrMissing(const QString& threadId, const ServerError& busy)
{
    if (threadId.isEmpty())
        return busy;
    ServerError e;
    thread(threadId, &e);
    return e.kind == ServerError::Kind::NotFound
               ? ServerError::make(ServerError::Kind::NotFound,
                                   tr("%1 does not exist on the LangGraph server (it answered "
                                      "\"%2\").")
                                       .arg(describeThread(threadId), busy.detail),
                                   404, busy.detail)
               : busy;
}

RunOutcome ServerClient::stream(const QString& threadId, const RunRequest& request,
                                const StreamCallbacks& callbacks, ServerError* error,
                                const std::atomic_bool* cancel)
{
    Stream s(callbacks); // its clock times the run from here, the request's making included
    QJsonObject body = request.toJson();
    body.insert(QStringLiteral("stream_mode"),
                QJsonArray{QStringLiteral("values"), QStringLiteral("updates"),
                           QStringLiteral("messages-tuple"), QStringLiteral("debug")});
    // Keeps the run's events on the server so that a dropped stream can be picked up again.
    body.insert(QStringLiteral("stream_resumable"), true);
    const QString base = threadId.isEmpty() ? QStringLiteral("/runs")
                                            : QStringLiteral("/threads/%1/runs").arg(threadId);
    const QString what = threadId.isEmpty() ? tr("a run") : describeThread(threadId);

    HttpAnswer a = call("POST", base + QStringLiteral("/stream"), body, m_streamMs, cancel, {}, &s);
    ServerError e;
    int attempts = 0;
    for (;;) {
        if (a.cancelled) {
            if (!s.outcome.runId.isEmpty() && !threadId.isEmpty())
                cancelRun(threadId, s.outcome.runId, nullptr, false);
            e = ServerError::make(ServerError::Kind::Cancelled, tr("The run was cancelled."));
            break;
        }
        if (a.answered()) {
            e = ServerError::fromAnswer(a, what);
            if (e.kind == ServerError::Kind::Busy)
                e = busyOrMissing(threadId, e);
            break;
        }
        // No complete answer: the connection broke (or went silent) during the stream.
        const bool resumable = !s.outcome.runId.isEmpty() && !threadId.isEmpty();
        if (!resumable || attempts >= m_resumeAttempts) {
            e = resumable || s.sawEvent
                    ? ServerError::make(
                          ServerError::Kind::StreamDropped,
                          tr("The stream of %1 broke off (%2) and could not be picked up again; "
                             "the run %3 may still be going on the server.")
                              .arg(what, a.errorText, s.outcome.runId),
                          0, a.errorText)
                    : ServerError::fromAnswer(a, what);
            break;
        }
        ++attempts;
        ++s.outcome.resumes;
        s.parser = SseParser(); // a half-received event is sent again
        knowledge::BlockingHttp::wait(200 * attempts, cancel);
        a = call("GET", QStringLiteral("/threads/%1/runs/%2/stream").arg(threadId, s.outcome.runId),
                 QJsonValue::Undefined, m_streamMs, cancel,
                 {{QByteArrayLiteral("Last-Event-ID"),
                   s.lastId.isEmpty() ? QByteArrayLiteral("-1") : s.lastId}},
                 &s);
    }
    if (!e && s.nodeError)
        e = s.nodeError;
    if (!e && !s.lastNext.isEmpty()) {
        s.outcome.interrupted = true;
        s.outcome.next = s.lastNext;
    }
    s.outcome.totalMs = s.clock.elapsed();
    if (error)
        *error = e;
    return s.outcome;
}

RunOutcome ServerClient::wait(const QString& threadId, const RunRequest& request,
                              ServerError* error, const std::atomic_bool* cancel)
{
    QElapsedTimer clock;
    clock.start();
    RunOutcome out;
    const QString path = threadId.isEmpty() ? QStringLiteral("/runs/wait")
                                            : QStringLiteral("/threads/%1/runs/wait").arg(threadId);
    const QString what = threadId.isEmpty() ? tr("a run") : describeThread(threadId);
    const HttpAnswer a = call("POST", path, request.toJson(), m_streamMs, cancel);
    ServerError e = ServerError::fromAnswer(a, what);
    const QByteArray location = a.header("content-location");
    const int runsAt = location.lastIndexOf("/runs/");
    if (runsAt >= 0)
        out.runId = QString::fromLatin1(location.mid(runsAt + 6));
    if (e.kind == ServerError::Kind::Busy)
        e = busyOrMissing(threadId, e);
    if (e.kind == ServerError::Kind::Cancelled && !out.runId.isEmpty() && !threadId.isEmpty())
        cancelRun(threadId, out.runId, nullptr, false);
    if (!e) {
        bool ok = false;
        const QJsonObject o = parseJson(a.body, &ok).toObject();
        if (!ok) {
            e = ServerError::make(ServerError::Kind::BadResponse,
                                  tr("The LangGraph server's answer for %1 is not JSON: %2")
                                      .arg(what, ServerError::serverText(a.body)),
                                  a.status);
        } else if (o.contains(QStringLiteral("__error__"))) {
            const QString text = nodeErrorText(o.value(QStringLiteral("__error__")).toObject());
            e = ServerError::make(ServerError::Kind::NodeFailed,
                                  tr("The agent failed on the LangGraph server: %1").arg(text),
                                  a.status, text);
        } else if (o.contains(QStringLiteral("__interrupt__")) && !threadId.isEmpty()) {
            // At an interrupt the answer is only {"__interrupt__": […]}: the values are in the
            // thread's state.
            const StateSnapshot snap = state(threadId, &e);
            out.values = snap.values;
            out.state = snap.state;
            out.next = snap.next;
            out.interrupted = true;
        } else {
            out.values = o;
            out.state = agentStateFromValues(o);
        }
    }
    out.totalMs = clock.elapsed();
    if (error)
        *error = e;
    return out;
}

bool ServerClient::cancelRun(const QString& threadId, const QString& runId, ServerError* error,
                             bool wait)
{
    ServerError e;
    const QString path =
        QStringLiteral("/threads/%1/runs/%2/cancel?action=interrupt&wait=%3")
            .arg(threadId, runId, wait ? QStringLiteral("true") : QStringLiteral("false"));
    const HttpAnswer a = call("POST", path, QJsonObject{}, m_requestMs);
    e = ServerError::fromAnswer(a, tr("the run %1").arg(runId));
    if (error)
        *error = e;
    return !e;
}

QJsonArray ServerClient::runs(const QString& threadId, ServerError* error)
{
    return callJson("GET", QStringLiteral("/threads/%1/runs").arg(threadId), QJsonValue::Undefined,
                    describeThread(threadId), error)
        .toArray();
}

} // namespace limitless::agent::server
