#pragma once
// Reads polygon shapefiles with shapelib (.shp/.shx/.dbf), decoding .dbf text by the
// .cpg (UTF-8 or Windows-1252) and taking the CRS from the .prj. A missing .prj is a
// warning and `fallback_crs` (from the style) is used instead.
#include <string>

#include "geo/layer.h"
#include "io/warnings.h"

//
// Polygon, PolygonZ and PolygonM (Z/M dropped). Every part becomes a ring as it is (outer
// rings and holes alike; holes are drawn with the even-odd rule); an unclosed ring is
// closed (warning "unclosed-ring"); a ring of fewer than 4 points is dropped (warning
// "degenerate-ring"); a null shape (warning "null-shape") or a feature left with no ring
// (warning "empty-feature") is skipped. Attributes: every .dbf field as trimmed UTF-8 text
// (numbers as written in the file); a .cpg naming a code page we do not decode warns
// "unknown-codepage", text that the .cpg calls UTF-8 but is not warns "invalid-utf8"
// (read as Windows-1252). The .prj WKT is checked with PROJ here, so a bad one is an
// InputError naming the .prj.
//
// Throws io::InputError, never crashes, for: a missing .shp/.shx/.dbf (naming the missing
// file), a file shapelib cannot open, a non-polygon type ("expected polygons, found
// points"), .shp/.dbf record counts that differ, a record shapelib cannot read (truncated
// or damaged: "record N of M cannot be read", N 1-based as in the file), and a NaN,
// infinite or absurd (|v| > 1e10) coordinate — such a file is corrupt, and silently
// skipping a vertex would draw a wrong border.

namespace dspt::geo {

Layer read_polygon_shapefile(const std::string& shp_path, const std::string& fallback_crs,
                             io::Warnings& warnings);

}  // namespace dspt::geo
