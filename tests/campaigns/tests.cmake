# Campaign editing and payments. test_campaigns needs no database (codes, links, QR, money);
# test_campaigns_db runs the writes, models, pages and the CLI against the test cluster
# (fixture "pg") under the local owner's row-level security claims.
set(_campaigns ${CMAKE_CURRENT_LIST_DIR})

limitless_add_test(test_campaigns
    SOURCES ${_campaigns}/CampaignCodeTest.cpp ${_campaigns}/QrCodeTest.cpp
    LABELS campaigns)

limitless_add_test(test_campaigns_db GUI DB
    SOURCES
        ${_campaigns}/CampaignTestRows.cpp ${_campaigns}/CampaignTestRows.h
        ${_campaigns}/CampaignServiceTest.cpp
        ${_campaigns}/PaymentsModelTest.cpp
        ${_campaigns}/CampaignsCliTest.cpp
        ${_campaigns}/CampaignsGuiTest.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../gui/GuiTestSupport.cpp
        ${CMAKE_CURRENT_LIST_DIR}/../demo/DemoDatabase.cpp
    LIBS Qt6::Test
    LABELS campaigns)
target_include_directories(test_campaigns_db PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../gui ${CMAKE_CURRENT_LIST_DIR}/../demo)
# The CLI tests run the built `limitless`.
add_dependencies(test_campaigns_db limitless)
