#include "agent/PlaygroundThreads.h"

#include "db/Claims.h"
#include "db/PgConnection.h"

#include <QFile>

namespace limitless::agent {

namespace {

QString querySql()
{
    QFile f(QStringLiteral(":/agent/queries/playground_threads.sql"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

} // namespace

QList<PlaygroundThread> listPlaygroundThreads(db::PgConnection& connection, const QString& ownerId,
                                              const QByteArray& claims, db::DbError* error,
                                              int limit)
{
    const db::QueryResult r =
        db::execWithClaims(connection, {db::Statement(querySql(), {ownerId, limit})}, claims)
            .value(0);
    if (error)
        *error = r.error;
    QList<PlaygroundThread> out;
    if (!r.ok())
        return out;
    out.reserve(r.rowCount());
    for (int i = 0; i < r.rowCount(); ++i) {
        PlaygroundThread t;
        t.threadId = r.value(i, 0).toString();
        t.campaignCode = r.value(i, 1).toString();
        t.stage = r.value(i, 2).toString();
        t.qualified = r.value(i, 3).toBool();
        t.paymentLinkSent = r.value(i, 4).toBool();
        t.paymentCompleted = r.value(i, 5).toBool();
        t.messageCount = r.value(i, 6).toInt();
        t.createdAt = r.value(i, 7).toDateTime();
        t.lastMessageAt = r.value(i, 8).toDateTime();
        out.append(t);
    }
    return out;
}

} // namespace limitless::agent
