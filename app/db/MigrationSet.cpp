#include "db/MigrationSet.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace limitless::db {

namespace {

const QString kJournal = QStringLiteral("meta/_journal.json");

bool readFile(const QString& path, QByteArray* content)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *content = f.readAll();
    return f.error() == QFileDevice::NoError;
}

// JSON numbers are doubles; a `when` must be a whole, positive number of milliseconds.
bool toMillis(const QJsonValue& v, qint64* out)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!(d > 0) || d != std::floor(d) || d > 9007199254740991.0)
        return false;
    *out = qint64(d);
    return true;
}

} // namespace

MigrationSet MigrationSet::failed(const QString& folder, const QString& message)
{
    MigrationSet set;
    set.m_folder = folder;
    set.m_error.kind = DbError::Kind::Migration;
    set.m_error.message = message;
    return set;
}

MigrationSet MigrationSet::builtinSeed()
{
    return load(QString::fromLatin1(kSeedFolder));
}

MigrationSet MigrationSet::builtinAdditions()
{
    return load(QString::fromLatin1(kAdditionsFolder));
}

MigrationSet MigrationSet::load(const QString& folder)
{
    const QString journalPath = folder + QLatin1Char('/') + kJournal;
    QByteArray journalText;
    if (!QFile::exists(journalPath) || !readFile(journalPath, &journalText))
        return failed(folder, tr("Cannot read the migration journal %1.").arg(journalPath));

    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(journalText, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return failed(folder, tr("The migration journal %1 is not valid JSON: %2 at offset %3.")
                                  .arg(journalPath, parseError.errorString())
                                  .arg(parseError.offset));
    if (!doc.isObject() || !doc.object().value(QStringLiteral("entries")).isArray())
        return failed(folder,
                      tr("The migration journal %1 has no \"entries\" list.").arg(journalPath));
    const QJsonObject journal = doc.object();
    const QJsonValue dialect = journal.value(QStringLiteral("dialect"));
    if (!dialect.isUndefined() && dialect.toString() != QLatin1String("postgresql"))
        return failed(folder, tr("The migration journal %1 is for dialect \"%2\", not "
                                 "\"postgresql\".")
                                  .arg(journalPath, dialect.toVariant().toString()));

    MigrationSet set;
    set.m_folder = folder;
    QSet<QString> tags;
    qint64 previousWhen = 0;
    const QJsonArray entries = journal.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QString tag = entry.value(QStringLiteral("tag")).toString();
        // The tag becomes a file name: refuse anything that could leave the folder.
        if (tag.isEmpty() || tag.contains(QLatin1Char('/')) || tag.contains(QLatin1Char('\\')) ||
            tag.startsWith(QLatin1Char('.')))
            return failed(folder, tr("Entry %1 of the migration journal %2 has no valid "
                                     "\"tag\".")
                                      .arg(i)
                                      .arg(journalPath));
        Migration m;
        m.set = folder.section(QLatin1Char('/'), -1, -1, QString::SectionSkipEmpty);
        m.tag = tag;
        if (!toMillis(entry.value(QStringLiteral("when")), &m.createdAt))
            return failed(folder, tr("Entry %1 (%2) of the migration journal %3 has no valid "
                                     "\"when\" timestamp.")
                                      .arg(i)
                                      .arg(tag, journalPath));
        // drizzle applies whatever is newer than the last applied `when`: entries out of order
        // would be skipped for ever, so they are an error here rather than a silent surprise.
        if (tags.contains(tag))
            return failed(folder,
                          tr("The migration journal %1 lists %2 twice.").arg(journalPath, tag));
        if (m.createdAt <= previousWhen)
            return failed(folder, tr("Entry %1 (%2) of the migration journal %3 is not newer "
                                     "than the entry before it; \"when\" must increase.")
                                      .arg(i)
                                      .arg(tag, journalPath));
        tags.insert(tag);
        previousWhen = m.createdAt;
        m.idx = entry.value(QStringLiteral("idx")).toInt(int(i));
        m.breakpoints = entry.value(QStringLiteral("breakpoints")).toBool(true);

        const QString path = folder + QLatin1Char('/') + m.fileName();
        if (!QFile::exists(path) || !readFile(path, &m.sql))
            return failed(folder, tr("The migration journal %1 lists %2, but the file %3 is "
                                     "missing or unreadable.")
                                      .arg(journalPath, tag, path));
        // drizzle reads the file as a UTF-8 string and hashes that string's UTF-8 bytes; for
        // valid UTF-8 that is the file itself. Anything else would hash differently on the two
        // sides, so refuse it.
        if (!QByteArrayView(m.sql).isValidUtf8())
            return failed(folder, tr("The migration file %1 is not valid UTF-8.").arg(path));
        m.hash = hashOf(m.sql);
        m.statements = splitStatements(QString::fromUtf8(m.sql));
        set.m_migrations.append(std::move(m));
    }
    return set;
}

const Migration* MigrationSet::findByCreatedAt(qint64 createdAt) const
{
    for (const Migration& m : m_migrations)
        if (m.createdAt == createdAt)
            return &m;
    return nullptr;
}

const Migration* MigrationSet::findByTag(const QString& tag) const
{
    for (const Migration& m : m_migrations)
        if (m.tag == tag)
            return &m;
    return nullptr;
}

QStringList MigrationSet::splitStatements(const QString& sql)
{
    // JavaScript's String.prototype.split keeps empty pieces, as Qt::KeepEmptyParts does.
    return sql.split(QLatin1String(kBreakpoint), Qt::KeepEmptyParts);
}

QString MigrationSet::hashOf(const QByteArray& fileContent)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(fileContent, QCryptographicHash::Sha256).toHex());
}

} // namespace limitless::db
