#pragma once

#include "db/Database.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;

namespace limitless::ui {

// The status bar's account of the database: connecting…, server version and database, vector
// search mode (pgvector or in-process), live updates on/off, reconnect attempts and errors.
class ConnectionIndicator : public QWidget {
    Q_OBJECT

public:
    // How long stopped live updates read "Checking the connection…" before "live updates off"
    // (after they stop while connected, and after a reconnect until the listener is back).
    static constexpr int kLiveGraceMs = 3000;

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
    // Live updates that stop while connected are usually the first sign of an outage (the
    // listening connection notices first): for a moment the indicator says it is checking,
    // instead of announcing polling just before "Reconnecting…".
    QTimer* m_liveGrace;
    bool m_liveWasOn = false; // live updates worked on this connection at some point
};

} // namespace limitless::ui
