// Catch2 runner with a QApplication, for widget tests (run with QT_QPA_PLATFORM=offscreen).
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "RunTests.h"

#include <QApplication>

int main(int argc, char** argv)
{
    return limitless::test::runTests<QApplication>(
        argc, argv, "destroying the QApplication after the test cases",
        "exiting (static destructors) after the test cases");
}
