#pragma once

#include "GuiTestSupport.h"
#include "SandboxUsers.h"

#include "db/Database.h"
#include "db/PgConnection.h"
#include "knowledge/Embedder.h"
#include "knowledge/KnowledgeSettings.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QWidget;

namespace limitless::test {

// A bag-of-words embedder for documents stored by the tests themselves: ranks by shared words,
// 1536 dimensions like the column.
class WordEmbedder : public knowledge::Embedder {
public:
    QString model() const override { return QStringLiteral("test-words"); }
    int dimensions() const override { return 1536; }
    QList<QVector<float>> embed(const QStringList& texts, knowledge::EmbedError* error,
                                const std::atomic_bool* cancel,
                                const std::function<void(int, int)>& progress) override;
};

// One Documents-page test's world: private settings, a fresh owner account on the test cluster
// (documents and test questions removed again afterwards), a folder for the stored originals
// and one for the files to upload, the profile's knowledge settings pointing there, and a
// Database opened as the dashboard opens it (application role, the owner's claims).
class KnowledgeGuiFixture {
public:
    explicit KnowledgeGuiFixture(const QString& name);
    ~KnowledgeGuiFixture();
    KnowledgeGuiFixture(const KnowledgeGuiFixture&) = delete;
    KnowledgeGuiFixture& operator=(const KnowledgeGuiFixture&) = delete;

    // Writes a file to upload; returns its path.
    QString writeFile(const QString& name, const QByteArray& content);
    // A real PNG image under the given (misleading) name.
    QString writePng(const QString& name);
    // A Markdown document about one topic with a few sections.
    static QByteArray markdown(const QString& topic, int sections = 3);
    // Saves `knowledge` for the profile the page uses ("sandbox").
    void saveSettings();
    // A blocking connection as the owner (claims applied by the caller).
    std::unique_ptr<db::PgConnection> ownerConnection();
    // Runs SQL as the superuser (no row-level security) and requires it to succeed.
    db::QueryResult admin(const QString& sql, const QVariantList& params = {});
    // A processed document stored directly (as a worker would), with these chunk texts.
    QString addProcessedDocument(const QString& filename, const QStringList& chunkTexts,
                                 const QString& category = {});
    // A queued document (status pending) without a stored file behind it.
    QString addPendingDocument(const QString& filename);

    IsolatedSettings settings;
    SandboxUsers users;
    SandboxUsers::Account owner;
    QByteArray claims;
    QTemporaryDir storage;
    QTemporaryDir files;
    knowledge::KnowledgeSettings knowledge;
    db::Database db;
};

// Waits (bounded, event loop running) until `done` is true.
bool waitFor(const std::function<bool()>& done, int timeoutMs = 30000);

// The window with a widget's rendering saved to <build>/screenshots/<name>.png.
QString screenshot(QWidget& widget, const QString& name);

} // namespace limitless::test
