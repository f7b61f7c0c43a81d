# Data retention (app/maintenance): dry-run counts on the large demo, the archive round trip,
# interruption and resume, owner scoping under claims. All on the test cluster (fixture "pg").
set(_maintenance ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_maintenance_db DB
    SOURCES ${_maintenance}/RetentionTest.cpp
            ${_maintenance}/../demo/DemoDatabase.cpp ${_maintenance}/../demo/DemoDatabase.h
    LABELS maintenance)
target_include_directories(test_maintenance_db PRIVATE ${_maintenance}/../demo)
