#include <boost/test/unit_test.hpp>

#include "io/input_error.h"
#include "io/readers.h"
#include "temp_dir.h"

using namespace dspt::io;
using dspt::io::test::shared_data;
using dspt::io::test::TempDir;

namespace {

const char* kHeader =
    "Code,Organisation Name,Status,Date Of Publication,Primary Sector,"
    "\"Integrated Care Board (where available, from ODS)\"\r\n";

template <typename F>
std::string error_of(F f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

std::string dump(const Warnings& w) {
    std::string out;
    for (const auto& x : w.all()) out += "\n  " + x.kind + " " + x.location() + " " + x.message;
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(dspt_export)

BOOST_AUTO_TEST_CASE(current_layout_with_quirks) {
    TempDir dir;
    const auto path =
        dir.write("e.csv", std::string("\xEF\xBB\xBF") + kHeader +
                               "RQ3, \"Birmingham Women\x92s, \"\"Children\"\"\" ,22/23 Standards Met,"
                               "29/06/2023,NHS Trust,NHS BIRMINGHAM ICB\r\n"
                               "0AR,NHS NORTH OF ENGLAND CSU,22/23 Standards Exceeded,29/06/2023\r\n"
                               " ,Nameless,Not Published,,NHS Trust,\r\n"
                               "RQ3,Again,22/23 Standards Met,29/06/2023,NHS Trust,\r\n"
                               "0AR,CSU again,21/22 Standards Met,30/06/2022,CSU,\r\n"
                               "RXX,Odd date,Not Published,CompletedThroughQIO,NHS Trust,\r\n");
    Warnings w;
    const DsptExport e = read_dspt_export(path, w);
    BOOST_TEST(e.path == path);
    BOOST_TEST_REQUIRE(e.records.size() == 3u);
    const DsptRecord& rq3 = e.records[0];
    BOOST_TEST(rq3.code == "RQ3");
    // Trimmed outside the quotes; the cp1252 0x92 is a real apostrophe; "" is a quote.
    BOOST_TEST(rq3.name == "Birmingham Women\u2019s, \"Children\"");
    BOOST_TEST(rq3.status == "22/23 Standards Met");
    BOOST_TEST(rq3.published.value() == (Date{2023, 6, 29}));
    BOOST_TEST(rq3.primary_sector == "NHS Trust");
    BOOST_TEST(rq3.icb_name == "NHS BIRMINGHAM ICB");
    BOOST_TEST(rq3.line == 2u);
    const DsptRecord& csu = e.records[1];
    BOOST_TEST(csu.primary_sector == "");  // ragged: missing fields read as empty
    BOOST_TEST(csu.icb_name == "");
    BOOST_TEST(!e.records[2].published.has_value());

    BOOST_TEST(w.count("ragged-row") == 1u);
    BOOST_TEST(w.count("missing-code") == 1u);
    BOOST_TEST(w.count("unparsed-date") == 1u);
    BOOST_TEST(w.count("duplicate-code") == 1u);  // RQ3 repeats with the same status: silent
    // The BOM says UTF-8, so the lone 0x92 is a Windows-1252 byte in a UTF-8 file.
    BOOST_TEST(w.count("mixed-encoding") == 1u);
    BOOST_TEST(w.size() == 5u, dump(w));
    for (const auto& warning : w.all()) {
        if (warning.kind == "duplicate-code") {
            BOOST_TEST(warning.location() == path + ":6:1");
            BOOST_TEST(warning.message.find("line 3") != std::string::npos);
            BOOST_TEST(warning.message.find("line 6") != std::string::npos);
        }
        if (warning.kind == "unparsed-date") BOOST_TEST(warning.location() == path + ":7:28");
        if (warning.kind == "ragged-row") BOOST_TEST(warning.location() == path + ":3:1");
        if (warning.kind == "mixed-encoding") BOOST_TEST(warning.location() == path + ":2:23");
    }
}

// Rows repeated cell for cell are one warning (how many, the first 5 lines) and are
// dropped before any other check, so a copied row's own warnings are not multiplied.
BOOST_AUTO_TEST_CASE(exact_duplicate_rows_are_one_warning) {
    TempDir dir;
    const std::string ragged =
        "0AR,NHS NORTH OF ENGLAND CSU,22/23 Standards Exceeded,CompletedThroughQIO\r\n";
    const std::string met = "RQ3,Women's,22/23 Standards Met,29/06/2023,NHS Trust,NHS BIRMINGHAM ICB\r\n";
    std::string text = std::string(kHeader) + met + ragged;
    for (int i = 0; i < 3; ++i) text += met + ragged;  // lines 4-9: six exact copies
    // Same code, another status: a conflicting duplicate, still its own warning.
    text += "RQ3,Women's,22/23 Standards Not Met,29/06/2023,NHS Trust,NHS BIRMINGHAM ICB\r\n";
    // Differs only in a space inside a cell: not an exact duplicate, same code and status.
    text += "RQ3,Women's ,22/23 Standards Met,29/06/2023,NHS Trust,NHS BIRMINGHAM ICB\r\n";
    text += met;  // line 12: the seventh copy
    const auto path = dir.write("d.csv", text);
    Warnings w;
    const DsptExport e = read_dspt_export(path, w);
    BOOST_TEST_REQUIRE(e.records.size() == 2u);
    BOOST_TEST(e.records[0].status == "22/23 Standards Met");
    BOOST_TEST(w.count("exact-duplicate-row") == 1u, dump(w));
    // The ragged, badly dated row is warned about once, not four times.
    BOOST_TEST(w.count("ragged-row") == 1u, dump(w));
    BOOST_TEST(w.count("unparsed-date") == 1u, dump(w));
    BOOST_TEST(w.count("duplicate-code") == 1u, dump(w));
    BOOST_TEST(w.size() == 4u, dump(w));
    for (const auto& warning : w.all()) {
        if (warning.kind != "exact-duplicate-row") continue;
        BOOST_TEST(warning.location() == path + ":4");
        BOOST_TEST(
            warning.message ==
            "7 row(s) repeat an earlier row in every column and are ignored; lines 4, 5, 6, 7, 8, ...");
    }
}

BOOST_AUTO_TEST_CASE(a_single_exact_duplicate_names_its_line) {
    TempDir dir;
    const std::string row = "RQ3,\"Women's, Children's\",22/23 Standards Met,29/06/2023,NHS Trust,\r\n";
    // Field boundaries count: "a,b" + "c" is not "a" + "b,c".
    const std::string shifted = "RQ3,\"Women's\", Children's,22/23 Standards Met,29/06/2023,NHS Trust\r\n";
    const auto path = dir.write("d.csv", std::string(kHeader) + row + shifted + row);
    Warnings w;
    const DsptExport e = read_dspt_export(path, w);
    BOOST_TEST(e.records.size() == 1u);
    BOOST_TEST_REQUIRE(w.count("exact-duplicate-row") == 1u, dump(w));
    for (const auto& warning : w.all())
        if (warning.kind == "exact-duplicate-row")
            BOOST_TEST(warning.message ==
                       "1 row(s) repeat an earlier row in every column and are ignored; line 4");
}

BOOST_AUTO_TEST_CASE(windows_1252_export) {
    TempDir dir;
    const auto path = dir.write(
        "w.csv", std::string(kHeader) + "RQ3,Women\x92s \x96 Children\x92s,Not Published,,NHS Trust,\r\n");
    Warnings w;
    const auto e = read_dspt_export(path, w);
    BOOST_TEST(e.records.at(0).name == "Women\u2019s \u2013 Children\u2019s");
    BOOST_TEST(w.empty(), dump(w));
}

BOOST_AUTO_TEST_CASE(layout_2019_by_alias) {
    TempDir dir;
    const auto path =
        dir.write("o.csv",
                  "OrganisationName,ODSCode,PublicationStatus,DateOfPublication,PrimarySector,"
                  "CCG (from ODS and CQC)\n"
                  " LANGDALE HOUSE LTD (VM8L1),VM8L1,Standards Met,25/01/2019,Care Home,NHS WEST CCG\n");
    Warnings w;
    const auto e = read_dspt_export(path, w);
    BOOST_TEST_REQUIRE(e.records.size() == 1u);
    BOOST_TEST(e.records[0].code == "VM8L1");
    BOOST_TEST(e.records[0].name == "LANGDALE HOUSE LTD (VM8L1)");
    BOOST_TEST(e.records[0].status == "Standards Met");
    BOOST_TEST(e.records[0].icb_name == "NHS WEST CCG");
    BOOST_TEST(w.empty());
}

// The published cut of a snapshot (the 2022 trusts file): BOM, an unnamed index column
// first, "ODS Code" / "ODS Org Name", extra columns, "#N/A" statuses, no sector column.
BOOST_AUTO_TEST_CASE(published_cut_layout) {
    TempDir dir;
    const auto path = dir.write(
        "DSPT_trusts_21_22_snapshot09_09_22.csv",
        "\xEF\xBB\xBF,ODS Code,ODS Org Name,Windows 10 Active Last 30 days,index,postcode,geocode,latitude,"
        "longitude,Status\n"
        "0,RJ1,Guy's and St Thomas' NHS Foundation Trust,21799,65,SE1 7EH,\"Lambeth, London\",51.49,-0.11,"
        "21/22 Approaching Standards\n"
        "1,RNK,Tavistock and Portman NHS Foundation Trust,900,66,NW3 5BA,\"Camden, "
        "London\",51.54,-0.17,#N/A\n");
    Warnings w;
    const auto e = read_dspt_export(path, w, {false, false, {}});
    BOOST_TEST_REQUIRE(e.records.size() == 2u);
    BOOST_TEST(e.records[0].code == "RJ1");
    BOOST_TEST(e.records[0].name == "Guy's and St Thomas' NHS Foundation Trust");
    BOOST_TEST(e.records[0].status == "21/22 Approaching Standards");
    BOOST_TEST(e.records[0].primary_sector.empty());
    BOOST_TEST(e.records[1].status == "#N/A");
    BOOST_TEST(e.records[1].line == 3u);
    // No sector, ICB or date column: expected of a cut read for the trend, so no warning.
    BOOST_TEST(w.empty(), dump(w));
    // Read as a portal export, the missing columns are said.
    Warnings as_export;
    (void)read_dspt_export(path, as_export);
    BOOST_TEST(as_export.count("missing-column") == 3u, dump(as_export));
}

// Read for the trend, the publication dates are not looked at ("CompletedThroughQIO").
BOOST_AUTO_TEST_CASE(trend_read_skips_publication_dates) {
    TempDir dir;
    const auto path = dir.write("o.csv",
                                "OrganisationName,ODSCode,PublicationStatus,DateOfPublication,PrimarySector,"
                                "CCG (from ODS and CQC)\n"
                                "A TRUST,RXX,Standards Met,CompletedThroughQIO,Acute,NHS WEST CCG\n");
    Warnings w;
    const auto e = read_dspt_export(path, w, {false, false, {}});
    BOOST_TEST_REQUIRE(e.records.size() == 1u);
    BOOST_TEST(!e.records[0].published);
    BOOST_TEST(e.records[0].primary_sector == "Acute");
    BOOST_TEST(w.empty(), dump(w));
    Warnings full;
    (void)read_dspt_export(path, full);
    BOOST_TEST(full.count("unparsed-date") == 1u);
}

// A trend keeps only the rows of the sectors it counts: the others are not checked either.
BOOST_AUTO_TEST_CASE(trend_read_keeps_the_sectors_asked_for) {
    TempDir dir;
    const auto path = dir.write("o.csv",
                                "OrganisationName,ODSCode,PublicationStatus,DateOfPublication,PrimarySector\n"
                                "A TRUST,RXX,Standards Met,,Acute\n"
                                "A PHARMACY,,Standards Met,,Pharmacy\n"
                                "A GP,P1,Standards Met,,GP\n"
                                "A GP AGAIN,P1,Standards Not Met,,GP\n"
                                "A CSU,0AR,Standards Met,,CSU\n");
    Warnings w;
    const auto e = read_dspt_export(
        path, w, {false, false, [](std::string_view s) { return s == "Acute" || s == "CSU"; }});
    BOOST_TEST_REQUIRE(e.records.size() == 2u);
    BOOST_TEST(e.records[0].code == "RXX");
    BOOST_TEST(e.records[1].code == "0AR");
    BOOST_TEST(e.records[1].line == 6u);
    BOOST_TEST(w.empty(), dump(w));  // no missing-code, no duplicate-code: those rows are not the trend's
}

BOOST_AUTO_TEST_CASE(missing_column_is_an_error_at_line_1) {
    TempDir dir;
    const auto path = dir.write("m.csv", "code , Organisation  Name,Published\nA,B,01/01/2020\n");
    Warnings w;
    const std::string message = error_of([&] { read_dspt_export(path, w); });
    BOOST_TEST(message.find(path + ":1: missing column 'Status'") == 0, message);
    BOOST_TEST(message.find("columns found: code, Organisation  Name, Published") != std::string::npos,
               message);
}

BOOST_AUTO_TEST_CASE(header_only_and_empty) {
    TempDir dir;
    Warnings w;
    const auto header_only = dir.write("h.csv", kHeader);
    BOOST_TEST(error_of([&] { read_dspt_export(header_only, w); }) ==
               header_only + ":1: no data rows (the file has only a header)");
    const auto empty = dir.write("z.csv", "");
    BOOST_TEST(error_of([&] { read_dspt_export(empty, w); }) == empty + ": empty file");
}

BOOST_AUTO_TEST_CASE(real_exports_2023) {
    Warnings w;
    const auto now = read_dspt_export(shared_data("dspt-2023-11/dspt/DSPT search results 16_11_2023.csv"), w);
    BOOST_TEST(now.records.size() == 364u);
    BOOST_TEST(now.records.front().code == "00L");
    BOOST_TEST(now.records.front().status == "21/22 Standards Met");
    BOOST_TEST(now.records.front().published.value() == (Date{2022, 6, 30}));
    BOOST_TEST(now.records.front().icb_name == "NHS NORTH EAST AND NORTH CUMBRIA INTEGRATED CARE BOARD");
    BOOST_TEST(now.records.back().code == "X2C4Y");
    BOOST_TEST(now.records.back().line == 365u);
    std::size_t csus = 0;
    for (const auto& r : now.records) csus += r.primary_sector == "Commissioning Support Unit (CSU)";
    BOOST_TEST(csus == 5u);
    const auto before =
        read_dspt_export(shared_data("dspt-2023-11/dspt/DSPT search results 17_10_2023.csv"), w);
    BOOST_TEST(before.records.size() == 359u);
    BOOST_TEST(w.empty());
}

BOOST_AUTO_TEST_CASE(real_export_2019_all_sectors) {
    Warnings w;
    const auto e =
        read_dspt_export(shared_data("dspt-2019-06-all-sectors/DSPT Progress as of 17_06_2019.csv"), w);
    BOOST_TEST(e.records.size() == 31970u);
    BOOST_TEST(w.count("unparsed-date") == 184u);
    BOOST_TEST(w.size() == 184u);
    std::size_t no_status = 0;
    for (const auto& r : e.records) no_status += r.status.empty();
    BOOST_TEST(no_status == 3996u);
    BOOST_TEST(e.records[0].name == "LANGDALE HOUSE LTD (VM8L1)");
    BOOST_TEST(e.records[0].code == "VM8L1");
    BOOST_TEST(w.all().front().location() ==
               shared_data("dspt-2019-06-all-sectors/DSPT Progress as of 17_06_2019.csv") + ":546:39");
}

BOOST_AUTO_TEST_SUITE_END()
