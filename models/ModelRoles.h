#pragma once

#include <Qt>

namespace limitless::models {

// Item data roles shared by the app's models. Views sort through a QSortFilterProxyModel with
// `sortRole = SortRole`, which returns raw values (numbers, QDateTime) rather than the localized
// display text, so "1,200" sorts after "900" and dates sort by time, not by their spelling.
enum ModelRole {
    SortRole = Qt::UserRole,
    IdRole,     // the row's primary key (text)
    FilterRole, // the raw value a filter compares against (e.g. platform, is_active)
};

} // namespace limitless::models
