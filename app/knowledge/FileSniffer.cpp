#include "knowledge/FileSniffer.h"

#include "knowledge/TextDecoder.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <quazip.h>

#include <algorithm>

namespace limitless::knowledge {

namespace {

using Content = FileSniffer::Content;
using Kind = ExtractError::Kind;

bool startsWith(const QByteArray& head, const char* magic, qsizetype length)
{
    return head.size() >= length && std::equal(magic, magic + length, head.constData());
}

quint32 le32(const QByteArray& head, qsizetype at)
{
    if (at + 4 > head.size())
        return 0;
    const auto b = [&](qsizetype i) { return quint32(static_cast<uchar>(head.at(at + i))); };
    return b(0) | (b(1) << 8) | (b(2) << 16) | (b(3) << 24);
}

// A PE file: "MZ", and at the offset the DOS header names, "PE\0\0".
bool isWindowsExecutable(const QByteArray& head)
{
    if (!startsWith(head, "MZ", 2))
        return false;
    const quint32 pe = le32(head, 0x3C);
    return pe > 0 && pe + 4 <= quint32(head.size()) && head.mid(pe, 4) == QByteArray("PE\0\0", 4);
}

Content zipContent(const QString& path)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return Content::DamagedZip;
    // Names only, from the central directory: nothing is inflated.
    const QStringList names = zip.getFileNameList();
    zip.close();
    const auto has = [&](const char* name) {
        return names.contains(QLatin1String(name), Qt::CaseInsensitive);
    };
    if (has("word/document.xml"))
        return Content::Docx;
    if (has("xl/workbook.xml"))
        return Content::Xlsx;
    if (has("ppt/presentation.xml"))
        return Content::Pptx;
    if (has("mimetype") && has("content.xml"))
        return Content::OpenDocument;
    if (has("[Content_Types].xml"))
        return Content::OoxmlNoDocument;
    return Content::Zip;
}

// Office encrypts a .docx (and .xlsx, .pptx) by wrapping it in an OLE compound file whose
// directory names a stream "EncryptedPackage" (MS-OFFCRYPTO); the directory is in UTF-16 LE.
Content oleContent(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Content::OfficeLegacy;
    QByteArray marker;
    for (const char c : QByteArrayLiteral("EncryptedPackage")) {
        marker.append(c);
        marker.append('\0');
    }
    const QByteArray all = file.readAll();
    return all.contains(marker) ? Content::EncryptedOffice : Content::OfficeLegacy;
}

QString extensionOf(const QString& fileName)
{
    return QFileInfo(fileName).suffix().toLower();
}

QString formattedSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

FileKind contentKind(Content content, FileKind named)
{
    switch (content) {
    case Content::Pdf:
        return FileKind::Pdf;
    case Content::Docx:
        return FileKind::Docx;
    case Content::Text:
        return named == FileKind::Markdown ? FileKind::Markdown : FileKind::Text;
    default:
        return FileKind::Unknown;
    }
}

} // namespace

FileKind FileSniffer::kindForName(const QString& fileName)
{
    const QString ext = extensionOf(fileName);
    if (ext == QLatin1String("pdf"))
        return FileKind::Pdf;
    if (ext == QLatin1String("docx"))
        return FileKind::Docx;
    if (ext == QLatin1String("txt"))
        return FileKind::Text;
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return FileKind::Markdown;
    return FileKind::Unknown;
}

FileSniffer::Content FileSniffer::content(const QByteArray& head, bool wholeFile,
                                          const QString& path)
{
    if (head.isEmpty())
        return Content::Unknown;
    if (startsWith(head, "%PDF-", 5))
        return Content::Pdf;
    if (startsWith(head, "PK\x03\x04", 4) || startsWith(head, "PK\x05\x06", 4) ||
        startsWith(head, "PK\x07\x08", 4))
        return zipContent(path);
    if (startsWith(head, "\x89PNG\r\n\x1a\n", 8))
        return Content::Png;
    if (startsWith(head, "\xFF\xD8\xFF", 3))
        return Content::Jpeg;
    if (startsWith(head, "GIF87a", 6) || startsWith(head, "GIF89a", 6))
        return Content::Gif;
    if (startsWith(head, "II*\0", 4) || startsWith(head, "MM\0*", 4))
        return Content::Tiff;
    if (startsWith(head, "RIFF", 4) && head.mid(8, 4) == "WEBP")
        return Content::WebP;
    // "BM" and the file's size in the header: two letters alone could start any text.
    if (startsWith(head, "BM", 2) && head.size() >= 26 && QFileInfo(path).size() == le32(head, 2))
        return Content::Bmp;
    if (startsWith(head, "{\\rtf", 5))
        return Content::Rtf;
    if (startsWith(head,
                   "\x7F"
                   "ELF",
                   4))
        return Content::Elf;
    if (isWindowsExecutable(head))
        return Content::WindowsExecutable;
    if (startsWith(head, "\xFE\xED\xFA\xCE", 4) || startsWith(head, "\xFE\xED\xFA\xCF", 4) ||
        startsWith(head, "\xCE\xFA\xED\xFE", 4) || startsWith(head, "\xCF\xFA\xED\xFE", 4))
        return Content::MachO;
    if (startsWith(head, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8))
        return oleContent(path);
    if (startsWith(head, "\x1F\x8B", 2))
        return Content::Gzip;
    if (startsWith(head, "7z\xBC\xAF\x27\x1C", 6))
        return Content::SevenZip;
    if (startsWith(head, "Rar!\x1A\x07", 6))
        return Content::Rar;
    if (startsWith(head, "SQLite format 3\0", 16))
        return Content::Sqlite;

    const DecodedText decoded = decodeText(head, !wholeFile);
    if (!decoded.looksLikeText())
        return Content::Binary;
    if (decoded.unknownEncoding(head.size()))
        return Content::TextUnknownEncoding;
    return Content::Text;
}

QString FileSniffer::describe(Content content)
{
    // Each of these is put into sentences such as "This file is named .docx but is %1." and
    // "This file is %1; the knowledge base takes PDF, DOCX, text and Markdown files."
    switch (content) {
    case Content::Pdf:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a PDF");
    case Content::Docx:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a Word document (DOCX)");
    case Content::OoxmlNoDocument:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("an Office file that is not a Word document");
    case Content::Xlsx:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("an Excel workbook (XLSX)");
    case Content::Pptx:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a PowerPoint presentation (PPTX)");
    case Content::OpenDocument:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("an OpenDocument file (ODT, ODS or ODP)");
    case Content::Zip:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a ZIP archive");
    case Content::DamagedZip:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a damaged ZIP archive");
    case Content::Text:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a text file");
    case Content::TextUnknownEncoding:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("text in an encoding other than UTF-8, UTF-16 or Latin-1");
    case Content::Png:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a PNG image");
    case Content::Jpeg:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a JPEG image");
    case Content::Gif:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a GIF image");
    case Content::Bmp:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a BMP image");
    case Content::Tiff:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a TIFF image");
    case Content::WebP:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a WebP image");
    case Content::Rtf:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("an RTF document");
    case Content::Elf:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("an ELF executable (a Linux program)");
    case Content::WindowsExecutable:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a Windows executable");
    case Content::MachO:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a macOS executable");
    case Content::OfficeLegacy:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("an Office 97–2003 file (.doc, .xls or .ppt)");
    case Content::EncryptedOffice:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a password-protected Office file");
    case Content::Gzip:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a gzip archive");
    case Content::SevenZip:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a 7-Zip archive");
    case Content::Rar:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("a RAR archive");
    case Content::Sqlite:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("an SQLite database");
    case Content::Binary:
        //: inserted into "This file is named .%1 but is %2."
        return ExtractError::tr("binary data of an unknown kind");
    case Content::Unknown:
        break;
    }
    //: inserted into "This file is named .%1 but is %2."
    return ExtractError::tr("a file of an unknown kind");
}

FileSniffer::Result FileSniffer::sniff(const QString& path, ExtractError* error, qint64 maxBytes)
{
    Result result;
    ExtractError failure;
    const auto refuse = [&](Kind kind, const QString& message) {
        failure = ExtractError::make(kind, message);
        result.kind = FileKind::Unknown;
        if (error)
            *error = failure;
        return result;
    };

    const QFileInfo info(path);
    if (info.isDir())
        return refuse(Kind::Io, ExtractError::tr("This is a folder, not a file."));
    if (!info.exists())
        return refuse(Kind::Io, ExtractError::tr("This file does not exist."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Kind::Io,
                      ExtractError::tr("This file cannot be read: %1").arg(file.errorString()));
    result.size = file.size();
    if (result.size == 0)
        return refuse(Kind::Empty, ExtractError::tr("This file is empty."));
    if (result.size > maxBytes)
        return refuse(Kind::TooLarge,
                      ExtractError::tr("This file is %1; the limit is %2.")
                          .arg(formattedSize(result.size), formattedSize(maxBytes)));
    const QByteArray head = file.read(kHeadBytes);
    if (head.isEmpty())
        return refuse(Kind::Io,
                      ExtractError::tr("This file cannot be read: %1").arg(file.errorString()));
    file.close();

    result.content = content(head, result.size <= kHeadBytes, path);
    const FileKind named = kindForName(info.fileName());
    const QString ext = extensionOf(info.fileName());
    const FileKind actual = contentKind(result.content, named);

    if (named == FileKind::Unknown) {
        if (actual != FileKind::Unknown) {
            const QString rename = fileTypeName(actual);
            if (ext.isEmpty())
                return refuse(Kind::Unsupported,
                              ExtractError::tr("This file's name has no extension. It looks like "
                                               "%1: rename it to end in .%2 to add it.")
                                  .arg(describe(result.content), rename));
            return refuse(Kind::Unsupported,
                          ExtractError::tr("Files ending in .%1 are not taken. This one looks "
                                           "like %2: rename it to end in .%3 to add it.")
                              .arg(ext, describe(result.content), rename));
        }
        return refuse(Kind::Unsupported,
                      ExtractError::tr("This file is %1; the knowledge base takes PDF, DOCX, "
                                       "text and Markdown files.")
                          .arg(describe(result.content)));
    }

    if (named == FileKind::Docx) {
        switch (result.content) {
        case Content::OoxmlNoDocument:
            return refuse(Kind::Corrupt,
                          ExtractError::tr("This DOCX has no word/document.xml, the part that "
                                           "holds its text: it is damaged or not a Word "
                                           "document."));
        case Content::DamagedZip:
            return refuse(Kind::Corrupt,
                          ExtractError::tr("This DOCX is damaged: the table of contents of its "
                                           "ZIP container cannot be read."));
        case Content::EncryptedOffice:
            return refuse(Kind::Encrypted,
                          ExtractError::tr("This Word document is protected by a password: "
                                           "remove the password in Word and add it again."));
        case Content::Zip:
            return refuse(Kind::Mismatch,
                          ExtractError::tr("This file is named .docx but is a ZIP archive "
                                           "without word/document.xml, so not a Word "
                                           "document."));
        default:
            break;
        }
    }
    if ((named == FileKind::Text || named == FileKind::Markdown) &&
        result.content == Content::TextUnknownEncoding)
        return refuse(Kind::Unsupported,
                      ExtractError::tr("This text is not in UTF-8, UTF-16 or Latin-1 "
                                       "(Windows-1252): save it as UTF-8 and add it again."));

    const bool agrees = actual == named;
    if (!agrees)
        return refuse(Kind::Mismatch, ExtractError::tr("This file is named .%1 but is %2.")
                                          .arg(ext, describe(result.content)));
    result.kind = actual;
    if (error)
        *error = ExtractError();
    return result;
}

} // namespace limitless::knowledge
