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

# The playground page and the agent backend settings on the server backend (offscreen), with
# screenshots in ${CMAKE_BINARY_DIR}/screenshots/playground-server-*.png.
limitless_add_test(test_lgserver_gui GUI
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/PlaygroundServerTest.cpp
            ${PROJECT_SOURCE_DIR}/tests/auth/MemorySecretStore.cpp
            ${PROJECT_SOURCE_DIR}/tests/auth/MemorySecretStore.h
    LIBS Qt6::Test
    FIXTURES lgserver LABELS "interop;gui")
target_include_directories(test_lgserver_gui PRIVATE ${PROJECT_SOURCE_DIR}/tests/auth)
target_compile_definitions(test_lgserver_gui PRIVATE
    LIMITLESS_LGSERVER_STATE="${LIMITLESS_LGSERVER_STATE}")
# Scenarios compared across both runtimes and a demo conversation replayed on the server,
# through the CLI (a demo database of its own on the test cluster). Two fixtures, so one ctest
# test for the whole executable (catch_discover_tests flattens a list of fixtures).
add_executable(test_lgserver_scenarios ${CMAKE_CURRENT_LIST_DIR}/ServerScenariosTest.cpp
    ${PROJECT_SOURCE_DIR}/tests/demo/DemoDatabase.cpp)
target_link_libraries(test_lgserver_scenarios PRIVATE testmain_core limitless_warnings)
target_include_directories(test_lgserver_scenarios PRIVATE ${PROJECT_SOURCE_DIR}/tests/demo)
target_compile_definitions(test_lgserver_scenarios PRIVATE
    LIMITLESS_LGSERVER_STATE="${LIMITLESS_LGSERVER_STATE}")
add_dependencies(test_lgserver_scenarios limitless)
add_test(NAME test_lgserver_scenarios COMMAND test_lgserver_scenarios)
set_tests_properties(test_lgserver_scenarios PROPERTIES
    FIXTURES_REQUIRED "pg;lgserver" TIMEOUT 300 LABELS interop)

# The playground's Replay and Scenarios tabs on the server (offscreen, GUI), on a demo database
# of its own: fixtures "pg" and "lgserver", so one ctest test for the whole executable.
add_executable(test_lgserver_panels ${CMAKE_CURRENT_LIST_DIR}/PanelsServerTest.cpp
    ${PROJECT_SOURCE_DIR}/tests/playground/PlaygroundWindow.cpp
    ${PROJECT_SOURCE_DIR}/tests/demo/DemoDatabase.cpp
    ${PROJECT_SOURCE_DIR}/tests/scenarios/AgentDatabase.cpp
    ${PROJECT_SOURCE_DIR}/tests/gui/GuiTestSupport.cpp)
target_link_libraries(test_lgserver_panels PRIVATE testmain_gui Qt6::Test limitless_warnings)
target_include_directories(test_lgserver_panels PRIVATE ${PROJECT_SOURCE_DIR}/tests/demo
    ${PROJECT_SOURCE_DIR}/tests/scenarios ${PROJECT_SOURCE_DIR}/tests/gui
    ${PROJECT_SOURCE_DIR}/tests/playground)
target_compile_definitions(test_lgserver_panels PRIVATE
    LIMITLESS_LGSERVER_STATE="${LIMITLESS_LGSERVER_STATE}")
add_test(NAME test_lgserver_panels COMMAND test_lgserver_panels)
set_tests_properties(test_lgserver_panels PROPERTIES
    FIXTURES_REQUIRED "pg;lgserver" TIMEOUT 400 LABELS "interop;gui")
