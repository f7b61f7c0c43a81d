// Catch2 runner with a QCoreApplication, for core and model tests.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "RunTests.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    return limitless::test::runTests<QCoreApplication>(
        argc, argv, "destroying the QCoreApplication after the test cases",
        "exiting (static destructors) after the test cases");
}
