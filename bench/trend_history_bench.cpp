// Benchmark (issue #16): what the trend's history costs a build. The 2019 all-sector export
// (31,970 rows, older layout) is the heaviest snapshot of the default manifest; it must add
// less than 0.1 s. Measures, best and median of R runs:
//   - reading it as a trend snapshot (streamed; publication dates not parsed, only the rows of
//     the sectors a trend counts kept) and counting it; the first read of a process is shown
//     apart, as a build pays it (memory the process has not touched yet);
//   - with --binary, the real `dspt-report build` on the default manifest against the same
//     manifest without its 2019 [[history]] entry, runs interleaved so both see the same load.
// Not run by ctest.
//
//   trend_history_bench [--runs R] [--binary PATH/TO/dspt-report]
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <vector>

#include "curate/sector_coverage.h"
#include "curate/trend.h"
#include "io/manifest.h"
#include "io/readers.h"

namespace {

namespace fs = std::filesystem;

struct Timing {
    double best_ms = 0;
    double median_ms = 0;
};

Timing summarise(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {ms.front(), ms[ms.size() / 2]};
}

double time_ms(const std::function<void()>& fn) {
    const auto t0 = std::chrono::steady_clock::now();
    fn();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void print(const char* step, const Timing& t) {
    std::printf("  %-44s best %8.1f ms   median %8.1f ms\n", step, t.best_ms, t.median_ms);
}

std::string shell_quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

}  // namespace

int main(int argc, char** argv) {
    int runs = 9;
    std::string binary;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else if (!std::strcmp(argv[i], "--binary") && i + 1 < argc) {
            binary = argv[++i];
        } else {
            std::fprintf(stderr, "usage: trend_history_bench [--runs R] [--binary PATH/TO/dspt-report]\n");
            return 2;
        }
    }
    const std::string manifest_path = std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2023-11.toml";
    const dspt::io::Manifest m = dspt::io::read_manifest(manifest_path);
    const auto it = std::find_if(m.history.begin(), m.history.end(), [](const auto& h) {
        return h.date == dspt::io::Date{2019, 6, 17};
    });
    if (it == m.history.end()) {
        std::fprintf(stderr, "the default manifest lists no June 2019 snapshot\n");
        return 1;
    }
    const dspt::io::HistoryEntry h2019 = *it;
    std::vector<std::string> icb_codes;
    {
        dspt::io::Warnings w;
        for (const auto& icb : dspt::io::read_ons_lookup(m.ons_lookup, w).icbs)
            icb_codes.push_back(icb.ods_code);
    }

    std::printf("2019 snapshot: %s\n", h2019.export_path.c_str());
    // As the pipeline reads it: no publication dates, only rows of the sectors a trend counts.
    dspt::io::ExportReadOptions options{
        false, false, [](std::string_view s) { return dspt::curate::sector_of_label(s).has_value(); }};
    std::vector<double> read_ms, count_ms;
    std::size_t rows = 0, trusts = 0;
    for (int r = 0; r < runs; ++r) {
        dspt::io::Warnings w;
        dspt::io::DsptExport e;
        read_ms.push_back(time_ms([&] { e = dspt::io::read_dspt_export(h2019.export_path, w, options); }));
        std::vector<dspt::curate::TrendPoint> points;
        count_ms.push_back(time_ms([&] {
            points = dspt::curate::count_history({{&e, h2019.date, h2019.edition, std::nullopt}}, icb_codes,
                                                 *m.reference_date, m.dspt_export, false, w);
        }));
        rows = e.records.size();
        for (const auto& p : points)
            if (p.sector == dspt::curate::Sector::NhsTrust) trusts = p.n();
    }
    std::printf("  %zu rows kept, %zu NHS trusts counted\n", rows, trusts);
    std::printf("  %-44s      %8.1f ms\n", "first read in this process", read_ms.front());
    print("read as a trend snapshot", summarise(read_ms));
    print("count (METHODOLOGY.md, trend)", summarise(count_ms));

    if (!binary.empty()) {
        // The default manifest without the 2019 entry, its paths made absolute.
        const fs::path dir = fs::temp_directory_path() / "dspt-bench" / "trend";
        fs::create_directories(dir);
        std::ifstream in(manifest_path);
        std::stringstream text;
        text << in.rdbuf();
        std::string s = text.str();
        const std::string examples = std::string(DSPT_SOURCE_DIR) + "/examples/";
        for (std::size_t at = 0; (at = s.find("\"../", at)) != std::string::npos; at += examples.size() + 1)
            s.insert(at + 1, examples);
        const auto entry =
            s.find("[[history]]\nexport = \"" + examples + "../../shared/data/dspt-2019-06-all-sectors");
        const auto next = s.find("[[history]]", entry + 1);
        if (entry == std::string::npos || next == std::string::npos) {
            std::fprintf(stderr, "cannot find the 2019 [[history]] entry in %s\n", manifest_path.c_str());
            return 1;
        }
        std::ofstream(dir / "without-2019.toml") << s.substr(0, entry) + s.substr(next);
        const auto build = [&](const std::string& manifest) {
            const std::string cmd = shell_quoted(binary) + " build " + shell_quoted(manifest) + " --out " +
                                    shell_quoted((dir / "out").string()) + " >/dev/null 2>&1";
            return time_ms([&] {
                const int status = std::system(cmd.c_str());
                if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
                    std::fprintf(stderr, "failed: %s\n", cmd.c_str());
                    std::exit(1);
                }
            });
        };
        std::vector<double> with_ms, without_ms;
        for (int r = 0; r < runs; ++r) {
            with_ms.push_back(build(manifest_path));
            without_ms.push_back(build((dir / "without-2019.toml").string()));
        }
        const Timing with = summarise(with_ms), without = summarise(without_ms);
        print("dspt-report build, default manifest", with);
        print("dspt-report build, without the 2019 entry", without);
        std::printf("  the 2019 snapshot adds %.1f ms (best) / %.1f ms (median)\n",
                    with.best_ms - without.best_ms, with.median_ms - without.median_ms);
    }
    return 0;
}
