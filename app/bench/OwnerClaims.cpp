#include "bench/OwnerClaims.h"

#include "db/PgConnection.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace limitless::bench {

QByteArray firstOwnerClaims(db::PgConnection& conn, QString* error)
{
    const db::QueryResult r = conn.exec(QStringLiteral(
        "select supabase_user_id, email from owners order by created_at, id limit 1"));
    if (!r.ok() || r.rowCount() == 0) {
        if (error)
            *error = r.ok()
                         ? QCoreApplication::translate("Bench",
                                                       "The database has no owner; load `limitless "
                                                       "demo-data` first.")
                         : r.error.userMessage();
        return {};
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("sub"), r.value(0, 0).toString()},
                                     {QStringLiteral("email"), r.value(0, 1).toString()},
                                     {QStringLiteral("role"), QStringLiteral("authenticated")},
                                     {QStringLiteral("aal"), QStringLiteral("aal1")}})
        .toJson(QJsonDocument::Compact);
}

} // namespace limitless::bench
