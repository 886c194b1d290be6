// METHODOLOGY.md "Who is in the briefing", one rule per case.
#include "curate/universe.h"

#include <boost/test/unit_test.hpp>

#include "curate/fixtures.h"
#include "curate/sector_coverage.h"

using namespace dspt;
using namespace dspt::test;
using curate::Sector;
using curate::Status;

BOOST_AUTO_TEST_SUITE(universe)

BOOST_AUTO_TEST_CASE(welsh_trust_is_excluded) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RAA"), ods_trust("RQF", "Q99", "W00")};
    in.current.records = {export_row("RAA", "22/23 Standards Met"), export_row("RQF", "22/23 Standards Met")};
    const auto data = curate_collecting(in);
    BOOST_CHECK(find(data, "RAA") != nullptr);
    BOOST_CHECK(find(data, "RQF") == nullptr);
}

BOOST_AUTO_TEST_CASE(trust_closed_before_reference_date_is_excluded) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RA4", "QRV", "Y58", "", date(2023, 3, 31)), ods_trust("RAA")};
    in.current.records = {export_row("RA4", "22/23 Standards Met")};
    const auto data = curate_collecting(in);
    BOOST_CHECK(find(data, "RA4") == nullptr);
    BOOST_CHECK(find(data, "RAA") != nullptr);
}

BOOST_AUTO_TEST_CASE(trust_closing_on_the_reference_date_is_still_open) {
    const io::Date ref = date(2023, 11, 16);
    BOOST_CHECK(curate::in_trust_universe(ods_trust("R1", "QRV", "Y56", "", date(2023, 11, 16)), ref));
    BOOST_CHECK(!curate::in_trust_universe(ods_trust("R2", "QRV", "Y56", "", date(2023, 11, 15)), ref));
    BOOST_CHECK(curate::in_trust_universe(ods_trust("R3", "QRV", "Y56", "", date(2023, 11, 17)), ref));
    BOOST_CHECK(curate::in_trust_universe(ods_trust("R4"), ref));
    BOOST_CHECK(!curate::in_trust_universe(ods_trust("R5", "QRV", ""), ref));
}

BOOST_AUTO_TEST_CASE(trust_listed_in_etr_and_ect_counts_once) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RAA"), ods_trust("RAA")};
    const auto data = curate_collecting(in);
    BOOST_CHECK_EQUAL(std::count_if(data.organisations.begin(), data.organisations.end(),
                                    [](const auto& o) { return o.code == "RAA"; }),
                      1);
}

BOOST_AUTO_TEST_CASE(icbs_come_from_the_ons_lookup_not_from_sub_icb_rows) {
    auto in = base_inputs();
    in.current.records = {export_row("QRV", "22/23 Standards Exceeded", "CCG / Integrated Care Board (ICB)"),
                          export_row("W2U3Z", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)"),
                          export_row("00L", "21/22 Standards Met", "CCG / Integrated Care Board (ICB)")};
    const auto data = curate_collecting(in);
    BOOST_REQUIRE_EQUAL(data.organisations.size(), 2u);  // QOP and QRV, nothing else
    const auto& qrv = get(data, "QRV");
    BOOST_CHECK(qrv.sector == Sector::Icb);
    BOOST_CHECK(qrv.status == Status::StandardsExceeded);
    BOOST_CHECK_EQUAL(qrv.name, "NHS North West London Integrated Care Board");
    BOOST_CHECK_EQUAL(qrv.icb_ons_code, "E54000027");
    BOOST_CHECK_EQUAL(qrv.region_name, "London");
    // An ICB with no export row is in the briefing as Not Published.
    BOOST_CHECK(get(data, "QOP").status == Status::NotPublished);
    BOOST_CHECK(find(data, "W2U3Z") == nullptr);
    // Sorted by code within the sector.
    BOOST_CHECK_EQUAL(data.organisations[0].code, "QOP");
    BOOST_CHECK_EQUAL(data.icbs.front().ons_code, "E54000027");  // sorted by ICB23CD
}

BOOST_AUTO_TEST_CASE(csus_from_export_rows_when_no_ecsu) {
    auto in = base_inputs();
    in.current.records = {export_row("0DE", "22/23 Standards Exceeded", "Commissioning Support Unit (CSU)"),
                          export_row("0DJ", "Not Published", "Commissioning Support Unit (CSU)"),
                          export_row("X99", "22/23 Standards Met", "No Sector Identified")};
    const auto data = curate_collecting(in);
    BOOST_CHECK(get(data, "0DE").sector == Sector::Csu);
    BOOST_CHECK(get(data, "0DE").status == Status::StandardsExceeded);
    BOOST_CHECK(get(data, "0DJ").status == Status::NotPublished);
    BOOST_CHECK(find(data, "X99") == nullptr);
}

BOOST_AUTO_TEST_CASE(csus_from_ecsu_when_given_even_without_export_row) {
    auto in = base_inputs();
    in.current.records = {export_row("0DE", "22/23 Standards Exceeded", "Commissioning Support Unit (CSU)"),
                          export_row("0AR", "22/23 Standards Met", "Commissioning Support Unit (CSU)")};
    std::vector<io::OdsOrganisation> ecsu = {ods_trust("0DE", "", "Y60"), ods_trust("0XX", "", "Y60"),
                                             ods_trust("0ZZ", "", "Y60", "", date(2020, 1, 1))};
    in.ods_csus = ecsu;
    const auto data = curate_collecting(in);
    BOOST_CHECK(get(data, "0DE").status == Status::StandardsExceeded);
    BOOST_CHECK(get(data, "0XX").status == Status::NotPublished);
    BOOST_CHECK_EQUAL(get(data, "0XX").name, "0XX NHS TRUST");  // ODS name when no export row
    BOOST_CHECK(find(data, "0AR") == nullptr);                  // ecsu decides the universe
    BOOST_CHECK(find(data, "0ZZ") == nullptr);                  // closed
}

BOOST_AUTO_TEST_CASE(sectors_in_order_trusts_icbs_csus) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RZZ"), ods_trust("RAA")};
    in.current.records = {export_row("RAA", "22/23 Standards Met"),
                          export_row("QOP", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)"),
                          export_row("0DE", "22/23 Standards Exceeded", "Commissioning Support Unit (CSU)")};
    const auto data = curate_collecting(in);
    std::vector<std::string> codes;
    for (const auto& o : data.organisations) codes.push_back(o.code);
    const std::vector<std::string> expected = {"RAA", "RZZ", "QOP", "QRV", "0DE"};
    BOOST_CHECK_EQUAL_COLLECTIONS(codes.begin(), codes.end(), expected.begin(), expected.end());
}

BOOST_AUTO_TEST_CASE(sector_coverage_counts_the_rows_outside_and_the_sectors_held) {
    io::DsptExport e;
    e.records = {export_row("RAA", "x", "Acute"),    export_row("AB1", "x", "Pharmacy"),
                 export_row("AB2", "x", "Pharmacy"), export_row("G1", "x", "GP"),
                 export_row("0DE", "x", "CSU"),      export_row("02A", "x", "CCG")};
    const auto c = curate::sector_coverage(e);
    BOOST_CHECK_EQUAL(c.export_rows, 6u);
    BOOST_CHECK(c.in_export[0] && !c.in_export[1] && c.in_export[2]);  // "CCG" alone is not an ICB
    BOOST_REQUIRE_EQUAL(c.rows_outside_by_sector.size(), 3u);
    BOOST_CHECK_EQUAL(c.rows_outside_by_sector[0].first, "Pharmacy");
    BOOST_CHECK_EQUAL(c.rows_outside_by_sector[0].second, 2u);
    // Without a sector column the export cannot say which sectors it leaves out.
    io::DsptExport unlabelled;
    unlabelled.records = {export_row("RAA", "x", "")};
    const auto u = curate::sector_coverage(unlabelled);
    BOOST_CHECK(u.in_export[0] && u.in_export[1] && u.in_export[2]);
}

BOOST_AUTO_TEST_SUITE_END()
