#include "BenchApplication.h"

#include "Theme.h"
#include "core/Translations.h"

namespace limitless::ui {

int& BenchApplication::offscreenUnlessSet(int& argc)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return argc;
}

BenchApplication::BenchApplication(int& argc, char** argv, const QString& name)
    : QApplication(offscreenUnlessSet(argc), argv)
{
    setOrganizationName(QStringLiteral("Limitless"));
    setApplicationName(name);
    installTranslations(*this);
    Theme::apply(*this);
}

} // namespace limitless::ui
