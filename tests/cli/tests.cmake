# The `limitless` command and the sandbox as an owner meets them: the built executable run
# against the test cluster (fixture "pg"), and throwaway sandboxes of its own.
limitless_add_test(test_cli
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/SandboxSecurityTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/CliBehaviourTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/DocumentsIngestTest.cpp
    LIBS PostgreSQL::PostgreSQL
    DB LABELS cli)
add_dependencies(test_cli limitless)

# cli/TextTable on its own (no database): compiled in from the CLI's sources.
limitless_add_test(test_cli_table
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/TextTableTest.cpp ${PROJECT_SOURCE_DIR}/app/cli/TextTable.cpp
    LABELS cli)
target_include_directories(test_cli_table PRIVATE ${PROJECT_SOURCE_DIR}/app)

# `limitless profile` against the real Secret Service: like test_auth_keychain, the whole binary
# runs inside tests/auth/run-with-keyring.sh, so it is one ctest test. No database needed.
add_executable(test_cli_profile ${CMAKE_CURRENT_LIST_DIR}/ProfileCommandTest.cpp)
target_link_libraries(test_cli_profile PRIVATE testmain_core authtestsupport limitless_warnings)
add_dependencies(test_cli_profile limitless)
add_test(NAME test_cli_profile
    COMMAND ${PROJECT_SOURCE_DIR}/tests/auth/run-with-keyring.sh $<TARGET_FILE:test_cli_profile>)
set_tests_properties(test_cli_profile PROPERTIES TIMEOUT 300 LABELS "cli;keychain")
