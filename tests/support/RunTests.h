#pragma once

// The body of the Catch2 runners (main_core.cpp, main_gui.cpp), included after catch.hpp with
// CATCH_CONFIG_RUNNER: the Qt application object of the given type around the session, and
// the crash report's phases (CrashReport.h).
#include "CrashReport.h"

#include <QByteArray>
#include <QtGlobal>

namespace limitless::test {

template <typename Application>
int runTests(int argc, char** argv, const char* destroying, const char* exiting)
{
    // Tests never need a display: GUI tests render offscreen unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    installCrashReport();
    int result = 0;
    {
        Application app(argc, argv);
        setCrashPhase("running the test cases");
        result = Catch::Session().run(argc, argv);
        setCrashPhase(destroying);
    }
    setCrashPhase(exiting);
    return result;
}

} // namespace limitless::test
