# The knowledge base: each part keeps its tests in its own file.
include(${CMAKE_CURRENT_LIST_DIR}/extraction.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/chunking.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/storage.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/retrieval.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/documents.cmake OPTIONAL)
