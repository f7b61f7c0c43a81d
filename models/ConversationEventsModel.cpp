#include "ConversationEventsModel.h"

#include <QLocale>

namespace limitless::models {

ConversationEventsModel::ConversationEventsModel(QObject* parent) : QAbstractListModel(parent) {}

int ConversationEventsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QString ConversationEventsModel::typeLabel(const QString& type)
{
    if (type == QLatin1String("campaign_click"))
        return tr("Clicked the campaign");
    if (type == QLatin1String("conversation_started"))
        return tr("Conversation started");
    if (type == QLatin1String("qualified"))
        return tr("Qualified");
    if (type == QLatin1String("pitch_delivered"))
        return tr("Pitch delivered");
    if (type == QLatin1String("objection_raised"))
        return tr("Raised an objection");
    if (type == QLatin1String("payment_link_sent"))
        return tr("Payment link sent");
    if (type == QLatin1String("payment_completed"))
        return tr("Payment completed");
    QString s = type;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    return s.left(1).toUpper() + s.mid(1);
}

QVariant ConversationEventsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Event& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1  ·  %2")
            .arg(QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat), typeLabel(e.type));
    case Qt::ToolTipRole:
        return e.dataJson;
    case TypeRole:
        return e.type;
    case TimeRole:
        return e.time;
    case DataRole:
        return e.dataJson;
    default:
        return {};
    }
}

void ConversationEventsModel::setEvents(const QList<Event>& events)
{
    bool extends = !m_events.isEmpty() && events.size() >= m_events.size();
    for (int i = 0; extends && i < m_events.size(); ++i)
        extends = m_events.at(i).id == events.at(i).id;
    if (!extends) {
        beginResetModel();
        m_events = events;
        endResetModel();
        return;
    }
    const int old = int(m_events.size());
    if (events.size() > old) {
        beginInsertRows({}, old, int(events.size()) - 1);
        m_events = events;
        endInsertRows();
    } else {
        m_events = events;
    }
    if (old > 0)
        emit dataChanged(index(0), index(old - 1));
}

} // namespace limitless::models
