#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace limitless {

void installTranslations(QCoreApplication& app)
{
    const QByteArray forced = qgetenv("LIMITLESS_LANG");
    QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(forced));
    // A forced language formats numbers and dates the same way, not only the words.
    if (!forced.isEmpty())
        QLocale::setDefault(locale);
    // No locale set at all (LANG=C or POSIX, as on servers and in containers): Qt's C locale
    // writes money as "297.00$" and numbers without grouping. Format as the words are written,
    // in English (United States): "$297.00", "21,674".
    if (locale.language() == QLocale::C) {
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
        QLocale::setDefault(locale);
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("limitless"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace limitless
