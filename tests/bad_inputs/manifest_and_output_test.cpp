// Bad manifests and output folders that cannot be written. The manifest's lines are those
// Case::manifest_text() writes: [inputs] on line 5, then one key per line in
// alphabetical order (dspt_export 6, icb_boundaries 7, ods_trusts 8, ons_lookup 9,
// postcodes 10, previous_export 11, region_boundaries 12), extra text after them, then
// the default run's [[history]] entries.
#include <boost/test/unit_test.hpp>

#include "bad_inputs/bad_input_support.h"

namespace fs = std::filesystem;
using namespace dspt::bad_inputs;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::string manifest_at(const Case& c, std::size_t line, std::size_t column) {
    return (c.dir() / "run.toml").string() + ":" + std::to_string(line) + ":" + std::to_string(column) + ": ";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(manifest_and_output)

BOOST_AUTO_TEST_CASE(manifest_lines_are_where_the_tests_expect_them) {
    Case c;
    const auto lines = lines_of(c.manifest_text());
    BOOST_REQUIRE_EQUAL(lines.size(), 24u);
    BOOST_CHECK_EQUAL(lines[13], "[[history]]");
    BOOST_CHECK_EQUAL(lines[4], "[inputs]");
    BOOST_CHECK(lines[5].starts_with("dspt_export = "));
    BOOST_CHECK(lines[9].starts_with("postcodes = "));
    BOOST_CHECK(lines[11].starts_with("region_boundaries = "));
}

BOOST_AUTO_TEST_CASE(missing_required_key) {
    Case c;
    c.set("ons_lookup", "");
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, manifest_at(c, 5, 1) + "missing required key(s) 'inputs.ons_lookup'");
}

BOOST_AUTO_TEST_CASE(unknown_key) {
    Case c;
    c.add_inputs_text("ods_trust = \"etr.csv\"\n");  // a typo of ods_trusts
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, manifest_at(c, 13, 1) + "unknown key 'inputs.ods_trust'");
}

BOOST_AUTO_TEST_CASE(path_that_does_not_exist) {
    Case c;
    const fs::path missing = c.dir() / "in" / "no such postcodes.csv";
    c.set("postcodes", missing);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line,
                      manifest_at(c, 10, 13) + "'inputs.postcodes': file not found: " + missing.string());
}

BOOST_AUTO_TEST_CASE(path_that_is_a_folder) {
    Case c;
    const fs::path folder = c.dir() / "in";
    fs::create_directories(folder);
    c.set("dspt_export", folder);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(
        line, manifest_at(c, 6, 15) + "'inputs.dspt_export' names a folder, not a file: " + folder.string());
}

BOOST_AUTO_TEST_CASE(relative_paths_resolve_against_the_manifest_folder) {
    // The same mistake through a relative path: the message gives the resolved path.
    Case c;
    c.add_inputs_text("ods_csus = \"in/no-csus.csv\"\n");
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, manifest_at(c, 13, 12) + "'inputs.ods_csus': file not found: " +
                                (c.dir() / "in/no-csus.csv").string());
}

BOOST_AUTO_TEST_CASE(toml_syntax_error) {
    Case c;
    c.add_inputs_text("ods_csus = \"unterminated\n");
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_MESSAGE(line.starts_with(manifest_at(c, 13, 25) + "TOML syntax error: "), line);
}

BOOST_AUTO_TEST_CASE(value_of_the_wrong_type) {
    Case c;
    c.add_inputs_text("ods_csus = 42\n");
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, manifest_at(c, 13, 12) + "'ods_csus' must be a string, not an integer");
}

BOOST_AUTO_TEST_CASE(manifest_without_inputs_table) {
    Case c;
    const fs::path manifest = c.dir() / "run.toml";
    spit(manifest, "[briefing]\nreference_date = 2023-11-16\n");
    c.populate_out_with_good_build();
    const Result r = c.run({"build", manifest.string(), "--out", c.out().string()});
    const std::string line = error_line(r);
    BOOST_CHECK_EQUAL(
        line, manifest.string() + ": missing table [inputs] (dspt_export, ods_trusts, ons_lookup, ...)");
    BOOST_CHECK(snapshot(c.out()) == good_build_outputs());
}

// Root ignores permission bits, and the tests run as root: chmod cannot make a folder
// unwritable here. A path whose parent is a regular file cannot be created by anyone.
BOOST_AUTO_TEST_CASE(output_folder_under_a_regular_file) {
    Case c;
    const fs::path blocker = c.dir() / "not-a-folder";
    spit(blocker, "a file where a folder should be");
    const fs::path out = blocker / "out";
    const Result r = c.run({"build", c.write_manifest().string(), "--out", out.string()});
    const std::string line = error_line(r);
    BOOST_CHECK_EQUAL(line, out.string() + ": cannot create the output folder: Not a directory");
    BOOST_CHECK_EQUAL(slurp(blocker), "a file where a folder should be");
    // Found before any work is done: nothing was read, curated or rendered.
    BOOST_CHECK(!contains(r.err, "rendered"));
    BOOST_CHECK(!contains(r.err, "read DSPT export"));
}

BOOST_AUTO_TEST_CASE(output_folder_that_is_a_regular_file) {
    Case c;
    const fs::path out = c.dir() / "out-file";
    spit(out, "previous bytes");
    const Result r = c.run({"curate", c.write_manifest().string(), "--out", out.string()});
    const std::string line = error_line(r);
    BOOST_CHECK_EQUAL(line, out.string() + ": the output folder is a file");
    BOOST_CHECK_EQUAL(slurp(out), "previous bytes");
}

// /proc refuses new folders even to root (another way to get an unwritable output folder).
BOOST_AUTO_TEST_CASE(output_folder_under_proc) {
    Case c;
    const Result r = c.run({"curate", c.write_manifest().string(), "--out", "/proc/dspt-report-out"});
    const std::string line = error_line(r);
    BOOST_CHECK_MESSAGE(line.starts_with("/proc/dspt-report-out: cannot create the output folder: "), line);
}

// A failure while writing the outputs themselves (here: png/ is taken by a file) must not
// leave a mix of new and old files: every output goes to a temporary first, and nothing
// is renamed into place until all of them are written.
BOOST_AUTO_TEST_CASE(failure_while_writing_leaves_every_previous_output) {
    Case c;
    c.populate_out_with_good_build();
    fs::remove_all(c.out() / "png");
    spit(c.out() / "png", "a file where the png folder should be");
    spit(c.out() / "curated/trusts.csv", "previous trusts");
    const auto before = snapshot(c.out());
    const Result r = c.build();
    const std::string line = error_line(r);
    BOOST_CHECK_MESSAGE(line.starts_with((c.out() / "png").string() + ": "), line);
    const auto after = snapshot(c.out());
    BOOST_CHECK(after == before);
    for (const auto& [rel, bytes] : after)
        BOOST_CHECK_MESSAGE(!contains(rel, ".tmp"), "left behind: " << rel);
}

BOOST_AUTO_TEST_CASE(successful_run_leaves_no_temporary_files) {
    Case c;
    c.populate_out_with_good_build();
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(snapshot(c.out()) == good_build_outputs());
}

BOOST_AUTO_TEST_SUITE_END()
