# LangGraph.js (the real @langchain/langgraph-checkpoint-postgres) reads the transcripts that
# the C++ CheckpointWriter wrote into the demo database (fixture "demo_db", set up by
# tests/demo/tests.cmake) and continues one of the threads.
add_test(NAME interop_langgraph_read_demo
    COMMAND ${NODE_EXECUTABLE} ${LIMITLESS_INTEROP_DIR}/langgraph-read-demo.mjs
            $<TARGET_FILE:limitless> ${LIMITLESS_TEST_SANDBOX} demo_fixture
    WORKING_DIRECTORY ${LIMITLESS_INTEROP_DIR})
set_tests_properties(interop_langgraph_read_demo PROPERTIES
    FIXTURES_REQUIRED "pg;demo_db" TIMEOUT 120 LABELS interop)

# Both directions with the local agent runtime: `limitless chat` writes a playground thread,
# LangGraph.js reads and continues it, the runtime continues it again.
add_test(NAME interop_langgraph_agent_thread
    COMMAND ${NODE_EXECUTABLE} ${LIMITLESS_INTEROP_DIR}/langgraph-agent-thread.mjs
            $<TARGET_FILE:limitless> ${LIMITLESS_TEST_SANDBOX} agent_fixture
    WORKING_DIRECTORY ${LIMITLESS_INTEROP_DIR})
set_tests_properties(interop_langgraph_agent_thread PROPERTIES
    FIXTURES_REQUIRED "pg;agent_db" TIMEOUT 120 LABELS interop)
