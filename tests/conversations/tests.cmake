# The Conversations area: the transcript reader (no database), the list/transcript SQL and the
# models on demo databases of their own (fixture "pg"), the page offscreen with screenshots, and
# LangGraph.js interop (threads written by the real PostgresSaver, read back message for message).
set(_conv ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_conversations
    SOURCES ${_conv}/TranscriptReaderTest.cpp ${_conv}/MsgpackFixtures.cpp ${_conv}/MsgpackFixtures.h
    LIBS limitless_models)

limitless_add_test(test_conversations_db DB GUI
    SOURCES
        ${_conv}/ConversationQueryDbTest.cpp
        ${_conv}/ConversationModelsTest.cpp
        ${_conv}/ConversationsPageTest.cpp
        ${_conv}/ConversationsTestDatabase.cpp ${_conv}/ConversationsTestDatabase.h
        ${_conv}/MsgpackFixtures.cpp ${_conv}/MsgpackFixtures.h
        ${_conv}/../demo/DemoDatabase.cpp ${_conv}/../demo/DemoDatabase.h
        ${_conv}/../gui/GuiTestSupport.cpp ${_conv}/../gui/GuiTestSupport.h
    LIBS Qt6::Test
    LABELS conversations)
target_include_directories(test_conversations_db PRIVATE ${_conv}/../demo ${_conv}/../gui)

# Interop: the real LangGraph.js writes the threads (fixture conv_langgraph), the reader reads
# them back. Needs node and tests/interop/node_modules (interop/tests.cmake).
if(DEFINED LIMITLESS_INTEROP_DIR AND NODE_EXECUTABLE)
    set(_conv_expected ${CMAKE_BINARY_DIR}/conversations-langgraph-expected.json)
    add_test(NAME conversations_langgraph_write
        COMMAND ${NODE_EXECUTABLE} ${LIMITLESS_INTEROP_DIR}/langgraph-write-threads.mjs
                $<TARGET_FILE:limitless> ${LIMITLESS_TEST_SANDBOX} conv_langgraph ${_conv_expected}
        WORKING_DIRECTORY ${LIMITLESS_INTEROP_DIR})
    set_tests_properties(conversations_langgraph_write PROPERTIES
        FIXTURES_SETUP conv_langgraph FIXTURES_REQUIRED pg TIMEOUT 180 LABELS interop)

    add_executable(test_conversations_interop ${_conv}/LangGraphInteropTest.cpp)
    target_link_libraries(test_conversations_interop PRIVATE testmain_core limitless_warnings)
    target_compile_definitions(test_conversations_interop PRIVATE
        CONV_LANGGRAPH_EXPECTED="${_conv_expected}")
    add_dependencies(test_conversations_interop limitless)
    add_test(NAME test_conversations_interop COMMAND test_conversations_interop)
    set_tests_properties(test_conversations_interop PROPERTIES
        FIXTURES_REQUIRED "pg;conv_langgraph" TIMEOUT 120 LABELS interop)
endif()
