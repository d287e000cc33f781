# Runs one command and checks both its exit code and its output, which PASS_REGULAR_EXPRESSION alone
# cannot do (it ignores the exit code).
#
#   cmake -DPROGRAM=<path> -DARGS=<arguments separated by |> -DEXIT=<expected exit code>
#         -DREGEX=<regular expression the merged stdout + stderr must match> -P ExpectOutput.cmake
foreach(required PROGRAM EXIT REGEX)
    if(NOT DEFINED ${required})
        message(FATAL_ERROR "ExpectOutput.cmake needs -D${required}=...")
    endif()
endforeach()
string(REPLACE "|" ";" arguments "${ARGS}")
execute_process(COMMAND "${PROGRAM}" ${arguments}
                RESULT_VARIABLE code
                OUTPUT_VARIABLE output
                ERROR_VARIABLE output)
if(NOT "${code}" STREQUAL "${EXIT}")
    message(FATAL_ERROR "Exit code ${code}, expected ${EXIT}. Output:\n${output}")
endif()
if(NOT output MATCHES "${REGEX}")
    message(FATAL_ERROR "The output does not match \"${REGEX}\". Output:\n${output}")
endif()
message(STATUS "Exit code ${code} and output as expected.")
