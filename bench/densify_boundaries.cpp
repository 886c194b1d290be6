// Benchmark input: the ICB boundaries densified to ~2 million vertices, written as a
// shapefile — a stand-in for full-resolution (BFC/BFE) boundaries, which are ~100x the
// vertices of the generalised sample. Used to time map rendering and the geo pipeline
// (geo_pipeline_bench) on detailed input. Not run by ctest.
//
//   densify_boundaries [DIR] [--vertices N]
//     DIR         output directory (default /tmp/dspt-bench); writes
//                 DIR/ICB_APR_2023_EN_DENSE.{shp,shx,dbf,prj,cpg}
//     --vertices  target vertex count (default 2,000,000)
//
// Every edge gets points at an even spacing plus a small sideways wiggle (a few metres,
// under the 20 m generalisation of the source, so the map looks the same but
// simplification has real work to do). Each edge is densified in a canonical direction
// (smaller endpoint first) with a wiggle derived from the point's own coordinates, so a
// border shared by two ICBs gets bit-identical points in both rings, like a real
// topologically clean boundary file. Deterministic: same input, same bytes.
#include <algorithm>
#include <bit>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>

#include "geo/shapefile_reader.h"
#include "geo/shapefile_writer.h"

namespace {

using dspt::geo::Layer;
using dspt::geo::Ring;
using dspt::geo::XY;

bool less_xy(XY a, XY b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }

// A deterministic value in [-1, 1] from a point's bits (splitmix64).
double hash_unit(XY p) {
    std::uint64_t h =
        std::bit_cast<std::uint64_t>(p.x) * 0x9E3779B97F4A7C15ULL ^ std::bit_cast<std::uint64_t>(p.y);
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    h ^= h >> 31;
    return static_cast<double>(h >> 11) / static_cast<double>(1ULL << 52) - 1.0;
}

std::size_t segments_for(double length, double step) {
    return std::max<std::size_t>(1, static_cast<std::size_t>(std::ceil(length / step)));
}

// Points strictly between a and b, in the a -> b direction.
void densify_edge(XY a, XY b, double step, double amplitude, Ring& out) {
    const bool flip = less_xy(b, a);
    const XY s = flip ? b : a, e = flip ? a : b;
    const double dx = e.x - s.x, dy = e.y - s.y, len = std::hypot(dx, dy);
    const std::size_t m = segments_for(len, step);
    if (m < 2 || len == 0) return;
    const double nx = -dy / len, ny = dx / len;  // unit normal in the canonical frame
    const std::size_t first = out.size();
    for (std::size_t k = 1; k < m; ++k) {
        const double t = static_cast<double>(k) / static_cast<double>(m);
        const XY base{s.x + dx * t, s.y + dy * t};
        const double w = amplitude * hash_unit(base);
        out.push_back({base.x + nx * w, base.y + ny * w});
    }
    if (flip) std::reverse(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
}

std::size_t count_for(const Layer& layer, double step) {
    std::size_t n = 0;
    for (const auto& f : layer.features)
        for (const Ring& r : f.rings) {
            n += 1;  // closing point
            for (std::size_t i = 0; i + 1 < r.size(); ++i)
                n += segments_for(std::hypot(r[i + 1].x - r[i].x, r[i + 1].y - r[i].y), step);
        }
    return n;
}

}  // namespace

int main(int argc, char** argv) {
    std::string dir = "/tmp/dspt-bench";
    std::size_t target = 2'000'000;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--vertices") == 0 && i + 1 < argc)
            target = std::stoul(argv[++i]);
        else
            dir = argv[i];
    }
    const std::string source =
        std::string(DSPT_SHARED_DATA) + "/dspt-2023-11/boundaries/ICB_APR_2023_EN_BSC.shp";
    const auto t0 = std::chrono::steady_clock::now();
    dspt::io::Warnings warnings;
    const Layer icb = dspt::geo::read_polygon_shapefile(source, "EPSG:27700", warnings);

    // The spacing that gives ~target vertices: a few fixed-point rounds on the count.
    double total = 0;
    for (const auto& f : icb.features)
        for (const Ring& r : f.rings)
            for (std::size_t i = 0; i + 1 < r.size(); ++i)
                total += std::hypot(r[i + 1].x - r[i].x, r[i + 1].y - r[i].y);
    double step = total / static_cast<double>(target);
    for (int round = 0; round < 8; ++round)
        step *= static_cast<double>(count_for(icb, step)) / static_cast<double>(target);
    const double amplitude = std::min(4.0, step * 0.3);

    Layer dense = icb;
    for (auto& f : dense.features)
        for (Ring& r : f.rings) {
            Ring out;
            out.reserve(r.size() * 100);
            for (std::size_t i = 0; i + 1 < r.size(); ++i) {
                out.push_back(r[i]);
                densify_edge(r[i], r[i + 1], step, amplitude, out);
            }
            out.push_back(r.back());
            r = std::move(out);
        }

    std::filesystem::create_directories(dir);
    const std::string out = (std::filesystem::path(dir) / "ICB_APR_2023_EN_DENSE.shp").string();
    dspt::geo::write_polygon_shapefile(dense, out, {"ICB23CD", "ICB23NM"});
    const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("%s: %zu features, %zu vertices (from %zu), spacing %.2f m, wiggle +-%.2f m, %.2f s\n",
                out.c_str(), dense.features.size(), dense.vertex_count(), icb.vertex_count(), step, amplitude,
                secs);
    return 0;
}
