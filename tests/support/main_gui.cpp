// Catch2 runner with a QApplication, for widget tests (run with QT_QPA_PLATFORM=offscreen).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CrashReport.h"

#include <QApplication>

int main(int argc, char** argv)
{
    // Tests never need a display: GUI tests render offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    limitless::test::installCrashReport();
    int result = 0;
    {
        QApplication app(argc, argv);
        limitless::test::setCrashPhase("running the test cases");
        result = Catch::Session().run(argc, argv);
        limitless::test::setCrashPhase("destroying the QApplication after the test cases");
    }
    limitless::test::setCrashPhase("exiting (static destructors) after the test cases");
    return result;
}
