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

# Every page and main dialog in German and in Spanish on a local sandbox of its own, made as an
# owner makes it (`limitless sandbox start`, then `limitless demo-data`; fixture
# "pages_sandbox"), signed in through the sign-in window: no translated text cut off, at
# 1280×800 and at the smallest window. Screenshots in ${CMAKE_BINARY_DIR}/screenshots/de|es/, or
# under $LIMITLESS_SCREENSHOT_DIR (LIMITLESS_SCREENSHOT_DIR=docs/screenshots refreshes
# docs/screenshots/de/).
set(LIMITLESS_PAGES_SANDBOX "/tmp/limitless-pages-${_tree_hash}")
add_test(NAME pages_sandbox_start COMMAND sh -c
    "$0 sandbox start --fresh --quiet --dir \"$1\" && LIMITLESS_SANDBOX_DIR=\"$1\" $0 demo-data --if-empty"
    $<TARGET_FILE:limitless> ${LIMITLESS_PAGES_SANDBOX})
set_tests_properties(pages_sandbox_start PROPERTIES FIXTURES_SETUP pages_sandbox TIMEOUT 300
    LABELS gui)
add_test(NAME pages_sandbox_stop COMMAND limitless sandbox reset --dir ${LIMITLESS_PAGES_SANDBOX})
set_tests_properties(pages_sandbox_stop PROPERTIES FIXTURES_CLEANUP pages_sandbox LABELS gui)

limitless_add_test(test_gui_pages
    SOURCES
        gui/TranslatedPagesTest.cpp
        gui/TextFit.cpp gui/TextFit.h
        gui/GuiTestSupport.cpp gui/GuiTestSupport.h
    LIBS authtestsupport Qt6::Test
    GUI
    FIXTURES pages_sandbox
    LABELS "gui;i18n")
target_compile_definitions(test_gui_pages PRIVATE
    LIMITLESS_PAGES_SANDBOX="${LIMITLESS_PAGES_SANDBOX}")
