#pragma once

#include <QSortFilterProxyModel>

namespace limitless::models {

// Sorting and filtering in front of CampaignsModel: sorts by the raw SortRole values and filters
// by free text (code or name), platform and active state.
class CampaignsFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    enum class ActiveFilter { All, ActiveOnly, PausedOnly };
    Q_ENUM(ActiveFilter)

    explicit CampaignsFilterModel(QObject* parent = nullptr);

    QString text() const { return m_text; }
    QString platform() const { return m_platform; }
    ActiveFilter activeFilter() const { return m_active; }
    // True when any filter is set, so an empty view means "nothing matches", not "no campaigns".
    bool isFiltering() const;

public slots:
    void setText(const QString& text);
    // The stored platform value; empty = every platform.
    void setPlatform(const QString& platform);
    void setActiveFilter(limitless::models::CampaignsFilterModel::ActiveFilter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_text;
    QString m_platform;
    ActiveFilter m_active = ActiveFilter::All;
};

} // namespace limitless::models
