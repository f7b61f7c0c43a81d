#include "DocumentsModel.h"

#include "ModelRoles.h"
#include "RowMerge.h"
#include "StatusColours.h"
#include "TableChangeWatcher.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <tuple>

namespace limitless::models {

using knowledge::DocumentRecord;

namespace {

auto fields(const DocumentRecord& d)
{
    return std::tie(d.id, d.filename, d.fileType, d.fileSize, d.storageUrl, d.storageBucket,
                    d.ownerId, d.category, d.tags, d.status, d.embeddingsCreated, d.totalChunks,
                    d.version, d.replacedById, d.createdAt, d.processedAt, d.hasIngest, d.sha256,
                    d.stage, d.progress, d.attempts, d.errorCode, d.lastError, d.embeddingModel,
                    d.sourcePath, d.replacesId, d.notes, d.ocrPages, d.chunksAdded, d.chunksRemoved,
                    d.leaseUntil);
}

bool isActive(const DocumentRecord& d)
{
    return d.status == QLatin1String("pending") || d.status == QLatin1String("processing");
}

int statusOrder(const QString& status)
{
    if (status == QLatin1String("processing"))
        return 0;
    if (status == QLatin1String("pending"))
        return 1;
    if (status == QLatin1String("failed"))
        return 2;
    return 3;
}

} // namespace

bool DocumentsModel::Row::operator==(const Row& other) const
{
    return id == other.id && fields(record) == fields(other.record);
}

DocumentsModel::DocumentsModel(db::Database* database, QObject* parent)
    : QAbstractTableModel(parent), m_db(database)
{
    m_watcher = new TableChangeWatcher(database, {QStringLiteral("documents")}, this);
    connect(m_watcher, &TableChangeWatcher::changed, this, &DocumentsModel::refresh);
    if (m_db) {
        // The first probe of the additions decides which query lists the documents.
        connect(m_db, &db::Database::serverInfoChanged, this, [this](const db::ServerInfo& info) {
            if (info.additions.knowledge != m_additions)
                refresh();
        });
    }
}

DocumentsModel::~DocumentsModel()
{
    if (m_inFlight && m_db)
        m_db->cancel(m_inFlight);
}

int DocumentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DocumentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DocumentsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString DocumentsModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Queued");
    if (status == QLatin1String("processing"))
        return tr("Processing");
    if (status == QLatin1String("completed"))
        return tr("Ready");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    return status;
}

QString DocumentsModel::stageLabel(const QString& stage)
{
    if (stage == QLatin1String("queued"))
        return tr("Queued");
    if (stage == QLatin1String("upload"))
        return tr("Uploading");
    if (stage == QLatin1String("extract"))
        return tr("Extracting text");
    if (stage == QLatin1String("chunk"))
        return tr("Chunking");
    if (stage == QLatin1String("embed"))
        return tr("Embedding");
    if (stage == QLatin1String("store"))
        return tr("Storing");
    if (stage == QLatin1String("done"))
        return tr("Ready");
    if (stage == QLatin1String("failed"))
        return tr("Failed");
    return stage;
}

QString DocumentsModel::categoryLabel(const QString& category)
{
    if (category == QLatin1String("pitch"))
        return tr("Pitch");
    if (category == QLatin1String("objection"))
        return tr("Objection handling");
    if (category == QLatin1String("faq"))
        return tr("FAQ");
    if (category == QLatin1String("product_info"))
        return tr("Product info");
    return category;
}

double DocumentsModel::overallProgress(const QString& stage, double fraction)
{
    // Shares of the whole by what usually takes the time: reading (OCR) and embedding.
    struct Span {
        const char* stage;
        double from;
        double to;
    };
    static const Span spans[] = {{"queued", 0.0, 0.0}, {"upload", 0.0, 0.0}, {"extract", 0.0, 0.3},
                                 {"chunk", 0.3, 0.35}, {"embed", 0.35, 0.9}, {"store", 0.9, 1.0},
                                 {"done", 1.0, 1.0}};
    const double f = qBound(0.0, fraction, 1.0);
    for (const Span& s : spans)
        if (stage == QLatin1String(s.stage))
            return s.from + (s.to - s.from) * f;
    return 0.0;
}

QString DocumentsModel::effectiveStage(const Row& row, double* fraction) const
{
    const DocumentRecord& d = row.record;
    if (!isActive(d)) {
        *fraction = d.status == QLatin1String("completed") ? 1.0 : 0.0;
        return d.stage;
    }
    const auto live = m_live.constFind(row.id);
    if (live != m_live.cend()) {
        *fraction = live->fraction;
        return live->stage;
    }
    *fraction = d.progress;
    if (d.stage.isEmpty() || d.status == QLatin1String("pending"))
        return QStringLiteral("queued");
    return d.stage;
}

QVariant DocumentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row& row = m_rows.at(index.row());
    const DocumentRecord& d = row.record;
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            // The version column is hidden by default: a later version says so by its name.
            return d.version > 1 ? tr("%1 · v%2").arg(d.filename).arg(d.version) : d.filename;
        case TypeColumn:
            return d.fileType.toUpper();
        case SizeColumn:
            return locale.formattedDataSize(d.fileSize, 1, QLocale::DataSizeTraditionalFormat);
        case CategoryColumn:
            return categoryLabel(d.category);
        case TagsColumn:
            return d.tags.join(QStringLiteral(", "));
        case StatusColumn: {
            if (!isActive(d))
                return !d.isCurrent() ? tr("Replaced") : statusLabel(d.status);
            double f = 0;
            const QString stage = effectiveStage(row, &f);
            if (stage == QLatin1String("queued"))
                return stageLabel(stage);
            return tr("%1 %2%").arg(stageLabel(stage)).arg(qRound(f * 100));
        }
        case ChunksColumn:
            return d.status == QLatin1String("completed") ? locale.toString(d.totalChunks)
                                                          : QString();
        case VersionColumn:
            return locale.toString(d.version);
        // The day is what matters in a table; the tool tip has the exact time.
        case UploadedColumn:
            return locale.toString(d.createdAt.toLocalTime().date(), QLocale::ShortFormat);
        case ProcessedColumn:
            return d.processedAt.isValid()
                       ? locale.toString(d.processedAt.toLocalTime().date(), QLocale::ShortFormat)
                       : QString();
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return d.filename.toLower();
        case TypeColumn:
            return d.fileType;
        case SizeColumn:
            return d.fileSize;
        case CategoryColumn:
            return d.category;
        case TagsColumn:
            return d.tags.join(QLatin1Char(','));
        case StatusColumn:
            return statusOrder(d.status);
        case ChunksColumn:
            return d.totalChunks;
        case VersionColumn:
            return d.version;
        case UploadedColumn:
            return d.createdAt;
        case ProcessedColumn:
            return d.processedAt;
        }
        break;
    case FilterRole:
        switch (index.column()) {
        case NameColumn:
            // What the text filter searches: the name and the tags.
            return d.filename + QLatin1Char(' ') + d.tags.join(QLatin1Char(' '));
        case CategoryColumn:
            return d.category;
        case StatusColumn:
            return d.status;
        default:
            return data(index, SortRole);
        }
    case IdRole:
        return d.id;
    case RecordRole:
        return QVariant::fromValue(d);
    case ProgressRole: {
        if (!isActive(d))
            return -1.0;
        double f = 0;
        const QString stage = effectiveStage(row, &f);
        return overallProgress(stage, f);
    }
    case StageRole: {
        double f = 0;
        return effectiveStage(row, &f);
    }
    case StageLabelRole: {
        double f = 0;
        return stageLabel(effectiveStage(row, &f));
    }
    case ErrorRole:
        return d.status == QLatin1String("failed") ? d.lastError : QString();
    case ActiveRole:
        return isActive(d);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case StatusColumn:
            if (d.status == QLatin1String("failed") && !d.lastError.isEmpty())
                return d.lastError;
            if (isActive(d))
                return tr("%1 — click × to cancel").arg(data(index, Qt::DisplayRole).toString());
            break;
        case UploadedColumn:
            return locale.toString(d.createdAt.toLocalTime(), QLocale::LongFormat);
        case ProcessedColumn:
            return d.processedAt.isValid()
                       ? locale.toString(d.processedAt.toLocalTime(), QLocale::LongFormat)
                       : QVariant();
        case NameColumn:
            return d.sourcePath.isEmpty() ? d.filename : d.sourcePath;
        default:
            break;
        }
        break;
    case Qt::ForegroundRole:
        if (!d.isCurrent())
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        if (index.column() == StatusColumn && d.status == QLatin1String("failed"))
            return StatusColours::bad();
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case SizeColumn:
        case ChunksColumn:
        case VersionColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        break;
    }
    return {};
}

QVariant DocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole) {
        const bool right =
            section == SizeColumn || section == ChunksColumn || section == VersionColumn;
        return QVariant::fromValue((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case SizeColumn:
        return tr("Size");
    case CategoryColumn:
        return tr("Category");
    case TagsColumn:
        return tr("Tags");
    case StatusColumn:
        return tr("Status");
    case ChunksColumn:
        return tr("Chunks");
    case VersionColumn:
        return tr("Version");
    case UploadedColumn:
        return tr("Uploaded");
    case ProcessedColumn:
        return tr("Processed");
    }
    return {};
}

int DocumentsModel::rowForId(const QString& id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == id)
            return i;
    return -1;
}

DocumentRecord DocumentsModel::recordForId(const QString& id) const
{
    const int row = rowForId(id);
    return row < 0 ? DocumentRecord() : m_rows.at(row).record;
}

QStringList DocumentsModel::currentFilenames() const
{
    QStringList out;
    for (const Row& r : m_rows)
        if (r.record.isCurrent() && !out.contains(r.record.filename))
            out << r.record.filename;
    out.sort(Qt::CaseInsensitive);
    return out;
}

int DocumentsModel::activeCount() const
{
    int n = 0;
    for (const Row& r : m_rows)
        if (isActive(r.record))
            ++n;
    return n;
}

void DocumentsModel::applyStage(const QString& documentId, knowledge::IngestStage stage,
                                double fraction)
{
    const int row = rowForId(documentId);
    Live live{knowledge::stageName(stage), fraction};
    if (stage == knowledge::IngestStage::Done)
        live = {QStringLiteral("store"), 1.0};
    m_live.insert(documentId, live);
    if (row >= 0)
        emit dataChanged(index(row, StatusColumn), index(row, StatusColumn));
}

void DocumentsModel::refresh()
{
    if (!m_db)
        return;
    if (m_inFlight) {
        m_refreshQueued = true;
        return;
    }
    const auto state = m_db->state();
    if (state == db::ConnectionState::Disconnected || state == db::ConnectionState::Connecting)
        return; // the change watcher asks again once connected
    sendQuery();
}

void DocumentsModel::sendQuery()
{
    m_refreshQueued = false;
    const bool additions = m_db->serverInfo().additions.knowledge;
    const QString sql = knowledge::knowledgeQuery(
        additions ? QStringLiteral("documents_list") : QStringLiteral("documents_list_plain"));
    m_inFlight =
        m_db->query(db::Statement(sql, {QVariant(), true}), this,
                    [this, additions](const db::QueryResult& r) { onResult(r, additions); });
    emit loadingChanged(true);
}

void DocumentsModel::onResult(const db::QueryResult& result, bool additions)
{
    m_inFlight = 0;
    if (!result.ok()) {
        m_lastError = result.error;
        emit loadingChanged(false);
        if (result.error.kind != db::DbError::Kind::Cancelled)
            emit errorOccurred(m_lastError);
    } else {
        m_lastError = {};
        m_additions = additions;
        QVector<Row> fresh;
        fresh.reserve(result.rowCount());
        for (int i = 0; i < result.rowCount(); ++i) {
            DocumentRecord d = DocumentRecord::fromRow(result, i);
            // A live stage is dropped once the database has moved past it (finished, failed,
            // or queued again from the start).
            const auto live = m_live.constFind(d.id);
            if (live != m_live.cend() &&
                (!isActive(d) || (d.hasIngest && !d.stage.isEmpty() && d.stage != live->stage &&
                                  overallProgress(d.stage, d.progress) >
                                      overallProgress(live->stage, live->fraction))))
                m_live.remove(d.id);
            fresh.append(Row{d.id, std::move(d)});
        }
        if (!m_loaded) {
            beginResetModel();
            m_rows = std::move(fresh);
            m_loaded = true;
            endResetModel();
        } else {
            TableMergeAccess<DocumentsModel> access{*this};
            mergeRowsById(m_rows, std::move(fresh), access, ColumnCount);
        }
        emit loadingChanged(false);
        emit refreshed();
    }
    if (m_refreshQueued)
        refresh();
}

} // namespace limitless::models
