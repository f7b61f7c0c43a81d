#pragma once

#include "knowledge/Extracted.h"

#include <QByteArray>
#include <QString>

namespace limitless::knowledge {

// Tells what a file is from its bytes and its name together, before anything parses it. The
// knowledge base takes PDF, DOCX, plain text and Markdown; anything else, and any file whose
// content and name disagree, is refused with an ExtractError that names what the file is.
class FileSniffer {
public:
    static constexpr qint64 kDefaultMaxBytes = 50LL * 1024 * 1024;
    // How much of the start of a file the content checks read.
    static constexpr qint64 kHeadBytes = 64 * 1024;

    // What the bytes are, whatever the name says.
    enum class Content {
        Unknown,
        Pdf,
        Docx,            // a ZIP holding word/document.xml
        OoxmlNoDocument, // an Office Open XML package (it has [Content_Types].xml) without it
        Xlsx,
        Pptx,
        OpenDocument,
        Zip,        // any other ZIP archive
        DamagedZip, // starts like a ZIP, but its table of contents cannot be read
        Text,
        TextUnknownEncoding, // text, but neither UTF-8, UTF-16 nor Windows-1252
        Png,
        Jpeg,
        Gif,
        Bmp,
        Tiff,
        WebP,
        Rtf,
        Elf,
        WindowsExecutable,
        MachO,
        OfficeLegacy,    // an OLE compound file: .doc, .xls, .ppt (Office 97–2003)
        EncryptedOffice, // an OLE file holding an EncryptedPackage: a password-protected .docx
        Gzip,
        SevenZip,
        Rar,
        Sqlite,
        Binary, // none of the above, and not text
    };

    struct Result {
        FileKind kind = FileKind::Unknown; // what to extract it as; Unknown on refusal
        Content content = Content::Unknown;
        qint64 size = 0;
    };

    // Checks the file: readable, not empty, at most `maxBytes`, its content one the knowledge
    // base takes, and its extension (.pdf, .docx, .txt, .md, .markdown) the one that content
    // has. On refusal `error` says why (Io, Empty, TooLarge, Unsupported, Mismatch, Corrupt or
    // Encrypted) and the result's kind is Unknown.
    static Result sniff(const QString& path, ExtractError* error,
                        qint64 maxBytes = kDefaultMaxBytes);

    // What `head` (the first kHeadBytes of the file, or all of it when `wholeFile`) is. A ZIP's
    // member names are read from `path`'s central directory with QuaZip; nothing is inflated.
    static Content content(const QByteArray& head, bool wholeFile, const QString& path);

    // The kind the file's name promises, from its extension; Unknown for any other name.
    static FileKind kindForName(const QString& fileName);

    // What a content is, as it fits into "This file is named .docx but is %1.": "a PNG
    // image", "an RTF document"… Translated.
    static QString describe(Content content);
};

} // namespace limitless::knowledge
