#include "ConversationPaymentsModel.h"

#include "ConversationsModel.h"

#include "payments/Money.h"

#include <QHash>
#include <QLocale>

namespace limitless::models {

ConversationPaymentsModel::ConversationPaymentsModel(QObject* parent) : QAbstractTableModel(parent)
{}

int ConversationPaymentsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_payments.size());
}

int ConversationPaymentsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ConversationPaymentsModel::money(qint64 cents, const QString& currency)
{
    return payments::Money::format(cents, currency);
}

QString ConversationPaymentsModel::statusLabel(const QString& status)
{
    if (status == QLatin1String("pending"))
        return tr("Pending");
    if (status == QLatin1String("completed"))
        return tr("Completed");
    if (status == QLatin1String("failed"))
        return tr("Failed");
    if (status == QLatin1String("refunded"))
        return tr("Refunded");
    return status;
}

QVariant ConversationPaymentsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Payment& p = m_payments.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PlanColumn:
            return ConversationsModel::planLabel(p.plan);
        case AmountColumn:
            return p.amountOnetime >= 0 ? tr("%1/mo + %2")
                                              .arg(money(p.amountMonthly, p.currency),
                                                   money(p.amountOnetime, p.currency))
                                        : tr("%1/mo").arg(money(p.amountMonthly, p.currency));
        case StatusColumn:
            return statusLabel(p.status);
        case CreatedColumn:
            return QLocale().toString(p.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::ToolTipRole)
        return p.stripeSessionId;
    if (role == Qt::UserRole)
        return p.status;
    return {};
}

QVariant ConversationPaymentsModel::headerData(int section, Qt::Orientation orientation,
                                               int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PlanColumn:
        return tr("Plan");
    case AmountColumn:
        return tr("Amount");
    case StatusColumn:
        return tr("Status");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

void ConversationPaymentsModel::setPayments(const QList<Payment>& payments)
{
    bool sameIds = payments.size() == m_payments.size();
    for (int i = 0; sameIds && i < payments.size(); ++i)
        sameIds = payments.at(i).id == m_payments.at(i).id;
    if (!sameIds) {
        beginResetModel();
        m_payments = payments;
        endResetModel();
        return;
    }
    for (int i = 0; i < payments.size(); ++i) {
        if (payments.at(i) == m_payments.at(i))
            continue;
        m_payments[i] = payments.at(i);
        emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

} // namespace limitless::models
