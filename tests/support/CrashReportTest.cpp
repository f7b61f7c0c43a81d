// The crash report of the test runners (support/CrashReport.h). The case is hidden: ctest runs it
// on its own (crash_report_names_the_phase) and checks what it printed before dying.
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QObject>

#include <csignal>

namespace {

// Dies when the application object deletes its children, after every test case has passed.
class DiesWithTheApplication : public QObject {
public:
    using QObject::QObject;
    ~DiesWithTheApplication() override { std::raise(SIGSEGV); }
};

} // namespace

TEST_CASE("A crash after the test cases is reported with its phase and stack", "[.crash]")
{
    new DiesWithTheApplication(QCoreApplication::instance());
    CHECK(QCoreApplication::instance() != nullptr);
}
