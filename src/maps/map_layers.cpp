#include "maps/map_layers.h"

#include <filesystem>
#include <set>
#include <stdexcept>
#include <utility>

#include "geo/projection.h"
#include "geo/shapefile_reader.h"
#include "io/input_error.h"

namespace dspt::maps {

namespace {

geo::Layer load_projected(const std::string& shp, const std::string& map_crs, const std::string& fallback,
                          io::Warnings& warnings) {
    geo::Layer layer = geo::read_polygon_shapefile(shp, fallback, warnings);
    try {
        return geo::project_layer(std::move(layer), map_crs);
    } catch (const io::InputError&) {
        throw;
    } catch (const std::runtime_error& e) {
        // PROJ's message alone does not say which input was at fault.
        throw io::InputError(shp, std::string("cannot project to the map CRS ") + map_crs + ": " + e.what());
    }
}

}  // namespace

MapLayers load_map_layers(const std::string& icb_shp, const std::string& region_shp,
                          const style::Style& style, io::Warnings& warnings) {
    const std::string map_crs = style.theme().map.crs;
    const std::string fallback = style.theme().map.source_crs_fallback;
    MapLayers maps;
    maps.icbs = load_projected(icb_shp, map_crs, fallback, warnings);
    maps.regions = load_projected(region_shp, map_crs, fallback, warnings);
    maps.icb_arcs = geo::prepare_layer(maps.icbs);
    return maps;
}

std::size_t check_icb_join(const MapLayers& maps, const std::vector<io::IcbInfo>& icbs,
                           const style::Style& style, io::Warnings& warnings) {
    const std::string field = style.theme().map.icb_code_field;
    // Every feature has every .dbf field, so the first one shows what the file holds.
    if (!maps.icbs.features.empty() && !maps.icbs.features.front().attributes.contains(field)) {
        std::string found;
        for (const auto& [name, value] : maps.icbs.features.front().attributes)
            found += (found.empty() ? "" : ", ") + name;
        std::filesystem::path dbf(maps.icbs.path);
        dbf.replace_extension(".dbf");
        throw io::InputError(dbf.string(),
                             "no field " + field +
                                 " (style key map.icb_code_field) to join the boundaries to the ICBs "
                                 "of the data; fields found: " +
                                 (found.empty() ? std::string("none") : found));
    }
    const std::size_t before = warnings.size();
    std::set<std::string> polygon_codes;
    for (const auto& f : maps.icbs.features) {
        auto it = f.attributes.find(field);
        if (it != f.attributes.end()) polygon_codes.insert(it->second);
    }
    std::set<std::string> data_codes;
    for (const auto& icb : icbs) {
        data_codes.insert(icb.ons_code);
        if (!polygon_codes.contains(icb.ons_code)) {
            warnings.add("icb-without-polygon", maps.icbs.path,
                         "ICB " + icb.ons_code + " (" + icb.ods_code + " " + icb.name +
                             ") has no polygon in the boundary file; it is left off the maps",
                         icb.ods_code);
        }
    }
    for (const auto& f : maps.icbs.features) {
        auto it = f.attributes.find(field);
        const std::string code = it == f.attributes.end() ? std::string() : it->second;
        if (!data_codes.contains(code)) {
            warnings.add("polygon-without-data", maps.icbs.path,
                         "record " + std::to_string(f.record + 1) + ": boundary polygon " +
                             (code.empty() ? std::string("without ") + field : code) +
                             " is not an ICB of the lookup; it is drawn as no data");
        }
    }
    return warnings.size() - before;
}

const geo::Feature* inset_region(const MapLayers& maps, const style::Style& style) {
    const auto* region =
        maps.regions.find(style.theme().map.region_name_field, style.theme().map.inset.region_name);
    return region && region->bbox.valid ? region : nullptr;
}

bool check_inset_region(const MapLayers& maps, const style::Style& style, io::Warnings& warnings) {
    if (inset_region(maps, style)) return true;
    const std::string field = style.theme().map.region_name_field;
    const std::string name = style.theme().map.inset.region_name;
    warnings.add("no-inset-region", maps.regions.path,
                 "no region with " + field + " = '" + name +
                     "' (style keys map.region_name_field, map.inset.region_name); the maps have no " + name +
                     " inset");
    return false;
}

MapLayers load_and_join_map_layers(const std::string& icb_shp, const std::string& region_shp,
                                   const std::vector<io::IcbInfo>& icbs, const style::Style& style,
                                   io::Warnings& warnings) {
    MapLayers maps = load_map_layers(icb_shp, region_shp, style, warnings);
    check_icb_join(maps, icbs, style, warnings);
    check_inset_region(maps, style, warnings);
    return maps;
}

}  // namespace dspt::maps
