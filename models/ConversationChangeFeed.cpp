#include "ConversationChangeFeed.h"

#include "TableChangeWatcher.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace limitless::models {

namespace {
// Well inside the "within a second" promise, long enough to fold a burst into one query.
constexpr int DefaultDebounceMs = 150;
// Without LISTEN, a short poll still feels live on a single owner's dashboard; each poll re-reads
// one page, not the list.
constexpr int DefaultPollMs = 5000;
} // namespace

ConversationChangeFeed::ConversationChangeFeed(db::Database* database, QObject* parent)
    : QObject(parent), m_db(database)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &ConversationChangeFeed::flush);
    m_poll.setInterval(DefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &ConversationChangeFeed::changedAll);
    if (!m_db)
        return;
    connect(m_db, &db::Database::notification, this, &ConversationChangeFeed::onNotification);
    connect(m_db, &db::Database::stateChanged, this, [this](db::ConnectionState s) {
        if (s == db::ConnectionState::Connected) {
            m_all = true;
            m_debounce.start();
        }
        updatePolling();
    });
    connect(m_db, &db::Database::liveUpdatesChanged, this, &ConversationChangeFeed::updatePolling);
    m_db->listen(QString::fromLatin1(TableChangeWatcher::Channel));
    updatePolling();
}

void ConversationChangeFeed::onNotification(const QString& channel, const QString& payload)
{
    if (channel != QLatin1String(TableChangeWatcher::Channel))
        return;
    const QJsonObject o = QJsonDocument::fromJson(payload.toUtf8()).object();
    const QString table = o.value(QLatin1String("table")).toString();
    const QString id = o.value(QLatin1String("id")).toString();
    if (table == QLatin1String("conversations") && !id.isEmpty())
        m_ids.insert(id);
    else if (table == QLatin1String("payments") || table == QLatin1String("analytics_events"))
        m_related.insert(table);
    else if (table.isEmpty())
        m_all = true; // unreadable: a needless re-read is cheaper than a stale page
    else
        return;
    if (!m_debounce.isActive())
        m_debounce.start();
}

void ConversationChangeFeed::flush()
{
    const bool all = std::exchange(m_all, false);
    const QSet<QString> ids = std::exchange(m_ids, {});
    const QSet<QString> related = std::exchange(m_related, {});
    if (all)
        emit changedAll();
    else if (!ids.isEmpty())
        emit changed(QStringList(ids.begin(), ids.end()));
    for (const QString& t : related)
        emit relatedChanged(t);
}

void ConversationChangeFeed::updatePolling()
{
    const bool poll =
        m_db && m_db->state() == db::ConnectionState::Connected && !m_db->liveUpdatesAvailable();
    if (poll == m_poll.isActive())
        return;
    if (poll)
        m_poll.start();
    else
        m_poll.stop();
    emit pollingChanged(poll);
}

} // namespace limitless::models
