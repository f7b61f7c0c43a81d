#include "ConnectionIndicator.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

namespace limitless::ui {

namespace {
// "15.18 (Debian 15.18-0+deb12u1)" → "15.18": the package suffix belongs in the tool tip.
QString shortVersion(const QString& version)
{
    return version.section(QLatin1Char(' '), 0, 0);
}
} // namespace

ConnectionIndicator::ConnectionIndicator(db::Database* database, QWidget* parent)
    : QWidget(parent), m_db(database), m_icon(new QLabel(this)), m_text(new QLabel(this)),
      m_liveGrace(new QTimer(this))
{
    m_liveGrace->setSingleShot(true);
    m_liveGrace->setInterval(kLiveGraceMs);
    connect(m_liveGrace, &QTimer::timeout, this, &ConnectionIndicator::refresh);
    setObjectName(QStringLiteral("connectionIndicator"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 8, 0);
    layout->setSpacing(6);
    layout->addWidget(m_icon);
    layout->addWidget(m_text);
    m_text->setTextFormat(Qt::PlainText);

    if (m_db) {
        connect(m_db, &db::Database::stateChanged, this, [this](db::ConnectionState state) {
            if (state != db::ConnectionState::Reconnecting)
                m_attempt = 0;
            // Back after an outage: the listening connection follows a moment later.
            if (state == db::ConnectionState::Connected && m_liveWasOn &&
                !m_db->liveUpdatesAvailable())
                m_liveGrace->start();
            if (state == db::ConnectionState::Connecting ||
                state == db::ConnectionState::Connected) {
                m_startupMessage.clear();
                m_startupError.clear();
            }
            refresh();
        });
        connect(m_db, &db::Database::serverInfoChanged, this, &ConnectionIndicator::refresh);
        connect(m_db, &db::Database::liveUpdatesChanged, this, [this](bool on) {
            if (on) {
                m_liveWasOn = true;
                m_liveGrace->stop();
            } else if (m_liveWasOn && m_db->state() == db::ConnectionState::Connected) {
                m_liveGrace->start();
            }
            refresh();
        });
        connect(m_db, &db::Database::listenerChanged, this, &ConnectionIndicator::refresh);
        connect(m_db, &db::Database::errorOccurred, this, &ConnectionIndicator::refresh);
        connect(m_db, &db::Database::reconnecting, this, [this](int attempt, int) {
            m_attempt = attempt;
            refresh();
        });
    }
    refresh();
}

void ConnectionIndicator::setStartupMessage(const QString& text)
{
    m_startupMessage = text;
    m_startupError.clear();
    refresh();
}

void ConnectionIndicator::setStartupError(const QString& text)
{
    m_startupError = text;
    m_startupMessage.clear();
    refresh();
}

QString ConnectionIndicator::text() const
{
    return m_text->text();
}

void ConnectionIndicator::display(Tone tone, const QString& text, const QString& toolTip)
{
    const char* icon = ":/icons/status-off.svg";
    switch (tone) {
    case Tone::Ok:
        icon = ":/icons/status-ok.svg";
        break;
    case Tone::Busy:
        icon = ":/icons/status-busy.svg";
        break;
    case Tone::Error:
        icon = ":/icons/status-error.svg";
        break;
    case Tone::Off:
        break;
    }
    m_icon->setPixmap(QIcon(QString::fromLatin1(icon)).pixmap(QSize(12, 12), devicePixelRatioF()));
    m_text->setText(text);
    setToolTip(toolTip.isEmpty() ? text : toolTip);
}

void ConnectionIndicator::refresh()
{
    const auto state = m_db ? m_db->state() : db::ConnectionState::Disconnected;
    switch (state) {
    case db::ConnectionState::Disconnected:
        if (!m_startupError.isEmpty())
            display(Tone::Error, m_startupError);
        else if (!m_startupMessage.isEmpty())
            display(Tone::Busy, m_startupMessage);
        else if (m_db && m_db->lastError().isError())
            display(Tone::Error, m_db->lastError().userMessage(), m_db->lastError().toString());
        else
            display(Tone::Off, tr("Not connected"));
        return;
    case db::ConnectionState::Connecting:
        display(Tone::Busy, tr("Connecting…"));
        return;
    case db::ConnectionState::Reconnecting:
        m_liveGrace->stop();
        display(Tone::Busy, m_attempt > 0 ? tr("Reconnecting (attempt %1)…").arg(m_attempt)
                                          : tr("Reconnecting…"));
        return;
    case db::ConnectionState::Failed: {
        const db::DbError error = m_db->lastError();
        display(Tone::Error,
                error.isError() ? error.userMessage()
                                : tr("The connection to the database failed."),
                error.toString());
        return;
    }
    case db::ConnectionState::Connected:
        break;
    }

    if (m_liveGrace->isActive() && !m_db->liveUpdatesAvailable()) {
        display(Tone::Busy, tr("Checking the connection…"));
        return;
    }
    const db::ServerInfo info = m_db->serverInfo();
    const QString server = info.serverVersion.isEmpty()
                               ? tr("Connected")
                               : tr("PostgreSQL %1").arg(shortVersion(info.serverVersion));
    QStringList parts{server};
    if (!info.databaseName.isEmpty())
        parts << info.databaseName;
    parts << (info.pgvector ? tr("pgvector") : tr("in-process vectors"));
    const db::Additions& additions = info.additions;
    if (m_db->liveUpdatesAvailable())
        parts << tr("live updates on");
    else if (m_db->listenerAvailable() && additions.probed && !additions.notifications)
        parts << tr("live updates off (no notifications in this database; refreshing "
                    "periodically)");
    else
        parts << tr("live updates off (refreshing periodically)");
    if (additions.probed && !additions.all())
        parts << tr("dashboard additions %1").arg(additions.summary());
    const QString separator = tr(" · ", "status bar separator");
    const QString toolTip =
        tr("Server: PostgreSQL %1\nDatabase: %2\nUser: %3\nVector search: %4\nLive updates: %5")
            .arg(info.serverVersion, info.databaseName, info.userName,
                 info.pgvector ? tr("pgvector (HNSW index in the database)")
                               : tr("computed in the app (pgvector is not installed)"),
                 m_db->liveUpdatesAvailable() ? tr("on (notifications)")
                 : m_db->listenerAvailable()
                     ? tr("off: this database sends no change notifications")
                     : tr("off: this connection cannot listen for notifications")) +
        tr("\nDashboard additions: %1").arg(additions.summary()) +
        (additions.probed && !additions.all()
             ? tr("\nRun `%1` as the database's owner to install them; every page works "
                  "without them, more slowly.")
                   .arg(db::Additions::installCommand())
             : QString());
    display(m_db->liveUpdatesAvailable() ? Tone::Ok : Tone::Busy, parts.join(separator), toolTip);
}

} // namespace limitless::ui
