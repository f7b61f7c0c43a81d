#include "knowledge/RetrievalEval.h"

#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace limitless::knowledge {

using db::DbError;
using db::QueryResult;
using db::Statement;

bool TestQuestion::answeredBy(const SearchHit& hit) const
{
    if (hit.filename.compare(expectedFilename, Qt::CaseInsensitive) != 0)
        return false;
    if (expectedPage > 0 && hit.page != expectedPage)
        return false;
    if (!expectedSection.isEmpty() &&
        !hit.section.contains(expectedSection, Qt::CaseInsensitive))
        return false;
    return true;
}

QString TestQuestion::expectationText() const
{
    QString s = expectedFilename;
    if (expectedPage > 0)
        s += QLatin1Char(' ') + tr("p. %1").arg(expectedPage);
    if (!expectedSection.isEmpty())
        s += QStringLiteral(" § ") + expectedSection;
    return s;
}

QList<TestQuestion> TestQuestion::fromJson(const QByteArray& json, QString* error)
{
    QList<TestQuestion> out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *error = tr("The questions are not JSON: %1 at offset %2.")
                     .arg(pe.errorString())
                     .arg(pe.offset);
        return out;
    }
    const QJsonArray a = doc.isArray() ? doc.array()
                                       : doc.object().value(QStringLiteral("questions")).toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QJsonObject o = a.at(i).toObject();
        TestQuestion q;
        q.question = o.value(QStringLiteral("question")).toString().trimmed();
        q.expectedFilename = o.value(QStringLiteral("document")).toString().trimmed();
        q.expectedPage = o.value(QStringLiteral("page")).toInt(-1);
        q.expectedSection = o.value(QStringLiteral("section")).toString().trimmed();
        if (q.question.isEmpty() || q.expectedFilename.isEmpty()) {
            *error = tr("Question %1 needs \"question\" and \"document\".").arg(i + 1);
            return {};
        }
        out.append(q);
    }
    if (out.isEmpty())
        *error = tr("There are no questions in the file.");
    return out;
}

QList<TestQuestion> TestQuestion::readFile(const QString& path, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return fromJson(f.readAll(), error);
}

QJsonObject EvalReport::toJson() const
{
    QJsonArray a;
    for (const EvalItem& i : items)
        a.append(QJsonObject{{QStringLiteral("question"), i.question.question},
                             {QStringLiteral("document"), i.question.expectedFilename},
                             {QStringLiteral("page"), i.question.expectedPage > 0
                                                          ? QJsonValue(i.question.expectedPage)
                                                          : QJsonValue()},
                             {QStringLiteral("section"), i.question.expectedSection.isEmpty()
                                                             ? QJsonValue()
                                                             : QJsonValue(
                                                                   i.question.expectedSection)},
                             {QStringLiteral("rank"), i.rank > 0 ? QJsonValue(i.rank)
                                                                 : QJsonValue()},
                             {QStringLiteral("hit"), i.rank > 0},
                             {QStringLiteral("found"), i.found}});
    return QJsonObject{{QStringLiteral("k"), k},
                       {QStringLiteral("hit_rate"), hitRate},
                       {QStringLiteral("mrr"), mrr},
                       {QStringLiteral("questions"), a}};
}

EvalReport EvalReport::fromJson(const QJsonObject& o)
{
    EvalReport r;
    r.k = o.value(QStringLiteral("k")).toInt(3);
    r.hitRate = o.value(QStringLiteral("hit_rate")).toDouble();
    r.mrr = o.value(QStringLiteral("mrr")).toDouble();
    for (const QJsonValue& v : o.value(QStringLiteral("questions")).toArray()) {
        const QJsonObject q = v.toObject();
        EvalItem i;
        i.question.question = q.value(QStringLiteral("question")).toString();
        i.question.expectedFilename = q.value(QStringLiteral("document")).toString();
        i.question.expectedPage = q.value(QStringLiteral("page")).toInt(-1);
        i.question.expectedSection = q.value(QStringLiteral("section")).toString();
        i.rank = q.value(QStringLiteral("rank")).toInt(0);
        i.found = q.value(QStringLiteral("found")).toString();
        r.items.append(i);
    }
    return r;
}

EvalReport evaluateQuestions(Retriever& retriever, const QList<TestQuestion>& questions,
                             const SearchOptions& options)
{
    EvalReport report;
    report.k = options.k;
    double reciprocal = 0;
    int hits = 0;
    for (const TestQuestion& q : questions) {
        const SearchResult r = retriever.search(q.question, options);
        if (!r.ok()) {
            report.error = r.error.userMessage();
            return report;
        }
        EvalItem item;
        item.question = q;
        for (int i = 0; i < r.hits.size(); ++i) {
            if (q.answeredBy(r.hits.at(i))) {
                item.rank = i + 1;
                break;
            }
        }
        if (!r.hits.isEmpty()) {
            const SearchHit& h = r.hits.first();
            TestQuestion where;
            where.expectedFilename = h.filename;
            where.expectedPage = h.page;
            where.expectedSection = h.section;
            item.found = where.expectationText();
        }
        if (item.rank > 0) {
            ++hits;
            reciprocal += 1.0 / item.rank;
        }
        report.items.append(item);
    }
    if (!questions.isEmpty()) {
        report.hitRate = double(hits) / double(questions.size());
        report.mrr = reciprocal / double(questions.size());
    }
    return report;
}

QList<EvalChange> compareRuns(const EvalReport& before, const EvalReport& after)
{
    QHash<QString, int> old;
    for (const EvalItem& i : before.items)
        old.insert(i.question.question, i.rank);
    QList<EvalChange> out;
    for (const EvalItem& i : after.items)
        out.append({i.question.question, old.value(i.question.question, -1), i.rank});
    return out;
}

TestQuestionStore::TestQuestionStore(db::PgConnection& connection, QByteArray claims)
    : m_conn(connection), m_claims(std::move(claims))
{
}

QList<TestQuestion> TestQuestionStore::list(const QString& ownerId, DbError* error)
{
    const QList<QueryResult> r = db::execWithClaims(
        m_conn,
        {{QStringLiteral("select id, question, expected_filename, expected_page, "
                         "expected_section from limitless.retrieval_questions "
                         "where owner_id = $1 order by created_at, id"),
          {ownerId}}},
        m_claims);
    QList<TestQuestion> out;
    if (error)
        *error = r.value(0).error;
    if (r.isEmpty() || !r.first().ok())
        return out;
    const QueryResult& q = r.first();
    for (int i = 0; i < q.rowCount(); ++i) {
        TestQuestion t;
        t.id = q.value(i, 0).toString();
        t.question = q.value(i, 1).toString();
        t.expectedFilename = q.value(i, 2).toString();
        t.expectedPage = q.value(i, 3).isValid() ? q.value(i, 3).toInt() : -1;
        t.expectedSection = q.value(i, 4).toString();
        out.append(t);
    }
    return out;
}

QString TestQuestionStore::add(const QString& ownerId, const TestQuestion& q, DbError* error)
{
    const QList<QueryResult> r = db::execWithClaims(
        m_conn,
        {{QStringLiteral("insert into limitless.retrieval_questions (owner_id, question, "
                         "expected_filename, expected_page, expected_section) "
                         "values ($1, $2, $3, $4, $5) returning id"),
          {ownerId, q.question, q.expectedFilename,
           q.expectedPage > 0 ? QVariant(q.expectedPage) : QVariant(),
           q.expectedSection.isEmpty() ? QVariant() : QVariant(q.expectedSection)}}},
        m_claims);
    if (error)
        *error = r.value(0).error;
    return r.isEmpty() || !r.first().ok() ? QString() : r.first().scalar().toString();
}

DbError TestQuestionStore::remove(const QString& id)
{
    return db::execWithClaims(
               m_conn,
               {{QStringLiteral("delete from limitless.retrieval_questions where id = $1"), {id}}},
               m_claims)
        .value(0)
        .error;
}

DbError TestQuestionStore::saveRun(const QString& ownerId, const EvalReport& report)
{
    return db::execWithClaims(
               m_conn,
               {{QStringLiteral("insert into limitless.retrieval_runs (owner_id, k, hit_rate, mrr, "
                                "results) values ($1, $2, $3, $4, $5::jsonb)"),
                 {ownerId, report.k, report.hitRate, report.mrr,
                  QString::fromUtf8(
                      QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact))}}},
               m_claims)
        .value(0)
        .error;
}

EvalReport TestQuestionStore::lastRun(const QString& ownerId, DbError* error)
{
    const QList<QueryResult> r = db::execWithClaims(
        m_conn,
        {{QStringLiteral("select results from limitless.retrieval_runs where owner_id = $1 "
                         "order by ran_at desc limit 1"),
          {ownerId}}},
        m_claims);
    if (error)
        *error = r.value(0).error;
    if (r.isEmpty() || !r.first().ok() || r.first().rowCount() == 0)
        return {};
    return EvalReport::fromJson(r.first().scalar().toJsonValue().toObject());
}

} // namespace limitless::knowledge
