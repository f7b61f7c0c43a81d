# Chunking and embedding (app/knowledge): the chunker and its token estimate, the offline
# embedder, and the OpenAI-compatible embeddings client against a loopback stand-in.
set(_chunking ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_knowledge_chunking
    SOURCES
        ${_chunking}/ChunkTestText.h
        ${_chunking}/ChunkerTest.cpp
        ${_chunking}/ReferenceChunker.cpp ${_chunking}/ReferenceChunker.h
        ${_chunking}/OfflineEmbedderTest.cpp
        ${_chunking}/FakeOpenAi.cpp ${_chunking}/FakeOpenAi.h
        ${_chunking}/EmbeddingsTest.cpp
        ${_chunking}/ChunkMeasureTest.cpp
    LABELS knowledge)
