#include "io/manifest.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>

#include "io/input_error.h"
#include "temp_dir.h"

using namespace dspt::io;
using dspt::io::test::TempDir;

namespace {

template <typename F>
std::string error_of(F f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

// A folder with empty stand-ins for every input and a manifest whose [inputs] are `inputs`.
struct Bundle {
    TempDir dir;
    Bundle() {
        for (const char* f : {"in/export.csv", "in/prev.csv", "in/etr.csv", "in/ect.csv", "in/lu.csv",
                              "in/icb.shp", "in/reg.shp", "in/pc.csv", "in/succ.csv", "in/ecsu.csv"}) {
            dir.write(f, "x");
        }
    }
    std::string manifest(const std::string& text) const { return dir.write("run/m.toml", text); }
};

const std::string kInputs =
    "[inputs]\n"
    "dspt_export = \"../in/export.csv\"\n"
    "ods_trusts = [\"../in/etr.csv\", \"../in/ect.csv\"]\n"
    "ons_lookup = \"../in/lu.csv\"\n"
    "icb_boundaries = \"../in/icb.shp\"\n"
    "region_boundaries = \"../in/reg.shp\"\n";

}  // namespace

BOOST_AUTO_TEST_SUITE(manifest)

BOOST_AUTO_TEST_CASE(full_manifest_paths_resolved) {
    Bundle b;
    const auto path =
        b.manifest("[briefing]\ntitle = \"T\"\nreference_date = 2023-11-16\nedition = \"22/23\"\n" + kInputs +
                   "previous_export = \"../in/prev.csv\"\nods_csus = \"../in/ecsu.csv\"\n"
                   "ods_successors = \"../in/succ.csv\"\npostcodes = \"../in/pc.csv\"\n");
    const Manifest m = read_manifest(path);
    const auto in = (b.dir.path() / "in").string();
    BOOST_TEST(m.path == path);
    BOOST_TEST(m.title == "T");
    BOOST_TEST(m.reference_date.value() == (Date{2023, 11, 16}));
    BOOST_TEST(m.edition.value() == "22/23");
    BOOST_TEST(m.dspt_export == in + "/export.csv");
    BOOST_TEST(m.previous_export.value() == in + "/prev.csv");
    BOOST_TEST_REQUIRE(m.ods_trusts.size() == 2u);
    BOOST_TEST(m.ods_trusts[1] == in + "/ect.csv");
    BOOST_TEST(m.ods_csus.value() == in + "/ecsu.csv");
    BOOST_TEST(m.ods_successors.value() == in + "/succ.csv");
    BOOST_TEST(m.ons_lookup == in + "/lu.csv");
    BOOST_TEST(m.icb_boundaries == in + "/icb.shp");
    BOOST_TEST(m.region_boundaries == in + "/reg.shp");
    BOOST_TEST(m.postcodes.value() == in + "/pc.csv");
}

BOOST_AUTO_TEST_CASE(minimal_manifest_and_string_date) {
    Bundle b;
    const Manifest m = read_manifest(b.manifest("[briefing]\nreference_date = \"2019-06-17\"\n" + kInputs));
    BOOST_TEST(m.reference_date.value() == (Date{2019, 6, 17}));
    BOOST_TEST(m.title == "Data Security and Protection Toolkit: cyber security briefing");
    BOOST_TEST(!m.edition);
    BOOST_TEST(!m.postcodes);
    BOOST_TEST(!m.previous_export);
}

BOOST_AUTO_TEST_CASE(unknown_key_names_key_and_line) {
    Bundle b;
    const auto path = b.manifest(kInputs + "\nfoo = \"x\"\n");
    BOOST_TEST(error_of([&] { read_manifest(path); }) == path + ":8:1: unknown key 'inputs.foo'");
    const auto top = b.manifest("colour = 1\n" + kInputs);
    BOOST_TEST(error_of([&] { read_manifest(top); }) == top + ":1:1: unknown key 'colour'");
    const auto briefing = b.manifest("[briefing]\n  edtion = \"22/23\"\n" + kInputs);
    BOOST_TEST(error_of([&] { read_manifest(briefing); }) ==
               briefing + ":2:3: unknown key 'briefing.edtion'");
}

BOOST_AUTO_TEST_CASE(errors) {
    Bundle b;
    const auto syntax = b.manifest("[inputs]\ndspt_export = \"unterminated\n");
    const std::string s = error_of([&] { read_manifest(syntax); });
    BOOST_TEST(s.find(syntax + ":2:") == 0, s);
    BOOST_TEST(s.find("TOML syntax error") != std::string::npos, s);

    const auto missing = b.manifest("[inputs]\ndspt_export = \"../in/export.csv\"\n");
    BOOST_TEST(error_of([&] { read_manifest(missing); }) ==
               missing +
                   ":1:1: missing required key(s) 'inputs.ods_trusts', 'inputs.ons_lookup', "
                   "'inputs.icb_boundaries', 'inputs.region_boundaries'");

    const auto type = b.manifest("[briefing]\nedition = 2223\n" + kInputs);
    BOOST_TEST(error_of([&] { read_manifest(type); }) ==
               type + ":2:11: 'edition' must be a string, not an integer");

    const auto not_found = b.manifest(kInputs + "postcodes = \"../in/nope.csv\"\n");
    BOOST_TEST(error_of([&] { read_manifest(not_found); }) ==
               not_found +
                   ":7:13: 'inputs.postcodes': file not found: " + (b.dir.path() / "in/nope.csv").string());

    const auto folder = b.manifest(kInputs + "postcodes = \"../in\"\n");
    BOOST_TEST(error_of([&] {
                   read_manifest(folder);
               }).find(folder + ":7:13: 'inputs.postcodes' names a folder") == 0);

    const auto bad_date = b.manifest("[briefing]\nreference_date = \"16/11/2023\"\n" + kInputs);
    BOOST_TEST(error_of([&] { read_manifest(bad_date); }).find(bad_date + ":2:18:") == 0);

    BOOST_TEST(error_of([&] { read_manifest(b.dir.file("none.toml")); }).find("cannot open") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(history_entries) {
    Bundle b;
    b.dir.write("in/DSPT_trusts_21_22_snapshot09_09_22.csv", "x");
    b.dir.write("in/DSPT Progress as of 17_06_2019.csv", "x");
    const auto path = b.manifest(kInputs +
                                 "[[history]]\nexport = \"../in/DSPT Progress as of 17_06_2019.csv\"\n"
                                 "edition = \"18/19\"\n"
                                 "[[history]]\nexport = \"../in/DSPT_trusts_21_22_snapshot09_09_22.csv\"\n"
                                 "sector = \"nhs trust\"\n"
                                 "[[history]]\nexport = \"../in/prev.csv\"\ndate = 2023-10-17\n"
                                 "sector = \"Integrated Care Board (ICB)\"\n");
    const Manifest m = read_manifest(path);
    BOOST_TEST_REQUIRE(m.history.size() == 3u);
    BOOST_TEST(m.history[0].date == (Date{2019, 6, 17}));  // dd_mm_yyyy in the name
    BOOST_TEST(m.history[0].edition.value() == "18/19");
    BOOST_TEST(!m.history[0].sector);
    BOOST_TEST(m.history[1].date == (Date{2022, 9, 9}));  // dd_mm_yy in the name
    BOOST_TEST(m.history[1].sector.value() == "NHS Trust");
    BOOST_TEST(!m.history[1].edition);
    BOOST_TEST(m.history[2].date == (Date{2023, 10, 17}));  // given
    BOOST_TEST(m.history[2].sector.value() == "ICB");
    BOOST_TEST(m.history[2].export_path == (b.dir.path() / "in/prev.csv").string());
    BOOST_TEST(m.history[2].line == 13u);
    BOOST_TEST(read_manifest(b.manifest(kInputs)).history.empty());
}

BOOST_AUTO_TEST_CASE(history_errors) {
    Bundle b;
    const auto err = [&](const std::string& history) {
        const auto path = b.manifest(kInputs + history);
        const std::string e = error_of([&] { read_manifest(path); });
        BOOST_TEST(e.find(path + ":") == 0, e);
        return e;
    };
    BOOST_TEST(
        err("[[history]]\nexport = \"../in/prev.csv\"\n")
            .find(
                ":7:1: [[history]] entry names no 'date' and its file name 'prev.csv' holds no dd_mm_yyyy or "
                "dd_mm_yy date") != std::string::npos);
    BOOST_TEST(err("[[history]]\ndate = 2022-09-09\n").find("without 'export'") != std::string::npos);
    BOOST_TEST(err("[[history]]\nexport = \"../in/nope_01_01_2020.csv\"\n").find("file not found") !=
               std::string::npos);
    BOOST_TEST(err("[[history]]\nexport = \"../in/prev.csv\"\ndate = 2022-09-09\nsector = \"GP\"\n")
                   .find(":10:10: 'history.sector' = \"GP\" is not a sector") != std::string::npos);
    BOOST_TEST(err("[[history]]\nexport = \"../in/prev.csv\"\ndate = 2022-09-09\nedition = \"2022\"\n")
                   .find("'history.edition' = \"2022\" is not an edition") != std::string::npos);
    BOOST_TEST(err("[[history]]\nexport = \"../in/prev.csv\"\ndate = 2022-09-09\nwhen = 1\n")
                   .find("unknown key 'history.when'") != std::string::npos);
    const auto not_array = b.manifest("history = \"x\"\n" + kInputs);
    BOOST_TEST(error_of([&] {
                   read_manifest(not_array);
               }).find(not_array + ":1:11: 'history' must be an array of tables") == 0);
}

BOOST_AUTO_TEST_CASE(example_manifests) {
    const Manifest m = read_manifest(std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2023-11.toml");
    BOOST_TEST(m.reference_date.value() == (Date{2023, 11, 16}));
    BOOST_TEST(m.edition.value() == "22/23");
    BOOST_TEST(m.ods_trusts.size() == 2u);
    BOOST_TEST(std::filesystem::is_regular_file(m.dspt_export));
    BOOST_TEST(m.postcodes.has_value());
    // The three earlier snapshots for the trend; October 2023 is also the previous export.
    BOOST_TEST_REQUIRE(m.history.size() == 3u);
    BOOST_TEST(m.history[0].date == (Date{2019, 6, 17}));
    BOOST_TEST(m.history[0].edition.value() == "18/19");
    BOOST_TEST(m.history[1].date == (Date{2022, 9, 9}));
    BOOST_TEST(m.history[1].sector.value() == "NHS Trust");
    BOOST_TEST(m.history[2].date == (Date{2023, 10, 17}));
    BOOST_TEST(m.history[2].export_path == m.previous_export.value());
    for (const auto& h : m.history) BOOST_TEST(std::filesystem::is_regular_file(h.export_path));

    const Manifest old =
        read_manifest(std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2019-06-all-sectors.toml");
    BOOST_TEST(std::filesystem::path(old.dspt_export).filename() == "DSPT Progress as of 17_06_2019.csv");
    BOOST_TEST(old.reference_date.value() == (Date{2019, 6, 17}));
    BOOST_TEST(std::filesystem::is_regular_file(old.icb_boundaries));
}

BOOST_AUTO_TEST_SUITE_END()
