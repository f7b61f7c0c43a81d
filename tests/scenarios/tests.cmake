# Scenarios, replay and their commands: the agent runtime on the demo business (databases of
# their own on the test cluster, fixture "pg").
set(_scen ${CMAKE_CURRENT_LIST_DIR})
limitless_add_test(test_scenarios DB
    SOURCES ${_scen}/ScenarioTest.cpp ${_scen}/ReplayTest.cpp ${_scen}/ScenarioCliTest.cpp
        ${_scen}/AgentDatabase.cpp ${_scen}/AgentDatabase.h
        ${PROJECT_SOURCE_DIR}/tests/demo/DemoDatabase.cpp
    LABELS agent)
target_include_directories(test_scenarios PRIVATE ${PROJECT_SOURCE_DIR}/tests/demo)
add_dependencies(test_scenarios limitless)

# The database the LangGraph.js round trip (tests/interop/langgraph.cmake) writes its threads
# into: the demo business apart from demo_fixture, whose counts other tests check.
add_test(NAME agent_interop_db COMMAND test_scenarios "agent interop database is ready")
set_tests_properties(agent_interop_db PROPERTIES
    FIXTURES_SETUP agent_db FIXTURES_REQUIRED pg TIMEOUT 120)
