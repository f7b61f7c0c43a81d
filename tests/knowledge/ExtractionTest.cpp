// Document extraction on real files: PDF manuals that Debian packages ship, and the fixtures in
// tests/knowledge/corpus/ (corpus/make-corpus.sh says how each was made and from what).
#include "knowledge/Extractor.h"
#include "knowledge/FileSniffer.h"
#include "knowledge/TextDecoder.h"

#include <catch2/catch.hpp>

#include <QDebug>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <zlib.h>

#include <chrono>
#include <thread>

using namespace limitless::knowledge;
using Kind = ExtractError::Kind;

namespace {

QString corpus(const char* name)
{
    return QStringLiteral(LIMITLESS_SOURCE_DIR "/tests/knowledge/corpus/") + QLatin1String(name);
}

QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    REQUIRE(dir.isValid());
    return dir;
}

// A PDF from a Debian package's documentation, gunzipped into the scratch folder where it is
// shipped compressed. The packages are in scripts/install-deps.
QString debianPdf(const char* shipped)
{
    const QString source = QString::fromUtf8(shipped);
    INFO("a test PDF from /usr/share/doc is missing: run scripts/install-deps: "
         << source.toStdString());
    REQUIRE(QFileInfo::exists(source));
    if (!source.endsWith(QLatin1String(".gz")))
        return source;
    const QString target = scratch().filePath(QFileInfo(source).completeBaseName());
    if (QFileInfo::exists(target))
        return target;
    gzFile in = gzopen(QFile::encodeName(source).constData(), "rb");
    REQUIRE(in != nullptr);
    QFile out(target);
    REQUIRE(out.open(QIODevice::WriteOnly));
    char buffer[1 << 16];
    int n = 0;
    while ((n = gzread(in, buffer, sizeof buffer)) > 0)
        out.write(buffer, n);
    gzclose(in);
    REQUIRE(n == 0);
    return target;
}

// A copy of `source` (or of `bytes`) under another name, in the scratch folder.
QString copyAs(const QString& source, const QString& name)
{
    const QString target = scratch().filePath(name);
    QFile::remove(target);
    REQUIRE(QFile::copy(source, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString writeFile(const QString& name, const QByteArray& bytes)
{
    const QString target = scratch().filePath(name);
    QFile file(target);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
    return target;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

struct Outcome {
    ExtractedText text;
    ExtractError error;
    qint64 ms = 0;
};

// Extracts `path`; a result that is not an error must keep every span's promise.
Outcome run(const QString& path, const ExtractOptions& opts = {})
{
    Outcome o;
    QElapsedTimer timer;
    timer.start();
    o.text = extract(path, opts, &o.error);
    o.ms = timer.elapsed();
    if (!o.error) {
        INFO(path.toStdString());
        CHECK(spanProblem(o.text).toStdString() == "");
    }
    return o;
}

Outcome refused(const QString& path, const ExtractOptions& opts = {})
{
    Outcome o = run(path, opts);
    INFO(path.toStdString());
    REQUIRE(o.error.isError());
    CHECK(o.text.text.isEmpty());
    return o;
}

Outcome taken(const QString& path, const ExtractOptions& opts = {})
{
    Outcome o = run(path, opts);
    INFO(path.toStdString() << ": " << o.error.message.toStdString());
    REQUIRE_FALSE(o.error.isError());
    return o;
}

// Where `phrase` is in `text`, any run of white space matching any other (a PDF's lines break
// where the page did); -1 when it is not there.
qsizetype findLoose(const QString& text, const QString& phrase)
{
    QStringList words = phrase.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (QString& w : words)
        w = QRegularExpression::escape(w);
    const QRegularExpression re(words.join(QLatin1String("\\s+")));
    return re.match(text).capturedStart();
}

// The 1-based page the text position `at` is on; 0 when none.
int pageAt(const ExtractedText& extracted, qsizetype at)
{
    for (const PageSpan& p : extracted.pages)
        if (at >= p.start && at < p.end)
            return p.number;
    return 0;
}

int pageOf(const ExtractedText& extracted, const char* phrase)
{
    const qsizetype at = findLoose(extracted.text, QString::fromUtf8(phrase));
    INFO("looking for: " << phrase);
    CHECK(at >= 0);
    return at < 0 ? 0 : pageAt(extracted, at);
}

const SectionSpan* section(const ExtractedText& extracted, const QString& title)
{
    for (const SectionSpan& s : extracted.sections)
        if (s.title == title)
            return &s;
    return nullptr;
}

QString spanText(const ExtractedText& extracted, qsizetype start, qsizetype end)
{
    return extracted.text.mid(start, end - start);
}

QStringList atomicTexts(const ExtractedText& extracted)
{
    QStringList out;
    for (const AtomicSpan& a : extracted.atomic)
        out << spanText(extracted, a.start, a.end);
    return out;
}

QList<std::pair<QString, int>> titlesAndLevels(const ExtractedText& extracted)
{
    QList<std::pair<QString, int>> out;
    for (const SectionSpan& s : extracted.sections)
        out.append({s.title, s.level});
    return out;
}

bool hasNote(const ExtractedText& extracted, const char* words)
{
    for (const QString& n : extracted.notes)
        if (n.contains(QLatin1String(words)))
            return true;
    return false;
}

} // namespace

TEST_CASE("extraction: file kinds and error codes have stable names", "[knowledge][extraction]")
{
    for (const FileKind kind : {FileKind::Pdf, FileKind::Docx, FileKind::Text, FileKind::Markdown})
        CHECK(fileKindFromName(fileTypeName(kind)) == kind);
    CHECK(fileTypeName(FileKind::Text) == QLatin1String("txt"));
    CHECK(fileTypeName(FileKind::Markdown) == QLatin1String("md"));
    CHECK(fileKindFromName(QStringLiteral("PDF")) == FileKind::Pdf);
    CHECK(fileKindFromName(QStringLiteral("rtf")) == FileKind::Unknown);
    CHECK(fileTypeName(FileKind::Unknown).isEmpty());

    const std::pair<Kind, const char*> codes[] = {
        {Kind::None, "none"},           {Kind::Unsupported, "unsupported"},
        {Kind::Mismatch, "mismatch"},   {Kind::TooLarge, "too-large"},
        {Kind::Empty, "empty"},         {Kind::Corrupt, "corrupt"},
        {Kind::Encrypted, "encrypted"}, {Kind::WrongPassword, "wrong-password"},
        {Kind::ZipBomb, "zip-bomb"},    {Kind::Io, "io"},
        {Kind::Cancelled, "cancelled"},
    };
    for (const auto& [kind, code] : codes)
        CHECK(ExtractError::make(kind, {}).code() == QLatin1String(code));

    CHECK(FileSniffer::kindForName(QStringLiteral("Notes.MARKDOWN")) == FileKind::Markdown);
    CHECK(FileSniffer::kindForName(QStringLiteral("report.pdf.exe")) == FileKind::Unknown);
}

TEST_CASE("extraction: the span check finds every broken promise", "[knowledge][extraction]")
{
    ExtractedText good;
    good.text = QStringLiteral("Page one\n\nPage two");
    good.pages = {{1, 0, 10, false}, {2, 10, 18, true}};
    good.sections = {{QStringLiteral("Outer"), 1, 0, 18}, {QStringLiteral("Inner"), 2, 10, 18}};
    good.atomic = {{0, 8}, {10, 18}};
    CHECK(spanProblem(good).isEmpty());

    ExtractedText e = good;
    e.pages[1].start = 11; // a gap between pages
    CHECK(spanProblem(e).contains(QLatin1String("page 2")));
    e = good;
    e.pages[1].end = 17; // the pages stop short of the text
    CHECK(!spanProblem(e).isEmpty());
    e = good;
    e.pages[1].number = 3;
    CHECK(!spanProblem(e).isEmpty());
    e = good;
    e.sections[1].end = 19; // past the text
    CHECK(spanProblem(e).contains(QLatin1String("Inner")));
    e = good;
    e.sections[0].end = 12; // Inner starts inside Outer but ends after it
    CHECK(spanProblem(e).contains(QLatin1String("without nesting")));
    e = good;
    std::swap(e.sections[0], e.sections[1]); // out of order
    CHECK(!spanProblem(e).isEmpty());
    e = good;
    e.atomic[1].start = 5; // overlapping atomic spans
    CHECK(spanProblem(e).contains(QLatin1String("overlaps")));
    e = good;
    e.pages.clear(); // text without pages (not a PDF) is fine
    CHECK(spanProblem(e).isEmpty());
}

TEST_CASE("extraction: a PDF manual of 111 pages (Nettle), with its outline as sections",
          "[knowledge][extraction][pdf]")
{
    const QString path = debianPdf("/usr/share/doc/nettle-dev/nettle.pdf.gz");
    int calls = 0;
    int lastDone = -1;
    ExtractOptions opts;
    opts.progress = [&](int done, int total) {
        CHECK(total == 111);
        CHECK(done >= lastDone);
        lastDone = done;
        ++calls;
    };
    const Outcome o = taken(path, opts);
    qInfo().noquote() << "nettle.pdf: 111 pages extracted in" << o.ms << "ms";
    CHECK(o.ms < 30000);
    const ExtractedText& r = o.text;
    CHECK(r.kind == FileKind::Pdf);
    REQUIRE(r.pages.size() == 111);
    CHECK(r.ocrPages == 0);
    CHECK(r.notes.isEmpty());
    CHECK(lastDone == 111);
    CHECK(calls == 112);

    // The pages as `pdftotext -f N -l N` shows them. TeX wrote "Möller" with a combining
    // diaeresis; the text is composed (NFC), so the plain spelling finds it.
    CHECK(pageOf(r, "Niels Möller") == 1);
    CHECK(pageOf(r, "This chapter describes all the Nettle functions, grouped by family.") == 13);
    CHECK(pageOf(r, "The most common usage is for disk encryption.") == 47);
    CHECK(pageOf(r, "For the serious nettle hacker, here is a recipe for nettle soup.") == 103);

    // The outline: chapters at level 1, sections nested under them, each starting at its
    // heading line on its page.
    const SectionSpan* reference = section(r, QStringLiteral("Reference"));
    REQUIRE(reference);
    CHECK(reference->level == 1);
    CHECK(pageAt(r, reference->start) == 13);
    CHECK(spanText(r, reference->start, reference->end).startsWith(QLatin1String("7 Reference\n")));
    const SectionSpan* xts =
        section(r, QStringLiteral("XEX-based tweaked-codebook mode with ciphertext stealing"));
    REQUIRE(xts);
    CHECK(xts->level == 3);
    CHECK(pageAt(r, xts->start) == 47);
    CHECK(xts->start >= reference->start);
    CHECK(xts->end <= reference->end);
    const SectionSpan* soup = section(r, QStringLiteral("Traditional Nettle Soup"));
    REQUIRE(soup);
    CHECK(pageAt(r, soup->start) == 103);
    CHECK(spanText(r, soup->start, soup->end).contains(QLatin1String("1 liter fresh nettles")));
}

TEST_CASE("extraction: smaller PDFs (the shared MIME-info spec, Fontconfig's user guide)",
          "[knowledge][extraction][pdf]")
{
    const Outcome mime =
        taken(debianPdf("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"));
    CHECK(mime.text.pages.size() == 17);
    CHECK(mime.text.ocrPages == 0);
    CHECK(pageOf(mime.text, "MUST run the update-mime-database command") == 3);
    CHECK(pageOf(mime.text, "The MIME database is NOT intended to store user preferences.") == 17);
    CHECK(!mime.text.text.contains(QLatin1Char('\r')));
    CHECK(!mime.text.text.contains(QLatin1Char('\f')));

    const Outcome fc = taken(debianPdf("/usr/share/doc/fontconfig/fontconfig-user.pdf.gz"));
    CHECK(fc.text.pages.size() == 15);
    CHECK(pageOf(fc.text, "Fontconfig is a library designed to provide system-wide font "
                          "configuration") == 1);
    CHECK(pageOf(fc.text, "This element holds the two <int> elements of a range representation.") ==
          8);
    // Pages are joined by a blank line, which belongs to the page before it.
    const PageSpan& first = fc.text.pages.at(0);
    CHECK(spanText(fc.text, first.start, first.end).endsWith(QLatin1String("\n\n")));
}

TEST_CASE("extraction: two PDFs on two threads at once", "[knowledge][extraction][pdf]")
{
    const QString a = debianPdf("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf");
    const QString b = debianPdf("/usr/share/doc/fontconfig/fontconfig-user.pdf.gz");
    ExtractedText ra;
    ExtractedText rb;
    ExtractError ea;
    ExtractError eb;
    std::thread ta([&] { ra = extract(a, {}, &ea); });
    std::thread tb([&] { rb = extract(b, {}, &eb); });
    ta.join();
    tb.join();
    CHECK_FALSE(ea.isError());
    CHECK_FALSE(eb.isError());
    CHECK(ra.text == run(a).text.text);
    CHECK(rb.text == run(b).text.text);
}

TEST_CASE("extraction: a scanned page without a text layer is read by OCR",
          "[knowledge][extraction][pdf][ocr]")
{
    const Outcome o = taken(corpus("scanned-page.pdf"));
    qInfo().noquote() << "scanned-page.pdf: 1 page recognised by OCR in" << o.ms << "ms";
    const ExtractedText& r = o.text;
    REQUIRE(r.pages.size() == 1);
    CHECK(r.pages[0].ocr);
    CHECK(r.ocrPages == 1);
    CHECK(hasNote(r, "recognised by OCR"));
    // Page 3 of the shared MIME-info spec, which the scan was made from.
    CHECK(pageOf(r, "MUST run the update-mime-database command") == 1);
    CHECK(pageOf(r, "It scans all the XML files in the packages subdirectory") == 1);
}

TEST_CASE("extraction: a scanned page with OCR turned off, and cancelled during OCR",
          "[knowledge][extraction][pdf][ocr]")
{
    ExtractOptions off;
    off.ocr = false;
    const Outcome o = refused(corpus("scanned-page.pdf"), off);
    CHECK(o.error.kind == Kind::Empty);
    CHECK(o.error.message.contains(QLatin1String("OCR")));

    std::atomic_bool cancel = false;
    ExtractOptions opts;
    opts.cancel = &cancel;
    std::thread canceller([&] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancel = true;
    });
    const Outcome c = run(corpus("scanned-page.pdf"), opts);
    canceller.join();
    qInfo().noquote() << "OCR cancelled after 300 ms; extract() returned after" << c.ms << "ms";
    CHECK(c.error.kind == Kind::Cancelled);
    CHECK(c.text.text.isEmpty());

    const Outcome before = run(corpus("openssl-readme.md"), opts); // cancelled already
    CHECK(before.error.kind == Kind::Cancelled);
}

TEST_CASE("extraction: a PDF protected by a password", "[knowledge][extraction][pdf]")
{
    const Outcome none = refused(corpus("encrypted.pdf"));
    CHECK(none.error.kind == Kind::Encrypted);
    CHECK(none.error.message == QLatin1String("This PDF is protected by a password."));

    ExtractOptions wrong;
    wrong.pdfPassword = QStringLiteral("not-the-password");
    const Outcome w = refused(corpus("encrypted.pdf"), wrong);
    CHECK(w.error.kind == Kind::WrongPassword);
    CHECK(w.error.code() == QLatin1String("wrong-password"));

    ExtractOptions right;
    right.pdfPassword = QStringLiteral("limitless-test");
    const Outcome r = taken(corpus("encrypted.pdf"), right);
    CHECK(r.text.pages.size() == 2);
    CHECK(pageOf(r.text, "Shared MIME-info Database") == 1);
}

TEST_CASE("extraction: a PDF cut off in the middle, and one missing only its end marker",
          "[knowledge][extraction][pdf]")
{
    const QByteArray whole =
        readAll(debianPdf("/usr/share/doc/shared-mime-info/shared-mime-info-spec.pdf"));
    const Outcome half =
        refused(writeFile(QStringLiteral("half.pdf"), whole.left(whole.size() / 2)));
    CHECK(half.error.kind == Kind::Corrupt);
    CHECK(half.error.message.contains(QLatin1String("incomplete")));

    // Without its last line ("%%EOF") poppler still finds every page: the file is read, and
    // the note says it looked cut off.
    const qsizetype eof = whole.lastIndexOf("%%EOF");
    REQUIRE(eof > 0);
    const Outcome tail = taken(writeFile(QStringLiteral("no-eof.pdf"), whole.left(eof)));
    CHECK(tail.text.pages.size() == 17);
    CHECK(hasNote(tail.text, "cut off"));
    CHECK(pageOf(tail.text, "The MIME database is NOT intended to store user preferences.") == 17);
}

TEST_CASE("extraction: a DOCX made from zstd's README: headings, a table, lists",
          "[knowledge][extraction][docx]")
{
    const Outcome o = taken(corpus("zstd-readme.docx"));
    const ExtractedText& r = o.text;
    CHECK(r.kind == FileKind::Docx);
    CHECK(r.pages.isEmpty());

    // Headings: the same titles and levels as the Markdown it was made from.
    const QList<std::pair<QString, int>> expected = {
        {QStringLiteral("Benchmarks"), 2},
        {QStringLiteral("The case for Small Data compression"), 2},
        {QStringLiteral("Dictionary compression How To:"), 3},
        {QStringLiteral("Build instructions"), 2},
        {QStringLiteral("Makefile"), 3},
        {QStringLiteral("cmake"), 3},
        {QStringLiteral("Meson"), 3},
        {QStringLiteral("VCPKG"), 3},
        {QStringLiteral("Visual Studio (Windows)"), 3},
        {QStringLiteral("Buck"), 3},
        {QStringLiteral("Testing"), 2},
        {QStringLiteral("Status"), 2},
        {QStringLiteral("License"), 2},
        {QStringLiteral("Contributing"), 2},
    };
    CHECK(titlesAndLevels(r) == expected);
    for (const SectionSpan& s : r.sections)
        CHECK(spanText(r, s.start, s.end).startsWith(s.title + QLatin1String("\n\n")));
    const SectionSpan* build = section(r, QStringLiteral("Build instructions"));
    const SectionSpan* buck = section(r, QStringLiteral("Buck"));
    REQUIRE(build);
    REQUIRE(buck);
    CHECK(buck->end == build->end); // the last subsection ends with its parent

    // The benchmark table: each row one line of cells, each an atomic span.
    const QStringList rows = atomicTexts(r);
    REQUIRE(rows.size() >= 12);
    CHECK(rows.at(0) == QLatin1String("Compressor name | Ratio | Compression | Decompress."));
    CHECK(rows.at(1) == QLatin1String("zstd 1.5.1 -1 | 2.887 | 530 MB/s | 1700 MB/s"));
    CHECK(rows.at(11) == QLatin1String("snappy 1.1.9 | 2.073 | 550 MB/s | 1750 MB/s"));
    CHECK(r.text.contains(QLatin1String("\nzlib 1.2.11 -1 | 2.743 | 95 MB/s | 400 MB/s\n")));

    // A numbered list whose items continue with a line of code, and bullet lists, nested.
    CHECK(r.text.contains(QLatin1String("1. Create the dictionary\n"
                                        "  zstd --train FullPathToTrainingSet/* -o dictionaryName\n"
                                        "2. Compress with dictionary\n")));
    CHECK(r.text.contains(QLatin1String("3. Decompress with dictionary\n")));
    CHECK(r.text.contains(
        QLatin1String("- make install : create and install zstd cli, library and man pages\n"
                      "- make check : create and run zstd, test its behavior on local platform")));
    CHECK(r.text.contains(QLatin1String(
        "- Projects for Visual Studio 2005, 2008 and 2010.\n"
        "  - VS2010 project is compatible with VS2012, VS2013, VS2015 and VS2017.\n")));
}

TEST_CASE("extraction: DOCX headings found by style name whatever the style ids",
          "[knowledge][extraction][docx]")
{
    // A German Word names Heading 2 "berschrift2" in the file; its name stays "heading 2".
    CHECK(readAll(corpus("zstd-readme-german-styles.docx")) != readAll(corpus("zstd-readme.docx")));
    const Outcome german = taken(corpus("zstd-readme-german-styles.docx"));
    const Outcome english = taken(corpus("zstd-readme.docx"));
    CHECK(titlesAndLevels(german.text) == titlesAndLevels(english.text));
    CHECK(german.text.text == english.text.text);
}

TEST_CASE("extraction: the Markdown and DOCX of one README give the same headings",
          "[knowledge][extraction][docx][markdown]")
{
    const Outcome md = taken(corpus("zstd-readme-crlf.md"));
    const Outcome docx = taken(corpus("zstd-readme.docx"));
    CHECK(titlesAndLevels(md.text) == titlesAndLevels(docx.text));
}

TEST_CASE("extraction: a DOCX without word/document.xml, and zip bombs",
          "[knowledge][extraction][docx]")
{
    const Outcome missing = refused(corpus("no-document.docx"));
    CHECK(missing.error.kind == Kind::Corrupt);
    CHECK(missing.error.message.contains(QLatin1String("word/document.xml")));

    // 256 MiB of zeros in 250 KB: refused from the directory, before anything is inflated.
    const Outcome bomb = refused(corpus("zip-bomb.docx"));
    CHECK(bomb.error.kind == Kind::ZipBomb);
    CHECK(bomb.error.message.contains(QLatin1String("word/media/zeros.bin")));
    CHECK(bomb.error.message.contains(QLatin1String("refused before it was inflated")));
    CHECK(bomb.ms < 1000);

    ExtractOptions fewEntries;
    fewEntries.docxMaxEntries = 5;
    const Outcome entries = refused(corpus("zstd-readme.docx"), fewEntries);
    CHECK(entries.error.kind == Kind::ZipBomb);
    CHECK(entries.error.message.contains(QLatin1String("more than the 5 allowed")));

    ExtractOptions small;
    small.docxMaxUncompressed = 20 * 1024;
    const Outcome total = refused(corpus("zstd-readme.docx"), small);
    CHECK(total.error.kind == Kind::ZipBomb);
    CHECK(total.error.message.contains(QLatin1String("the limit")));
}

TEST_CASE("extraction: Markdown with setext headings (OpenSSL's README)",
          "[knowledge][extraction][markdown]")
{
    const Outcome o = taken(corpus("openssl-readme.md"));
    const ExtractedText& r = o.text;
    CHECK(r.kind == FileKind::Markdown);
    CHECK(r.text == QString::fromUtf8(readAll(corpus("openssl-readme.md")))); // verbatim
    CHECK(r.notes.isEmpty());
    const QList<std::pair<QString, int>> firstFive = {
        {QStringLiteral("Welcome to the OpenSSL Project"), 1},
        {QStringLiteral("Table of Contents"), 1},
        {QStringLiteral("Overview"), 1},
        {QStringLiteral("Download"), 1},
        {QStringLiteral("For Production Use"), 2},
    };
    CHECK(titlesAndLevels(r).mid(0, 5) == firstFive);
    const SectionSpan* download = section(r, QStringLiteral("Download"));
    const SectionSpan* testing = section(r, QStringLiteral("For Testing and Development"));
    REQUIRE(download);
    REQUIRE(testing);
    CHECK(testing->level == 2);
    CHECK(testing->end == download->end);
    CHECK(spanText(r, download->start, download->end).startsWith(QLatin1String("Download\n====")));
    // "- creation of key parameters" under a list item is no setext underline.
    for (const SectionSpan& s : r.sections)
        CHECK(!s.title.startsWith(QLatin1Char('-')));
}

TEST_CASE("extraction: Markdown with a BOM and fenced code (Catch2's tutorial)",
          "[knowledge][extraction][markdown]")
{
    const Outcome o = taken(corpus("catch2-tutorial-bom.md"));
    const ExtractedText& r = o.text;
    CHECK(!r.text.startsWith(QChar(0xFEFF)));
    CHECK(r.text.startsWith(QLatin1String("<a id=\"top\"></a>")));
    // "#define CATCH_CONFIG_MAIN" and "#include" lines sit in ``` blocks: code, no headings.
    for (const SectionSpan& s : r.sections) {
        CHECK(!s.title.startsWith(QLatin1String("define")));
        CHECK(!s.title.startsWith(QLatin1String("include")));
    }
    CHECK(section(r, QStringLiteral("What did we do here?")));
    CHECK(section(r, QStringLiteral("What did we do here?"))->level == 3);
    const QStringList blocks = atomicTexts(r);
    REQUIRE(blocks.size() == 10);
    for (const QString& b : blocks) {
        CHECK(b.startsWith(QLatin1String("```")));
        CHECK(b.endsWith(QLatin1String("```")));
    }
    CHECK(blocks.last() == QLatin1String("```c++\n#define CATCH_CONFIG_MAIN\n#include "
                                         "\"catch.hpp\"\n```"));
}

TEST_CASE("extraction: Markdown with CRLF line ends (zstd's README)",
          "[knowledge][extraction][markdown]")
{
    const Outcome o = taken(corpus("zstd-readme-crlf.md"));
    const ExtractedText& r = o.text;
    CHECK(!r.text.contains(QLatin1Char('\r')));
    QByteArray lf = readAll(corpus("zstd-readme-crlf.md"));
    lf.replace("\r\n", "\n");
    CHECK(r.text == QString::fromUtf8(lf));
    const SectionSpan* benchmarks = section(r, QStringLiteral("Benchmarks"));
    REQUIRE(benchmarks);
    CHECK(spanText(r, benchmarks->start, benchmarks->end)
              .startsWith(QLatin1String("## Benchmarks\n")));
}

TEST_CASE("extraction: text in UTF-16 with a byte order mark, both byte orders",
          "[knowledge][extraction][text]")
{
    const Outcome le = taken(corpus("gmp-changelog-utf16le.txt"));
    const Outcome be = taken(corpus("gmp-changelog-utf16be.txt"));
    CHECK(le.text.kind == FileKind::Text);
    CHECK(le.text.text == be.text.text);
    CHECK(le.text.text.contains(QStringLiteral("2020-10-15  Torbjörn Granlund  <tg@gmplib.org>")));
    CHECK(!le.text.text.startsWith(QChar(0xFEFF)));
    CHECK(hasNote(le.text, "UTF-16"));
    CHECK(le.text.sections.isEmpty());
}

TEST_CASE("extraction: Latin-1 text with CRLF line ends", "[knowledge][extraction][text]")
{
    const Outcome o = taken(corpus("nettle-changelog-latin1-crlf.txt"));
    const ExtractedText& r = o.text;
    CHECK(r.text.startsWith(QStringLiteral("2022-07-26  Niels Möller  <nisse@lysator.liu.se>\n")));
    CHECK(!r.text.contains(QLatin1Char('\r')));
    CHECK(!r.text.contains(QChar(0xFFFD)));
    CHECK(hasNote(r, "Latin-1 (Windows-1252)"));
}

TEST_CASE("extraction: invalid UTF-8 is replaced and reported", "[knowledge][extraction][text]")
{
    const Outcome o = taken(corpus("libuv-changelog-invalid-utf8.txt"));
    const ExtractedText& r = o.text;
    CHECK(r.text.count(QChar(0xFFFD)) == 3);
    CHECK(r.text.contains(QStringLiteral("(Claes Nästén)"))); // the valid UTF-8 around them
    CHECK(hasNote(r, "3 invalid byte sequence"));
    CHECK(!hasNote(r, "Latin-1"));
}

TEST_CASE("extraction: refusals say what the file is", "[knowledge][extraction][refuse]")
{
    struct Case {
        QString path;
        Kind kind;
        QString message;
    };
    const QString png = corpus("page-thumbnail.png");
    const QString rtf = corpus("openssl-readme.rtf");
    const QString markdown = corpus("openssl-readme.md");
    const QString pdf = corpus("encrypted.pdf");
    const QString docx = corpus("zstd-readme.docx");
    const Case cases[] = {
        {writeFile(QStringLiteral("empty.txt"), {}), Kind::Empty,
         QStringLiteral("This file is empty.")},
        {writeFile(QStringLiteral("blank.md"), "  \n\t\r\n"), Kind::Empty,
         QStringLiteral("This file holds no text, only white space.")},
        {copyAs(png, QStringLiteral("picture.docx")), Kind::Mismatch,
         QStringLiteral("This file is named .docx but is a PNG image.")},
        {copyAs(markdown, QStringLiteral("readme.pdf")), Kind::Mismatch,
         QStringLiteral("This file is named .pdf but is a text file.")},
        {copyAs(QStringLiteral("/bin/true"), QStringLiteral("true.txt")), Kind::Mismatch,
         QStringLiteral("This file is named .txt but is an ELF executable (a Linux program).")},
        {rtf, Kind::Unsupported,
         QStringLiteral("This file is an RTF document; the knowledge base takes PDF, DOCX, text "
                        "and Markdown files.")},
        {copyAs(rtf, QStringLiteral("readme-rtf.txt")), Kind::Mismatch,
         QStringLiteral("This file is named .txt but is an RTF document.")},
        {png, Kind::Unsupported,
         QStringLiteral("This file is a PNG image; the knowledge base takes PDF, DOCX, text and "
                        "Markdown files.")},
        {copyAs(pdf, QStringLiteral("report.docx")), Kind::Mismatch,
         QStringLiteral("This file is named .docx but is a PDF.")},
        {copyAs(docx, QStringLiteral("letter.pdf")), Kind::Mismatch,
         QStringLiteral("This file is named .pdf but is a Word document (DOCX).")},
        {copyAs(pdf, QStringLiteral("report.bin")), Kind::Unsupported,
         QStringLiteral("Files ending in .bin are not taken. This one looks like a PDF: rename it "
                        "to end in .pdf to add it.")},
        {copyAs(docx, QStringLiteral("archive.zip")), Kind::Unsupported,
         QStringLiteral("Files ending in .zip are not taken. This one looks like a Word document "
                        "(DOCX): rename it to end in .docx to add it.")},
        {scratch().filePath(QStringLiteral("no-such-file.pdf")), Kind::Io,
         QStringLiteral("This file does not exist.")},
    };
    for (const Case& c : cases) {
        INFO(c.path.toStdString());
        const Outcome o = refused(c.path);
        CHECK(o.error.kind == c.kind);
        CHECK(o.error.message.toStdString() == c.message.toStdString());
    }

    ExtractOptions tiny;
    tiny.maxBytes = 1000;
    const Outcome large = refused(markdown, tiny);
    CHECK(large.error.kind == Kind::TooLarge);
    CHECK(large.error.message.startsWith(QLatin1String("This file is 6.")));
    CHECK(large.error.message.contains(QLatin1String("the limit is")));
}

TEST_CASE("extraction: how bytes become text", "[knowledge][extraction][text]")
{
    // Line ends: CRLF and a lone CR (classic Mac OS) become LF.
    CHECK(normaliseLineEndings(QStringLiteral("a\r\nb\rc\n\rd")) == QLatin1String("a\nb\nc\n\nd"));

    // Valid UTF-8 stays UTF-8, with nothing replaced.
    DecodedText d = decodeText(QByteArray("Gr\xC3\xBC\xC3\x9F"
                                          "e \xE2\x82\xAC"));
    CHECK(d.encoding == DecodedText::Encoding::Utf8);
    CHECK(d.text == QStringLiteral("Grüße €"));
    CHECK(d.invalidSequences == 0);

    // Windows-1252: letters in the high half, and € and typographic quotes at 0x80–0x9F.
    d = decodeText(QByteArray("Caf\xE9 \x80"
                              "5, \x93"
                              "Gr\xFC\xDF"
                              "e\x94"));
    CHECK(d.encoding == DecodedText::Encoding::Windows1252);
    CHECK(d.text == QStringLiteral("Café €5, “Grüße”"));

    // Mostly UTF-8 with one damaged byte: replaced, not read as Latin-1.
    d = decodeText(QByteArray("Gr\xC3\xBC\xC3\x9F"
                              "e \xE9t\xE9"));
    CHECK(d.encoding == DecodedText::Encoding::Utf8);
    CHECK(d.invalidSequences == 2);
    CHECK(d.text == QStringLiteral("Grüße \uFFFDt\uFFFD"));

    // One replacement per maximal ill-formed subpart: E2 82 cut short, then a lone 80.
    d = decodeText(QByteArray("\xC3\xA9 \xE2\x82x \x80"));
    CHECK(d.invalidSequences == 2);
    CHECK(d.text == QStringLiteral("é \uFFFDx \uFFFD"));

    // High bytes that are mostly no letters are no Latin-1 text.
    d = decodeText(QByteArray("a\xA4\xA4\xA4\xA6 b"));
    CHECK(d.encoding == DecodedText::Encoding::Utf8);

    // A sequence cut by the end of what the sniffer read is not counted as damage.
    d = decodeText(QByteArray("abc \xE2\x82"), true);
    CHECK(d.invalidSequences == 0);

    // UTF-16: a lone surrogate is replaced; NUL marks binary data.
    d = decodeText(QByteArray("\xFF\xFE"
                              "a\0\x00\xD8"
                              "b\0",
                              8));
    CHECK(d.encoding == DecodedText::Encoding::Utf16LE);
    CHECK(d.text == QStringLiteral("a\uFFFDb"));
    CHECK(d.looksLikeText());
    CHECK_FALSE(decodeText(QByteArray("ab\0cd", 5)).looksLikeText());
}

TEST_CASE("extraction: Markdown's headings and code blocks, case by case",
          "[knowledge][extraction][markdown]")
{
    const QByteArray source = "---\n"
                              "title: Front matter\n"
                              "---\n"
                              "# One #\n"
                              "Intro\n"
                              "\n"
                              "~~~~ sh\n"
                              "# a comment, not a heading\n"
                              "~~~\n"
                              "still code\n"
                              "~~~~\n"
                              "Two\n"
                              "---\n"
                              "   ### Three\n"
                              "    # indented code\n"
                              "- item\n"
                              "---\n"
                              "#hashtag\n"
                              "\n"
                              "Four\n"
                              "====\n"
                              "```\n"
                              "never closed\n";
    const Outcome o = taken(writeFile(QStringLiteral("cases.md"), source));
    const ExtractedText& r = o.text;
    const QList<std::pair<QString, int>> expected = {
        {QStringLiteral("One"), 1},
        {QStringLiteral("Two"), 2},
        {QStringLiteral("Three"), 3},
        {QStringLiteral("Four"), 1},
    };
    CHECK(titlesAndLevels(r) == expected);
    const SectionSpan* two = section(r, QStringLiteral("Two"));
    REQUIRE(two);
    CHECK(spanText(r, two->start, two->end).startsWith(QLatin1String("Two\n---\n")));
    const SectionSpan* one = section(r, QStringLiteral("One"));
    const SectionSpan* four = section(r, QStringLiteral("Four"));
    REQUIRE(one);
    REQUIRE(four);
    CHECK(one->end == four->start);
    CHECK(spanText(r, four->start, four->end).startsWith(QLatin1String("Four\n====\n")));
    const QStringList code = atomicTexts(r);
    REQUIRE(code.size() == 2);
    CHECK(code[0] == QLatin1String("~~~~ sh\n# a comment, not a heading\n~~~\nstill code\n~~~~"));
    CHECK(code[1] == QLatin1String("```\nnever closed\n"));

    // A text file's '#' lines are no headings.
    const Outcome txt = taken(writeFile(QStringLiteral("notes.txt"), "# Not a heading\ntext\n"));
    CHECK(txt.text.sections.isEmpty());
    CHECK(txt.text.kind == FileKind::Text);
}
