#pragma once

#include "db/Database.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace limitless::models {

// Turns the database's change notifications into one debounced "re-query now" signal for a
// model.
//
// Triggers send NOTIFY on `limitless_changes` with a small JSON payload
// ({table, op, id, campaign_id, event_type}); a burst of them (a demo-data load, a busy campaign)
// becomes a single changed() at most `debounceInterval` later. Notifications sent while the
// connection was down are lost, so changed() also fires whenever the connection (re)enters the
// Connected state; and where LISTEN cannot work (a transaction-mode pooler) it polls instead.
class TableChangeWatcher : public QObject {
    Q_OBJECT

public:
    static constexpr const char* Channel = "limitless_changes";

    // `tables`: the payload `table` values that concern the owner of this watcher.
    TableChangeWatcher(db::Database* database, const QStringList& tables,
                       QObject* parent = nullptr);

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }
    void setPollInterval(int ms);
    // True while changes are discovered by polling rather than by notifications.
    bool isPolling() const { return m_poll.isActive(); }

signals:
    void changed();

private:
    void onNotification(const QString& channel, const QString& payload);
    void onStateChanged(db::ConnectionState state);
    void updatePolling();

    QPointer<db::Database> m_db;
    QSet<QString> m_tables;
    QTimer m_debounce;
    QTimer m_poll;
};

} // namespace limitless::models
