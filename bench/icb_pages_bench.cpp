// What each ICB's page and slide cost (issue #14): `dspt-report build` on the default
// manifest with and without --no-icb-pages, runs interleaved so both see the same load;
// with --dense, the same on a copy of the manifest whose ICB boundaries are the densified
// ones (bench/densify_boundaries). The goal: at most +1.0 s on the sample boundaries and
// +2.0 s on the 2.0 M-vertex ones, on the 2-core machine.
//
//   icb_pages_bench --binary build/dspt-report [--runs R] [--dense /tmp/dspt-bench/ICB_dense.shp]
#include <sys/wait.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace {

namespace fs = std::filesystem;

std::string shell_quoted(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

double run_ms(const std::string& cmd) {
    const auto t0 = std::chrono::steady_clock::now();
    const int status = std::system(cmd.c_str());
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "failed: %s\n", cmd.c_str());
        std::exit(1);
    }
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

void report(const char* what, std::vector<double> with, std::vector<double> without) {
    std::sort(with.begin(), with.end());
    std::sort(without.begin(), without.end());
    const double wb = with.front(), wm = with[with.size() / 2];
    const double ob = without.front(), om = without[without.size() / 2];
    std::printf(
        "%s\n  with ICB pages     best %7.0f ms  median %7.0f ms\n"
        "  --no-icb-pages     best %7.0f ms  median %7.0f ms\n"
        "  the 42 pages + 42 slides add %.0f ms (best) / %.0f ms (median)\n",
        what, wb, wm, ob, om, wb - ob, wm - om);
}

}  // namespace

int main(int argc, char** argv) {
    std::string binary, dense;
    int runs = 5;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--binary") && i + 1 < argc) {
            binary = argv[++i];
        } else if (!std::strcmp(argv[i], "--dense") && i + 1 < argc) {
            dense = argv[++i];
        } else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc) {
            runs = std::max(1, std::atoi(argv[++i]));
        } else {
            std::fprintf(stderr,
                         "usage: icb_pages_bench --binary PATH/TO/dspt-report [--runs R] [--dense SHP]\n");
            return 2;
        }
    }
    if (binary.empty()) {
        std::fprintf(stderr, "icb_pages_bench: --binary is required\n");
        return 2;
    }
    const fs::path dir = fs::temp_directory_path() / "dspt-bench" / "icb-pages";
    fs::create_directories(dir);
    const std::string manifest = std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2023-11.toml";
    auto build = [&](const std::string& m, bool pages) {
        return run_ms(shell_quoted(binary) + " build " + shell_quoted(m) + (pages ? "" : " --no-icb-pages") +
                      " --out " + shell_quoted((dir / (pages ? "with" : "without")).string()) +
                      " >/dev/null 2>&1");
    };
    auto measure = [&](const char* what, const std::string& m) {
        build(m, true);  // warm the page cache
        std::vector<double> with, without;
        for (int r = 0; r < runs; ++r) {
            with.push_back(build(m, true));
            without.push_back(build(m, false));
        }
        report(what, with, without);
    };
    measure("default manifest (sample boundaries)", manifest);
    if (!dense.empty()) {
        // The default manifest, its paths made absolute, with the densified ICB boundaries.
        std::ifstream in(manifest);
        std::stringstream text;
        text << in.rdbuf();
        std::string s = text.str();
        const std::string examples = std::string(DSPT_SOURCE_DIR) + "/examples/";
        for (std::size_t at = 0; (at = s.find("\"../", at)) != std::string::npos; at += examples.size() + 1)
            s.insert(at + 1, examples);
        const auto key = s.find("icb_boundaries = \"");
        const auto end = s.find('"', key + 18);
        if (key == std::string::npos || end == std::string::npos) {
            std::fprintf(stderr, "no icb_boundaries in %s\n", manifest.c_str());
            return 1;
        }
        s.replace(key + 18, end - key - 18, fs::absolute(dense).string());
        const fs::path m = dir / "dense.toml";
        std::ofstream(m) << s;
        measure("densified ICB boundaries", m.string());
    }
    return 0;
}
