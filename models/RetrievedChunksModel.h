#pragma once

#include "agent/AgentState.h"

#include <QAbstractTableModel>
#include <QList>

namespace limitless::models {

// The chunks the agent retrieved in one turn (the playground's Chunks tab): where each comes
// from and why it ranked where it did — the fused score, the cosine similarity, its rank by
// meaning and by words — and its text.
class RetrievedChunksModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        FileColumn,
        ChunkColumn,
        FusedColumn,
        SimilarityColumn,
        VectorRankColumn,
        TextRankColumn,
        TextColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role {
        ChunkTextRole = Qt::UserRole + 240, // the whole text
    };

    explicit RetrievedChunksModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void setChunks(const QList<agent::RetrievedChunk>& chunks);
    void clear() { setChunks({}); }
    const QList<agent::RetrievedChunk>& chunks() const { return m_chunks; }
    const agent::RetrievedChunk& chunk(int row) const { return m_chunks.at(row); }

private:
    QList<agent::RetrievedChunk> m_chunks;
};

} // namespace limitless::models
