#pragma once

// The parts of extraction behind knowledge/Extractor.h: one per file kind, and what they share.

#include "knowledge/Extracted.h"
#include "knowledge/Extractor.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLoggingCategory>
#include <QString>

Q_DECLARE_LOGGING_CATEGORY(lcExtract)

namespace limitless::knowledge::detail {

// The notes an extraction leaves for the owner ("3 pages recognised by OCR"): translated.
struct ExtractNote {
    Q_DECLARE_TR_FUNCTIONS(ExtractNote)
};

// Sections from headings met in the order of the text: a heading closes every open section of
// its level or deeper where it starts; finish() closes the rest at the end of the text. Starts
// must not decrease.
class SectionList {
public:
    void open(const QString& title, int level, qsizetype start);
    QList<SectionSpan> finish(qsizetype end);
    qsizetype lastStart() const { return m_sections.isEmpty() ? 0 : m_sections.last().start; }

private:
    QList<SectionSpan> m_sections;
    QList<qsizetype> m_open; // indexes into m_sections, outermost first
};

bool isCancelled(const ExtractOptions& opts);
ExtractError cancelledError();
void reportProgress(const ExtractOptions& opts, int done, int total);

ExtractedText extractPdf(const QString& path, const ExtractOptions& opts, ExtractError* error);
ExtractedText extractDocx(const QString& path, const ExtractOptions& opts, ExtractError* error);
// Plain text and Markdown, from the file's bytes.
ExtractedText extractText(const QByteArray& bytes, FileKind kind, ExtractError* error);

// Markdown's structure in `text` (line endings already LF): ATX and setext headings as
// sections, fenced code blocks (``` and ~~~) as atomic spans. A heading-like line inside a code
// block or YAML front matter is no heading.
void markdownStructure(const QString& text, QList<SectionSpan>* sections,
                       QList<AtomicSpan>* codeBlocks);

} // namespace limitless::knowledge::detail
