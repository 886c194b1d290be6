// METHODOLOGY.md "Summary table" and "ICB composite score", and number formatting.
#include "stats/tables.h"

#include <boost/test/unit_test.hpp>

#include "curate/fixtures.h"
#include "stats/table_files.h"

using namespace dspt;
using namespace dspt::test;
using curate::Status;

namespace {

// QRV (own Exceeded) with three trusts Met / no row / Exceeded; QOP (own Approaching)
// with no trusts; one CSU.
curate::BriefingData sample() {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RAA", "QRV"), ods_trust("RBB", "QRV"), ods_trust("RCC", "QRV"),
                     ods_trust("RDD", "QZZ")};
    in.current.records = {
        export_row("RAA", "22/23 Standards Met"),
        export_row("RCC", "22/23 Standards Exceeded"),
        export_row("RDD", "22/23 Standards Not Met"),
        export_row("QRV", "22/23 Standards Exceeded", "CCG / Integrated Care Board (ICB)"),
        export_row("QOP", "22/23 Approaching Standards", "CCG / Integrated Care Board (ICB)"),
        export_row("0DE", "22/23 Standards Met", "Commissioning Support Unit (CSU)")};
    return curate_collecting(in);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tables)

BOOST_AUTO_TEST_CASE(summary_by_sector_counts) {
    const auto table = stats::summarise_by_sector(sample());
    BOOST_REQUIRE_EQUAL(table.rows.size(), 4u);
    BOOST_CHECK_EQUAL(table.rows[0].label, "NHS Trust");
    BOOST_CHECK_EQUAL(table.rows[1].label, "Integrated Care Board (ICB)");
    BOOST_CHECK_EQUAL(table.rows[2].label, "Commissioning Support Unit (CSU)");
    BOOST_CHECK_EQUAL(table.rows[3].label, "Total");
    const std::array<std::size_t, 5> trusts{1, 1, 0, 1, 1}, icbs{0, 0, 1, 0, 1}, csus{0, 0, 0, 1, 0},
        total{1, 1, 1, 2, 2};
    BOOST_CHECK(table.rows[0].counts == trusts);
    BOOST_CHECK(table.rows[1].counts == icbs);
    BOOST_CHECK(table.rows[2].counts == csus);
    BOOST_CHECK(table.rows[3].counts == total);
    BOOST_CHECK_EQUAL(table.rows[3].total(), 7u);
    BOOST_CHECK_CLOSE(table.rows[0].percent(3), 25.0, 1e-9);
}

BOOST_AUTO_TEST_CASE(summary_csv_text) {
    const auto table = stats::summarise_by_sector(sample());
    BOOST_CHECK_EQUAL(stats::summary_counts_csv(table, "sector"),
                      "sector,Not Published,Standards Not Met,Approaching Standards,Standards Met,"
                      "Standards Exceeded,Total\n"
                      "NHS Trust,1,1,0,1,1,4\n"
                      "Integrated Care Board (ICB),0,0,1,0,1,2\n"
                      "Commissioning Support Unit (CSU),0,0,0,1,0,1\n"
                      "Total,1,1,1,2,2,7\n");
    BOOST_CHECK_EQUAL(stats::summary_percent_csv(table, "sector"),
                      "sector,Not Published,Standards Not Met,Approaching Standards,Standards Met,"
                      "Standards Exceeded,Total\n"
                      "NHS Trust,25.0,25.0,0.0,25.0,25.0,100.0\n"
                      "Integrated Care Board (ICB),0.0,0.0,50.0,0.0,50.0,100.0\n"
                      "Commissioning Support Unit (CSU),0.0,0.0,0.0,100.0,0.0,100.0\n"
                      "Total,14.3,14.3,14.3,28.6,28.6,100.0\n");
}

BOOST_AUTO_TEST_CASE(percentages_round_half_away_from_zero) {
    BOOST_CHECK_EQUAL(stats::format_percent_of(57, 210), "27.1");
    BOOST_CHECK_EQUAL(stats::format_percent_of(1, 16), "6.3");  // 6.25
    BOOST_CHECK_EQUAL(stats::format_percent_of(1, 3), "33.3");
    BOOST_CHECK_EQUAL(stats::format_percent_of(2, 3), "66.7");
    BOOST_CHECK_EQUAL(stats::format_percent_of(3, 2000), "0.2");  // 0.15
    BOOST_CHECK_EQUAL(stats::format_percent_of(0, 0), "0.0");
    BOOST_CHECK_EQUAL(stats::format_percent_of(5, 5), "100.0");
    BOOST_CHECK_EQUAL(stats::format_percent(6.25), "6.3");
    BOOST_CHECK_EQUAL(stats::format_percent(100.0 * 3 / 2000), "0.2");  // 0.15 in binary is 0.1499999...
    BOOST_CHECK_EQUAL(stats::format_percent(-0.05), "-0.1");
    BOOST_CHECK_EQUAL(stats::format_percent(65.66), "65.7");
    BOOST_CHECK_EQUAL(stats::format_percent(0.0), "0.0");
    BOOST_CHECK_EQUAL(stats::format_fixed(-0.09999999999999998, 3), "-0.100");
    BOOST_CHECK_EQUAL(stats::format_fixed(-0.0001, 3), "0.000");  // never "-0.000"
    BOOST_CHECK_EQUAL(stats::format_fixed(1.875, 3), "1.875");
    BOOST_CHECK_EQUAL(stats::format_fixed(1.0 / 3, 3), "0.333");
    BOOST_CHECK_EQUAL(stats::format_fixed(2.0, 3), "2.000");
}

BOOST_AUTO_TEST_CASE(composite_is_half_trust_mean_plus_half_own) {
    const auto scores = stats::icb_composite_scores(sample());
    BOOST_REQUIRE_EQUAL(scores.size(), 2u);
    const auto& qrv = scores[0];  // E54000027 sorts before E54000057
    BOOST_CHECK_EQUAL(qrv.icb.ods_code, "QRV");
    BOOST_CHECK(qrv.icb_status == Status::StandardsExceeded);
    BOOST_CHECK_EQUAL(qrv.trusts, 3u);  // RDD's ICB QZZ is not in ONS: counted nowhere
    // trusts: Met 1, Not Published -3, Exceeded 3 -> mean 1/3; own 3.
    BOOST_CHECK_CLOSE(qrv.trust_mean_score, 1.0 / 3, 1e-9);
    BOOST_CHECK_CLOSE(qrv.composite_score, 0.5 / 3 + 1.5, 1e-9);
}

BOOST_AUTO_TEST_CASE(icb_without_trusts_takes_its_own_score) {
    const auto scores = stats::icb_composite_scores(sample());
    const auto& qop = scores[1];
    BOOST_CHECK_EQUAL(qop.icb.ods_code, "QOP");
    BOOST_CHECK_EQUAL(qop.trusts, 0u);
    BOOST_CHECK_EQUAL(qop.composite_score, -1.0);
    BOOST_CHECK_EQUAL(
        stats::icb_scores_csv(scores),
        "ICB23CD,ICB23CDH,ICB23NM,region,icb_status,trusts,trust_mean_score,composite_score,rank\n"
        "E54000027,QRV,NHS North West London Integrated Care Board,London,Standards Exceeded,3,0.333,"
        "1.667,1\n"
        "E54000057,QOP,NHS Greater Manchester Integrated Care Board,North West,Approaching Standards,"
        "0,,-1.000,2\n");
}

// METHODOLOGY.md via issue #13: an export with no ICB rows says nothing of the ICBs, so the
// composite is the trusts' mean alone; an ICB without trusts has none, and no rank.
BOOST_AUTO_TEST_CASE(icbs_not_in_the_export_rest_on_their_trusts_alone) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RAA", "QRV"), ods_trust("RBB", "QRV")};
    in.current.records = {export_row("RAA", "22/23 Standards Met"),
                          export_row("RBB", "22/23 Standards Exceeded"),
                          export_row("0DE", "22/23 Standards Met", "CSU")};
    const auto data = curate_collecting(in);
    BOOST_CHECK(!data.in_export(curate::Sector::Icb));
    BOOST_CHECK_EQUAL(data.warnings.count("sector-not-in-export"), 1u);
    const auto table = stats::summarise_by_sector(data);
    BOOST_CHECK(!table.rows[1].in_export);
    BOOST_CHECK_EQUAL(table.rows[1].total(), 0u);
    BOOST_CHECK_EQUAL(table.rows[2].total(), 1u);  // "CSU": the 2019 layout's label
    const auto scores = stats::icb_composite_scores(data);
    BOOST_REQUIRE_EQUAL(scores.size(), 2u);
    BOOST_CHECK(scores[0].has_composite);
    BOOST_CHECK_EQUAL(scores[0].composite_score, 2.0);  // (1 + 3) / 2, no own half
    BOOST_CHECK(!scores[1].has_composite);              // QOP: no trusts
    BOOST_CHECK_EQUAL(
        stats::summary_counts_csv(table, "sector").find("Integrated Care Board (ICB),,,,,,\n") !=
            std::string::npos,
        true);
    BOOST_CHECK_EQUAL(
        stats::icb_scores_csv(scores),
        "ICB23CD,ICB23CDH,ICB23NM,region,icb_status,trusts,trust_mean_score,composite_score,rank\n"
        "E54000027,QRV,NHS North West London Integrated Care Board,London,(not in this "
        "export),2,2.000,2.000,1\n"
        "E54000057,QOP,NHS Greater Manchester Integrated Care Board,North West,(not in this export),0,,,\n");
}

BOOST_AUTO_TEST_CASE(not_published_icb_scores_minus_three) {
    auto in = base_inputs();
    const auto scores = stats::icb_composite_scores(curate_collecting(in));
    for (const auto& s : scores) BOOST_CHECK_EQUAL(s.composite_score, -3.0);
}

BOOST_AUTO_TEST_CASE(trusts_by_region_sorted_with_unassigned_last) {
    const auto table = stats::summarise_trusts_by_region(sample());
    BOOST_REQUIRE_EQUAL(table.rows.size(), 2u);
    BOOST_CHECK_EQUAL(table.rows[0].label, "London");
    BOOST_CHECK_EQUAL(table.rows[0].total(), 3u);
    BOOST_CHECK_EQUAL(table.rows[1].label, stats::kNoRegionLabel);
    BOOST_CHECK_EQUAL(table.rows[1].counts[1], 1u);  // RDD Not Met
}

BOOST_AUTO_TEST_CASE(status_changes_mark_entered_and_left) {
    using curate::ChangeKind;
    std::vector<curate::StatusChange> changes = {
        {"RAA", "A", curate::Sector::NhsTrust, Status::ApproachingStandards, Status::StandardsMet,
         ChangeKind::Better},
        {"0DE", "C, CSU", curate::Sector::Csu, std::nullopt, Status::StandardsExceeded, ChangeKind::Entered},
        {"RCC", "Gone", curate::Sector::NhsTrust, Status::StandardsMet, std::nullopt, ChangeKind::Left}};
    BOOST_CHECK_EQUAL(
        stats::status_changes_csv(changes),
        "code,name,sector,previous_status,current_status,change\n"
        "RAA,A,NHS Trust,Approaching Standards,Standards Met,better\n"
        "0DE,\"C, CSU\",Commissioning Support Unit (CSU),(not in briefing),Standards Exceeded,entered\n"
        "RCC,Gone,NHS Trust,Standards Met,(not in briefing),left\n");
}

BOOST_AUTO_TEST_CASE(table_files_list) {
    auto data = sample();
    auto names = [](const std::vector<io::OutputFile>& files) {
        std::vector<std::string> out;
        for (const auto& f : files) out.push_back(f.relative_path.string());
        return out;
    };
    const std::vector<std::string> without = {"tables/summary_by_sector.csv",
                                              "tables/summary_by_sector_pct.csv",
                                              "tables/trusts_by_region.csv", "tables/icb_scores.csv"};
    const auto a = names(stats::table_files(data));
    BOOST_CHECK_EQUAL_COLLECTIONS(a.begin(), a.end(), without.begin(), without.end());
    data.has_previous = true;
    const auto b = names(stats::table_files(data));
    BOOST_CHECK_EQUAL(b.size(), 5u);
    BOOST_CHECK_EQUAL(b.back(), "tables/status_changes.csv");
    const auto region_csv = stats::table_files(data)[2].bytes;
    BOOST_CHECK(region_csv.ends_with("\nTotal,1,1,0,1,1,4\n"));
}

BOOST_AUTO_TEST_SUITE_END()
