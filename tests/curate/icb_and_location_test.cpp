// METHODOLOGY.md: a trust's ICB (ODS health geography) and region (ONS), and its
// location from the HQ postcode.
#include <boost/test/unit_test.hpp>

#include "curate/fixtures.h"

using namespace dspt;
using namespace dspt::test;

BOOST_AUTO_TEST_SUITE(icb_and_location)

BOOST_AUTO_TEST_CASE(trust_takes_icb_and_region_from_ods_and_ons) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("R0A", "QOP")};
    const auto data = curate_collecting(in);
    const auto& t = get(data, "R0A");
    BOOST_CHECK_EQUAL(t.icb_ods_code, "QOP");
    BOOST_CHECK_EQUAL(t.icb_ons_code, "E54000057");
    BOOST_CHECK_EQUAL(t.icb_name, "NHS Greater Manchester Integrated Care Board");
    BOOST_CHECK_EQUAL(t.region_name, "North West");
    BOOST_CHECK_EQUAL(data.warnings.count("unknown-icb"), 0u);
}

BOOST_AUTO_TEST_CASE(trust_with_icb_missing_from_ons_stays_with_a_warning) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("R0A", "QZZ")};
    const auto data = curate_collecting(in);
    const auto& t = get(data, "R0A");
    BOOST_CHECK_EQUAL(t.icb_ods_code, "QZZ");
    BOOST_CHECK_EQUAL(t.icb_ons_code, "");
    BOOST_CHECK_EQUAL(t.region_name, "");
    BOOST_CHECK_EQUAL(data.warnings.count("unknown-icb"), 1u);
    BOOST_CHECK_EQUAL(data.warnings.all().front().location(), "etr.csv:1");
}

BOOST_AUTO_TEST_CASE(postcode_is_matched_without_spaces_and_case) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("R0A", "QOP", "Y62", "m13 9wl"), ods_trust("R0B", "QOP", "Y62", "SR4 7TP"),
                     ods_trust("R0C", "QOP", "Y62", "")};
    in.postcodes = {{"M139WL", io::LatLon{53.4631, -2.2281}}};
    const auto data = curate_collecting(in);
    const auto& a = get(data, "R0A");
    BOOST_REQUIRE(a.location.has_value());
    BOOST_CHECK_EQUAL(a.location->lat, 53.4631);
    BOOST_CHECK_EQUAL(a.location->lon, -2.2281);
    BOOST_CHECK_EQUAL(a.postcode, "m13 9wl");
    // Not found / no postcode: still in the briefing, not mapped, one warning each.
    BOOST_CHECK(!get(data, "R0B").location.has_value());
    BOOST_CHECK(!get(data, "R0C").location.has_value());
    BOOST_CHECK_EQUAL(data.warnings.count("unmatched-postcode"), 1u);
    BOOST_CHECK_EQUAL(data.warnings.count("missing-postcode"), 1u);
}

BOOST_AUTO_TEST_CASE(wanted_postcodes_are_normalised) {
    const auto wanted =
        curate::wanted_postcodes({ods_trust("R0A", "QOP", "Y62", " m13  9wl"), ods_trust("R0C")});
    BOOST_CHECK_EQUAL(wanted.size(), 1u);
    BOOST_CHECK(wanted.contains("M139WL"));
}

BOOST_AUTO_TEST_CASE(portal_lost_apostrophe_is_repaired_with_a_warning) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RQ3")};
    in.current.records = {export_row("RQ3", "22/23 Standards Met", "NHS Trust",
                                     "Birmingham Women?s and Children?s NHS Foundation Trust")};
    const auto data = curate_collecting(in);
    BOOST_CHECK_EQUAL(get(data, "RQ3").name, "Birmingham Women?s and Children?s NHS Foundation Trust");
    BOOST_CHECK_EQUAL(get(data, "RQ3").display_name,
                      "Birmingham Women's and Children's NHS Foundation Trust");
    BOOST_CHECK_EQUAL(data.warnings.count("repaired-name"), 1u);
}

BOOST_AUTO_TEST_CASE(reader_warnings_are_kept) {
    io::Warnings w;
    w.add("bad-date", "x.csv:3:4", "not a date");
    const auto data = curate_collecting(base_inputs(), w);
    BOOST_CHECK_EQUAL(data.warnings.count("bad-date"), 1u);
}

BOOST_AUTO_TEST_SUITE_END()
