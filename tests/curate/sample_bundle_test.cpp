// Curation on the real November 2023 sample bundle, through the real readers (no
// binary involved): the universe and statuses the lead counted independently.
#include <boost/test/unit_test.hpp>

#include "curate/curation.h"
#include "io/readers.h"

using namespace dspt;
using curate::Sector;
using curate::Status;

namespace {

const std::string kData = std::string(DSPT_SHARED_DATA) + "/dspt-2023-11/";

struct Curated {
    io::Warnings warnings;
    curate::BriefingData data;
};

const Curated& november_2023_run() {
    static const Curated run = [] {
        Curated out;
        io::Warnings& w = out.warnings;
        curate::CurationInputs in;
        in.reference_date = io::Date{2023, 11, 16};
        in.current = io::read_dspt_export(kData + "dspt/DSPT search results 16_11_2023.csv", w);
        in.previous = io::read_dspt_export(kData + "dspt/DSPT search results 17_10_2023.csv", w);
        in.ods_trusts = io::read_ods_organisations(kData + "ods/etr.csv", w);
        for (auto& o : io::read_ods_organisations(kData + "ods/ect.csv", w)) in.ods_trusts.push_back(o);
        in.ons = io::read_ons_lookup(kData + "ons/LOC23_ICB23_NHSER23_EN_LU.csv", w);
        in.postcodes = io::read_postcodes(kData + "postcodes/trust_postcodes.csv",
                                          curate::wanted_postcodes(in.ods_trusts), w);
        out.data = curate::curate(in, w);
        return out;
    }();
    return run;
}

const curate::BriefingData& november_2023() { return november_2023_run().data; }

std::array<std::size_t, 5> counts(Sector sector) {
    std::array<std::size_t, 5> out{};
    for (const auto& o : november_2023().organisations)
        if (o.sector == sector) ++out[static_cast<std::size_t>(o.status)];
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(sample_bundle)

BOOST_AUTO_TEST_CASE(universe_and_statuses_per_sector) {
    const auto& data = november_2023();
    BOOST_CHECK_EQUAL(data.edition, "22/23");  // newest in the export
    BOOST_CHECK_EQUAL(data.icbs.size(), 42u);
    const std::array<std::size_t, 5> trusts{0, 0, 57, 138, 15}, icbs{0, 0, 1, 34, 7}, csus{1, 0, 0, 0, 4};
    BOOST_CHECK(counts(Sector::NhsTrust) == trusts);
    BOOST_CHECK(counts(Sector::Icb) == icbs);
    BOOST_CHECK(counts(Sector::Csu) == csus);
}

BOOST_AUTO_TEST_CASE(every_trust_has_an_icb_and_a_location) {
    for (const auto& o : november_2023().organisations) {
        if (o.sector != Sector::NhsTrust) continue;
        BOOST_CHECK_MESSAGE(!o.icb_ons_code.empty() && !o.region_name.empty(), o.code);
        BOOST_CHECK_MESSAGE(o.location.has_value(), o.code);
    }
    const auto& warnings = november_2023_run().warnings;
    BOOST_CHECK_EQUAL(warnings.count("unknown-icb"), 0u);
    BOOST_CHECK_EQUAL(warnings.count("unmatched-postcode"), 0u);
    BOOST_CHECK_EQUAL(warnings.count("unknown-status"), 0u);
}

BOOST_AUTO_TEST_CASE(changes_since_october) {
    const auto& data = november_2023();
    BOOST_REQUIRE(data.previous_reference_date.has_value());
    BOOST_CHECK(*data.previous_reference_date == (io::Date{2023, 10, 17}));
    std::string listed;
    for (const auto& c : data.changes)
        listed += c.code + (c.previous ? "" : "+") + (c.current ? "" : "-") + " ";
    BOOST_CHECK_EQUAL(listed, "RDU RNK RRP RY2 RYK 0AR+ 0CX+ 0DE+ 0DF+ 0DJ+ ");
    BOOST_CHECK(data.changes[1].previous == Status::StandardsNotMet);
    BOOST_CHECK(data.changes[1].current == Status::ApproachingStandards);
}

BOOST_AUTO_TEST_SUITE_END()
