#pragma once
// Polygon layers as read from ESRI shapefiles: every feature keeps its rings
// (outer rings and holes alike; holes are drawn empty with the even-odd rule) and its
// .dbf attributes as UTF-8 text.
#include <map>
#include <string>
#include <vector>

namespace dspt::geo {

struct XY {
    double x = 0;
    double y = 0;
};

struct BBox {
    double min_x = 0, min_y = 0, max_x = 0, max_y = 0;
    bool valid = false;
    void extend(XY p);
    void extend(const BBox& other);
    double width() const { return max_x - min_x; }
    double height() const { return max_y - min_y; }
};

using Ring = std::vector<XY>;  // closed: first point == last point

struct Feature {
    std::vector<Ring> rings;
    std::map<std::string, std::string> attributes;  // .dbf field name -> value
    BBox bbox;
    std::size_t record = 0;  // 0-based shapefile record number
};

struct Layer {
    std::string path;  // the .shp
    std::string crs;   // what PROJ was told the source CRS is (WKT from .prj, or the fallback)
    std::vector<Feature> features;
    BBox bbox;
    std::size_t vertex_count() const;
    const Feature* find(const std::string& field, const std::string& value) const;
};

// The bounding box of a set of rings (invalid when they hold no point).
BBox bbox_of(const std::vector<Ring>& rings);
// Recomputes every feature's bbox and the layer's from the rings (after projecting,
// simplifying or editing them).
void recompute_bboxes(Layer& layer);

}  // namespace dspt::geo
