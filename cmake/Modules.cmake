# dspt_module(NAME PUBLIC_DEPS ...): a static library dspt_NAME from src/NAME/*.cpp.
# A folder with no .cpp yet becomes an INTERFACE library, so modules can grow one at a time.
function(dspt_module name)
  cmake_parse_arguments(ARG "" "" "PUBLIC_DEPS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/${name}/*.cpp)
  if(sources)
    add_library(dspt_${name} STATIC ${sources})
    target_include_directories(dspt_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(dspt_${name} PUBLIC ${ARG_PUBLIC_DEPS})
  else()
    add_library(dspt_${name} INTERFACE)
    target_include_directories(dspt_${name} INTERFACE ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(dspt_${name} INTERFACE ${ARG_PUBLIC_DEPS})
  endif()
endfunction()

file(GLOB DSPT_CLI_SOURCES CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/src/cli/*.cpp)

# dspt_test_suite(MODULE LIBS ...): one Boost.Test executable per folder of tests/,
# each test case registered with CTest on its own so failures name the case.
function(dspt_test_suite name)
  cmake_parse_arguments(ARG "" "" "LIBS" ${ARGN})
  file(GLOB sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${name}/*.cpp)
  if(NOT sources)
    return()
  endif()
  add_executable(test_${name} ${sources} ${CMAKE_CURRENT_SOURCE_DIR}/support/test_main.cpp)
  target_include_directories(test_${name} PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(test_${name} PRIVATE ${ARG_LIBS} Boost::unit_test_framework)
  target_compile_definitions(test_${name} PRIVATE
    BOOST_TEST_DYN_LINK
    BOOST_BIND_GLOBAL_PLACEHOLDERS  # property_tree still includes <boost/bind.hpp>: silences its deprecation note
    DSPT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    DSPT_SHARED_DATA="${PROJECT_SOURCE_DIR}/../shared/data"
    DSPT_BINARY="$<TARGET_FILE:dspt-report>")
  add_test(NAME ${name} COMMAND test_${name} --log_level=test_suite --report_level=short)
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "SOURCE_DATE_EPOCH=1700092800")
endfunction()
