#include "maintenance/ArchiveReader.h"

#include "maintenance/ArchiveWriter.h"

#include <QCryptographicHash>
#include <QJsonDocument>

#include <quazip.h>
#include <quazipfile.h>

namespace limitless::maintenance {

bool ArchiveReader::open()
{
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip)) {
        m_error =
            tr("%1 is not a readable archive (zip error %2).").arg(m_path).arg(zip.getZipError());
        return false;
    }
    if (!zip.setCurrentFile(QStringLiteral("manifest.json"))) {
        m_error = tr("%1 has no manifest: it is not a retention archive.").arg(m_path);
        return false;
    }
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the manifest of %1.").arg(m_path);
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    f.close();
    if (!doc.isObject() ||
        doc.object().value(QStringLiteral("format")).toString() != ArchiveWriter::formatName()) {
        m_error = tr("The manifest of %1 is not a retention archive's.").arg(m_path);
        return false;
    }
    const int version = doc.object().value(QStringLiteral("version")).toInt();
    if (version != ArchiveWriter::kFormatVersion) {
        m_error = tr("%1 has archive format version %2; this version of the app reads version %3.")
                      .arg(m_path)
                      .arg(version)
                      .arg(ArchiveWriter::kFormatVersion);
        return false;
    }
    m_manifest = doc.object();
    return true;
}

qint64 ArchiveReader::rows(const QString& table) const
{
    return m_manifest.value(QStringLiteral("tables"))
        .toObject()
        .value(table)
        .toObject()
        .value(QStringLiteral("rows"))
        .toInteger();
}

QString ArchiveReader::ownerId() const
{
    return m_manifest.value(QStringLiteral("owner_id")).toString();
}

bool ArchiveReader::verify()
{
    const QJsonObject tables = m_manifest.value(QStringLiteral("tables")).toObject();
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip)) {
        m_error =
            tr("%1 is not a readable archive (zip error %2).").arg(m_path).arg(zip.getZipError());
        return false;
    }
    for (auto it = tables.begin(); it != tables.end(); ++it) {
        const QJsonObject t = it.value().toObject();
        if (!zip.setCurrentFile(t.value(QStringLiteral("file")).toString())) {
            m_error = tr("The archive lacks the rows of %1.").arg(it.key());
            return false;
        }
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::ReadOnly)) {
            m_error =
                tr("Cannot read the rows of %1 (zip error %2).").arg(it.key()).arg(f.getZipError());
            return false;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 lines = 0;
        char buffer[65536];
        qint64 n = 0;
        while ((n = f.read(buffer, sizeof buffer)) > 0) {
            hash.addData(QByteArrayView(buffer, n));
            lines += QByteArrayView(buffer, n).count('\n');
        }
        const int zipError = f.getZipError();
        f.close();
        if (n < 0 || zipError != 0) {
            m_error = tr("The rows of %1 are damaged (zip error %2).").arg(it.key()).arg(zipError);
            return false;
        }
        if (lines != t.value(QStringLiteral("rows")).toInteger() ||
            QString::fromLatin1(hash.result().toHex()) !=
                t.value(QStringLiteral("sha256")).toString()) {
            m_error = tr("The rows of %1 do not match the archive's manifest (%2 rows, checksum): "
                         "the archive was changed or damaged.")
                          .arg(it.key())
                          .arg(lines);
            return false;
        }
    }
    return true;
}

bool ArchiveReader::forEachBatch(const QString& table, int batchSize, int skipBatches,
                                 const BatchFn& batch)
{
    m_error.clear();
    const QJsonObject t =
        m_manifest.value(QStringLiteral("tables")).toObject().value(table).toObject();
    if (t.isEmpty())
        return true; // nothing of this table was archived
    QuaZip zip(m_path);
    if (!zip.open(QuaZip::mdUnzip) ||
        !zip.setCurrentFile(t.value(QStringLiteral("file")).toString())) {
        m_error = tr("The archive lacks the rows of %1.").arg(table);
        return false;
    }
    QuaZipFile f(&zip);
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = tr("Cannot read the rows of %1 (zip error %2).").arg(table).arg(f.getZipError());
        return false;
    }
    int index = 0;
    QByteArray array;
    int rows = 0;
    const auto flush = [&]() -> bool {
        const int current = index++;
        if (current < skipBatches || rows == 0)
            return true;
        array.append(']');
        return batch(current, array, rows);
    };
    while (!f.atEnd()) {
        QByteArray line = f.readLine();
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.isEmpty())
            continue;
        if (index >= skipBatches) {
            array.append(rows == 0 ? '[' : ',');
            array.append(line);
        }
        ++rows;
        if (rows == batchSize) {
            if (!flush())
                return false;
            array.clear();
            rows = 0;
        }
    }
    if (rows > 0 && !flush())
        return false;
    if (f.getZipError() != 0) {
        m_error = tr("The rows of %1 are damaged (zip error %2).").arg(table).arg(f.getZipError());
        return false;
    }
    return true;
}

} // namespace limitless::maintenance
