# The web project's side of the shared production database (docs/web-project.md): the seed's
# Drizzle schema (webproject/) migrated by the real drizzle-kit, with data and LangGraph's
# checkpoint tables; drizzle-kit's journal, generate and push checked against it, with and without
# the dashboard's additions. --with-limitless adds `limitless migrate` as a guest on such
# databases: the journal stays byte-identical, push proposes nothing, a conflicting seed table is
# refused without a change. Databases are named web_* and dropped at the end.
find_program(LIMITLESS_PG_DUMP pg_dump HINTS /usr/lib/postgresql/15/bin)

add_test(NAME interop_web_project_fixture
    COMMAND ${NODE_EXECUTABLE} ${LIMITLESS_INTEROP_DIR}/web-project.mjs selftest
            --limitless $<TARGET_FILE:limitless> --sandbox ${LIMITLESS_TEST_SANDBOX}
            --pg-dump ${LIMITLESS_PG_DUMP} --with-limitless
    WORKING_DIRECTORY ${LIMITLESS_INTEROP_DIR})
set_tests_properties(interop_web_project_fixture PROPERTIES
    FIXTURES_REQUIRED pg TIMEOUT 300 LABELS interop)
