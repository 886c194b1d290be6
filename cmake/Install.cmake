# `cmake --install build --prefix DIR` (and the .deb, cmake/Package.cmake) lays out:
#   bin/dspt-report
#   share/dspt-report/styles/*.toml, share/dspt-report/fonts/ (with the font licence)
#   share/doc/dspt-report/examples/*.toml   the example manifests, paths rewritten (below)
#   share/doc/dspt-report/examples/styles/*.toml   example style overrides (--style)
#   share/man/man1/dspt-report.1.gz
# The binary finds share/dspt-report from its own location (src/cli/install_paths.cpp).
include(GNUInstallDirs)

set(DSPT_DATA_INSTALL_DIR ${CMAKE_INSTALL_DATADIR}/dspt-report)
file(RELATIVE_PATH dspt_data_from_bin /${CMAKE_INSTALL_BINDIR} /${DSPT_DATA_INSTALL_DIR})
target_compile_definitions(dspt-report PRIVATE
  DSPT_DATA_FROM_BIN="${dspt_data_from_bin}"
  DSPT_BUILD_DIR="${CMAKE_BINARY_DIR}")

install(TARGETS dspt-report RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY styles fonts DESTINATION ${DSPT_DATA_INSTALL_DIR})

# The man page carries the version; gzip -n keeps its bytes free of a time stamp.
configure_file(man/dspt-report.1.in ${CMAKE_BINARY_DIR}/man/dspt-report.1 @ONLY)
find_program(GZIP_EXECUTABLE gzip REQUIRED)
execute_process(
  COMMAND ${GZIP_EXECUTABLE} -9 -n -f -k ${CMAKE_BINARY_DIR}/man/dspt-report.1
  COMMAND_ERROR_IS_FATAL ANY)
install(FILES ${CMAKE_BINARY_DIR}/man/dspt-report.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# The examples in the clone read ../../shared/data (the sample bundle beside the clone),
# which means nothing once installed. The installed copies read data/ beside the manifest
# and say so at the top: copy one next to the bundle (or a link to it) and run it there.
file(GLOB dspt_examples CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/examples/*.toml)
foreach(example ${dspt_examples})
  get_filename_component(name ${example} NAME)
  file(READ ${example} text)
  string(REPLACE "../../shared/data/" "data/" text "${text}")
  string(PREPEND text
"# Installed example (share/doc/dspt-report/examples; /usr/share/... from the Debian package).
# Paths are relative to this file and read data/, the public sample bundle (the clone's
# ../shared/data): put this file in a folder beside data/ (or a link to the bundle), e.g.
#   mkdir run && cp /usr/share/doc/dspt-report/examples/${name} run/
#   ln -s /path/to/shared/data run/data && dspt-report build run/${name} --out run/out
# or edit the paths below to point at your own exports.
")
  file(WRITE ${CMAKE_BINARY_DIR}/examples/${name} "${text}")
  install(FILES ${CMAKE_BINARY_DIR}/examples/${name} DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples)
endforeach()
# Style overrides (--style) read nothing beside them, so they install as they are.
install(FILES examples/styles/projector.toml DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples/styles)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
