#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstring>

namespace limitless {

namespace {

// The catalogues are made by lupdate, which names the context of a QObject's strings by the
// class as it finds it: where it cannot follow the source's `#include "knowledge/X.h"` (it is
// run on the files alone, without include paths, so that it does not parse Qt's headers for
// minutes), a class in a namespace gets its plain name ("RetrievalBench"), while tr() at run
// time asks with the qualified one ("limitless::knowledge::RetrievalBench"). A lookup that
// finds nothing under the qualified name tries the plain one, so both name the same entries.
class CatalogueTranslator : public QTranslator {
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText,
                      const char* disambiguation = nullptr, int n = -1) const override
    {
        QString found = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!found.isNull() || !context)
            return found;
        const char* plain = std::strrchr(context, ':');
        if (plain && plain != context && plain[-1] == ':' && plain[1])
            found = QTranslator::translate(plain + 1, sourceText, disambiguation, n);
        return found;
    }
};

} // namespace

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
    auto* own = new CatalogueTranslator(&app);
    if (own->load(locale, QStringLiteral("limitless"), QStringLiteral("_"),
                  QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}

} // namespace limitless
