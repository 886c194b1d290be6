// METHODOLOGY.md "Month-on-month change".
#include <boost/test/unit_test.hpp>

#include "curate/fixtures.h"
#include "io/input_error.h"

using namespace dspt;
using namespace dspt::test;
using curate::Sector;
using curate::Status;

namespace {

curate::CurationInputs two_months() {
    auto in = base_inputs();
    in.ods_trusts = {ods_trust("RAA"), ods_trust("RBB"),
                     ods_trust("RCC", "QRV", "Y56", "", date(2023, 11, 1))};
    in.current.records = {export_row("RAA", "22/23 Standards Met"), export_row("RBB", "22/23 Standards Met"),
                          export_row("QRV", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)"),
                          export_row("0DE", "22/23 Standards Exceeded", "Commissioning Support Unit (CSU)")};
    io::DsptExport previous;
    previous.path = "/data/DSPT search results 17_10_2023.csv";
    previous.records = {export_row("RAA", "22/23 Approaching Standards"),
                        export_row("RBB", "22/23 Standards Met"), export_row("RCC", "22/23 Standards Met"),
                        export_row("QRV", "22/23 Standards Met", "CCG / Integrated Care Board (ICB)")};
    in.previous = previous;
    return in;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(changes)

BOOST_AUTO_TEST_CASE(changed_entered_and_left_are_listed) {
    const auto data = curate_collecting(two_months());
    BOOST_CHECK(data.has_previous);
    BOOST_REQUIRE(data.previous_reference_date.has_value());
    BOOST_CHECK(*data.previous_reference_date == date(2023, 10, 17));  // from the file name
    BOOST_REQUIRE_EQUAL(data.changes.size(), 3u);
    // Sorted by sector then code: RAA changed, RCC left (closed 1 Nov), 0DE entered.
    const auto& raa = data.changes[0];
    BOOST_CHECK_EQUAL(raa.code, "RAA");
    BOOST_CHECK(raa.previous == Status::ApproachingStandards);
    BOOST_CHECK(raa.current == Status::StandardsMet);
    const auto& rcc = data.changes[1];
    BOOST_CHECK_EQUAL(rcc.code, "RCC");
    BOOST_CHECK(rcc.previous == Status::StandardsMet);
    BOOST_CHECK(!rcc.current.has_value());
    const auto& csu = data.changes[2];
    BOOST_CHECK_EQUAL(csu.code, "0DE");
    BOOST_CHECK(csu.sector == Sector::Csu);
    BOOST_CHECK(!csu.previous.has_value());
    BOOST_CHECK(csu.current == Status::StandardsExceeded);
    // The kind is decided once, here: entered and left are coverage, never better or worse.
    BOOST_CHECK(raa.kind == curate::ChangeKind::Better);
    BOOST_CHECK(rcc.kind == curate::ChangeKind::Left);
    BOOST_CHECK(csu.kind == curate::ChangeKind::Entered);
    BOOST_CHECK(csu.is_coverage() && rcc.is_coverage() && !raa.is_coverage());
    BOOST_CHECK_EQUAL(curate::change_kind_key(csu.kind), "entered");
}

BOOST_AUTO_TEST_CASE(a_worse_status_is_worse) {
    auto in = two_months();
    in.current.records[1].status = "22/23 Approaching Standards";  // RBB: Met -> Approaching
    const auto data = curate_collecting(in);
    BOOST_REQUIRE_EQUAL(data.changes.size(), 4u);
    BOOST_CHECK_EQUAL(data.changes[1].code, "RBB");
    BOOST_CHECK(data.changes[1].kind == curate::ChangeKind::Worse);
}

BOOST_AUTO_TEST_CASE(previous_date_must_be_known) {
    auto in = two_months();
    in.previous->path = "previous.csv";
    BOOST_CHECK_THROW(curate_collecting(in), io::InputError);
    in.previous_reference_date = date(2023, 10, 17);
    BOOST_CHECK_NO_THROW(curate_collecting(in));
}

BOOST_AUTO_TEST_CASE(previous_snapshot_is_judged_by_its_own_newest_edition) {
    auto in = two_months();
    in.current.records[0].status = "23/24 Standards Met";  // RAA publishes the new edition first
    for (auto& r : in.current.records) r.status.replace(0, 5, "23/24");
    const auto data = curate_collecting(in);
    BOOST_CHECK_EQUAL(data.edition, "23/24");
    BOOST_CHECK_EQUAL(data.previous_edition, "22/23");
}

BOOST_AUTO_TEST_CASE(no_previous_no_changes) {
    auto in = two_months();
    in.previous.reset();
    const auto data = curate_collecting(in);
    BOOST_CHECK(!data.has_previous);
    BOOST_CHECK(data.changes.empty());
}

BOOST_AUTO_TEST_SUITE_END()
