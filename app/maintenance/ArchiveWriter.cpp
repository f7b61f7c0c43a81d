#include "maintenance/ArchiveWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

namespace limitless::maintenance {

ArchiveWriter::ArchiveWriter(QString path) : m_path(std::move(path)) {}

ArchiveWriter::~ArchiveWriter()
{
    m_file.reset();
    if (m_zip && m_zip->isOpen())
        m_zip->close();
}

bool ArchiveWriter::open()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile::remove(m_path + QStringLiteral(".part"));
    m_zip = std::make_unique<QuaZip>(m_path + QStringLiteral(".part"));
    m_zip->setZip64Enabled(true);
    if (!m_zip->open(QuaZip::mdCreate)) {
        m_error = tr("Cannot create the archive %1 (zip error %2).")
                      .arg(m_path)
                      .arg(m_zip->getZipError());
        return false;
    }
    return true;
}

bool ArchiveWriter::beginTable(const QString& table)
{
    m_file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!m_file->open(QIODevice::WriteOnly, QuaZipNewInfo(table + QStringLiteral(".jsonl")))) {
        m_error = tr("Cannot write %1 into the archive (zip error %2).")
                      .arg(table)
                      .arg(m_file->getZipError());
        return false;
    }
    m_table = table;
    m_rows = 0;
    m_hash.reset();
    return true;
}

bool ArchiveWriter::writeLine(const QByteArray& line)
{
    if (line.contains('\n')) {
        // row_to_json escapes newlines inside strings; a raw one would split the row.
        m_error = tr("A row of %1 contains a line break and cannot be archived.").arg(m_table);
        return false;
    }
    const QByteArray bytes = line + '\n';
    if (m_file->write(bytes) != bytes.size()) {
        m_error = tr("Writing the archive failed: %1").arg(m_file->errorString());
        return false;
    }
    m_hash.addData(bytes);
    ++m_rows;
    return true;
}

bool ArchiveWriter::endTable()
{
    m_file->close();
    if (m_file->getZipError() != 0) {
        m_error = tr("Writing %1 into the archive failed (zip error %2).")
                      .arg(m_table)
                      .arg(m_file->getZipError());
        return false;
    }
    m_tables.insert(
        m_table,
        QJsonObject{{QStringLiteral("file"), m_table + QStringLiteral(".jsonl")},
                    {QStringLiteral("rows"), m_rows},
                    {QStringLiteral("sha256"), QString::fromLatin1(m_hash.result().toHex())}});
    m_file.reset();
    return true;
}

bool ArchiveWriter::finish(QJsonObject manifest)
{
    manifest.insert(QStringLiteral("format"), formatName());
    manifest.insert(QStringLiteral("version"), kFormatVersion);
    manifest.insert(QStringLiteral("tables"), m_tables);
    QuaZipFile f(m_zip.get());
    if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("manifest.json")))) {
        m_error = tr("Cannot write the archive's manifest (zip error %1).").arg(f.getZipError());
        return false;
    }
    f.write(QJsonDocument(manifest).toJson(QJsonDocument::Indented));
    f.close();
    m_zip->close();
    if (m_zip->getZipError() != 0) {
        m_error = tr("Closing the archive failed (zip error %1).").arg(m_zip->getZipError());
        return false;
    }
    QFile::remove(m_path);
    if (!QFile::rename(m_path + QStringLiteral(".part"), m_path)) {
        m_error = tr("Cannot rename the finished archive to %1.").arg(m_path);
        return false;
    }
    return true;
}

} // namespace limitless::maintenance
