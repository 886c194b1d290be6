// The polygon shapefile reader (shapelib underneath, .dbf text decoding, .prj checked by
// PROJ). The input is split into the sidecar files (shapefile_frame.h), written to the
// scratch folder and read as a real shapefile would be.
#include <cmath>
#include <cstdint>

#include "fuzz_support.h"
#include "geo/shapefile_reader.h"
#include "io/input_error.h"
#include "shapefile_frame.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parts = dspt::fuzz::split_frame(dspt::fuzz::as_view(data, size));
    for (std::size_t i = 0; i < dspt::fuzz::kShapefileParts.size(); ++i) {
        const std::string name = std::string("layer") + dspt::fuzz::kShapefileParts[i];
        const bool optional = i >= 3;
        if (i < parts.size() && !(optional && parts[i].empty())) {
            // PROJ resolves anything but a "+proj=" string through proj.db: a WKT costs
            // ~20 ms, an unknown name ~400 ms (a search of every object name), which would
            // leave the fuzzer a handful of runs a second for PROJ's parser, not ours. So
            // a .prj is fuzzed as a PROJ string; any other .prj section stands for a fixed
            // CRS code (the .prj-present path still runs; WKT .prj files are unit-tested).
            const bool prj = i == 3;
            const bool proj_string = parts[i].substr(0, 6) == "+proj=";
            dspt::fuzz::write_scratch(name, prj && !proj_string ? std::string_view("EPSG:27700") : parts[i]);
        } else {
            dspt::fuzz::remove_scratch(name);
        }
    }
    // British National Grid as a PROJ string: unlike "EPSG:27700" (~3 ms) it needs no
    // lookup in proj.db.
    static const std::string fallback_crs =
        "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m "
        "+no_defs +type=crs";
    dspt::io::Warnings warnings;
    try {
        const auto layer = dspt::geo::read_polygon_shapefile(dspt::fuzz::scratch_dir() + "/layer.shp",
                                                             fallback_crs, warnings);
        // What the reader promises the map code: closed rings of at least 4 finite points.
        for (const auto& f : layer.features) {
            if (f.rings.empty()) dspt::fuzz::finding("a feature without rings");
            for (const auto& r : f.rings) {
                if (r.size() < 4 || r.front().x != r.back().x || r.front().y != r.back().y)
                    dspt::fuzz::finding("an open or degenerate ring");
                for (const auto& p : r)
                    if (!std::isfinite(p.x) || !std::isfinite(p.y))
                        dspt::fuzz::finding("a non-finite vertex");
            }
        }
    } catch (const dspt::io::InputError&) {
    }
    return 0;
}
