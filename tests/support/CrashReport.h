#pragma once

// A test executable that dies of a signal outside Catch2's own handlers (while the application
// object is destroyed, or in static destructors at exit) says where: the phase, the thread and a
// stack trace on stderr, which ctest keeps in its log. Then the signal takes its default course,
// so the test still fails.
namespace limitless::test {

void installCrashReport();
// What the process is doing now, in a few words ("destroying the QApplication"): a string
// literal, as the handler reads it at any time.
void setCrashPhase(const char* phase);

} // namespace limitless::test
