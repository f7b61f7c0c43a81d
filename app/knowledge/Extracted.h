#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace limitless::knowledge {

// The four kinds of document the knowledge base takes (documents.file_type).
enum class FileKind { Unknown, Pdf, Docx, Text, Markdown };
QString fileTypeName(FileKind kind); // "pdf", "docx", "txt", "md"
FileKind fileKindFromName(const QString& name);

// A page of a PDF: [start, end) in ExtractedText::text. `ocr` when its text was recognised
// by Tesseract because the page had no text layer. Pages are contiguous: the blank line that
// separates two pages belongs to the page before it, so the pages cover the text exactly.
struct PageSpan {
    int number = 0; // 1-based
    qsizetype start = 0;
    qsizetype end = 0;
    bool ocr = false;
};

// A heading and the text it governs: [start, end) in ExtractedText::text (the heading included).
struct SectionSpan {
    QString title;
    int level = 1;
    qsizetype start = 0;
    qsizetype end = 0;
};

// A span the chunker keeps whole where it can (a code block, a table row).
struct AtomicSpan {
    qsizetype start = 0;
    qsizetype end = 0;
};

// What extraction yields: one text with the spans pointing into it, exactly.
struct ExtractedText {
    FileKind kind = FileKind::Unknown;
    QString text;
    QList<PageSpan> pages;       // PDFs only, in order, covering the text
    QList<SectionSpan> sections; // headings found (DOCX, Markdown, PDF outline if any)
    QList<AtomicSpan> atomic;
    QStringList notes;           // e.g. "decoded as Latin-1", "3 pages recognised by OCR"
    int ocrPages = 0;
};

// Why a file could not be taken. `message` is one sentence for the owner, already translated.
struct ExtractError {
    Q_DECLARE_TR_FUNCTIONS(ExtractError)
public:
    enum class Kind {
        None,
        Unsupported,   // not pdf/docx/txt/md by content (an image, an RTF, an executable…)
        Mismatch,      // content and extension disagree (a PNG named .docx)
        TooLarge,      // over the size limit
        Empty,         // zero bytes, or no text at all
        Corrupt,       // truncated or damaged
        Encrypted,     // needs a password that was not given
        WrongPassword, // a password was given and is wrong
        ZipBomb,       // the archive would inflate beyond the limits
        Io,            // cannot read the file
        Cancelled,
    };
    Kind kind = Kind::None;
    QString message;
    bool isError() const { return kind != Kind::None; }
    explicit operator bool() const { return isError(); }
    QString code() const; // "unsupported", "mismatch", … for JSON and the database

    static ExtractError make(Kind kind, const QString& message);
};

// Where the spans of `extracted` break their promises: pages not 1, 2, 3… or not covering the
// text exactly, a section or atomic span outside the text, spans out of order, sections that
// overlap without nesting, atomic spans that overlap. Empty when every span is consistent.
// Every extraction is checked with it in the tests; the chunker may rely on what it checks.
QString spanProblem(const ExtractedText& extracted);

} // namespace limitless::knowledge
