#pragma once
// Reads polygon shapefiles with shapelib (.shp/.shx/.dbf), decoding .dbf text by the
// .cpg (UTF-8 or Windows-1252) and taking the CRS from the .prj. A missing .prj is a
// warning and `fallback_crs` (from the style) is used instead.
#include <string>

#include "geo/layer.h"
#include "io/warnings.h"

namespace dspt::geo {

Layer read_polygon_shapefile(const std::string& shp_path, const std::string& fallback_crs, io::Warnings& warnings);

}  // namespace dspt::geo
