#include "bad_inputs/bad_input_support.h"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace dspt::bad_inputs {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

void spit(const fs::path& p, const std::string& bytes) {
    fs::create_directories(p.parent_path());
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << bytes;
    BOOST_REQUIRE_MESSAGE(out.good(), "cannot write test input " << p);
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

fs::path shared_2023() { return fs::path(DSPT_SHARED_DATA) / "dspt-2023-11"; }
fs::path real_export() { return shared_2023() / "dspt/DSPT search results 16_11_2023.csv"; }
fs::path real_previous_export() { return shared_2023() / "dspt/DSPT search results 17_10_2023.csv"; }
fs::path real_etr() { return shared_2023() / "ods/etr.csv"; }
fs::path real_ect() { return shared_2023() / "ods/ect.csv"; }
fs::path real_ons() { return shared_2023() / "ons/LOC23_ICB23_NHSER23_EN_LU.csv"; }
fs::path real_icb_shp() { return shared_2023() / "boundaries/ICB_APR_2023_EN_BSC.shp"; }
fs::path real_region_shp() { return shared_2023() / "boundaries/NHSER_JUL_2022_EN_BUC.shp"; }
fs::path real_postcodes() { return shared_2023() / "postcodes/trust_postcodes.csv"; }

std::vector<std::string> csv_lines(const fs::path& p) {
    std::vector<std::string> lines = lines_of(slurp(p));
    for (auto& l : lines)
        if (!l.empty() && l.back() == '\r') l.pop_back();
    BOOST_REQUIRE_MESSAGE(!lines.empty(), "sample file missing or empty: " << p);
    return lines;
}

std::string join_lines(const std::vector<std::string>& lines, const std::string& eol) {
    std::string out;
    for (const auto& l : lines) out += l + eol;
    return out;
}

std::size_t line_starting(const std::vector<std::string>& lines, const std::string& prefix) {
    for (std::size_t i = 0; i < lines.size(); ++i)
        if (lines[i].starts_with(prefix)) return i;
    BOOST_FAIL("no line starts with " << prefix);
    return 0;
}

void check_no_sanitizer_report(const Result& r) {
    for (const char* bad :
         {"AddressSanitizer", "LeakSanitizer", "UndefinedBehaviorSanitizer",
          "runtime error:", "terminate called", "Segmentation fault", "core dumped", "killed by signal"})
        BOOST_CHECK_MESSAGE(r.err.find(bad) == std::string::npos, "stderr mentions '" << bad << "':\n"
                                                                                      << r.err);
}

std::string error_line(const Result& r) {
    BOOST_TEST_INFO("stderr:\n" << r.err);
    BOOST_CHECK_EQUAL(r.exit_code, 1);
    check_no_sanitizer_report(r);
    std::vector<std::string> errors;
    for (const auto& l : lines_of(r.err))
        if (l.starts_with(kErrorMarker)) errors.push_back(l.substr(std::string(kErrorMarker).size()));
    BOOST_CHECK_EQUAL(errors.size(), 1u);
    // The error is the last thing said: no summary pretending the run finished.
    const auto all = lines_of(r.err);
    BOOST_CHECK(!all.empty() && all.back().starts_with(kErrorMarker));
    BOOST_CHECK(r.err.find("dspt-report: wrote ") == std::string::npos);
    return errors.empty() ? std::string() : errors.front();
}

std::map<std::string, std::string> snapshot(const fs::path& dir) {
    std::map<std::string, std::string> files;
    std::error_code ec;
    if (!fs::exists(dir, ec)) return files;
    for (const auto& entry : fs::recursive_directory_iterator(dir)) {
        if (entry.is_directory()) continue;
        files[fs::relative(entry.path(), dir).string()] =
            entry.is_regular_file() ? slurp(entry.path()) : "(special)";
    }
    return files;
}

namespace {

struct TempDir {
    fs::path path;
    explicit TempDir(const std::string& tag) {
        std::string pattern = (fs::temp_directory_path() / ("dspt-bad-" + tag + "-XXXXXX")).string();
        const char* made = ::mkdtemp(pattern.data());
        BOOST_REQUIRE_MESSAGE(made != nullptr, "mkdtemp failed");
        path = made;
    }
    ~TempDir() {
        std::error_code ec;
        fs::remove_all(path, ec);
    }
};

Result run_binary(const std::vector<std::string>& args, const fs::path& scratch) {
    // fork/exec rather than system(): wait4() then gives this run's peak memory.
    const fs::path out = scratch / "stdout.txt", err = scratch / "stderr.txt";
    std::vector<std::string> argv_text{DSPT_BINARY};
    argv_text.insert(argv_text.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argv_text) argv.push_back(a.data());
    argv.push_back(nullptr);
    const pid_t pid = ::fork();
    BOOST_REQUIRE_MESSAGE(pid >= 0, "fork failed");
    if (pid == 0) {
        // A fixed SOURCE_DATE_EPOCH as ctest sets: the PDF must not depend on the clock.
        ::setenv("SOURCE_DATE_EPOCH", "1700092800", 1);
        // dup2, not freopen: freopen would flush the test runner's buffered output a second time.
        const int fd_out = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        const int fd_err = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (fd_out < 0 || fd_err < 0 || ::dup2(fd_out, 1) < 0 || ::dup2(fd_err, 2) < 0) ::_exit(126);
        ::execv(argv[0], argv.data());
        ::_exit(127);
    }
    int status = 0;
    struct rusage usage {};
    BOOST_REQUIRE_EQUAL(::wait4(pid, &status, 0, &usage), pid);
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.max_rss_kb = usage.ru_maxrss;
    r.out = slurp(out);
    r.err = slurp(err);
    if (WIFSIGNALED(status)) r.err += "\n(killed by signal " + std::to_string(WTERMSIG(status)) + ")";
    fs::remove(out);
    fs::remove(err);
    return r;
}

std::string trimmed(const std::string& s) {
    const auto b = s.find_first_not_of(' ');
    const auto e = s.find_last_not_of(' ');
    return b == std::string::npos ? std::string() : s.substr(b, e - b + 1);
}

}  // namespace

const std::map<std::string, std::string>& good_build_outputs() {
    static const std::map<std::string, std::string> files = [] {
        TempDir dir("good");
        const Result r = run_binary({"build", std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2023-11.toml",
                                     "--out", (dir.path / "out").string()},
                                    dir.path);
        BOOST_TEST_INFO(r.err);
        BOOST_REQUIRE_EQUAL(r.exit_code, 0);
        auto snap = snapshot(dir.path / "out");
        BOOST_REQUIRE(snap.contains("briefing.pdf"));
        BOOST_REQUIRE(snap.contains("png/icb_status_map.png"));
        return snap;
    }();
    return files;
}

bool summary_counts(const Result& r, const std::string& kind, std::size_t n) {
    return r.err.find("\n  " + kind + ": " + std::to_string(n) + "\n") != std::string::npos;
}

std::string pdf_text(const fs::path& pdf) {
    const fs::path txt = pdf.parent_path() / ".pdf-text.txt";
    const std::string cmd =
        "pdftotext -q -layout " + shell_quote(pdf.string()) + " " + shell_quote(txt.string());
    BOOST_REQUIRE_EQUAL(std::system(cmd.c_str()), 0);
    std::string text = slurp(txt);
    fs::remove(txt);
    return text;
}

bool pdf_counts(const fs::path& pdf, const std::string& kind, std::size_t n) {
    // The data-quality table: "kind   what it means   count" on one line of the layout text.
    for (const auto& line : lines_of(pdf_text(pdf))) {
        const std::string t = trimmed(line);
        if (!t.starts_with(kind + " ")) continue;
        const auto last_space = t.find_last_of(' ');
        if (t.substr(last_space + 1) == std::to_string(n)) return true;
    }
    return false;
}

std::string toml_string(const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
        if (c == '"' || c == '\\') out += '\\';
        out += c;
    }
    return out + "\"";
}

Case::Case() {
    std::string pattern = (fs::temp_directory_path() / "dspt-bad-case-XXXXXX").string();
    const char* made = ::mkdtemp(pattern.data());
    BOOST_REQUIRE_MESSAGE(made != nullptr, "mkdtemp failed");
    dir_ = made;
    set("dspt_export", real_export());
    set("previous_export", real_previous_export());
    set_trusts({real_etr(), real_ect()});
    set("ons_lookup", real_ons());
    set("icb_boundaries", real_icb_shp());
    set("region_boundaries", real_region_shp());
    set("postcodes", real_postcodes());
}

Case::~Case() {
    std::error_code ec;
    fs::remove_all(dir_, ec);
}

fs::path Case::input(const std::string& name) const {
    fs::create_directories(dir_ / "in");
    return dir_ / "in" / name;
}

void Case::set(const std::string& key, const fs::path& path) {
    if (path.empty()) {
        inputs_.erase(key);
    } else if (key == "ods_trusts") {
        set_trusts({path});
    } else {
        inputs_[key] = toml_string(path.string());
    }
}

void Case::set_trusts(const std::vector<fs::path>& paths) {
    std::string list = "[";
    for (const auto& p : paths) list += (list.size() > 1 ? ", " : "") + toml_string(p.string());
    inputs_["ods_trusts"] = list + "]";
}

std::string Case::manifest_text() const {
    std::string text = "[briefing]\nreference_date = 2023-11-16\nedition = \"22/23\"\n\n[inputs]\n";
    for (const auto& [key, value] : inputs_) text += key + " = " + value + "\n";
    text += extra_inputs_;
    // The default run's earlier snapshots, so a case differs from it only where it means
    // to; October 2023 is the case's own previous export (read once).
    const fs::path data = fs::path(DSPT_SHARED_DATA);
    text += "\n[[history]]\nexport = \"" +
            (data / "dspt-2019-06-all-sectors/DSPT Progress as of 17_06_2019.csv").string() +
            "\"\nedition = \"18/19\"\n\n[[history]]\nexport = \"" +
            (data / "dspt-history/DSPT_trusts_21_22_snapshot09_09_22.csv").string() +
            "\"\nsector = \"NHS Trust\"\n";
    if (auto prev = inputs_.find("previous_export"); prev != inputs_.end())
        text += "\n[[history]]\nexport = " + prev->second + "\ndate = 2023-10-17\n";
    return text;
}

fs::path Case::write_manifest() const {
    const fs::path p = dir_ / "run.toml";
    spit(p, manifest_text());
    return p;
}

fs::path Case::copy_shapefile(const fs::path& real_shp, const std::string& stem,
                              const std::vector<std::string>& skip) const {
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
        if (std::find(skip.begin(), skip.end(), ext) != skip.end()) continue;
        fs::path from = real_shp;
        from.replace_extension(ext);
        if (fs::exists(from)) fs::copy_file(from, input(stem + ext), fs::copy_options::overwrite_existing);
    }
    return input(stem + ".shp");
}

void Case::populate_out_with_good_build() const {
    for (const auto& [rel, bytes] : good_build_outputs()) spit(out() / rel, bytes);
}

Result Case::run(const std::vector<std::string>& args) const { return run_binary(args, dir_); }

Result Case::build() const { return run({"build", write_manifest().string(), "--out", out().string()}); }

Result Case::curate() const { return run({"curate", write_manifest().string(), "--out", out().string()}); }

std::string Case::expect_failure_keeping_outputs() {
    populate_out_with_good_build();
    const Result r = build();
    const std::string line = error_line(r);
    const auto after = snapshot(out());
    const auto& before = good_build_outputs();
    for (const auto& [rel, bytes] : after) {
        auto it = before.find(rel);
        if (it == before.end()) {
            BOOST_ERROR("the failed run left a new file in the output folder: " << rel);
        } else if (it->second != bytes) {
            BOOST_ERROR("the failed run changed " << rel);
        }
    }
    for (const auto& [rel, bytes] : before)
        if (!after.contains(rel)) BOOST_ERROR("the failed run removed " << rel);
    BOOST_TEST_MESSAGE("observed: " << line);
    return line;
}

void Case::expect_success(const Result& r) const {
    BOOST_TEST_INFO("stderr:\n" << r.err);
    BOOST_CHECK_EQUAL(r.exit_code, 0);
    check_no_sanitizer_report(r);
    BOOST_CHECK(r.err.find(kErrorMarker) == std::string::npos);
}

}  // namespace dspt::bad_inputs
