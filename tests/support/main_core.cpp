// Catch2 runner with a QCoreApplication, for core and model tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "CrashReport.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    // Tests never need a display: GUI tests render offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    limitless::test::installCrashReport();
    int result = 0;
    {
        QCoreApplication app(argc, argv);
        limitless::test::setCrashPhase("running the test cases");
        result = Catch::Session().run(argc, argv);
        limitless::test::setCrashPhase("destroying the QCoreApplication after the test cases");
    }
    limitless::test::setCrashPhase("exiting (static destructors) after the test cases");
    return result;
}
