# Where uploaded originals are kept (app/knowledge: LocalFolderStore, GoogleAuth, GcsStore): the
# local sandbox's folder, and Google Cloud Storage against FakeGcs, a loopback server that plays
# Google's OAuth token endpoint and the Cloud Storage JSON API (resumable uploads, faults). No
# database. FakeGcs checks the JWT's RS256 signature with libcrypto, like the client signs it.
find_package(OpenSSL REQUIRED COMPONENTS Crypto)
limitless_add_test(test_knowledge_storage
    SOURCES
        ${CMAKE_CURRENT_LIST_DIR}/StorageTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/FakeGcs.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeGcs.h
    LIBS OpenSSL::Crypto
    LABELS knowledge)
