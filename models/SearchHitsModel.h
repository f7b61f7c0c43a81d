#pragma once

#include "knowledge/Retriever.h"

#include <QAbstractTableModel>

namespace limitless::models {

// The test bench's answer: the top-k chunks for a question with the reasons each ranks where
// it does — the fused score and both rankings it came from (vector rank with the cosine
// similarity, full-text rank with ts_rank_cd) — and where the chunk comes from.
class SearchHitsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        RankColumn,
        DocumentColumn,
        PageColumn,
        SectionColumn,
        ScoreColumn,
        VectorColumn,
        TextColumn,
        PassageColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        HitRole = Qt::UserRole + 64, // knowledge::SearchHit
        HighlightsRole,              // QVariantList of QPoint(start, end) in the hit's text
        PassageRole,                 // the chunk's whole text
    };

    explicit SearchHitsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setResult(const knowledge::SearchResult& result);
    void clear();
    const knowledge::SearchResult& result() const { return m_result; }
    const knowledge::SearchHit& hit(int row) const { return m_result.hits.at(row); }

    // "#2 · 0.81" for a rank and its score, "—" for a ranking the hit is not in.
    static QString rankText(int rank, double score, int decimals);

private:
    knowledge::SearchResult m_result;
};

} // namespace limitless::models
