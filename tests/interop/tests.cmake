# Interop tests against the real npm packages (drizzle-kit, LangGraph.js, PGlite + pgvector).
# scripts/install-deps runs `npm ci` here; node_modules is never committed.
set(LIMITLESS_INTEROP_DIR ${CMAKE_CURRENT_LIST_DIR})
find_program(NODE_EXECUTABLE node REQUIRED)
include(${CMAKE_CURRENT_LIST_DIR}/drizzle.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/langgraph.cmake OPTIONAL)
