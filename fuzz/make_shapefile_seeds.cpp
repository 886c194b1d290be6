// Seed corpus for the shapefile target: real boundary files cut down to a few small
// features (simplified, then written by the project's own writer) and framed as one
// input each (shapefile_frame.h). Run by scripts/fuzz; the seeds live in
// fuzz/corpus-work/, never in git.
//   make_shapefile_seeds OUT_DIR SHP...
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "geo/prepared_layer.h"
#include "geo/shapefile_reader.h"
#include "geo/shapefile_writer.h"
#include "io/input_error.h"
#include "shapefile_frame.h"

namespace {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void spit(const fs::path& p, const std::string& bytes) {
    std::ofstream out(p, std::ios::binary);
    out << bytes;
    if (!out) throw std::runtime_error("cannot write " + p.string());
}

// The framed bytes of `layer` written as a shapefile (sidecars in frame order).
std::vector<std::string> shapefile_parts(const dspt::geo::Layer& layer, const fs::path& tmp) {
    const fs::path shp = tmp / "seed.shp";
    dspt::geo::write_polygon_shapefile(layer, shp.string());
    std::vector<std::string> parts;
    for (const char* ext : dspt::fuzz::kShapefileParts) {
        fs::path p = shp;
        p.replace_extension(ext);
        parts.push_back(fs::exists(p) ? slurp(p) : std::string());
    }
    return parts;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::cerr << "usage: make_shapefile_seeds OUT_DIR SHP...\n";
        return 2;
    }
    const fs::path out = argv[1];
    fs::create_directories(out);
    const fs::path tmp = out / ".tmp";
    fs::create_directories(tmp);
    int written = 0;
    try {
        for (int a = 2; a < argc; ++a) {
            dspt::io::Warnings warnings;
            const auto full = dspt::geo::read_polygon_shapefile(argv[a], "EPSG:27700", warnings);
            const std::string stem = fs::path(argv[a]).stem().string();
            // Coarse enough that a feature is a few hundred bytes, as the fuzzer likes it.
            const auto prepared = dspt::geo::prepare_layer(full);
            for (double tolerance : {20000.0, 5000.0}) {
                const auto simple = dspt::geo::layer_at(prepared, full, tolerance);
                for (std::size_t count : {std::size_t{1}, std::size_t{3}}) {
                    dspt::geo::Layer cut = simple;
                    cut.features.resize(std::min(count, cut.features.size()));
                    auto parts = shapefile_parts(cut, tmp);
                    const std::string name =
                        stem + "-tol" + std::to_string(int(tolerance)) + "-n" + std::to_string(count);
                    // Mostly without a .prj: the target's fallback CRS is quick, a WKT .prj
                    // costs a proj.db lookup per run (see shapefile.cpp), so the .prj seed
                    // holds the British National Grid as a PROJ string.
                    const std::string prj =
                        "+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 "
                        "+ellps=airy "
                        "+units=m +no_defs +type=crs";
                    parts[3].clear();
                    spit(out / (name + ".frame"), dspt::fuzz::join_frame(parts));
                    ++written;
                    if (count == 1 && tolerance == 20000.0) {
                        // Without .cpg, and with a .prj.
                        spit(out / (name + "-nocpg.frame"),
                             dspt::fuzz::join_frame({parts[0], parts[1], parts[2]}));
                        parts[3] = prj;
                        spit(out / (name + "-prj.frame"), dspt::fuzz::join_frame(parts));
                        written += 2;
                    }
                }
            }
        }
    } catch (const std::exception& e) {
        std::cerr << "make_shapefile_seeds: " << e.what() << "\n";
        return 1;
    }
    fs::remove_all(tmp);
    std::cout << written << " shapefile seeds in " << out.string() << "\n";
    return 0;
}
