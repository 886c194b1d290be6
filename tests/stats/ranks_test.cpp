// Ranks by the printed value (METHODOLOGY.md "ICB composite score"): equal printed
// numbers share a rank, written "=n".
#include "stats/ranks.h"

#include <boost/test/unit_test.hpp>

using namespace dspt;

namespace {

stats::IcbScore score(std::string name, double composite) {
    stats::IcbScore s;
    s.icb.name = std::move(name);
    s.icb.ons_code = "E54" + s.icb.name;
    s.composite_score = composite;
    return s;
}

std::vector<std::string> texts(const std::vector<stats::RankedIcbScore>& ranked) {
    std::vector<std::string> out;
    for (const auto& r : ranked) out.push_back(r.rank.text() + " " + r.score.icb.name + " " + r.printed);
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(ranks)

BOOST_AUTO_TEST_CASE(ranks_descending_share_equal_values) {
    const auto r = stats::ranks_descending({7, 9, 7, 3});
    BOOST_REQUIRE_EQUAL(r.size(), 4u);
    BOOST_CHECK_EQUAL(r[0].text(), "=2");
    BOOST_CHECK_EQUAL(r[1].text(), "1");
    BOOST_CHECK_EQUAL(r[2].text(), "=2");
    BOOST_CHECK_EQUAL(r[3].text(), "4");  // after two at =2 comes 4, not 3
    BOOST_CHECK(stats::ranks_descending({}).empty());
}

BOOST_AUTO_TEST_CASE(printed_composite_has_one_decimal_and_a_true_minus) {
    BOOST_CHECK_EQUAL(stats::printed_composite(0.6666666), "+0.7");
    BOOST_CHECK_EQUAL(stats::printed_composite(0.75), "+0.8");
    BOOST_CHECK_EQUAL(stats::printed_composite(0.15), "+0.2");  // decimal half, not binary 0.1499...
    BOOST_CHECK_EQUAL(stats::printed_composite(-1.25), "\u22121.3");
    BOOST_CHECK_EQUAL(stats::printed_composite(-0.04), "0.0");
    BOOST_CHECK_EQUAL(stats::printed_composite(0.0), "0.0");
}

BOOST_AUTO_TEST_CASE(icbs_equal_as_printed_share_a_rank_whatever_their_unrounded_scores) {
    // 0.6875 and 0.6667 both print +0.7: the "25 North Central London +0.7" next to
    // "=26 Black Country +0.7" came from ranking the unrounded values.
    const auto ranked =
        stats::rank_icb_scores({score("North Central London", 0.6875), score("Black Country", 0.6667),
                                score("Kent", 1.0), score("Dorset", 0.65), score("Cornwall", -3.0)});
    const std::vector<std::string> expected = {"1 Kent +1.0", "=2 Black Country +0.7", "=2 Dorset +0.7",
                                               "=2 North Central London +0.7", "5 Cornwall \u22123.0"};
    const auto got = texts(ranked);
    BOOST_CHECK_EQUAL_COLLECTIONS(got.begin(), got.end(), expected.begin(), expected.end());
}

BOOST_AUTO_TEST_SUITE_END()
