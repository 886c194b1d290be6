// Benchmark: the geometry pipeline of a map — read the shapefile, project it, prepare it
// (shared arcs and removal thresholds, once), filter it to output resolution, place the labels — on the ICB
// sample (24k vertices), the ONS county file (103k) and the densified ICB file (2 M; make it first with
// densify_boundaries). The question it answers: does detailed boundary input stay fast
// enough for a monthly run? Not run by ctest; prints the best of R runs of each step.
//
//   geo_pipeline_bench [DENSE_SHP] [--runs R]
//     DENSE_SHP  default /tmp/dspt-bench/ICB_APR_2023_EN_DENSE.shp (skipped if missing)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "geo/polylabel.h"
#include "geo/prepared_layer.h"
#include "geo/projection.h"
#include "geo/shapefile_reader.h"

namespace {

using dspt::geo::Layer;

double best_ms(int runs, const std::function<void()>& fn) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        best = std::min(
            best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

std::size_t ring_count(const Layer& l) {
    std::size_t n = 0;
    for (const auto& f : l.features) n += f.rings.size();
    return n;
}

void bench_file(const std::string& label, const std::string& shp, int runs) {
    dspt::io::Warnings warnings;
    Layer layer;
    const double read =
        best_ms(runs, [&] { layer = dspt::geo::read_polygon_shapefile(shp, "EPSG:27700", warnings); });
    std::printf("\n%s: %zu features, %zu rings, %zu vertices\n", label.c_str(), layer.features.size(),
                ring_count(layer), layer.vertex_count());
    std::printf("  %-40s %9.1f ms\n", "read (shapelib + .dbf + .prj check)", read);

    Layer bng, merc;
    const double identity = best_ms(runs, [&] { bng = dspt::geo::project_layer(layer, "EPSG:27700"); });
    std::printf("  %-40s %9.1f ms\n", "project to EPSG:27700 (identity: copy)", identity);
    const double to3857 = best_ms(runs, [&] { merc = dspt::geo::project_layer(layer, "EPSG:3857"); });
    std::printf("  %-40s %9.1f ms\n", "project to EPSG:3857 (OSGB36 -> WGS84)", to3857);

    dspt::geo::PreparedLayer prepared;
    const double prep = best_ms(runs, [&] { prepared = dspt::geo::prepare_layer(bng); });
    std::printf("  %-40s %9.1f ms  -> %zu arcs, %zu arc vertices\n", "prepare_layer (arcs + thresholds)",
                prep, prepared.arcs.size(), prepared.points.size());
    for (double tol : {50.0, 300.0}) {
        Layer s;
        const double ms = best_ms(runs, [&] { s = dspt::geo::layer_at(prepared, bng, tol); });
        char name[64];
        std::snprintf(name, sizeof name, "layer_at %.0f m (filter)", tol);
        std::printf("  %-40s %9.1f ms  -> %zu vertices, %zu rings\n", name, ms, s.vertex_count(),
                    ring_count(s));
        if (tol == 300.0) {
            const double pl = best_ms(runs, [&] {
                for (const auto& f : s.features) (void)dspt::geo::polylabel(f.rings, 100);
            });
            std::printf("  %-40s %9.1f ms\n", "polylabel (simplified, 100 m precision)", pl);
        }
    }
    const double total = best_ms(1, [&] {
        dspt::io::Warnings w;
        Layer l = dspt::geo::read_polygon_shapefile(shp, "EPSG:27700", w);
        Layer p = dspt::geo::project_layer(l, "EPSG:27700");
        Layer s = dspt::geo::layer_at(dspt::geo::prepare_layer(p), p, 300);
        for (const auto& f : s.features) (void)dspt::geo::polylabel(f.rings, 100);
    });
    std::printf("  %-40s %9.1f ms\n", "read + project + prepare + filter + labels", total);
}

}  // namespace

int main(int argc, char** argv) {
    std::string dense = "/tmp/dspt-bench/ICB_APR_2023_EN_DENSE.shp";
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::stoi(argv[++i]);
        else
            dense = argv[i];
    }
    const std::string data = DSPT_SHARED_DATA;
    bench_file("ICB sample (ICB_APR_2023_EN_BSC)", data + "/dspt-2023-11/boundaries/ICB_APR_2023_EN_BSC.shp",
               runs);
    bench_file("ONS counties (CTY_MAY_2023_EN_BGC)", data + "/boundaries-extra/CTY_MAY_2023_EN_BGC.shp",
               runs);
    if (std::filesystem::exists(dense))
        bench_file("densified ICB (" + dense + ")", dense, std::max(1, runs / 2));
    else
        std::printf("\n%s not found: run densify_boundaries first\n", dense.c_str());
    return 0;
}
