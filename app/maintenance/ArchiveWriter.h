#pragma once

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QString>

#include <memory>

class QuaZip;
class QuaZipFile;

namespace limitless::maintenance {

// Writes a retention archive (docs/maintenance.md): a zip file (deflate) with one
// `<table>.jsonl` entry per table — each line one row as PostgreSQL's row_to_json gives it —
// and `manifest.json` with the format, the owner, the policy and, per table, the row count
// and the SHA-256 of the entry's uncompressed bytes. Written to `<path>.part` and renamed
// when complete, so an archive under its final name is always whole.
class ArchiveWriter {
    Q_DECLARE_TR_FUNCTIONS(ArchiveWriter)

public:
    static constexpr int kFormatVersion = 1;
    static QString formatName() { return QStringLiteral("limitless-retention-archive"); }

    explicit ArchiveWriter(QString path);
    ~ArchiveWriter();

    bool open();
    bool beginTable(const QString& table);
    bool writeLine(const QByteArray& line);
    bool endTable();
    // Writes the manifest (`manifest` plus "format", "version", "tables") and renames the file.
    bool finish(QJsonObject manifest);

    QString errorString() const { return m_error; }
    QString path() const { return m_path; }

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QuaZipFile> m_file;
    QString m_table;
    qint64 m_rows = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QJsonObject m_tables;
};

} // namespace limitless::maintenance
