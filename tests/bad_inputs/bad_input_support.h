#pragma once
// Shared pieces of the bad-input suite: every case builds a temporary folder with a
// manifest whose inputs are the real sample files except the one it damages (derived
// from the real file at run time, never stored in the repository), runs the real
// dspt-report binary, and checks exit status, the one error line, sanitizer silence
// and the output folder.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace dspt::bad_inputs {

namespace fs = std::filesystem;

std::string slurp(const fs::path& p);
void spit(const fs::path& p, const std::string& bytes);
std::vector<std::string> lines_of(const std::string& text);
std::string shell_quote(const std::string& s);

// The real sample bundle of the November 2023 briefing.
fs::path shared_2023();
fs::path real_export();           // dspt/DSPT search results 16_11_2023.csv
fs::path real_previous_export();  // dspt/DSPT search results 17_10_2023.csv
fs::path real_etr();
fs::path real_ect();
fs::path real_ons();
fs::path real_icb_shp();
fs::path real_region_shp();
fs::path real_postcodes();

// The lines of a real CSV file without their line ends (the exports use CRLF).
std::vector<std::string> csv_lines(const fs::path& p);
// Joins lines back with `eol` after each.
std::string join_lines(const std::vector<std::string>& lines, const std::string& eol = "\r\n");
// Index of the first line starting with `prefix` (fails the test when there is none).
std::size_t line_starting(const std::vector<std::string>& lines, const std::string& prefix);

struct Result {
    int exit_code = -1;
    std::string out;
    std::string err;
    long max_rss_kb = 0;  // peak resident memory of the run
};

// The error line of a failed run without its "dspt-report: error: " marker, after checking
// exit status 1, exactly one such line, and no sanitizer report. Empty when there is none.
inline constexpr const char* kErrorMarker = "dspt-report: error: ";
std::string error_line(const Result& r);
// No AddressSanitizer / UBSan / leak report and no crash in stderr.
void check_no_sanitizer_report(const Result& r);

// path -> bytes of every file under `dir` (relative paths; hidden temporaries included).
std::map<std::string, std::string> snapshot(const fs::path& dir);

// The outputs of one good `build` of the default sample run (made once per test run).
const std::map<std::string, std::string>& good_build_outputs();

// "kind: N" as the run summary prints it.
bool summary_counts(const Result& r, const std::string& kind, std::size_t n);
// The PDF's data-quality table has a row for `kind` ending with count `n`.
bool pdf_counts(const fs::path& pdf, const std::string& kind, std::size_t n);
std::string pdf_text(const fs::path& pdf);

// One case: a temporary folder, its own copies of damaged inputs, a manifest naming the
// real files for every other input, and an output folder.
class Case {
public:
    Case();
    ~Case();
    Case(const Case&) = delete;
    Case& operator=(const Case&) = delete;

    const fs::path& dir() const { return dir_; }
    fs::path out() const { return dir_ / "out"; }
    // A path in the case's input folder (created on demand), e.g. input("etr.csv").
    fs::path input(const std::string& name) const;

    // Sets manifest key [inputs].key to `path` (ods_trusts: a one-element list unless
    // set_trusts is used); "" removes the key.
    void set(const std::string& key, const fs::path& path);
    void set_trusts(const std::vector<fs::path>& paths);
    // Raw TOML appended to [inputs] (for unknown keys and odd values).
    void add_inputs_text(const std::string& toml) { extra_inputs_ += toml; }
    std::string manifest_text() const;
    fs::path write_manifest() const;

    // Copies a real shapefile (every sidecar) into the input folder as `stem`.*, minus
    // the extensions listed in `skip`; returns the new .shp path.
    fs::path copy_shapefile(const fs::path& real_shp, const std::string& stem,
                            const std::vector<std::string>& skip = {}) const;

    // Fills out/ with the outputs of a good build, so a failing run can be checked to
    // leave them exactly as they were.
    void populate_out_with_good_build() const;

    Result run(const std::vector<std::string>& args) const;
    Result build() const;   // build MANIFEST --out out/
    Result curate() const;  // curate MANIFEST --out out/

    // For a failing build: exit 1, the one error line (returned without the marker),
    // and out/ exactly as populate_out_with_good_build() left it (no partial
    // briefing.pdf or PNG, no temporary file).
    std::string expect_failure_keeping_outputs();
    // For a run that should succeed with warnings: exit 0, no error line, no sanitizer report.
    void expect_success(const Result& r) const;

private:
    fs::path dir_;
    std::map<std::string, std::string> inputs_;  // key -> TOML value
    std::string extra_inputs_;
};

// A TOML basic string holding `s`.
std::string toml_string(const std::string& s);

}  // namespace dspt::bad_inputs
