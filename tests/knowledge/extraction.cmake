# Document extraction (app/knowledge/Extractor): real PDFs from Debian's documentation, the
# fixtures in corpus/ (corpus/make-corpus.sh makes them), and the files it must refuse. No
# database. zlib gunzips the PDFs that Debian ships compressed.
find_package(ZLIB REQUIRED)
limitless_add_test(test_knowledge_extraction
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/ExtractionTest.cpp
    LIBS ZLIB::ZLIB
    LABELS knowledge)
