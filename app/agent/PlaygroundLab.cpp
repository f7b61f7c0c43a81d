#include "agent/PlaygroundLab.h"

#include "agent/PlaygroundSession.h"
#include "agent/Policy.h"
#include "agent/ScenarioRunner.h"
#include "agent/ScenarioStore.h"
#include "agent/StateChannels.h"
#include "agent/ThreadStore.h"
#include "agent/server/ServerClient.h"
#include "agent/server/ServerReplay.h"

#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QDateTime>
#include <QFile>
#include <QPointer>

namespace limitless::agent {

using langgraph::LcMessage;

namespace {

int leadTurnsOf(const AgentState& state)
{
    int n = 0;
    for (const LcMessage& m : state.messages)
        n += m.kind == LcMessage::Kind::Human ? 1 : 0;
    return n;
}

QString sql(const char* name)
{
    QFile f(QStringLiteral(":/agent/queries/%1.sql").arg(QLatin1String(name)));
    const bool opened = f.open(QIODevice::ReadOnly);
    Q_ASSERT_X(opened, "PlaygroundLab", name);
    return opened ? QString::fromUtf8(f.readAll()) : QString();
}

ConversationFigures figures(const PlaygroundContext& c, const QString& id)
{
    ConversationFigures out;
    if (id.isEmpty())
        return out;
    const db::QueryResult r =
        db::execWithClaims(*c.connection, {{sql("conversation_figures"), {id}}}, c.claims).value(0);
    if (!r.ok() || r.rowCount() == 0)
        return out;
    out.found = true;
    out.stage = r.value(0, 0).toString();
    out.qualified = r.value(0, 1).toBool();
    out.score = r.value(0, 2).toDouble();
    out.paymentLinkSent = r.value(0, 3).toBool();
    out.handle = r.value(0, 4).toString();
    return out;
}

// Calls `f` on `self`'s (the GUI) thread, unless `self` went away meanwhile.
template <typename F> void answer(const QPointer<PlaygroundLab>& self, F&& f)
{
    QMetaObject::invokeMethod(
        self,
        [self, f = std::forward<F>(f)]() mutable {
            if (self)
                f(self.data());
        },
        Qt::QueuedConnection);
}

} // namespace

PlaygroundLab::PlaygroundLab(PlaygroundSession* session, QObject* parent)
    : QObject(parent), m_session(session), m_cancelRuns(std::make_shared<std::atomic_bool>(false))
{}

bool PlaygroundLab::meets(const ScenarioOutcome& outcome, const ScenarioOutcome& expected)
{
    return outcome.ok() && outcome.stageReached == expected.stageReached &&
           outcome.qualified == expected.qualified &&
           outcome.paymentLinkSent == expected.paymentLinkSent;
}

quint64 PlaygroundLab::replay(const QString& conversationId, int turn)
{
    const quint64 id = m_nextRequest++;
    m_session->post([id, conversationId, turn,
                     self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        ReplayResult result;
        result.originalThreadId = conversationId;
        ConversationFigures original, copy;
        if (!c.problem.isEmpty()) {
            result.error = c.problem;
        } else {
            int copied = turn;
            if (copied < 0) {
                ThreadStore store(*c.connection, c.ownerId, c.claims);
                db::DbError e;
                const ThreadSnapshot original = store.load(conversationId, {}, &e);
                copied = e ? 0 : leadTurnsOf(original.state);
            }
            Replay replay(*c.connection, c.ownerId, c.claims, *c.policy, c.retriever);
            replay.setPrompts(c.runtime->prompts());
            result = replay.run(conversationId, copied);
            original = figures(c, conversationId);
            copy = figures(c, result.replayThreadId);
        }
        answer(self, [id, result, original, copy](PlaygroundLab* lab) {
            emit lab->replayed(id, result, original, copy);
        });
    });
    return id;
}

quint64 PlaygroundLab::replayOnServer(const QString& conversationId, int turn,
                                      const server::ServerEndpoint& endpoint)
{
    const quint64 id = m_nextRequest++;
    m_session->post([id, conversationId, turn, endpoint,
                     self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        ReplayResult result;
        result.originalThreadId = conversationId;
        result.policy = QStringLiteral("server:") + endpoint.assistantId;
        ConversationFigures original, copy;
        if (!c.problem.isEmpty()) {
            result.error = c.problem;
        } else if (!endpoint.isSet()) {
            result.error = PlaygroundLab::tr("No LangGraph server is set for this profile.");
        } else {
            int copied = turn;
            if (copied < 0) {
                ThreadStore store(*c.connection, c.ownerId, c.claims);
                db::DbError e;
                const ThreadSnapshot snapshot = store.load(conversationId, {}, &e);
                copied = e ? 0 : leadTurnsOf(snapshot.state);
            }
            server::ServerClient client(endpoint.url, endpoint.apiKey);
            server::ServerReplay replay(*c.connection, c.ownerId, c.claims, client,
                                        endpoint.assistantId);
            result = replay.run(conversationId, copied);
            original = figures(c, conversationId);
            if (!result.replayThreadId.isEmpty()) {
                // The server's thread is no conversations row: its state says where it got.
                server::ServerError e;
                const server::StateSnapshot head = client.state(result.replayThreadId, &e);
                const AgentState& s = head.state;
                copy.found = !e;
                copy.handle = original.handle;
                copy.stage = e ? result.replay.stageReached : s.currentStage;
                copy.qualified = e ? result.replay.qualified : s.qualified;
                copy.score = e ? 0 : s.qualificationScore;
                copy.paymentLinkSent = e ? result.replay.paymentLinkSent : s.paymentLinkSent;
            }
        }
        answer(self, [id, result, original, copy](PlaygroundLab* lab) {
            emit lab->replayed(id, result, original, copy);
        });
    });
    return id;
}

quint64 PlaygroundLab::loadServerTranscript(const QString& threadId,
                                            const server::ServerEndpoint& endpoint)
{
    const quint64 id = m_nextRequest++;
    m_session->post([id, threadId, endpoint,
                     self = QPointer<PlaygroundLab>(this)](const PlaygroundContext&) {
        QList<TranscriptLine> lines;
        server::ServerClient client(endpoint.url, endpoint.apiKey);
        server::ServerError e;
        const server::StateSnapshot s = client.state(threadId, &e);
        const QString error = e ? e.message : QString();
        for (const LcMessage& m : s.state.messages) {
            if (m.content.isEmpty() ||
                (m.kind != LcMessage::Kind::Human && m.kind != LcMessage::Kind::Ai))
                continue;
            lines.append(
                {m.kind == LcMessage::Kind::Human ? QStringLiteral("human") : QStringLiteral("ai"),
                 QString::fromUtf8(m.content)});
        }
        answer(self, [id, threadId, lines, error](PlaygroundLab* lab) {
            emit lab->transcriptLoaded(id, threadId, QString(), lines, error);
        });
    });
    return id;
}

quint64 PlaygroundLab::loadTranscript(const QString& threadId)
{
    const quint64 id = m_nextRequest++;
    m_session->post(
        [id, threadId, self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
            QList<TranscriptLine> lines;
            QString handle;
            QString error = c.problem;
            if (error.isEmpty()) {
                ThreadStore store(*c.connection, c.ownerId, c.claims);
                db::DbError e;
                const ThreadSnapshot s = store.load(threadId, {}, &e);
                if (e) {
                    error = e.userMessage();
                } else {
                    handle = s.instagramHandle;
                    for (const LcMessage& m : s.state.messages) {
                        if (m.content.isEmpty() ||
                            (m.kind != LcMessage::Kind::Human && m.kind != LcMessage::Kind::Ai))
                            continue;
                        lines.append({m.kind == LcMessage::Kind::Human ? QStringLiteral("human")
                                                                       : QStringLiteral("ai"),
                                      QString::fromUtf8(m.content)});
                    }
                }
            }
            answer(self, [id, threadId, handle, lines, error](PlaygroundLab* lab) {
                emit lab->transcriptLoaded(id, threadId, handle, lines, error);
            });
        });
    return id;
}

quint64 PlaygroundLab::listScenarios()
{
    const quint64 id = m_nextRequest++;
    m_session->post([id, self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        QList<ScenarioEntry> entries;
        QString error = c.problem;
        if (error.isEmpty()) {
            ScenarioStore store(*c.connection, c.ownerId, c.claims);
            db::DbError e;
            const QList<Scenario> list = store.list(&e);
            QHash<QString, ScenarioOutcome> latest, first;
            if (!e)
                latest = store.latestRuns(&e);
            if (!e)
                first = store.firstRuns(&e);
            if (e) {
                error = e.userMessage();
            } else {
                for (const Scenario& s : list) {
                    ScenarioEntry entry;
                    entry.scenario = s;
                    entry.hasLatest = latest.contains(s.id);
                    entry.latest = latest.value(s.id);
                    entry.hasExpected = first.contains(s.id);
                    entry.expected = first.value(s.id);
                    entries.append(entry);
                }
            }
        }
        answer(self, [id, entries, error](PlaygroundLab* lab) {
            emit lab->scenariosListed(id, entries, error);
        });
    });
    return id;
}

quint64 PlaygroundLab::saveScenario(const QString& threadId, const QString& name,
                                    const QString& campaignCode, bool replace)
{
    const quint64 id = m_nextRequest++;
    m_session->post([id, threadId, name, campaignCode, replace,
                     self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        Scenario scenario;
        scenario.name = name.trimmed();
        scenario.campaignCode = campaignCode;
        scenario.sourceThreadId = threadId;
        QString error = c.problem;
        ThreadSnapshot snapshot;
        if (error.isEmpty()) {
            ThreadStore threads(*c.connection, c.ownerId, c.claims);
            db::DbError e;
            snapshot = threads.load(threadId, {}, &e);
            if (e)
                error = e.userMessage();
            else
                scenario.leadTurns = ScenarioStore::leadTurns(snapshot.state);
        }
        if (error.isEmpty())
            error = ScenarioStore::validate(scenario);
        if (error.isEmpty()) {
            ScenarioStore store(*c.connection, c.ownerId, c.claims);
            db::DbError e;
            scenario.id = store.save(scenario, replace, &e);
            if (e) {
                error = e.kind == db::DbError::Kind::UniqueViolation
                            ? PlaygroundLab::tr("A scenario called “%1” exists already.")
                                  .arg(scenario.name)
                            : e.userMessage();
            } else {
                // Where the conversation got is what later runs are held to.
                ScenarioOutcome expected;
                expected.threadId = threadId;
                expected.policy = c.policy->name();
                expected.promptVersion = c.runtime->prompts().version();
                expected.stageReached = snapshot.state.currentStage;
                expected.qualified = snapshot.state.qualified;
                expected.paymentLinkSent = snapshot.state.paymentLinkSent;
                expected.turns = int(scenario.leadTurns.size());
                expected.replies = Replay::replies(snapshot.state.messages);
                expected.state = StateChannels::toJson(snapshot.state);
                expected.state.remove(QStringLiteral("retrieved_chunks"));
                expected.ranAt = QDateTime::currentDateTimeUtc();
                expected.fingerprint = ScenarioRunner::fingerprint(expected);
                if (const db::DbError r = store.recordRun(scenario.id, expected))
                    error = r.userMessage();
            }
        }
        answer(self, [id, scenario, error](PlaygroundLab* lab) {
            emit lab->scenarioSaved(id, scenario, error);
        });
    });
    return id;
}

quint64 PlaygroundLab::deleteScenario(const QString& name)
{
    const quint64 id = m_nextRequest++;
    m_session->post([id, name, self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        QString error = c.problem;
        if (error.isEmpty()) {
            ScenarioStore store(*c.connection, c.ownerId, c.claims);
            db::DbError e;
            if (!store.remove(name, &e) && !e)
                error = PlaygroundLab::tr("There is no scenario called “%1”.").arg(name);
            else if (e)
                error = e.userMessage();
        }
        answer(self, [id, name, error](PlaygroundLab* lab) {
            emit lab->scenarioDeleted(id, name, error);
        });
    });
    return id;
}

quint64 PlaygroundLab::runScenarios(const QStringList& names)
{
    const quint64 id = m_nextRequest++;
    m_cancelRuns = std::make_shared<std::atomic_bool>(false);
    m_session->post([id, names, cancel = m_cancelRuns,
                     self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        QList<ScenarioReport> reports;
        QString error = c.problem;
        if (error.isEmpty()) {
            ScenarioStore store(*c.connection, c.ownerId, c.claims);
            db::DbError e;
            QList<Scenario> chosen;
            const QList<Scenario> all = store.list(&e);
            for (const Scenario& s : all)
                if (names.isEmpty() || names.contains(s.name))
                    chosen.append(s);
            if (e) {
                error = e.userMessage();
            } else if (chosen.isEmpty()) {
                error = PlaygroundLab::tr("There is no saved scenario to run.");
            } else {
                ScenarioRunner runner(*c.connection, c.ownerId, c.claims, *c.policy, c.retriever);
                // The prompts the next playground turn uses: the saved versions.
                runner.setPrompts(c.runtime->prompts());
                const int total = int(chosen.size());
                for (int i = 0; i < total && !cancel->load(); ++i) {
                    const QList<ScenarioReport> one = runner.runAll({chosen.at(i)}, &e);
                    if (e) {
                        error = e.userMessage();
                        break;
                    }
                    if (one.isEmpty())
                        continue;
                    reports.append(one.first());
                    answer(self,
                           [id, done = i + 1, total, report = one.first()](PlaygroundLab* lab) {
                               emit lab->scenarioRan(id, done, total, report);
                           });
                }
                if (error.isEmpty() && cancel->load() && reports.size() < total)
                    error = PlaygroundLab::tr("Stopped after %n scenario(s).", nullptr,
                                              int(reports.size()));
            }
        }
        answer(self, [id, reports, error](PlaygroundLab* lab) {
            emit lab->scenariosRan(id, reports, error);
        });
    });
    return id;
}

quint64 PlaygroundLab::runScenarios(const QStringList& names, server::ScenarioBackends backends,
                                    const server::ServerEndpoint& endpoint)
{
    if (backends == server::ScenarioBackends::BuiltIn)
        return runScenarios(names);
    const quint64 id = m_nextRequest++;
    m_cancelRuns = std::make_shared<std::atomic_bool>(false);
    m_session->post([id, names, backends, endpoint, cancel = m_cancelRuns,
                     self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        QList<server::BackendComparison> rows;
        QString error = c.problem;
        if (error.isEmpty() && !endpoint.isSet())
            error = PlaygroundLab::tr("No LangGraph server is set for this profile.");
        if (error.isEmpty()) {
            ScenarioStore store(*c.connection, c.ownerId, c.claims);
            db::DbError e;
            QList<Scenario> chosen;
            for (const Scenario& s : store.list(&e))
                if (names.isEmpty() || names.contains(s.name))
                    chosen.append(s);
            if (e) {
                error = e.userMessage();
            } else if (chosen.isEmpty()) {
                error = PlaygroundLab::tr("There is no saved scenario to run.");
            } else {
                server::ServerClient client(endpoint.url, endpoint.apiKey);
                server::ServerError se;
                client.testConnection(&se);
                if (se) {
                    error = se.message;
                } else {
                    ScenarioRunner runner(*c.connection, c.ownerId, c.claims, *c.policy,
                                          c.retriever);
                    runner.setPrompts(c.runtime->prompts());
                    server::ServerScenarioRunner remote(client, endpoint.assistantId);
                    const bool both = backends == server::ScenarioBackends::Both;
                    server::BackendSuite suite(both ? &runner : nullptr, both ? &store : nullptr,
                                               remote);
                    rows = suite.run(
                        chosen, &e,
                        [&](int done, int total, const server::BackendComparison& row) {
                            answer(self, [id, done, total, row](PlaygroundLab* lab) {
                                emit lab->scenarioCompared(id, done, total, row);
                            });
                        },
                        cancel.get());
                    if (e)
                        error = e.userMessage();
                    else if (cancel->load() && rows.size() < chosen.size())
                        error = PlaygroundLab::tr("Stopped after %n scenario(s).", nullptr,
                                                  int(rows.size()));
                }
            }
        }
        answer(self, [id, rows, error](PlaygroundLab* lab) {
            emit lab->scenariosCompared(id, rows, error);
        });
    });
    return id;
}

void PlaygroundLab::cancelRuns()
{
    m_cancelRuns->store(true);
}

quint64 PlaygroundLab::loadPromptHistory(const QString& node)
{
    const quint64 id = m_nextRequest++;
    m_session->post([id, node, self = QPointer<PlaygroundLab>(this)](const PlaygroundContext& c) {
        QList<NodePrompt> versions;
        QString error = c.problem;
        if (error.isEmpty()) {
            db::DbError e;
            versions = PromptSet::history(*c.connection, c.ownerId, c.claims, node, &e);
            if (e)
                error = e.userMessage();
        }
        answer(self, [id, node, versions, error](PlaygroundLab* lab) {
            emit lab->promptHistoryLoaded(id, node, versions, error);
        });
    });
    return id;
}

} // namespace limitless::agent
