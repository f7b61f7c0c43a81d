# Funnel analytics: the queries against a hand-computed fixture, the roll-up under concurrent
# inserts, and the live model. All run on the test cluster (fixture "pg").
set(_funnel ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_funnel_db DB
    SOURCES ${_funnel}/FunnelQueryTest.cpp ${_funnel}/FunnelRollupTest.cpp
            ${_funnel}/RollupRecount.cpp ${_funnel}/RollupRecount.h
            ${_funnel}/FunnelModelTest.cpp ${_funnel}/FunnelFixture.cpp ${_funnel}/FunnelFixture.h
    LIBS limitless_models Qt6::Test
    LABELS funnel)

# The page offscreen on the demo business (screenshots in <build>/screenshots/).
limitless_add_test(test_funnel_gui GUI DB
    SOURCES ${_funnel}/FunnelPageTest.cpp ${_funnel}/FunnelFixture.cpp ${_funnel}/FunnelFixture.h
            ${_funnel}/../demo/DemoDatabase.cpp ${_funnel}/../demo/DemoDatabase.h
            ${_funnel}/../gui/GuiTestSupport.cpp ${_funnel}/../gui/GuiTestSupport.h
    LIBS Qt6::Test
    LABELS funnel gui)
target_include_directories(test_funnel_gui PRIVATE ${_funnel}/../demo ${_funnel}/../gui)

# `limitless simulate` and the dashboard following it live (two processes).
limitless_add_test(test_funnel_live GUI DB
    SOURCES ${_funnel}/LiveLoadTest.cpp ${_funnel}/FunnelFixture.cpp ${_funnel}/FunnelFixture.h
    LIBS limitless_ui Qt6::Test
    LABELS funnel gui)
add_dependencies(test_funnel_live limitless)
