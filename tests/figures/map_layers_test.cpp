#include "maps/map_layers.h"

#include <boost/test/unit_test.hpp>

#include "io/input_error.h"
#include "map_fixtures.h"

using namespace dspt;
using namespace dspt::figures;
using namespace dspt::maps;
using testing::sample;

BOOST_AUTO_TEST_SUITE(map_layers)

BOOST_AUTO_TEST_CASE(sample_boundaries_join_every_icb) {
    const auto& s = sample();
    BOOST_TEST(s.maps.icbs.features.size() == 42u);
    BOOST_TEST(s.maps.regions.features.size() == 7u);
    BOOST_TEST(s.map_warnings.count("icb-without-polygon") == 0u);
    BOOST_TEST(s.map_warnings.count("polygon-without-data") == 0u);
    // British National Grid metres: England spans roughly 82 km to 656 km east.
    BOOST_TEST(s.maps.icbs.bbox.min_x > 80000);
    BOOST_TEST(s.maps.icbs.bbox.max_x < 660000);
    BOOST_TEST(s.maps.icbs.bbox.max_y < 660000);
}

BOOST_AUTO_TEST_CASE(join_mismatches_are_warnings_not_errors) {
    const auto& s = sample();
    std::vector<io::IcbInfo> icbs = s.data.icbs;
    // One ICB of the data loses its polygon...
    MapLayers maps = s.maps;
    const std::string dropped = maps.icbs.features.front().attributes.at("ICB23CD");
    maps.icbs.features.erase(maps.icbs.features.begin());
    // ...and one polygon's ICB is not in the data.
    const auto gone =
        std::find_if(icbs.begin(), icbs.end(), [&](const io::IcbInfo& i) { return i.ods_code == "QOP"; });
    BOOST_REQUIRE(gone != icbs.end());
    const std::string qop = gone->ons_code;
    icbs.erase(gone);
    io::Warnings w;
    BOOST_TEST(check_icb_join(maps, icbs, s.style, w) == 2u);
    BOOST_REQUIRE(w.count("icb-without-polygon") == 1u);
    BOOST_REQUIRE(w.count("polygon-without-data") == 1u);
    for (const auto& warning : w.all()) {
        if (warning.kind == "icb-without-polygon")
            BOOST_TEST(warning.message.find(dropped) != std::string::npos);
        if (warning.kind == "polygon-without-data")
            BOOST_TEST(warning.message.find(qop) != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(regions_without_london_warn_that_the_inset_is_gone) {
    const auto& s = sample();
    io::Warnings w;
    BOOST_TEST(check_inset_region(s.maps, s.style, w));
    BOOST_TEST(w.size() == 0u);

    MapLayers maps = s.maps;
    std::size_t renamed = 0;
    for (auto& f : maps.regions.features) {
        auto it = f.attributes.find("NHSER22NM");
        BOOST_REQUIRE(it != f.attributes.end());
        if (it->second == "London") {
            it->second = "Greater London";
            ++renamed;
        }
    }
    BOOST_REQUIRE(renamed == 1u);
    BOOST_TEST(!check_inset_region(maps, s.style, w));
    BOOST_REQUIRE(w.count("no-inset-region") == 1u);
    BOOST_TEST(w.all().front().message.find("NHSER22NM = 'London'") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_missing_boundary_file_is_an_input_error) {
    const auto& s = sample();
    io::Warnings w;
    BOOST_CHECK_THROW(
        load_map_layers(testing::kSample + "/boundaries/NO_SUCH.shp", testing::kRegionShp, s.style, w),
        io::InputError);
}

BOOST_AUTO_TEST_SUITE_END()
