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

# Both directions with the agent runtime: `limitless chat` writes a playground thread that
# LangGraph.js reads (getTuple, getState) and continues; our transcript reader and runtime then
# continue it again. On the agent's database (fixture "agent_db"), not demo_fixture,
# whose counts other tests check. Beyond interop_langgraph_agent_thread it checks `limitless
# transcript --json` against LangGraph.js at each step and the checkpoint chain via list().
add_test(NAME interop_langgraph_agent_roundtrip
    COMMAND ${NODE_EXECUTABLE} ${LIMITLESS_INTEROP_DIR}/langgraph-agent-roundtrip.mjs
            $<TARGET_FILE:limitless> ${LIMITLESS_TEST_SANDBOX} agent_fixture
    WORKING_DIRECTORY ${LIMITLESS_INTEROP_DIR})
set_tests_properties(interop_langgraph_agent_roundtrip PROPERTIES
    FIXTURES_REQUIRED "pg;agent_db" TIMEOUT 120 LABELS interop)
