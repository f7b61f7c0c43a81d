# The `limitless` command as an owner meets it: the built executable run against the test
# cluster (fixture "pg").
limitless_add_test(test_cli
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/CliBehaviourTest.cpp
    LIBS PostgreSQL::PostgreSQL
    DB LABELS cli)
add_dependencies(test_cli limitless)
