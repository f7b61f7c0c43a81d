#pragma once

#include "knowledge/KnowledgeEnvironment.h"
#include "knowledge/RetrievalEval.h"
#include "knowledge/Retriever.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QThread>

namespace limitless::knowledge {

class BenchWorker;

// The Documents page's test bench: searches the knowledge base as the agent would and runs the
// owner's saved test questions (hit@k, MRR, what changed since the last run), on a worker
// thread with its own connection and embedder, so the GUI thread never waits for an embedding
// or a query. Follows the same environment as the ingest queue (connection, claims, settings).
// Results arrive on the GUI thread as plain values.
class RetrievalBench : public QObject {
    Q_OBJECT

public:
    explicit RetrievalBench(EnvironmentTracker* environment, QObject* parent = nullptr);
    ~RetrievalBench() override;

    bool isReady() const { return m_ready; }
    QString problem() const { return m_problem; }
    // The in-process vector index is loaded on the worker as soon as it is connected, so that
    // the first search does not pay for it; a search asked for meanwhile waits for the rest of
    // the load (its result says so in its notes). What the load is doing or did, for a status
    // line; empty where nothing is loaded (pgvector serves the vectors).
    bool isIndexLoading() const { return m_indexLoading; }
    QString indexStatus() const { return m_indexStatus; }
    // The profile's fusion settings (weights, RRF constant) with `k` results.
    SearchOptions defaultOptions(int k = 5) const;

    // Returns the request's id (searchFinished carries it): only the newest answer matters.
    quint64 search(const QString& question, const SearchOptions& options);
    // The saved questions and the last run (questionsLoaded).
    void loadQuestions();
    void addQuestion(const TestQuestion& question);
    void removeQuestion(const QString& id);
    // Runs every saved question, stores the run and compares it with the one before.
    void runAll(const SearchOptions& options);

signals:
    void readyChanged(bool ready);
    void problemChanged(const QString& problem);
    void indexStatusChanged(const QString& status);
    void searchFinished(quint64 requestId, const QString& question,
                        const limitless::knowledge::SearchResult& result);
    void questionsLoaded(const QList<limitless::knowledge::TestQuestion>& questions,
                         const limitless::knowledge::EvalReport& lastRun, const QString& error);
    void questionAdded(const QString& id, const QString& error);
    void questionRemoved(const QString& id, const QString& error);
    void runStarted(int questions);
    void runFinished(const limitless::knowledge::EvalReport& report,
                     const limitless::knowledge::EvalReport& previous,
                     const QList<limitless::knowledge::EvalChange>& changes, const QString& error);

private:
    template <typename Job> void run(Job&& job);
    void setReady(bool ready, const QString& problem);
    void setIndexStatus(bool loading, const QString& status);

    EnvironmentTracker* m_environment;
    QThread m_thread;
    BenchWorker* m_worker;
    quint64 m_nextRequest = 1;
    bool m_ready = false;
    QString m_problem;
    bool m_indexLoading = false;
    QString m_indexStatus;
};

} // namespace limitless::knowledge

Q_DECLARE_METATYPE(limitless::knowledge::TestQuestion)
Q_DECLARE_METATYPE(limitless::knowledge::EvalReport)
Q_DECLARE_METATYPE(limitless::knowledge::EvalChange)
