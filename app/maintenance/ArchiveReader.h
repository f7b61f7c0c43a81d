#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace limitless::maintenance {

// Reads a retention archive written by ArchiveWriter: its manifest, a check of every table's
// row count and SHA-256 against it, and a table's rows in batches (each batch a JSON array of
// the rows, ready for jsonb_to_recordset).
class ArchiveReader {
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    explicit ArchiveReader(QString path) : m_path(std::move(path)) {}

    // Reads and checks the manifest (format, version).
    bool open();
    QJsonObject manifest() const { return m_manifest; }
    qint64 rows(const QString& table) const;
    QString ownerId() const;

    // Every table's entry against the manifest (count and checksum).
    bool verify();

    // Calls `batch` with the JSON array of each `batchSize` rows of `table` in the order they
    // were written, skipping the first `skipBatches` batches; `batch` returns false to stop
    // (reading then also returns false, with no error).
    using BatchFn = std::function<bool(int index, const QByteArray& jsonArray, int rows)>;
    bool forEachBatch(const QString& table, int batchSize, int skipBatches, const BatchFn& batch);

    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_error;
    QJsonObject m_manifest;
};

} // namespace limitless::maintenance
