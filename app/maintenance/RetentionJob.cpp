#include "maintenance/RetentionJob.h"

#include "db/Additions.h"
#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent>

namespace limitless::maintenance {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::maintenance::RetentionJob", text);
}

// The signed-in owner's id: under claims row-level security leaves only their row; without
// claims (a maintenance role) the database's only owner.
QString resolveOwner(db::PgConnection& conn, const QByteArray& claims, QString* error)
{
    const db::QueryResult r =
        db::execWithClaims(
            conn, {db::Statement(QStringLiteral("select id from owners order by id limit 2"))},
            claims)
            .value(0);
    if (!r.ok()) {
        *error = r.error.userMessage();
        return {};
    }
    if (r.rowCount() != 1) {
        *error = r.rowCount() == 0 ? tr("No owner is signed in.")
                                   : tr("The database has several owners; sign in as one of them.");
        return {};
    }
    return r.scalar().toString();
}

} // namespace

RetentionJob::RetentionJob(QString conninfo, QByteArray claims, QObject* parent)
    : QObject(parent), m_conninfo(std::move(conninfo)), m_claims(std::move(claims)),
      m_archiveDir(RetentionRunner::defaultArchiveDir())
{
    qRegisterMetaType<RetentionCounts>();
    qRegisterMetaType<RetentionProgress>();
    qRegisterMetaType<RetentionOutcome>();
}

RetentionJob::~RetentionJob()
{
    // A running worker holds its own copies and the shared flag; stop it early.
    m_cancel->store(true);
}

QList<ArchiveInfo> RetentionJob::archives() const
{
    return m_ownerId.isEmpty() ? QList<ArchiveInfo>{}
                               : RetentionRunner::archives(m_archiveDir, m_ownerId);
}

void RetentionJob::plan(const RetentionPolicy& policy)
{
    start(Kind::Plan, policy, {});
}

void RetentionJob::apply(const RetentionPolicy& policy)
{
    start(Kind::Apply, policy, {});
}

void RetentionJob::restore(const QString& archivePath)
{
    start(Kind::Restore, {}, archivePath);
}

void RetentionJob::start(Kind kind, const RetentionPolicy& policy, const QString& archivePath)
{
    if (m_busy)
        return;
    m_busy = true;
    m_cancel->store(false);
    QPointer<RetentionJob> self(this);
    const QString conninfo = m_conninfo;
    const QByteArray claims = m_claims;
    const QString dir = m_archiveDir;
    std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // Results are posted back to this object's thread; a destroyed job drops them (QPointer).
    const auto post = [self](auto fn) {
        if (self)
            QMetaObject::invokeMethod(
                self.data(),
                [self, fn] {
                    if (self)
                        fn(self.data());
                },
                Qt::QueuedConnection);
    };
    (void)QtConcurrent::run([=]() {
        db::DbError dbError;
        auto conn = db::PgConnection::open(conninfo, &dbError);
        const auto fail = [&](const QString& message) {
            post([message](RetentionJob* j) {
                j->m_busy = false;
                emit j->failed(message);
            });
        };
        if (!conn)
            return fail(dbError.userMessage());
        if (!db::Additions::probe(*conn).retention)
            return fail(tr("This database lacks the dashboard's data retention functions: run "
                           "`%1` first.")
                            .arg(db::Additions::installCommand()));
        QString error;
        const QString owner = resolveOwner(*conn, claims, &error);
        if (owner.isEmpty())
            return fail(error);
        post([owner](RetentionJob* j) { j->m_ownerId = owner; });
        if (kind == Kind::Plan) {
            RetentionCounts counts;
            if (const db::DbError e = RetentionPlanner(*conn, owner, claims).plan(policy, &counts))
                return fail(e.userMessage());
            const QString pending = RetentionRunner::pendingJournal(dir, owner);
            post([counts, pending](RetentionJob* j) {
                j->m_busy = false;
                emit j->planned(counts, pending);
            });
            return;
        }
        RetentionRunner runner(*conn, owner, claims);
        runner.setCancelFlag(cancel.get());
        runner.setProgress([&](const RetentionProgress& p) {
            post([p](RetentionJob* j) { emit j->progress(p); });
        });
        RetentionOutcome outcome;
        const bool ok = kind == Kind::Apply ? runner.apply(policy, dir, &outcome, &error)
                                            : runner.restore(archivePath, &outcome, &error);
        const QString message = ok ? QString() : error;
        post([outcome, message](RetentionJob* j) {
            j->m_busy = false;
            emit j->finished(outcome, message);
        });
    });
}

} // namespace limitless::maintenance
