# Settings every Elect target shares: the Qt string-safety definitions and the warning level.
function(elect_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING
        QT_DISABLE_DEPRECATED_BEFORE=0x060400 QT_NO_KEYWORDS)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wshadow=local)
    endif()
    if(ELECT_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# elect_add_test(NAME test_x SOURCES ... [LIBS ...] [LABELS unit|db|gui|kiosk|integration] [TIMEOUT s] [KEYRING])
# KEYRING runs the test in a private D-Bus session with a real, unlocked, throwaway Secret Service
# keyring (gnome-keyring) and a throwaway HOME, so it never sees the user's own keychain.
function(elect_add_test)
    cmake_parse_arguments(T "KEYRING" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    elect_target_defaults(${T_NAME})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_BINARY_DIR}/tests ${PROJECT_SOURCE_DIR}/tests/support)
    set(env "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false")
    if(T_KEYRING)
        set(home "${CMAKE_CURRENT_BINARY_DIR}/${T_NAME}-home")
        add_test(NAME ${T_NAME} COMMAND dbus-run-session -- sh -c
            "rm -rf \"$HOME\" && mkdir -p \"$HOME\" && echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec \"$0\""
            $<TARGET_FILE:${T_NAME}>)
        list(APPEND env "HOME=${home}" "XDG_DATA_HOME=${home}/.local/share" "XDG_CONFIG_HOME=${home}/.config")
    else()
        add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${env}")
endfunction()
