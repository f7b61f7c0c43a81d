#pragma once

#include "db/Database.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace limitless::models {

// Which conversations changed, from the database's notifications on `limitless_changes`.
//
// Unlike TableChangeWatcher (one "re-query everything" signal) this keeps the ids, so a model of
// 100,000 rows can re-read just the rows that changed. A burst is folded into one
// changed() within `debounceInterval`. Anything that cannot be narrowed to ids (an unreadable
// payload, a reconnect after which notifications may have been lost, a poll tick where LISTEN is
// unavailable) becomes changedAll().
class ConversationChangeFeed : public QObject {
    Q_OBJECT

public:
    explicit ConversationChangeFeed(db::Database* database, QObject* parent = nullptr);

    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    int debounceInterval() const { return m_debounce.interval(); }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    bool isPolling() const { return m_poll.isActive(); }

signals:
    void changed(const QStringList& conversationIds);
    void changedAll();
    // A payments or analytics_events row changed (their payloads carry only their own id).
    void relatedChanged(const QString& table);
    void pollingChanged(bool polling);

private:
    void onNotification(const QString& channel, const QString& payload);
    void flush();
    void updatePolling();

    QPointer<db::Database> m_db;
    QSet<QString> m_ids;
    QSet<QString> m_related;
    bool m_all = false;
    QTimer m_debounce;
    QTimer m_poll;
};

} // namespace limitless::models
