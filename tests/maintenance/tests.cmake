# Data retention (app/maintenance): dry-run counts on the large demo, the archive round trip,
# interruption and resume, owner scoping under claims. All on the test cluster (fixture "pg").
set(_maintenance ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_maintenance_db DB
    SOURCES ${_maintenance}/RetentionTest.cpp
            ${_maintenance}/../funnel/RollupRecount.cpp ${_maintenance}/../funnel/RollupRecount.h
            ${_maintenance}/../demo/DemoDatabase.cpp ${_maintenance}/../demo/DemoDatabase.h
    LABELS maintenance)
target_include_directories(test_maintenance_db PRIVATE ${_maintenance}/../demo ${_maintenance}/../funnel)

# The Maintenance page offscreen (screenshot in <build>/screenshots/maintenance.png).
limitless_add_test(test_maintenance_gui GUI DB
    SOURCES ${_maintenance}/MaintenancePageTest.cpp
            ${_maintenance}/../demo/DemoDatabase.cpp ${_maintenance}/../demo/DemoDatabase.h
            ${_maintenance}/../gui/GuiTestSupport.cpp ${_maintenance}/../gui/GuiTestSupport.h
    LIBS Qt6::Test
    LABELS maintenance gui)
target_include_directories(test_maintenance_gui PRIVATE ${_maintenance}/../demo ${_maintenance}/../gui)
