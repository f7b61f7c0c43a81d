#include "DocumentsFilterModel.h"

#include "DocumentsModel.h"
#include "ModelRoles.h"

namespace limitless::models {

DocumentsFilterModel::DocumentsFilterModel(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setDynamicSortFilter(true);
}

bool DocumentsFilterModel::isFiltering() const
{
    return !m_status.isEmpty() || !m_category.isEmpty() || !m_text.isEmpty();
}

void DocumentsFilterModel::setStatus(const QString& status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateFilter();
}

void DocumentsFilterModel::setCategory(const QString& category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateFilter();
}

void DocumentsFilterModel::setText(const QString& text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

void DocumentsFilterModel::setShowReplaced(bool show)
{
    if (show == m_showReplaced)
        return;
    m_showReplaced = show;
    invalidateFilter();
}

bool DocumentsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const auto value = [&](int column, int role) {
        return model->index(sourceRow, column, sourceParent).data(role);
    };
    const auto record = value(DocumentsModel::NameColumn, DocumentsModel::RecordRole)
                            .value<knowledge::DocumentRecord>();
    if (!m_showReplaced && !record.isCurrent())
        return false;
    if (!m_status.isEmpty()) {
        const QString status = record.status;
        if (m_status == QLatin1String(ActiveStatus)) {
            if (status != QLatin1String("pending") && status != QLatin1String("processing"))
                return false;
        } else if (status != m_status) {
            return false;
        }
    }
    if (!m_category.isEmpty()) {
        if (m_category == QLatin1String(NoCategory) ? !record.category.isEmpty()
                                                    : record.category != m_category)
            return false;
    }
    if (!m_text.isEmpty() && !value(DocumentsModel::NameColumn, FilterRole)
                                  .toString()
                                  .contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace limitless::models
