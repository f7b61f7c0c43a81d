#pragma once

#include "db/MigrationSet.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

namespace limitless::test {

// A writable copy of one of the app's migration folders ("seed" or "additions": journal and
// .sql files), for tests that edit, drop or add migrations without touching the source tree.
// The copy keeps the folder's name, which is the set's name in the bookkeeping.
class MigrationFolder {
public:
    explicit MigrationFolder(const QString& set = QStringLiteral("additions"));

    QString path() const { return m_path; }
    db::MigrationSet load() const { return db::MigrationSet::load(path()); }

    // Keeps only the first `count` journal entries (their files stay; the journal decides).
    void keepFirst(int count);
    // Drops the journal entry `tag`.
    void dropEntry(const QString& tag);
    // Adds `<tag>.sql` with `sql` and a journal entry one minute after the last one.
    void append(const QString& tag, const QByteArray& sql);
    // Appends text to an existing migration file.
    void appendToFile(const QString& tag, const QByteArray& text);

    void writeFile(const QString& relative, const QByteArray& content);
    QByteArray readFile(const QString& relative) const;
    QJsonObject journal() const;
    void setJournal(const QJsonObject& journal);

private:
    QTemporaryDir m_dir;
    QString m_path;
};

} // namespace limitless::test
