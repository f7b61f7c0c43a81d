# The LangGraph-server backend (app/agent/server) against the real API dev server from npm
# (`langgraphjs dev` from @langchain/langgraph-cli, pinned in tests/interop/package.json) serving
# the deterministic sales graph in tests/interop/langgraph-server. Fixture "lgserver": started on
# a free loopback port with analytics off, stopped at the end of the run.
set(LIMITLESS_LGSERVER_STATE ${CMAKE_BINARY_DIR}/lgserver-state)
add_test(NAME lgserver_start
    COMMAND ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/interop/langgraph-server/server.mjs
            start ${LIMITLESS_LGSERVER_STATE})
set_tests_properties(lgserver_start PROPERTIES FIXTURES_SETUP lgserver TIMEOUT 180 LABELS interop)
add_test(NAME lgserver_stop
    COMMAND ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/interop/langgraph-server/server.mjs
            stop ${LIMITLESS_LGSERVER_STATE})
set_tests_properties(lgserver_stop PROPERTIES FIXTURES_CLEANUP lgserver LABELS interop)

limitless_add_test(test_lgserver
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/ServerClientTest.cpp
            ${CMAKE_CURRENT_LIST_DIR}/LoopbackStandIns.cpp ${CMAKE_CURRENT_LIST_DIR}/LoopbackStandIns.h
    FIXTURES lgserver LABELS interop)
target_compile_definitions(test_lgserver PRIVATE
    LIMITLESS_LGSERVER_STATE="${LIMITLESS_LGSERVER_STATE}")
# The units that need no server.
limitless_add_test(test_lgserver_units SOURCES ${CMAKE_CURRENT_LIST_DIR}/SseParserTest.cpp)
