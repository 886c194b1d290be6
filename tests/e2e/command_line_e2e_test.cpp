// End to end: the real binary's command line (issue #13, item 11). Every usage error is
// one "dspt-report: error:" line naming the offending word, exit status 2; empty paths
// are refused; numbers are worded as a person writes them; curate needs no boundary
// shapefiles; an invalid SOURCE_DATE_EPOCH stops the run.
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "dspt-e2e-cli-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

struct Result {
    int exit_code = -1;
    std::string err;
};

// Runs the binary in `dir` (its working folder) with `args`, `env` put in front ("NAME=value").
Result run(const std::vector<std::string>& args, const fs::path& dir, const std::string& env = "") {
    std::string command = "cd " + shell_quote(dir.string()) + " && " + env + " " + shell_quote(DSPT_BINARY);
    for (const auto& a : args) command += " " + shell_quote(a);
    const fs::path err = dir / ".stderr.txt";
    command += " >/dev/null 2>" + shell_quote(err.string());
    const int status = std::system(command.c_str());
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.err = slurp(err);
    fs::remove(err);
    return r;
}

const std::string kManifest = std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2023-11.toml";

// Exit 2 and exactly one line, "dspt-report: error: <message> (see dspt-report --help)".
std::string usage_error(const Result& r) {
    BOOST_CHECK_EQUAL(r.exit_code, 2);
    BOOST_CHECK_MESSAGE(r.err.starts_with("dspt-report: error: "), r.err);
    BOOST_CHECK_MESSAGE(!r.err.empty() && r.err.find('\n') == r.err.size() - 1, "not one line: " << r.err);
    const std::string prefix = "dspt-report: error: ";
    std::string line = r.err.substr(0, r.err.find('\n'));
    return line.starts_with(prefix) ? line.substr(prefix.size()) : line;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(command_line_e2e)

BOOST_AUTO_TEST_CASE(unknown_words_are_named) {
    TempDir dir;
    BOOST_CHECK_EQUAL(
        usage_error(run({"frobnicate"}, dir.path)),
        "unknown command 'frobnicate' (the commands are build, curate) (see dspt-report --help)");
    BOOST_CHECK(usage_error(run({"help"}, dir.path)).starts_with("unknown command 'help'"));
    BOOST_CHECK(usage_error(run({"-V"}, dir.path)).starts_with("unknown option '-V'"));
    BOOST_CHECK(
        usage_error(run({"build", "--frob"}, dir.path)).starts_with("unknown option '--frob' for build"));
    BOOST_CHECK(usage_error(run({"build", kManifest, "--frob=1"}, dir.path))
                    .starts_with("unknown option '--frob' for build"));
    BOOST_CHECK(usage_error(run({"curate", kManifest, "--style", "x.toml"}, dir.path))
                    .starts_with("unknown option '--style' for curate"));
    BOOST_CHECK(usage_error(run({"curate", kManifest, "extra"}, dir.path))
                    .starts_with("unexpected argument 'extra' for curate"));
    // Flags take no value: the manifest after them is not "unexpected".
    BOOST_CHECK(usage_error(run({"build", "--svg", "--png-2x", "--out", "o", kManifest, "--frob"}, dir.path))
                    .starts_with("unknown option '--frob' for build"));
    // What is missing is still said, with the same prefix.
    BOOST_CHECK(usage_error(run({}, dir.path)).starts_with("a command is required: build or curate"));
    BOOST_CHECK(contains(usage_error(run({"curate"}, dir.path)), "MANIFEST is required"));
    BOOST_CHECK(fs::is_empty(dir.path));
}

BOOST_AUTO_TEST_CASE(empty_paths_are_refused) {
    TempDir dir;
    BOOST_CHECK(
        usage_error(run({"curate", kManifest, "--out", ""}, dir.path)).starts_with("--out is an empty path"));
    BOOST_CHECK(usage_error(run({"build", kManifest, "--out="}, dir.path)).starts_with("--out"));
    BOOST_CHECK(usage_error(run({"curate", ""}, dir.path)).starts_with("MANIFEST is an empty path"));
    BOOST_CHECK(usage_error(run({"build", kManifest, "--style", ""}, dir.path))
                    .starts_with("--style is an empty path"));
    BOOST_CHECK(fs::is_empty(dir.path));  // nothing written into the working folder
}

BOOST_AUTO_TEST_CASE(numbers_as_a_person_writes_them) {
    TempDir dir;
    const std::string abc = usage_error(run({"build", kManifest, "--print-dpi", "abc"}, dir.path));
    BOOST_CHECK_MESSAGE(contains(abc, "--print-dpi: 'abc' is not a number"), abc);
    const std::string big = usage_error(run({"build", kManifest, "--print-dpi", "5000"}, dir.path));
    BOOST_CHECK_MESSAGE(contains(big, "--print-dpi: 5000 is outside 30 to 1200"), big);
    const std::string mm = usage_error(run({"build", kManifest, "--print-width-mm", "1e9"}, dir.path));
    BOOST_CHECK_MESSAGE(contains(mm, "--print-width-mm: 1e9 is outside 10 to 2000"), mm);
    BOOST_CHECK(!contains(abc + big + mm, ".000000"));
}

BOOST_AUTO_TEST_CASE(curate_needs_no_boundary_shapefiles) {
    TempDir dir;
    const std::string data = std::string(DSPT_SHARED_DATA) + "/dspt-2023-11/";
    std::ofstream(dir.path / "run.toml")
        << "[briefing]\nreference_date = 2023-11-16\n\n[inputs]\n"
        << "dspt_export = \"" << data << "dspt/DSPT search results 16_11_2023.csv\"\n"
        << "ods_trusts = [\"" << data << "ods/etr.csv\", \"" << data << "ods/ect.csv\"]\n"
        << "ons_lookup = \"" << data << "ons/LOC23_ICB23_NHSER23_EN_LU.csv\"\n";
    const Result r = run({"curate", (dir.path / "run.toml").string(), "--out", "out"}, dir.path);
    BOOST_CHECK_MESSAGE(r.exit_code == 0, r.err);
    BOOST_CHECK(fs::is_regular_file(dir.path / "out/curated/trusts.csv"));
    // build draws maps: it still needs them, and says which.
    const Result b = run({"build", (dir.path / "run.toml").string(), "--out", "out2"}, dir.path);
    BOOST_CHECK_EQUAL(b.exit_code, 1);
    BOOST_CHECK(
        contains(b.err, "missing required key(s) 'inputs.icb_boundaries', 'inputs.region_boundaries'"));
}

BOOST_AUTO_TEST_CASE(invalid_source_date_epoch_is_an_error) {
    TempDir dir;
    for (const char* bad : {"abc", "-5", "1.5", "99999999999999999999"}) {
        const Result r =
            run({"curate", kManifest, "--out", "out"}, dir.path, std::string("SOURCE_DATE_EPOCH=") + bad);
        BOOST_CHECK_EQUAL(r.exit_code, 1);
        BOOST_CHECK_MESSAGE(contains(r.err, "dspt-report: error: SOURCE_DATE_EPOCH: '" + std::string(bad) +
                                                "' is not a time in whole seconds since 1970-01-01 UTC"),
                            r.err);
        BOOST_CHECK(!fs::exists(dir.path / "out"));
    }
    const Result ok = run({"curate", kManifest, "--out", "out"}, dir.path, "SOURCE_DATE_EPOCH=1700092800");
    BOOST_CHECK_EQUAL(ok.exit_code, 0);
}

BOOST_AUTO_TEST_SUITE_END()
