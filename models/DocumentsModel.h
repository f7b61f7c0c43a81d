#pragma once

#include "db/Database.h"
#include "knowledge/Ingest.h"
#include "knowledge/KnowledgeStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QVector>

namespace limitless::models {

class TableChangeWatcher;

// The owner's documents (the knowledge base) as a read-only table, fed by Database: the seed's
// row plus the dashboard's ingest state (stage, progress, error, notes, what changed on the last
// version). Where the database lacks the knowledge-base additions it still lists the seed's
// columns.
//
// Like the other models it merges each refresh into its rows by id, so selection and scroll
// position survive live updates; document changes and processing progress arrive as
// notifications on `documents` (the ingest table's trigger announces its rows as documents).
// The in-app queue's progress can also be applied directly (applyStage) so a bar moves smoothly
// between two notifications.
class DocumentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TypeColumn,
        SizeColumn,
        CategoryColumn,
        TagsColumn,
        StatusColumn,
        ChunksColumn,
        VersionColumn,
        UploadedColumn,
        ProcessedColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    // Past the shared ModelRoles.
    enum Role {
        RecordRole = Qt::UserRole + 64, // knowledge::DocumentRecord
        ProgressRole,                   // double in [0, 1] while queued or processing, else -1
        StageRole,                      // the stage's database word ("embed"), live if known
        StageLabelRole,                 // translated ("Embedding")
        ErrorRole,                      // the failure's sentence, empty unless failed
        ActiveRole,                     // bool: pending or processing
    };

    explicit DocumentsModel(db::Database* database, QObject* parent = nullptr);
    ~DocumentsModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    const knowledge::DocumentRecord& record(int row) const { return m_rows.at(row).record; }
    int rowForId(const QString& id) const;
    // The record with `id`, or an empty one.
    knowledge::DocumentRecord recordForId(const QString& id) const;
    // File names of current (not replaced) documents, sorted, for choosing an expected document.
    QStringList currentFilenames() const;
    // Documents waiting for or in processing.
    int activeCount() const;

    bool isLoaded() const { return m_loaded; }
    bool isLoading() const { return m_inFlight != 0; }
    db::DbError lastError() const { return m_lastError; }
    // Whether the last refresh read the ingest state (the knowledge-base additions exist).
    bool hasAdditions() const { return m_additions; }
    TableChangeWatcher* changeWatcher() const { return m_watcher; }

    // Progress reported by the in-app queue, shown until the database says more.
    void applyStage(const QString& documentId, knowledge::IngestStage stage, double fraction);

    // Translated words for stored values.
    static QString statusLabel(const QString& status);
    static QString stageLabel(const QString& stage);
    static QString categoryLabel(const QString& category);
    // A stage and the fraction of it done → the whole pipeline's fraction in [0, 1].
    static double overallProgress(const QString& stage, double fraction);

public slots:
    void refresh();

signals:
    void loadingChanged(bool loading);
    void refreshed();
    void errorOccurred(const limitless::db::DbError& error);

private:
    struct Row {
        QString id;
        knowledge::DocumentRecord record;
        bool operator==(const Row& other) const;
    };
    struct Live {
        QString stage;
        double fraction = 0;
    };
    template <typename> friend struct TableMergeAccess;
    void sendQuery();
    void onResult(const db::QueryResult& result, bool additions);
    QString effectiveStage(const Row& row, double* fraction) const;

    QPointer<db::Database> m_db;
    TableChangeWatcher* m_watcher = nullptr;
    QVector<Row> m_rows;
    QHash<QString, Live> m_live;
    db::DbError m_lastError;
    db::RequestId m_inFlight = 0;
    bool m_refreshQueued = false;
    bool m_loaded = false;
    bool m_additions = false;
};

} // namespace limitless::models
