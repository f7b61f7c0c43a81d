#include "agent/PlaygroundSession.h"

#include "core/SerialJobs.h"

#include "agent/OfflinePolicy.h"
#include "agent/Policy.h"
#include "db/Claims.h"
#include "db/PgConnection.h"
#include "knowledge/Embedder.h"
#include "knowledge/Retriever.h"

#include <QHash>
#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>

namespace limitless::agent {

namespace {

Q_LOGGING_CATEGORY(lcPlayground, "limitless.agent.playground")

struct PolicyEntry {
    QString name;
    QString label;
    PolicyFactory factory;
};

struct PolicyRegistry {
    QMutex mutex;
    QList<PolicyEntry> entries;

    PolicyRegistry()
    {
        // No label here: the registry is made once, maybe before a translator is installed,
        // and a tr() outside the class's own scope lands in a context that the running app
        // does not look up. policyLabel() names the built-in policy.
        entries.append({QString::fromLatin1(PlaygroundSession::kOfflinePolicy), QString(),
                        [](const knowledge::KnowledgeEnvironment&, QString*) {
                            return std::unique_ptr<Policy>(std::make_unique<OfflinePolicy>());
                        }});
    }
};

PolicyRegistry& registry()
{
    static PolicyRegistry r;
    return r;
}

PolicyFactory factoryFor(const QString& name)
{
    PolicyRegistry& r = registry();
    const QMutexLocker lock(&r.mutex);
    for (const PolicyEntry& e : r.entries)
        if (e.name == name)
            return e.factory;
    return {};
}

QString notReady()
{
    return PlaygroundSession::tr("The playground is not connected to the database yet.");
}

} // namespace

// Lives on the session's thread; jobs are lambdas queued to it, one at a time.
class PlaygroundWorker : public QObject {
public:
    knowledge::KnowledgeEnvironment env;
    knowledge::KnowledgeTools tools;
    std::unique_ptr<knowledge::Retriever> retriever;
    std::unique_ptr<Policy> policy;
    std::unique_ptr<AgentRuntime> runtime;
    QString policyName = QString::fromLatin1(PlaygroundSession::kOfflinePolicy);
    QString policyError;
    QString retrievalProblem;
    QString unavailable;
    core::SerialJobs<PlaygroundWorker> jobs;

    ~PlaygroundWorker() override { drop(); }

    void drop()
    {
        // The runtime refers to the policy, the retriever and the connection; the retriever to
        // the embedder and the connection.
        runtime.reset();
        retriever.reset();
        policy.reset();
        tools = knowledge::KnowledgeTools();
    }

    // Opens (or keeps) the connection for `e` and builds the runtime; returns the problem that
    // stops the playground, if any (a retrieval problem only leaves retrieval off).
    QString configure(const knowledge::KnowledgeEnvironment& e)
    {
        if (!e.isValid()) {
            drop();
            env = e;
            return {};
        }
        runtime.reset();
        retriever.reset();
        if (!tools.connection || !tools.connection->isOk() || !env.sameConnection(e))
            tools = knowledge::KnowledgeTools::open(e, false);
        else
            tools.rebuild(e, false);
        env = e;
        if (!tools.connection || tools.ownerId.isEmpty())
            return tools.error.isEmpty() ? notReady() : tools.error;
        // Without an embedder the agent still answers, without the owner's documents.
        retrievalProblem.clear();
        if (tools.embedder)
            retriever = std::make_unique<knowledge::Retriever>(*tools.connection, *tools.embedder,
                                                               e.claims);
        else
            retrievalProblem = PlaygroundSession::tr("The agent answers without your documents: %1")
                                   .arg(tools.error);
        unavailable = ThreadStore(*tools.connection, tools.ownerId, e.claims).unavailableReason();
        return buildRuntime();
    }

    QString buildRuntime()
    {
        runtime.reset();
        policy.reset();
        policyError.clear();
        if (!tools.connection || tools.ownerId.isEmpty())
            return {};
        const PolicyFactory factory = factoryFor(policyName);
        if (!factory) {
            policyError =
                PlaygroundSession::tr("There is no agent policy called “%1”.").arg(policyName);
            return policyError;
        }
        policy = factory(env, &policyError);
        if (!policy) {
            if (policyError.isEmpty())
                policyError =
                    PlaygroundSession::tr("The policy “%1” could not be started.").arg(policyName);
            return policyError;
        }
        runtime = std::make_unique<AgentRuntime>(*tools.connection, tools.ownerId, env.claims,
                                                 *policy, retriever.get());
        if (unavailable.isEmpty()) {
            db::DbError e;
            const PromptSet prompts =
                PromptSet::load(*tools.connection, tools.ownerId, env.claims, &e);
            runtime->setPrompts(e ? PromptSet::builtin() : prompts);
        } else {
            runtime->setPrompts(PromptSet::builtin());
        }
        return {};
    }

    // A dropped connection is opened again before a job; false when that failed.
    bool ready()
    {
        if (!env.isValid())
            return false;
        if (tools.connection && tools.connection->isOk() && runtime)
            return true;
        return configure(env).isEmpty() && runtime != nullptr;
    }

    QString notReadyReason() const
    {
        if (!policyError.isEmpty())
            return policyError;
        return tools.error.isEmpty() ? notReady() : tools.error;
    }

    // The reason a thread cannot be written or read here, or ''.
    QString threadProblem()
    {
        if (!ready())
            return notReadyReason();
        return unavailable;
    }
};

PlaygroundSession::PlaygroundSession(knowledge::EnvironmentTracker* environment, QObject* parent)
    : PlaygroundBackend(parent), m_environment(environment), m_worker(new PlaygroundWorker),
      m_cancel(std::make_shared<std::atomic_bool>(false))
{
    qRegisterMetaType<PlaygroundThread>();
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("agent-playground"));
    m_thread.start();
    connect(m_environment, &knowledge::EnvironmentTracker::environmentChanged, this,
            &PlaygroundSession::configure);
    if (m_environment->current().isValid())
        configure(m_environment->current());
}

PlaygroundSession::~PlaygroundSession()
{
    m_cancel->store(true);
    PlaygroundWorker* worker = m_worker;
    // A turn in progress sees the cancellation and stops; then the connection closes on its
    // own thread (queued behind a job that is waiting on the network).
    QMetaObject::invokeMethod(
        worker, [worker] { worker->jobs.run(*worker, [](PlaygroundWorker& w) { w.drop(); }); },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

void PlaygroundSession::registerPolicy(const QString& name, const QString& label,
                                       PolicyFactory factory)
{
    PolicyRegistry& r = registry();
    const QMutexLocker lock(&r.mutex);
    for (PolicyEntry& e : r.entries) {
        if (e.name == name) {
            e.label = label;
            e.factory = std::move(factory);
            return;
        }
    }
    r.entries.append({name, label, std::move(factory)});
}

QStringList PlaygroundSession::policyNames()
{
    PolicyRegistry& r = registry();
    const QMutexLocker lock(&r.mutex);
    QStringList names;
    for (const PolicyEntry& e : r.entries)
        names << e.name;
    return names;
}

QString PlaygroundSession::policyLabel(const QString& name)
{
    PolicyRegistry& r = registry();
    const QMutexLocker lock(&r.mutex);
    for (const PolicyEntry& e : r.entries)
        if (e.name == name && !e.label.isEmpty())
            return e.label;
    if (name == QLatin1String(kOfflinePolicy))
        return tr("Offline (deterministic, no network)");
    return name;
}

QString PlaygroundSession::description() const
{
    return tr("the built-in agent runtime");
}

template <typename Job> void PlaygroundSession::run(Job&& job)
{
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, job = std::forward<Job>(job)]() mutable { w->jobs.run(*w, std::move(job)); },
        Qt::QueuedConnection);
}

void PlaygroundSession::configure(const knowledge::KnowledgeEnvironment& env)
{
    run([env, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        const QString problem = w.configure(env);
        const bool ready = env.isValid() && problem.isEmpty() && w.runtime;
        const QString shown = problem.isEmpty() ? w.retrievalProblem : problem;
        const QString unavailable = env.isValid() ? w.unavailable : QString();
        QMetaObject::invokeMethod(
            self, [self, ready, shown, unavailable] { self->setReady(ready, shown, unavailable); },
            Qt::QueuedConnection);
        // The in-process index's first load takes seconds on a large knowledge base: done now,
        // on this thread, rather than in the first turn that retrieves. Jobs run one at a time,
        // so a turn asked for meanwhile runs right after it; a failure here leaves the load to
        // that turn, which reports it if it fails again.
        if (ready && w.retriever) {
            db::DbError e;
            if (w.retriever->warmUp(&e) < 0)
                qCWarning(lcPlayground) << "search index not loaded ahead:" << e.toString();
        }
    });
}

void PlaygroundSession::setReady(bool ready, const QString& problem, const QString& unavailable)
{
    const bool readyDiffers = ready != m_ready;
    const bool problemDiffers = problem != m_problem;
    const bool unavailableDiffers = unavailable != m_unavailable;
    m_ready = ready;
    m_problem = problem;
    m_unavailable = unavailable;
    if (unavailableDiffers)
        emit availabilityChanged(unavailable);
    if (problemDiffers)
        emit problemChanged(problem);
    if (readyDiffers)
        emit readyChanged(ready);
}

void PlaygroundSession::setPolicy(const QString& name)
{
    if (name == m_policy)
        return;
    m_policy = name;
    reloadPolicy();
}

void PlaygroundSession::reloadPolicy()
{
    const QString name = m_policy;
    run([name, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        w.policyName = name;
        const QString error = w.buildRuntime();
        const bool ready = w.env.isValid() && error.isEmpty() && w.runtime;
        const QString problem = error.isEmpty() ? w.retrievalProblem : error;
        const QString unavailable = w.unavailable;
        QMetaObject::invokeMethod(
            self,
            [self, name, error, ready, problem, unavailable] {
                self->setReady(ready, problem, unavailable);
                emit self->policyChanged(name, error);
            },
            Qt::QueuedConnection);
    });
}

quint64 PlaygroundSession::listThreads()
{
    const quint64 id = m_nextRequest++;
    run([id, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        QList<PlaygroundThread> threads;
        QString error = w.threadProblem();
        if (error.isEmpty()) {
            db::DbError e;
            threads = listPlaygroundThreads(*w.tools.connection, w.tools.ownerId, w.env.claims, &e);
            if (e)
                error = e.userMessage();
        }
        QMetaObject::invokeMethod(
            self, [self, id, threads, error] { emit self->threadsListed(id, threads, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 PlaygroundSession::startThread(const QString& campaignCode)
{
    const quint64 id = m_nextRequest++;
    run([id, campaignCode, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        QString threadId;
        QString error = w.threadProblem();
        if (error.isEmpty() && !campaignCode.isEmpty() && !w.env.claims.isEmpty()) {
            // AgentRuntime::startThread looks the code up without the owner's claims, which the
            // app's role may not do; it is checked here under them, and the runtime starts the
            // thread without it (the campaign under test is then not recorded in the first
            // turn's conversation_started event).
            const db::QueryResult r =
                db::execWithClaims(
                    *w.tools.connection,
                    {db::Statement(QStringLiteral("select 1 from campaigns where upper(code) = "
                                                  "upper($1)"),
                                   {campaignCode})},
                    w.env.claims)
                    .value(0);
            if (!r.ok())
                error = r.error.userMessage();
            else if (r.rowCount() == 0)
                error = tr("There is no campaign with the code %1.").arg(campaignCode);
            else
                threadId = w.runtime->startThread({}, &error);
        } else if (error.isEmpty()) {
            threadId = w.runtime->startThread(campaignCode, &error);
        }
        QMetaObject::invokeMethod(
            self, [self, id, threadId, error] { emit self->threadStarted(id, threadId, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 PlaygroundSession::sendMessage(const QString& threadId, const QString& text,
                                       const QString& fromCheckpoint)
{
    return runTurn(threadId, text, fromCheckpoint, false);
}

quint64 PlaygroundSession::simulatePayment(const QString& threadId)
{
    return runTurn(threadId, {}, {}, true);
}

quint64 PlaygroundSession::runTurn(const QString& threadId, const QString& text,
                                   const QString& fromCheckpoint, bool payment)
{
    const quint64 id = m_nextRequest++;
    if (m_turns++ == 0)
        emit busyChanged(true);
    run([id, threadId, text, fromCheckpoint, payment, cancel = m_cancel,
         self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        TurnResult result;
        result.threadId = threadId;
        QString problem;
        if (cancel->load())
            problem = tr("Stopped before the agent answered; nothing was stored.");
        else
            problem = w.threadProblem();
        if (!problem.isEmpty()) {
            result.error = problem;
            if (cancel->load())
                result.policyError = PolicyErrorKind::Cancelled;
        } else {
            QMetaObject::invokeMethod(
                self, [self, id, threadId] { emit self->turnStarted(id, threadId); },
                Qt::QueuedConnection);
            if (payment) {
                result = w.runtime->simulatePayment(threadId);
            } else {
                const auto onToken = [self, id, threadId](const QString& delta) {
                    QMetaObject::invokeMethod(
                        self,
                        [self, id, threadId, delta] {
                            emit self->tokenReceived(id, threadId, delta);
                        },
                        Qt::QueuedConnection);
                };
                result =
                    w.runtime->sendMessage(threadId, text, onToken, cancel.get(), fromCheckpoint);
            }
            if (result.threadId.isEmpty())
                result.threadId = threadId;
        }
        QMetaObject::invokeMethod(
            self,
            [self, id, result] {
                self->turnDone();
                emit self->turnFinished(id, result);
            },
            Qt::QueuedConnection);
    });
    return id;
}

void PlaygroundSession::turnDone()
{
    if (m_turns > 0 && --m_turns == 0)
        emit busyChanged(false);
}

void PlaygroundSession::cancel()
{
    // The turns queued so far hold this flag; the ones asked for later get a fresh one.
    m_cancel->store(true);
    m_cancel = std::make_shared<std::atomic_bool>(false);
}

quint64 PlaygroundSession::loadHistory(const QString& threadId)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        QList<CheckpointInfo> history;
        QString error = w.threadProblem();
        if (error.isEmpty())
            history = w.runtime->history(threadId, &error);
        QMetaObject::invokeMethod(
            self,
            [self, id, threadId, history, error] {
                emit self->historyLoaded(id, threadId, history, error);
            },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 PlaygroundSession::loadState(const QString& threadId, const QString& checkpointId)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, checkpointId,
         self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        ThreadSnapshot snapshot;
        snapshot.threadId = threadId;
        QString error = w.threadProblem();
        if (error.isEmpty())
            snapshot = w.runtime->state(threadId, checkpointId, &error);
        if (snapshot.threadId.isEmpty())
            snapshot.threadId = threadId;
        QMetaObject::invokeMethod(
            self, [self, id, snapshot, error] { emit self->stateLoaded(id, snapshot, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 PlaygroundSession::fork(const QString& threadId, const QString& checkpointId,
                                const ForkEdit& edit)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, checkpointId, edit,
         self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        QString newCheckpoint;
        QString error = w.threadProblem();
        if (error.isEmpty())
            newCheckpoint = w.runtime->fork(threadId, checkpointId, edit, &error);
        QMetaObject::invokeMethod(
            self,
            [self, id, threadId, newCheckpoint, error] {
                emit self->forked(id, threadId, newCheckpoint, error);
            },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 PlaygroundSession::deleteThread(const QString& threadId)
{
    const quint64 id = m_nextRequest++;
    run([id, threadId, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        QString error = w.threadProblem();
        if (error.isEmpty())
            if (const db::DbError e = w.runtime->deleteThread(threadId))
                error = e.userMessage();
        QMetaObject::invokeMethod(
            self, [self, id, threadId, error] { emit self->threadDeleted(id, threadId, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 PlaygroundSession::loadPrompts()
{
    const quint64 id = m_nextRequest++;
    run([id, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        PromptSet prompts = PromptSet::builtin();
        QString error;
        if (!w.ready()) {
            error = w.notReadyReason();
        } else if (w.unavailable.isEmpty()) {
            db::DbError e;
            prompts = PromptSet::load(*w.tools.connection, w.tools.ownerId, w.env.claims, &e);
            if (e) {
                error = e.userMessage();
                prompts = PromptSet::builtin();
            }
            w.runtime->setPrompts(prompts);
        }
        QMetaObject::invokeMethod(
            self, [self, id, prompts, error] { emit self->promptsLoaded(id, prompts, error); },
            Qt::QueuedConnection);
    });
    return id;
}

quint64 PlaygroundSession::savePrompt(const QString& node, const QString& body)
{
    const quint64 id = m_nextRequest++;
    run([id, node, body, self = QPointer<PlaygroundSession>(this)](PlaygroundWorker& w) {
        int version = 0;
        QString error = w.threadProblem();
        if (error.isEmpty()) {
            db::DbError e;
            version =
                PromptSet::save(*w.tools.connection, w.tools.ownerId, w.env.claims, node, body, &e);
            if (e) {
                error = e.userMessage();
            } else {
                // The runtime answers with the new prompt from the next turn on.
                PromptSet prompts = w.runtime->prompts();
                NodePrompt p = prompts.node(node);
                p.node = node;
                p.body = body;
                p.version = version;
                prompts.set(p);
                w.runtime->setPrompts(prompts);
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, id, node, version, error] { emit self->promptSaved(id, node, version, error); },
            Qt::QueuedConnection);
    });
    return id;
}

void PlaygroundSession::post(PlaygroundJob job)
{
    run([job = std::move(job)](PlaygroundWorker& w) {
        PlaygroundContext c;
        c.problem = w.threadProblem();
        if (c.problem.isEmpty()) {
            c.connection = w.tools.connection.get();
            c.ownerId = w.tools.ownerId;
            c.claims = w.env.claims;
            c.profileId = w.env.profileId;
            c.policy = w.policy.get();
            c.retriever = w.retriever.get();
            c.runtime = w.runtime.get();
        }
        job(c);
    });
}

} // namespace limitless::agent
