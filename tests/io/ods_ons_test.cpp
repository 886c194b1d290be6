#include <boost/test/unit_test.hpp>
#include <set>

#include "io/input_error.h"
#include "io/readers.h"
#include "temp_dir.h"

using namespace dspt::io;
using dspt::io::test::shared_data;
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

// A 27-column ODS row.
std::string ods_row(const std::string& code, const std::string& open, const std::string& close) {
    return "\"" + code + "\",\"NAME " + code +
           "\",\"Y62\",\"QOP\",\"A1\",\"A2\",\"\",\"TOWN\",\"\",\"M13 9WL\",\"" + open + "\",\"" + close +
           "\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"0\",\"\",\"B\",\"\",\"\",\"\"\n";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ods_ons)

BOOST_AUTO_TEST_CASE(ods_rows) {
    TempDir dir;
    const auto path =
        dir.write("etr.csv", ods_row("R0A", "20171001", "") + ods_row("RA4", "19910401", "20230331"));
    Warnings w;
    const auto orgs = read_ods_organisations(path, w);
    BOOST_TEST_REQUIRE(orgs.size() == 2u);
    BOOST_TEST(orgs[0].code == "R0A");
    BOOST_TEST(orgs[0].name == "NAME R0A");
    BOOST_TEST(orgs[0].national_grouping == "Y62");
    BOOST_TEST(orgs[0].health_geography == "QOP");
    BOOST_TEST(orgs[0].postcode == "M13 9WL");
    BOOST_TEST(orgs[0].open_date.value() == (Date{2017, 10, 1}));
    BOOST_TEST(!orgs[0].close_date);
    BOOST_TEST(orgs[1].close_date.value() == (Date{2023, 3, 31}));
    BOOST_TEST(orgs[1].line == 2u);
    BOOST_TEST(orgs[1].source_file == path);
    BOOST_TEST(w.empty());
}

BOOST_AUTO_TEST_CASE(ods_errors) {
    TempDir dir;
    Warnings w;
    const auto short_row = dir.write("s.csv", ods_row("R0A", "20171001", "") + "\"R0B\",\"X\",\"Y62\"\n");
    BOOST_TEST(error_of([&] {
                   read_ods_organisations(short_row, w);
               }).find(short_row + ":2: row has 3 column(s)") == 0);
    const auto bad_date = dir.write("d.csv", ods_row("R0A", "2017-10-01", ""));
    // Column 10 starts after 10 fields: "R0A","NAME R0A","Y62","QOP","A1","A2","","TOWN","","M13 9WL",
    const std::size_t column =
        std::string(R"("R0A","NAME R0A","Y62","QOP","A1","A2","","TOWN","","M13 9WL",)").size() + 1;
    BOOST_TEST(error_of([&] { read_ods_organisations(bad_date, w); }) ==
               bad_date + ":1:" + std::to_string(column) +
                   ": open date '2017-10-01' is not a date in the form yyyymmdd");
}

BOOST_AUTO_TEST_CASE(successors) {
    TempDir dir;
    const auto path = dir.write(
        "succ.csv", "\"RA4\",\"RH5\",\"R\",\"20230401\",\"\"\r\n\"RVY\",\"RW6\",\"R\",\"\",\"X\"\r\n");
    Warnings w;
    const auto s = read_ods_successors(path, w);
    BOOST_TEST_REQUIRE(s.size() == 2u);
    BOOST_TEST(s[0].predecessor_code == "RA4");
    BOOST_TEST(s[0].successor_code == "RH5");
    BOOST_TEST(s[0].reason == "R");
    BOOST_TEST(s[0].effective.value() == (Date{2023, 4, 1}));
    BOOST_TEST(!s[1].effective);
    BOOST_TEST(s[1].indicator == "X");
    const auto bad = dir.write("bad.csv", "\"RA4\",\"RH5\"\n");
    BOOST_TEST(error_of([&] { read_ods_successors(bad, w); }).find(bad + ":1: row has 2 column(s)") == 0);
}

BOOST_AUTO_TEST_CASE(real_ods_files) {
    Warnings w;
    const auto etr = read_ods_organisations(shared_data("dspt-2023-11/ods/etr.csv"), w);
    const auto ect = read_ods_organisations(shared_data("dspt-2023-11/ods/ect.csv"), w);
    BOOST_TEST(etr.size() == 211u);
    BOOST_TEST(ect.size() == 4u);
    BOOST_TEST(etr[0].code == "R0A");
    BOOST_TEST(etr[0].health_geography == "QOP");
    BOOST_TEST(etr[0].postcode == "M13 9WL");
    std::size_t closed = 0, wales = 0;
    for (const auto& o : etr) {
        closed += o.close_date.has_value();
        wales += o.national_grouping == "W00";
    }
    BOOST_TEST(closed == 2u);
    BOOST_TEST(wales == 3u);
    BOOST_TEST(ect[0].code == "TAD");
    BOOST_TEST(w.empty());
}

BOOST_AUTO_TEST_CASE(ons_lookup_any_year) {
    TempDir dir;
    const auto path = dir.write("lu.csv",
                                "\xEF\xBB\xBF"
                                "SICBL24CD,icb24cd,ICB24CDH,ICB24NM,NHSER24CD,NHSER24CDH,NHSER24NM\n"
                                "E1,E54000027,QRV,NW London,E40000003,Y56,London\n"
                                "E2,E54000027,QRV,NW London,E40000003,Y56,London\n"
                                "E3,E54000028,QMJ,NC London,E40000003,Y56,London\n"
                                "E4,E54000028,QXX,NC London,E40000003,Y56,London\n");
    Warnings w;
    const auto lu = read_ons_lookup(path, w);
    BOOST_TEST_REQUIRE(lu.icbs.size() == 2u);
    BOOST_TEST(lu.icbs[0].ons_code == "E54000027");
    BOOST_TEST(lu.icbs[0].ods_code == "QRV");
    BOOST_TEST(lu.icbs[0].name == "NW London");
    BOOST_TEST(lu.icbs[0].region_ons_code == "E40000003");
    BOOST_TEST(lu.icbs[0].region_ods_code == "Y56");
    BOOST_TEST(lu.icbs[0].region_name == "London");
    BOOST_TEST(lu.icbs[1].ods_code == "QMJ");
    BOOST_TEST(w.count("inconsistent-icb") == 1u);

    const auto missing = dir.write("m.csv", "ICB23CD,ICB23NM,NHSER23CD\nE54,X,E40\n");
    const std::string message = [&] {
        try {
            read_ons_lookup(missing, w);
        } catch (const InputError& e) {
            return std::string(e.what());
        }
        return std::string();
    }();
    BOOST_TEST(message.find(missing + ":1: missing column(s) ICByyCDH, NHSERyyCDH, NHSERyyNM") == 0, message);
    BOOST_TEST(message.find("columns found: ICB23CD, ICB23NM, NHSER23CD") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(real_ons_lookup) {
    Warnings w;
    const auto lu = read_ons_lookup(shared_data("dspt-2023-11/ons/LOC23_ICB23_NHSER23_EN_LU.csv"), w);
    BOOST_TEST(lu.icbs.size() == 42u);
    std::set<std::string> regions;
    for (const auto& icb : lu.icbs) regions.insert(icb.region_ons_code);
    BOOST_TEST(regions.size() == 7u);
    BOOST_TEST(lu.icbs[0].ons_code == "E54000027");
    BOOST_TEST(lu.icbs[0].ods_code == "QRV");
    BOOST_TEST(lu.icbs[0].name == "NHS North West London Integrated Care Board");
    BOOST_TEST(lu.icbs[0].region_name == "London");
    BOOST_TEST(w.empty());
}

BOOST_AUTO_TEST_SUITE_END()
