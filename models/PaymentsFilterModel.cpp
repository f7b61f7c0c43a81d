#include "PaymentsFilterModel.h"

#include "ModelRoles.h"
#include "PaymentsModel.h"

namespace limitless::models {

PaymentsFilterModel::PaymentsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

bool PaymentsFilterModel::isFiltering() const
{
    return !m_status.isEmpty() || !m_campaignId.isEmpty() || m_from.isValid() || m_to.isValid();
}

void PaymentsFilterModel::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void PaymentsFilterModel::setCampaignId(const QString& campaignId)
{
    if (campaignId == m_campaignId)
        return;
    m_campaignId = campaignId;
    invalidateFilter();
}

void PaymentsFilterModel::setDateRange(const QDateTime& from, const QDateTime& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool PaymentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const auto value = [&](int column) {
        return model->index(sourceRow, column, sourceParent).data(FilterRole);
    };
    if (!m_status.isEmpty() && value(PaymentsModel::StatusColumn).toString() != m_status)
        return false;
    if (!m_campaignId.isEmpty() && value(PaymentsModel::CampaignColumn).toString() != m_campaignId)
        return false;
    if (m_from.isValid() || m_to.isValid()) {
        const QDateTime created = value(PaymentsModel::CreatedColumn).toDateTime();
        if (m_from.isValid() && created < m_from)
            return false;
        if (m_to.isValid() && created >= m_to)
            return false;
    }
    return true;
}

} // namespace limitless::models
