# The knowledge base's database side and retrieval on the test cluster, and the two vector
# engines against each other (PGlite with pgvector / PostgreSQL 15 in-process).
limitless_add_test(test_knowledge_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/KnowledgeStoreTest.cpp DB)

add_test(NAME interop_retrieval_parity
    COMMAND ${NODE_EXECUTABLE} ${PROJECT_SOURCE_DIR}/tests/interop/pglite-retrieval-parity.mjs
            --limitless $<TARGET_FILE:limitless> --sandbox ${LIMITLESS_TEST_SANDBOX}
            --corpus ${CMAKE_CURRENT_LIST_DIR}/corpus/parity
            --questions ${CMAKE_CURRENT_LIST_DIR}/corpus/parity-questions.json
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}/tests/interop)
set_tests_properties(interop_retrieval_parity PROPERTIES
    FIXTURES_REQUIRED pg TIMEOUT 300 LABELS "interop;pglite")
