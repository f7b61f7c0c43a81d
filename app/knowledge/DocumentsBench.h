#pragma once

#include "db/DbError.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace limitless::db {
class PgConnection;
}

namespace limitless::knowledge {

// `limitless bench documents`: the knowledge base's speed, with peers measured in the same run
// where the work has one (pdftotext for extraction, LangChain.js's text splitter for chunking).
class DocumentsBench {
    Q_DECLARE_TR_FUNCTIONS(DocumentsBench)

public:
    struct Setup {
        QString pdf;            // a PDF of about 100 pages
        QString ocrPdf;         // an image-only PDF (OCR seconds per page)
        int embedChunks = 10000;
        int storeChunks = 10000;
        int retrievalChunks = 50000;
        int queries = 200;
        QString ownerId;        // the documents the bench writes (and removes) belong to them
        QString nodeExecutable; // for the LangChain.js peer; empty = ChunkBench's default
        QString interopDir;     // tests/interop with its node_modules
    };

    struct Figure {
        QString key;     // "extract_pdf_ms", …
        QString label;   // translated
        double value = 0;
        QString unit;    // "ms", "MB/s", "×", "s/page"
        QString target;  // "< 2000 ms", "≤ 1.5×", "" (information)
        bool hasTarget = false;
        bool met = true;
        QString note;
    };

    DocumentsBench(db::PgConnection& conn, Setup setup);

    using Progress = std::function<void(const QString&)>;
    // Runs every part; a part that cannot run (no PDF, no node) is reported as skipped with
    // its reason, the others still run. The database part writes documents named
    // "bench-*" and removes them at the end.
    db::DbError run(QList<Figure>* figures, QStringList* skipped, const Progress& progress = {});

    static QJsonObject toJson(const QList<Figure>& figures, const QStringList& skipped);

private:
    db::PgConnection& m_conn;
    Setup m_setup;
};

} // namespace limitless::knowledge
