#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>

namespace limitless::models {

// A conversation's analytics events, oldest first, for the details pane's timeline. Events are
// append-only, so a reload that only adds events inserts rows rather than resetting.
class ConversationEventsModel : public QAbstractListModel {
    Q_OBJECT

public:
    enum Role { TypeRole = Qt::UserRole + 200, TimeRole, DataRole };

    struct Event {
        QString id;
        QString type;
        QString dataJson; // compact JSON object, may be empty
        QDateTime time;   // UTC
        bool operator==(const Event&) const = default;
    };

    explicit ConversationEventsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void setEvents(const QList<Event>& events);
    const QList<Event>& events() const { return m_events; }

    static QString typeLabel(const QString& type);

private:
    QList<Event> m_events;
};

} // namespace limitless::models
