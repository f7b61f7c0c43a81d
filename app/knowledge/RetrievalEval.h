#pragma once

#include "knowledge/Retriever.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace limitless::db {
class PgConnection;
}

namespace limitless::knowledge {

// A question with the place its answer is known to be: the owner's regression test for the
// knowledge base. A retrieved chunk answers it when it comes from the expected file and, where
// given, from the expected page and section.
struct TestQuestion {
    Q_DECLARE_TR_FUNCTIONS(TestQuestion)

public:
    QString id; // limitless.retrieval_questions.id (empty for a file's question)
    QString question;
    QString expectedFilename;
    int expectedPage = -1;
    QString expectedSection;

    bool answeredBy(const SearchHit& hit) const;
    QString expectationText() const; // "pricing.pdf p. 3 § Plans"

    // [{"question": …, "document": "file.pdf", "page": 3, "section": "…"}, …]
    static QList<TestQuestion> readFile(const QString& path, QString* error);
    static QList<TestQuestion> fromJson(const QByteArray& json, QString* error);
};

struct EvalItem {
    TestQuestion question;
    int rank = 0;  // 1-based rank of the first answering chunk within k; 0 = a miss
    QString found; // what came first: "file p. 2 § …"
};

struct EvalReport {
    QList<EvalItem> items;
    int k = 3;
    double hitRate = 0; // hit@k
    double mrr = 0;     // mean reciprocal rank (a miss counts 0)
    QString error;
    QJsonObject toJson() const;
    static EvalReport fromJson(const QJsonObject& o);
};

// How each question fared against an earlier run: better, worse, same, new.
struct EvalChange {
    QString question;
    int before = -1; // -1: not in the earlier run
    int after = 0;
    bool better() const { return before >= 0 && rankValue(after) > rankValue(before); }
    bool worse() const { return before >= 0 && rankValue(after) < rankValue(before); }
    static double rankValue(int rank) { return rank > 0 ? 1.0 / rank : 0.0; }
};

EvalReport evaluateQuestions(Retriever& retriever, const QList<TestQuestion>& questions,
                             const SearchOptions& options);
QList<EvalChange> compareRuns(const EvalReport& before, const EvalReport& after);

// Saved questions and runs (limitless.retrieval_questions / retrieval_runs).
class TestQuestionStore {
    Q_DECLARE_TR_FUNCTIONS(TestQuestionStore)

public:
    TestQuestionStore(db::PgConnection& connection, QByteArray claims = {});
    QList<TestQuestion> list(const QString& ownerId, db::DbError* error);
    QString add(const QString& ownerId, const TestQuestion& q, db::DbError* error);
    db::DbError remove(const QString& id);
    db::DbError saveRun(const QString& ownerId, const EvalReport& report);
    // The newest run before now, if any (report.items empty when there is none).
    EvalReport lastRun(const QString& ownerId, db::DbError* error);

private:
    db::PgConnection& m_conn;
    QByteArray m_claims;
};

} // namespace limitless::knowledge
