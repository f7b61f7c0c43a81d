# drizzle-kit and PGlite interop for the migrations (node scripts next to this file; they need
# `npm ci` in tests/interop). The drizzle test uses the test cluster (fixture "pg"); the PGlite
# one starts its own pgvector-enabled server and always stops it.
find_program(LIMITLESS_PG_DUMP pg_dump HINTS /usr/lib/postgresql/15/bin)

add_test(NAME interop_drizzle_migrate
    COMMAND ${NODE_EXECUTABLE} ${LIMITLESS_INTEROP_DIR}/drizzle-migrate.mjs
            --limitless $<TARGET_FILE:limitless> --sandbox ${LIMITLESS_TEST_SANDBOX}
            --pg-dump ${LIMITLESS_PG_DUMP}
    WORKING_DIRECTORY ${LIMITLESS_INTEROP_DIR})
set_tests_properties(interop_drizzle_migrate PROPERTIES
    FIXTURES_REQUIRED pg TIMEOUT 240 LABELS interop)

add_test(NAME interop_pglite_pgvector_migrate
    COMMAND ${NODE_EXECUTABLE} ${LIMITLESS_INTEROP_DIR}/pglite-pgvector-migrate.mjs
            --limitless $<TARGET_FILE:limitless>
    WORKING_DIRECTORY ${LIMITLESS_INTEROP_DIR})
set_tests_properties(interop_pglite_pgvector_migrate PROPERTIES TIMEOUT 240 LABELS "interop;pglite")
