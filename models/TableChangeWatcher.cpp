#include "TableChangeWatcher.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace limitless::models {

namespace {
// Short enough to feel live, long enough to fold a burst of trigger notifications into one query.
constexpr int DefaultDebounceMs = 200;
// Without LISTEN there is no push; half a minute keeps the load on a shared pooler negligible.
constexpr int DefaultPollMs = 30000;
} // namespace

TableChangeWatcher::TableChangeWatcher(db::Database* database, const QStringList& tables,
                                       QObject* parent)
    : QObject(parent), m_db(database), m_tables(tables.begin(), tables.end())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TableChangeWatcher::changed);
    m_poll.setInterval(DefaultPollMs);
    connect(&m_poll, &QTimer::timeout, this, &TableChangeWatcher::changed);

    if (!m_db)
        return;
    connect(m_db, &db::Database::notification, this, &TableChangeWatcher::onNotification);
    connect(m_db, &db::Database::stateChanged, this, &TableChangeWatcher::onStateChanged);
    connect(m_db, &db::Database::liveUpdatesChanged, this, &TableChangeWatcher::updatePolling);
    // LISTEN is idempotent on the server and the Database re-issues it after reconnects.
    m_db->listen(QString::fromLatin1(Channel));
    updatePolling();
}

void TableChangeWatcher::setPollInterval(int ms)
{
    m_poll.setInterval(ms);
}

void TableChangeWatcher::onNotification(const QString& channel, const QString& payload)
{
    if (channel != QLatin1String(Channel))
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8());
    const QString table = doc.object().value(QLatin1String("table")).toString();
    // A payload we cannot read may still concern us: a needless re-query is cheaper than a
    // stale page.
    if (!table.isEmpty() && !m_tables.contains(table))
        return;
    if (!m_debounce.isActive())
        m_debounce.start();
}

void TableChangeWatcher::onStateChanged(db::ConnectionState state)
{
    if (state == db::ConnectionState::Connected)
        m_debounce.start();
    updatePolling();
}

void TableChangeWatcher::updatePolling()
{
    const bool poll =
        m_db && m_db->state() == db::ConnectionState::Connected && !m_db->liveUpdatesAvailable();
    if (poll && !m_poll.isActive())
        m_poll.start();
    else if (!poll)
        m_poll.stop();
}

} // namespace limitless::models
