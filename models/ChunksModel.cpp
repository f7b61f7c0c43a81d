#include "ChunksModel.h"

#include "ModelRoles.h"

#include <QJsonObject>
#include <QLocale>

namespace limitless::models {

using knowledge::Chunk;

ChunksModel::ChunksModel(db::Database* database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{}

ChunksModel::~ChunksModel()
{
    if (m_inFlight && m_db)
        m_db->cancel(m_inFlight);
}

int ChunksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_chunks.size());
}

int ChunksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags ChunksModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant ChunksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Chunk& c = m_chunks.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IndexColumn:
            return locale.toString(c.index + 1);
        case PageColumn:
            if (c.page <= 0)
                return QString();
            return c.ocr ? tr("%1 (OCR)").arg(locale.toString(c.page)) : locale.toString(c.page);
        case SectionColumn:
            return c.section;
        case TokensColumn:
            return locale.toString(c.tokens);
        case TextColumn:
            return c.text.simplified().left(160);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case PageColumn:
            return c.page;
        case SectionColumn:
            return c.section;
        case TokensColumn:
            return c.tokens;
        case TextColumn:
            return c.text;
        default:
            return c.index;
        }
    case IdRole:
        return QString::number(c.index);
    case StartRole:
        return qint64(c.start);
    case EndRole:
        return qint64(c.end);
    case TextRole:
        return c.text;
    case OcrRole:
        return c.ocr;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == SectionColumn)
            return c.section.isEmpty() ? c.text.left(600)
                                       : c.section + QStringLiteral("\n\n") + c.text.left(600);
        if (index.column() == PageColumn && c.ocr)
            return tr("This page had no text layer; its text was recognised by OCR.");
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case IndexColumn:
        case PageColumn:
        case TokensColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        break;
    }
    return {};
}

QVariant ChunksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool right =
            section == IndexColumn || section == PageColumn || section == TokensColumn;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IndexColumn:
        return tr("#");
    case PageColumn:
        return tr("Page");
    case SectionColumn:
        return tr("Section");
    case TokensColumn:
        return tr("Tokens");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

void ChunksModel::setDocumentId(const QString& documentId)
{
    if (documentId == m_documentId && (m_loaded || m_inFlight))
        return;
    m_documentId = documentId;
    beginResetModel();
    m_chunks.clear();
    m_text.clear();
    m_loaded = false;
    endResetModel();
    reload();
}

void ChunksModel::reload()
{
    if (!m_db)
        return;
    if (m_inFlight) {
        m_db->cancel(m_inFlight);
        m_inFlight = 0;
    }
    if (m_documentId.isEmpty()) {
        emit loaded();
        return;
    }
    QList<db::Statement> statements{db::Statement(
        QStringLiteral("select chunk_index, chunk_text, chunk_metadata from document_embeddings "
                       "where document_id = $1 order by chunk_index"),
        {m_documentId})};
    if (m_db->serverInfo().additions.knowledge)
        statements.append(db::Statement(QStringLiteral("select extracted_text from "
                                                       "limitless.document_ingest where "
                                                       "document_id = $1"),
                                        {m_documentId}));
    const QString id = m_documentId;
    m_inFlight = m_db->batch(statements, this,
                             [this, id](const QList<db::QueryResult>& r) { onResult(r, id); });
}

void ChunksModel::onResult(const QList<db::QueryResult>& results, const QString& documentId)
{
    m_inFlight = 0;
    if (documentId != m_documentId)
        return;
    for (const db::QueryResult& r : results) {
        if (!r.ok()) {
            if (r.error.kind == db::DbError::Kind::Cancelled)
                return;
            m_lastError = r.error;
            emit errorOccurred(m_lastError);
            return;
        }
    }
    m_lastError = {};
    QList<Chunk> chunks;
    const db::QueryResult& q = results.first();
    chunks.reserve(q.rowCount());
    for (int i = 0; i < q.rowCount(); ++i) {
        Chunk c;
        c.index = q.value(i, 0).toInt();
        c.text = q.value(i, 1).toString();
        const QJsonObject m = q.value(i, 2).toJsonValue().toObject();
        c.page = m.value(QStringLiteral("page")).toInt(-1);
        c.section = m.value(QStringLiteral("section")).toString();
        c.start = m.value(QStringLiteral("start_char")).toInteger(-1);
        c.end = m.value(QStringLiteral("end_char")).toInteger(-1);
        c.ocr = m.value(QStringLiteral("ocr")).toBool();
        c.tokens = m.value(QStringLiteral("tokens")).toInt();
        chunks.append(c);
    }
    beginResetModel();
    m_chunks = chunks;
    m_text = results.size() > 1 ? results.at(1).scalar().toString() : QString();
    m_loaded = true;
    endResetModel();
    emit loaded();
}

} // namespace limitless::models
