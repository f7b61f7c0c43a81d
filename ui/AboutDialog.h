#pragma once

#include "db/VersionInfo.h"

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace limitless::db {
class Database;
}

namespace limitless::ui {

// Help → About: the versions of the app, Qt and libpq, of the connected server and pgvector
// (read through the database's worker, never on the GUI thread), and the dependencies with
// their licences.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(db::Database* database, QWidget* parent = nullptr);

    const db::VersionInfo& versions() const { return m_versions; }
    // The versions as plain text (what "Copy" puts on the clipboard, for a support request).
    QString versionsText() const;
    // The dependencies and their licences, as shown.
    struct Dependency {
        QString name;
        QString use;
        QString licence;
    };
    static QList<Dependency> dependencies();

signals:
    // The server's versions were read (or could not be).
    void serverVersionsRead();

private:
    void showVersions();

    db::VersionInfo m_versions;
    QLabel* m_server;
    QLabel* m_pgvector;
};

} // namespace limitless::ui
