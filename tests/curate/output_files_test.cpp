// The curated CSVs and the writers under them (RFC 4180 text, atomic replacement).
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "curate/curated_files.h"
#include "curate/fixtures.h"
#include "curate/names.h"
#include "io/atomic_file.h"
#include "io/csv_writer.h"

using namespace dspt;
using namespace dspt::test;
namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "dspt-curate-test-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

}  // namespace

BOOST_AUTO_TEST_SUITE(output_files)

BOOST_AUTO_TEST_CASE(csv_fields_are_quoted_only_when_needed) {
    io::CsvWriter csv;
    csv.row({"plain", "a,b", "say \"hi\"", "line\nbreak", " padded", "", "Women’s"});
    BOOST_CHECK_EQUAL(csv.text(), "plain,\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\",\" padded\",,Women’s\n");
}

BOOST_AUTO_TEST_CASE(atomic_write_replaces_and_leaves_no_temporaries) {
    TempDir dir;
    const fs::path file = dir.path / "a.csv";
    io::write_file_atomically(file, "one\n");
    io::write_file_atomically(file, "two\n");
    BOOST_CHECK_EQUAL(slurp(file), "two\n");
    BOOST_CHECK_EQUAL(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}), 1);
}

BOOST_AUTO_TEST_CASE(failed_atomic_write_keeps_the_old_file) {
    TempDir dir;
    const fs::path file = dir.path / "a.csv";
    io::write_file_atomically(file, "old\n");
    // A destination that is a folder cannot be replaced by a file: rename fails.
    fs::create_directory(dir.path / "b.csv");
    BOOST_CHECK_THROW(io::write_file_atomically(dir.path / "b.csv", "new\n"), std::runtime_error);
    BOOST_CHECK_THROW(io::write_file_atomically(dir.path / "missing" / "c.csv", "new\n"), std::runtime_error);
    BOOST_CHECK_EQUAL(slurp(file), "old\n");
    BOOST_CHECK_EQUAL(std::distance(fs::directory_iterator(dir.path), fs::directory_iterator{}), 2);
}

BOOST_AUTO_TEST_CASE(write_files_creates_folders) {
    TempDir dir;
    io::write_files_atomically(dir.path / "out", {{"curated/x.csv", "x\n"}, {"tables/y.csv", "y\n"}});
    BOOST_CHECK_EQUAL(slurp(dir.path / "out/curated/x.csv"), "x\n");
    BOOST_CHECK_EQUAL(slurp(dir.path / "out/tables/y.csv"), "y\n");
}

BOOST_AUTO_TEST_CASE(curated_trusts_csv_has_every_column) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("R0A", "QOP", "Y62", "M13 9WL"), ods_trust("R0B", "QOP", "Y62", "SR4 7TP")};
    in.current.records = {
        dated(export_row("R0A", "22/23 Standards Met", "NHS Trust", "Manchester, University"), {2023, 6, 30}),
        export_row("QOP", "22/23 Approaching Standards", "CCG / Integrated Care Board (ICB)"),
        export_row("0DE", "22/23 Standards Exceeded", "Commissioning Support Unit (CSU)")};
    in.postcodes = {{"M139WL", io::LatLon{53.4631, -2.2281}}};
    const auto data = curate_collecting(in);
    BOOST_CHECK_EQUAL(
        curate::curated_csv(data, curate::Sector::NhsTrust),
        "code,name,display_name,sector,icb_ons_code,icb_ods_code,icb_name,region,raw_status,status,decision,"
        "published,postcode,lat,long\n"
        "R0A,\"Manchester, University\",\"Manchester, University\",NHS Trust,E54000057,QOP,NHS Greater "
        "Manchester Integrated "
        "Care Board,North West,22/23 Standards Met,Standards Met,own,2023-06-30,M13 9WL,53.4631,-2.2281\n"
        "R0B,R0B NHS TRUST,R0B NHS Trust,NHS Trust,E54000057,QOP,NHS Greater Manchester Integrated Care "
        "Board,"
        "North West,,Not Published,not published (no export row),,SR4 7TP,,\n");
    BOOST_CHECK_EQUAL(
        curate::curated_csv(data, curate::Sector::Icb),
        "code,name,display_name,sector,icb_ons_code,icb_ods_code,icb_name,region,raw_status,status,decision,"
        "published\n"
        "QOP,NHS Greater Manchester Integrated Care Board,NHS Greater Manchester Integrated Care "
        "Board,Integrated Care Board (ICB),E54000057,QOP,"
        "NHS Greater Manchester Integrated Care Board,North West,22/23 Approaching Standards,"
        "Approaching Standards,own,\n"
        "QRV,NHS North West London Integrated Care Board,NHS North West London Integrated Care "
        "Board,Integrated Care Board (ICB),E54000027,QRV,"
        "NHS North West London Integrated Care Board,London,,Not Published,not published (no export "
        "row),\n");
    BOOST_CHECK_EQUAL(
        curate::curated_csv(data, curate::Sector::Csu),
        "code,name,display_name,sector,icb_ons_code,icb_ods_code,icb_name,region,raw_status,status,decision,"
        "published\n"
        "0DE,0DE Trust,0DE Trust,Commissioning Support Unit (CSU),,,,,22/23 Standards Exceeded,"
        "Standards Exceeded,own,\n");
    const auto files = curate::curated_files(data);
    BOOST_REQUIRE_EQUAL(files.size(), 3u);
    BOOST_CHECK_EQUAL(files[0].relative_path.string(), "curated/trusts.csv");
    BOOST_CHECK_EQUAL(files[2].relative_path.string(), "curated/csus.csv");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(printed_names)

BOOST_AUTO_TEST_CASE(display_name_drops_the_own_code_and_title_cases) {
    BOOST_CHECK_EQUAL(curate::display_name("WYE VALLEY NHS TRUST (RLQ)", "RLQ"), "Wye Valley NHS Trust");
    BOOST_CHECK_EQUAL(curate::display_name("SOUTH TYNESIDE NHS TRUST (R0B) (R0B)", "R0B"),
                      "South Tyneside NHS Trust");
    BOOST_CHECK_EQUAL(curate::display_name("Wye Valley NHS Trust (RLQ) ", "RLQ"), "Wye Valley NHS Trust");
    // Another organisation's code is part of the name.
    BOOST_CHECK_EQUAL(curate::display_name("WYE VALLEY NHS TRUST (RLQ)", "R0B"),
                      "Wye Valley NHS Trust (RLQ)");
    BOOST_CHECK_EQUAL(curate::display_name("(RLQ)", "RLQ"), "(RLQ)");
    BOOST_CHECK_EQUAL(curate::display_name("Birmingham Women?s NHS Trust", "RQ3"),
                      "Birmingham Women's NHS Trust");
}

BOOST_AUTO_TEST_SUITE_END()
