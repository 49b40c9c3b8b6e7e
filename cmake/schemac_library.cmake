# schemac_library(NAME SOURCES...): a static library that may not have sources yet (a stage
# under construction); CMake refuses a static library without any, so an empty unit stands in.
function(schemac_library name)
  set(sources ${ARGN})
  if(NOT sources)
    set(stub ${CMAKE_CURRENT_BINARY_DIR}/${name}_empty.cpp)
    file(WRITE ${stub} "// ${name} has no sources yet.\n")
    set(sources ${stub})
  endif()
  add_library(${name} STATIC ${sources})
endfunction()
