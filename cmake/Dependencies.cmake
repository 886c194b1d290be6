# All dependencies come from Debian packages (scripts/install-deps); nothing is downloaded.
find_package(PkgConfig REQUIRED)
find_package(fmt REQUIRED)
find_package(CLI11 REQUIRED)
find_package(Freetype REQUIRED)
find_package(Threads REQUIRED)
find_package(PNG REQUIRED)
find_package(Boost REQUIRED COMPONENTS unit_test_framework)
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)
pkg_check_modules(PROJ REQUIRED IMPORTED_TARGET proj)
pkg_check_modules(CAIRO REQUIRED IMPORTED_TARGET cairo cairo-ft cairo-png)
pkg_check_modules(SHAPELIB REQUIRED IMPORTED_TARGET shapelib)
# Deflate for the PNGs and the PDFs' streams: libdeflate-dev, several times faster than zlib
# at the same ratio on our flat-colour images and page streams.
pkg_check_modules(LIBDEFLATE REQUIRED IMPORTED_TARGET libdeflate)
add_library(Shapelib::shp ALIAS PkgConfig::SHAPELIB)

# libharu ships neither a CMake config nor a pkg-config file on Debian 12.
find_path(HPDF_INCLUDE_DIR hpdf.h REQUIRED)
find_library(HPDF_LIBRARY hpdf REQUIRED)
add_library(Haru::hpdf UNKNOWN IMPORTED)
set_target_properties(Haru::hpdf PROPERTIES
  IMPORTED_LOCATION ${HPDF_LIBRARY}
  INTERFACE_INCLUDE_DIRECTORIES ${HPDF_INCLUDE_DIR})

# --record: the JSON run record (nlohmann-json3-dev) and SHA-256 of each file (nettle-dev).
find_package(nlohmann_json 3 REQUIRED)
pkg_check_modules(NETTLE REQUIRED IMPORTED_TARGET nettle)
