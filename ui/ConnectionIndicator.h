#pragma once

#include "db/Database.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace limitless::ui {

// The status bar's account of the database: connecting…, server version and database, vector
// search mode (pgvector or in-process), live updates on/off, reconnect attempts and errors.
class ConnectionIndicator : public QWidget {
    Q_OBJECT

public:
    explicit ConnectionIndicator(db::Database* database, QWidget* parent = nullptr);

    // A note shown while the database is not open yet (e.g. "Starting the local sandbox…");
    // an empty text removes it.
    void setStartupMessage(const QString& text);
    void setStartupError(const QString& text);
    QString text() const;

private:
    enum class Tone { Ok, Busy, Error, Off };
    void refresh();
    void display(Tone tone, const QString& text, const QString& toolTip = {});

    QPointer<db::Database> m_db;
    QLabel* m_icon;
    QLabel* m_text;
    QString m_startupMessage;
    QString m_startupError;
    int m_attempt = 0;
};

} // namespace limitless::ui
