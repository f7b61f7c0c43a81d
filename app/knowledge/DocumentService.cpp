#include "knowledge/DocumentService.h"

#include "knowledge/KnowledgeStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace limitless::knowledge {

using db::DbError;
using db::QueryResult;
using db::Statement;

DocumentService::DocumentService(db::Database* database, QObject* parent)
    : QObject(parent), m_db(database)
{}

QStringList DocumentService::parseTags(const QString& text)
{
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

void DocumentService::setCategoryAndTags(const QString& id, const QString& category,
                                         const QStringList& tags, QObject* context,
                                         Callback callback)
{
    QPointer<QObject> guard(context);
    auto fail = [guard, callback](const DbError& e) {
        QMetaObject::invokeMethod(
            guard,
            [guard, callback, e] {
                if (guard && callback)
                    callback(e);
            },
            Qt::QueuedConnection);
    };
    if (!m_db) {
        fail(DbError::client(tr("The database is not open.")));
        return;
    }
    if (!category.isEmpty() && !documentCategories().contains(category)) {
        fail(DbError::client(KnowledgeStore::tr("“%1” is not a category; use one of: %2.")
                                 .arg(category, documentCategories().join(QLatin1String(", ")))));
        return;
    }
    QJsonArray a;
    for (const QString& t : tags)
        if (!t.trimmed().isEmpty())
            a.append(t.trimmed());
    m_db->query(
        Statement(
            QStringLiteral("update documents set category = $2, tags = $3::jsonb where id = $1"),
            {id, category.isEmpty() ? QVariant() : QVariant(category),
             QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact))}),
        context,
        [callback, id](const QueryResult& r) {
            if (!callback)
                return;
            if (r.ok() && r.affectedRows == 0)
                callback(DbError::client(KnowledgeStore::tr("There is no document %1.").arg(id)));
            else
                callback(r.error);
        },
        db::Access::Write);
}

void DocumentService::remove(const QStringList& ids, QObject* context, RemoveCallback callback)
{
    if (!m_db || ids.isEmpty()) {
        QPointer<QObject> guard(context);
        QMetaObject::invokeMethod(
            guard,
            [guard, callback] {
                if (guard && callback)
                    callback({}, {});
            },
            Qt::QueuedConnection);
        return;
    }
    m_db->batch(
        {Statement(QStringLiteral("update documents set replaced_by_id = null "
                                  "where replaced_by_id = any($1::text[])"),
                   {ids}),
         Statement(QStringLiteral("delete from documents where id = any($1::text[]) "
                                  "returning storage_url, storage_bucket"),
                   {ids})},
        context,
        [callback](const QList<QueryResult>& results) {
            if (!callback)
                return;
            for (const QueryResult& r : results)
                if (!r.ok()) {
                    callback({}, r.error);
                    return;
                }
            QList<StoredObject> removed;
            const QueryResult& d = results.last();
            for (int i = 0; i < d.rowCount(); ++i)
                removed.append({d.value(i, 0).toString(), d.value(i, 1).toString()});
            callback(removed, {});
        },
        db::Access::Write);
}

} // namespace limitless::knowledge
