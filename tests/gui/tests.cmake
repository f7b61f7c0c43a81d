# GUI tests: the item models and the main window on the test cluster, run offscreen. They save
# screenshots to ${CMAKE_BINARY_DIR}/screenshots/ for review.
limitless_add_test(test_gui
    SOURCES
        gui/GuiTestSupport.cpp gui/GuiTestSupport.h
        gui/BootstrapTest.cpp
        gui/CampaignsModelTest.cpp
        gui/MainWindowTest.cpp
        gui/DesktopFinishTest.cpp
    LIBS Qt6::Test
    GUI DB
    LABELS gui)
