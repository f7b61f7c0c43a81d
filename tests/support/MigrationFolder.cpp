#include "MigrationFolder.h"

#include "TestDatabase.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace limitless::test {

MigrationFolder::MigrationFolder(const QString& set)
{
    REQUIRE(m_dir.isValid());
    m_path = m_dir.path() + QLatin1Char('/') + set;
    const QDir source(sourcePath(QStringLiteral("app/db/migrations/") + set));
    REQUIRE(QDir(path()).mkpath(QStringLiteral("meta")));
    for (const QString& name : source.entryList({QStringLiteral("*.sql")}, QDir::Files))
        REQUIRE(QFile::copy(source.filePath(name), path() + QLatin1Char('/') + name));
    REQUIRE(QFile::copy(source.filePath(QStringLiteral("meta/_journal.json")),
                        path() + QStringLiteral("/meta/_journal.json")));
    // QFile::copy keeps the source's read-only bits when the tree is checked out read-only.
    for (const QString& name : QDir(path()).entryList(QDir::Files))
        QFile::setPermissions(path() + QLatin1Char('/') + name,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QFile::setPermissions(path() + QStringLiteral("/meta/_journal.json"),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

QByteArray MigrationFolder::readFile(const QString& relative) const
{
    QFile f(path() + QLatin1Char('/') + relative);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void MigrationFolder::writeFile(const QString& relative, const QByteArray& content)
{
    QFile f(path() + QLatin1Char('/') + relative);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
}

QJsonObject MigrationFolder::journal() const
{
    return QJsonDocument::fromJson(readFile(QStringLiteral("meta/_journal.json"))).object();
}

void MigrationFolder::setJournal(const QJsonObject& journal)
{
    writeFile(QStringLiteral("meta/_journal.json"), QJsonDocument(journal).toJson());
}

void MigrationFolder::keepFirst(int count)
{
    QJsonObject j = journal();
    QJsonArray entries = j.value(QStringLiteral("entries")).toArray();
    while (entries.size() > count)
        entries.removeLast();
    j.insert(QStringLiteral("entries"), entries);
    setJournal(j);
}

void MigrationFolder::dropEntry(const QString& tag)
{
    QJsonObject j = journal();
    QJsonArray entries = j.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (entries.at(i).toObject().value(QStringLiteral("tag")).toString() == tag) {
            entries.removeAt(i);
            break;
        }
    }
    j.insert(QStringLiteral("entries"), entries);
    setJournal(j);
}

void MigrationFolder::append(const QString& tag, const QByteArray& sql)
{
    writeFile(tag + QStringLiteral(".sql"), sql);
    QJsonObject j = journal();
    QJsonArray entries = j.value(QStringLiteral("entries")).toArray();
    const QJsonObject last = entries.last().toObject();
    entries.append(
        QJsonObject{{QStringLiteral("idx"), entries.size()},
                    {QStringLiteral("version"), QStringLiteral("7")},
                    {QStringLiteral("when"), last.value(QStringLiteral("when")).toDouble() + 60000},
                    {QStringLiteral("tag"), tag},
                    {QStringLiteral("breakpoints"), true}});
    j.insert(QStringLiteral("entries"), entries);
    setJournal(j);
}

void MigrationFolder::appendToFile(const QString& tag, const QByteArray& text)
{
    const QString name = tag + QStringLiteral(".sql");
    writeFile(name, readFile(name) + text);
}

} // namespace limitless::test
