#pragma once

#include "db/Database.h"
#include "knowledge/Chunk.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

namespace limitless::models {

// One document's chunks in order, with where each comes from (page, section, OCR) and the
// extracted text that their [start, end) spans point into: the Documents page's chunk viewer.
// Read asynchronously through Database in one round trip.
class ChunksModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { IndexColumn, PageColumn, SectionColumn, TokensColumn, TextColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        StartRole = Qt::UserRole + 64, // qsizetype: start_char in the extracted text
        EndRole,                       // end_char (exclusive)
        TextRole,                      // the chunk's whole text
        OcrRole,                       // bool: recognised by OCR
    };

    explicit ChunksModel(db::Database* database, QObject* parent = nullptr);
    ~ChunksModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    QString documentId() const { return m_documentId; }
    const knowledge::Chunk& chunk(int row) const { return m_chunks.at(row); }
    // What the chunks' spans index (empty without the knowledge-base additions).
    QString extractedText() const { return m_text; }
    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight != 0; }
    db::DbError lastError() const { return m_lastError; }

public slots:
    // Shows `documentId`'s chunks (empty = none) and reads them.
    void setDocumentId(const QString& documentId);
    void reload();

signals:
    void loaded();
    void errorOccurred(const limitless::db::DbError& error);

private:
    void onResult(const QList<db::QueryResult>& results, const QString& documentId);

    QPointer<db::Database> m_db;
    QString m_documentId;
    QList<knowledge::Chunk> m_chunks;
    QString m_text;
    db::DbError m_lastError;
    db::RequestId m_inFlight = 0;
    bool m_loaded = false;
};

} // namespace limitless::models
