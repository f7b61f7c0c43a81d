# Where uploaded originals are kept (app/knowledge: LocalFolderStore): the local sandbox's
# folder. No database.
limitless_add_test(test_knowledge_storage
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/StorageTest.cpp
    LABELS knowledge)
