# Node.js 20 or newer: LangGraph.js needs the global `crypto` and pglite-socket `CustomEvent`.
# scripts/install-deps puts a pinned Node 20 into .deps/node when the system's is older; it is
# looked for there first, then on the PATH. A cached node that is too old is looked for again.
function(limitless_node_major exe out)
    execute_process(COMMAND ${exe} --version OUTPUT_VARIABLE v OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE rc ERROR_QUIET)
    if(rc EQUAL 0 AND v MATCHES "^v([0-9]+)\\.")
        set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
    else()
        set(${out} 0 PARENT_SCOPE)
    endif()
endfunction()
if(NODE_EXECUTABLE)
    limitless_node_major(${NODE_EXECUTABLE} _node_major)
    if(_node_major LESS 20)
        unset(NODE_EXECUTABLE CACHE)
    endif()
endif()
find_program(NODE_EXECUTABLE node HINTS ${PROJECT_SOURCE_DIR}/.deps/node/bin REQUIRED)
limitless_node_major(${NODE_EXECUTABLE} _node_major)
if(_node_major LESS 20)
    message(FATAL_ERROR "The interop tests need Node.js 20 or newer; ${NODE_EXECUTABLE} is "
        "version ${_node_major}. Run scripts/install-deps: it installs a pinned Node.js 20 "
        "from npm into .deps/node.")
endif()
message(STATUS "Node.js for the interop tests: ${NODE_EXECUTABLE} (major ${_node_major})")
