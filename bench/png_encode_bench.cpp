// Benchmark: encoding the seven slide PNGs of the November 2023 sample (1920 x 1080) with
// Cairo's writer (cairo_surface_write_to_png: libpng's adaptive row filters, zlib level 6)
// and with draw::encode_png (no row filters, libdeflate at its default level or --level L),
// side by side on the same surfaces. Prints, per slide and in total, the best of R encodings and the file
// sizes; the goal of issue #12 is at least 4x faster and no more than 15 % larger. Not run by ctest.
//
//   png_encode_bench [--runs R] [--level L]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "curate/curation.h"
#include "draw/cairo_canvas.h"
#include "draw/png_encoder.h"
#include "figures/figure.h"
#include "io/manifest.h"
#include "io/readers.h"
#include "maps/map_layers.h"
#include "style/fonts.h"
#include "style/style.h"

namespace {

using namespace dspt;

dspt::curate::BriefingData read_and_curate(const io::Manifest& m) {
    io::Warnings warnings;
    curate::CurationInputs in;
    in.title = m.title;
    in.reference_date = *m.reference_date;
    in.edition = m.edition;
    in.current = io::read_dspt_export(m.dspt_export, warnings);
    if (m.previous_export) in.previous = io::read_dspt_export(*m.previous_export, warnings);
    for (const auto& p : m.ods_trusts) {
        auto rows = io::read_ods_organisations(p, warnings);
        in.ods_trusts.insert(in.ods_trusts.end(), rows.begin(), rows.end());
    }
    in.ons = io::read_ons_lookup(m.ons_lookup, warnings);
    if (m.postcodes)
        in.postcodes = io::read_postcodes(*m.postcodes, curate::wanted_postcodes(in.ods_trusts), warnings);
    return curate::curate(in, warnings);
}

// Best wall time of `runs` calls, in milliseconds; the bytes of the last call.
template <typename Encode>
double best_ms(int runs, Encode encode, std::vector<unsigned char>& bytes) {
    double best = 1e300;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        bytes = encode();
        best = std::min(
            best, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    return best;
}

cairo_status_t append(void* closure, const unsigned char* data, unsigned int n) {
    auto* out = static_cast<std::vector<unsigned char>*>(closure);
    out->insert(out->end(), data, data + n);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 9;
    draw::PngEncoding encoding;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) runs = std::max(1, std::atoi(argv[++i]));
        if (std::strcmp(argv[i], "--level") == 0 && i + 1 < argc) encoding.level = std::atoi(argv[++i]);
    }
    const auto manifest = io::read_manifest(DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml");
    const auto style = style::Style::load(DSPT_SOURCE_DIR "/styles/slides.toml");
    const auto fonts = style::load_fonts(style);
    const auto data = read_and_curate(manifest);
    io::Warnings w;
    const auto maps = dspt::maps::load_and_join_map_layers(manifest.icb_boundaries,
                                                           manifest.region_boundaries, data.icbs, style, w);
    const figures::FigureInputs inputs{data, style, &maps};
    const double width = style.theme().slide.width, height = style.theme().slide.height;

    std::printf("png_encode_bench: 7 slides, best of %d encodings each, ours at libdeflate level %d\n", runs,
                encoding.level);
    std::printf("  %-20s %10s %10s %7s %10s %10s %7s\n", "slide", "cairo ms", "ours ms", "faster", "cairo B",
                "ours B", "size");
    double cairo_total = 0, ours_total = 0;
    std::size_t cairo_bytes = 0, ours_bytes = 0;
    for (const auto& fig : figures::all_figures(inputs)) {
        draw::CairoCanvas canvas(*fonts, width, height, style.theme().slide.scale,
                                 style.theme().colors.background);
        fig.draw(canvas, {0, 0, width, height}, inputs);
        cairo_surface_t* surface = cairo_get_target(canvas.context());
        std::vector<unsigned char> theirs, ours;
        const double t_cairo = best_ms(
            runs,
            [&] {
                std::vector<unsigned char> out;
                cairo_surface_write_to_png_stream(surface, append, &out);
                return out;
            },
            theirs);
        const double t_ours = best_ms(
            runs, [&] { return draw::encode_png(surface, 0, encoding); }, ours);
        std::printf("  %-20s %10.1f %10.1f %6.2fx %10zu %10zu %+6.1f%%\n", fig.id.c_str(), t_cairo, t_ours,
                    t_cairo / t_ours, theirs.size(), ours.size(),
                    100.0 * (double(ours.size()) / theirs.size() - 1));
        cairo_total += t_cairo, ours_total += t_ours;
        cairo_bytes += theirs.size(), ours_bytes += ours.size();
    }
    std::printf("  %-20s %10.1f %10.1f %6.2fx %10zu %10zu %+6.1f%%\n", "all seven", cairo_total, ours_total,
                cairo_total / ours_total, cairo_bytes, ours_bytes,
                100.0 * (double(ours_bytes) / cairo_bytes - 1));
    return 0;
}
