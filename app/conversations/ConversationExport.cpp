#include "ConversationExport.h"

#include "ConversationCsv.h"
#include "ConversationQuery.h"

#include <QFile>

namespace limitless::conversations {

namespace {
// Larger than the list's pages: an export wants throughput, not the first rows fast.
constexpr int ExportPageSize = 2000;
} // namespace

ConversationExport::ConversationExport(db::Database* database, ConversationFilter filter,
                                       QString path, QObject* parent)
    : QObject(parent), m_db(database), m_filter(std::move(filter)), m_path(std::move(path))
{
    m_writer.setMaxThreadCount(1);
}

ConversationExport::~ConversationExport()
{
    if (m_request && m_db)
        m_db->cancel(m_request);
    m_writer.waitForDone();
}

void ConversationExport::start()
{
    m_file = std::make_shared<QFile>(m_path);
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        finish(m_file->errorString());
        return;
    }
    auto file = m_file;
    m_writer.start([file] { file->write(ConversationCsv::header()); });
    requestPage();
}

void ConversationExport::cancel()
{
    finish(tr("The export was cancelled."));
}

void ConversationExport::requestPage()
{
    if (!m_db) {
        finish(tr("The database is not available."));
        return;
    }
    m_request =
        m_db->query(ConversationQuery::page(m_filter, m_afterId, m_afterMsecs, ExportPageSize),
                    this, [this](const db::QueryResult& r) { onPage(r); });
}

void ConversationExport::onPage(const db::QueryResult& result)
{
    m_request = 0;
    if (m_done)
        return;
    if (!result.ok()) {
        finish(result.error.userMessage());
        return;
    }
    const QVector<ConversationRow> rows = ConversationQuery::rows(result);
    if (!rows.isEmpty()) {
        m_afterId = rows.last().id;
        m_afterMsecs = ConversationQuery::sortKey(rows.last(), m_filter.sort);
        auto file = m_file;
        m_writer.start([file, rows] {
            QByteArray chunk;
            for (const ConversationRow& r : rows)
                chunk += ConversationCsv::row(r);
            file->write(chunk);
        });
        m_written += rows.size();
        emit progress(m_written);
    }
    if (rows.size() < ExportPageSize)
        finish({});
    else
        requestPage();
}

void ConversationExport::finish(const QString& error)
{
    if (m_done)
        return;
    m_done = true;
    if (m_request && m_db)
        m_db->cancel(m_request);
    m_request = 0;
    m_writer.waitForDone();
    QString e = error;
    if (m_file) {
        if (e.isEmpty() && m_file->error() != QFileDevice::NoError)
            e = m_file->errorString();
        m_file->close();
        if (!e.isEmpty())
            m_file->remove();
    }
    emit finished(e);
}

} // namespace limitless::conversations
