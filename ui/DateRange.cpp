#include "DateRange.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QLocale>

namespace limitless::ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DateRange", text);
}
} // namespace

QString dateRangeProblem(const QDate& from, const QDate& to, const QDate& today)
{
    const QLocale locale;
    if (!from.isValid() || !to.isValid())
        return tr("Choose a start and an end date.");
    if (to < from)
        return tr("The end date (%1) is before the start date (%2). Choose an end on or after "
                  "the start.")
            .arg(locale.toString(to, QLocale::ShortFormat),
                 locale.toString(from, QLocale::ShortFormat));
    if (from > today)
        return tr("The start date (%1) is in the future; there is nothing to show yet.")
            .arg(locale.toString(from, QLocale::ShortFormat));
    if (to > today)
        return tr("The end date (%1) is in the future. Choose today (%2) or an earlier day.")
            .arg(locale.toString(to, QLocale::ShortFormat),
                 locale.toString(today, QLocale::ShortFormat));
    return {};
}

void limitToToday(QDateEdit* edit, const QDate& today)
{
    edit->setMaximumDate(today);
}

} // namespace limitless::ui
