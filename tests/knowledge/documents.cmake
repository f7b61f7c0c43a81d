# The Documents page (ui/DocumentsPage and its parts), its models and the ingest queue, offscreen
# on the test cluster as a fresh owner under row-level security, with the real pipeline: sniffing,
# extraction, chunking, the offline embedder and a local folder for the originals. Screenshots go
# to ${CMAKE_BINARY_DIR}/screenshots/.
limitless_add_test(test_knowledge_gui GUI DB
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/DocumentsTestSupport.cpp
        ${CMAKE_CURRENT_LIST_DIR}/DocumentsTestSupport.h
        ${CMAKE_CURRENT_LIST_DIR}/DocumentsModelTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/DocumentsPageTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../auth/SandboxUsers.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../auth/SandboxUsers.h
        ${CMAKE_CURRENT_LIST_DIR}/../gui/GuiTestSupport.cpp
    LIBS Qt6::Test
    LABELS "knowledge;gui")
target_include_directories(test_knowledge_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../auth ${CMAKE_CURRENT_LIST_DIR}/../gui)
