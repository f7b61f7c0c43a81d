#include "DocumentsTestSupport.h"

#include "TestDatabase.h"
#include "knowledge/KnowledgeStore.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <cmath>

namespace limitless::test {

using namespace limitless::knowledge;

QList<QVector<float>> WordEmbedder::embed(const QStringList& texts, EmbedError*,
                                          const std::atomic_bool*,
                                          const std::function<void(int, int)>&)
{
    QList<QVector<float>> out;
    for (const QString& t : texts) {
        QVector<float> v(dimensions(), 0.0f);
        for (const QString& w :
             t.toLower().split(QRegularExpression(QStringLiteral("\\W+")), Qt::SkipEmptyParts))
            v[int(qHash(w) % uint(dimensions()))] += 1.0f;
        double n = 0;
        for (float x : v)
            n += double(x) * x;
        if (n > 0)
            for (float& x : v)
                x = float(x / std::sqrt(n));
        else
            v[0] = 1;
        out.append(v);
    }
    return out;
}

KnowledgeGuiFixture::KnowledgeGuiFixture(const QString& name) : owner(users.add(name))
{
    REQUIRE(storage.isValid());
    REQUIRE(files.isValid());
    claims = QJsonDocument(QJsonObject{{QStringLiteral("sub"), owner.userId},
                                       {QStringLiteral("role"), QStringLiteral("authenticated")},
                                       {QStringLiteral("email"), owner.email}})
                 .toJson(QJsonDocument::Compact);
    knowledge.localFolder = storage.path();
    knowledge.embedder = KnowledgeSettings::EmbedderKind::Offline;
    knowledge.processing = KnowledgeSettings::Processing::InApp;
    saveSettings();
    db.setClaims(claims);
    db.open(appUrl());
    REQUIRE(QTest::qWaitFor([&] { return db.state() == db::ConnectionState::Connected; }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return db.liveUpdatesAvailable(); }, 15000));
    REQUIRE(QTest::qWaitFor([&] { return db.serverInfo().additions.probed; }, 15000));
}

KnowledgeGuiFixture::~KnowledgeGuiFixture()
{
    db.close();
    // Documents do not go with their owner (the seed's foreign key has no cascade); their chunks
    // and ingest state go with them. Test questions and runs go with the owner.
    users.admin().exec(QStringLiteral("delete from documents where owner_id = $1"),
                       {owner.ownerId});
}

void KnowledgeGuiFixture::saveSettings()
{
    knowledge.save(QStringLiteral("sandbox"));
}

QString KnowledgeGuiFixture::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = files.filePath(name);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
    return path;
}

QString KnowledgeGuiFixture::writePng(const QString& name)
{
    QImage image(32, 32, QImage::Format_RGB32);
    image.fill(QColor(0x3b, 0x5b, 0xdb));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    REQUIRE(image.save(&buffer, "PNG"));
    return writeFile(name, bytes);
}

QByteArray KnowledgeGuiFixture::markdown(const QString& topic, int sections)
{
    QString text = QStringLiteral("# %1\n\n").arg(topic);
    const QStringList subjects{QStringLiteral("Pricing"), QStringLiteral("Onboarding"),
                               QStringLiteral("Guarantee"), QStringLiteral("Support"),
                               QStringLiteral("Results")};
    for (int i = 0; i < sections; ++i) {
        const QString subject = subjects.at(i % subjects.size());
        text += QStringLiteral("## %1\n\n").arg(subject);
        text += QStringLiteral("The %1 %2 of the coaching programme is explained here. ")
                    .arg(topic.toLower(), subject.toLower());
        if (subject == QLatin1String("Pricing"))
            text += QStringLiteral("The Pro plan costs 297 dollars per month and the setup fee "
                                   "is 1997 dollars, paid once. ");
        if (subject == QLatin1String("Guarantee"))
            text += QStringLiteral("Every client gets a thirty day money back guarantee. ");
        if (subject == QLatin1String("Onboarding"))
            text += QStringLiteral("Onboarding takes one week with a kickoff call on Monday. ");
        text += QStringLiteral("Leads ask about this often, so the agent should know it.\n\n");
    }
    return text.toUtf8();
}

std::unique_ptr<db::PgConnection> KnowledgeGuiFixture::ownerConnection()
{
    return connect(appUrl());
}

db::QueryResult KnowledgeGuiFixture::admin(const QString& sql, const QVariantList& params)
{
    const db::QueryResult r = users.admin().exec(sql, params);
    INFO(r.error.toString().toStdString());
    REQUIRE(r.ok());
    return r;
}

QString KnowledgeGuiFixture::addProcessedDocument(const QString& filename,
                                                  const QStringList& chunkTexts,
                                                  const QString& category)
{
    auto conn = ownerConnection();
    KnowledgeStore store(*conn, claims);
    NewDocument d;
    d.ownerId = owner.ownerId;
    d.filename = filename;
    d.fileType = QStringLiteral("md");
    d.fileSize = chunkTexts.join(QString()).size();
    d.storageUrl = QStringLiteral("file:///nonexistent/") + filename;
    d.storageBucket = QStringLiteral("local");
    d.category = category;
    d.sha256 =
        QString::fromLatin1(QCryptographicHash::hash(chunkTexts.join(QLatin1Char('|')).toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex());
    db::DbError e;
    const QString id = store.create(d, &e);
    INFO(e.toString().toStdString());
    REQUIRE_FALSE(e);
    REQUIRE(store.claim(id, QStringLiteral("test-worker"), 60, &e));
    ProcessedDocument p;
    p.documentId = id;
    QString text;
    for (int i = 0; i < chunkTexts.size(); ++i) {
        Chunk c;
        c.index = i;
        c.start = text.size();
        text += chunkTexts.at(i);
        c.end = text.size();
        text += QStringLiteral("\n\n");
        c.text = chunkTexts.at(i);
        c.section = QStringLiteral("Section %1").arg(i + 1);
        c.page = i + 1;
        c.tokens = int(c.text.size() / 4);
        p.chunks.append(c);
    }
    p.extracted.text = text;
    WordEmbedder embedder;
    p.vectors = embedder.embed(chunkTexts, nullptr, nullptr, {});
    p.embeddingModel = embedder.model();
    p.embeddingDimensions = embedder.dimensions();
    const db::DbError se = store.store(p, QStringLiteral("test-worker"));
    INFO(se.toString().toStdString());
    REQUIRE_FALSE(se);
    return id;
}

QString KnowledgeGuiFixture::addPendingDocument(const QString& filename)
{
    auto conn = ownerConnection();
    KnowledgeStore store(*conn, claims);
    NewDocument d;
    d.ownerId = owner.ownerId;
    d.filename = filename;
    d.fileType = QStringLiteral("md");
    d.fileSize = 10;
    d.storageUrl = QStringLiteral("file:///nonexistent/") + filename;
    d.storageBucket = QStringLiteral("local");
    d.sha256 = QStringLiteral("pending-") + filename;
    db::DbError e;
    const QString id = store.create(d, &e);
    REQUIRE_FALSE(e);
    return id;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

QString screenshot(QWidget& widget, const QString& name)
{
    return saveScreenshot(widget, name);
}

} // namespace limitless::test
