#pragma once

#include <QDate>
#include <QString>

class QDateEdit;

namespace limitless::ui {

// Custom date ranges on the Conversations and Funnel pages are checked the same way: an end
// before the start, or a day that has not come yet, is refused with a sentence instead of being
// swapped or shown as "nothing matches".
//
// Why `from`–`to` (both days included) cannot be shown, or empty when it can. `today` is the
// owner's local day.
QString dateRangeProblem(const QDate& from, const QDate& to, const QDate& today);

// A date field for a range: the calendar and the arrows stop at `today`.
void limitToToday(QDateEdit* edit, const QDate& today);

} // namespace limitless::ui
