# Migrations and the migrator. test_migrate needs no database; test_migrate_db runs against the
# test cluster (fixture "pg") and drives the `limitless` executable for the CLI cases.
set(_mig ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_migrate
    SOURCES ${_mig}/MigrationSetTest.cpp ${_mig}/CatchQt.h)

limitless_add_test(test_migrate_db DB
    SOURCES ${_mig}/MigratorTest.cpp ${_mig}/RlsTest.cpp ${_mig}/NotifyTest.cpp
            ${_mig}/MigrateCliTest.cpp ${_mig}/GuestDatabaseTest.cpp ${_mig}/CatchQt.h)
add_dependencies(test_migrate_db limitless)
