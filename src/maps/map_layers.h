#pragma once
// The boundary layers of the maps, loaded once per run: read the ICB and region
// shapefiles, project them to the map CRS of the style, prepare the ICBs for drawing at
// any scale (geo/prepared_layer.h), and check the ICB join against the curated data.
// A join mismatch is a warning, never fatal: a map with a grey polygon is still useful.
// The figures only draw what this hands them.
#include <string>
#include <vector>

#include "geo/layer.h"
#include "geo/prepared_layer.h"
#include "io/records.h"
#include "io/warnings.h"
#include "style/style.h"

namespace dspt::maps {

// Boundaries projected to the map CRS of the style.
struct MapLayers {
    geo::Layer icbs;              // joined to ICBs on ICB23CD (field name from the style)
    geo::Layer regions;           // NHS England regions: the extent and the London inset
    geo::PreparedLayer icb_arcs;  // icbs prepared once: shared borders as arcs, removal thresholds
};

// Reads both shapefiles (source CRS from each .prj; style key map.source_crs_fallback when a
// .prj is missing), projects them to style key map.crs and prepares the ICB layer (the only
// one drawn). Throws io::InputError for a file that cannot be used.
MapLayers load_map_layers(const std::string& icb_shp, const std::string& region_shp,
                          const style::Style& style, io::Warnings& warnings);

// Warns "icb-without-polygon" for every ICB of the data whose ICB23CD (field name: style key
// map.icb_code_field) has no polygon, and "polygon-without-data" for every polygon whose code
// is not an ICB of the data. Returns the number of warnings added. A .dbf without that field
// at all is not a mismatch but the wrong file (every ICB would be grey): io::InputError.
std::size_t check_icb_join(const MapLayers& maps, const std::vector<io::IcbInfo>& icbs,
                           const style::Style& style, io::Warnings& warnings);

// Adds a "no-inset-region" warning when the region boundaries have no feature named like
// the style's inset region (map.inset.region_name in map.region_name_field): the maps are
// then drawn without the inset, which a reader should hear about. False in that case.
bool check_inset_region(const MapLayers& maps, const style::Style& style, io::Warnings& warnings);

// The region the inset shows (map.inset.region_name in map.region_name_field), if any.
const geo::Feature* inset_region(const MapLayers& maps, const style::Style& style);

// All of the above: what the build pipeline calls.
MapLayers load_and_join_map_layers(const std::string& icb_shp, const std::string& region_shp,
                                   const std::vector<io::IcbInfo>& icbs, const style::Style& style,
                                   io::Warnings& warnings);

}  // namespace dspt::maps
