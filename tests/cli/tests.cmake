# The `limitless` command and the sandbox as an owner meets them: the built executable run
# against the test cluster (fixture "pg"), and throwaway sandboxes of its own.
limitless_add_test(test_cli
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/SandboxSecurityTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/CliBehaviourTest.cpp
    LIBS PostgreSQL::PostgreSQL
    DB LABELS cli)
add_dependencies(test_cli limitless)

# cli/TextTable on its own (no database): compiled in from the CLI's sources.
limitless_add_test(test_cli_table
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TextTableTest.cpp ${PROJECT_SOURCE_DIR}/app/cli/TextTable.cpp
    LABELS cli)
target_include_directories(test_cli_table PRIVATE ${PROJECT_SOURCE_DIR}/app)
