#pragma once

#include "agent/AgentRuntime.h"
#include "agent/AgentState.h"

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariantMap>

namespace limitless::models {

// The playground's state inspector: the agent's state at one checkpoint as field/value rows —
// the `conversations` columns first (stage, qualified, score, lead details, pitch, payment,
// plan, e-mail, follow-ups), then each message. Made editable for "Edit and fork": edited
// values are checked for their type as they are typed, shown as edited, and come out as a
// ForkEdit (one message and any fields) for the runtime's fork().
class AgentStateModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { FieldColumn, ValueColumn, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ChannelRole = Qt::UserRole + 220, // the channel ("qualified"), '' for a message row
        MessageIndexRole,                 // a message row's index, -1 for a field
        EditedRole,                       // bool
    };

    explicit AgentStateModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // Shows `state`; forgets edits.
    void setState(const agent::AgentState& state);
    void clear() { setState({}); }
    const agent::AgentState& state() const { return m_state; }

    // Values can be edited (the fork being prepared).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // The stages the stage field accepts (the graph's nodes).
    void setStageChoices(const QStringList& stages) { m_stages = stages; }

    bool hasEdits() const { return !m_fieldEdits.isEmpty() || m_messageIndex >= 0; }
    // The edits as the runtime's fork takes them.
    agent::ForkEdit edits() const;
    void revertEdits();
    // Why the last refused edit was refused (translated), '' after an accepted one.
    QString lastError() const { return m_lastError; }

    // The channels of the `conversations` columns, in the order shown.
    static QStringList fieldChannels();
    static QString fieldLabel(const QString& channel);
    int rowForChannel(const QString& channel) const;
    int rowForMessage(int messageIndex) const;

signals:
    void editsChanged();
    void editRefused(const QString& reason);

private:
    QVariant fieldValue(const QString& channel) const; // edited or stored
    static QVariant storedValue(const agent::AgentState& state, const QString& channel);
    QString displayValue(const QString& channel, const QVariant& value) const;
    bool convert(const QString& channel, const QVariant& in, QVariant* out, QString* error) const;
    void refuse(const QString& reason);

    agent::AgentState m_state;
    bool m_editable = false;
    QStringList m_stages;
    QVariantMap m_fieldEdits;
    int m_messageIndex = -1;
    QString m_messageText;
    QString m_lastError;
};

} // namespace limitless::models
