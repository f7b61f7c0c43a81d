// `limitless bench documents`: the knowledge base's speed (knowledge/DocumentsBench), with
// pdftotext and LangChain.js's text splitter measured in the same run.
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "db/PgConnection.h"
#include "knowledge/DocumentsBench.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace limitless::cli {

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

// Debian ships some manuals compressed: a .pdf.gz is unpacked into `scratch` first.
QString usablePdf(const QString& path, const QTemporaryDir& scratch)
{
    if (!path.endsWith(QLatin1String(".gz")))
        return path;
    const QString out = scratch.filePath(QFileInfo(path).completeBaseName());
    QProcess p;
    p.setStandardOutputFile(out);
    p.start(QStringLiteral("gzip"), {QStringLiteral("-dc"), path});
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? out : QString();
}

// The node and splitter script next to the interop tests, from the source tree the binary was
// built from, or LIMITLESS_INTEROP_DIR.
QString interopDir()
{
    const QString env = qEnvironmentVariable("LIMITLESS_INTEROP_DIR");
    if (!env.isEmpty())
        return env;
    return QStringLiteral(LIMITLESS_SOURCE_DIR "/tests/interop");
}

} // namespace

int runBenchDocuments(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless bench documents"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Times the knowledge base: extracting and chunking a PDF against pdftotext, chunking "
           "against LangChain.js's RecursiveCharacterTextSplitter, the offline embedder on "
           "10,000 chunks, storing 10,000 chunks, exact and hybrid top-3 retrieval at 50,000 "
           "chunks, and OCR seconds per page. Writes bench-* documents for the only owner (or "
           "--owner-email) and removes them."));
    p.addPositionalArgument(QStringLiteral("documents"), tr("The benchmark's name."));
    p.addOption({QStringLiteral("pdf"), tr("A PDF of about 100 pages (.pdf or .pdf.gz)."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("ocr-pdf"), tr("An image-only PDF for the OCR figure."),
                 QStringLiteral("file")});
    p.addOption({QStringLiteral("chunks"), tr("Chunks in the retrieval test (default 50000)."),
                 QStringLiteral("n"), QStringLiteral("50000")});
    p.addOption({QStringLiteral("queries"), tr("Questions per retrieval figure (default 200)."),
                 QStringLiteral("n"), QStringLiteral("200")});
    p.addOption({QStringLiteral("owner-email"), tr("The owner the bench documents belong to."),
                 QStringLiteral("email")});
    cli.addCommonOptions();
    cli.setMaxPositional(1);
    if (!cli.parse(args))
        return cli.exitCode();
    knowledge::DocumentsBench::Setup setup;
    bool ok = false;
    setup.retrievalChunks = p.value(QStringLiteral("chunks")).toInt(&ok);
    if (!ok || setup.retrievalChunks < 1000)
        return cli.fail(tr("--chunks takes a number of at least 1000."), ExitUsage);
    setup.queries = p.value(QStringLiteral("queries")).toInt(&ok);
    if (!ok || setup.queries < 10)
        return cli.fail(tr("--queries takes a number of at least 10."), ExitUsage);
    QTemporaryDir scratch;
    if (p.isSet(QStringLiteral("pdf"))) {
        setup.pdf = usablePdf(p.value(QStringLiteral("pdf")), scratch);
        if (setup.pdf.isEmpty() || !QFileInfo::exists(setup.pdf))
            return cli.fail(tr("Cannot read the PDF %1.").arg(p.value(QStringLiteral("pdf"))),
                            ExitUsage);
    }
    if (p.isSet(QStringLiteral("ocr-pdf")))
        setup.ocrPdf = p.value(QStringLiteral("ocr-pdf"));
    setup.interopDir = interopDir();

    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    setup.ownerId = cli.resolveOwner(*conn, p.value(QStringLiteral("owner-email")));
    if (setup.ownerId.isEmpty())
        return cli.exitCode();
    knowledge::DocumentsBench bench(*conn, setup);
    QList<knowledge::DocumentsBench::Figure> figures;
    QStringList skipped;
    const db::DbError e = bench.run(&figures, &skipped, [&](const QString& s) {
        if (!cli.json())
            cli.err() << s << Qt::endl;
    });
    if (e)
        return cli.fail(e);
    QStringList missed;
    for (const auto& f : figures)
        if (f.hasTarget && !f.met)
            missed << f.label;
    if (!cli.json()) {
        TextTable table({tr("Figure"), tr("Value"), tr("Target")});
        for (const auto& f : figures)
            table.addRow({f.label,
                          QString::number(f.value, 'f', f.value < 10 ? 2 : 1) + QLatin1Char(' ') +
                              f.unit,
                          f.hasTarget ? f.target + (f.met ? tr(" ✓") : tr(" ✗ missed"))
                                      : QString()});
        table.print(cli.out());
        for (const QString& s : skipped)
            cli.out() << tr("Not measured: %1").arg(s) << "\n";
        cli.out().flush();
    }
    return cli.finish(knowledge::DocumentsBench::toJson(figures, skipped),
                      missed.isEmpty() ? QString()
                                       : tr("Missed targets: %1").arg(missed.join(QLatin1String("; "))));
}

} // namespace limitless::cli
