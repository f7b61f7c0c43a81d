limitless_add_test(test_db_unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/PgValueTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DbErrorTest.cpp)
limitless_add_test(test_db SOURCES ${CMAKE_CURRENT_LIST_DIR}/DatabaseTest.cpp DB)
limitless_add_test(test_sandbox SOURCES ${CMAKE_CURRENT_LIST_DIR}/SandboxTest.cpp DB)

# The runners' crash report: a crash after the test cases names its phase and prints a stack.
limitless_add_test(test_crash_report SOURCES ${PROJECT_SOURCE_DIR}/tests/support/CrashReportTest.cpp)
# The runner dies of the signal; the shell around it lets ctest judge the output alone.
add_test(NAME crash_report_names_the_phase
    COMMAND sh -c "\"$0\" \"$1\" 2>&1; test $? -ne 0"
        $<TARGET_FILE:test_crash_report>
        "A crash after the test cases is reported with its phase and stack")
set_tests_properties(crash_report_names_the_phase PROPERTIES
    PASS_REGULAR_EXPRESSION "fatal signal SEGV while destroying the QCoreApplication after the test cases, in thread \"test_crash_repo\"; stack:\n[^\n]*test_crash_report")

# OpenSSL's state outlives the exit handlers (ProcessExitTest.cpp; the check runs at exit).
limitless_add_test(test_process_exit SOURCES ${CMAKE_CURRENT_LIST_DIR}/ProcessExitTest.cpp
    LIBS OpenSSL::Crypto DB)
