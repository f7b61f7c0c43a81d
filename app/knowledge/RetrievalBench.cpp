#include "knowledge/RetrievalBench.h"

#include "db/Additions.h"
#include "db/PgConnection.h"
#include "knowledge/Embedder.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QPointer>

#include <chrono>
#include <memory>

namespace limitless::knowledge {

namespace {
qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}
} // namespace

// Lives on the bench's thread; jobs are lambdas queued to it, one at a time.
class BenchWorker : public QObject {
public:
    KnowledgeEnvironment env;
    KnowledgeTools tools;
    std::unique_ptr<Retriever> retriever;
    std::unique_ptr<TestQuestionStore> questions;
    // When the last index load ended (steadyMs), -1 = none yet: a
    // search asked for before that waited for it.
    qint64 indexLoadedAt = -1;

    ~BenchWorker() override { drop(); }

    void drop()
    {
        // Both refer to the connection and the embedder in `tools`.
        retriever.reset();
        questions.reset();
        tools = KnowledgeTools();
    }

    // Opens (or keeps) the connection for `e`; returns the problem, if any.
    QString configure(const KnowledgeEnvironment& e)
    {
        if (!e.isValid()) {
            drop();
            env = e;
            return {};
        }
        retriever.reset();
        questions.reset();
        if (!tools.connection || !tools.connection->isOk() || !env.sameConnection(e))
            tools = KnowledgeTools::open(e, false);
        else
            tools.rebuild(e, false);
        env = e;
        if (!tools.ok())
            return tools.error;
        retriever = std::make_unique<Retriever>(*tools.connection, *tools.embedder, e.claims);
        questions = std::make_unique<TestQuestionStore>(*tools.connection, e.claims);
        return {};
    }

    // A dropped connection is opened again before a job; false when that failed.
    bool ready()
    {
        if (!env.isValid())
            return false;
        if (tools.connection && tools.connection->isOk() && retriever)
            return true;
        return configure(env).isEmpty() && retriever != nullptr;
    }
};

RetrievalBench::RetrievalBench(EnvironmentTracker* environment, QObject* parent)
    : QObject(parent), m_environment(environment), m_worker(new BenchWorker)
{
    qRegisterMetaType<SearchResult>();
    qRegisterMetaType<TestQuestion>();
    qRegisterMetaType<EvalReport>();
    qRegisterMetaType<EvalChange>();
    m_worker->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("knowledge-bench"));
    m_thread.start();

    auto configure = [this](const KnowledgeEnvironment& env) {
        if (env.isValid())
            setIndexStatus(true, tr("Loading the search index…"));
        run([env, self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
            const QString problem = w.configure(env);
            const bool ready = env.isValid() && problem.isEmpty();
            QMetaObject::invokeMethod(
                self, [self, ready, problem] { self->setReady(ready, problem); },
                Qt::QueuedConnection);
            // The in-process index's first load takes seconds on a large knowledge base:
            // done now, before anyone searches. Jobs run one at a time, so a search asked
            // for meanwhile runs right after it.
            QString status;
            if (ready) {
                QElapsedTimer t;
                t.start();
                db::DbError e;
                const qsizetype held = w.retriever->warmUp(&e);
                w.indexLoadedAt = steadyMs();
                const QLocale locale;
                if (e)
                    status = tr("The search index could not be loaded ahead (%1); the first "
                                "search loads it.")
                                 .arg(e.userMessage());
                else if (held > 0)
                    status = tr("Search index: %1 chunks loaded in %2 s.")
                                 .arg(locale.toString(held))
                                 .arg(locale.toString(double(t.elapsed()) / 1000.0, 'f', 1));
            }
            QMetaObject::invokeMethod(
                self, [self, status] { self->setIndexStatus(false, status); },
                Qt::QueuedConnection);
        });
    };
    connect(m_environment, &EnvironmentTracker::environmentChanged, this, configure);
    if (m_environment->current().isValid())
        configure(m_environment->current());
}

RetrievalBench::~RetrievalBench()
{
    BenchWorker* worker = m_worker;
    // A search in progress finishes first (a query is short); then the connection closes on
    // its own thread.
    QMetaObject::invokeMethod(
        worker, [worker] { worker->drop(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete worker;
}

template <typename Job> void RetrievalBench::run(Job&& job)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job = std::forward<Job>(job)]() mutable { job(*w); },
        Qt::QueuedConnection);
}

void RetrievalBench::setReady(bool ready, const QString& problem)
{
    const bool readyDiffers = ready != m_ready;
    const bool problemDiffers = problem != m_problem;
    m_ready = ready;
    m_problem = problem;
    if (readyDiffers)
        emit readyChanged(ready);
    if (problemDiffers)
        emit problemChanged(problem);
}

void RetrievalBench::setIndexStatus(bool loading, const QString& status)
{
    m_indexLoading = loading;
    if (status == m_indexStatus)
        return;
    m_indexStatus = status;
    emit indexStatusChanged(status);
}

SearchOptions RetrievalBench::defaultOptions(int k) const
{
    const KnowledgeSettings s = m_environment->settings();
    SearchOptions o;
    o.k = k;
    o.vectorWeight = s.vectorWeight;
    o.textWeight = s.textWeight;
    o.rrfK = s.rrfK;
    return o;
}

namespace {
QString notReady()
{
    return RetrievalBench::tr("The test bench is not connected to the knowledge base yet.");
}
} // namespace

quint64 RetrievalBench::search(const QString& question, const SearchOptions& options)
{
    const quint64 id = m_nextRequest++;
    const qint64 askedAt = steadyMs();
    run([id, question, options, askedAt, self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
        SearchResult result;
        if (w.ready()) {
            result = w.retriever->search(question, options);
            if (w.indexLoadedAt > askedAt)
                result.notes << tr("waited %1 ms for the search index to load")
                                    .arg(QLocale().toString(w.indexLoadedAt - askedAt));
        } else
            result.error =
                db::DbError::client(w.tools.error.isEmpty() ? notReady() : w.tools.error);
        QMetaObject::invokeMethod(
            self, [self, id, question, result] { emit self->searchFinished(id, question, result); },
            Qt::QueuedConnection);
    });
    return id;
}

void RetrievalBench::loadQuestions()
{
    run([self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
        QList<TestQuestion> questions;
        EvalReport last;
        QString error;
        if (!w.ready()) {
            error = w.tools.error.isEmpty() ? notReady() : w.tools.error;
        } else if (!w.tools.additions) {
            error = tr("Saved test questions need the knowledge-base additions: run `%1`.")
                        .arg(db::Additions::installCommand());
        } else {
            db::DbError e;
            questions = w.questions->list(w.tools.ownerId, &e);
            if (!e)
                last = w.questions->lastRun(w.tools.ownerId, &e);
            if (e)
                error = e.userMessage();
        }
        QMetaObject::invokeMethod(
            self,
            [self, questions, last, error] { emit self->questionsLoaded(questions, last, error); },
            Qt::QueuedConnection);
    });
}

void RetrievalBench::addQuestion(const TestQuestion& question)
{
    run([question, self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
        QString id;
        QString error;
        if (!w.ready()) {
            error = w.tools.error.isEmpty() ? notReady() : w.tools.error;
        } else {
            db::DbError e;
            id = w.questions->add(w.tools.ownerId, question, &e);
            if (e)
                error = e.userMessage();
        }
        QMetaObject::invokeMethod(
            self, [self, id, error] { emit self->questionAdded(id, error); }, Qt::QueuedConnection);
    });
}

void RetrievalBench::removeQuestion(const QString& id)
{
    run([id, self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
        QString error;
        if (!w.ready())
            error = w.tools.error.isEmpty() ? notReady() : w.tools.error;
        else if (const db::DbError e = w.questions->remove(id))
            error = e.userMessage();
        QMetaObject::invokeMethod(
            self, [self, id, error] { emit self->questionRemoved(id, error); },
            Qt::QueuedConnection);
    });
}

void RetrievalBench::runAll(const SearchOptions& options)
{
    run([options, self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
        EvalReport report;
        EvalReport previous;
        QList<EvalChange> changes;
        QString error;
        if (!w.ready()) {
            error = w.tools.error.isEmpty() ? notReady() : w.tools.error;
        } else {
            db::DbError e;
            const QList<TestQuestion> questions = w.questions->list(w.tools.ownerId, &e);
            if (!e)
                previous = w.questions->lastRun(w.tools.ownerId, &e);
            if (e) {
                error = e.userMessage();
            } else if (questions.isEmpty()) {
                error = tr("There are no saved questions to run yet.");
            } else {
                QMetaObject::invokeMethod(
                    self, [self, n = int(questions.size())] { emit self->runStarted(n); },
                    Qt::QueuedConnection);
                report = evaluateQuestions(*w.retriever, questions, options);
                error = report.error;
                if (error.isEmpty()) {
                    if (const db::DbError se = w.questions->saveRun(w.tools.ownerId, report))
                        error = tr("The run could not be saved: %1").arg(se.userMessage());
                    changes = compareRuns(previous, report);
                }
            }
        }
        QMetaObject::invokeMethod(
            self,
            [self, report, previous, changes, error] {
                emit self->runFinished(report, previous, changes, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace limitless::knowledge
