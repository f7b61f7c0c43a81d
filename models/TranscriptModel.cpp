#include "TranscriptModel.h"

#include "ConversationsModel.h"
#include "PaymentsModel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace limitless::models {

using langgraph::TranscriptMessage;

TranscriptModel::TranscriptModel(QObject* parent) : QAbstractListModel(parent) {}

int TranscriptModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size() + m_pending.size());
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(RoleRole, "role");
    names.insert(RoleNameRole, "roleName");
    names.insert(TimeRole, "time");
    names.insert(ToolCallsRole, "toolCalls");
    names.insert(ToolCallIdRole, "toolCallId");
    names.insert(NameRole, "name");
    names.insert(StageRole, "stage");
    names.insert(MessageIdRole, "messageId");
    names.insert(ClassNameRole, "className");
    names.insert(PendingRole, "pending");
    return names;
}

QList<TranscriptModel::Item> TranscriptModel::itemsFor(const langgraph::Transcript& t)
{
    QList<Item> items;
    items.reserve(t.messages.size() + t.stageChanges.size());
    int stage = 0;
    for (int i = 0; i < t.messages.size(); ++i) {
        while (stage < t.stageChanges.size() && t.stageChanges.at(stage).messageIndex <= i)
            items.append({Kind::StageChange, stage++});
        items.append({t.messages.at(i).role == TranscriptMessage::Role::Unsupported
                          ? Kind::Unsupported
                          : Kind::Message,
                      i});
    }
    while (stage < t.stageChanges.size())
        items.append({Kind::StageChange, stage++});
    return items;
}

void TranscriptModel::clear()
{
    setTranscript({});
}

void TranscriptModel::setPendingMessages(const QList<TranscriptMessage>& messages)
{
    clearPending();
    if (messages.isEmpty())
        return;
    const int first = int(m_items.size());
    beginInsertRows({}, first, first + int(messages.size()) - 1);
    m_pending = messages;
    endInsertRows();
}

void TranscriptModel::appendPendingText(const QString& delta)
{
    if (m_pending.isEmpty() || m_pending.last().role != TranscriptMessage::Role::Ai) {
        TranscriptMessage m;
        m.role = TranscriptMessage::Role::Ai;
        m.className = QStringLiteral("AIMessage");
        m.content = delta;
        const int row = int(m_items.size() + m_pending.size());
        beginInsertRows({}, row, row);
        m_pending.append(m);
        endInsertRows();
        return;
    }
    m_pending.last().content += delta;
    const QModelIndex last = index(rowCount() - 1);
    emit dataChanged(last, last, {Qt::DisplayRole});
}

void TranscriptModel::clearPending()
{
    if (m_pending.isEmpty())
        return;
    const int first = int(m_items.size());
    beginRemoveRows({}, first, first + int(m_pending.size()) - 1);
    m_pending.clear();
    endRemoveRows();
}

void TranscriptModel::setTranscript(const langgraph::Transcript& transcript)
{
    clearPending();
    const QList<Item> items = itemsFor(transcript);
    // Same thread, the old items a prefix of the new ones: append (a conversation going on).
    bool extends = transcript.threadId == m_transcript.threadId && !m_items.isEmpty() &&
                   items.size() >= m_items.size();
    for (int i = 0; extends && i < m_items.size(); ++i) {
        const Item& a = m_items.at(i);
        const Item& b = items.at(i);
        extends = a.kind == b.kind && a.index == b.index &&
                  (a.kind != Kind::Message ||
                   m_transcript.messages.at(a.index).id == transcript.messages.at(b.index).id);
    }
    if (!extends) {
        beginResetModel();
        m_transcript = transcript;
        m_items = items;
        endResetModel();
        return;
    }
    const int oldCount = int(m_items.size());
    m_transcript = transcript;
    if (items.size() > oldCount) {
        beginInsertRows({}, oldCount, int(items.size()) - 1);
        m_items = items;
        endInsertRows();
    }
    if (oldCount > 0)
        emit dataChanged(index(0), index(oldCount - 1));
}

QVariant TranscriptModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const bool pending = index.row() >= m_items.size();
    if (role == PendingRole)
        return pending;
    const Item item = pending ? Item{Kind::Message, -1} : m_items.at(index.row());
    if (role == KindRole)
        return QVariant::fromValue(item.kind);
    if (item.kind == Kind::StageChange) {
        const langgraph::StageChange& s = m_transcript.stageChanges.at(item.index);
        switch (role) {
        case Qt::DisplayRole:
            return ConversationsModel::stageLabel(s.stage);
        case StageRole:
            return s.stage;
        case TimeRole:
            return s.time;
        default:
            return {};
        }
    }
    const TranscriptMessage& m =
        pending ? m_pending.at(index.row() - m_items.size()) : m_transcript.messages.at(item.index);
    switch (role) {
    case Qt::DisplayRole:
        if (item.kind == Kind::Unsupported)
            return tr("A message of an unsupported kind (%1) was skipped.").arg(m.className);
        return m.displayText();
    case Qt::ToolTipRole: {
        // The JSON behind a readable tool call or result is a hover away.
        const QString raw = data(index, RawJsonRole).toString();
        return raw.isEmpty() ? m.id : raw;
    }
    case RoleRole:
        return int(m.role);
    case RoleNameRole:
        return TranscriptMessage::roleName(m.role);
    case TimeRole:
        return m.time;
    case ToolCallsRole: {
        QStringList calls;
        for (const auto& c : m.toolCalls)
            calls << QStringLiteral("%1(%2)").arg(c.name, QString::fromUtf8(c.argsJson));
        return calls;
    }
    case ToolCallsTextRole: {
        QStringList calls;
        for (const auto& c : m.toolCalls)
            calls << describeToolCall(c.name, c.argsJson);
        return calls;
    }
    case ToolResultTextRole:
        return m.role == TranscriptMessage::Role::Tool ? describeToolResult(m.name, m.content)
                                                       : QString();
    case RawJsonRole: {
        if (m.role == TranscriptMessage::Role::Tool)
            return m.content;
        QStringList calls;
        for (const auto& c : m.toolCalls)
            calls << QStringLiteral("%1 %2").arg(c.name, QString::fromUtf8(c.argsJson));
        return calls.join(QLatin1Char('\n'));
    }
    case ToolCallIdRole:
        return m.toolCallId;
    case NameRole:
        return m.name;
    case MessageIdRole:
        return m.id;
    case ClassNameRole:
        return m.className;
    default:
        return {};
    }
}

QString TranscriptModel::describeToolCall(const QString& name, const QByteArray& argsJson)
{
    const QJsonObject a = QJsonDocument::fromJson(argsJson).object();
    if (name == QLatin1String("send_payment_link") && !a.isEmpty()) {
        const QString currency =
            a.value(QStringLiteral("currency")).toString(QStringLiteral("usd"));
        const QLocale locale;
        QString money =
            tr("%1 a month")
                .arg(PaymentsModel::formatAmount(
                    a.value(QStringLiteral("amount_monthly")).toInteger(), currency, locale));
        if (a.contains(QStringLiteral("amount_onetime")))
            money = tr("%1 + %2 once")
                        .arg(money, PaymentsModel::formatAmount(
                                        a.value(QStringLiteral("amount_onetime")).toInteger(),
                                        currency, locale));
        const QString email = a.value(QStringLiteral("email")).toString();
        const QString plan =
            ConversationsModel::planLabel(a.value(QStringLiteral("plan")).toString());
        return email.isEmpty() ? tr("Payment link for %1: %2").arg(plan, money)
                               : tr("Payment link for %1: %2, to %3").arg(plan, money, email);
    }
    return QStringLiteral("%1(%2)").arg(name, QString::fromUtf8(argsJson));
}

QString TranscriptModel::describeToolResult(const QString& toolName, const QString& content)
{
    const QJsonObject o = QJsonDocument::fromJson(content.toUtf8()).object();
    if (toolName == QLatin1String("send_payment_link") && o.contains(QStringLiteral("url")))
        return tr("Checkout link created: %1").arg(o.value(QStringLiteral("url")).toString());
    return {};
}

} // namespace limitless::models
