# The local agent runtime: routing and extraction without a database (test_agent), and turns
# stored on the test cluster (test_agent_db: agent_fixture, a copy of the demo business with its
# documents for retrieval, a playground thread per test).
set(_agent ${CMAKE_CURRENT_LIST_DIR})
limitless_add_test(test_agent SOURCES ${_agent}/AgentGraphTest.cpp)
limitless_add_test(test_agent_db DB
    SOURCES ${_agent}/AgentRuntimeTest.cpp ${_agent}/../demo/DemoDatabase.cpp
            ${_agent}/../demo/DemoDatabase.h)

# The agent's database (agent_fixture) as a fixture of its own, for the interop test
# (tests/interop/langgraph.cmake): the demo business, with playground threads added by tests.
add_test(NAME agent_fixture_db COMMAND test_agent_db "agent database is ready")
set_tests_properties(agent_fixture_db PROPERTIES
    FIXTURES_SETUP agent_db FIXTURES_REQUIRED pg TIMEOUT 120)
