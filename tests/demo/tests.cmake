# The demo business and the LangGraph checkpoint writer. test_demo needs no database;
# test_demo_db loads the demo into databases on the test cluster (fixture "pg") and checks
# every consistency rule in SQL.
set(_demo ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_demo SOURCES ${_demo}/DemoGeneratorTest.cpp)

limitless_add_test(test_demo_db DB
    SOURCES ${_demo}/DemoLoadTest.cpp ${_demo}/DemoDatabase.cpp ${_demo}/DemoDatabase.h)

# The shared demo database (demo_fixture) as a fixture of its own, for tests outside Catch2
# (tests/interop/langgraph.cmake). The Catch2 cases build it on first use as well.
add_test(NAME demo_fixture_db COMMAND test_demo_db "demo database is ready")
set_tests_properties(demo_fixture_db PROPERTIES
    FIXTURES_SETUP demo_db FIXTURES_REQUIRED pg TIMEOUT 120
    ENVIRONMENT "LIMITLESS_TEST_SANDBOX_DIR=${LIMITLESS_TEST_SANDBOX}")
