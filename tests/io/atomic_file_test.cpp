// Atomic output: destinations replaced whole, temporaries never left behind, and those a
// killed run left are cleared by the next one.
#include "io/atomic_file.h"

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/temp_dir.h"

namespace fs = std::filesystem;
using dspt::io::OutputFile;
using dspt::io::test::TempDir;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::size_t entries(const fs::path& dir) {
    std::size_t n = 0;
    for (const auto& e : fs::recursive_directory_iterator(dir)) n += e.is_regular_file() ? 1 : 0;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(atomic_file)

BOOST_AUTO_TEST_CASE(writes_every_file_and_replaces_old_ones) {
    TempDir dir;
    dir.write("out/tables/a.csv", "old");
    dspt::io::write_files_atomically(dir.path() / "out",
                                     {OutputFile{"tables/a.csv", "new"}, OutputFile{"b.pdf", "pdf"}});
    BOOST_TEST(slurp(dir.path() / "out/tables/a.csv") == "new");
    BOOST_TEST(slurp(dir.path() / "out/b.pdf") == "pdf");
    BOOST_TEST(entries(dir.path() / "out") == 2u);  // no temporary left
}

BOOST_AUTO_TEST_CASE(a_failed_write_changes_nothing) {
    TempDir dir;
    dir.write("out/a.csv", "old");
    dir.write("out/png", "a file where a folder should be");
    BOOST_CHECK_THROW(dspt::io::write_files_atomically(
                          dir.path() / "out", {OutputFile{"a.csv", "new"}, OutputFile{"png/x.png", "png"}}),
                      std::runtime_error);
    BOOST_TEST(slurp(dir.path() / "out/a.csv") == "old");
    BOOST_TEST(entries(dir.path() / "out") == 2u);
}

BOOST_AUTO_TEST_CASE(a_path_outside_the_folder_or_a_file_named_twice_writes_nothing) {
    TempDir dir;
    dir.write("out/a.csv", "old");
    for (const auto& files : std::vector<std::vector<OutputFile>>{
             {OutputFile{"a.csv", "new"}, OutputFile{"png/icb/../../../escape.png", "png"}},
             {OutputFile{"a.csv", "new"}, OutputFile{"/tmp/escape.png", "png"}},
             {OutputFile{"a.csv", "new"}, OutputFile{"icb/QRV.pdf", "1"},
              OutputFile{"icb/./QRV.pdf", "2"}}}) {
        BOOST_CHECK_THROW(dspt::io::write_files_atomically(dir.path() / "out", files), std::runtime_error);
        BOOST_TEST(slurp(dir.path() / "out/a.csv") == "old");
        BOOST_TEST(!fs::exists(dir.path() / "escape.png"));
        BOOST_TEST(entries(dir.path() / "out") == 1u);
    }
}

BOOST_AUTO_TEST_CASE(temporaries_of_a_killed_run_are_removed_by_the_next) {
    TempDir dir;
    dir.write("out/.briefing.pdf.tmp-a1B2c3", "half a pdf");
    dir.write("out/.briefing.pdf.tmp-seven77", "not ours: kept");
    dir.write("out/.other.pdf.tmp-a1B2c3", "another name: kept");
    dspt::io::write_files_atomically(dir.path() / "out", {OutputFile{"briefing.pdf", "pdf"}});
    BOOST_TEST(!fs::exists(dir.path() / "out/.briefing.pdf.tmp-a1B2c3"));
    BOOST_TEST(fs::exists(dir.path() / "out/.briefing.pdf.tmp-seven77"));
    BOOST_TEST(fs::exists(dir.path() / "out/.other.pdf.tmp-a1B2c3"));
    BOOST_TEST(slurp(dir.path() / "out/briefing.pdf") == "pdf");
}

BOOST_AUTO_TEST_SUITE_END()
