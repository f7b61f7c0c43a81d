// `limitless documents ingest|list|show|delete|replace|reprocess|eval` and `limitless search`:
// the knowledge base from the command line, with the same pipeline as the Documents page.
//
// Like the other write commands, the CLI acts for --owner-email or the only owner. The profile
// whose knowledge settings apply (embedder, storage, chunk size) is --profile, else the
// dashboard's current profile, else the sandbox.
#include "cli/Cli.h"
#include "cli/TextTable.h"

#include "auth/KeychainStore.h"
#include "auth/ProfileStore.h"
#include "db/PgConnection.h"
#include "knowledge/BlobStore.h"
#include "knowledge/Embedder.h"
#include "knowledge/Ingest.h"
#include "knowledge/KnowledgeFactory.h"
#include "knowledge/KnowledgeStore.h"
#include "knowledge/RetrievalEval.h"
#include "knowledge/Retriever.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace limitless::cli {

using namespace limitless::knowledge;

namespace {

// lupdate files this namespace's tr() calls under "limitless::cli": translated there.
QString tr(const char* text)
{
    return QCoreApplication::translate("limitless::cli", text);
}

QString tr(const char* text, const char* disambiguation, int n)
{
    return QCoreApplication::translate("limitless::cli", text, disambiguation, n);
}

QString isoUtc(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject documentJson(const DocumentRecord& d)
{
    QJsonObject o{{QStringLiteral("id"), d.id},
                  {QStringLiteral("filename"), d.filename},
                  {QStringLiteral("file_type"), d.fileType},
                  {QStringLiteral("file_size"), d.fileSize},
                  {QStringLiteral("category"), d.category.isEmpty() ? QJsonValue()
                                                                     : QJsonValue(d.category)},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(d.tags)},
                  {QStringLiteral("status"), d.status},
                  {QStringLiteral("total_chunks"), d.totalChunks},
                  {QStringLiteral("version"), d.version},
                  {QStringLiteral("replaced_by_id"),
                   d.replacedById.isEmpty() ? QJsonValue() : QJsonValue(d.replacedById)},
                  {QStringLiteral("storage_url"), d.storageUrl},
                  {QStringLiteral("storage_bucket"), d.storageBucket},
                  {QStringLiteral("created_at"), isoUtc(d.createdAt)},
                  {QStringLiteral("processed_at"),
                   d.processedAt.isValid() ? QJsonValue(isoUtc(d.processedAt)) : QJsonValue()}};
    if (d.hasIngest) {
        o.insert(QStringLiteral("sha256"), d.sha256);
        o.insert(QStringLiteral("stage"), d.stage);
        o.insert(QStringLiteral("attempts"), d.attempts);
        o.insert(QStringLiteral("embedding_model"), d.embeddingModel);
        o.insert(QStringLiteral("notes"), QJsonArray::fromStringList(d.notes));
        o.insert(QStringLiteral("ocr_pages"), d.ocrPages);
        if (!d.errorCode.isEmpty())
            o.insert(QStringLiteral("error"),
                     QJsonObject{{QStringLiteral("code"), d.errorCode},
                                 {QStringLiteral("message"), d.lastError}});
        if (d.chunksAdded >= 0)
            o.insert(QStringLiteral("chunks_added"), d.chunksAdded);
        if (d.chunksRemoved >= 0)
            o.insert(QStringLiteral("chunks_removed"), d.chunksRemoved);
    }
    return o;
}

QString humanSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Everything a knowledge command needs: a connection, the owner, the profile's embedder and
// file store.
struct Context {
    std::unique_ptr<db::PgConnection> conn;
    QString ownerId;
    QString profileId;
    KnowledgeSettings settings;
    std::unique_ptr<Embedder> embedder;
    std::unique_ptr<BlobStore> storage;
};

QString profileFor(Cli& cli)
{
    const QString given = cli.parser().value(QStringLiteral("profile"));
    if (!given.isEmpty())
        return given;
    auth::KeychainStore keychain;
    auth::ProfileStore profiles(&keychain);
    profiles.setSettingsApplication(QStringLiteral("limitless-dashboard"));
    const QString current = profiles.currentId();
    return current.isEmpty() ? QStringLiteral("sandbox") : current;
}

QByteArray secretFromEnvironment(const char* variable, bool isFile)
{
    const QString v = qEnvironmentVariable(variable);
    if (v.isEmpty() || !isFile)
        return v.toUtf8();
    QFile f(v);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Opens what the command needs; prints the error and returns false when something is missing.
bool openContext(Cli& cli, Context& c, bool needEmbedder, bool needStorage)
{
    c.conn = cli.connect();
    if (!c.conn)
        return false;
    c.ownerId = cli.resolveOwner(*c.conn, cli.parser().value(QStringLiteral("owner-email")));
    if (c.ownerId.isEmpty())
        return false;
    c.profileId = profileFor(cli);
    c.settings = KnowledgeSettings::load(c.profileId);
    if (cli.parser().optionNames().contains(QStringLiteral("storage-dir")) &&
        cli.parser().isSet(QStringLiteral("storage-dir"))) {
        c.settings.storage = KnowledgeSettings::Storage::LocalFolder;
        c.settings.localFolder = cli.parser().value(QStringLiteral("storage-dir"));
    }
    const QStringList problems = c.settings.problems();
    if (!problems.isEmpty()) {
        cli.fail(tr("The knowledge settings of profile %1 are incomplete: %2")
                     .arg(c.profileId, problems.join(QLatin1Char(' '))));
        return false;
    }
    QString error;
    if (needEmbedder) {
        // The CLI reads API keys from the environment (a script's secrets), not the keychain.
        c.embedder = makeEmbedder(c.settings, secretFromEnvironment("LIMITLESS_EMBEDDINGS_API_KEY",
                                                                    false),
                                  &error);
        if (!c.embedder) {
            cli.fail(error);
            return false;
        }
    }
    if (needStorage) {
        c.storage = makeBlobStore(c.settings, c.profileId,
                                  secretFromEnvironment("GOOGLE_APPLICATION_CREDENTIALS", true),
                                  &error);
        if (!c.storage) {
            cli.fail(error);
            return false;
        }
    }
    return true;
}

IngestSettings ingestSettings(const KnowledgeSettings& k)
{
    IngestSettings s;
    s.maxBytes = qint64(k.maxUploadMb) * 1024 * 1024;
    s.chunk = k.chunk;
    return s;
}

// Files named on the command line; directories are walked (hidden files left out).
QStringList expandPaths(const QStringList& args, QStringList* missing)
{
    QStringList out;
    for (const QString& a : args) {
        const QFileInfo fi(a);
        if (fi.isDir()) {
            QStringList found;
            QDirIterator it(fi.absoluteFilePath(), QDir::Files | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort();
            out += found;
        } else if (fi.isFile()) {
            out << fi.absoluteFilePath();
        } else {
            missing->append(a);
        }
    }
    return out;
}

DuplicatePolicy duplicatePolicy(const QString& v, bool* ok)
{
    *ok = true;
    if (v == QLatin1String("replace"))
        return DuplicatePolicy::Replace;
    if (v == QLatin1String("keep"))
        return DuplicatePolicy::KeepBoth;
    if (v.isEmpty() || v == QLatin1String("skip"))
        return DuplicatePolicy::Skip;
    *ok = false;
    return DuplicatePolicy::Skip;
}

QString statusWord(UploadOutcome::Status s)
{
    switch (s) {
    case UploadOutcome::Status::Queued:
        return QStringLiteral("queued");
    case UploadOutcome::Status::Skipped:
        return QStringLiteral("skipped");
    case UploadOutcome::Status::Duplicate:
        return QStringLiteral("duplicate");
    case UploadOutcome::Status::Refused:
        return QStringLiteral("refused");
    case UploadOutcome::Status::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

// Processes every queued document of the owner (or just `ids`), printing each outcome.
// Returns the number that failed.
int processQueue(Cli& cli, Ingestor& ingestor, const QStringList& ids, const QString& password,
                 QJsonArray* results)
{
    int failed = 0;
    auto report = [&](const ProcessOutcome& o) {
        const DocumentRecord d = ingestor.store().find(o.documentId, nullptr);
        QJsonObject j{{QStringLiteral("id"), o.documentId},
                      {QStringLiteral("filename"), d.filename},
                      {QStringLiteral("status"), o.ok ? QStringLiteral("completed")
                                                      : o.retried ? QStringLiteral("pending")
                                                                  : QStringLiteral("failed")},
                      {QStringLiteral("chunks"), o.chunks},
                      {QStringLiteral("notes"), QJsonArray::fromStringList(o.notes)}};
        if (!o.ok) {
            ++failed;
            j.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), o.code},
                                                          {QStringLiteral("message"), o.message}});
            cli.err() << d.filename << ": " << o.message << Qt::endl;
        } else if (!cli.json()) {
            cli.out() << tr("%1: %2 chunks").arg(d.filename).arg(o.chunks);
            if (!o.notes.isEmpty())
                cli.out() << " (" << o.notes.join(QLatin1String("; ")) << ")";
            cli.out() << Qt::endl;
        }
        results->append(j);
    };
    if (!ids.isEmpty()) {
        for (const QString& id : ids)
            report(ingestor.process(id, nullptr, password));
        return failed;
    }
    // The queue: until it is empty. A document that failed transiently is back in the queue;
    // it is tried again until its attempts run out.
    for (int guard = 0; guard < 100000; ++guard) {
        const ProcessOutcome o = ingestor.processNext();
        if (o.ok && o.documentId.isEmpty())
            break;
        if (o.documentId.isEmpty()) { // the queue itself failed
            cli.err() << o.message << Qt::endl;
            return failed + 1;
        }
        report(o);
    }
    return failed;
}

int ingest(Cli& cli, const QStringList& paths)
{
    QCommandLineParser& p = cli.parser();
    if (paths.isEmpty())
        return cli.fail(tr("Name the files or folders to ingest."), ExitUsage);
    bool ok = false;
    const DuplicatePolicy policy = duplicatePolicy(p.value(QStringLiteral("on-duplicate")), &ok);
    if (!ok)
        return cli.fail(tr("--on-duplicate takes replace, keep or skip."), ExitUsage);
    QStringList tags;
    for (const QString& t : p.value(QStringLiteral("tags")).split(QLatin1Char(','),
                                                                  Qt::SkipEmptyParts))
        tags << t.trimmed();
    QStringList missing;
    const QStringList files = expandPaths(paths, &missing);
    Context c;
    if (!openContext(cli, c, true, true))
        return cli.exitCode();
    Ingestor ingestor(*c.conn, {}, *c.storage, *c.embedder, c.ownerId, ingestSettings(c.settings));

    int problems = 0;
    QJsonArray uploads;
    for (const QString& m : missing) {
        ++problems;
        cli.err() << tr("%1: no such file or folder").arg(m) << Qt::endl;
        uploads.append(QJsonObject{{QStringLiteral("path"), m},
                                   {QStringLiteral("status"), QStringLiteral("refused")},
                                   {QStringLiteral("error"),
                                    QJsonObject{{QStringLiteral("code"), QStringLiteral("missing")},
                                                {QStringLiteral("message"),
                                                 tr("no such file or folder")}}}});
    }
    QStringList queued;
    for (const QString& f : files) {
        UploadRequest req;
        req.path = f;
        req.category = p.value(QStringLiteral("category"));
        req.tags = tags;
        req.duplicates = policy;
        const UploadOutcome o = ingestor.upload(req);
        QJsonObject j{{QStringLiteral("path"), f}, {QStringLiteral("status"), statusWord(o.status)}};
        if (!o.documentId.isEmpty())
            j.insert(QStringLiteral("id"), o.documentId);
        if (o.ok()) {
            if (o.status == UploadOutcome::Status::Queued)
                queued << o.documentId;
            if (!cli.json() && o.status == UploadOutcome::Status::Skipped)
                cli.out() << o.message << Qt::endl;
        } else {
            ++problems;
            j.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), o.code},
                                                          {QStringLiteral("message"), o.message}});
            cli.err() << QFileInfo(f).fileName() << ": " << o.message << Qt::endl;
        }
        uploads.append(j);
    }
    QJsonArray processed;
    if (!queued.isEmpty() && c.settings.processing == KnowledgeSettings::Processing::InApp &&
        !p.isSet(QStringLiteral("no-process")))
        problems += processQueue(cli, ingestor, queued, p.value(QStringLiteral("password")),
                                 &processed);
    else if (!queued.isEmpty() && !cli.json())
        cli.out() << tr("%n document(s) queued for processing.", nullptr, int(queued.size()))
                  << Qt::endl;
    QJsonObject result{{QStringLiteral("files"), uploads},
                       {QStringLiteral("processed"), processed}};
    return cli.finish(result,
                      problems ? tr("%n file(s) were refused or failed.", nullptr, problems)
                               : QString(),
                      QStringLiteral("ingest_failed"));
}

int list(Cli& cli)
{
    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    KnowledgeStore store(*conn);
    db::DbError e;
    const QList<DocumentRecord> docs = store.list(&e, cli.parser().isSet(QStringLiteral("all")));
    if (e)
        return cli.fail(e);
    if (cli.json()) {
        QJsonArray a;
        for (const DocumentRecord& d : docs)
            a.append(documentJson(d));
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("documents"), a}}));
        return ExitOk;
    }
    TextTable table({tr("ID"), tr("Name"), tr("Type"), tr("Size"), tr("Category"), tr("Status"),
                     tr("Chunks"), tr("Version"), tr("Uploaded")});
    for (const DocumentRecord& d : docs)
        table.addRow({d.id.left(8), d.filename, d.fileType, humanSize(d.fileSize), d.category,
                      d.status == QLatin1String("failed") && !d.lastError.isEmpty()
                          ? d.status + QStringLiteral(": ") + d.lastError
                          : d.status,
                      QString::number(d.totalChunks), QString::number(d.version),
                      QLocale().toString(d.createdAt.toLocalTime(), QLocale::ShortFormat)});
    table.print(cli.out());
    return ExitOk;
}

// A document named by its id or a unique prefix of it (as `list` shows them).
DocumentRecord findDocument(Cli& cli, KnowledgeStore& store, const QString& idOrPrefix)
{
    db::DbError e;
    const QList<DocumentRecord> all = store.list(&e, true);
    if (e) {
        cli.fail(e);
        return {};
    }
    QList<DocumentRecord> hits;
    for (const DocumentRecord& d : all)
        if (d.id == idOrPrefix)
            return d;
        else if (idOrPrefix.size() >= 4 && d.id.startsWith(idOrPrefix))
            hits << d;
    if (hits.size() == 1)
        return hits.first();
    if (hits.size() > 1)
        cli.fail(tr("%1 names several documents; give more of the id.").arg(idOrPrefix),
                 ExitUsage);
    else
        cli.notFound(tr("There is no document %1.").arg(idOrPrefix));
    return {};
}

int show(Cli& cli, const QString& id)
{
    auto conn = cli.connect();
    if (!conn)
        return cli.exitCode();
    KnowledgeStore store(*conn);
    const DocumentRecord d = findDocument(cli, store, id);
    if (d.id.isEmpty())
        return cli.exitCode();
    db::DbError e;
    const QList<Chunk> chunks = store.chunks(d.id, &e);
    if (e)
        return cli.fail(e);
    if (cli.json()) {
        QJsonObject o = documentJson(d);
        QJsonArray a;
        for (const Chunk& c : chunks)
            a.append(QJsonObject{{QStringLiteral("chunk_index"), c.index},
                                 {QStringLiteral("page"), c.page > 0 ? QJsonValue(c.page)
                                                                     : QJsonValue()},
                                 {QStringLiteral("section"), c.section},
                                 {QStringLiteral("start_char"), qint64(c.start)},
                                 {QStringLiteral("end_char"), qint64(c.end)},
                                 {QStringLiteral("ocr"), c.ocr},
                                 {QStringLiteral("text"), c.text}});
        o.insert(QStringLiteral("chunks"), a);
        cli.printJson(QJsonDocument(o));
        return ExitOk;
    }
    QTextStream& out = cli.out();
    out << d.filename << " (" << d.fileType << ", " << humanSize(d.fileSize) << ")\n";
    out << tr("Status: %1, %2 chunks, version %3").arg(d.status).arg(d.totalChunks).arg(d.version)
        << "\n";
    if (!d.lastError.isEmpty())
        out << tr("Error: %1").arg(d.lastError) << "\n";
    if (!d.embeddingModel.isEmpty())
        out << tr("Embedding model: %1").arg(d.embeddingModel) << "\n";
    for (const QString& n : d.notes)
        out << "• " << n << "\n";
    for (const Chunk& c : chunks) {
        out << "\n#" << c.index;
        if (c.page > 0)
            out << " " << tr("page %1").arg(c.page);
        if (!c.section.isEmpty())
            out << " § " << c.section;
        if (c.ocr)
            out << " [OCR]";
        out << "\n" << c.text.left(300) << (c.text.size() > 300 ? "…" : "") << "\n";
    }
    out.flush();
    return ExitOk;
}

int removeDocuments(Cli& cli, const QStringList& ids)
{
    if (ids.isEmpty())
        return cli.fail(tr("Name the documents to delete."), ExitUsage);
    Context c;
    if (!openContext(cli, c, false, true))
        return cli.exitCode();
    KnowledgeStore store(*c.conn);
    QStringList full;
    for (const QString& id : ids) {
        const DocumentRecord d = findDocument(cli, store, id);
        if (d.id.isEmpty())
            return cli.exitCode();
        full << d.id;
    }
    db::DbError e;
    const QList<DocumentRecord> gone = store.remove(full, &e);
    if (e)
        return cli.fail(e);
    QJsonArray a;
    QStringList storageProblems;
    for (const DocumentRecord& d : gone) {
        const StoreError se = c.storage->remove(StoredObject{d.storageUrl, d.storageBucket});
        if (se)
            storageProblems << tr("%1: the stored file was not removed: %2")
                                   .arg(d.filename, se.message);
        a.append(QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("filename"), d.filename},
                             {QStringLiteral("file_removed"), !se}});
        if (!cli.json())
            cli.out() << tr("Deleted %1 and its %2 chunks.").arg(d.filename).arg(d.totalChunks)
                      << Qt::endl;
    }
    return cli.finish(QJsonObject{{QStringLiteral("deleted"), a}},
                      storageProblems.join(QLatin1Char('\n')));
}

int replace(Cli& cli, const QStringList& args)
{
    if (args.size() != 2)
        return cli.fail(tr("replace takes a document and a file: replace ID FILE."), ExitUsage);
    Context c;
    if (!openContext(cli, c, true, true))
        return cli.exitCode();
    Ingestor ingestor(*c.conn, {}, *c.storage, *c.embedder, c.ownerId, ingestSettings(c.settings));
    const DocumentRecord old = findDocument(cli, ingestor.store(), args.at(0));
    if (old.id.isEmpty())
        return cli.exitCode();
    UploadRequest req;
    req.path = QFileInfo(args.at(1)).absoluteFilePath();
    req.replacesId = old.id;
    const UploadOutcome o = ingestor.upload(req);
    if (!o.ok())
        return cli.fail(o.message);
    QJsonArray processed;
    int failed = 0;
    if (c.settings.processing == KnowledgeSettings::Processing::InApp)
        failed = processQueue(cli, ingestor, {o.documentId}, cli.parser().value(
                                                                 QStringLiteral("password")),
                              &processed);
    const DocumentRecord now = ingestor.store().find(o.documentId, nullptr);
    if (!cli.json() && !failed)
        cli.out() << tr("%1 is now version %2 (%3 chunks added, %4 removed).")
                         .arg(now.filename)
                         .arg(now.version)
                         .arg(std::max(now.chunksAdded, 0))
                         .arg(std::max(now.chunksRemoved, 0))
                  << Qt::endl;
    return cli.finish(QJsonObject{{QStringLiteral("document"), documentJson(now)},
                                  {QStringLiteral("processed"), processed}},
                      failed ? tr("The new version failed to process.") : QString());
}

int reprocess(Cli& cli, const QStringList& ids)
{
    const bool all = cli.parser().isSet(QStringLiteral("all"));
    if (ids.isEmpty() && !all)
        return cli.fail(tr("Name the documents to re-process, or give --all."), ExitUsage);
    Context c;
    if (!openContext(cli, c, true, true))
        return cli.exitCode();
    Ingestor ingestor(*c.conn, {}, *c.storage, *c.embedder, c.ownerId, ingestSettings(c.settings));
    QStringList full;
    if (all) {
        db::DbError e;
        for (const DocumentRecord& d : ingestor.store().list(&e, false))
            if (d.hasIngest)
                full << d.id;
        if (e)
            return cli.fail(e);
    } else {
        for (const QString& id : ids) {
            const DocumentRecord d = findDocument(cli, ingestor.store(), id);
            if (d.id.isEmpty())
                return cli.exitCode();
            full << d.id;
        }
    }
    if (const db::DbError e = ingestor.store().requeue(full))
        return cli.fail(e);
    QJsonArray processed;
    const int failed = processQueue(cli, ingestor, full, cli.parser().value(
                                                             QStringLiteral("password")),
                                    &processed);
    return cli.finish(QJsonObject{{QStringLiteral("processed"), processed}},
                      failed ? tr("%n document(s) failed.", nullptr, failed) : QString());
}

int evaluate(Cli& cli, const QStringList& args)
{
    if (args.size() != 1)
        return cli.fail(tr("eval takes one file of questions: eval QUESTIONS.json."), ExitUsage);
    QString error;
    const QList<TestQuestion> questions = TestQuestion::readFile(args.first(), &error);
    if (!error.isEmpty())
        return cli.fail(error, ExitUsage);
    Context c;
    if (!openContext(cli, c, true, false))
        return cli.exitCode();
    Retriever retriever(*c.conn, *c.embedder);
    SearchOptions o;
    o.k = cli.parser().value(QStringLiteral("k")).toInt();
    if (o.k < 1)
        o.k = 3;
    o.vectorWeight = c.settings.vectorWeight;
    o.textWeight = c.settings.textWeight;
    o.rrfK = c.settings.rrfK;
    const EvalReport report = evaluateQuestions(retriever, questions, o);
    if (!report.error.isEmpty())
        return cli.fail(report.error);
    if (!cli.json()) {
        TextTable table({tr("Question"), tr("Expected"), tr("Rank"), tr("Found")});
        for (const EvalItem& i : report.items)
            table.addRow({i.question.question, i.question.expectationText(),
                          i.rank > 0 ? QString::number(i.rank) : tr("miss"), i.found});
        table.print(cli.out());
        cli.out() << tr("hit@%1 %2 · MRR %3 over %4 questions")
                         .arg(o.k)
                         .arg(report.hitRate, 0, 'f', 3)
                         .arg(report.mrr, 0, 'f', 3)
                         .arg(report.items.size())
                  << Qt::endl;
    }
    return cli.finish(report.toJson());
}

} // namespace

int runDocuments(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless documents"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("The knowledge base the agent answers from.\n"
           "  ingest FILE|DIR...      upload, extract, chunk and embed files (pdf, docx, txt, md)\n"
           "  list [--all]            the documents (--all: replaced versions too)\n"
           "  show ID                 a document with its chunks\n"
           "  delete ID...            documents, their chunks and their stored files\n"
           "  replace ID FILE         a new version of a document\n"
           "  reprocess ID...|--all   extract, chunk and embed again (new settings or model)\n"
           "  eval QUESTIONS.json     hit@k and MRR of saved test questions\n"
           "IDs may be shortened to a unique prefix of at least four characters. `ingest` exits "
           "1 when any file is refused or fails, with each file's reason on stderr."));
    p.addPositionalArgument(QStringLiteral("action"),
                            tr("ingest, list, show, delete, replace, reprocess or eval"));
    p.addOption({QStringLiteral("category"),
                 tr("Category of ingested files: pitch, objection, faq or product_info."),
                 QStringLiteral("category")});
    p.addOption({QStringLiteral("tags"), tr("Tags of ingested files, comma-separated."),
                 QStringLiteral("a,b")});
    p.addOption({QStringLiteral("on-duplicate"),
                 tr("A file whose content is already there: replace (new version), keep (both) or "
                    "skip (default)."),
                 QStringLiteral("what")});
    p.addOption({QStringLiteral("password"), tr("The password of encrypted PDFs."),
                 QStringLiteral("password")});
    p.addOption({QStringLiteral("no-process"),
                 tr("Only upload and queue; the app or the cloud worker processes later.")});
    p.addOption({QStringLiteral("all"), tr("list: replaced versions too; reprocess: every "
                                           "document.")});
    p.addOption({QStringLiteral("k"), tr("eval: how many chunks count (default 3)."),
                 QStringLiteral("k"), QStringLiteral("3")});
    p.addOption({QStringLiteral("owner-email"), tr("The owner the documents belong to."),
                 QStringLiteral("email")});
    p.addOption({QStringLiteral("profile"),
                 tr("The profile whose knowledge settings apply (default: the current one)."),
                 QStringLiteral("id")});
    p.addOption({QStringLiteral("storage-dir"),
                 tr("Keep uploaded files in this folder instead of the profile's storage."),
                 QStringLiteral("dir")});
    cli.addCommonOptions();
    if (!cli.parse(args))
        return cli.exitCode();
    QStringList rest = p.positionalArguments();
    const QString action = rest.isEmpty() ? QString() : rest.takeFirst();
    if (action == QLatin1String("ingest"))
        return ingest(cli, rest);
    if (action == QLatin1String("list"))
        return list(cli);
    if (action == QLatin1String("show")) {
        if (rest.size() != 1)
            return cli.fail(tr("show takes one document."), ExitUsage);
        return show(cli, rest.first());
    }
    if (action == QLatin1String("delete"))
        return removeDocuments(cli, rest);
    if (action == QLatin1String("replace"))
        return replace(cli, rest);
    if (action == QLatin1String("reprocess"))
        return reprocess(cli, rest);
    if (action == QLatin1String("eval"))
        return evaluate(cli, rest);
    return cli.fail(tr("Say what to do: ingest, list, show, delete, replace, reprocess or eval."),
                    ExitUsage);
}

int runSearch(const QStringList& args)
{
    Cli cli(QStringLiteral("limitless search"));
    QCommandLineParser& p = cli.parser();
    p.setApplicationDescription(
        tr("Searches the knowledge base as the agent does: the question's vector ranking fused "
           "with full-text ranking. Shows each chunk's document, page, section and scores."));
    p.addPositionalArgument(QStringLiteral("question"), tr("What a lead might ask."));
    p.addOption({QStringLiteral("k"), tr("How many chunks (default 3)."), QStringLiteral("k"),
                 QStringLiteral("3")});
    p.addOption({QStringLiteral("category"), tr("Only documents of this category (repeatable)."),
                 QStringLiteral("category")});
    p.addOption({QStringLiteral("tag"), tr("Only documents with this tag (repeatable)."),
                 QStringLiteral("tag")});
    p.addOption({QStringLiteral("engine"),
                 tr("Vector engine: auto (default), pgvector or in-process."),
                 QStringLiteral("engine"), QStringLiteral("auto")});
    p.addOption({QStringLiteral("vector-only"), tr("Leave full-text search out.")});
    p.addOption({QStringLiteral("owner-email"), tr("The owner whose documents are searched."),
                 QStringLiteral("email")});
    p.addOption({QStringLiteral("profile"),
                 tr("The profile whose knowledge settings apply (default: the current one)."),
                 QStringLiteral("id")});
    cli.addCommonOptions();
    cli.setMaxPositional(1);
    if (!cli.parse(args))
        return cli.exitCode();
    const QString question = p.positionalArguments().value(0);
    if (question.trimmed().isEmpty())
        return cli.fail(tr("Give the question to search for."), ExitUsage);
    SearchOptions o;
    bool ok = false;
    o.k = p.value(QStringLiteral("k")).toInt(&ok);
    if (!ok || o.k < 1 || o.k > 100)
        return cli.fail(tr("--k takes a number from 1 to 100."), ExitUsage);
    const QString engine = p.value(QStringLiteral("engine"));
    if (engine == QLatin1String("pgvector"))
        o.engine = VectorEngine::PgVector;
    else if (engine == QLatin1String("in-process"))
        o.engine = VectorEngine::InProcess;
    else if (engine != QLatin1String("auto"))
        return cli.fail(tr("--engine takes auto, pgvector or in-process."), ExitUsage);
    o.categories = p.values(QStringLiteral("category"));
    o.tags = p.values(QStringLiteral("tag"));
    o.hybrid = !p.isSet(QStringLiteral("vector-only"));
    Context c;
    if (!openContext(cli, c, true, false))
        return cli.exitCode();
    o.vectorWeight = c.settings.vectorWeight;
    o.textWeight = c.settings.textWeight;
    o.rrfK = c.settings.rrfK;
    Retriever retriever(*c.conn, *c.embedder);
    const SearchResult r = retriever.search(question, o);
    if (!r.ok())
        return cli.fail(r.error);
    if (cli.json()) {
        QJsonArray a;
        for (const SearchHit& h : r.hits) {
            QJsonArray marks;
            for (const auto& s : h.highlights)
                marks.append(QJsonArray{s.first, s.second});
            a.append(QJsonObject{
                {QStringLiteral("filename"), h.filename},
                {QStringLiteral("document_id"), h.documentId},
                {QStringLiteral("page"), h.page > 0 ? QJsonValue(h.page) : QJsonValue()},
                {QStringLiteral("section"), h.section.isEmpty() ? QJsonValue()
                                                                : QJsonValue(h.section)},
                {QStringLiteral("chunk_index"), h.chunkIndex},
                {QStringLiteral("chunk_text"), h.text},
                {QStringLiteral("score"), h.fusedScore},
                {QStringLiteral("vector_rank"), h.vectorRank ? QJsonValue(h.vectorRank)
                                                             : QJsonValue()},
                {QStringLiteral("similarity"), h.similarity},
                {QStringLiteral("text_rank"), h.textRank ? QJsonValue(h.textRank)
                                                         : QJsonValue()},
                {QStringLiteral("text_score"), h.textScore},
                {QStringLiteral("highlights"), marks}});
        }
        cli.printJson(QJsonDocument(QJsonObject{{QStringLiteral("question"), question},
                                                {QStringLiteral("engine"), r.engine},
                                                {QStringLiteral("embedding_model"),
                                                 r.embeddingModel},
                                                {QStringLiteral("results"), a},
                                                {QStringLiteral("ms"), r.totalMs}}));
        return ExitOk;
    }
    QTextStream& out = cli.out();
    if (r.hits.isEmpty())
        out << tr("Nothing in the knowledge base matches.") << Qt::endl;
    for (int i = 0; i < r.hits.size(); ++i) {
        const SearchHit& h = r.hits.at(i);
        out << i + 1 << ". " << h.filename;
        if (h.page > 0)
            out << ", " << tr("page %1").arg(h.page);
        if (!h.section.isEmpty())
            out << ", § " << h.section;
        out << "  " << tr("score %1 (vector #%2, %3; words #%4)")
                           .arg(h.fusedScore, 0, 'f', 4)
                           .arg(h.vectorRank ? QString::number(h.vectorRank) : QStringLiteral("–"))
                           .arg(h.similarity, 0, 'f', 3)
                           .arg(h.textRank ? QString::number(h.textRank) : QStringLiteral("–"))
            << "\n";
        out << "   " << h.text.simplified().left(400) << "\n";
    }
    out << tr("%1 engine · %2 ms").arg(r.engine).arg(r.totalMs, 0, 'f', 1) << Qt::endl;
    return ExitOk;
}

} // namespace limitless::cli
