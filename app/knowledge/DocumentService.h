#pragma once

#include "db/Database.h"
#include "knowledge/BlobStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

namespace limitless::knowledge {

// The Documents page's edits of document rows (category and tags, deletion) as parameterised
// statements run asynchronously on Database under the signed-in owner's claims. Processing and
// stored files are the ingest queue's business; deleting returns the stored originals so that
// the queue can remove them.
class DocumentService : public QObject {
    Q_OBJECT

public:
    using Callback = std::function<void(const db::DbError& error)>;
    using RemoveCallback =
        std::function<void(const QList<StoredObject>& removed, const db::DbError& error)>;

    explicit DocumentService(db::Database* database, QObject* parent = nullptr);

    // `category` empty = none; it must be one of documentCategories(). The callback runs only
    // while `context` lives.
    void setCategoryAndTags(const QString& id, const QString& category, const QStringList& tags,
                            QObject* context, Callback callback);
    // Deletes documents with their chunks (the seed's cascade) and ingest state; links from
    // other versions to them are cleared first.
    void remove(const QStringList& ids, QObject* context, RemoveCallback callback);

    // Tags as typed ("pricing, 2025 ,faq") → trimmed, without empties and repeats.
    static QStringList parseTags(const QString& text);

private:
    QPointer<db::Database> m_db;
};

} // namespace limitless::knowledge
