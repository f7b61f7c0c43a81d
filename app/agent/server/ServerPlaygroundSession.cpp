#include "agent/server/ServerPlaygroundSession.h"

#include "agent/StateChannels.h"
#include "agent/server/ServerClient.h"
#include "agent/server/ServerReplay.h"
#include "core/SerialJobs.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QPointer>

namespace limitless::agent::server {

// Lives on the session's thread: the client and what it learned from the server.
class ServerPlaygroundWorker : public QObject {
public:
    std::unique_ptr<ServerClient> client;
    QString assistant;
    QString graphId;
    GraphShape graph;
    // Each thread's head as this session last saw it (its own turns and forks, or read from
    // the server): a message sent from the head needs no look at the server first.
    QHash<QString, QString> heads;
    core::SerialJobs<ServerPlaygroundWorker> jobs;
};

namespace {

QDateTime when(const QString& iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

ThreadSnapshot snapshotOf(const QString& threadId, const StateSnapshot& s)
{
    ThreadSnapshot out;
    out.threadId = threadId;
    out.checkpointId = s.checkpointId;
    out.step = s.checkpointId.isEmpty() ? -2 : s.step();
    out.state = s.state;
    out.conversationStarted = !s.state.messages.isEmpty();
    out.createdAt = when(s.createdAt);
    return out;
}

QString notConnected()
{
    return ServerPlaygroundSession::tr("The playground is not connected to the LangGraph server.");
}

} // namespace

ServerPlaygroundSession::ServerPlaygroundSession(QObject* parent)
    : PlaygroundBackend(parent), m_worker(new ServerPlaygroundWorker),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<PlaygroundThread>();
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("agent-server-playground"));
    m_thread.start();
}

ServerPlaygroundSession::~ServerPlaygroundSession()
{
    m_cancel->store(true);
    ServerPlaygroundWorker* worker = m_worker;
    // The client belongs to the worker's thread: it goes there, after a run in progress has
    // seen the cancellation and stopped (queued behind it when it is waiting on the network).
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->jobs.run(*worker, [](ServerPlaygroundWorker& w) { w.client.reset(); });
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

QString ServerPlaygroundSession::description() const
{
    return tr("the LangGraph server at %1 (assistant %2)")
        .arg(m_url.toDisplayString(), m_assistant.isEmpty() ? tr("not chosen yet") : m_assistant);
}

template <typename Job> void ServerPlaygroundSession::run(Job&& job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, job = std::forward<Job>(job)]() mutable { w->jobs.run(*w, std::move(job)); },
        Qt::QueuedConnection);
}

void ServerPlaygroundSession::connectTo(const QUrl& url, const QByteArray& apiKey,
                                        const QString& assistantId)
{
    m_url = url;
    m_apiKey = apiKey;
    m_assistant = assistantId;
    m_ready = false;
    m_problem.clear(); // connecting: the page says so until the answer
    emit readyChanged(false);
    emit problemChanged(m_problem);
    run([url, apiKey, assistantId,
         self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        w.client = std::make_unique<ServerClient>(url, apiKey);
        ServerError e;
        const ServerInfo info = w.client->testConnection(&e);
        QString assistant = assistantId, graphId = assistantId;
        GraphShape graph;
        if (!e) {
            const QList<Assistant> all = w.client->searchAssistants(&e);
            if (!e && all.isEmpty())
                e = ServerError::make(ServerError::Kind::NotFound,
                                      tr("The LangGraph server at %1 serves no assistant.")
                                          .arg(url.toDisplayString()));
            if (!e) {
                auto it = std::find_if(all.cbegin(), all.cend(), [&](const Assistant& a) {
                    return assistant.isEmpty() || a.assistantId == assistant ||
                           a.graphId == assistant;
                });
                if (it == all.cend())
                    e = ServerError::make(
                        ServerError::Kind::NotFound,
                        tr("The LangGraph server has no assistant or graph “%1”.").arg(assistant));
                else {
                    assistant = it->assistantId;
                    graphId = it->graphId;
                }
            }
            if (!e)
                graph = w.client->graph(assistant, &e);
        }
        w.assistant = assistant;
        w.graphId = graphId;
        w.graph = graph;
        const QString problem = e ? e.message : QString();
        const QString version = info.version;
        QMetaObject::invokeMethod(
            self,
            [self, problem, version, assistant, graph] {
                self->m_ready = problem.isEmpty();
                self->m_problem = problem;
                self->m_version = version;
                if (self->m_ready) {
                    self->m_assistant = assistant;
                    self->m_nodes = graph.agentNodes();
                    self->m_edges = graph.agentEdges();
                    emit self->graphChanged();
                }
                emit self->problemChanged(problem);
                emit self->readyChanged(self->m_ready);
            },
            Qt::QueuedConnection);
    });
}

quint64 ServerPlaygroundSession::listThreads()
{
    const quint64 id = m_nextRequest++;
    run([id, self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        QList<PlaygroundThread> list;
        ServerError e;
        if (!w.client)
            e.message = notConnected();
        else {
            for (const ServerThread& t : w.client->searchThreads(&e, {}, 100)) {
                // This assistant's threads, and those no run has named a graph for yet.
                const QString graph = t.metadata.value(QStringLiteral("graph_id")).toString();
                if (!graph.isEmpty() && graph != w.graphId && graph != w.assistant)
                    continue;
                PlaygroundThread p;
                p.threadId = t.threadId;
                p.campaignCode = t.metadata.value(QStringLiteral("campaign_code")).toString();
                const AgentState s = agentStateFromValues(t.values);
                p.stage = s.currentStage;
                p.qualified = s.qualified;
                p.paymentLinkSent = s.paymentLinkSent;
                p.paymentCompleted = s.paymentCompleted;
                p.messageCount = int(s.messages.size());
                p.createdAt = when(t.createdAt);
                p.lastMessageAt = when(t.updatedAt);
                list << p;
            }
        }
        const QString error = e.message;
        QMetaObject::invokeMethod(
            self, [self, id, list, error] { emit self->threadsListed(id, list, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 ServerPlaygroundSession::startThread(const QString& campaignCode)
{
    const quint64 id = m_nextRequest++;
    run([id, campaignCode,
         self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        ServerError e;
        QString threadId;
        if (!w.client)
            e.message = notConnected();
        else {
            QJsonObject meta{{QStringLiteral("source"), QStringLiteral("limitless-playground")},
                             {QStringLiteral("graph_id"), w.graphId}};
            if (!campaignCode.isEmpty())
                meta.insert(QStringLiteral("campaign_code"), campaignCode);
            threadId = w.client->createThread(meta, &e).threadId;
        }
        const QString error = e.message;
        QMetaObject::invokeMethod(
            self, [self, id, threadId, error] { emit self->threadStarted(id, threadId, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 ServerPlaygroundSession::sendMessage(const QString& threadId, const QString& text,
                                             const QString& fromCheckpoint)
{
    return runTurn(threadId, text, fromCheckpoint, false);
}

quint64 ServerPlaygroundSession::resume(const QString& threadId)
{
    return runTurn(threadId, {}, {}, true);
}

void ServerPlaygroundSession::cancel()
{
    // The turns queued so far share this flag; later ones get a fresh one.
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
}

void ServerPlaygroundSession::turnDone()
{
    if (m_turns > 0 && --m_turns == 0)
        emit busyChanged(false);
}

quint64 ServerPlaygroundSession::runTurn(const QString& threadId, const QString& text,
                                         const QString& fromCheckpoint, bool resume)
{
    const quint64 id = m_nextRequest++;
    if (++m_turns == 1)
        emit busyChanged(true);
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    run([id, threadId, text, fromCheckpoint, resume, cancel,
         self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        auto post = [self](auto fn) {
            QMetaObject::invokeMethod(
                self, [self, fn] { fn(self.data()); }, Qt::QueuedConnection);
        };
        TurnResult result;
        result.threadId = threadId;
        ServerError e;
        if (!w.client)
            result.error = notConnected();
        else if (cancel->load())
            result.error = tr("The turn was stopped before it started.");
        if (!result.error.isEmpty()) {
            post([id, result](ServerPlaygroundSession* s) {
                emit s->turnFinished(id, result);
                s->turnDone();
            });
            return;
        }
        post([id, threadId](ServerPlaygroundSession* s) { emit s->turnStarted(id, threadId); });

        RunRequest request;
        request.assistantId = w.assistant;
        if (resume)
            request.resume = true;
        else
            request.messages << InputMessage{text};
        if (!fromCheckpoint.isEmpty() && fromCheckpoint != w.heads.value(threadId)) {
            // An older checkpoint than the head: the run starts there (a new branch).
            const StateSnapshot head = w.client->state(threadId, &e);
            if (!e && head.checkpointId != fromCheckpoint)
                request.checkpointId = fromCheckpoint;
            e = {};
        }
        StreamCallbacks callbacks;
        callbacks.onToken = [post, id, threadId](const QString& t, const QString&, const QString&) {
            post([id, threadId, t](ServerPlaygroundSession* s) {
                emit s->tokenReceived(id, threadId, t);
            });
        };
        callbacks.onNode = [post, id, threadId](const QString& node) {
            post([id, threadId, node](ServerPlaygroundSession* s) {
                emit s->nodeStarted(id, threadId, node);
            });
        };
        const RunOutcome r = w.client->stream(threadId, request, callbacks, &e, cancel.get());
        result.reply = r.reply;
        if (!r.reply.isEmpty())
            result.replies << r.reply;
        result.state = r.state;
        result.nodePath = r.nodes;
        QString previous = QStringLiteral("__start__");
        for (const QString& n : r.nodes) {
            result.edgePath << previous + QStringLiteral("->") + n;
            previous = n;
        }
        if (!r.checkpoints.isEmpty())
            result.checkpointId = r.checkpoints.last();
        if (e) {
            result.error = e.message;
            if (e.kind == ServerError::Kind::Cancelled)
                result.policyError = PolicyErrorKind::Cancelled;
        } else if (r.interrupted) {
            result.next = r.next;
            result.notices << tr("The agent stopped before %1 and waits for you: Resume lets it "
                                 "go on.")
                                  .arg(r.next.join(QStringLiteral(", ")));
        }
        // The thread's head after the run. A stream that ran to its end said it (its last
        // checkpoint and values, where it stopped); after a failure the server is asked, as
        // the stream's last values may be short of it.
        QStringList waiting;
        if (!e && !r.checkpoints.isEmpty() && !r.values.isEmpty()) {
            waiting = r.interrupted ? r.next : QStringList();
        } else {
            ServerError headError;
            const StateSnapshot head = w.client->state(threadId, &headError);
            if (!headError) {
                result.checkpointId = head.checkpointId;
                if (result.state.messages.isEmpty() || e)
                    result.state = head.state;
                waiting = head.isInterrupted() ? head.next : QStringList();
            }
        }
        if (!result.checkpointId.isEmpty())
            w.heads.insert(threadId, result.checkpointId);
        post([id, result, threadId, waiting](ServerPlaygroundSession* s) {
            emit s->turnFinished(id, result);
            emit s->interruptChanged(threadId, waiting);
            s->turnDone();
        });
    });
    return id;
}

quint64 ServerPlaygroundSession::loadHistory(const QString& threadId)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        QList<CheckpointInfo> list;
        QStringList waiting;
        ServerError e;
        if (!w.client)
            e.message = notConnected();
        else {
            const QList<StateSnapshot> history = w.client->history(threadId, &e);
            // Newest first: the first is the thread's head.
            if (!history.isEmpty() && history.first().isInterrupted())
                waiting = history.first().next;
            if (!e && !history.isEmpty())
                w.heads.insert(threadId, history.first().checkpointId);
            for (const StateSnapshot& s : history) {
                CheckpointInfo c;
                c.checkpointId = s.checkpointId;
                c.parentId = s.parentCheckpointId;
                c.time = when(s.createdAt);
                c.source = s.source();
                c.step = s.step();
                c.stage = s.state.currentStage;
                c.messageCount = int(s.state.messages.size());
                list.prepend(c); // oldest first, as the playground's history reads
            }
        }
        const QString error = e.message;
        QMetaObject::invokeMethod(
            self,
            [self, id, threadId, list, error, waiting] {
                emit self->historyLoaded(id, threadId, list, error);
                if (error.isEmpty())
                    emit self->interruptChanged(threadId, waiting);
            },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 ServerPlaygroundSession::loadState(const QString& threadId, const QString& checkpointId)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, checkpointId,
         self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        ThreadSnapshot snap;
        snap.threadId = threadId;
        ServerError e;
        if (!w.client)
            e.message = notConnected();
        else
            snap = snapshotOf(threadId, w.client->state(threadId, &e, checkpointId));
        if (!e && checkpointId.isEmpty() && !snap.checkpointId.isEmpty())
            w.heads.insert(threadId, snap.checkpointId);
        const QString error = e.message;
        QMetaObject::invokeMethod(
            self, [self, id, snap, error] { emit self->stateLoaded(id, snap, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 ServerPlaygroundSession::fork(const QString& threadId, const QString& checkpointId,
                                      const ForkEdit& edit)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, checkpointId, edit,
         self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        ServerError e;
        QString error, created;
        if (!w.client) {
            error = notConnected();
        } else {
            const StateSnapshot at = w.client->state(threadId, &e, checkpointId);
            AgentState edited = at.state;
            for (auto it = edit.fields.cbegin(); !e && error.isEmpty() && it != edit.fields.cend();
                 ++it) {
                QString fieldError;
                if (!StateChannels::setField(edited, it.key(), it.value(), &fieldError))
                    error = fieldError;
            }
            if (e)
                error = e.message;
            QJsonObject values;
            if (error.isEmpty()) {
                const QJsonObject before = scalarValues(at.state), after = scalarValues(edited);
                for (auto it = after.constBegin(); it != after.constEnd(); ++it)
                    if (before.value(it.key()) != it.value())
                        values.insert(it.key(), it.value());
                if (edit.messageIndex >= 0 && edit.messageIndex < edited.messages.size()) {
                    // The same id: the messages reducer replaces the message in place.
                    langgraph::LcMessage m = edited.messages.at(edit.messageIndex);
                    m.content = edit.messageText.toUtf8();
                    values.insert(QStringLiteral("messages"), QJsonArray{messageJson(m)});
                }
                if (values.isEmpty())
                    error = tr("Nothing was changed: edit a value of the state first.");
            }
            if (error.isEmpty()) {
                QString asNode = ServerReplay::endingNode(w.graph, edited.currentStage);
                created = w.client->updateState(threadId, values, asNode, &e, checkpointId);
                if (e)
                    error = e.message;
                else
                    w.heads.insert(threadId, created);
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, id, threadId, created, error] {
                emit self->forked(id, threadId, created, error);
            },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 ServerPlaygroundSession::deleteThread(const QString& threadId)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, self = QPointer<ServerPlaygroundSession>(this)](ServerPlaygroundWorker& w) {
        ServerError e;
        if (!w.client)
            e.message = notConnected();
        else
            w.client->deleteThread(threadId, &e);
        const QString error = e.message;
        QMetaObject::invokeMethod(
            self, [self, id, threadId, error] { emit self->threadDeleted(id, threadId, error); },
            Qt::QueuedConnection);
    });
    return id;
}

} // namespace limitless::agent::server
