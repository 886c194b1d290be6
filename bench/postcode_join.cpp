// Benchmark: read_postcodes on a synthetic ONS Postcode Directory (2.7 M rows,
// ~50 columns, ~1 GB), keeping the 211 trust headquarters postcodes of the sample.
// The question it answers: does joining trusts to the full ONSPD take seconds and
// constant memory? Not run by ctest.
//
//   postcode_join [FILE] [--rows N] [--reuse]
//     FILE     where to write the synthetic CSV (default /tmp/dspt-bench-onspd.csv)
//     --rows   number of rows (default 2,700,000)
//     --reuse  read FILE as it is if it exists (to time reading alone)
#include <sys/resource.h>

#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "io/readers.h"

namespace {

using Clock = std::chrono::steady_clock;

// The ONSPD column set (Feb 2024 layout); pcds, lat and long are among them.
const std::vector<std::string> kColumns{
    "pcd",     "pcd2",     "pcds",     "dointr",   "doterm",   "oscty",    "ced",   "oslaua",    "osward",
    "parish",  "usertype", "oseast1m", "osnrth1m", "osgrdind", "oshlthau", "nhser", "ctry",      "rgn",
    "streg",   "pcon",     "eer",      "teclec",   "ttwa",     "pct",      "itl",   "statsward", "oa01",
    "casward", "npark",    "lsoa01",   "msoa01",   "ur01ind",  "oac01",    "oa11",  "lsoa11",    "msoa11",
    "wz11",    "sicbl",    "bua22",    "ru11ind",  "oac11",    "lat",      "long",  "lep1",      "lep2",
    "pfa",     "imd",      "calncv",   "icb",      "oa21",     "lsoa21",   "msoa21"};

struct RealPostcode {
    std::string pcds, lat, lon;
};

std::vector<RealPostcode> sample_postcodes() {
    std::ifstream in(std::string(DSPT_SHARED_DATA) + "/dspt-2023-11/postcodes/trust_postcodes.csv");
    std::vector<RealPostcode> out;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        const auto a = line.find(','), b = line.find(',', a + 1);
        out.push_back({line.substr(0, a), line.substr(a + 1, b - a - 1), line.substr(b + 1)});
    }
    return out;
}

void add_number(std::string& s, long v) {
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    s.append(buf, r.ptr);
}

void add_code(std::string& s, char prefix, long v) {  // "E01012345"-style GSS codes, quoted
    s += '"';
    s += prefix;
    char buf[16];
    std::snprintf(buf, sizeof buf, "%08ld", v % 100000000);
    s += buf;
    s += "\",";
}

// Writes `rows` ONSPD-like rows; the real postcodes are spread evenly through the file.
void generate(const std::string& path, long rows, const std::vector<RealPostcode>& real) {
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "wb"), &std::fclose);
    if (!f) throw std::runtime_error("cannot write " + path);
    std::string out;
    out.reserve(8u << 20);
    for (std::size_t i = 0; i < kColumns.size(); ++i) out += (i ? "," : "") + kColumns[i];
    out += "\r\n";
    const long stride = rows / static_cast<long>(real.size() + 1);
    std::size_t next_real = 0;
    for (long i = 0; i < rows; ++i) {
        std::string pcds, lat, lon;
        if (next_real < real.size() && i == stride * static_cast<long>(next_real + 1)) {
            const auto& r = real[next_real++];
            pcds = r.pcds, lat = r.lat, lon = r.lon;
        } else {
            // "Zx99 9xx": a "Z" area does not exist, so no synthetic row collides with a real one.
            const long a = i % 26, d = (i / 26) % 100, e = (i / 2600) % 10, f1 = (i / 26000) % 26,
                       f2 = (i / 676000) % 26;
            pcds = std::string("Z") + char('A' + a) + std::to_string(d) + ' ' + char('0' + e) +
                   char('A' + f1) + char('A' + f2);
            const bool no_grid = i % 97 == 0;  // ONSPD: terminated/unknown postcodes have no grid reference
            lat = no_grid ? "99.999999" : std::to_string(50.0 + static_cast<double>(i % 500000) / 100000.0);
            lon = no_grid ? "0.000000" : std::to_string(-5.0 + static_cast<double>(i % 700000) / 100000.0);
        }
        std::string pcd = pcds;  // 7-character form
        if (pcd.size() < 8) {
            const auto sp = pcd.find(' ');
            pcd.erase(sp, 1);
            pcd.insert(pcd.size() - 3, std::string(7 - pcd.size(), ' '));
        }
        out += '"' + pcd + "\",\"" + pcd + "\",\"" + pcds + "\",\"198001\",";
        out += (i % 5 == 0) ? "\"201906\"," : ",";
        add_code(out, 'E', 10000000 + i % 40);      // oscty
        add_code(out, 'E', 58000000 + i % 1500);    // ced
        add_code(out, 'E', 6000000 + i % 300);      // oslaua
        add_code(out, 'E', 5000000 + i % 9000);     // osward
        add_code(out, 'E', 4000000 + i % 10000);    // parish
        out += (i % 7 == 0) ? "\"1\"," : "\"0\",";  // usertype
        add_number(out, 300000 + i % 400000), out += ',';
        add_number(out, 100000 + i % 600000), out += ',';
        out += "\"1\",";
        add_code(out, 'E', 18000000 + i % 200);  // oshlthau
        add_code(out, 'E', 40000000 + i % 7);    // nhser
        out += "\"E92000001\",";
        add_code(out, 'E', 12000000 + i % 9);  // rgn
        out += "\"0\",";
        add_code(out, 'E', 14000000 + i % 650);  // pcon
        add_code(out, 'E', 15000000 + i % 9);    // eer
        add_code(out, 'E', 24000000 + i % 200);  // teclec
        add_code(out, 'E', 30000000 + i % 200);  // ttwa
        add_code(out, 'E', 16000000 + i % 150);  // pct
        add_code(out, 'E', 8000000 + i % 180);   // itl
        out += "\"95AA01\",";
        add_code(out, 'E', i % 170000);  // oa01
        out += "\"00AAFA\",";
        add_code(out, 'E', 65000000 + i % 10);    // npark
        add_code(out, 'E', 1000000 + i % 32000);  // lsoa01
        add_code(out, 'E', 2000000 + i % 7000);   // msoa01
        out += "\"A1\",\"1A1\",";
        add_code(out, 'E', i % 180000);            // oa11
        add_code(out, 'E', 1000000 + i % 33000);   // lsoa11
        add_code(out, 'E', 2000000 + i % 7200);    // msoa11
        add_code(out, 'E', 33000000 + i % 50000);  // wz11
        add_code(out, 'E', 38000000 + i % 110);    // sicbl
        add_code(out, 'E', 63000000 + i % 8000);   // bua22
        out += "\"A1\",\"1A1\",";
        out += lat + ',' + lon + ',';
        add_code(out, 'E', 37000000 + i % 38);  // lep1
        out += "\"\",";
        add_code(out, 'E', 23000000 + i % 40);  // pfa
        add_number(out, i % 32844), out += ',';
        add_code(out, 'E', 56000000 + i % 20);    // calncv
        add_code(out, 'E', 54000000 + i % 42);    // icb
        add_code(out, 'E', i % 190000);           // oa21
        add_code(out, 'E', 1000000 + i % 35000);  // lsoa21
        add_code(out, 'E', 2000000 + i % 7300);   // msoa21
        out.back() = '\r';
        out += '\n';
        if (out.size() > (4u << 20)) {
            std::fwrite(out.data(), 1, out.size(), f.get());
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), f.get());
}

long peak_rss_kib() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
    std::string path = "/tmp/dspt-bench-onspd.csv";
    long rows = 2'700'000;
    bool reuse = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--rows" && i + 1 < argc) {
            rows = std::stol(argv[++i]);
        } else if (arg == "--reuse") {
            reuse = true;
        } else {
            path = arg;
        }
    }
    try {
        const auto real = sample_postcodes();
        if (real.size() != 211)
            std::cerr << "warning: expected 211 sample postcodes, found " << real.size() << "\n";
        if (!(reuse && std::filesystem::exists(path))) {
            const auto t0 = Clock::now();
            generate(path, rows, real);
            std::printf("generated %s: %ld rows, %.0f MB in %.2f s\n", path.c_str(), rows,
                        static_cast<double>(std::filesystem::file_size(path)) / 1e6,
                        std::chrono::duration<double>(Clock::now() - t0).count());
        }
        const long rss_before = peak_rss_kib();
        std::unordered_set<std::string> wanted;
        for (const auto& r : real) wanted.insert(dspt::io::normalise_postcode(r.pcds));

        dspt::io::Warnings warnings;
        const auto t0 = Clock::now();
        const auto index = dspt::io::read_postcodes(path, wanted, warnings);
        const double seconds = std::chrono::duration<double>(Clock::now() - t0).count();

        // Rows in the file (for the rate): count line ends outside the timing.
        const auto bytes = std::filesystem::file_size(path);
        long lines = 0;
        {
            std::ifstream in(path, std::ios::binary);
            std::vector<char> buf(1 << 20);
            while (in.read(buf.data(), static_cast<std::streamsize>(buf.size())) || in.gcount() > 0) {
                const char* p = buf.data();
                const char* end = p + in.gcount();
                while (
                    (p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
                    ++lines;
                    ++p;
                }
            }
        }
        std::printf("read_postcodes: %ld rows, %.0f MB in %.2f s = %.2f M rows/s, %.0f MB/s\n", lines - 1,
                    static_cast<double>(bytes) / 1e6, seconds, static_cast<double>(lines - 1) / seconds / 1e6,
                    static_cast<double>(bytes) / seconds / 1e6);
        std::printf("found %zu of %zu wanted postcodes; %zu warning(s)\n", index.size(), wanted.size(),
                    warnings.size());
        std::printf("peak RSS: %ld KiB (before reading: %ld KiB)\n", peak_rss_kib(), rss_before);
        return index.size() == wanted.size() ? 0 : 1;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "postcode_join: %s\n", e.what());
        return 1;
    }
}
