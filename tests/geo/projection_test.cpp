#include "geo/projection.h"

#include <boost/test/unit_test.hpp>
#include <cmath>

#include "geo/shapefile_fixtures.h"
#include "geo/shapefile_reader.h"

using namespace dspt;
using namespace dspt::geo;
using namespace dspt::geo::testing;

BOOST_AUTO_TEST_SUITE(projection)

BOOST_AUTO_TEST_CASE(wgs84_point_to_british_national_grid) {
    Projector p("EPSG:4326", "EPSG:27700");
    BOOST_TEST(!p.is_identity());
    // Normalised for visualisation: x is longitude even though EPSG:4326 is lat-first.
    // Expected value from cs2cs (PROJ 9.1.1, same proj.db, no grids): 531979.293 179606.909.
    const XY bng = p.project({-0.1, 51.5});
    BOOST_TEST(std::fabs(bng.x - 531979.293) < 0.01);
    BOOST_TEST(std::fabs(bng.y - 179606.909) < 0.01);
}

BOOST_AUTO_TEST_CASE(identity_is_detected_for_the_ons_esri_wkt) {
    BOOST_TEST(Projector(kBngEsriWkt, "EPSG:27700").is_identity());
    BOOST_TEST(Projector("EPSG:27700", "EPSG:27700").is_identity());
    BOOST_TEST(!Projector(kBngEsriWkt, "EPSG:4326").is_identity());
    std::vector<XY> pts{{1.5, 2.5}};
    Projector(kBngEsriWkt, "EPSG:27700").project_in_place(pts);
    BOOST_TEST(pts[0].x == 1.5);
    BOOST_TEST(pts[0].y == 2.5);
}

BOOST_AUTO_TEST_CASE(wgs84_shapefile_projects_onto_the_bng_one) {
    TempDir dir("proj");
    write_fixture(dir.file("wgs"), wgs84_fixture(), {"CODE", "NAME"}, kWgs84Wkt);
    write_fixture(dir.file("bng"), bng_fixture(), {"CODE", "NAME"}, kBngEsriWkt);
    io::Warnings warnings;
    const Layer wgs = read_polygon_shapefile(dir.file("wgs.shp"), "", warnings);
    const Layer bng = read_polygon_shapefile(dir.file("bng.shp"), "", warnings);
    BOOST_TEST(wgs.crs == kWgs84Wkt);
    const Layer a = project_layer(wgs, "EPSG:27700");
    const Layer b = project_layer(bng, "EPSG:27700");
    BOOST_TEST(a.crs == "EPSG:27700");
    BOOST_REQUIRE(a.features.size() == 2u);
    std::size_t compared = 0;
    for (std::size_t f = 0; f < 2; ++f) {
        BOOST_REQUIRE(a.features[f].rings.size() == b.features[f].rings.size());
        for (std::size_t r = 0; r < a.features[f].rings.size(); ++r) {
            const Ring& ra = a.features[f].rings[r];
            const Ring& rb = b.features[f].rings[r];
            BOOST_REQUIRE(ra.size() == rb.size());
            for (std::size_t i = 0; i < ra.size(); ++i, ++compared) {
                BOOST_TEST(std::fabs(ra[i].x - rb[i].x) < 1.0);
                BOOST_TEST(std::fabs(ra[i].y - rb[i].y) < 1.0);
            }
        }
    }
    BOOST_TEST(compared == 20u);
    BOOST_TEST(std::fabs(a.bbox.min_x - 531950.425) < 1.0);
    BOOST_TEST(std::fabs(a.features[1].bbox.max_y - 183165.979) < 1.0);
}

BOOST_AUTO_TEST_CASE(icb_layer_to_wgs84_and_back) {
    io::Warnings warnings;
    const Layer icb = read_polygon_shapefile(kIcbShp, "EPSG:27700", warnings);
    const Layer ll = project_layer(icb, "EPSG:4326");
    // England in degrees, x = longitude.
    BOOST_TEST(ll.bbox.min_x > -6.5);
    BOOST_TEST(ll.bbox.min_x < -5.5);
    BOOST_TEST(ll.bbox.max_x > 1.5);
    BOOST_TEST(ll.bbox.max_x < 2.0);
    BOOST_TEST(ll.bbox.min_y > 49.8);
    BOOST_TEST(ll.bbox.max_y < 56.0);
    BOOST_TEST(ll.vertex_count() == icb.vertex_count());
    const Layer back = project_layer(ll, "EPSG:27700");
    double worst = 0;
    for (std::size_t f = 0; f < icb.features.size(); ++f)
        for (std::size_t r = 0; r < icb.features[f].rings.size(); ++r)
            for (std::size_t i = 0; i < icb.features[f].rings[r].size(); ++i) {
                const XY p = icb.features[f].rings[r][i], q = back.features[f].rings[r][i];
                worst = std::max(worst, std::hypot(p.x - q.x, p.y - q.y));
            }
    BOOST_TEST(worst < 0.01);
}

BOOST_AUTO_TEST_CASE(unusable_crs_is_an_error_with_projs_message) {
    BOOST_CHECK_THROW(Projector("PROJCS[\"x\",GARBAGE[", "EPSG:27700"), std::runtime_error);
    BOOST_CHECK_THROW(Projector("EPSG:27700", "EPSG:999999"), std::runtime_error);
    try {
        Projector("EPSG:999999", "EPSG:27700");
        BOOST_FAIL("expected an error");
    } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()).find("crs not found") != std::string::npos);
    }
    BOOST_TEST(!crs_error("EPSG:27700").has_value());
    BOOST_TEST(!crs_error(kWgs84Wkt).has_value());
    BOOST_TEST(crs_error("not a crs").has_value());
    BOOST_TEST(crs_error("").has_value());
    // A PROJ string for an operation is not a CRS.
    BOOST_TEST(crs_error("+proj=utm +zone=30").has_value());
    Layer layer;
    layer.crs = "garbage";
    BOOST_CHECK_THROW(project_layer(layer, "EPSG:27700"), std::runtime_error);
}

BOOST_AUTO_TEST_CASE(unprojectable_point_is_an_error_not_a_huge_coordinate) {
    Projector p("EPSG:4326", "EPSG:3857");
    std::vector<XY> pts{{0, 10}, {0, 100}};  // latitude 100 does not exist
    BOOST_CHECK_THROW(p.project_in_place(pts), std::runtime_error);
}

BOOST_AUTO_TEST_SUITE_END()
