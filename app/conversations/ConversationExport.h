#pragma once

#include "conversations/ConversationFilter.h"
#include "db/Database.h"

#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

class QFile;

namespace limitless::conversations {

// Exports the conversations matching a filter to a CSV file without ever holding the list:
// pages of rows are read through the asynchronous Database (keyset, like the list) and each
// page is formatted and written on a worker thread while the next one is being read. The GUI
// thread only decodes the query results.
class ConversationExport : public QObject {
    Q_OBJECT

public:
    ConversationExport(db::Database* database, ConversationFilter filter, QString path,
                       QObject* parent = nullptr);
    ~ConversationExport() override;

    void start();
    void cancel();
    qint64 written() const { return m_written; }
    QString path() const { return m_path; }

signals:
    void progress(qint64 rowsWritten);
    // `error` is empty on success.
    void finished(const QString& error);

private:
    void requestPage();
    void onPage(const db::QueryResult& result);
    void finish(const QString& error);

    QPointer<db::Database> m_db;
    ConversationFilter m_filter;
    QString m_path;
    std::shared_ptr<QFile> m_file;
    QThreadPool m_writer; // one thread: pages are written in order
    QString m_afterId;
    qint64 m_afterMsecs = 0;
    qint64 m_written = 0;
    db::RequestId m_request = 0;
    bool m_done = false;
};

} // namespace limitless::conversations
