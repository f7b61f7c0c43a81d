limitless_add_test(test_db_unit SOURCES ${CMAKE_CURRENT_LIST_DIR}/PgValueTest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DbErrorTest.cpp)
limitless_add_test(test_db SOURCES ${CMAKE_CURRENT_LIST_DIR}/DatabaseTest.cpp DB)
limitless_add_test(test_sandbox SOURCES ${CMAKE_CURRENT_LIST_DIR}/SandboxTest.cpp DB)
