#include "knowledge/RetrievalBench.h"

#include "db/Additions.h"
#include "db/PgConnection.h"
#include "knowledge/Embedder.h"

#include <QPointer>

#include <memory>

namespace limitless::knowledge {

// Lives on the bench's thread; jobs are lambdas queued to it, one at a time.
class BenchWorker : public QObject {
public:
    KnowledgeEnvironment env;
    KnowledgeTools tools;
    std::unique_ptr<Retriever> retriever;
    std::unique_ptr<TestQuestionStore> questions;

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
        run([env, self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
            const QString problem = w.configure(env);
            const bool ready = env.isValid() && problem.isEmpty();
            QMetaObject::invokeMethod(
                self, [self, ready, problem] { self->setReady(ready, problem); },
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
    run([id, question, options, self = QPointer<RetrievalBench>(this)](BenchWorker& w) {
        SearchResult result;
        if (w.ready())
            result = w.retriever->search(question, options);
        else
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
