#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace limitless::models {

// A conversation's payments (usually none or one), newest first, merged by id on reload so a
// status change (pending → completed) updates the row in place.
class ConversationPaymentsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PlanColumn, AmountColumn, StatusColumn, CreatedColumn, ColumnCount };

    struct Payment {
        QString id;
        QString plan;
        qint64 amountMonthly = 0;  // cents
        qint64 amountOnetime = -1; // cents, -1 = none
        QString currency;
        QString status;
        QString stripeSessionId;
        QDateTime createdAt;
        QDateTime completedAt;
        bool operator==(const Payment&) const = default;
    };

    explicit ConversationPaymentsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void setPayments(const QList<Payment>& payments);
    const QList<Payment>& payments() const { return m_payments; }

    static QString money(qint64 cents, const QString& currency);
    static QString statusLabel(const QString& status);

private:
    QList<Payment> m_payments;
};

} // namespace limitless::models
