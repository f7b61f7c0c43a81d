#pragma once

#include <QLocale>

class QCoreApplication;

namespace limitless {
// Installs the Qt and Limitless translators for the system locale (or LIMITLESS_LANG) and makes
// the chosen locale the default one, so that every QLocale() formats as the owner reads.
void installTranslations(QCoreApplication& app);

// The locale numbers, dates and money are written in: `locale` itself, except the C/POSIX locale
// (LANG=C or C.UTF-8, as on servers and in containers), for which Qt writes money as
// "21,674.00$": then English (United States), "$21,674.00", as the words are written.
QLocale formattingLocale(const QLocale& locale = QLocale());
} // namespace limitless
