#The translation check(run by scripts / test through ctest) : lupdate into temporary copies of
#translations/*.ts; fails on a tr() string missing from the catalogues, an entry no source uses,
# and an unfinished or obsolete entry, listing each source string.
if(LIMITLESS_LUPDATE)
    limitless_add_test(test_translations
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/TranslationCheck.cpp
                ${CMAKE_CURRENT_LIST_DIR}/TranslationCheck.h
                ${CMAKE_CURRENT_LIST_DIR}/TranslationCheckTest.cpp
        LABELS translations)
    target_compile_definitions(test_translations PRIVATE
        LIMITLESS_LUPDATE="${LIMITLESS_LUPDATE}")
endif()
