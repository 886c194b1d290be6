// The numbers a reader compares (issue #13): ranks by the printed value, and entered /
// left as changes of coverage, never improvements or declines. The real binary on the
// real November 2023 sample.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "report/pdf_tools.h"

namespace fs = std::filesystem;
using dspt::test::csv_rows;
using dspt::test::read_bytes;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

// One build of the default run, shared by the cases.
const fs::path& sample_out() {
    static dspt::test::TempFolder tmp("e2e-numbers");
    static const fs::path out = [] {
        const fs::path o = tmp.path() / "out";
        const auto r =
            run_command("SOURCE_DATE_EPOCH=1700092800 " + shell_quoted(DSPT_BINARY) + " build --out " +
                        shell_quoted(o) + " " + shell_quoted(DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml"));
        BOOST_REQUIRE_EQUAL(r.status, 0);
        return o;
    }();
    return out;
}

std::string pdf_text() {
    return run_command("pdftotext -q -layout " + shell_quoted(sample_out() / "briefing.pdf") + " -").out;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(numbers_e2e)

BOOST_AUTO_TEST_CASE(icbs_with_the_same_printed_score_share_a_rank) {
    // The issue: "25 North Central London +0.7" next to "=26 Black Country +0.7" (0.700 and 0.667).
    const std::string text = pdf_text();
    BOOST_CHECK(contains(text, "=25 Black Country "));
    BOOST_CHECK(contains(text, "=25 North Central London "));

    // Every ICB in tables/icb_scores.csv: equal composite to one decimal <=> equal rank, "=" when shared.
    const auto rows = csv_rows(sample_out() / "tables/icb_scores.csv");
    BOOST_REQUIRE_GT(rows.size(), 1u);
    BOOST_REQUIRE_EQUAL(rows[0].back(), "rank");
    std::map<long, std::vector<std::string>> ranks_by_tenths;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        const double composite = std::stod(rows[i][rows[i].size() - 2]);
        const long tenths = std::lround(composite * 10 + (composite >= 0 ? 1e-9 : -1e-9));
        ranks_by_tenths[tenths].push_back(rows[i].back());
    }
    std::size_t expected_position = 1;
    for (auto it = ranks_by_tenths.rbegin(); it != ranks_by_tenths.rend(); ++it) {
        const auto& ranks = it->second;
        const std::string want = (ranks.size() > 1 ? "=" : "") + std::to_string(expected_position);
        for (const auto& r : ranks) BOOST_CHECK_EQUAL(r, want);
        expected_position += ranks.size();
    }
}

BOOST_AUTO_TEST_CASE(entered_and_left_are_coverage_not_improvements) {
    // October's export had no CSU rows: November's five CSUs entered the briefing.
    const auto rows = csv_rows(sample_out() / "tables/status_changes.csv");
    BOOST_REQUIRE_GT(rows.size(), 1u);
    BOOST_REQUIRE_EQUAL(rows[0].back(), "change");
    std::map<std::string, int> kinds;
    for (std::size_t i = 1; i < rows.size(); ++i) {
        ++kinds[rows[i].back()];
        if (rows[i][2] == "Commissioning Support Unit (CSU)") BOOST_CHECK_EQUAL(rows[i].back(), "entered");
    }
    BOOST_CHECK_EQUAL(kinds["entered"], 5);
    BOOST_CHECK_EQUAL(kinds["better"], 5);
    BOOST_CHECK_EQUAL(kinds["worse"], 0);

    const std::string text = pdf_text();
    // The old key finding read the entry of the CSUs as a gain of four "standards exceeded".
    BOOST_CHECK(!contains(text, "CSUs with standards exceeded +4"));
    BOOST_CHECK(contains(text, "5 CSUs entered the briefing (the previous export held none)"));
    BOOST_CHECK(contains(text, "changes of coverage, not of security"));
    BOOST_CHECK(contains(text, "Coverage: entered the briefing (5)"));
}

BOOST_AUTO_TEST_SUITE_END()
