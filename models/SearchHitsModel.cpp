#include "SearchHitsModel.h"

#include "ModelRoles.h"

#include <QLocale>
#include <QPoint>

namespace limitless::models {

using knowledge::SearchHit;

SearchHitsModel::SearchHitsModel(QObject* parent) : QAbstractTableModel(parent) {}

int SearchHitsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_result.hits.size());
}

int SearchHitsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags SearchHitsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString SearchHitsModel::rankText(int rank, double score, int decimals)
{
    if (rank <= 0)
        return tr("—", "not in this ranking");
    const QLocale locale;
    return tr("#%1 · %2").arg(locale.toString(rank), locale.toString(score, 'f', decimals));
}

QVariant SearchHitsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const SearchHit& h = m_result.hits.at(index.row());
    const QLocale locale;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RankColumn:
            return locale.toString(index.row() + 1);
        case DocumentColumn:
            return h.filename;
        case PageColumn:
            return h.page > 0 ? locale.toString(h.page) : QString();
        case SectionColumn:
            return h.section;
        case ScoreColumn:
            return locale.toString(h.fusedScore, 'f', 4);
        case VectorColumn:
            return rankText(h.vectorRank, h.similarity, 2);
        case TextColumn:
            return rankText(h.textRank, h.textScore, 3);
        case PassageColumn:
            return h.text.simplified().left(200);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case RankColumn:
            return index.row();
        case DocumentColumn:
            return h.filename;
        case PageColumn:
            return h.page;
        case SectionColumn:
            return h.section;
        case ScoreColumn:
            return h.fusedScore;
        case VectorColumn:
            return h.vectorRank > 0 ? h.vectorRank : 1 << 30;
        case TextColumn:
            return h.textRank > 0 ? h.textRank : 1 << 30;
        case PassageColumn:
            return h.text;
        }
        break;
    case IdRole:
        return h.chunkId;
    case HitRole:
        return QVariant::fromValue(h);
    case PassageRole:
        return h.text;
    case HighlightsRole: {
        QVariantList spans;
        for (const auto& [start, end] : h.highlights)
            spans << QPoint(start, end);
        return spans;
    }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case VectorColumn:
            return h.vectorRank > 0 ? tr("Rank %1 by meaning (cosine similarity %2)")
                                          .arg(h.vectorRank)
                                          .arg(locale.toString(h.similarity, 'f', 3))
                                    : tr("Not among the closest chunks by meaning");
        case TextColumn:
            return h.textRank > 0 ? tr("Rank %1 by the question's words (text score %2)")
                                        .arg(h.textRank)
                                        .arg(locale.toString(h.textScore, 'f', 4))
                                  : tr("None of the question's words matched");
        case ScoreColumn:
            return tr("Reciprocal rank fusion of both rankings");
        case PassageColumn:
            return h.text.left(800);
        default:
            break;
        }
        break;
    case Qt::TextAlignmentRole:
        switch (index.column()) {
        case RankColumn:
        case PageColumn:
        case ScoreColumn:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    default:
        break;
    }
    return {};
}

QVariant SearchHitsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RankColumn:
        return tr("#");
    case DocumentColumn:
        return tr("Document");
    case PageColumn:
        return tr("Page");
    case SectionColumn:
        return tr("Section");
    case ScoreColumn:
        return tr("Score");
    case VectorColumn:
        return tr("Meaning");
    case TextColumn:
        return tr("Words");
    case PassageColumn:
        return tr("Passage");
    }
    return {};
}

void SearchHitsModel::setResult(const knowledge::SearchResult& result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

void SearchHitsModel::clear()
{
    setResult({});
}

} // namespace limitless::models
