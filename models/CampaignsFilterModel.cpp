#include "CampaignsFilterModel.h"

#include "CampaignsModel.h"
#include "ModelRoles.h"

namespace limitless::models {

CampaignsFilterModel::CampaignsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

bool CampaignsFilterModel::isFiltering() const
{
    return !m_text.isEmpty() || !m_platform.isEmpty() || m_active != ActiveFilter::All;
}

void CampaignsFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

void CampaignsFilterModel::setPlatform(const QString& platform)
{
    if (platform == m_platform)
        return;
    m_platform = platform;
    invalidateFilter();
}

void CampaignsFilterModel::setActiveFilter(ActiveFilter filter)
{
    if (filter == m_active)
        return;
    m_active = filter;
    invalidateFilter();
}

bool CampaignsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const auto value = [&](int column) {
        return model->index(sourceRow, column, sourceParent).data(FilterRole);
    };
    if (m_active != ActiveFilter::All &&
        value(CampaignsModel::ActiveColumn).toBool() != (m_active == ActiveFilter::ActiveOnly))
        return false;
    if (!m_platform.isEmpty() &&
        value(CampaignsModel::PlatformColumn).toString().compare(m_platform, Qt::CaseInsensitive))
        return false;
    if (!m_text.isEmpty() &&
        !value(CampaignsModel::CodeColumn).toString().contains(m_text, Qt::CaseInsensitive) &&
        !value(CampaignsModel::NameColumn).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace limitless::models
