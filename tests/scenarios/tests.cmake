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

