#include "AgentStateModel.h"

#include "ConversationsModel.h"

#include <QFont>
#include <QLocale>

namespace limitless::models {

using agent::AgentState;
using langgraph::LcMessage;

namespace {

enum class Type { Text, Bool, Number, Count };

Type typeOf(const QString& channel)
{
    static const QStringList bools{QStringLiteral("qualified"), QStringLiteral("pitch_delivered"),
                                   QStringLiteral("payment_link_sent"),
                                   QStringLiteral("payment_completed")};
    if (bools.contains(channel))
        return Type::Bool;
    if (channel == QLatin1String("qualification_score"))
        return Type::Number;
    if (channel == QLatin1String("followup_count"))
        return Type::Count;
    return Type::Text;
}

QString speaker(LcMessage::Kind kind)
{
    switch (kind) {
    case LcMessage::Kind::Human:
        return AgentStateModel::tr("lead");
    case LcMessage::Kind::Ai:
        return AgentStateModel::tr("agent");
    case LcMessage::Kind::Tool:
        return AgentStateModel::tr("tool");
    case LcMessage::Kind::System:
        return AgentStateModel::tr("system");
    }
    return {};
}

} // namespace

AgentStateModel::AgentStateModel(QObject* parent) : QAbstractTableModel(parent) {}

QStringList AgentStateModel::fieldChannels()
{
    return {QStringLiteral("current_stage"),       QStringLiteral("qualified"),
            QStringLiteral("qualification_score"), QStringLiteral("business_type"),
            QStringLiteral("monthly_revenue"),     QStringLiteral("main_pain_point"),
            QStringLiteral("pitch_delivered"),     QStringLiteral("pitch_type"),
            QStringLiteral("payment_link_sent"),   QStringLiteral("payment_completed"),
            QStringLiteral("preferred_plan"),      QStringLiteral("email"),
            QStringLiteral("followup_count")};
}

QString AgentStateModel::fieldLabel(const QString& channel)
{
    if (channel == QLatin1String("current_stage"))
        return tr("Stage");
    if (channel == QLatin1String("qualified"))
        return tr("Qualified");
    if (channel == QLatin1String("qualification_score"))
        return tr("Qualification score");
    if (channel == QLatin1String("business_type"))
        return tr("Business");
    if (channel == QLatin1String("monthly_revenue"))
        return tr("Monthly revenue");
    if (channel == QLatin1String("main_pain_point"))
        return tr("Pain point");
    if (channel == QLatin1String("pitch_delivered"))
        return tr("Pitch delivered");
    if (channel == QLatin1String("pitch_type"))
        return tr("Pitch");
    if (channel == QLatin1String("payment_link_sent"))
        return tr("Payment link sent");
    if (channel == QLatin1String("payment_completed"))
        return tr("Payment completed");
    if (channel == QLatin1String("preferred_plan"))
        return tr("Plan");
    if (channel == QLatin1String("email"))
        return tr("E-mail");
    if (channel == QLatin1String("followup_count"))
        return tr("Follow-ups");
    return channel;
}

int AgentStateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(fieldChannels().size() + m_state.messages.size());
}

int AgentStateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AgentStateModel::rowForChannel(const QString& channel) const
{
    return int(fieldChannels().indexOf(channel));
}

int AgentStateModel::rowForMessage(int messageIndex) const
{
    if (messageIndex < 0 || messageIndex >= m_state.messages.size())
        return -1;
    return int(fieldChannels().size()) + messageIndex;
}

Qt::ItemFlags AgentStateModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (m_editable && index.column() == ValueColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AgentStateModel::storedValue(const AgentState& s, const QString& channel)
{
    if (channel == QLatin1String("current_stage"))
        return s.currentStage;
    if (channel == QLatin1String("qualified"))
        return s.qualified;
    if (channel == QLatin1String("qualification_score"))
        return s.qualificationScore;
    if (channel == QLatin1String("business_type"))
        return s.businessType;
    if (channel == QLatin1String("monthly_revenue"))
        return s.monthlyRevenue;
    if (channel == QLatin1String("main_pain_point"))
        return s.mainPainPoint;
    if (channel == QLatin1String("pitch_delivered"))
        return s.pitchDelivered;
    if (channel == QLatin1String("pitch_type"))
        return s.pitchType;
    if (channel == QLatin1String("payment_link_sent"))
        return s.paymentLinkSent;
    if (channel == QLatin1String("payment_completed"))
        return s.paymentCompleted;
    if (channel == QLatin1String("preferred_plan"))
        return s.preferredPlan;
    if (channel == QLatin1String("email"))
        return s.email;
    if (channel == QLatin1String("followup_count"))
        return s.followupCount;
    return {};
}

QVariant AgentStateModel::fieldValue(const QString& channel) const
{
    return m_fieldEdits.contains(channel) ? m_fieldEdits.value(channel)
                                          : storedValue(m_state, channel);
}

QString AgentStateModel::displayValue(const QString& channel, const QVariant& value) const
{
    const QLocale locale;
    switch (typeOf(channel)) {
    case Type::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case Type::Number:
        return locale.toString(value.toDouble(), 'f', 2);
    case Type::Count:
        return locale.toString(value.toInt());
    case Type::Text:
        break;
    }
    const QString text = value.toString();
    if (text.isEmpty())
        return tr("—", "no value");
    if (channel == QLatin1String("current_stage"))
        return ConversationsModel::stageLabel(text);
    if (channel == QLatin1String("preferred_plan"))
        return ConversationsModel::planLabel(text);
    return text;
}

QVariant AgentStateModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const QStringList fields = fieldChannels();
    const bool isField = index.row() < fields.size();
    const QString channel = isField ? fields.at(index.row()) : QString();
    const int message = isField ? -1 : index.row() - int(fields.size());
    const bool edited = isField ? m_fieldEdits.contains(channel) : message == m_messageIndex;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == FieldColumn) {
            if (isField)
                return fieldLabel(channel);
            return tr("Message %1 (%2)")
                .arg(message + 1)
                .arg(speaker(m_state.messages.at(message).kind));
        }
        if (isField)
            return displayValue(channel, fieldValue(channel));
        return edited ? m_messageText
                      : QString::fromUtf8(m_state.messages.at(message).content).simplified();
    case Qt::EditRole:
        if (index.column() == FieldColumn)
            return data(index, Qt::DisplayRole);
        if (isField)
            return fieldValue(channel);
        return edited ? m_messageText : QString::fromUtf8(m_state.messages.at(message).content);
    case Qt::ToolTipRole:
        if (index.column() == FieldColumn)
            return isField ? tr("Channel %1").arg(channel) : tr("Channel messages");
        if (!isField)
            return edited ? m_messageText
                          : QString::fromUtf8(m_state.messages.at(message).content).left(1200);
        return edited ? tr("Edited; stored value: %1")
                            .arg(displayValue(channel, storedValue(m_state, channel)))
                      : QVariant();
    case Qt::FontRole:
        if (edited) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case ChannelRole:
        return channel;
    case MessageIndexRole:
        return message;
    case EditedRole:
        return edited;
    default:
        break;
    }
    return {};
}

bool AgentStateModel::convert(const QString& channel, const QVariant& in, QVariant* out,
                              QString* error) const
{
    const QString text = in.toString().trimmed();
    switch (typeOf(channel)) {
    case Type::Bool: {
        if (in.typeId() == QMetaType::Bool) {
            *out = in.toBool();
            return true;
        }
        const QString t = text.toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1") ||
            t == tr("yes").toLower()) {
            *out = true;
            return true;
        }
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0") ||
            t == tr("no").toLower()) {
            *out = false;
            return true;
        }
        *error = tr("%1 is yes or no.").arg(fieldLabel(channel));
        return false;
    }
    case Type::Number: {
        bool ok = false;
        double v = in.toDouble(&ok);
        if (!ok)
            v = QLocale().toDouble(text, &ok);
        if (!ok || v < 0 || v > 100) {
            *error = tr("%1 is a number from 0 to 100.").arg(fieldLabel(channel));
            return false;
        }
        *out = v;
        return true;
    }
    case Type::Count: {
        bool ok = false;
        const int v = text.toInt(&ok);
        if (!ok || v < 0) {
            *error = tr("%1 is a whole number, 0 or more.").arg(fieldLabel(channel));
            return false;
        }
        *out = v;
        return true;
    }
    case Type::Text:
        break;
    }
    if (channel == QLatin1String("current_stage") && !m_stages.isEmpty() &&
        !m_stages.contains(text)) {
        *error = tr("The stage is one of: %1.").arg(m_stages.join(QStringLiteral(", ")));
        return false;
    }
    if (channel == QLatin1String("pitch_type") && !text.isEmpty() &&
        text != QLatin1String("warm") && text != QLatin1String("cold")) {
        *error = tr("The pitch is warm or cold (or empty).");
        return false;
    }
    if (channel == QLatin1String("preferred_plan") && !text.isEmpty() &&
        text != QLatin1String("option1") && text != QLatin1String("option2")) {
        *error = tr("The plan is option1 or option2 (or empty).");
        return false;
    }
    *out = text;
    return true;
}

void AgentStateModel::refuse(const QString& reason)
{
    m_lastError = reason;
    emit editRefused(reason);
}

bool AgentStateModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_editable || index.column() != ValueColumn)
        return false;
    const QStringList fields = fieldChannels();
    if (index.row() < fields.size()) {
        const QString channel = fields.at(index.row());
        QVariant converted;
        QString error;
        if (!convert(channel, value, &converted, &error)) {
            refuse(error);
            return false;
        }
        m_lastError.clear();
        if (converted == storedValue(m_state, channel))
            m_fieldEdits.remove(channel);
        else
            m_fieldEdits.insert(channel, converted);
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        emit editsChanged();
        return true;
    }
    const int message = index.row() - int(fields.size());
    const QString text = value.toString();
    if (text.trimmed().isEmpty()) {
        refuse(tr("A message cannot be empty."));
        return false;
    }
    m_lastError.clear();
    // One message per fork: editing another one puts the first back.
    const int previous = m_messageIndex;
    const bool same = text == QString::fromUtf8(m_state.messages.at(message).content);
    m_messageIndex = same ? -1 : message;
    m_messageText = same ? QString() : text;
    if (previous >= 0 && previous != message) {
        const int row = rowForMessage(previous);
        emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    emit editsChanged();
    return true;
}

QVariant AgentStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role != Qt::DisplayRole)
        return {};
    return section == FieldColumn ? tr("Field") : tr("Value");
}

void AgentStateModel::setState(const AgentState& state)
{
    beginResetModel();
    m_state = state;
    m_fieldEdits.clear();
    m_messageIndex = -1;
    m_messageText.clear();
    m_lastError.clear();
    endResetModel();
    emit editsChanged();
}

void AgentStateModel::setEditable(bool editable)
{
    if (editable == m_editable)
        return;
    m_editable = editable;
    if (rowCount() > 0)
        emit dataChanged(index(0, ValueColumn), index(rowCount() - 1, ValueColumn));
}

agent::ForkEdit AgentStateModel::edits() const
{
    agent::ForkEdit e;
    e.fields = m_fieldEdits;
    e.messageIndex = m_messageIndex;
    e.messageText = m_messageText;
    return e;
}

void AgentStateModel::revertEdits()
{
    if (!hasEdits())
        return;
    m_fieldEdits.clear();
    m_messageIndex = -1;
    m_messageText.clear();
    m_lastError.clear();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit editsChanged();
}

} // namespace limitless::models
