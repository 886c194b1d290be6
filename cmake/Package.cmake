# `cpack` in a configured build folder (scripts/package does it all) makes
# dspt-report_<version>_amd64.deb from the install rules of cmake/Install.cmake.
# Its Depends line is worked out by dpkg-shlibdeps from the libraries the binary links,
# so it names the Debian 12 runtime packages (libcairo2, libproj25, libhpdf-2.3.0, ...).
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME dspt-report)
set(CPACK_PACKAGE_VENDOR "dspt-report developers")
set(CPACK_PACKAGE_CONTACT "dspt-report developers <dspt-report@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "monthly NHS DSPT cyber security briefing (CSVs, slide PNGs, PDF)")
set(CPACK_PACKAGE_DESCRIPTION
  "dspt-report turns the NHS Data Security and Protection Toolkit portal export into the monthly\ncyber security briefing: curated CSV cuts and tables, slide PNGs and an A4 PDF with maps.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # dspt-report_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
include(CPack)
