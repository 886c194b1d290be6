// Times the ICB status map end to end — load + project + prepare + draw + PNG — from the
// sample boundaries and from a densified ~2 M-vertex copy (written by densify_boundaries),
// and writes every map as a slide PNG and as an A4-block PNG for looking at. Not run by ctest.
//
//   map_render_bench [OUT_DIR] [--dense DENSE.shp] [--runs N]
//     OUT_DIR   where the PNGs go (default /tmp/dspt-bench/maps)
//     --dense   the densified ICB shapefile (default /tmp/dspt-bench/ICB_APR_2023_EN_DENSE.shp;
//               skipped with a note when it does not exist)
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

#include "curate/curation.h"
#include "draw/cairo_canvas.h"
#include "figures/map_figures.h"
#include "io/atomic_file.h"
#include "io/readers.h"
#include "maps/map_layers.h"
#include "style/fonts.h"
#include "style/style.h"

namespace {

using namespace dspt;
using Clock = std::chrono::steady_clock;

const std::string kSample = std::string(DSPT_SHARED_DATA) + "/dspt-2023-11";

curate::BriefingData sample_briefing() {
    io::Warnings w;
    curate::CurationInputs in;
    in.title = "Data Security and Protection Toolkit: cyber security briefing";
    in.reference_date = io::Date{2023, 11, 16};
    in.edition = "22/23";
    in.current = io::read_dspt_export(kSample + "/dspt/DSPT search results 16_11_2023.csv", w);
    for (const char* f : {"/ods/etr.csv", "/ods/ect.csv"}) {
        auto rows = io::read_ods_organisations(kSample + f, w);
        in.ods_trusts.insert(in.ods_trusts.end(), rows.begin(), rows.end());
    }
    in.ons = io::read_ons_lookup(kSample + "/ons/LOC23_ICB23_NHSER23_EN_LU.csv", w);
    in.postcodes = io::read_postcodes(kSample + "/postcodes/trust_postcodes.csv",
                                      curate::wanted_postcodes(in.ods_trusts), w);
    return curate::curate(in, w);
}

// One canvas of width x height units at `scale`, drawn by `draw` and written as a PNG.
void render_to_png(const draw::FontLibrary& fonts, double width, double height, double scale,
                   const std::function<void(draw::Canvas&)>& draw, const std::string& path) {
    draw::CairoCanvas canvas(fonts, width, height, scale);
    draw(canvas);
    const auto bytes = canvas.png_bytes();
    io::write_file_atomically(path,
                              std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

double seconds_since(Clock::time_point t0) {
    return std::chrono::duration<double>(Clock::now() - t0).count();
}

struct Timing {
    double load = 0, render = 0;
    std::size_t vertices = 0;
};

// One full ICB status map: boundaries read, projected and prepared, then drawn and encoded.
Timing time_icb_map(const std::string& icb_shp, const curate::BriefingData& data, const style::Style& style,
                    const draw::FontLibrary& fonts, const std::string& png) {
    Timing t;
    const auto t0 = Clock::now();
    io::Warnings w;
    const dspt::maps::MapLayers maps = dspt::maps::load_and_join_map_layers(
        icb_shp, kSample + "/boundaries/NHSER_JUL_2022_EN_BUC.shp", data.icbs, style, w);
    t.load = seconds_since(t0);
    t.vertices = maps.icbs.vertex_count();
    const auto t1 = Clock::now();
    const figures::FigureInputs in{data, style, &maps};
    const auto figures = figures::map_figures(in);
    render_to_png(
        fonts, style.theme().slide.width, style.theme().slide.height, style.theme().slide.scale,
        [&](draw::Canvas& c) {
            figures.front().draw(c, {0, 0, style.theme().slide.width, style.theme().slide.height}, in);
        },
        png);
    t.render = seconds_since(t1);
    return t;
}

}  // namespace

int main(int argc, char** argv) {
    std::string out = "/tmp/dspt-bench/maps";
    std::string dense = "/tmp/dspt-bench/ICB_APR_2023_EN_DENSE.shp";
    int runs = 3;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--dense") == 0 && i + 1 < argc)
            dense = argv[++i];
        else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::stoi(argv[++i]);
        else
            out = argv[i];
    }
    std::filesystem::create_directories(out);
    const std::string root = DSPT_SOURCE_DIR;
    const auto slides = style::Style::load(root + "/styles/slides.toml");
    const auto print = style::Style::load(root + "/styles/nhs.toml");
    const auto fonts = style::load_fonts(slides);
    const auto data = sample_briefing();

    // Every map, as a slide and as blocks of an A4 page (515 x 360 pt at 300 dpi; 515 x 640 pt).
    {
        io::Warnings w;
        const auto maps = dspt::maps::load_and_join_map_layers(
            kSample + "/boundaries/ICB_APR_2023_EN_BSC.shp",
            kSample + "/boundaries/NHSER_JUL_2022_EN_BUC.shp", data.icbs, slides, w);
        for (const auto& [style, suffix, width, height, scale] :
             {std::tuple{&slides, "", slides.theme().slide.width, slides.theme().slide.height,
                         slides.theme().slide.scale},
              std::tuple{&print, "_a4", 515.0, 360.0, print.theme().print.dpi / 72},
              std::tuple{&print, "_a4_tall", 515.0, 640.0, 150.0 / 72}}) {
            const figures::FigureInputs in{data, *style, &maps};
            for (const auto& f : figures::map_figures(in)) {
                const std::string path = out + "/" + f.id + suffix + ".png";
                render_to_png(
                    *fonts, width, height, scale,
                    [&](draw::Canvas& c) {
                        f.draw(c, {0, 0, width, height}, in);
                    },
                    path);
                std::printf("wrote %s\n", path.c_str());
            }
        }
    }

    auto report = [&](const char* name, const std::string& shp) {
        double best_load = 1e9, best_render = 1e9;
        std::size_t vertices = 0;
        for (int r = 0; r < runs; ++r) {
            const Timing t =
                time_icb_map(shp, data, slides, *fonts, out + "/icb_status_map_" + name + ".png");
            best_load = std::min(best_load, t.load);
            best_render = std::min(best_render, t.render);
            vertices = t.vertices;
        }
        std::printf(
            "%-8s %9zu ICB vertices: load+project+prepare %.3f s, draw+PNG %.3f s, total %.3f s (best of "
            "%d)\n",
            name, vertices, best_load, best_render, best_load + best_render, runs);
    };
    report("sample", kSample + "/boundaries/ICB_APR_2023_EN_BSC.shp");
    if (std::filesystem::exists(dense)) {
        report("dense", dense);
    } else {
        std::printf("dense: %s not found; run densify_boundaries first\n", dense.c_str());
    }
    return 0;
}
