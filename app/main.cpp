// `limitless-dashboard`: the owner's desktop app. Thin: builds the main window and runs.
#include "MainWindow.h"
#include "core/Translations.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Limitless"));
    QApplication::setApplicationName(QStringLiteral("limitless-dashboard"));
    limitless::installTranslations(app);
    MainWindow w;
    w.show();
    return QApplication::exec();
}
