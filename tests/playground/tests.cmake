# The Agent playground: its models without a database (test_playground), and the page offscreen on
# the test cluster as a fresh owner with the offline policy (test_playground_gui), with
# screenshots in ${CMAKE_BINARY_DIR}/screenshots/.
set(_pg ${CMAKE_CURRENT_LIST_DIR})
limitless_add_test(test_playground GUI
    SOURCES ${_pg}/PlaygroundModelsTest.cpp
    LIBS Qt6::Test
    LABELS playground)
limitless_add_test(test_playground_gui GUI DB
    SOURCES
        ${_pg}/PlaygroundPageTest.cpp
        ${_pg}/../knowledge/DocumentsTestSupport.cpp
        ${_pg}/../knowledge/DocumentsTestSupport.h
        ${_pg}/../auth/SandboxUsers.cpp
        ${_pg}/../auth/SandboxUsers.h
        ${_pg}/../gui/GuiTestSupport.cpp
    LIBS Qt6::Test
    LABELS "playground;gui")
target_include_directories(test_playground_gui PRIVATE
    ${_pg}/../auth ${_pg}/../gui ${_pg}/../knowledge)

# Replay, scenarios, the prompt editor and the OpenAI-compatible policy in the playground,
# offscreen on the demo business (databases of their own), screenshots in
# ${CMAKE_BINARY_DIR}/screenshots/.
limitless_add_test(test_playground_panels GUI DB
    SOURCES
        ${_pg}/PlaygroundPanelsTest.cpp
        ${_pg}/PlaygroundWindow.cpp
        ${_pg}/PlaygroundWindow.h
        ${_pg}/../demo/DemoDatabase.cpp
        ${_pg}/../demo/DemoDatabase.h
        ${_pg}/../scenarios/AgentDatabase.cpp
        ${_pg}/../scenarios/AgentDatabase.h
        ${_pg}/../auth/MemorySecretStore.cpp
        ${_pg}/../auth/MemorySecretStore.h
        ${_pg}/../gui/GuiTestSupport.cpp
        ${_pg}/../gui/GuiTestSupport.h
    LIBS Qt6::Test
    LABELS "playground;gui")
target_include_directories(test_playground_panels PRIVATE
    ${_pg} ${_pg}/../auth ${_pg}/../demo ${_pg}/../gui ${_pg}/../scenarios)
