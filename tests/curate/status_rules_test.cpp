// METHODOLOGY.md "Status of an organisation", steps 1-4, and the older export layout.
#include "curate/status_rules.h"

#include <boost/test/unit_test.hpp>

#include "curate/fixtures.h"

using namespace dspt;
using namespace dspt::test;
using curate::Decision;
using curate::Status;

namespace {

curate::BriefingData curate_trusts(std::vector<io::DsptRecord> rows, std::vector<io::Successor> succ = {},
                                   std::vector<std::string> trusts = {"RAA"}) {
    auto in = base_inputs();
    for (const auto& t : trusts) in.ods_trusts.push_back(ods_trust(t));
    in.current.records = std::move(rows);
    for (std::size_t i = 0; i < in.current.records.size(); ++i) in.current.records[i].line = i + 2;
    in.successors = std::move(succ);
    return curate::curate(in, {});
}

}  // namespace

BOOST_AUTO_TEST_SUITE(status_rules)

BOOST_AUTO_TEST_CASE(current_edition_gives_own_outcome) {
    const auto data = curate_trusts({export_row("RAA", "22/23 Approaching Standards")});
    const auto& o = get(data, "RAA");
    BOOST_CHECK(o.status == Status::ApproachingStandards);
    BOOST_CHECK(o.decision == Decision::Own);
    BOOST_CHECK_EQUAL(o.raw_status, "22/23 Approaching Standards");
    BOOST_CHECK_EQUAL(curate::decision_text(o), "own");
}

BOOST_AUTO_TEST_CASE(default_edition_is_the_newest_in_the_export) {
    const auto data = curate_trusts(
        {export_row("RAA", "21/22 Standards Exceeded"), export_row("RBB", "22/23 Standards Met")}, {},
        {"RAA", "RBB"});
    BOOST_CHECK_EQUAL(data.edition, "22/23");
    BOOST_CHECK(get(data, "RAA").status == Status::NotPublished);
    BOOST_CHECK(get(data, "RBB").status == Status::StandardsMet);
}

BOOST_AUTO_TEST_CASE(explicit_edition_overrides_the_newest) {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RAA"), ods_trust("RBB")};
    in.current.records = {export_row("RAA", "21/22 Standards Exceeded"),
                          export_row("RBB", "22/23 Standards Met")};
    in.edition = "21/22";
    const auto data = curate::curate(in, {});
    BOOST_CHECK(get(data, "RAA").status == Status::StandardsExceeded);
    BOOST_CHECK(get(data, "RBB").status == Status::NotPublished);  // newer than the pinned edition
}

BOOST_AUTO_TEST_CASE(older_edition_is_not_published) {
    const auto data = curate_trusts(
        {export_row("RAA", "21/22 Standards Exceeded"), export_row("RBB", "22/23 Standards Met")}, {},
        {"RAA", "RBB"});
    const auto& o = get(data, "RAA");
    BOOST_CHECK(o.status == Status::NotPublished);
    BOOST_CHECK(o.decision == Decision::NotPublished);
    BOOST_CHECK_EQUAL(curate::decision_text(o), "not published (latest publication is the 21/22 edition)");
}

BOOST_AUTO_TEST_CASE(trust_with_no_export_row_is_not_published) {
    const auto data = curate_trusts({export_row("RBB", "22/23 Standards Met")}, {}, {"RAA", "RBB"});
    const auto& o = get(data, "RAA");
    BOOST_CHECK(o.status == Status::NotPublished);
    BOOST_CHECK_EQUAL(o.raw_status, "");
    BOOST_CHECK_EQUAL(o.name, "RAA NHS TRUST");  // ODS name when the export has no row
    BOOST_CHECK_EQUAL(curate::decision_text(o), "not published (no export row)");
}

BOOST_AUTO_TEST_CASE(export_not_published_is_not_published) {
    const auto data = curate_trusts(
        {export_row("RAA", "Not Published"), export_row("RBB", "22/23 Standards Met")}, {}, {"RAA"});
    BOOST_CHECK(get(data, "RAA").status == Status::NotPublished);
    BOOST_CHECK_EQUAL(data.warnings.count("unknown-status"), 0u);
}

BOOST_AUTO_TEST_CASE(successor_of_current_edition_is_inherited) {
    // RAA merged into RBB; RBB is not itself in the universe (e.g. a new code).
    const auto data = curate_trusts(
        {export_row("RAA", "21/22 Standards Met"), export_row("RBB", "22/23 Standards Exceeded")},
        {successor("RAA", "RBB")});
    const auto& o = get(data, "RAA");
    BOOST_CHECK(o.status == Status::StandardsExceeded);
    BOOST_CHECK(o.decision == Decision::Inherited);
    BOOST_CHECK_EQUAL(o.inherited_from, "RBB");
    BOOST_CHECK_EQUAL(o.raw_status, "21/22 Standards Met");
    BOOST_CHECK_EQUAL(curate::decision_text(o), "inherited from RBB");
}

BOOST_AUTO_TEST_CASE(no_row_and_not_published_also_inherit) {
    const auto data =
        curate_trusts({export_row("RBB", "Not Published"), export_row("RCC", "22/23 Standards Met")},
                      {successor("RAA", "RCC"), successor("RBB", "RCC")}, {"RAA", "RBB"});
    BOOST_CHECK(get(data, "RAA").status == Status::StandardsMet);
    BOOST_CHECK(get(data, "RBB").status == Status::StandardsMet);
    BOOST_CHECK_EQUAL(get(data, "RBB").inherited_from, "RCC");
}

BOOST_AUTO_TEST_CASE(successor_chain_is_followed_to_a_current_status) {
    // RAA -> RBB -> RCC; RBB only has an older edition, RCC the current one.
    const auto data =
        curate_trusts({export_row("RAA", "21/22 Standards Met"), export_row("RBB", "21/22 Standards Met"),
                       export_row("RCC", "22/23 Approaching Standards")},
                      {successor("RAA", "RBB"), successor("RBB", "RCC")});
    const auto& o = get(data, "RAA");
    BOOST_CHECK(o.status == Status::ApproachingStandards);
    BOOST_CHECK_EQUAL(o.inherited_from, "RCC");
}

BOOST_AUTO_TEST_CASE(successor_of_older_edition_is_not_inherited) {
    const auto data = curate_trusts(
        {export_row("RAA", "21/22 Standards Met"), export_row("RBB", "21/22 Standards Exceeded"),
         export_row("RZZ", "22/23 Standards Met")},
        {successor("RAA", "RBB")});
    const auto& o = get(data, "RAA");
    BOOST_CHECK(o.status == Status::NotPublished);
    BOOST_CHECK(o.decision == Decision::NotPublished);
    BOOST_CHECK(o.inherited_from.empty());
}

BOOST_AUTO_TEST_CASE(successor_cycle_terminates_as_not_published) {
    const auto data =
        curate_trusts({export_row("RAA", "21/22 Standards Met"), export_row("RBB", "21/22 Standards Met"),
                       export_row("RZZ", "22/23 Standards Met")},
                      {successor("RAA", "RBB"), successor("RBB", "RAA"), successor("RBB", "RBB")});
    BOOST_CHECK(get(data, "RAA").status == Status::NotPublished);
}

BOOST_AUTO_TEST_CASE(own_current_status_wins_over_successor) {
    const auto data = curate_trusts(
        {export_row("RAA", "22/23 Standards Not Met"), export_row("RBB", "22/23 Standards Exceeded")},
        {successor("RAA", "RBB")});
    BOOST_CHECK(get(data, "RAA").status == Status::StandardsNotMet);
    BOOST_CHECK(get(data, "RAA").decision == Decision::Own);
}

BOOST_AUTO_TEST_CASE(unknown_status_is_not_published_with_a_warning_per_organisation) {
    const auto data = curate_trusts(
        {export_row("RAA", "22/23 Standards Partially Met"), export_row("RBB", "Entry Level"),
         export_row("RCC", "22/23 Standards Met"), export_row("RDD", "22/23 Standards Partially Met")},
        {}, {"RAA", "RBB", "RCC", "RDD"});
    BOOST_CHECK(get(data, "RAA").status == Status::NotPublished);
    BOOST_CHECK(get(data, "RBB").status == Status::NotPublished);
    BOOST_CHECK(get(data, "RDD").status == Status::NotPublished);
    BOOST_CHECK_EQUAL(data.warnings.count("unknown-status"), 3u);
    BOOST_CHECK_EQUAL(data.warnings.all().front().location, "DSPT search results 16_11_2023.csv:2");
    BOOST_CHECK_EQUAL(curate::decision_text(get(data, "RAA")),
                      "not published (unknown status '22/23 Standards Partially Met')");
}

BOOST_AUTO_TEST_CASE(bare_outcome_in_current_layout_is_unknown) {
    const auto data = curate_trusts(
        {export_row("RAA", "Standards Met"), export_row("RBB", "22/23 Standards Met")}, {}, {"RAA"});
    BOOST_CHECK(get(data, "RAA").status == Status::NotPublished);
    BOOST_CHECK_EQUAL(data.warnings.count("unknown-status"), 1u);
}

BOOST_AUTO_TEST_CASE(older_layout_reads_bare_outcomes_as_current_edition) {
    const auto data = curate_trusts(
        {export_row("RAA", "Standards Met"), export_row("RBB", "Standards not fully met (plan agreed)"),
         export_row("RCC", "Entry Level"), export_row("RDD", ""), export_row("REE", "Standards Met (19-20)"),
         export_row("RFF", "Entry Level (19-20)"), export_row("RGG", "Standards Exceeded")},
        {}, {"RAA", "RBB", "RCC", "RDD", "REE", "RFF", "RGG"});
    BOOST_CHECK_EQUAL(data.edition, "");
    BOOST_CHECK(get(data, "RAA").status == Status::StandardsMet);
    BOOST_CHECK_EQUAL(curate::decision_text(get(data, "RAA")),
                      "own (no edition in the older export layout; read as the current edition)");
    BOOST_CHECK(get(data, "RBB").status == Status::ApproachingStandards);
    BOOST_CHECK(get(data, "RCC").status == Status::NotPublished);
    BOOST_CHECK(get(data, "RDD").status == Status::NotPublished);
    BOOST_CHECK_EQUAL(curate::decision_text(get(data, "RDD")), "not published (blank status)");
    BOOST_CHECK(get(data, "REE").status == Status::StandardsMet);
    BOOST_CHECK(get(data, "RFF").status == Status::NotPublished);
    BOOST_CHECK(get(data, "RGG").status == Status::StandardsExceeded);
    BOOST_CHECK_EQUAL(data.warnings.count("legacy-status"), 2u);   // plan agreed, (19-20)
    BOOST_CHECK_EQUAL(data.warnings.count("unknown-status"), 3u);  // Entry Level, blank, Entry Level (19-20)
}

BOOST_AUTO_TEST_CASE(status_text_reading) {
    using curate::StatusText;
    auto t = curate::read_status_text("22/23 Standards Exceeded");
    BOOST_CHECK(t.kind == StatusText::Kind::Outcome);
    BOOST_CHECK_EQUAL(t.edition.value_or("-"), "22/23");
    BOOST_CHECK(t.outcome == Status::StandardsExceeded);
    BOOST_CHECK(curate::read_status_text("Not Published").kind == StatusText::Kind::NotPublished);
    BOOST_CHECK(curate::read_status_text("").kind == StatusText::Kind::Blank);
    BOOST_CHECK(curate::read_status_text("22/24 Standards Met").kind == StatusText::Kind::Unknown);
    BOOST_CHECK(curate::read_status_text("22/23  Standards Met").kind == StatusText::Kind::Unknown);
    BOOST_CHECK(curate::read_status_text("standards met").kind == StatusText::Kind::Unknown);
    BOOST_CHECK(curate::edition_newer("22/23", "21/22"));
    BOOST_CHECK(!curate::edition_newer("21/22", "22/23"));
}

BOOST_AUTO_TEST_SUITE_END()
