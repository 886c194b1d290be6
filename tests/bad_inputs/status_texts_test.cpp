// Status texts (METHODOLOGY.md "Status of an organisation"): letter case and spacing,
// "#N/A" as no status, the older layout's missing edition, and the guard that stops a
// run when more than 5 % of the briefing's rows carry a status the rules do not know.
// Each case is the real binary on a copy of the real sample export.
#include <boost/test/unit_test.hpp>

#include "bad_inputs/bad_input_support.h"

namespace fs = std::filesystem;
using namespace dspt::bad_inputs;

namespace {

const std::string kExportName = "DSPT search results 16_11_2023.csv";

fs::path use_export(Case& c, const std::vector<std::string>& lines) {
    const fs::path p = c.input(kExportName);
    spit(p, join_lines(lines));
    c.set("dspt_export", p);
    return p;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// Replaces every `from` in the lines' status cells (the exports quote nothing there).
std::size_t replace_all(std::vector<std::string>& lines, const std::string& from, const std::string& to) {
    std::size_t n = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto pos = lines[i].find("," + from + ",");
        if (pos == std::string::npos) continue;
        lines[i].replace(pos + 1, from.size(), to);
        ++n;
    }
    return n;
}

void check_same_tables_as_good_run(const Case& c) {
    for (const auto& [rel, bytes] : good_build_outputs())
        // data_quality.csv names the input files, which are this case's copies.
        if (rel.starts_with("tables/") && rel != "tables/data_quality.csv")
            BOOST_CHECK_MESSAGE(slurp(c.out() / rel) == bytes, rel << " differs from the good run");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(status_texts)

BOOST_AUTO_TEST_CASE(letter_case_and_spacing_do_not_change_the_briefing) {
    Case c;
    auto lines = csv_lines(real_export());
    BOOST_REQUIRE_EQUAL(replace_all(lines, "22/23 Standards Met", "22/23 standards met"), 172u);
    BOOST_REQUIRE_GT(replace_all(lines, "22/23 Approaching Standards", "22/23  APPROACHING standards"), 0u);
    BOOST_REQUIRE_GT(replace_all(lines, "Not Published", "not published"), 0u);
    use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(!contains(r.err, "unknown-status"));
    check_same_tables_as_good_run(c);
    // The cover's headline: 72.9 % of trusts met or exceeded the standard, not 7.1 %.
    BOOST_CHECK(contains(pdf_text(c.out() / "briefing.pdf"), "72.9%"));
}

BOOST_AUTO_TEST_CASE(na_and_empty_statuses_are_no_status_without_a_warning) {
    Case c;
    auto lines = csv_lines(real_export());
    std::size_t changed = 0;
    for (const char* code : {"RYK,", "RDU,", "R0A,"}) {
        std::string& l = lines[line_starting(lines, code)];
        const auto pos = l.find(",22/23 ");
        BOOST_REQUIRE(pos != std::string::npos);
        const auto end = l.find(',', pos + 1);
        l.replace(pos + 1, end - pos - 1, changed == 0 ? "#N/A" : changed == 1 ? "N/A" : "");
        ++changed;
    }
    use_export(c, lines);
    const Result r = c.curate();
    c.expect_success(r);
    BOOST_CHECK(!contains(r.err, "unknown-status"));
    const std::string good = good_build_outputs().at("tables/summary_by_sector.csv");
    const std::string now = slurp(c.out() / "tables/summary_by_sector.csv");
    BOOST_CHECK_NE(now, good);
    // Three more trusts Not Published than in the good run.
    auto trust_row = [](const std::string& csv) { return csv.substr(csv.find("\nNHS Trust,") + 11, 2); };
    BOOST_CHECK_EQUAL(std::stoi(trust_row(now)), std::stoi(trust_row(good)) + 3);
    BOOST_CHECK(
        contains(slurp(c.out() / "curated/trusts.csv"), "not published (no status in the export ('#N/A'))"));
}

BOOST_AUTO_TEST_CASE(guard_stops_the_run_above_five_percent_unrecognised) {
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t achieved = replace_all(lines, "22/23 Standards Met", "22/23 Standards Achieved");
    const std::size_t gold = replace_all(lines, "22/23 Standards Exceeded", "Gold");
    const fs::path p = use_export(c, lines);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_MESSAGE(line.starts_with(p.string() + ": "), line);
    BOOST_CHECK_MESSAGE(contains(line, "'22/23 Standards Achieved' (" + std::to_string(achieved) +
                                           "), 'Gold' (" + std::to_string(gold) + ")"),
                        line);
    BOOST_CHECK_MESSAGE(contains(line, "rows that would enter the briefing"), line);
    BOOST_CHECK_MESSAGE(contains(line, "--accept-unknown-statuses"), line);

    // Accepted explicitly: the run goes on, and the data-quality page says the switch was used.
    const Result r =
        c.run({"build", c.write_manifest().string(), "--out", c.out().string(), "--accept-unknown-statuses"});
    c.expect_success(r);
    const std::string pdf = pdf_text(c.out() / "briefing.pdf");
    BOOST_CHECK(contains(pdf, "--accept-unknown-statuses"));
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "unknown-status", achieved + gold));
}

BOOST_AUTO_TEST_CASE(guard_counts_only_rows_that_enter_the_briefing) {
    // 40 of the 364 export rows (11 %) with an unknown text, all sub-ICB locations (former
    // CCGs), which are not in the briefing: none of the briefing's rows is affected.
    Case c;
    auto lines = csv_lines(real_export());
    std::size_t sub_icb = 0;
    for (std::size_t i = 1; i < lines.size() && sub_icb < 40; ++i) {
        if (!contains(lines[i], "CCG / Integrated Care Board (ICB)") || lines[i].starts_with("Q")) continue;
        auto pos = lines[i].find(",21/22 ");
        if (pos == std::string::npos) pos = lines[i].find(",22/23 ");
        if (pos == std::string::npos) continue;
        lines[i].replace(pos + 1, lines[i].find(',', pos + 1) - pos - 1, "Mystery");
        ++sub_icb;
    }
    BOOST_REQUIRE_EQUAL(sub_icb, 40u);
    use_export(c, lines);
    const Result r = c.curate();
    c.expect_success(r);
    check_same_tables_as_good_run(c);
}

BOOST_AUTO_TEST_CASE(older_layout_without_an_edition_asks_for_one) {
    Case c;
    const fs::path export2019 =
        fs::path(DSPT_SHARED_DATA) / "dspt-2019-06-all-sectors" / "DSPT Progress as of 17_06_2019.csv";
    const fs::path manifest = c.dir() / "2019.toml";
    spit(manifest, "[briefing]\nreference_date = 2019-06-17\n\n[inputs]\ndspt_export = " +
                       toml_string(export2019.string()) + "\nods_trusts = [" +
                       toml_string(real_etr().string()) +
                       "]\nons_lookup = " + toml_string(real_ons().string()) +
                       "\nicb_boundaries = " + toml_string(real_icb_shp().string()) +
                       "\nregion_boundaries = " + toml_string(real_region_shp().string()) + "\n");
    const Result r = c.run({"curate", manifest.string(), "--out", c.out().string()});
    const std::string line = error_line(r);
    BOOST_REQUIRE(line.find("DSPT Progress") != std::string::npos);
    BOOST_CHECK_EQUAL(line.substr(line.find("DSPT Progress")),
                      "DSPT Progress as of 17_06_2019.csv"
                      ":2: status 'Standards Met' names no edition (older export layout), and the "
                      "manifest names none: add the edition these statuses are of to the manifest, e.g. "
                      "[briefing] edition = \"18/19\"");
    BOOST_CHECK(!fs::exists(c.out() / "tables"));
}

BOOST_AUTO_TEST_SUITE_END()
