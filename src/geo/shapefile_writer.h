#pragma once
// Writes a polygon layer as an ESRI shapefile (.shp .shx .dbf, plus .prj with layer.crs
// when set and a .cpg saying UTF-8). For benchmarks and test fixtures (e.g. a densified
// copy of the ICB boundaries); the briefing itself never writes shapefiles.
#include <string>
#include <vector>

#include "geo/layer.h"

namespace dspt::geo {

// `fields`: the attribute names to write, in order, as text fields sized to the longest
// value; empty = every attribute of the first feature. Throws std::runtime_error on failure.
void write_polygon_shapefile(const Layer& layer, const std::string& shp_path,
                             const std::vector<std::string>& fields = {});

}  // namespace dspt::geo
