# The local agent runtime: routing and extraction without a database (test_agent), and turns
# stored on the test cluster (test_agent_db: the shared demo database, its documents for
# retrieval, a playground thread per test).
set(_agent ${CMAKE_CURRENT_LIST_DIR})
limitless_add_test(test_agent SOURCES ${_agent}/AgentGraphTest.cpp)
limitless_add_test(test_agent_db DB
    SOURCES ${_agent}/AgentRuntimeTest.cpp ${_agent}/../demo/DemoDatabase.cpp
            ${_agent}/../demo/DemoDatabase.h)
