# Owner sign-in (app/auth): the client against a loopback server that plays Supabase Auth, the
# session manager, profiles, the local sandbox's sign-in and row-level security end to end, the
# real keychain, and the sign-in window offscreen.
set(_auth ${CMAKE_CURRENT_LIST_DIR})

add_library(authtestsupport STATIC
    ${_auth}/FakeGoTrue.cpp ${_auth}/FakeGoTrue.h
    ${_auth}/MemorySecretStore.cpp ${_auth}/MemorySecretStore.h
    ${_auth}/AuthTestSupport.cpp ${_auth}/AuthTestSupport.h)
target_include_directories(authtestsupport PUBLIC ${_auth})
target_link_libraries(authtestsupport PUBLIC testsupport Qt6::Test PRIVATE limitless_warnings)

limitless_add_test(test_auth
    SOURCES
        ${_auth}/ErrorMapperTest.cpp
        ${_auth}/PkceTest.cpp
        ${_auth}/AuthClientTest.cpp
        ${_auth}/SessionManagerTest.cpp
        ${_auth}/ProfileTest.cpp
    LIBS authtestsupport
    LABELS auth)

# The sandbox's own sign-in and row-level security, on the test cluster.
limitless_add_test(test_auth_db
    SOURCES
        ${_auth}/SandboxUsers.cpp ${_auth}/SandboxUsers.h
        ${_auth}/LocalAuthTest.cpp
        ${_auth}/RlsEndToEndTest.cpp
    LIBS authtestsupport
    DB
    LABELS auth)

# The real Secret Service: the whole binary runs inside run-with-keyring.sh (a private D-Bus
# session with an unlocked GNOME Keyring and a throwaway HOME), so it is one ctest test.
add_executable(test_auth_keychain
    ${_auth}/KeychainTest.cpp ${_auth}/SandboxUsers.cpp ${_auth}/SandboxUsers.h)
target_link_libraries(test_auth_keychain PRIVATE testmain_core authtestsupport limitless_warnings)
target_compile_definitions(test_auth_keychain PRIVATE LIMITLESS_CLI="$<TARGET_FILE:limitless>")
add_dependencies(test_auth_keychain limitless)
add_test(NAME test_auth_keychain
    COMMAND ${_auth}/run-with-keyring.sh $<TARGET_FILE:test_auth_keychain>)
set_tests_properties(test_auth_keychain PROPERTIES
    FIXTURES_REQUIRED pg TIMEOUT 300 LABELS "auth;keychain")

# The sign-in window and the profile editor, offscreen; screenshots go to
# ${CMAKE_BINARY_DIR}/screenshots/sign-in-*.png for review.
limitless_add_test(test_auth_gui
    SOURCES ${_auth}/SignInDialogTest.cpp ${_auth}/UrlCatcher.h
    LIBS authtestsupport Qt6::Test
    GUI
    LABELS "auth;gui")

# The app's sign-in from start to sign-out on the local sandbox (the test cluster), offscreen.
limitless_add_test(test_auth_app
    SOURCES ${_auth}/SignInControllerTest.cpp ${_auth}/SandboxUsers.cpp ${_auth}/SandboxUsers.h
    LIBS authtestsupport Qt6::Test
    GUI DB
    LABELS "auth;gui")
