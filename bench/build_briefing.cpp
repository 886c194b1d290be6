// Benchmark: the whole briefing build on the November 2023 sample — read the inputs,
// curate, load and project the boundaries, lay out the PDF (every figure drawn as vector
// through HaruCanvas) — and, when given the dspt-report binary, the real `build` command
// end to end (CSVs, slide PNGs and the PDF written to a temporary folder). The question it
// answers: is a monthly run interactive? Not run by ctest; prints the best and the median
// of R runs of each step.
//
//   build_briefing [--runs R] [--binary PATH/TO/dspt-report]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "curate/curation.h"
#include "figures/figure.h"
#include "io/manifest.h"
#include "io/readers.h"
#include "maps/map_layers.h"
#include "report/briefing_pdf.h"
#include "style/style.h"

namespace {

namespace fs = std::filesystem;

struct Timing {
    double best_ms = 0;
    double median_ms = 0;
};

Timing time_runs(int runs, const std::function<void()>& fn) {
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        fn();
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

void print(const char* step, const Timing& t) {
    std::printf("  %-36s best %8.1f ms   median %8.1f ms\n", step, t.best_ms, t.median_ms);
}

dspt::curate::BriefingData read_and_curate(const dspt::io::Manifest& m) {
    dspt::io::Warnings warnings;
    dspt::curate::CurationInputs in;
    in.title = m.title;
    in.reference_date = *m.reference_date;
    in.edition = m.edition;
    in.current = dspt::io::read_dspt_export(m.dspt_export, warnings);
    if (m.previous_export) in.previous = dspt::io::read_dspt_export(*m.previous_export, warnings);
    for (const auto& p : m.ods_trusts) {
        auto rows = dspt::io::read_ods_organisations(p, warnings);
        in.ods_trusts.insert(in.ods_trusts.end(), rows.begin(), rows.end());
    }
    in.ons = dspt::io::read_ons_lookup(m.ons_lookup, warnings);
    if (m.postcodes)
        in.postcodes =
            dspt::io::read_postcodes(*m.postcodes, dspt::curate::wanted_postcodes(in.ods_trusts), warnings);
    return dspt::curate::curate(in, warnings);
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 5;
    std::string binary;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else if (std::strcmp(argv[i], "--binary") == 0 && i + 1 < argc)
            binary = argv[++i];
    }
    const std::string manifest_path = DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml";
    const auto manifest = dspt::io::read_manifest(manifest_path);
    const auto style = dspt::style::Style::load(DSPT_SOURCE_DIR "/styles/nhs.toml");
    std::printf("build_briefing: %s, %d runs\n", manifest_path.c_str(), runs);

    dspt::curate::BriefingData data;
    print("read + curate", time_runs(runs, [&] { data = read_and_curate(manifest); }));

    dspt::maps::MapLayers maps;
    dspt::io::Warnings map_warnings;
    print("boundaries: read, project, join", time_runs(runs, [&] {
              dspt::io::Warnings w;
              maps = dspt::maps::load_and_join_map_layers(manifest.icb_boundaries, manifest.region_boundaries,
                                                          data.icbs, style, w);
              map_warnings = w;
          }));

    const dspt::figures::FigureInputs inputs{data, style, &maps};
    const auto figures = dspt::figures::all_figures(inputs);
    dspt::report::ReportExtras extras;
    extras.version = "bench";
    extras.warnings = &map_warnings;  // the map stage's only: enough to time the layout
    extras.source_date_epoch = 1700092800;
    std::string pdf;
    print("PDF layout (in memory)", time_runs(runs, [&] {
              pdf = dspt::report::render_briefing_pdf(data, figures, inputs, style, extras);
          }));
    std::printf("  PDF: %zu bytes, %zu figures\n", pdf.size(), figures.size());

    if (!binary.empty()) {
        const fs::path out = fs::temp_directory_path() / "dspt-bench-build";
        const std::string command = "SOURCE_DATE_EPOCH=1700092800 '" + binary + "' build --out '" +
                                    out.string() + "' '" + manifest_path + "' >/dev/null 2>&1";
        int status = 0;
        print("dspt-report build (whole run)",
              time_runs(runs, [&] { status |= std::system(command.c_str()); }));
        if (status != 0) std::printf("  warning: a build exited with an error\n");
        fs::remove_all(out);
    }
    return 0;
}
