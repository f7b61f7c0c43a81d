#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace limitless {

QLocale formattingLocale(const QLocale& locale)
{
    if (locale.language() == QLocale::C)
        return QLocale(QLocale::English, QLocale::UnitedStates);
    return locale;
}

void installTranslations(QCoreApplication& app)
{
    const QByteArray forced = qgetenv("LIMITLESS_LANG");
    QLocale locale = forced.isEmpty() ? QLocale::system() : QLocale(QString::fromLatin1(forced));
    // A forced language formats numbers and dates the same way, not only the words.
    if (!forced.isEmpty())
        QLocale::setDefault(locale);
    // No locale set at all (LANG=C or POSIX): format as the words are written, in English.
    if (locale.language() == QLocale::C) {
        locale = formattingLocale(locale);
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
