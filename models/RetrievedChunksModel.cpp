#include "RetrievedChunksModel.h"

#include "ModelRoles.h"

#include <QLocale>

namespace limitless::models {

using agent::RetrievedChunk;

RetrievedChunksModel::RetrievedChunksModel(QObject* parent) : QAbstractTableModel(parent) {}

int RetrievedChunksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_chunks.size());
}

int RetrievedChunksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags RetrievedChunksModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

namespace {

QString rank(int r)
{
    return r > 0 ? QLocale().toString(r) : RetrievedChunksModel::tr("—", "not in this ranking");
}

} // namespace

QVariant RetrievedChunksModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const RetrievedChunk& c = m_chunks.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case FileColumn:
            return c.filename;
        case ChunkColumn:
            return c.page > 0 ? tr("#%1 · p. %2")
                                    .arg(locale.toString(c.chunkIndex), locale.toString(c.page))
                              : tr("#%1").arg(locale.toString(c.chunkIndex));
        case FusedColumn:
            return locale.toString(c.fusedScore, 'f', 4);
        case SimilarityColumn:
            return locale.toString(c.similarity, 'f', 3);
        case VectorRankColumn:
            return rank(c.vectorRank);
        case TextRankColumn:
            return rank(c.textRank);
        case TextColumn:
            return c.text.simplified().left(200);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case FileColumn:
            return c.filename;
        case ChunkColumn:
            return c.chunkIndex;
        case FusedColumn:
            return c.fusedScore;
        case SimilarityColumn:
            return c.similarity;
        case VectorRankColumn:
            return c.vectorRank > 0 ? c.vectorRank : 1 << 30;
        case TextRankColumn:
            return c.textRank > 0 ? c.textRank : 1 << 30;
        case TextColumn:
            return c.text;
        }
        break;
    case IdRole:
        return c.chunkId;
    case ChunkTextRole:
        return c.text;
    case Qt::ToolTipRole:
        switch (index.column()) {
        case FileColumn:
            return c.category.isEmpty() ? c.filename
                                        : tr("%1 (category %2)").arg(c.filename, c.category);
        case FusedColumn:
            return tr("Reciprocal rank fusion of the ranking by meaning and by words");
        case VectorRankColumn:
            return c.vectorRank > 0 ? tr("Rank %1 by meaning").arg(c.vectorRank)
                                    : tr("Not among the closest chunks by meaning");
        case TextRankColumn:
            return c.textRank > 0 ? tr("Rank %1 by the lead's words").arg(c.textRank)
                                  : tr("None of the lead's words matched");
        case TextColumn:
            return c.text.left(800);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case FusedColumn:
        case SimilarityColumn:
        case VectorRankColumn:
        case TextRankColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        break;
    }
    return {};
}

QVariant RetrievedChunksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileColumn:
        return tr("File");
    case ChunkColumn:
        return tr("Chunk");
    case FusedColumn:
        return tr("Fused");
    case SimilarityColumn:
        return tr("Similarity");
    case VectorRankColumn:
        return tr("Meaning rank");
    case TextRankColumn:
        return tr("Words rank");
    case TextColumn:
        return tr("Text");
    }
    return {};
}

void RetrievedChunksModel::setChunks(const QList<RetrievedChunk>& chunks)
{
    beginResetModel();
    m_chunks = chunks;
    endResetModel();
}

} // namespace limitless::models
