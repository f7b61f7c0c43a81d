# Interop tests against the real npm packages (drizzle-kit, LangGraph.js, PGlite + pgvector).
# scripts/install-deps runs `npm ci` here; node_modules is never committed.
set(LIMITLESS_INTEROP_DIR ${CMAKE_CURRENT_LIST_DIR})

# NODE_EXECUTABLE comes from node.cmake (tests/CMakeLists.txt includes it first).
include(${CMAKE_CURRENT_LIST_DIR}/drizzle.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/langgraph.cmake OPTIONAL)
include(${CMAKE_CURRENT_LIST_DIR}/web-project.cmake OPTIONAL)
