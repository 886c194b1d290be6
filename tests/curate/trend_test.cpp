// METHODOLOGY.md "Trend across snapshots" on small snapshots written here, one per
// layout, counted by hand.
#include "curate/trend.h"

#include <boost/test/unit_test.hpp>

#include "curate/sector_coverage.h"
#include "fixtures.h"
#include "io/input_error.h"

using namespace dspt;
using namespace dspt::curate;
using dspt::test::date;
using dspt::test::export_row;

namespace {

template <typename F>
std::string error_of(F f) {
    try {
        f();
    } catch (const io::InputError& e) {
        return e.what();
    }
    return "";
}

io::DsptExport snapshot(std::string path, std::vector<io::DsptRecord> rows) {
    io::DsptExport e;
    e.path = std::move(path);
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i].line = i + 2;
    e.records = std::move(rows);
    return e;
}

using Counts = std::array<std::size_t, 5>;  // NP, Not Met, Approaching, Met, Exceeded

const TrendPoint* point(const std::vector<TrendPoint>& t, const io::Date& d, Sector s) {
    for (const auto& p : t)
        if (p.date == d && p.sector == s) return &p;
    return nullptr;
}

// The 2019 layout: services as sectors, bare outcomes of the edition the run names, older words.
io::DsptExport export_2019() {
    return snapshot(
        "DSPT Progress as of 17_06_2019.csv",
        {export_row("RA1", "Standards Met", "Acute"),
         export_row("RA2", "Standards not fully met (plan agreed)", "Mental Health Trust"),
         export_row("RA3", "standards  exceeded", "Ambulance Trust"),
         export_row("RA4", "", "Community Services Provider"),
         export_row("RA5", "Standards Not Met (18-19)", "Acute"),
         export_row("RA6", "Standards Met (19-20)", "Acute"),  // another edition: Not Published
         export_row("RA1", "Standards Not Met", "Acute"),      // listed twice: counts once
         export_row("X26", "Standards Met", "NHS Digital"),    // not a trust sector
         export_row("RYZ", "Standards Met", "NHS Digital"),    // a trust-like code, not a trust sector
         export_row("8J031", "Standards Met", "Acute"),        // not a trust code
         export_row("00C", "Standards Met", "CCG"),            // a CCG, never an ICB
         export_row("0AR", "Standards Exceeded", "CSU"), export_row("P87657", "Standards Met", "GP")});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(trend)

BOOST_AUTO_TEST_CASE(sector_labels_and_trust_codes) {
    BOOST_TEST((sector_of_label("NHS Trust") == Sector::NhsTrust));
    BOOST_TEST((sector_of_label("Acute") == Sector::NhsTrust));
    BOOST_TEST((sector_of_label("Mental Health Trust") == Sector::NhsTrust));
    BOOST_TEST((sector_of_label("Ambulance Trust") == Sector::NhsTrust));
    BOOST_TEST((sector_of_label("Community Services Provider") == Sector::NhsTrust));
    BOOST_TEST((sector_of_label("CCG / Integrated Care Board (ICB)") == Sector::Icb));
    BOOST_TEST((sector_of_label("Commissioning Support Unit (CSU)") == Sector::Csu));
    BOOST_TEST((sector_of_label("CSU") == Sector::Csu));
    BOOST_TEST(!sector_of_label("GP"));
    BOOST_TEST(!sector_of_label("NHS Digital"));
    BOOST_TEST(!sector_of_label("No Sector Identified"));
    BOOST_TEST(is_nhs_trust_code("RJ1"));
    BOOST_TEST(is_nhs_trust_code("TAF"));
    BOOST_TEST(!is_nhs_trust_code("RJ"));
    BOOST_TEST(!is_nhs_trust_code("RJ11"));
    BOOST_TEST(!is_nhs_trust_code("QOP"));
}

BOOST_AUTO_TEST_CASE(layout_2019_with_its_edition_named) {
    const io::DsptExport e = export_2019();
    io::Warnings w;
    const auto t = count_history({{&e, date(2019, 6, 17), "18/19", std::nullopt}}, {"QOP"},
                                 date(2023, 11, 16), "now.csv", false, w);
    const TrendPoint* trusts = point(t, date(2019, 6, 17), Sector::NhsTrust);
    BOOST_TEST_REQUIRE(trusts);
    // RA1 Met, RA2 Approaching, RA3 Exceeded, RA4 no status, RA5 Not Met (18-19), RA6 of 19/20.
    BOOST_TEST((trusts->counts == Counts{2, 1, 1, 1, 1}));
    BOOST_TEST(trusts->n() == 6u);
    BOOST_TEST(trusts->met_or_exceeded() == 2u);
    BOOST_TEST(trusts->edition == "18/19");
    BOOST_TEST(!trusts->current);
    const TrendPoint* csus = point(t, date(2019, 6, 17), Sector::Csu);
    BOOST_TEST_REQUIRE(csus);
    BOOST_TEST((csus->counts == Counts{0, 0, 0, 0, 1}));
    BOOST_TEST(!point(t, date(2019, 6, 17), Sector::Icb));  // no ICB then: no point, not N = 0
    BOOST_TEST(t.size() == 2u);
    BOOST_TEST(w.count("unknown-status") == 0u);
}

BOOST_AUTO_TEST_CASE(current_layout_icbs_by_lookup_code_edition_newest) {
    const io::DsptExport e = snapshot(
        "DSPT search results 17_10_2023.csv",
        {export_row("RJ1", "22/23 Standards Met"), export_row("RJ2", "21/22 Standards Exceeded"),
         export_row("RJ3", "Not Published"), export_row("RJ4", "22/23 Approaching Standards"),
         export_row("QOP", "22/23 Standards Exceeded", "CCG / Integrated Care Board (ICB)"),
         export_row("QRV", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)"),
         export_row("15E", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)"),  // sub-ICB
         export_row("QXX", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)"),  // not in lookup
         export_row("X26", "22/23 Standards Met", "No Sector Identified")});
    io::Warnings w;
    const auto t = count_history({{&e, date(2023, 10, 17), std::nullopt, std::nullopt}}, {"QOP", "QRV"},
                                 date(2023, 11, 16), "now.csv", false, w);
    const TrendPoint* trusts = point(t, date(2023, 10, 17), Sector::NhsTrust);
    BOOST_TEST_REQUIRE(trusts);
    BOOST_TEST(trusts->edition == "22/23");
    BOOST_TEST((trusts->counts == Counts{2, 0, 1, 1, 0}));  // RJ2 is of 21/22: Not Published
    const TrendPoint* icbs = point(t, date(2023, 10, 17), Sector::Icb);
    BOOST_TEST_REQUIRE(icbs);
    BOOST_TEST((icbs->counts == Counts{0, 0, 0, 1, 1}));
    BOOST_TEST(icbs->source == "DSPT search results 17_10_2023.csv");
    BOOST_TEST(w.empty());
}

BOOST_AUTO_TEST_CASE(published_cut_one_sector_named_by_the_run) {
    // No sector column: every row is of the sector the run states; "#N/A" is no status.
    const io::DsptExport e =
        snapshot("DSPT_trusts_21_22_snapshot09_09_22.csv",
                 {export_row("RJ1", "21/22 Approaching Standards", ""), export_row("RNK", "#N/A", ""),
                  export_row("RJ7", "21/22 Standards Met", ""), export_row("RJ8", "20/21 Standards Met", ""),
                  export_row("RJ9", "21/22 Standards Whatever", "")});
    io::Warnings w;
    const auto t = count_history({{&e, date(2022, 9, 9), std::nullopt, Sector::NhsTrust}}, {},
                                 date(2023, 11, 16), "now.csv", true, w);
    BOOST_TEST_REQUIRE(t.size() == 1u);
    BOOST_TEST(t[0].edition == "21/22");
    BOOST_TEST((t[0].counts == Counts{3, 0, 1, 1, 0}));
    // An unrecognised status is a warning naming the file and line, and Not Published.
    BOOST_TEST_REQUIRE(w.count("unknown-status") == 1u);
    BOOST_TEST(w.all()[0].location() == "DSPT_trusts_21_22_snapshot09_09_22.csv:6");
    BOOST_TEST(w.all()[0].org_code == "RJ9");
}

BOOST_AUTO_TEST_CASE(unrecognised_statuses_over_the_limit_stop_the_run) {
    const io::DsptExport e = snapshot(
        "cut_01_01_22.csv", {export_row("RJ1", "Entry Level"), export_row("RJ2", "21/22 Standards Met")});
    io::Warnings w;
    const std::string err = error_of([&] {
        count_history({{&e, date(2022, 1, 1), std::nullopt, std::nullopt}}, {}, date(2023, 11, 16), "now.csv",
                      false, w);
    });
    BOOST_TEST(err.find("cut_01_01_22.csv") == 0, err);
    std::vector<std::string> notes;
    io::Warnings accepted;
    BOOST_CHECK_NO_THROW(count_history({{&e, date(2022, 1, 1), std::nullopt, std::nullopt}}, {},
                                       date(2023, 11, 16), "now.csv", true, accepted, &notes));
    BOOST_TEST(notes.size() == 1u);
}

BOOST_AUTO_TEST_CASE(errors_name_the_file) {
    const io::DsptExport old = export_2019();
    const io::DsptExport cut =
        snapshot("DSPT_trusts_21_22_snapshot09_09_22.csv", {export_row("RJ1", "21/22 Standards Met")});
    io::Warnings w;
    // A 2019-layout export without an edition: the run must name it.
    const std::string no_edition = error_of([&] {
        count_history({{&old, date(2019, 6, 17), std::nullopt, std::nullopt}}, {}, date(2023, 11, 16),
                      "now.csv", false, w);
    });
    BOOST_TEST(
        no_edition.find("DSPT Progress as of 17_06_2019.csv:2: status 'Standards Met' names no edition") == 0,
        no_edition);
    BOOST_TEST(no_edition.find("edition = \"18/19\"") != std::string::npos);
    BOOST_TEST(no_edition.find('\n') == std::string::npos);
    // Dated after the current export.
    const std::string later = error_of([&] {
        count_history({{&cut, date(2024, 1, 1), std::nullopt, std::nullopt}}, {}, date(2023, 11, 16),
                      "now.csv", false, w);
    });
    BOOST_TEST(
        later.find("DSPT_trusts_21_22_snapshot09_09_22.csv: snapshot dated 2024-01-01 is after the current "
                   "export (2023-11-16)") == 0,
        later);
    // Two snapshots on the same date, the current export's included.
    const std::string same = error_of([&] {
        count_history({{&old, date(2022, 9, 9), "18/19", std::nullopt},
                       {&cut, date(2022, 9, 9), std::nullopt, std::nullopt}},
                      {}, date(2023, 11, 16), "now.csv", false, w);
    });
    BOOST_TEST(
        same.find("DSPT_trusts_21_22_snapshot09_09_22.csv: snapshot dated 2022-09-09, the same date as "
                  "DSPT Progress as of 17_06_2019.csv") == 0,
        same);
    const std::string same_as_current = error_of([&] {
        count_history({{&cut, date(2023, 11, 16), std::nullopt, std::nullopt}}, {}, date(2023, 11, 16),
                      "dir/now.csv", false, w);
    });
    BOOST_TEST(same_as_current.find("the same date as now.csv") != std::string::npos, same_as_current);
}

BOOST_AUTO_TEST_CASE(curate_appends_the_briefings_own_point_last) {
    auto in = test::base_inputs();
    in.ods_trusts = {test::ods_trust("RJ1"), test::ods_trust("RJ2")};
    in.current.records = {export_row("RJ1", "22/23 Standards Met"),
                          export_row("RJ2", "22/23 Standards Exceeded"),
                          export_row("QRV", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)")};
    // Without history: no trend at all.
    BOOST_TEST(test::curate_collecting(in).trend.empty());

    in.history.push_back({date(2019, 6, 17), "18/19", std::nullopt, export_2019()});
    const auto data = test::curate_collecting(in);
    BOOST_TEST_REQUIRE(data.trend.size() ==
                       4u);  // 2019: trusts, CSUs; now: trusts, ICBs (2 of 2); no CSU now
    BOOST_TEST(data.trend[0].date == date(2019, 6, 17));
    const TrendPoint* now = point(data.trend, date(2023, 11, 16), Sector::NhsTrust);
    BOOST_TEST_REQUIRE(now);
    BOOST_TEST(now->current);
    BOOST_TEST((now->counts == Counts{0, 0, 0, 1, 1}));  // the briefing's universe: RJ1, RJ2
    BOOST_TEST(now->edition == "22/23");
    const TrendPoint* icbs = point(data.trend, date(2023, 11, 16), Sector::Icb);
    BOOST_TEST_REQUIRE(icbs);
    BOOST_TEST((icbs->counts == Counts{1, 0, 0, 1, 0}));  // QOP has no row: Not Published, as the headline
    BOOST_TEST(data.trend.back().current);
}

BOOST_AUTO_TEST_CASE(history_read_once_as_the_previous_export) {
    auto in = test::base_inputs();
    in.ods_trusts = {test::ods_trust("RJ1")};
    in.current.records = {export_row("RJ1", "22/23 Standards Met")};
    in.previous =
        snapshot("DSPT search results 17_10_2023.csv", {export_row("RJ1", "22/23 Approaching Standards")});
    in.history.push_back({date(2023, 10, 17), std::nullopt, std::nullopt, std::nullopt});
    const auto data = test::curate_collecting(in);
    const TrendPoint* oct = point(data.trend, date(2023, 10, 17), Sector::NhsTrust);
    BOOST_TEST_REQUIRE(oct);
    BOOST_TEST((oct->counts == Counts{0, 0, 1, 0, 0}));
    BOOST_TEST(oct->source == "DSPT search results 17_10_2023.csv");
}

BOOST_AUTO_TEST_SUITE_END()
