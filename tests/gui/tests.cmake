# GUI tests: the item models and the main window on the test cluster, run offscreen. They save
# screenshots to ${CMAKE_BINARY_DIR}/screenshots/ for review.
limitless_add_test(test_gui
    SOURCES
        gui/GuiTestSupport.cpp gui/GuiTestSupport.h
        gui/BootstrapTest.cpp
        gui/CampaignsModelTest.cpp
        gui/MainWindowTest.cpp
        gui/DesktopFinishTest.cpp
        gui/ThemeTest.cpp
    LIBS Qt6::Test
    GUI DB
    LABELS gui)

# The window at 200 % (QT_SCALE_FACTOR must be set before the application starts).
add_test(NAME test_gui_scale200 COMMAND test_gui "The window and tray icons are crisp at 200 %")
set_tests_properties(test_gui_scale200 PROPERTIES ENVIRONMENT "QT_SCALE_FACTOR=2" TIMEOUT 120
    LABELS gui)
