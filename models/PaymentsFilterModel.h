#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

namespace limitless::models {

// Sorting and filtering in front of PaymentsModel: sorts by raw SortRole values and filters by
// status, campaign id and a creation-date range [from, to) in UTC.
class PaymentsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    explicit PaymentsFilterModel(QObject* parent = nullptr);

    QString status() const { return m_status; }
    QString campaignId() const { return m_campaignId; }
    QDateTime from() const { return m_from; }
    QDateTime to() const { return m_to; }
    bool isFiltering() const;

public slots:
    // The stored status ("completed"…); empty = any.
    void setStatus(const QString& status);
    // A campaign id; empty = every campaign.
    void setCampaignId(const QString& campaignId);
    // Invalid bounds are open.
    void setDateRange(const QDateTime& from, const QDateTime& to);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_status;
    QString m_campaignId;
    QDateTime m_from, m_to;
};

} // namespace limitless::models
